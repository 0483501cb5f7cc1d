"""The topic or subject of a count's clause as what it counts (extractors/subject.py, rule 8:
`subject_of_topic`), and when the count is the subject of a clause of its own (`_own_subject`,
`_in_relative_clause`).
"""

from __future__ import annotations

from extractors.phrases import (
    TOPIC,
    Place,
    after_count,
    ends_clause,
    grade,
    is_proper,
    is_rate,
    particle_only,
    phrase_ending_at,
    phrase_of,
    place_like,
    rules,
    skipped_after,
    usable,
)
from extractors.program_words import is_agency, name_rules
from extractors.subject_names import (
    AGE,
    CLOSING_QUOTES,
    DATIVE,
    measured_phrase,
    people,
    quoted_text,
    short,
)
from extractors.words import RANGE_MARKS, Word


def _own_subject(p: Place) -> bool:
    """Is the count the subject of its clause (`2명이 숨지고`, `140만 명이 찾는`)?"""
    forms = [f for f, t in p.tail if t.startswith("J")]
    k = p.last + 1
    if not p.tail and k < len(p.words) and p.words[k].stem in rules().skip_after:
        forms = p.words[k].particle_forms()  # `140만 명 이상이`
    return forms in (["이"], ["가"])


def _in_relative_clause(p: Place) -> bool:
    """`140만 명 이상이 찾는 관광지`: the count is the subject of a clause that modifies the
    noun after it, which the main clause's topic says nothing of."""
    if not _own_subject(p):
        return False
    k = p.last + 1
    if not p.tail and k < len(p.words) and p.words[k].stem in rules().skip_after:
        k += 1  # `140만 명 이상이 찾는`
    while k < len(p.words) and (p.words[k].adverb or skipped_after(p.words[k])):
        k += 1
    if k >= len(p.words):
        return False
    w = p.words[k]
    nxt = p.words[k + 1] if k + 1 < len(p.words) else None
    return w.predicate and w.parts[-1][1] == "ETM" and not (nxt and nxt.stem == "등")


def subject_of_topic(p: Place) -> str | None:
    forms = [f for f, t in p.tail if t.startswith("J")]
    # `기동대는 8가구를 방문해`, `관계자들이 6세대를`: with the count as the object, a topic that
    # names people or a body is who acts; a thing stays what is counted (`특허도 52건을 얻었다`)
    done_to = forms[:1] in (["을"], ["를"]) or bool(set(forms) & DATIVE)
    if done_to and _passes(p):
        done_to = False  # `외국인 근로자가 1만명을 넘어섰다`: the topic reached the count
    if _in_relative_clause(p) or _beside_amount(p):
        return None
    relative = framed = False
    for k in range(p.first - 1, -1, -1):
        w = p.words[k]
        if w.text in _SPEECH_OPENS or (w.text == '"' and w.parts[:1] == [('"', "SSO")]):
            return None  # `관계자는 “… 420곳으로 늘리겠다”`: the speaker is not what is counted
        if ends_clause(p.words, k):
            return None  # `팀장이 과장으로 이동하는 등 40명이`: a verb ends the topic's clause
        if _own_subject(p) and w.stem and w.particles[-1:] == ["JKS"] and not w.has_number:
            return None  # `화재가 발생해 2명이 숨지고`: a clause has one subject
        if w.predicate and w.parts[-1][1] == "ETM":
            relative = True  # `공연이 어우러진 활동으로`: 공연 is the subject of 어우러진 only
        age = _age_topic(w)
        if age and people(p) and not _counted_before(p, k):
            if k >= 2 and p.words[k - 1].text in RANGE_MARKS and p.words[k - 2].has_number:
                age = f"{p.words[k - 2].text}~{age}"  # `30~34세는`, written as three words
            return age  # `도를 떠난 20대는 1만여 명으로`: the age group is what is counted
        if grade(w) and set(w.particles) <= set(TOPIC) and w.particles and not done_to:
            return phrase_of(phrase_ending_at(p.words, k))  # `초등학교 1학년은 31만명으로`
        bounded = w.stem in rules().group_bounds and set(w.particles) <= set(TOPIC) and w.particles
        if bounded and k >= 1 and _bare_grade_or_noun(p.words[k - 1]) and not done_to:
            # `셋째아 이상은 1만 8천여 명`: a group and its bound
            named = phrase_of(phrase_ending_at(p.words, k - 1))
            return f"{named} {w.stem}" if named else None
        glossed = _glossed_topic(p.words, k)
        if glossed and not done_to:
            return glossed  # `신규 분양(승인)은 1만 호로`: the name before its gloss
        if not w.stem or w.has_number:
            continue
        if "마다" in w.particle_forms():
            return None  # `봉사자마다 8가구 안팎을`: a count per each of them, not of them
        if w.stem in rules().measures and w.particles == ["JKO"]:
            return None  # `청주는 목표를 4만개로 높였다`: the topic owns the goal, uncounted
        if w.stem in rules().case_words and k >= 1 and p.words[k - 1].particles == ["JKG"]:
            # `기타 비경제활동인구의 경우 … 5만 9000명`: the nearest frame names what is counted;
            # a place (`서울의 경우`) leaves it to the clause's topic, past earlier frames
            words = phrase_ending_at(p.words, k - 1)
            if not framed and words and not all(is_proper(x) and short(x) for x in words):
                return phrase_of(words)
            framed = True
            continue
        particles = set(w.particles)
        if w.particle_forms()[-1:] in (["까지"], ["부터"]):
            continue  # `관광객은 11월 말까지 1,254만명으로`: a bound of time or range, no topic
        if not particles or not particles <= set(TOPIC) or w.tail[-1][1] not in TOPIC:
            continue
        if relative and "JX" not in particles:
            continue
        if (
            len(w.stem) < 2
            and w.stem not in rules().measures
            and not phrase_ending_at(p.words, k)[:-1]
            and w.particle_forms()[-1:] == ["도"]
        ):
            # `진도 …` read as 진 + 도: a one-syllable topic with 도 is rarely a name; with 은,
            # 는, 이, 가 it is one (`통은 5만 8천여 개`, `배는 7척에 그친다`)
            return None
        if w.stem in rules().measures and k >= 1 and p.words[k - 1].text in CLOSING_QUOTES:
            quoted = quoted_text(p.words, k - 1)  # `‘피해주택 매입 사업’ 실적은`: the name quoted
            if quoted:
                return quoted
        if w.stem in rules().measures:
            words = measured_phrase(p.words, k)
        else:
            words = phrase_ending_at(p.words, k)
        if (
            not words
            and after_count(p.words, k)
            and usable(w)
            and not is_rate(w.stem)
            and not w.stem.endswith(rules().actors)
        ):
            # `동남아 6개국 관광객도 39만명으로`: the count before only qualifies the topic; a
            # body counted so (`18개 기관은 1천 건에`) is who acts
            words = [w]
        # the provinces by their short names, which Kiwi may read as common nouns (`경기` as the
        # economy, `광주` as a wide land): items of a statistic by region
        region = place_like(w) or w.stem in name_rules().provinces
        measured = _measured_topic_before(p, k) if particles == {"JKS"} and region else None
        if particles == {"JKS"} and not region and not measured:
            # `관광지별 입장객은 케이블카가 241만 명으로`: an item of a breakdown the topic names
            # is where or which; what is counted is what the topic names
            measured = broken_down_topic_before(p, k)
        if measured and not done_to:
            # `시도별 음식점 수는 경기가 18만개로 가장 많았고`: the number the topic measures is
            # what is counted; a region after it is where (a kind, `가사 지원이`, is counted)
            return measured
        if (
            not done_to
            and len(words) == 1
            and place_like(w)
            and short(w)  # `아이돌보미는`: a long proper noun is a compound, not a place
            and not is_agency(w.stem)
            and not _counted_before(p, k)
        ):
            # `입주 인원은 강남구가 1,200명으로 가장 많고`: a place ranked by its count is an
            # item of what the topic before it names
            continue
        # a long proper noun is a compound Kiwi does not know (`아이돌보미`), not a place
        named = phrase_of(words) if words else None
        if not named or all(is_proper(x) and short(x) for x in words) or is_agency(named):
            return None  # `고용노동부는 117만명에게`: the one who acts, not what is counted
        head = words[-1].stem.removesuffix("들")  # `관계자들`
        measure = w.stem in rules().measures  # `기업 수는 1만 개를 기록`: never who acts
        if done_to and not measure and head.endswith(rules().populations + rules().actors):
            return None
        if p.counter.replace(" ", "") in rules().place_counters and head.endswith(
            rules().populations
        ):
            return None  # `환자는 … 12개국에서 들어왔다`: people are never counted in countries
        j = k - len(words)
        if len(words) == 1 and j >= 1 and p.words[j].text in CLOSING_QUOTES:
            name = quoted_text(p.words, j)  # `‘농촌 일손 돕기’ 사업도 1천200명`: the name says it
            if name:
                return f"{name} {phrase_of(words)}"
        return phrase_of(words)


def broken_down_topic_before(p: Place, k: int) -> str | None:
    """The name of a topic broken down by a kind (`관광지별 입장객은`, `시군별 배정 인원은`) right
    before word k, without the kind it is broken down by."""
    j = k - 1
    w = p.words[j] if j >= 0 else None
    if w is None or not w.stem or w.particle_forms() not in (["은"], ["는"]):
        return None
    words = phrase_ending_at(p.words, j)
    first = j - len(words)
    if first < 0 or not p.words[first].text.endswith("별") or p.words[first].particles:
        return None
    return phrase_of(words) if words else None


def _measured_topic_before(p: Place, k: int) -> str | None:
    """The noun a topic of a measure (`음식점 수는`, `사고 건수는`) before word k in its clause
    names."""
    for j in range(k - 1, -1, -1):
        w = p.words[j]
        if ends_clause(p.words, j) or w.predicate:
            return None
        if w.stem in rules().measures and w.particle_forms() in (["은"], ["는"]):
            words = measured_phrase(p.words, j)
            return phrase_of(words) if words else None
    return None


def _beside_amount(p: Place) -> bool:
    """A count alone in the parenthesis after an amount of money (`▲그린셀테크 3,100억원(210명)`):
    something of the item the amount is of, never what the topic that names the amounts (`투자
    규모는`) counts."""
    k = p.first - 1
    if k < 1 or p.words[k].text not in ("(", "（") or p.last + 1 >= len(p.words):
        return False
    if p.words[p.last + 1].text not in (")", "）"):
        return False
    before = p.words[k - 1]
    return before.has_number and before.text.endswith(rules().money_endings)


def _glossed_topic(words: list[Word], k: int) -> str | None:
    """A topic particle written after a gloss in parentheses (`분양(승인)은`, `귀촌(이주)이`):
    the topic is the name before the gloss; after a quote, the name quoted."""
    w = words[k]
    if not particle_only(w) or not set(w.particles) <= set(TOPIC) or k < 3:
        return None
    if words[k - 1].text in CLOSING_QUOTES:
        return quoted_text(words, k - 1)  # `‘쉬었음’ 인구는`, `‘쉬었음’은 3만 명`: the name quoted
    if words[k - 1].text not in (")", "）"):
        return None
    o = next((j for j in range(k - 2, 0, -1) if words[j].text in ("(", "（")), 0)
    if o and words[o - 1].text in CLOSING_QUOTES:
        return quoted_text(words, o - 1)  # `‘악성 미분양’(준공 후 미분양)은`: the name quoted
    if not o or not words[o - 1].bare_noun or not usable(words[o - 1]):
        return None
    named = phrase_ending_at(words, o - 1)
    if not named or all(is_proper(x) for x in named) or is_agency(phrase_of(named) or ""):
        return None
    return phrase_of(named)


_SPEECH_OPENS = frozenset("“「")


def _bare_grade_or_noun(w: Word) -> bool:
    """A group named by an order or a year (`셋째아`, `3학년`), or any noun, with nothing glued
    after it."""
    return (grade(w) and not w.particles) or (w.bare_noun and usable(w))


def _age_topic(w: Word) -> str | None:
    """An age group as a topic (`20대는`, `65세 이상은` is not: 이상 is its own word)."""
    if not w.has_number or w.particles[-1:] != ["JX"] or w.particle_forms()[-1:] == ["도"]:
        return None
    text = "".join(f for f, t in w.parts if not t.startswith("J"))
    return text if AGE.fullmatch(text) else None


def _counted_before(p: Place, k: int) -> bool:
    """Is the word before k a bare noun (`버스 20대는`: then 대 counts vehicles)?"""
    return k >= 1 and p.words[k - 1].bare_noun


def _passes(p: Place) -> bool:
    """`1만명을 넘어섰다`, `200만 명을 돌파했다`: a verb of passing a count after it, whose
    subject is what is counted, not one who acts on it."""
    k = p.last + 1
    while k < len(p.words) and (p.words[k].adverb or skipped_after(p.words[k])):
        k += 1
    if k >= len(p.words):
        return False
    w = p.words[k]
    head = w.parts[0][0] if w.parts else ""
    return head in rules().passing or (w.stem in rules().passing and w.predicate)
