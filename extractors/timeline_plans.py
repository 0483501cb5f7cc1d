"""Plan-or-result as the article decides it for a figure its own sentence leaves open or a result:
the sentence before planned the budget it goes on about, a budget's growth, the planned figure a
gap or an aside belongs to, a list under a line of goals or programs, an answer to a question about
a plan, the whole a breakdown's parts take their year and plan from.

Apart from extractors/timeline.py, which applies these rules in turn (`_plan_changes`,
`_time_changes`); `undecided` is the test they all share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from spacy.tokens import Doc

from extractors.cell_meaning import RESULT_LABELS
from extractors.docs import doc_text, sentence_of, token_at
from extractors.metric_words import change_rates
from extractors.phrases import ITEM_MARKS
from extractors.tables import line_at
from extractors.tense import (
    SPAN,
    asks_plan,
    continues_budget,
    plan_of,
    result_noun_before,
    speaks_ahead,
    spent_topic,
)
from extractors.tense import rules as tense_rules
from extractors.tense_budget import grown_to, national_funds_won
from extractors.tense_plan import (
    ahead_form,
    announces,
    computes_settled,
    past_form,
    ranks,
    settled_amount,
    stem_in,
)
from extractors.tense_words import opened_part_of, opens_with_part, passive, segment_bounds
from extractors.tense_year import clause_closed_by_comma, clause_opening
from extractors.timeline_sentences import (
    CARRY_SENTENCES,
    base_of_share,
    item_marked,
    question_before,
    sentence_index,
    sentence_words,
    words_of_sentence,
)
from extractors.timeline_years import aside_sentence, year_before_sentence
from extractors.words import RO, Word, word_index, words_of
from schemas.records import Figure


def met_of_pledge(f: Figure, out: list[Figure], doc: Doc | None) -> bool:
    """A rate of how much was met (`met_rates`) in a sentence whose goal before it is a pledge
    for a term (a planned total of no year): of the term, as the pledge is."""
    if doc is None or f.kind != "percent" or f.metric not in tense_rules().met_rates:
        return False
    n = sentence_index(doc, f.start)
    return any(
        g.section == f.section
        and g.year_source == SPAN
        and g.is_target
        and sentence_index(doc, g.start) == n
        for g in out
    )


def change_of_budgets(
    f: Figure, figures: Sequence[Figure], out: list[Figure], year: object, doc: Doc
) -> int | None:
    """A rate of change in a sentence whose amounts are all planned (`예산은 1,105억원으로 올해
    968억원보다 14.2% 증가했으며`, `올해보다 12.6% 늘어난 486억원을 반영했다`) is how much a
    budget grew: a plan, as the budget is, whatever tense tells the growth, of the latest year
    among them and its own. That year, or None when it is no such rate."""
    if f.kind != "percent" or f.unit != "%" or f.metric not in change_rates():
        return None
    n = sentence_index(doc, f.start)
    # the rate's own clause: from after the clause before it to the clause's end after it
    words, first = sentence_words(f, doc)
    # (a clause closed by a comma: `… 11.4% 줄었고, 청년 일자리 사업 예산도 …`; not `편성해
    # 2019년보다 각각 30% 많다`, one clause going on)
    ends = [j for j in range(len(words)) if clause_closed_by_comma(words, j)]
    start = max((words[j].end for j in ends if j < first), default=0)  # (token indices)
    stop = min((words[j].start for j in ends if j > first), default=len(doc))

    def of_sentence(m: int, among: Sequence[Figure]) -> list[Figure]:
        return [
            g
            for g in among
            if g.kind == "money" and g.section == f.section and sentence_index(doc, g.start) == m
        ]

    # the amounts of its clause before it, resolved; only with none, those after it (which have
    # no year nor plan from the article yet: `올해보다 12.6% 늘어난 486억원을 반영했다`)
    amounts = [g for g in of_sentence(n, out) if token_at(doc, g.start) >= start] or [
        g for g in of_sentence(n, figures[len(out) + 1 :]) if token_at(doc, g.start) < stop
    ]
    if not amounts and n > 0 and _size_taken_up(words):
        # `…1조6,124억원을 투입해 … 창출한다. 지난해 일자리 예산(…)보다 5.1% 늘어난 규모다.`:
        # the size of the amount the sentence before planned
        amounts = of_sentence(n - 1, out)
    # (a base alone, `올해 본예산 968억원보다 16.2% 많다`, is older than the rate's own year)
    years = [y for y in [year, *(g.year for g in amounts)] if isinstance(y, int)]
    if not amounts or not all(g.is_target for g in amounts) or not years:
        return None
    return max(years)


def size_of_planned(f: Figure, out: list[Figure], doc: Doc) -> bool:
    """A count, or its rate, in a sentence that says how large what the sentence before planned is
    (`어르신 2,860명에게 일자리를 제공한다. 이는 지난해 참여자 2,540명보다 320명(12.6%) 늘어난
    규모다.`): as planned as the count before, of its year."""
    n = sentence_index(doc, f.start)
    if f.kind not in ("count", "percent") or n == 0:
        return False
    words = sentence_words(f, doc)[0]
    sized = any(_size_copula(w) for w in words)
    if not sized or base_of_share(f, [], doc):
        return False  # (`지난해 참여자 2,540명보다`: the base, of its own year)
    counts = [g for g in out if g.kind == "count" and g.section == f.section]
    # the counts of the nearest sentence before that has any (a mark `○` may stand between)
    told = max(
        (sentence_index(doc, g.start) for g in counts if sentence_index(doc, g.start) < n),
        default=None,
    )
    unit = f.unit if f.kind == "count" else None
    return (
        told is not None
        and n - told <= 2
        and any(
            g.is_target
            for g in counts
            if sentence_index(doc, g.start) == told and (unit is None or g.unit == unit)
        )
    )


def gap_to_planned(f: Figure, figures: Sequence[Figure], out: list[Figure], doc: Doc) -> bool:
    """A gap right before the planned figure it tells the size of, an adjective between (`0.4%p
    높은 61.8%로 설정했다`, `3천 개 많은 2만개를 목표로`): as planned as that figure."""
    later = figures[len(out) + 1 : len(out) + 2]
    if not later or later[0].section != f.section:
        return False
    between = doc_text(doc)[f.end : later[0].start].strip()
    return later[0].is_target and between in tense_rules().gap_adjectives


def settled(f: Figure, doc: Doc) -> bool:
    """The figure is an amount of settled accounts told as such (`순세계잉여금 615억원 가운데`):
    no budget the article goes on about makes it planned."""
    if f.kind != "money":
        return False
    words, first = sentence_words(f, doc)
    last = word_index(words, token_at(doc, f.end - 1))
    return settled_amount(words, first, last) or computes_settled(words)


def funds_won(f: Figure, doc: Doc) -> bool:
    """The figure's sentence tells national funds won (`내년 정부예산 6조 4,120억원 반영…`,
    extractors/tense_budget.py): the year ahead or a budget the article goes on about does not
    make them planned."""
    words, first = sentence_words(f, doc)
    return national_funds_won(words, first)


def funds_won_headline(figures: Sequence[Figure], title: Doc | None) -> bool:
    """The headline tells national funds won, and every amount in it is of them (`순천시, 2019년
    국비 4,235억원 확보…역대 최대`; not `수원시 제2회 추경 1,032억원 편성…내년 국비 정부안 4,951억원
    반영`, an article of the city's own budget too): the article is about what was won."""
    if title is None:
        return False
    amounts = [f for f in figures if f.section == "title" and f.kind == "money"]
    won = [f for f in amounts if funds_won(f, title)]
    r = tense_rules()
    return bool(won) and not any(
        w.stem in r.own_budgets or stem_in(w, r.plan_verbs)
        for f in amounts
        if f not in won
        for w in _segment_of(f, title)
    )


def _segment_of(f: Figure, doc: Doc) -> list[Word]:
    words, first = sentence_words(f, doc)
    start, end = segment_bounds(words, first)
    return words[start:end]


def held_in_funds_won(f: Figure, doc: Doc | None) -> bool:
    """Under a headline of national funds won, a figure planned only as a budget's is part of
    what was won (`주요 반영 사업은 ▲… 312억원`, `신규사업은 … 14건, 86억원이 포함됐다`, `전년 대비
    1,027억원 늘어`): its sentence names no goal, plan, request or project's total cost, tells
    no deed in the present and speaks of nothing to come (`총사업비가 1조 2,300억원에 이르는
    사업들이며`, `… 개편을 추진한다`, `향후 5년간 … 투입될 예정이다` stay planned)."""
    if doc is None or not f.is_target or f.year is None:
        return False
    r = tense_rules()
    words, _ = sentence_words(f, doc)
    # (`내년 청년 주거비 600명 지원`: a plan of the city's, no amount or funds in its sentence)
    of_funds = any(
        ("원" in w.text and w.has_number)
        or w.text == "|"  # (a table's cells, their unit in its note)
        or stem_in(w, r.won | r.reflected | r.included)
        for w in words
    )
    return of_funds and not any(
        announces(w)
        or w.stem in r.plan_nouns
        or w.stem in r.goal_nouns
        or w.stem in r.project_costs
        or stem_in(w, r.plan_verbs | r.asked)
        or (w.predicate and ahead_form(w.base_parts))
        for w in words
    )


def aside_of_planned(f: Figure, out: list[Figure], doc: Doc) -> Figure | None:
    """The planned amount a count or a rate stands in the parenthesis right after (`희망일자리
    사업 62억원(참여자 1,050명)`, `사회복지 분야 788억원(19.2%)`): what the money is to pay for, or
    its share of the budget, planned as the money is."""
    if f.kind not in ("count", "percent") or not out:
        return None
    g = out[-1]
    between = doc_text(doc)[g.end : f.start] if g.section == f.section else ""
    aside = g.kind == "money" and g.is_target and _OPENS_ASIDE.fullmatch(between) is not None
    return g if aside else None


def share_of_planned(f: Figure, out: list[Figure], doc: Doc) -> Figure | None:
    """A rate taken right after a planned amount with 의 and told as its share (`올해 본예산
    1조9,870억원의 10.6%에 해당한다`): the budget's share, planned as the amount is (not what was
    spent of it, `예산 780억원의 52.8%를 썼다`, nor a tally, `…의 94.6%에 달했다`)."""
    if f.kind != "percent" or not out:
        return None
    g = out[-1]
    if not (g.kind == "money" and g.is_target and g.section == f.section):
        return None
    between = doc_text(doc)[g.end : f.start].strip()
    words = sentence_words(f, doc)[0]
    last = word_index(words, token_at(doc, f.end - 1))
    verb = next((w for w in words[last + 1 :] if w.predicate), None)
    if between in ("로", "으로"):
        # `사회복지 예산이 5,004억원으로 67.5%에 달했다`: the planned amount's own share
        told = verb is not None and stem_in(verb, tense_rules().share_told | {"달하"})
        return g if told else None
    if _OF_WHOLE_BUDGET.fullmatch(between):
        # `일자리 예산은 412억원으로 전체 예산의 5.0%를 차지한다`: its share of the whole
        return g if verb is not None and stem_in(verb, tense_rules().share_told) else None
    if between != "의":
        return None
    if verb is None:
        # `본예산 1조2,046억원의 3.7%다`: the share told by its own copula (not of what was
        # spent: `집행한 … 예산은 4,718억원으로 연간 예산 8,930억원의 52.8%다`)
        told = ("이", "VCP") in words[last].base_parts and not any(
            stem_in(w, tense_rules().spend) for w in words[:last]
        )
    else:
        told = stem_in(verb, tense_rules().share_told)
    return g if told else None


# the amount's share of the whole budget it belongs to, named between them
_OF_WHOLE_BUDGET = re.compile(
    r"으?로,?\s*(?:전체|(?:전체|총|시|군|구|도)?\s*(?:예산|본예산|세출|예산\s*총액))\s*의"
)


def projects_funded(f: Figure, g: Figure, doc: Doc | None) -> bool:
    """A count of projects right before the planned amount they are given (`일자리 창출 관련 21개
    사업 348억원`, `국회 심의 과정에서는 6건, 47억원이 증액됐다`, `58건의 사업에서 241억원을
    삭감하고`): allocated as the amount is, of its year."""
    if doc is None or f.kind != "count" or f.is_target or not g.is_target:
        return False
    if g.kind != "money" or g.section != f.section:
        return False
    between = doc_text(doc)[f.end : g.start]
    match = _PROJECTS_BETWEEN.fullmatch(between)
    if match is None:
        return False
    # (`일자리 300개, 50억원`: a count of anything else beside money is no project)
    return match.group(1) is not None or f.unit == "건"


_PROJECTS_BETWEEN = re.compile(r"\s*(?:의\s*)?(?:신규\s*)?(사업|과제)?(?:에서|에|에는)?\s*,?\s*")


_OPENS_ASIDE = re.compile(r"\s*[(（][^()（）]{0,12}")


def _size_taken_up(words: list[Word]) -> bool:
    """A sentence that says how large what the one before told is (`이는 …`, `… 늘어난 규모다`,
    `올해보다 15.9% 늘어난 규모로, …`)."""
    sized = any(
        _size_copula(w) or (w.stem == "규모" and set(w.particle_forms()) & RO) for w in words
    )
    return sized or (bool(words) and words[0].text in ("이는", "이것은"))


def _size_copula(w: Word) -> bool:
    """`규모다`, `규모입니다`: a sentence ending on how large something is."""
    return w.stem == "규모" and ("이", "VCP") in w.base_parts


def ranked_budgets(f: Figure, doc: Doc, earlier: list[Figure]) -> bool:
    """A sentence that ranks places (`김해시는 1조6,420억원으로 뒤를 이었고, 진주시 …`, `증가율로
    보면 양산시가 … 11.4% 늘어 가장 높았고 김해시 9.1%, …`) right after one whose amounts and
    rates were all planned ranks those budgets: planned; its later items as its first was. A
    ranking of counts goes on about the counts of its unit the sentence before planned."""
    words, first_word = sentence_words(f, doc)
    if not ranks(words) or result_noun_before(words, first_word) or spent_topic(words, first_word):
        return False  # (`분야별 지출은 ▲사회복지 3,020억원 … 순으로 많았다`: what was spent)
    n = sentence_index(doc, f.start)
    own = [g for g in earlier if g.section == f.section and sentence_index(doc, g.start) == n]
    first = next((g for g in own if g.kind == f.kind), None)
    if first is not None:
        return first.is_target
    if f.kind == "count":
        # `… 공시한 일자리는 모두 158만 3천개로 집계됐다. 경기도가 54만 1천개로 가장 많았고 …`:
        # a ranking of the goals counted just before
        counted = [
            g
            for g in earlier
            if g.section == f.section
            and sentence_index(doc, g.start) == n - 1
            and (g.kind, g.unit) == (f.kind, f.unit)
        ]
        return bool(counted) and all(g.is_target for g in counted)
    if f.kind not in ("money", "percent"):
        return False
    if f.kind == "percent" and not (
        # (what a ranking of budgets' rates ranks: their changes, their shares)
        (f.metric or "").endswith((*change_rates(), *tense_rules().shares))
        or any(w.stem.endswith(tense_rules().budget) for w in words)
    ):
        return False  # (`지난해 청년 고용률은 45.6%로 … 가장 높았다`: a record of a level)
    before = [
        g
        for g in earlier
        if g.section == f.section
        and sentence_index(doc, g.start) == n - 1
        and g.kind in ("money", "percent")
    ]
    return bool(before) and all(g.is_target for g in before)


def budget_goes_on(f: Figure, doc: Doc, earlier: list[Figure]) -> bool:
    """The figure's sentence goes on about the budget the sentence before names or plans."""
    n = sentence_index(doc, f.start)
    if n == 0:
        return False
    words, first = sentence_words(f, doc)
    before = words_of_sentence(doc, n - 1)
    last = word_index(words, token_at(doc, f.end - 1))
    # (`완도군은 올해 본예산 6,371억원보다 9.1% 늘려 …. 진도군은 올해 5,102억원에서 7.5% …`:
    # a place's budget grown, after a growth planned with its base only)
    grown = grown_to(words, last)
    planned = any(
        g.section == f.section
        and (g.kind == "money" or (grown and g.kind == "percent"))
        and g.is_target
        and sentence_index(doc, g.start) == n - 1
        # (`예산현액 1조812억원 대비 집행률은 91.3%였다`: a budget as the base of a rate is no
        # budget the next sentence goes on about)
        and not base_of_share(g, earlier, doc)
        for g in earlier
    )
    if result_noun_before(words, first) or spent_topic(words, first):
        return False  # `이는 지난해 결산액 987억 원보다`: a result whatever went before
    if any(w.stem.startswith("결산") for w in words[:first]):
        return False  # `함께 승인된 지난해 결산에서 세입은 1조 1,120억원`: the accounts
    part = any(w.stem in tense_rules().part_of for w in words[max(0, first - 2) : first])
    if part and not undecided(f, doc):
        return False  # `예산 가운데 7억원은 … 이월됐다`: a part, told by its own verb
    return continues_budget(words, before, last, planned_before=planned)


def part_of_goal_before(f: Figure, earlier: list[Figure], doc: Doc) -> bool:
    """`올해 목표는 일자리 9,500개로, 이 중 청년 일자리는 3,200개다`: a count its clause opens on
    `이 중`/`이 가운데` as a part of the goal told before it in the sentence, deciding nothing
    itself (a copula), is a part of that goal (not `이 가운데 63개를 완료했다`)."""
    if f.kind != "count" or not earlier:
        return False
    words, first = sentence_words(f, doc)
    # (the part opens its clause, or what follows the comma after the whole's `…개로,`)
    comma = max((k for k in range(first) if words[k].text == ","), default=-1)
    opening = max(clause_opening(words, first), comma + 1)
    if not opens_with_part([w for w in words[opening:first] if not w.punct][:2]):
        return False
    if not undecided(f, doc):
        return False
    g = earlier[-1]
    here = sentence_index(doc, f.start)
    return (
        g.section == f.section
        and g.kind == f.kind
        and g.unit == f.unit
        and bool(g.is_target)
        and sentence_index(doc, g.start) == here
    )


def held_by_budget(f: Figure, doc: Doc) -> bool:
    """An amount whose verb tells what is held (`주요 사업으로는 지역화폐 할인 지원 42억원, …
    18억원 등이 담겼다`, `… 등이 포함됐다`), the budget it is held in named before the sentence:
    an item of that budget (extractors/timeline.py takes the budget's year)."""
    if f.kind != "money":
        return False
    words, _ = sentence_words(f, doc)
    last = word_index(words, token_at(doc, f.end - 1))
    verb = next((w for w in words[last + 1 :] if w.predicate), None)
    r = tense_rules()
    if verb is None or not stem_in(verb, r.held):
        return False
    passive_verb = verb.parts[0][0] == "담기" or passive(verb)
    return passive_verb and not any(w.stem.endswith(r.budget) for w in words[:last])


def parts_of_allocation(f: Figure, doc: Doc) -> bool:
    """`증액분 가운데 국비 보조사업 매칭이 812억원, 청년 일자리 사업이 96억원이다`: an amount in a
    sentence opening on the parts of an allocation told before (`증액분`, `감액분` with 가운데/중),
    deciding nothing itself: a part of that budget (extractors/timeline.py takes its year)."""
    if f.kind != "money":
        return False
    words, first = sentence_words(f, doc)
    whole = opened_part_of(words, first)
    return (
        whole is not None
        and whole.stem.startswith(tense_rules().allocated_parts)
        and undecided(f, doc)
    )


def undecided(f: Figure, doc: Doc) -> bool:
    """Does the figure's sentence leave plan-or-result open (no deciding verb after it)?"""
    i = token_at(doc, max(f.start, f.end - 1))
    sent = sentence_of(doc, i)
    words = words_of(doc, sent)
    return plan_of(words, word_index(words, i)) is None


def whole_of_breakdown(
    f: Figure,
    figures: Sequence[Figure],
    earlier: list[Figure],
    doc: Doc | None,
    published_at: datetime | None,
) -> Figure | None:
    """For a figure in a sentence that breaks an amount down (`분야별로는 ▲…`, `세부적으로는 …`)
    and decides nothing itself, the whole it is a part of: of the earlier figures of its kind
    and unit in the section, up to three sentences back, the one its sentence's parts add up to
    (`1만8802개` over `6210개 … 5874개 … 4418개 … 2300개`), else the nearest."""
    if doc is None or len(doc) == 0:
        return None
    decided = not undecided(f, doc)
    n = sentence_index(doc, f.start)
    words = words_of_sentence(doc, n)
    opened = [w for w in words if not w.punct][:2]
    if not opened or not (
        opened[0].text.endswith(tense_rules().breakdown)
        # `주요 내역은 ▲노인일자리 2,050명 74억3천만원 ▲…`, `일자리 유형은 ▲행정도우미 64명
        # ▲…`: the main parts, the parts of a kind
        or (
            len(opened) == 2
            and (opened[0].stem == "주요" or opened[0].bare_noun)
            and opened[1].text.endswith(tense_rules().breakdown)
        )
        # `추경 반영분은 ▲…`: the breakdown opened by a noun of what it is a part of
        or (len(opened) == 2 and opened[1].text.startswith(tense_rules().allocated_parts))
        # `이 가운데 노인일자리가 5,320개, 223억원으로`: a part of what the sentence before told
        or opens_with_part(opened)
        # `부문별 목표는 ▲…`, `분야별 예산은`: what is broken down, by what, as the topic
        or (
            len(opened) == 2
            and opened[0].text.endswith("별")
            and set(opened[1].particle_forms()) & {"은", "는"}
        )
    ):
        return None
    before = [
        g
        for g in earlier
        if g.section == f.section
        and (g.kind, g.unit) == (f.kind, f.unit)
        and n - sentence_index(doc, g.start) > 0
    ]
    same = [
        g
        for g in before
        if n - sentence_index(doc, g.start) <= CARRY_SENTENCES
        and not base_of_share(g, figures, doc)
        and not aside_sentence(doc, sentence_index(doc, g.start), published_at)
    ]
    # the figures of the breakdown's own sentence, whose parts add up to the whole
    own = [g for g in figures if g.section == f.section and sentence_index(doc, g.start) == n]
    parts = sum((g.value for g in own if (g.kind, g.unit) == (f.kind, f.unit)), Decimal(0))
    # the amount the parts add up to, anywhere before; else the nearest within reach
    whole = next((g for g in reversed(before) if g.value == parts), None)
    if whole is None and _counts_jobs(f):
        # `▲직접 일자리 640개 ▲직업훈련을 통한 취업 170명 …` under `일자리 1,180개를 창출했다`:
        # jobs are counted in 개 and 명 alike, and the parts add up across both
        total = sum((g.value for g in own if _counts_jobs(g)), Decimal(0))
        whole = next(
            (
                g
                for g in reversed(earlier)
                if g.section == f.section
                and _counts_jobs(g)
                and n > sentence_index(doc, g.start)
                and g.value == total
            ),
            None,
        )
        parts = total if whole is not None else parts
    goals = [g for g in same if g.is_target and g.year is not None]
    if not goals and _counts_jobs(f):
        # (`▲직업훈련 연계 취업 4,300명` under goals counted in 개: jobs all the same)
        goals = [
            g
            for g in earlier
            if g.section == f.section
            and _counts_jobs(g)
            and g.is_target
            and g.year is not None
            and 0 < n - sentence_index(doc, g.start) <= CARRY_SENTENCES
        ]
    if whole is None and goals and any(w.stem in tense_rules().goal_nouns for w in opened):
        # `부문별 목표는 ▲직접일자리 1만1,500개 …` after this year's goal and last year's: the
        # goal the parts break down is the latest one named, however far back the article set
        # it (`올해 2만6천개 목표 … 지난해에는 목표 2만5천개보다 … 예산은 …. 분야별 목표는 ▲…`)
        jobs = _counts_jobs(f)
        named = [
            g
            for g in earlier
            if g.section == f.section
            and ((g.kind, g.unit) == (f.kind, f.unit) or (jobs and _counts_jobs(g)))
            and sentence_index(doc, g.start) < n
            and g.is_target
            and g.year is not None
        ]
        whole = max(goals + named, key=lambda g: g.year or 0)
    # (`계층별 실적은 ▲…`, `계층별로는 … 3천 개였습니다`: parts of what was done)
    # (a verb of holding tells no deed: `▲… 1,500명 ▲… 등이 담겼다`, what the plan holds)
    results = any(
        w.stem in tense_rules().result_nouns
        or (w.predicate and past_form(w) and not stem_in(w, tense_rules().holding))
        for w in words
    )
    if whole is None and goals and _counts_jobs(f) and not decided and not results:
        # `지난해 … 목표(1만6500개)의 104.5%를 달성한 데 이어 올해는 … 분야별로는 ▲직접 일자리
        # 5,420개 ▲직업훈련 2,380명`: after goals, the parts of jobs are the latest goal's
        jobs = [g for g in earlier if g.section == f.section and _counts_jobs(g)]
        near = [
            g
            for g in jobs
            if 0 < n - sentence_index(doc, g.start) <= CARRY_SENTENCES
            and not base_of_share(g, figures, doc)
        ]
        if near and near[-1].is_target:
            whole = max(goals, key=lambda g: g.year or 0)
    if whole is None:
        whole = _of_the_year_told(f, n, earlier, figures, doc, published_at)
    if whole is None:
        whole = same[-1] if same else None
    if whole is None:
        return None
    # a sentence that decides its plan keeps it, but a total over several years still has
    # its parts over those years (`4년간 12만개 … 부문별 목표는 ▲… 4만5000개`), and parts
    # that add up to the whole are of its year (`올해 … 1만3000개를 만들고 …. 지난해에는 ….
    # 분야별로는 공공일자리 3,850개, … 창업 1,730개를 목표로 잡았다`; timeline.py's
    # `_time_changes` leaves their plan to their own verb)
    if decided and whole.year_source != SPAN and not (whole.value == parts and whole.year):
        return None
    return whole


def _of_the_year_told(
    f: Figure,
    n: int,
    earlier: list[Figure],
    figures: Sequence[Figure],
    doc: Doc,
    published_at: datetime | None,
) -> Figure | None:
    """`올해 … 1만4,200개를 만들겠다. 지난해 … 1만3,615개를 만들어 …. 올해 일자리 예산은 ….
    분야별로는 ▲직접 일자리 5,100개 ▲직업능력개발 2,650명`: a breakdown breaks down the figure of
    the year the article speaks of when it comes, not a nearer one of another year (jobs are
    counted in 개 and 명 alike)."""
    year = year_before_sentence(doc, n, published_at)
    if year is None:
        return None
    jobs = _counts_jobs(f)
    pool = [
        g
        for g in earlier
        if g.section == f.section
        and sentence_index(doc, g.start) < n
        and ((g.kind, g.unit) == (f.kind, f.unit) or (jobs and _counts_jobs(g)))
        and not base_of_share(g, figures, doc)
    ]
    if not pool or pool[-1].year == year:
        return None
    return next((g for g in reversed(pool) if g.year == year), None)


def _counts_jobs(g: Figure) -> bool:
    """A count in a counter of jobs (`일자리 640개`, `취업 170명`)."""
    return g.kind == "count" and g.unit in tense_rules().job_counters


def _list_intro(f: Figure, doc: Doc) -> tuple[int, str] | None:
    """For an item of a list (`▲청년 일자리 2,800개`) that decides nothing itself: where the
    line that introduces the list starts, and the line."""
    text = doc_text(doc)
    start, line = line_at(text, f.start)
    if not line.lstrip()[:1] or line.lstrip()[0] not in ITEM_MARKS or not undecided(f, doc):
        return None
    while start > 0:
        start, line = line_at(text, start - 1)
        if line.strip() and (line.lstrip()[0] not in ITEM_MARKS or _heading(line)):
            return start, line
    return None


def _heading(line: str, marks: frozenset[str] | None = None) -> bool:
    """A line that heads a section (`■ 주요 사업`, `◇ 주요 편성 내역`, `<세출 주요 내용>`): a mark
    of sections (or one of `marks`) or brackets, no figure and no sentence of its own; the list
    under it is what it names."""
    stripped = line.strip()
    bracketed = _BRACKETED.fullmatch(stripped) is not None
    # (a year is no figure: `□ 2024년 목표` heads this year's goals)
    return (
        (stripped[:1] in (marks or _SECTION_MARKS) or bracketed)
        and not any(c.isdigit() for c in _YEAR_IN_HEADING.sub("", stripped))
        and not stripped.endswith(("다", "다."))
    )


def _heading_words(line: str) -> list[str]:
    """The words of a heading, its marks and brackets left out."""
    return _HEADING_MARKS.sub(" ", line).split()


# marks that head a section as well as an item (`▲`, `○` and `-` mark items only)
_SECTION_MARKS = frozenset("■□◆◇")
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# `□ 2024년 목표`, `〈2018 주요 성과〉`: a year in a heading, 년 written or not
_YEAR_IN_HEADING = re.compile(r"((?:19|20)\d{2})(?:년도?)?(?!\d)")
_BRACKETED = re.compile(r"[<〈《\[【][^<>〈〉《》\[\]【】]+[>〉》\]】]")
_HEADING_MARKS = re.compile("[" + re.escape("".join(sorted(ITEM_MARKS)) + "<>〈〉《》[]【】") + "]")


def listed_under_goal(f: Figure, doc: Doc) -> bool:
    """An item of a list that decides nothing itself, under a line that introduces goals
    (`분야별 목표는 다음과 같다.`) or, looking ahead, the parts of an amount (`증액분은 다음 사업에
    쓰인다.`): a goal or plan too."""
    intro = _list_intro(f, doc)
    if intro is None:
        return _under_goal_heading(f, doc)
    start, line = intro
    r = tense_rules()
    goal = any(noun in line for noun in r.goal_nouns | r.plan_nouns)
    # `증액분은 다음 사업에 쓰인다.`: the parts of an amount told before, still to come;
    # `증액분 주요 내역은 다음과 같다.`: the parts of an allocation, planned as it is
    head = line.lstrip("".join(ITEM_MARKS) + " ").split()[:3]
    if any(w.startswith(r.allocated_parts) or w in r.allocations_named for w in head):
        return True  # (`분야별 증액 규모는 다음과 같다.`, `◇ 주요 편성 내역`: allocations)
    opener = line.lstrip().startswith(r.breakdown)
    if (goal or opener) and line.rstrip().endswith(("다.", "다")):
        # `군은 목표 달성을 위해 다음 분야에 예산을 나눠 투입한다.`: a sentence only of
        # what is to come introduces goals, whatever it says of achieving them
        end = len(line.rstrip()) - 1
        words = words_of(doc, sentence_of(doc, token_at(doc, start + end)))
        if speaks_ahead(words):
            return True
    return goal and not _names_results(line)


def listed_under_results(f: Figure, doc: Doc) -> tuple[bool, int | None]:
    """An item of a list that decides nothing itself, under a heading of results (`〈2018 주요
    성과〉`, `◇ 상반기 실적`): a result too, of the year the heading names (None when it names
    none)."""
    intro = _list_intro(f, doc)
    if intro is None:
        return False, None
    _, line = intro
    r = tense_rules()
    if not _heading(line) or any(noun in line for noun in r.goal_nouns | r.plan_nouns):
        return False, None
    if not any(label in line for label in r.result_labels):
        return False, None
    year = _YEAR_IN_HEADING.search(line)
    return True, int(year.group(1)) if year else None


def _under_goal_heading(f: Figure, doc: Doc) -> bool:
    """The figure's line, which decides nothing for it, comes right under a heading of goals
    (`○분야별 목표` / `기업 유치·지원 2만4,500개, 사회적경제 3,800개, …다.`): a goal too."""
    text = doc_text(doc)
    start, line = line_at(text, f.start)
    if start == 0 or line.lstrip()[:1] in ITEM_MARKS:
        return False  # (a marked item: `_list_intro` reads it)
    _, above = line_at(text, start - 1)
    heading = above.strip()
    if not _heading(heading, ITEM_MARKS):
        return False
    # (a heading that is a noun of goals, not a sentence cut short: `◇일자리 목표는 넘었지만…`)
    r = tense_rules()
    words = _heading_words(heading)
    goal = bool(words) and words[-1].endswith(tuple(r.goal_nouns | r.plan_nouns))
    return goal and not _names_results(heading) and undecided(f, doc)


# marks of items inside a sentence (not `-`, which also signs a number)


def listed_under_programs(f: Figure, doc: Doc) -> bool:
    """An item that decides nothing itself in a list of programs (`주요 사업은 다음과 같다.` /
    `○청년 정착 지원금: 월 30만원, 500명`, or inside its sentence: `올해 주요 사업은 ▲청년인턴
    300명 ▲… 등이다.`, `▲어르신 일자리 1,920명 ▲… 등이 주요 사업이다.`): what each program is
    to give or reach, planned when its year is not over (the caller's test)."""
    intro = _list_intro(f, doc)
    return (intro is not None and _programs_topic(intro[1])) or _programs_inline(f, doc)


def _programs_topic(line: str) -> bool:
    """A line whose topic is programs (`주요 사업은`) and that names no results."""
    # (only the line's last sentence hands over: `… 지난해 실적 1,758개보다 높였다. 주요 청년
    # 사업은 다음과 같다.`)
    line = _LAST_SENTENCE.split(line.strip())[-1]
    # the last topic: the line's last sentence hands over to the list (a heading names it)
    topics = re.findall(r"(\S+)\s+(\S+)(?:은|는)\s", line)
    before: list[str] = []
    topic: str | None = None
    if topics:
        before, topic = [topics[-1][0]], topics[-1][1]
    elif _heading(line) and _heading_words(line):
        *before, topic = _heading_words(line)
    r = tense_rules()
    return (
        topic is not None
        # (`주요 추진 과제는 다음과 같다.`: an agenda's items too; `주요 세출 내역은 ▲…`,
        # `<세출 주요 내용>`: a budget's items)
        and (
            topic.endswith((*r.program_heads, *r.agenda))
            or (topic in r.items_of and any(w.endswith(r.itemized) for w in before))
        )
        and not _names_results(line)
    )


def _programs_inline(f: Figure, doc: Doc) -> bool:
    """The figure is an item marked inside its sentence, which decides nothing for it and whose
    topic, or the copula's noun it ends on, is programs."""
    words, first = sentence_words(f, doc)
    # (the marks first: most sentences have none, and `undecided` reads the whole sentence)
    if not item_marked(words, first):
        return False
    if not undecided(f, doc):
        return False
    before = " ".join(w.text for w in words[:first])
    last = next((w for w in reversed(words) if w.predicate), None)
    named_after = (
        last is not None
        and ("이", "VCP") in last.base_parts
        and last.parts[0][0].endswith(tense_rules().program_heads)
    )
    if named_after:
        return not _names_results(before)
    return _programs_topic(before)


def budget_items_inline(f: Figure, doc: Doc) -> bool:
    """An amount marked as an item inside a sentence that decides nothing for it (`주요 세출은
    ▲… 126억원 ▲… 등이다`, `이 밖에 ○… 24억원 ○… 등이 담겼다`) and names no results: an
    item of the budget the article goes on about, if one was planned before (the caller's
    `budget_thread`)."""
    if f.kind != "money":
        return False
    words, first = sentence_words(f, doc)
    if not item_marked(words, first):
        return False
    return undecided(f, doc) and not _names_results(" ".join(w.text for w in words))


def _names_results(text: str) -> bool:
    """The text names results (`실적`, `결산`, …): a list under it is no plan's."""
    return any(word in text for word in RESULT_LABELS)


def answers_plan(f: Figure, doc: Doc) -> bool:
    """The figure's sentence answers a question about a plan right before it (`Q. 올해 일자리
    목표는?` / `A. 2만9000개다.`) and its own words decide nothing."""
    question = question_before(f, doc)
    return question is not None and undecided(f, doc) and asks_plan(words_of(doc, question))
