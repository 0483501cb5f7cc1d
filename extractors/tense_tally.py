"""Tallies of pledges: how many of a term's pledges are done, as of a day.

`민선 8기 공약 97건 가운데 완료 19건, 정상 추진 72건, 부진 6건이다`, `공약 118개 가운데 63개를
완료했고`, `공약 이행률은 지난 9월 말 기준 61.4%다`: the pledges (97건) are the term's, planned
for all of it and of no one year; what is done or under way of them, and the rate kept, is a
count taken on a day over the term so far, a result of no one year either (extractors/timeline.py
keeps a year only for pledges done in one year its clause names: `지난해에만 12건을 완료했다`). A
count of what is left (`나머지 58개 공약 가운데 52개는`) is a part of the tally too; a field's share
of the pledges (`이 가운데 일자리 분야가 19건이다`) is of the whole.
"""

from __future__ import annotations

from itertools import pairwise

from extractors.tense_goal import pledges_in_state
from extractors.tense_plan import ahead_form
from extractors.tense_span import unit_of
from extractors.tense_words import clause_end, opens_with_part, rules, stem_in
from extractors.words import Word

WHOLE = "whole"  # the pledges a tally counts in: planned, of the whole term
PART = "part"  # pledges done, under way or left, or the rate kept: a result of a day

_FIELD = "분야"  # `일자리 분야가 19건이다`: the field a share of the pledges is of
_NOUNS_BEFORE_PART = 2  # `102개 공약사업 가운데`: the pledge noun between the whole and 가운데
_RATE_WORDS = 6  # `공약 이행률은 지난 9월 말 기준 61.4%다`: a date between the rate and its value


def pledge_tally(words: list[Word], first: int, last: int) -> str | None:
    """WHOLE, PART or None for the figure at words[first..last]."""
    if "%" in words[last].text:
        return PART if _rate_kept(words, first) and not planned_after(words, last) else None
    if "원" in words[last].text:
        # (`본예산 7조 3,000억원 가운데 1조 2,300억원을 공약사업에 배정했다`: a budget's part)
        return None
    wholes = _wholes(words)
    if not wholes:
        # `6월 말 기준 완료 공약은 39건으로`: pledges in a state, their whole told elsewhere
        topic = first > 0 and words[first - 1].particle_forms() in (["은"], ["는"])
        counted = topic and pledge_noun(words[first - 1]) and pledges_in_state(words, first - 1)
        return PART if counted and not planned_after(words, last) else None
    if last in wholes:
        if not _left(words, first):
            return WHOLE
        # (`나머지 58개 공약 가운데`: what is left, itself a part)
    else:
        unit = unit_of(words[last])
        if not unit or last < wholes[0] or all(unit != unit_of(words[k]) for k in wholes):
            return None
        if first > 0 and words[first - 1].stem.endswith(_FIELD):
            # `공약은 모두 87건으로, 이 가운데 일자리 분야가 19건이다`: the pledges of a field,
            # a share of the term's plan, not a state they are in
            return WHOLE
    return None if planned_after(words, last) else PART


def _wholes(words: list[Word]) -> list[int]:
    """The counts of pledges a tally's parts are taken from, in a sentence naming pledges: read
    once for all the sentence's figures."""
    key = ("pledge_wholes", words[0].start, words[-1].end)
    cache = words[0].doc.user_data
    if key not in cache:
        cache[key] = (
            [
                k
                for k in range(len(words))
                if words[k].has_number and _whole_at(words, k) and _counts_pledges(words, k)
            ]
            if any(pledge_noun(w) for w in words)
            else []
        )
    return cache[key]


def pledge_noun(w: Word) -> bool:
    """A noun of pledges (`공약`, `공약사업`, `실천과제`); by its text too, as Kiwi splits `공약`
    after an opening quote (`"공약 71개 가운데`)."""
    texts = (w.stem or w.text, w.text.lstrip("\"'“‘"))
    pledges = tuple(rules().pledges)
    return any(t.startswith(pledges) or t.endswith(rules().tally_nouns) for t in texts)


def _whole_at(words: list[Word], k: int) -> bool:
    """Word k is the count a tally's parts are taken from: `공약 97건 가운데`, `102개 공약사업
    가운데`, `152개 중`, `공약은 모두 146개로, 이 가운데`."""
    part_of = rules().part_of
    j = k + 1
    # (only the pledges' own nouns between: `49개는 정상 추진 중이며` is under way, not among)
    while (
        j < len(words)
        and j - k <= _NOUNS_BEFORE_PART
        and words[j].bare_noun
        and (pledge_noun(words[j]) or words[j].stem in rules().project_nouns)
    ):
        j += 1
    if j < len(words) and words[j].stem in part_of and not words[j].predicate:
        return True
    # `모두 146개로, 이 가운데`: the count with 로, then the part taken from it
    return opens_with_part([w for w in words[k + 1 : k + 4] if not w.punct][:2])


def _counts_pledges(words: list[Word], k: int) -> bool:
    """The count at word k counts pledges themselves (`공약 97건`, `공약은 모두 146개로`,
    `공약은 지난 6월 말 기준 152개`, `102개 공약사업`), not what a pledge promises
    (`약속한 일자리 3만개`, `일자리 12만개 약속`: jobs)."""
    j = k - 1
    while j >= 0 and (
        words[j].has_number
        or (words[j].stem or words[j].text) in _BETWEEN
        or words[j].punct
        or stem_in(words[j], rules().still_to_do)
    ):
        j -= 1  # (`5대 분야`, `모두`, `지난 6월 말 기준`)
    if j >= 0 and words[j].stem and not pledge_noun(words[j]) and words[j].bare_noun:
        return False  # `일자리 12만개`: the noun before is what is counted
    if j >= 0 and pledge_noun(words[j]) and not words[j].predicate:
        return True
    return k + 1 < len(words) and pledge_noun(words[k + 1])


# Words between the pledges and their count: a number of fields, a date, how many in all,
# what is left (`나머지 58개 공약 가운데`, `남은 33개 공약`).
_BETWEEN = frozenset({"모두", "총", "전체", "분야", "기준", "말", "지난", "현재", "나머지"})


def _left(words: list[Word], first: int) -> bool:
    """`나머지 58개 공약 가운데`, `남은 33개 공약`: what is left of the tally, itself a part."""
    return first > 0 and (
        words[first - 1].stem == "나머지" or stem_in(words[first - 1], rules().still_to_do)
    )


def _rate_kept(words: list[Word], first: int) -> bool:
    """A rate of pledges kept names the figure's clause before it (`이행률은 … 61.4%다`,
    `완료율 53.5%를`)."""
    for k in range(first - 1, max(-1, first - 1 - _RATE_WORDS), -1):
        w = words[k]
        if w.predicate and clause_end(w):
            return False
        if (w.stem or w.text).endswith(rules().kept_rates):
            return True
    return False


def planned_after(words: list[Word], last: int) -> bool:
    """What the sentence says after the figure is to come: `… 1,000개 목표`, `100%를 달성하는
    것이 목표다`, `… 마무리하겠다`."""
    after = words[last + 1 :]
    goals = rules().goal_nouns
    return (
        any(w.bare_noun and w.stem in goals for w in after)
        # `97%를 달성하는 것을 목표로`, `100%를 달성하는 것이 목표다`: what is aimed at
        or any(w.stem == "것" and nxt.stem in goals for w, nxt in pairwise(after))
        or to_come(after)
    )


def to_come(words: list[Word]) -> bool:
    """The words tell what is still to come: `… 수여할 예정이다`, `… 받을 계획이다`, `…겠다`."""
    return any(
        (w.bare_noun and w.stem in ("예정", "계획"))
        or (w.predicate and (ahead_form(w.base_parts) or ("겠", "EP") in w.base_parts))
        for w in words
    )
