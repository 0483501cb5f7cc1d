"""Budgets: an amount allocated (`예산은 569억원으로`, `▲천안형 공공근로사업(95억원)`) is a plan
whatever the verb, unless the sentence says it was spent (`예산 3천억원을 집행했다`); an amount
secured set as a base (`올해 최종 확보한 국비 … 보다`) is a result (extractors/tense.py).
"""

from __future__ import annotations

from extractors.phrases import rules as phrase_rules
from extractors.tense_compare import figure_particles, is_comparison
from extractors.tense_plan import (
    ahead_form,
    allocated_before,
    done_and_then,
    ends_segment,
    linked,
    past_adnominal,
    past_form,
    ranks,
    stem_in,
    then_past,
)
from extractors.tense_words import (
    CLOSING_QUOTES,
    FRAMING,
    LIST_MARKS,
    OBJECT,
    OPENING_PARENS,
    TOPIC_PARTICLES,
    UNITS_APART,
    YEAR,
    clause_end,
    clause_topic,
    closed_by_comma,
    opens_with_part,
    passive,
    rules,
    segment_bounds,
)
from extractors.tense_year import clause_opening
from extractors.words import RO, Word

_DEMONSTRATIVE_TOPICS = frozenset({"이는", "이것은", "이"})
_TAKEN_UP = _DEMONSTRATIVE_TOPICS | {"이를"}  # a demonstrative taking up what was just said


def budget_is_plan(words: list[Word], first: int, last: int) -> bool:
    """A budget is an allocation, a plan whatever the verb (`올해 예산은 569억원으로 지난해보다
    75억원 늘었다`, `3천억원 규모의 예산을 확보했다`, `예산이 사상 처음으로 1조원을 넘었다`),
    unless the sentence says it was spent (`예산 3천억원을 집행했다`)."""
    if not (
        _budget_before(words, first)
        or _budget_after(words, last)
        or _budget_changed_by(words, first, last)
    ):
        return False
    return not spent(words, last)


def _budget_changed_by(words: list[Word], first: int, last: int) -> bool:
    """What a budget, the object right before the figure, is changed by (`일자리 예산을 15억원
    줄여`, `예산을 30억원 늘렸다`): a change of an allocation."""
    if first < 1 or not words[first - 1].stem.endswith(rules().budget):
        return False
    if (
        not words[first - 1].particle_forms()
        or not set(words[first - 1].particle_forms()) <= OBJECT
    ):
        return False
    verb = next((w for w in words[last + 1 :] if w.predicate), None)
    return verb is not None and stem_in(verb, rules().level_changes | rules().raise_or_cut)


def budget_grown_by(words: list[Word], first: int, last: int) -> bool:
    """A rate a budget changed by over another budget (`본예산 대비 16.2% 증가`, `본예산보다 11.8%
    늘었다`): the growth of an allocation, planned as the budget is."""
    if first < 1 or "%" not in words[last].text:
        return False
    base = words[first - 1]
    if base.text in ("대비", "比") and first > 1:
        base = words[first - 2]
    elif not is_comparison(base):
        return False
    if not base.stem.endswith(rules().budget):
        return False
    changed = next((w for w in words[last + 1 :] if w.stem or w.predicate), None)
    return changed is not None and stem_in(changed, rules().level_changes)


def budget_share(words: list[Word], first: int) -> bool:
    """A rate told as a budget's share or growth, the topic naming it (`일자리 예산 비중은 4.7%로
    높아졌다`, `본예산(1조4,380억원) 대비 비중은 4.1%다`, `예산안의 평균 증가율은 8.7%로`): planned
    as the budget is (not a share of what was spent, `집행 비중은`)."""
    r = rules()
    for k in range(first - 1, max(-1, first - 3), -1):
        w = words[k]
        # (`8대 도시 예산안의 평균 증가율은 8.7%로`: its growth rate told as its topic too)
        rate = w.stem in r.shares or w.stem in phrase_rules().changes
        if rate and set(w.particle_forms()) & (TOPIC_PARTICLES | {"이", "가"}):
            named = words[max(0, k - _SHARE_WORDS) : k]
            return any(x.stem.endswith(r.budget) for x in named) and not any(
                stem_in(x, r.spend) or x.stem in r.accounts for x in named
            )
    return False


_SHARE_WORDS = 6  # `본예산(1조4,380억원) 대비 비중은`: the words naming the whole of a share


def _budget_before(words: list[Word], first: int) -> bool:
    # The budget noun right before the figure, or as the topic a few words before it with no
    # predicate, subject or noun heading the figure between: adverbs, years, a year in
    # parentheses and the amount the figure changes from may stand there (`예산이 사상 처음으로
    # 1조원을`, `예산 2025년 1조원`, `예산은 전년(4,222억원)보다`, `예산도 2016년 494억원에서
    # 2024년 1조원으로`; not `예산 중 인건비 300억원`, `예산 비중이 40%`).
    r = rules()
    changed = bool(set(figure_particles(words, first)) & RO)
    # `예산을 96억원으로 지난해 71억원보다 늘렸고`: the base, after the amount changed to
    base = is_comparison(words[first])
    for k in range(first - 1, max(-1, first - 6), -1):
        w = words[k]
        if w.stem.endswith(r.budget) or _budget_read_as_verb(w):
            # `예산을 620억원에서 780억원으로 늘리며`: the budget changed from and to the figures
            moved = set(words[first].particle_forms() + words[first - 1].particle_forms()) & {
                "에서",
                "로",
                "으로",
                "까지",
            }
            # (`예산만 1조 199억 원에 이릅니다`: 만, only, as a topic)
            particles = (
                TOPIC_PARTICLES | {"로", "으로", "도", "만"} | (OBJECT if moved or base else set())
            )
            return w.bare_noun or set(w.particle_forms()) <= particles
        year = bool(YEAR.match(w.text)) or w.stem in r.relative or w.text in r.relative
        if w.text in ("(", "（", "'", "‘", "’"):
            continue
        if w.predicate or w.punct or w.stem in r.part_of:
            return False  # (`예산 가운데 7억원은 … 이월됐다`: a part, told by its own verb)
        # `본예산 4,988억원을 5,120억원으로 늘렸다`: the amount changed, as object, to the figure
        moved_from = {"에서", "부터"} | (OBJECT if changed and k == first - 1 else set())
        moved_from |= RO if base else set()
        if w.has_number and not year and not set(w.particle_forms()) & moved_from:
            return False
        if w.has_number and not year:
            continue
        if set(w.particle_forms()) & (TOPIC_PARTICLES | OBJECT):
            return False  # `예산 비중이 40%`: another noun is what the figure measures
        if k == first - 1 and w.bare_noun and not year:
            return False
    return False


def budget_compared(words: list[Word], first: int, last: int) -> bool:
    """The amount a budget changed by, measured against another budget's amount right before it
    (`올해 본예산 2조 1,065억원보다는 1,069억원 늘었다`): the difference of two allocations is
    allocated too, unless the sentence says it was spent."""
    k = first - 1
    if k < 1 or not is_comparison(words[k]):
        return False
    if words[k].text in UNITS_APART or not words[k].has_number:
        k -= 1  # `2조 1,065억 원보다`: the unit written apart carries the particle
    if k < 0 or not words[k].has_number:
        return False
    k = _figure_start(words, k)
    if k < 1:
        return False
    head = words[k - 1]
    budget = head.bare_noun and (head.stem.endswith(rules().budget) or _budget_read_as_verb(head))
    if not budget:
        return False
    if _settled_against_budget(words, k - 1):
        return False
    verb = next((w for w in words[last + 1 :] if w.predicate), None)
    # (`1,262억원보다 78억원 적다`: more or less than the other budget)
    changes = rules().level_changes | rules().sizes
    return verb is not None and stem_in(verb, changes) and not spent(words, last)


def _settled_against_budget(words: list[Word], k: int) -> bool:
    """The clause's topic before the budget at word k is a side of the accounts or a settled
    amount (`세입 결산액은 1조9,870억원으로 최종예산 1조8,950억원보다 920억원 많았다`, `세입은
    당초 예산 1조 3,960억원보다 2,885억원 많았고`): what came in is measured against the budget,
    and the difference is settled, not allocated."""
    r = rules()
    j = clause_topic(words, k, _TOPIC_OR_SUBJECT)
    return j is not None and (
        words[j].stem in r.budget_sides or words[j].stem.endswith(tuple(r.result_nouns))
    )


_TOPIC_OR_SUBJECT = frozenset({"은", "는", "이", "가"})


def _figure_start(words: list[Word], k: int) -> int:
    """The first of the words a figure ending at word k is written in (`1조 199억 8200만 원`:
    numbers with no particle before it)."""
    while k > 0 and words[k - 1].has_number and not words[k - 1].particle_forms():
        k -= 1
    return k


def _budget_read_as_verb(w: Word) -> bool:
    """`본예산`: Kiwi may read 본 as 보 + ᆫ (a verb's adnominal) before the budget noun; the word
    still ends in that noun, with no particle."""
    parts = w.base_parts
    return (
        len(parts) >= 2
        and parts[-1][1] == "NNG"
        and parts[-1][0] in rules().budget
        and parts[-2][1] == "ETM"
    )


def budget_topic(words: list[Word], first: int, last: int) -> bool:
    """An amount in a sentence whose topic is a budget is of that budget (`올해 일자리 예산은
    본예산 4,222억원을 포함해 4,260억원으로 늘었다`), unless it was spent."""
    r = rules()
    # `지난해 최종예산은 13조1,540억원이었으며, 세입은 13조4,892억원`: a clause with a topic of
    # its own is not of the budget an earlier clause was about
    opened = _own_topic_clause(words, first)
    verb = next((w for w in words[last + 1 :] if w.predicate), None)
    if verb is not None and stem_in(verb, r.recorded):
        # (`… 예산현액은 3조 4,122억원이며, 세입 3조 5,012억원, … 기록했다`: so is a clause
        # whose own verb records what the accounts came to)
        opened = max(opened, clause_opening(words, first))
    topic = any(
        (
            w.stem.endswith(r.budget)
            # `정부 예산에 반영된 목포시 국비는`: funds an allocating adnominal heads
            or (w.stem in r.funds and allocated_before(words, k))
            # `추경 규모는`, `예산 규모는`, `예산 합계는`: the size of a budget; `증액 규모는`: of
            # its raise
            or (
                w.stem in r.budget_size
                and k > 0
                and words[k - 1].bare_noun
                and (
                    words[k - 1].stem.endswith(r.budget)
                    # (the topic of the sentence, not the subject of a clause inside it: `감액
                    # 규모가 3억원이라는 보도는`)
                    or (words[k - 1].stem in r.allocate and set(w.particle_forms()) & {"은", "는"})
                )
            )
        )
        and (
            set(w.particle_forms()) & (TOPIC_PARTICLES | {"도"})
            # `올해 예산을 분야별로 보면 직접일자리 2,135억원, …`: the budget as the frame
            or (set(w.particle_forms()) & OBJECT and _frames_by_kind(words[k + 1 : first]))
        )
        for k, w in enumerate(words[:first])
        if k >= opened
    )
    return (
        topic or _programs_listed(words, first) or _budget_figure_topic(words, first)
    ) and not spent(words, last)


def _own_topic_clause(words: list[Word], first: int) -> int:
    """Where the figure's clause starts when it has a topic of its own after an earlier clause
    closed (`…이었으며, 세입은 13조4,892억원`; not a part of what it told, `…늘었으며, 이 가운데
    국비는 6억3천만원이다`), else 0."""
    start = clause_opening(words, first)
    clause = [w for w in words[start:first] if not w.punct]
    own = any(set(w.particle_forms()) & {"은", "는"} for w in clause)
    return start if own and not opens_with_part(clause[:2]) else 0


def _budget_figure_topic(words: list[Word], first: int) -> bool:
    """The topic is a budget's own figure (`올해 예산 312억 원은 지난해 287억 원보다 25억 원
    많다`): the sentence compares budgets."""
    for k in range(first - 1, 0, -1):
        w = words[k]
        topic = set(w.particle_forms()) & {"은", "는"}
        if topic and (w.has_number or words[k - 1].has_number):
            j = _figure_start(words, k if w.has_number else k - 1) - 1
            return j >= 0 and words[j].bare_noun and words[j].stem.endswith(rules().budget)
        if w.predicate:
            return False
    return False


def _programs_listed(words: list[Word], first: int) -> bool:
    """The figure is an item's amount in a list of programs the sentence opens with (`주요
    사업은 ▲농촌인력중개센터 운영 9억원 ▲…`): what each is given."""
    for k, w in enumerate(words[:first]):
        if w.stem.endswith(rules().program_heads) and set(w.particle_forms()) & (
            TOPIC_PARTICLES | {"으로는", "로는"}
        ):
            # (`삭감된 사업은 (청년 인턴 지원 11억원, …)이다`: a list in parentheses too)
            marks = (*LIST_MARKS[:2], *OPENING_PARENS)
            return any(x.text.startswith(marks) for x in words[k + 1 : first])
        if w.predicate and w.base_parts[-1][1] != "ETM":
            return False  # (an adnominal of the programs, `삭감된 사업은`, goes on)
    return False


def _frames_by_kind(after: list[Word]) -> bool:
    """The object before these words is looked at, whole or kind by kind (`예산을 보면`,
    `예산을 분야별로 보면`, `예산을 분석한 결과`; not `예산을 기준으로 보면`, a base the figure is
    measured by)."""
    k = 0
    while k < len(after) and after[k].stem_parts[-1:] == [("별", "XSN")]:
        k += 1
    if k < len(after) and after[k].text.rstrip(",") in FRAMING:
        return True
    # `본예산을 분석한 결과 부산시가 1조3,420억원으로 가장 많았고`: what an analysis found in it
    return (
        k + 1 < len(after)
        and after[k].predicate
        and after[k].base_parts[0][0] in rules().looked_into
        and after[k + 1].stem == "결과"
    )


def continues_budget(
    words: list[Word], before: list[Word], last: int, planned_before: bool = False
) -> bool:
    """A sentence with no topic of its own, or a demonstrative one (`이는 지난해 494억원보다
    75억원 늘어난 규모다`, `2017년 569억원과 비교하면 18배로 불어났다`), goes on about the
    topic of the sentence before, a budget, or an amount planned there (`569억원을 투입해 …
    만든다`): an amount in it is of that budget, unless it was spent."""
    r = rules()
    by_kind = False
    # (`거창군이 5,420억원으로 가장 많았고, 의령군은 …`: a ranking's topics are the places it
    # ranks by the budget told before, no new topic)
    ranked = ranks(words) or included_after(words, last) or grown_to(words, last)
    for w in words[:last]:
        forms = set(w.particle_forms())
        if forms & TOPIC_PARTICLES and w.stem.endswith(r.settled):
            return False  # `연도별 투입액은 2018년 6,840억원, …`: what was put in, not the budget
        if w.stem_parts[-1:] == [("별", "XSN")]:
            # `분야별로는 … 2,870억원, …`: the budget told before, kind by kind, and the kinds
            # are its subjects (`분야별로는 사회복지가 3,127억원으로`)
            by_kind = True
            continue
        # (`일자리 분야는 3,120억원으로`, `세입은 …`: a field or side of the budget told before)
        if (
            forms & TOPIC_PARTICLES
            and not by_kind
            and not ranked
            and w.text not in _DEMONSTRATIVE_TOPICS
            and w.stem not in rules().fields | rules().budget_sides
        ):
            return False
    had_budget = planned_before or any(
        w.stem.endswith(r.budget) and set(w.particle_forms()) & (TOPIC_PARTICLES | {"도"})
        for w in before
    )
    return had_budget and not spent(words, last)


_PLACE_ENDS = ("시", "군", "구")  # `함양군은`, `진도군은`: a city's, county's or district's name


def grown_to(words: list[Word], last: int) -> bool:
    """`함양군은 6,311억원으로 6.6% 늘었으며`, `진도군은 올해 5,102억원에서 7.5%, …`: a place as
    topic, and the amount the size it grew to or from, a rate of change after it — a budget of
    that place told as the one before was."""
    topic = next((w for w in words[:last] if set(w.particle_forms()) & TOPIC_PARTICLES), None)
    if topic is None or len(topic.stem) < 2 or not topic.stem.endswith(_PLACE_ENDS):
        return False
    forms = set(words[last].particle_forms())
    rate = next((w for w in words[last + 1 : last + 3] if "%" in w.text), None)
    return bool(forms & (RO | {"에서"})) and rate is not None


def included_after(words: list[Word], last: int) -> bool:
    """The figure's verb is a passive of being included (`신규 사업은 모두 87개 사업, 1,120억원이
    포함됐다`): what the budget told before includes, whatever the topic."""
    verb = next((w for w in words[last + 1 :] if w.predicate), None)
    return verb is not None and stem_in(verb, rules().included) and passive(verb)


def spent(words: list[Word], last: int) -> bool:
    r = rules()
    if _spent_before(words, last):
        return True
    if (
        last + 1 < len(words)
        and words[last + 1].bare_noun
        and words[last + 1].stem in rules().accounts
    ):
        return True  # `예산 12억원 불용 보도`, `126억원 중 119억원 집행`: what became of it
    if last + 1 < len(words) and words[last + 1].stem in rules().part_of:
        return False  # `예산 3,420억원 가운데 1,870억원을 집행해`: the whole, not what was spent
    if "의" in words[last].particle_forms():
        return False  # `연간 예산 780억원의 52.8%를 썼다`: the whole a share of was spent
    own = words[last].base_parts
    if ("이", "VCP") in own and own[-1][1] == "EC":
        return False  # `예산은 104억원이며 8월 말 현재 71억원을 집행했다`: its copula closed it
    if closed_by_comma(words, last):
        return False  # `예산은 528억원으로, 지난해 … 집행했던 541억원보다는`: so did its comma
    after = words[last + 1 :]
    clause_ended = False
    for n, v in enumerate(after):
        if v.stem in r.part_of:
            break  # `예산은 2,318억 원으로, 이 가운데 1,702억 원을 집행했다`: a part was spent
        if clause_ended and v.has_number and set(v.particle_forms()) & OBJECT:
            # `지난해 38억원에서 올해 52억원으로 늘렸고, 8월 말 현재 24억7천만원을 집행했다`: a
            # later clause's verb of spending has its own amount
            break
        clause_ended = clause_ended or (v.predicate and clause_end(v))
        if (
            v.predicate
            and (
                # (`올해 예산은 1조8,845억원으로 … 꼭 필요한 곳에 쓰겠다`: to be spent, planned)
                (stem_in(v, r.spend) and not ahead_form(v.base_parts))
                # `예산 1,040억원을 투입했다`: put in, in the past tense, is spent; so is
                # `407억 원을 추가 투입해 … 제공했다`, put in and then done in the past
                or (
                    stem_in(v, r.spent_adnominal)
                    and (
                        past_form(v)
                        # `89억원을 주민들에게 지급한 바 있다`: -ㄴ 바 있다, done before
                        or (
                            past_adnominal(v.base_parts)
                            and n + 1 < len(after)
                            and after[n + 1].stem == "바"
                        )
                        or (linked(v) and then_past(after[n + 1 :]))
                        # `지난해 498억 원, 올해 541억 원을 투입한 데 이어`: done, then more
                        or done_and_then(words, last + 1 + n)
                    )
                )
            )
        ):
            return True
    return False


def _spent_before(words: list[Word], last: int) -> bool:
    """`지난해 실제 투입된 494억원`, `올해 집행한 일자리 예산은 1,742억원`, `2018년 투입한 일자리
    예산 295억원 가운데`, `지출한 세출은 3조 1,047억원으로`: money a past adnominal says was put
    in or spent, before it or before the budget or the topic it is."""
    r = rules()
    k = _figure_start(words, last)
    for j in range(k - 1, max(-1, k - 5), -1):
        w = words[j]
        parts = w.base_parts
        if w.predicate or parts[-1:] == [("한", "MM")]:
            # Kiwi may read `집행한` as 집행 and the determiner 한
            past = parts[-1:] in ([("ᆫ", "ETM")], [("한", "MM")], [("던", "ETM")])
            return past and stem_in(w, r.spent_adnominal)
        topic = j == k - 1 and set(w.particle_forms()) & TOPIC_PARTICLES and not w.has_number
        if not (w.bare_noun or w.adverb or w.stem.endswith(r.budget) or topic):
            return False
    return False


def budget_clause_before(words: list[Word], first: int, last: int) -> bool:
    """A clause taking up by a demonstrative a budget an earlier clause of the sentence allocated
    (`예산 1,280억원을 편성했으며, 이는 지난해 1,105억원보다 175억원 늘어난 규모다`,
    `2018년 예산으로 496억원을 편성했으며, 이듬해에는 이를 531억원으로 늘린 바 있다`) is of that
    budget."""
    k = next((j for j in range(first - 1, 0, -1) if words[j].text in _TAKEN_UP), None)
    if k is None and (is_comparison(words[last]) or _difference(words, first)):
        # `예산 380억 원을 편성했는데, 지난해 340억 원보다 40억 원 늘었다`: the next clause
        # compares the budget just allocated
        k = next(
            (j + 1 for j in range(first - 1, 0, -1) if words[j].predicate and clause_end(words[j])),
            None,
        )
    if k is None:
        return False
    r = rules()
    before = words[:k]
    allocated = any(w.stem.endswith(r.budget) for w in before) and any(
        w.predicate and clause_end(w) and (stem_in(w, r.plan_verbs) or stem_in(w, r.allocate))
        for w in before
    )
    return allocated and continues_budget(words[k:], before, last - k, planned_before=True)


def budget_changed_in(words: list[Word], first: int, last: int) -> bool:
    """An amount a verb raises or cuts in a sentence about a budget (`노인 일자리 사업은 국비
    감액에 따라 2억원을 줄였다`, `일자리 분야는 96억원이 증액돼 본예산 412억원을 포함해 모두
    508억원이 됐다`): what is allocated changes."""
    r = rules()
    budget = any(
        w.stem.endswith(r.budget) or w.stem in r.funds or stem_in(w, r.allocate) for w in words
    )
    verb = next((w for w in words[last + 1 :] if w.predicate), None)
    changed = verb is not None and stem_in(verb, r.raise_or_cut)
    field = any(
        w.stem in rules().fields and set(w.particle_forms()) & TOPIC_PARTICLES
        for w in words[:first]
    ) and any(stem_in(w, r.allocate) for w in words if w.predicate)
    return budget and (changed or field) and not spent(words, last)


def _difference(words: list[Word], first: int) -> bool:
    """The figure follows a base of comparison (`340억원보다 40억 원`, `3백40억 원보다 …`: the
    unit written apart)."""
    if first < 1 or not is_comparison(words[first - 1]):
        return False
    return words[first - 1].has_number or (first >= 2 and words[first - 2].has_number)


def budget_aside(words: list[Word], first: int) -> bool:
    """An amount in the parenthesis right after a budget's amount, or after what was done with it
    (`일자리 예산 274억원(작년 251억원)을 편성했다`, `예산 210억원 확보(작년 188억원)`): the same
    budget of another year, allocated as well."""
    k = first - 1
    while k >= 0 and not words[k].has_number and words[k].text not in OPENING_PARENS:
        k -= 1  # `(작년`: the aside's own time
    if k < 1 or words[k].text not in OPENING_PARENS:
        return False
    outer = k - 1
    if outer > 0 and words[outer].bare_noun and not words[outer].has_number:
        outer -= 1  # `확보(`: the act between
    if not words[outer].has_number:
        return False
    return _budget_before(words, _figure_start(words, outer))


def budget_secured(words: list[Word], first: int, last: int) -> bool:
    """An amount a budget comes to and is secured (`일자리 예산 12억원을 더해 모두 186억원을
    확보했다`, `2,715억원을 일자리 예산으로 확보했다`): allocated, as `예산을 확보했다` is."""
    r = rules()
    at = next((k for k in range(last + 1, len(words)) if words[k].predicate), None)
    if at is None or not stem_in(words[at], r.secured) or spent(words, last):
        return False
    # (`공모에 선정돼 국비 9억6천만원을 확보했다`: national or provincial funds won are money
    # put in a budget, as the government's budget the city's share of is)
    funds = first > 0 and words[first - 1].bare_noun and words[first - 1].stem in r.funds
    return (
        funds
        or any(w.stem.endswith(r.budget) for w in words[:first])
        or any(
            w.stem.endswith(r.budget) and set(w.particle_forms()) & RO for w in words[last + 1 : at]
        )
    )


def funds_won_then(words: list[Word], first: int, last: int) -> bool:
    """National or provincial funds secured (`국비 1,870억원을 확보했고`), no other budget named:
    in a year gone by, what was won then, a result (`지난해 군정 사상 최대인 국비 1,870억원을
    확보했고`), not funds for a budget still to be spent."""
    r = rules()
    at = next((k for k in range(last + 1, len(words)) if words[k].predicate), None)
    if at is None or not stem_in(words[at], r.secured):
        return False
    named = [w for w in words[:first] if w.stem.endswith(r.budget)]
    return bool(named) and all(w.stem in r.funds for w in named)


def won_in_call(words: list[Word], first: int, last: int) -> bool:
    """Funds won in a competitive call (`공모사업 27건에 선정돼 국비 318억원을 확보했다`,
    `공모사업으로 확보한 국비는 31건, 274억원이었다`, `… 국비 496억원을 따냈다`): what the place
    achieved, a result of the year won, not a budget to spend (and so, since round 20, are
    national funds reflected in the government's budget: `national_funds_won`)."""
    r = rules()
    if not any(w.stem.startswith(r.calls) for w in words):
        return False
    after = next((w for w in words[last + 1 :] if w.predicate), None)
    if after is not None and stem_in(after, r.won) and past_form(after):
        return True
    before = next((w for w in reversed(words[:first]) if w.predicate), None)
    return before is not None and stem_in(before, r.won) and past_adnominal(before.base_parts)


def national_funds_won(words: list[Word], first: int) -> bool:
    """National funds a place secured or had reflected in the government's budget (`내년
    정부예산 6조 4,120억원 반영…`, `국비 9조 3,524억원이 반영됐다`, `올해 정부예산 반영액 5조
    7,050억원보다 7,070억원(12.4%) 늘어난 규모다`): what the place won, a result of the budget's
    year, as funds won in a call are; not funds asked for or still to be won (`국비 500억원 반영을
    건의했다`, `추가로 확보해 … 달성한다는 목표다`). Only in the figure's own headline segment
    (`내년 국비 2,380억 확보…고용률 64% 달성`: the rate is a goal)."""
    r = rules()
    start, end = segment_bounds(words, first)
    segment = words[start:end]
    if not any(w.stem.startswith(r.national_funds) for w in segment):
        return False
    if any(stem_in(w, r.asked) or w.stem in r.own_budgets - {"예산"} for w in segment):
        return False  # (`이번 추경에 국비 30억원을 반영했다`: planned in the city's own budget)
    if any(w.predicate and ahead_form(w.base_parts) for w in segment):
        return False  # (`확보한 국비가 제때 쓰이도록 … 40%를 발주하겠다`: what is to come)
    return any(_won(segment, k) for k in range(len(segment)))


def _won(words: list[Word], k: int) -> bool:
    """Word k says funds were won: a total of them (`반영액`, `확보액`), a verb of winning them in
    the past (`확보했다`, `반영됐다`), or a headline's closing noun (`국비 150억원 확보`)."""
    r = rules()
    w = words[k]
    if w.stem.endswith(r.won_totals):
        return True
    if not stem_in(w, r.won | r.reflected):
        return False
    if w.predicate:
        # (`올해 최종 확보한 국비 2조 1천억 원보다`: the funds won, as a base)
        won = past_form(w) or past_adnominal(w.base_parts)
        return won and not ahead_form(w.base_parts)
    return not w.particle_forms() and ends_segment(words, k)


def program_budget(words: list[Word], first: int) -> bool:
    """An amount right after a program's name or in the parenthesis after it
    (`공공근로사업(95억원)`, `‘청년 디딤돌 사업’(24억원)`), or after what is done to it (`‘…사업’
    신설(24억원)`)."""
    k = first - 1
    j = k
    while j >= 1 and words[j].text in CLOSING_QUOTES:
        j -= 1  # `'오송 바이오 인재 양성 사업' 28억원`
    if j >= 1 and words[j].bare_noun and words[j].stem.endswith(rules().program_heads):
        return True  # `▲청년 디지털 일자리 사업 48억원`: the name right before the amount
    if k < 1 or words[k].text not in OPENING_PARENS:
        return False
    k -= 1
    if k > 0 and words[k].bare_noun and words[k].stem in rules().program_acts:
        k -= 1  # `‘…사업’ 신설(24억원)`: what is done to the program, then its name
    while k > 0 and words[k].text in CLOSING_QUOTES:
        k -= 1
    return words[k].stem.endswith(rules().program_heads)


def _budget_after(words: list[Word], last: int) -> bool:
    # `3천억원(규모)의 예산`: the figure measures the budget that follows it; so does a copula's
    # adnominal (`2021년 4,222억2000만원이던 일자리 예산이`, `…원인 예산`).
    r = rules()
    copula = words[last].base_parts
    if ("이", "VCP") in copula and copula[-1][1] == "ETM":
        for w in words[last + 1 : last + 3]:
            if w.stem.endswith(r.budget):
                return True
            if not w.bare_noun and not set(w.particle_forms()) & (TOPIC_PARTICLES | {"도"}):
                break
    k = last + 1
    if k < len(words) and words[last].particle_forms() == [] and words[k].stem == "규모":
        k += 1
        own = words[k - 1].particle_forms()
    else:
        own = words[last].particle_forms()
    if own != ["의"]:
        return False
    # (`2,140억원 규모의 올해 제3회 추가경정예산안을`: its time and order between)
    for w in words[k : k + 3]:
        if w.stem.endswith(r.budget):
            return True
        if not (w.bare_noun or w.has_number):
            return False
    return False
