"""Parts, items and breakdowns as what a count counts (extractors/subject.py): a part of a count
or of things named before 가운데 or 중 (`part_of`, `group_part`, `part_in_other_counter`), items
of a topic, a ranking or a list (`items_of_topic`, `ranked_items`, `changed_after_items`,
`value_of_category`), a group given something (`group_turned_to`) and a frame `X을 보면`
(`frame_looked_at`).
"""

from __future__ import annotations

import re

from extractors.phrases import (
    SIGNS,
    TOPIC,
    Place,
    after_count,
    closing,
    counter_apart,
    ends_clause,
    index_before,
    is_proper,
    is_rate,
    particle_only,
    phrase_ending_at,
    phrase_of,
    phrase_starting_at,
    place_like,
    rules,
    skipped,
    usable,
)
from extractors.subject_carried import same_thing_counted
from extractors.subject_names import (
    AGE_RANGE,
    CLOSING_QUOTES,
    DATIVE,
    OPENING_QUOTES,
    common_name,
    joined_before,
    names_a_group,
    people,
)
from extractors.subject_topic import broken_down_topic_before
from extractors.words import RANGE_MARKS, Word


def part_of(p: Place) -> str | None:
    """`시민 10명 중 7명이`, `귀농 가구 10가구 가운데 7가구가`: a count of a part of a count
    before it counts the same things; also across a relative clause that picks the part out
    (`229개 시군구 가운데 사망자가 출생아보다 많은 곳은 205곳`, `점포 가운데 농산물을 파는
    612곳이`)."""
    k = p.first - 1
    if k >= 1 and p.words[k].stem not in rules().partitive:
        k = _partitive_before_clause(p)
    if k < 1 or p.words[k].stem not in rules().partitive or not p.words[k].bare_noun:
        return None
    j = k - 1
    if p.words[j].bare_noun and (after_count(p.words, j) or counter_apart(p.words, j - 1)):
        # `22개 시군 가운데 15곳`, `4천여 개 점포 가운데`: the whole names what it counts after
        # its counter
        w = p.words[j]
        return w.stem if usable(w) or w.stem in rules().places else None
    # `10명 중`, `1만 2천 명 중`: the whole's number and counter, in one word or several
    while (
        j >= 0 and not p.words[j].particles and (p.words[j].has_number or counter_apart(p.words, j))
    ):
        j -= 1
    if j == k - 1 and p.words[j].bare_noun and usable(p.words[j]):
        # `수료생 가운데 300명을`, `지원자 중 40명`: a part of the people named before;
        # `조사 대상 상권 가운데 … 곳은 12곳`: a part of the things named before, uncounted
        words = phrase_ending_at(p.words, j)
        if words and joined_before(p.words, j - len(words)):
            # `출생아와 보호자 중 1명`: a part of both things joined, named as written
            return _both_joined(p.words, j - len(words), words)
        if people(p) and not (words and words[-1].stem.endswith(rules().populations)):
            return None
        return common_name(words)
    if j == k - 1 or j < 0 or not p.words[j].bare_noun or not usable(p.words[j]):
        return None
    return common_name(phrase_ending_at(p.words, j))


def group_part(p: Place) -> str | None:
    """`참여자 가운데 여성은 55%인 1만 명`, `당첨자 3만 명 가운데 20~30대가 1만 명`, `… 중 75세
    이상은`: a group by sex or age picked out of people named before 가운데 or 중 is counted as
    that group of them (`여성 참여자`), as a group after a count of people is (timeline)."""
    if not people(p):
        return None
    k = p.first - 1
    while k >= 1 and (skipped(p.words[k]) or p.words[k].text in rules().approximately):
        k -= 1  # `약 46만 명`
    if k >= 1 and "%" in p.words[k].text:
        k -= 1  # `55%인 1만 명`: the share glosses the count
    if k < 1:
        return None
    w = p.words[k]
    if not w.particles or not set(w.particles) <= set(TOPIC) or w.particle_forms() == ["도"]:
        return None
    bound = ""
    if w.stem in rules().group_bounds and k >= 2:
        bound, k = f" {w.stem}", k - 1  # `75세 이상은`
        w = p.words[k]
    text = "".join(f for f, t in w.parts if not t.startswith("J"))
    if k >= 3 and p.words[k - 1].text in RANGE_MARKS and p.words[k - 2].has_number:
        text, k = f"{p.words[k - 2].text}~{text}", k - 2  # `20 ~ 30대가`, as Kiwi splits it
    if not (AGE_RANGE.fullmatch(text) or (not bound and text in rules().sexes)):
        return None
    if p.words[k - 1].stem not in rules().partitive:
        return None
    whole = part_of(Place(p.words, k, p.last, p.tail, p.counter))
    return f"{text}{bound} {whole}" if whole else f"{text}{bound}"


def _both_joined(words: list[Word], o: int, phrase: list[Word]) -> str | None:
    """`출생아와 보호자`: one noun joined with 와/과 to the phrase after it names the whole a part
    is picked from, as written; a list of more (commas, dots) has no one name."""
    w = words[o]
    first = o == 0 or not words[o - 1].bare_noun
    if "JC" not in w.particles or not first or not usable(w) or is_proper(w):
        return None
    named = phrase_of(phrase)
    return f"{w.text} {named}" if named else None


#: The digits and number words of a count, leaving its counter (`480명` → 명, `1만 2천 명` → 명).
_NUMBER_PART = re.compile(r"^[\d,.\s만천백십억조여]+")


def value_of_category(p: Place) -> bool:
    """`폐업 사유는 ‘사업 부진’이 50만 명으로 가장 많았다`: the subject before the count is a value
    of the category the clause's topic names (a reason, a kind), not what is counted; the count
    before it says what (extractors/timeline.py carries it)."""
    k = index_before(p)
    if k < 1:
        return False
    w = p.words[k]
    if particle_only(w) and p.words[k - 1].text in CLOSING_QUOTES:
        k = next((j for j in range(k - 2, -1, -1) if p.words[j].text in OPENING_QUOTES), -1)
    elif "JKS" in w.particles and w.stem:
        k -= len(phrase_ending_at(p.words, k)) - 1
    else:
        return False
    topic = p.words[k - 1] if k >= 1 else None
    return (
        topic is not None
        and topic.stem in rules().categories
        and set(topic.particles) <= {"JX"}
        and bool(topic.particles)
    )


def group_turned_to(p: Place) -> str | None:
    """`중장년층에는 ‘…’으로 900명에게 재취업 교육을 연계한다`: the people a sentence turned to a
    group gives something to are of that group."""
    if not set(f for f, t in p.tail if t.startswith("J")) & DATIVE:
        return None
    for k in range(p.first - 1, -1, -1):
        w = p.words[k]
        if ends_clause(p.words, k):
            return None
        if w.stem and w.particle_forms()[-2:] == ["에", "는"] and names_a_group(w.stem):
            return phrase_of(phrase_ending_at(p.words, k)) or w.stem
    return None


def part_in_other_counter(p: Place) -> bool:
    """`참가자 480명 가운데 112쌍이 커플이 됐고`: a count after 가운데/중 of a count in another
    counter is no part of the same things (pairs of people are not people); what it counts is
    left unnamed rather than taken from the whole or the topic."""
    k = p.first - 1
    if k < 1 or p.words[k].stem not in rules().partitive or not p.words[k].bare_noun:
        return False
    j = k - 1
    while (
        j >= 0 and not p.words[j].particles and (p.words[j].has_number or counter_apart(p.words, j))
    ):
        j -= 1
    whole = _NUMBER_PART.sub("", "".join(w.text for w in p.words[j + 1 : k]))
    part = p.counter.replace(" ", "")
    return bool(whole and part) and whole != part and not same_thing_counted(part, whole)


_PICKING_WORDS = 8  # `… 가운데 사망자가 출생아보다 많은 곳은`: a short relative clause


def _partitive_before_clause(p: Place) -> int:
    """Index of the 가운데 / 중 before a relative clause that ends right before the count, alone
    (`… 가운데 농산물을 파는 612곳이`) or on a place word that is the count's topic (`… 가운데
    인구가 늘어난 곳은 64곳에`); -1 when there is none."""
    k = p.first - 1
    while k >= 2 and (_aside(p.words, k) or _including(p.words, k) or _named_place(p.words, k)):
        # `… 곳은 전국 12곳으로`, `… 곳은 화순군을 포함해 세 곳뿐이다`, `… 곳은 강서구와 기장군
        # 2곳이다`: where, what is among them, the places named
        k -= 2 if _including(p.words, k) else 1
    if (
        k >= 0
        and p.words[k].stem in rules().place_words
        and set(p.words[k].particles) <= set(TOPIC)
    ):
        k -= 1  # `곳은`
    if k < 1 or not p.words[k].predicate or p.words[k].parts[-1][1] != "ETM":
        return -1
    for j in range(k - 1, max(k - _PICKING_WORDS, 0) - 1, -1):
        w = p.words[j]
        if w.stem in rules().partitive and w.bare_noun:
            return j
        if ends_clause(p.words, j) or (
            w.has_number and "%" not in w.text and not _threshold(p.words, j)
        ):
            # a percent may stand in the clause (`공실률이 30%를 넘는 곳은`), and a count the
            # clause's verb measures the places by (`수령자가 1,000명을 넘는 곳은`)
            return -1
    return -1


def _named_place(words: list[Word], k: int) -> bool:
    """A place named as an example between a topic and its count, bare or joined by 와/과
    (`강서구와 기장군 2곳`)."""
    w = words[k]
    return place_like(w) and (w.bare_noun or w.particles == ["JC"])


def _threshold(words: list[Word], j: int) -> bool:
    """Is the number at word j an object or subject of the clause's verb, its counter glued or
    written apart (`1,000명을 넘는`, `1천 가구를 넘는`), not a count of its own?"""
    for w in words[j : j + 2]:
        if set(w.particles) & {"JKO", "JKS"}:
            return True
        if w is not words[j] or not w.has_number:
            break
    return False


def _aside(words: list[Word], k: int) -> bool:
    """A bare function word of where between a topic and its count (`전국`, `도내`)."""
    return words[k].bare_noun and words[k].stem in rules().stop and not words[k].has_number


def _including(words: list[Word], k: int) -> bool:
    """`화순군을 포함해`, `서울을 제외하고`: an object and a verb of taking in or leaving out."""
    w = words[k]
    return (
        w.predicate
        and w.parts[0][0] in rules().excepting
        and w.parts[-1][1].startswith("EC")
        and words[k - 1].particles == ["JKO"]
    )


#: A topic broken down by a kind opens its sentence within a few words (`관광지별 입장객은`).
_OPENING_WORDS = 4


_RANK_WORDS = 24  # a ranking list of a few items, each a name and its count in parentheses


def items_of_topic(p: Place) -> str | None:
    """`시·도별 인구는 경기(1,370만 명), 서울(931만 명) …`: counts in the parentheses of a list of
    items after a topic that names what is counted count that, not the item (a place or a
    field whose own figure it is)."""
    k = p.last + 1
    if p.tail or p.first < 2 or p.words[p.first - 1].text not in ("(", "（"):
        return None
    if k >= len(p.words) or p.words[k].text not in (")", "）"):
        return None
    item = p.words[p.first - 2]
    if not item.bare_noun:
        return None
    listed = k + 1 < len(p.words) and p.words[k + 1].text in (",", "、")
    listed = listed or (p.first >= 3 and p.words[p.first - 3].text in (",", "、"))
    if not listed:
        return None
    j = p.first - 3
    while j >= 0 and p.words[j].bare_noun:
        j -= 1  # the item's own name of several words
    if j >= 0 and not _is_topic_word(p.words[j]):
        # `관광지별 입장객은 케이블카가 241만 명으로 1위를 차지했고, 오동도(198만 명), …`: the
        # later items of a sentence that opens with a topic broken down by a kind count it too
        return next(
            (
                named
                for i in range(j, 0, -1)
                if (named := broken_down_topic_before(p, i)) and i - 1 <= _OPENING_WORDS
            ),
            None,
        )
    if j < 0 or not _is_topic_word(p.words[j]):
        return None
    words = phrase_ending_at(p.words, j)
    if not words or all(is_proper(x) or x.stem in rules().places for x in words):
        return None
    return phrase_of(words)


def _is_topic_word(w: Word) -> bool:
    return bool(w.stem) and w.particle_forms() in (["은"], ["는"]) and not w.has_number


def ranked_items(p: Place) -> str | None:
    """`전주(85만명), 군산(42만명) 순으로 방문객이 많았다`: the counts in parentheses of a
    ranking count what the clause after 순으로 names."""
    k = p.last + 1
    if p.tail or p.first < 1 or p.words[p.first - 1].text not in ("(", "（"):
        return None
    if k >= len(p.words) or p.words[k].text not in (")", "）"):
        return None
    for j in range(k + 1, min(len(p.words), k + _RANK_WORDS)):
        w = p.words[j]
        if w.predicate:
            return None  # a verb before any 순: not a ranking
        if w.stem == "순" and w.particle_forms()[:1] in (["로"], ["으로"]) and j + 1 < len(p.words):
            words = phrase_starting_at(p.words, j + 1)
            nxt = p.words[j + 1 + len(words) - 1] if words else None
            if nxt is not None and set(nxt.particles) & set(TOPIC):
                return phrase_of(words)
            return None
    return None


def changed_after_items(p: Place) -> str | None:
    """`보건업(13만2천명), 정보통신업(7만8천명)에서 취업자가 늘었지만`: counts in the parentheses
    after items that say where a change was count the subject of that change."""
    words = p.words
    o = p.first - 1
    if o >= 0 and words[o].text in SIGNS:
        o -= 1  # `(-5만1천명)`
    if o < 1 or words[o].text not in ("(", "（"):
        return None
    k = closing(words, o) + 1
    for _ in range(_ITEM_WORDS):
        if k >= len(words):
            return None
        w = words[k]
        if w.text in (",", "및") or (particle_only(w) and w.particles == ["JC"]) or w.bare_noun:
            k += 1  # the next items: `, 전문·과학 및 기술서비스업(7만8천명)`
        elif w.text in ("(", "（"):
            k = closing(words, k) + 1
        else:
            break
    if k >= len(words) or words[k].particle_forms() != ["에서"]:
        return None
    k += 1
    while k < len(words) and words[k].adverb:
        k += 1
    if k + 1 >= len(words) or words[k].particles != ["JKS"] or not usable(words[k]):
        return None
    if not words[k + 1].predicate and not words[k + 1].adverb:
        return None
    named = phrase_ending_at(words, k)
    return phrase_of(named) if named and not all(is_proper(x) for x in named) else None


_ITEM_WORDS = 16  # the other items of a list, each a few words and a parenthesis


def frame_looked_at(p: Place) -> str | None:
    """`시도별 전입을 보면 대전(3,100명), 세종(2,500명) 등 …`: a frame the sentence opens with,
    `X을 보면` / `X을 살펴보면`, names what the counts of the items it lists count (X without
    what it is broken down by). A rate there names no count."""
    words = p.words
    for k in range(min(p.first - 1, _FRAME_WORDS)):
        w = words[k]
        if w.particles != ["JKO"] or [f for f, _ in words[k + 1].parts[:2]] not in rules().looking:
            continue
        named = phrase_ending_at(words, k)
        if not named or is_rate(named[-1].stem) or all(place_like(x) for x in named):
            return None
        return phrase_of(named)
    return None


_FRAME_WORDS = 4  # a frame opens its sentence: `시도별 순이동을 보면`
