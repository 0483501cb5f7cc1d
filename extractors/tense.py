"""Plan or result, and which year, for one figure in its sentence.

Plan or result comes from the verb the figure belongs to: the first predicate after it in the
sentence (Korean puts the verb last), followed through connective endings (`만들어 … 채웠다`) to
the one that decides:

- a plan: future or intent — `만들겠다` (겠), `만들 계획이다`/`늘릴 예정` (ㄹ + noun),
  `하기로 했다`, `만들고자`, the present of an announcement (`들인다`, `만든다`), a goal or plan
  noun taking 로 or the copula (`달성을 목표로`, `계획이다`), or an allocating verb whatever its
  tense (`편성했다`, `책정했다`);
- a result: the past — `만들었다`, `달성했다`, `집계됐다`, `기록했다`;
- a result also when a clause closes in the past before any plan (`65%였고 올해는 …`);
- a plan when the text calls the figure the goal itself (`목표한 170명을 넘겨`, `2만개 목표
  넘어 2만1천개`: only 2만개; `목표 3만개의 103.7%`, `목표(2만8000개)의`, `목표인 1만4589개`,
  `목표 고용률은 67.5%다`), whatever the tense of the sentence: a goal that was met is still
  the goal. Not a goal noun that the rate is measured against (`목표 대비 103%`, `목표의 104%`,
  `목표 128% 달성`);
- a goal noun that modifies another figure (`… 만들어 목표인 1만4589개를 넘어섰다`) does not
  decide the verb of the figure before it;
- undecided (None) when the sentence has no such verb (a headline `일자리 2만개 창출`).

The year is the nearest year word before the figure in its clause (`2019년 18개로`), else the
first after it in the clause, else the nearest in the rest of the sentence. Explicit years
(`2021년`, `2026년도`, `’25년`) and relative ones resolved from the publication date (올해, 지난해,
내년 …) count; a year followed by 대비/보다 is a base of comparison and never the figure's year,
nor are years before it in the clause (`지난해 대비 20% 늘어`). `같은 해` / `그해` is the year
named before it in the sentence, else SAME_YEAR: the year an earlier sentence names
(extractors/timeline.py); `이듬해` / `다음 해` is the year after it (NEXT_YEAR). Words live in
`tense_rules.toml`.

The rules live in modules named for what they read, and this one combines them (`when_of`) and is
what other modules import from: extractors/tense_words.py (the words of `tense_rules.toml`),
tense_compare.py (bases of comparison, asides and parentheses), tense_plan.py (the verb that
decides), tense_goal.py (goal and result nouns), tense_budget.py (budgets), tense_year.py (the
year in the clause or sentence, months and quarters) and tense_span.py (spans of years, terms).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from spacy.tokens import Doc, Span

from extractors.tense_award import award_told, own_year_outside_quotes
from extractors.tense_budget import (
    budget_aside,
    budget_changed_in,
    budget_clause_before,
    budget_compared,
    budget_grown_by,
    budget_is_plan,
    budget_secured,
    budget_share,
    budget_topic,
    continues_budget,
    funds_won_then,
    national_funds_won,
    program_budget,
    spent,
    won_in_call,
)
from extractors.tense_compare import (
    base_figure,
    comparison_base,
    from_value,
    opens_period,
    tags_figure,
)
from extractors.tense_goal import (
    changed_goal_year,
    expected_after,
    goal_adnominal,
    goal_clause,
    goal_noun_before,
    line_label,
    named_target,
    part_of_result,
    program_term_topic,
    result_noun_before,
    spent_budget_topic,
    spent_topic,
)
from extractors.tense_plan import (
    ahead_form,
    allocated_before,
    asks_plan,
    done_before,
    done_subject,
    drafting_budget,
    made_then,
    plan_of,
    projects_allocated,
    settled_amount,
    speaks_ahead,
)
from extractors.tense_span import SPAN, counted_up, series_year, spans_years, term_end_year
from extractors.tense_tally import PART, WHOLE, pledge_tally
from extractors.tense_words import (
    NEXT_YEAR,
    SAME_YEAR,
    SEGMENT_ENDS,
    TOPIC_PARTICLES,
    rules,
    segment_bounds,
)
from extractors.tense_year import (
    after_earlier_year,
    ahead,
    as_of,
    aside_of_figure,
    figure_year,
    last_month,
    month_year,
    names_year_before,
    past,
    starts_streak,
    told_before,
    year_in_parenthesis,
    year_of,
    year_words,
)
from extractors.words import RO, Word, word_index, words_of

# what other modules import from here (the rest lives in the modules named above)
__all__ = [
    "NEXT_YEAR",
    "SAME_YEAR",
    "SPAN",
    "When",
    "after_earlier_year",
    "ahead",
    "asks_plan",
    "comparison_base",
    "continues_budget",
    "month_year",
    "names_year_before",
    "opens_period",
    "plan_of",
    "result_noun_before",
    "rules",
    "speaks_ahead",
    "spent_topic",
    "starts_streak",
    "tags_figure",
    "told_before",
    "when_of",
    "year_words",
]


@dataclass(frozen=True)
class When:
    """A figure's time as its sentence tells it."""

    plan: bool | None  # True: a goal or plan; False: a result; None: the sentence does not say
    year: int | None
    source: str | None  # "clause" or "sentence" when year is set


_SETTLED_WORDS = 3  # `지난해 결산 순세계잉여금 615억원`: a year heading the settled amount's noun


def when_of(
    doc: Doc,
    start: int,
    end: int,
    sent: Span,
    published_at: datetime | None = None,
    money: bool = False,
) -> When:
    """Plan-or-result and year of the figure at tokens [start, end) of a sentence."""
    words = words_of(doc, sent)
    first, last = word_index(words, start), word_index(words, end - 1)
    year, source = figure_year(words, first, last, published_at)
    term_end = term_end_year(words, first, published_at) if year is None else None
    if term_end is not None:
        year, source = term_end, "clause"  # `임기 말 고용률을 65%까지`: the term's last year
    spanned = year
    tally = pledge_tally(words, first, last)
    series = series_year(words, first, last, published_at)
    if series is not None:
        year, source = series, "clause"  # `(2023~2025년) 예산은 1,598→1,675→1,742억원으로`
    elif (
        tally != PART
        and spans_years(words, first, last)
        and year_in_parenthesis(words, last, None) is None
    ):
        # `4년간(2023~2026년) 일자리 11만7000개`, `지난 3년 동안 9만개`: a total of several
        # years, none of them its year (extractors/timeline.py leaves it without one)
        year, source = None, SPAN
    goal_year = changed_goal_year(words, first, last, published_at)
    if goal_year is not None:
        year, source = goal_year, "clause"  # `올해 … 목표를 지난해 말 수립한 1,500만명에서`
    if year in (SAME_YEAR, NEXT_YEAR):
        year, source = None, None  # from the article's earlier year (extractors/timeline.py)
    # `10월 말 현재 2만5천여 개를 창출해 … 무난할 것`, `목표는 1만6천500개로, 5월 말 기준
    # 7천920개를 달성해`: counted so far, whatever goal the sentence names before
    # (`11월 말 기준 3만2870개로 목표 3만3000개에 근접했다`: the goal a tally is set against)
    counted = as_of(words, first, last) and not goal_noun_before(words, first)
    plan = False if counted else named_target(words, first, last)
    targeted = plan is True
    if result_noun_before(words, first, last) and (
        plan is None or not goal_noun_before(words, first)
    ):
        # `작년 실적(2만8928개)을 넘어설 것`, `누적 실적은 4만1천개로, 임기 내 8만개를 만들겠다던
        # 공약의`: a result whatever the verb or a goal after it plans
        plan = False
    if plan is None:
        plan = plan_of(words, last, money)
        if plan is None and program_term_topic(words, first):
            # `융자 한도는 업체당 5천만원이다`, `기업당 지원 인원은 최대 3명이다`: what a program
            # gives or takes, told in the present, is its plan
            plan = True
        listed = _next_listed_figure(words, last)
        if listed is not None:
            # `목표를 일자리 7천개, 고용률 55%로 낮춰 잡았다`: a list's items share its verb
            shared = named_target(words, listed, listed)
            if shared is None:
                shared = plan_of(words, listed, money)
            plan = plan if shared is None else shared
        nxt = _next_segment_figure(words, last)
        if (
            plan is None
            and nxt is not None
            and not past(year, published_at)
            # (`올 상반기 일자리 1만1천개…'3년 3만개' 계획 초과 전망` in August: a half gone by)
            and not _period_gone_by(words, first, published_at)
        ):
            # `올해 일자리 1만2천개…고용률 64% 넘긴다`: a headline's segment that is the figure
            # alone is told as the next segment's figure is (not `2만1천개…목표 넘어`, said of it)
            plan = plan_of(words, nxt, money)
        rate = "%" in words[last].text
        if plan and rate and from_value(words[last]) and not ahead(year, published_at):
            # `고용률을 지난해 45%에서 올해 48%로 높인다`, `올해 상반기 70.8%에서 72%까지`: a
            # rate starts from where it stood (a count or budget may start from last year's goal)
            plan = False
        elif (
            plan
            and not money
            and from_value(words[last])
            and past(year, published_at)
            and not any(
                w.stem in rules().goal_nouns or w.stem.endswith(rules().allotted)
                for w in words[:first]
            )
        ):
            # `계절근로자를 작년 680명에서 올해 900명으로 늘립니다`: a count starts from where it
            # stood in a year gone by (`목표를 작년 2만개에서 …`, `지원 정원을 지난해
            # 2,400명에서`: from last year's goal or quota; `신규 일자리를 지난해 2만8000개에서
            # 3만개로 늘린다`: jobs a plan makes are counted against last year's goal)
            plan = False
    if not plan and expected_after(words, last):
        plan = True  # `일자리 830개 기대`, `고용 창출이 기대된다`: what is expected to come
    if (
        plan
        and not money
        and past(year, published_at)
        and base_figure(words, first, last)
        and not goal_noun_before(words, first)
        and not (first > 0 and goal_adnominal(words[first - 1]))
        and not (first > 1 and goal_clause(words[first - 2], words[first - 1]))
    ):
        plan = False  # `목표 60.8%는 지난해 평균 고용률(59.7%)보다 높은`: a level reached
    if plan and not money and past(year, published_at) and _level_stated(words, first, last):
        # `지난해 고용률은 66.1%로 공약에서 제시한 2026년 67%에 아직 미치지 못한다`: a past
        # year's level stated with 로 stands, whatever the rest of the sentence measures it by
        plan = False
    if (
        plan
        and past(year, published_at)
        and aside_of_figure(words, first)
        # (`7천900개(목표 7천500개)를 만들며`: the goal beside a result is still the goal)
        and not goal_noun_before(words, first)
    ):
        plan = False  # `목표는 70%(작년 68.2%)다`: last year's level set beside the goal
    if not plan and budget_is_plan(words, first, last):
        plan = True
    if not plan and not money and budget_grown_by(words, first, last):
        plan = True  # `본예산 대비 16.2% 증가`: a budget's growth over another
    if not plan and not money and budget_share(words, first):
        plan = True  # `일자리 예산 비중은 4.7%로 높아졌다`: a budget's share
    if not plan and money and allocated_before(words, first):
        plan = True  # `지난해 청년일자리 사업에 편성한 48억원 가운데 45억원을 집행했고`
    if not plan and not money and projects_allocated(words, first):
        plan = True  # `삭감된 사업은 … 19건이다`: the projects a budget is cut in
    if not plan and money and drafting_budget(words, first, last):
        plan = True  # `추경안을 편성하면서 순세계잉여금 208억원을 투입했다`
    if not plan and money and program_budget(words, first) and not spent(words, last):
        plan = True  # `▲천안형 공공근로사업(95억원)`: what a program is given
    if not plan and money and budget_topic(words, first, last):
        plan = True
    if not plan and money and budget_compared(words, first, last):
        plan = True
    if (
        not plan
        and money
        and (
            budget_clause_before(words, first, last)
            or budget_aside(words, first)
            or budget_secured(words, first, last)
            or budget_changed_in(words, first, last)
        )
    ):
        plan = True
    if plan and money and past(year, published_at) and funds_won_then(words, first, last):
        plan = False  # `지난해 군정 사상 최대인 국비 1,870억원을 확보했고`: won in a year gone by
    if plan and money and not ahead(year, published_at) and won_in_call(words, first, last):
        plan = False  # `공모사업 27건에 선정돼 국비 318억원을 확보했다`: an achievement
    # (`국비 420억원이 반영된 것이 컸다 … 기업 50곳 이상이 들어설`: a count is of something else)
    counted_kind = not money and "%" not in words[last].text
    won = not targeted and not counted_kind and national_funds_won(words, first)
    if won:
        plan = False  # `내년 정부예산 6조 4,120억원 반영…역대 최대`: won for the budget's year
    if plan and source == SPAN and counted_up(words, first):
        plan = False  # `특별재생사업비는 지난해까지 누적 2,257억원에 이른다`: what was spent
    if (
        plan
        and money
        and (
            result_noun_before(words, first, last)
            or spent_topic(words, first)
            or part_of_result(words, first)
        )
    ) or (
        plan
        and spent_budget_topic(words, first)
        # (`집행한 사업비는 9,640억원으로 당초 계획한 9,000억원을 웃돌았다`: what was planned)
        and not (first > 0 and goal_adnominal(words[first - 1]))
    ):
        # `예산 현액은 426억 원이었지만 실제 지출은 388억 원에 그쳤습니다`: what was spent, in a
        # sentence about a budget
        plan = False
    if not plan and not won and ahead(year if source != SPAN else spanned, published_at):
        plan = True  # `내년 예산안에 1100억원을 반영했다`: a year still ahead is not a result
    if plan and source == "sentence":
        # `지난해 4,380개를 만든 데 이어 하반기에 2,100개를 더 만들어`: a period still ahead in
        # the figure's own clause, nearer than the year another clause named
        period = _period_ahead(words, first, published_at)
        if period is not None:
            year = period
    if (
        plan
        and _counted_to(words, first, published_at)
        and not goal_noun_before(words, first)
        # (`11월 말까지 2,936억원으로 본예산 3,104억원의 94.6%에`: the budget was not counted)
        and not (money and budget_is_plan(words, first, last))
    ):
        # `10월 말까지 일자리 8,760개를 만들어 연간 목표 … 달성이 무난할 것으로`: counted up
        # to a month already over, whatever is then expected
        plan = False
    if plan and past(year, published_at) and made_then(words, last):
        plan = False  # `재작년 2만1300개, 지난해 2만1900개를 만들며 이어온 증가세를 … 지키겠다`
    if plan and source == SPAN and done_before(words, first):
        plan = False  # `4년 동안 만든 일자리 4만3천개의 성과를 이어가겠습니다`
    elif (
        plan
        and done_subject(words, first)
        and _amounts_to(words, last)
        and not projects_allocated(words, first)
    ):
        # `올 상반기 도내에서 만들어진 일자리가 5만8천개 정도 됩니다`: how many were made
        plan = False
    if plan and money and year is not None and _set_in_autumn(words, first, published_at):
        # `지난해 11월 1조7892억원 규모의 예산안을 제출했으나 … 12월 … 42억원을 깎았다`: a
        # budget proposed, cut or passed in a year's last months is the next year's
        year += 1
    if plan is not False and money and settled_amount(words, first, last):
        # `순세계잉여금 615억원 가운데 462억원을`, `… 뺀 순세계잉여금은 820억원이다`: what the
        # accounts came to, a result, whatever part of it a budget then takes, of the year its
        # phrase names (`지난해 순세계잉여금 615억원`), not the budget's it funds
        plan = False
        settled_year = next(
            (
                y
                for k in range(first - 1, max(-1, first - _SETTLED_WORDS - 1), -1)
                if (y := year_of(words, k, published_at)) is not None
            ),
            None,
        )
        if settled_year is not None:
            year, source = settled_year, "clause"
    if plan and past(year, published_at) and _year_across_segment(words, first, published_at):
        # `지난해 1만1,436개 만들어 목표 초과…고용률 63.5% 목표`: a headline's goal after `…` is
        # not the past year of the fact before it (extractors/timeline.py finds its own)
        year, source = None, None
    if award_told(words, published_at) and published_at is not None:
        # `'2025년 … 평가'에서 대상을 받아 인센티브 2억원을 확보했다`: what the award gave, on
        # the day it is given
        plan = False
        # (`구는 당시 신속집행 평가에서 … 3,000만원을 받았다`: then, the time told before)
        then = any(w.stem == "당시" for w in words[:first])
        if not then and not own_year_outside_quotes(words, first, published_at):
            year, source = published_at.year, "published"
    label = line_label(words, first)
    if label is not None and tally is None:
        plan = label  # `○ 올해 목표: 집행률 90% 이상`, `- 올해 성과: 기업 투자유치 …`
    if tally == WHOLE:
        plan, year, source = True, None, SPAN  # `공약 97건 가운데`: the term's pledges
    elif tally == PART:
        plan = False  # `완료 19건`, `이행률은 … 61.4%다`: counted on a day
    return When(plan, year, source)


def _amounts_to(words: list[Word], last: int) -> bool:
    """The figure's clause ends on a copula or 되다 in the present (`5만8천개 정도 됩니다`,
    `1,950명인데`), telling how many, not what is to come (`될 것`, `되겠다`)."""
    for w in words[last : last + 3]:
        if not w.predicate:
            continue
        forms = w.base_parts
        if ahead_form(forms) or any(t == "EP" for _, t in forms):
            return False
        return ("이", "VCP") in forms or forms[0][0] == "되"
    return False


def _year_across_segment(words: list[Word], first: int, published_at: datetime | None) -> bool:
    """The sentence's year words all stand in other segments of a headline than the figure's,
    parted from it by `…` (`…지난해 목표 미달`, `지난해 … 목표 초과…고용률 63.5% 목표`)."""
    start, end = segment_bounds(words, first)
    years = year_words(words, published_at)
    return (
        bool(years) and (start > 0 or end < len(words)) and all(not start <= k < end for k in years)
    )


def _next_segment_figure(words: list[Word], last: int) -> int | None:
    """The figure of the headline segment right after a `…` that ends the figure's own."""
    if last + 1 >= len(words) or words[last + 1].text not in SEGMENT_ENDS:
        return None
    for k in range(last + 2, len(words)):
        if words[k].text in SEGMENT_ENDS or words[k].predicate:
            return None
        if words[k].has_number:
            return k
    return None


def _level_stated(words: list[Word], first: int, last: int) -> bool:
    """A percent with 로 (`66.1%로`) after the topic it is the level of, a few nouns or time words
    between (`고용률은 지난해 하반기 58.8%로`) and no goal or plan noun among them."""
    forms = words[last].particle_forms()
    if "%" not in words[last].text or not forms or not set(forms) <= RO:
        return False
    r = rules()
    for k in range(first - 1, max(-1, first - _LEVEL_WORDS - 1), -1):
        w = words[k]
        if w.predicate or w.stem in r.plan_nouns | r.pledges:
            return False
        if set(w.particle_forms()) & TOPIC_PARTICLES:
            return True
    return False


_LEVEL_WORDS = 4


def _next_listed_figure(words: list[Word], last: int) -> int | None:
    """The next item's figure when the figure, with no particle, is followed by a comma and a
    noun or two before that figure (`일자리 7천개, 고용률 55%로`); not a year's (`지난해 7천개,
    올해 8천개를`: each item has its own time)."""
    if words[last].particle_forms() or last + 1 >= len(words) or words[last + 1].text != ",":
        return None
    for k in range(last + 2, min(len(words), last + 5)):
        if words[k].has_number:
            return k if year_of(words, k, None) is None else None
        if not words[k].bare_noun or words[k].stem in rules().relative:
            return None
    return None


def _period_gone_by(words: list[Word], first: int, published_at: datetime | None) -> bool:
    """A month, half or quarter before the figure in its headline segment has ended by the
    publication date (`올 상반기 일자리 1만1천개…` in August)."""
    if published_at is None:
        return False
    for k in range(first - 1, -1, -1):
        if words[k].text in SEGMENT_ENDS:
            return False
        month = last_month(words[k])
        if month is not None:
            return month < published_at.month
    return False


def _period_ahead(words: list[Word], first: int, published_at: datetime | None) -> int | None:
    """The year of a month, half or quarter still ahead named after every year word before the
    figure."""
    years = [k for k in year_words(words, published_at) if k < first]
    period = month_year(words, first, published_at, plan=True)
    if period is None:
        return None
    at = next((k for k in range(first - 1, -1, -1) if last_month(words[k]) is not None), -1)
    return period if at > max(years, default=-1) else None


_AUTUMN = re.compile(r"(1[0-2])월")


def _set_in_autumn(words: list[Word], first: int, published_at: datetime | None) -> bool:
    """The nearest year word before the figure is followed by October, November or December, and
    the sentence names a budget: the time it was proposed or passed, not the fiscal year."""
    years = [k for k in year_words(words, published_at) if k < first]
    if not years:
        return False
    k = max(years)
    month = words[k + 1] if k + 1 < first else None
    if month is None or _AUTUMN.match(month.text) is None:
        return False
    r = rules()
    return any(w.stem.endswith(r.budget) for w in words)


_MONTH_UNTIL = re.compile(r"(\d{1,2})월(?:까지)?$")


def _counted_to(words: list[Word], first: int, published_at: datetime | None) -> bool:
    """A month of the publication year already over, with 까지 (`10월 말까지`, `9월까지`), a few
    words before the figure: what it counts was done by then."""
    if published_at is None:
        return False
    for k in range(max(0, first - 4), first):
        m = _MONTH_UNTIL.match(words[k].text)
        if m is None:
            continue
        until = "까지" in words[k].particle_forms() or (
            k + 1 < first and words[k + 1].stem == "말" and "까지" in words[k + 1].particle_forms()
        )
        before = words[k - 1] if k > 0 else None
        own_year = before is not None and (
            year_of(words, k - 1, published_at) not in (None, published_at.year)
        )
        return until and not own_year and int(m.group(1)) < published_at.month
    return False
