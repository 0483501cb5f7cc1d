"""What a name or a word says, for the subject of a count (extractors/subject.py): whether a
name names people, a group by age or sex, or no person (`names_people`, `names_a_group`,
`names_no_person`), what a counter names (`kind_counted`, `counter_as_subject`), and the word
tests the subject rules share (a count of people or of times, quoted names, short place names).
"""

from __future__ import annotations

import re

from extractors.docs import doc_text
from extractors.phrases import PLACE_SUFFIXES, Place, is_proper, phrase_ending_at, phrase_of, rules
from extractors.words import Word

DATIVE = frozenset({"에게", "께", "한테"})


def drop_measure(words: list[Word]) -> list[Word]:
    """`정규직 채용 규모` → 정규직 채용; a lone measure word names nothing."""
    if words and words[-1].stem in rules().measures:
        return words[:-1]
    return words


def of_times(p: Place) -> bool:
    """Is the count a count of times (`3회`, `9,600여 차례`: 여 glued before the counter)?"""
    return p.counter.replace(" ", "").removeprefix("여") in rules().times


def names_a_group(name: str) -> bool:
    """Does the name name a group of people by age or generation only (`청년층`, `40대`,
    `30~34세`)? Counted after a count of people named by what they are or do (`취업자`), it counts
    the group's part of them (extractors/timeline.py: `청년층 취업자`)."""
    head = name.split()[-1]
    return bool(AGE.fullmatch(head.split("~")[-1])) or head.endswith(rules().group_endings)


def names_a_part(name: str) -> bool:
    """Is the name one word for a group by sex or age (`남성`, `40대`, `20~30대`)? Picked out of
    people counted before it, it is a part of them and names no later count (timeline)."""
    return len(name.split()) == 1 and (name in rules().sexes or bool(AGE_RANGE.fullmatch(name)))


def names_no_person(name: str) -> bool:
    """Does the name name a thing that is no person — an industry or a school (`제조업`,
    `초등학교`)? A count of people (명) after one counts the people there (`제조업(-5만1천명)`,
    `초등학교 20.4명`), whom the topic, the change after the items or the count before names:
    `제조업 취업자`, `초등학교 학생`."""
    head = name.split()[-1]
    r = rules()
    return head.endswith(r.not_people) and not head.endswith(r.not_people_except)


def names_people(name: str) -> bool:
    """Does the name end in a word for people (`취업자`, `주민`, `청년층`), not for a body, a
    school or a place that people are in (`기업`, `기관`, `초등학교`, `시군`)?"""
    r = rules()
    head = name.split()[-1] if name.split() else ""
    return head.endswith(r.people_heads + r.populations) and not head.endswith(r.bodies_of_people)


def kind_counted(counter: str) -> str:
    """The noun a self-naming counter stands for (`개교` → 학교, `농가` → 농가)."""
    return rules().self_naming_nouns.get(counter, counter)


def common_name(words: list[Word]) -> str | None:
    """The phrase as the name of what is counted, unless it is only proper nouns (a place, a
    body: where or who, not what)."""
    return phrase_of(words) if words and not all(is_proper(x) for x in words) else None


def joined_before(words: list[Word], o: int) -> bool:
    """Is word o a comma, a middle dot or a noun with 와/과 that joins the phrase after it to
    another thing?"""
    return o >= 0 and (words[o].text in (",", "·") or "JC" in words[o].particles)


def counter_as_subject(unit: str) -> str | None:
    """The subject of a count whose counter names the kind of thing it counts, when neither its
    sentence nor the counts before it name one (`3만 가구에 지원한다` → 가구, `41개사와 협약` →
    기업); None for other counters (extractors/timeline.py)."""
    return rules().counter_names.get(unit)


def people(p: Place) -> bool:
    """Does the count count people (`명`, whatever particle follows it)?"""
    text = "".join(w.text for w in p.words[p.first : p.last + 1])
    tail = "".join(f for f, _ in p.tail)
    if tail and text.endswith(tail):
        text = text[: -len(tail)]
    return text.endswith("명")


def names_people_or_body(name: str) -> bool:
    """Does a quoted name end in a word for people or a body of them (`안전지킴이`, `봉사단`)?"""
    r = rules()
    head = name.split()[-1] if name.split() else ""
    return head.endswith(r.people_heads + r.populations + r.actors)


def measured_phrase(words: list[Word], k: int) -> list[Word]:
    """The phrase a measure word at k measures: `취업자 수` → 취업자, also across a gloss in
    parentheses (`경제활동인구(취업자+구직자) 수` → 경제활동인구)."""
    j = k - 1
    if j >= 0 and words[j].text in (")", "）"):
        o = next((i for i in range(j - 1, -1, -1) if words[i].text in ("(", "（")), -1)
        j = o - 1 if o > 0 and words[o - 1].bare_noun else -1
    if j >= 0 and words[j].particles not in ([], ["JKG"]):
        return []  # `청주는 목표를`: a topic or subject before a measure is whose it is
    return phrase_ending_at(words, j) if j >= 0 else []


CLOSING_QUOTES = frozenset("’”'\"」』")


OPENING_QUOTES = frozenset("‘“'\"「『")


_QUOTED_WORDS = 8  # a name in quotes is a few words long


def quoted_text(words: list[Word], k: int) -> str | None:
    """The text between the quote closing at word k and the one opening it."""
    for o in range(k - 1, max(k - _QUOTED_WORDS, 0) - 1, -1):
        if words[o].text in OPENING_QUOTES:
            if o + 1 >= k:
                return None
            doc = words[k].doc
            text = doc_text(doc)[doc[words[o + 1].start].idx : doc[words[k].start].idx].strip()
            return text or None
    return None


_AGE_TEXT = r"[1-9]0대|\d{1,3}세"


AGE = re.compile(_AGE_TEXT)


#: An age or a range of ages written as one word (`20~30대`, `65세`).
AGE_RANGE = re.compile(r"(\d{1,3}(세|대)?[~～∼-])?(" + _AGE_TEXT + ")")


_PLACE_SYLLABLES = 3  # a place named without its 시·도 is short (서울, 경기, 충북, 남양주)


def short(w: Word) -> bool:
    """A proper noun short enough to be a place; Kiwi also tags a long compound it does not
    know as one (`면적직불금`), and that is a thing, not a place."""
    if len(w.stem) <= _PLACE_SYLLABLES:
        return True
    # `직접일자리` read as one proper noun ends in 리 as 일자리 does, not as a village's name
    return w.stem[-1] in PLACE_SUFFIXES and not w.stem.endswith(rules().suffix_nouns)
