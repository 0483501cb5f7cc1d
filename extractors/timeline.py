"""What one article's figures learn from the rest of the article: the year, and a subject the
sentence only implies.

The year of a figure whose sentence names none (extractors/tense.py gives clause and sentence)
comes, in order of certainty, from:

0. `sentence`, for a result: a month its sentence names without a year, the month of publication
   or one of the two before (`1월 고용률은 67.9%로` in February), whatever an earlier sentence
   named (extractors/tense.py `month_year`);
1. `article`: the nearest earlier sentence of the same section (or of the lead and subtitle
   before it) naming a year, explicit or relative (`올해 …. 고용률 65% 달성을 목표로`); for a
   headline figure, the same figure (kind, value, unit) dated in the body;
2. `title`: the year the headline names;
3. `published`: the publication year (no time word anywhere);

and `year_source` says which, so users can filter on certainty. A figure the sentence leaves
undecided between plan and result (a headline noun, a copula) is a plan when its year lies after
the publication year.

A count whose sentence names no subject takes the subject of the nearest earlier count with the
same counter (or another counter of dwellings: 호, 가구, 세대) in the same section, at most
three sentences back (`미분양 주택은 5천962가구로 …
전달보다 1천256가구가 줄어`); with none, a count of households is of 가구 or 세대 themselves
(`3만 가구에 난방비를 지원한다`). Likewise a change in percentage points whose sentence names no
rate takes the rate of the nearest earlier percentage that measures a level, not a change
(`고용률은 62.1%였다. … 동구 역시 0.5%p 증가했지만`).

A table cell takes its metric or subject from the labels of its row and column and the table's
title (`고용률 | 전년 대비`, `출생아(명)`, `사업 수`, `<선령별 연안여객선 현황>`:
extractors/cell_meaning.py), and its year and plan-or-result from a head of years and its row's
label.

This module runs the rules in order for each figure; the rules live in timeline_years.py (the
article's years), timeline_plans.py (plan-or-result decided by the article), timeline_tables.py
(a table's cells), timeline_meaning.py (a rate or a subject carried from earlier figures), all on
timeline_sentences.py (where a figure sits among the article's sentences and figures).

Pure: Docs and figures in, figures out (updated copies, in the same order).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from spacy.tokens import Doc

from extractors.cell_meaning import cell_meaning
from extractors.docs import doc_text
from extractors.tense import SPAN, ahead
from extractors.tense_year import past
from extractors.timeline_meaning import metric_from_article, subject_from_article
from extractors.timeline_plans import (
    answers_plan,
    aside_of_planned,
    budget_goes_on,
    budget_items_inline,
    change_of_budgets,
    funds_won,
    funds_won_headline,
    gap_to_planned,
    held_by_budget,
    held_in_funds_won,
    listed_under_goal,
    listed_under_programs,
    listed_under_results,
    met_of_pledge,
    part_of_goal_before,
    parts_of_allocation,
    projects_funded,
    ranked_budgets,
    settled,
    share_of_planned,
    size_of_planned,
    undecided,
    whole_of_breakdown,
)
from extractors.timeline_tables import intro_says, table_time, whole_of_table
from extractors.timeline_years import (
    ahead_of,
    article_year,
    budget_thread,
    done_ahead,
    figure_month_year,
    funds_budget_before,
    headline_years,
    in_that_span,
    into_supplementary,
    items_of_span,
    part_of_deadline,
    said_before,
    series_before,
    share_of_span,
    start_of_change,
    tag_year,
    tally_as_of,
    tally_part,
    this_budget_year,
    year_before_ahead,
    year_before_articles,
    years_ago_in_frame,
)
from schemas.records import Figure


def resolve_article(
    figures: Sequence[Figure],
    docs: Sequence[tuple[str, Doc]],
    published_at: datetime | None,
) -> list[Figure]:
    """Figures with year, year_source, is_target and subject completed from the article."""
    by_section = dict(docs)
    title_years = headline_years(by_section.get("title"), published_at)
    out: list[Figure] = []
    for f in figures:
        doc = by_section.get(f.section)
        tally = _tally_changes(f, out, doc, published_at)
        if tally is not None:
            changes = tally
        else:
            changes = _time_changes(f, figures, out, doc, by_section, title_years, published_at)
            changes |= _plan_changes(f, figures, out, doc, changes, title_years, published_at)
        changes |= _meaning_changes(f, out, doc)
        out.append(replace(f, **changes) if changes else f)
    if funds_won_headline(out, by_section.get("title")):
        out = [
            replace(f, is_target=False) if held_in_funds_won(f, by_section.get(f.section)) else f
            for f in out
        ]
    for n in range(len(out) - 1):
        # (after the loop: the amount is decided by the article only once it is reached)
        if projects_funded(out[n], out[n + 1], by_section.get(out[n].section)):
            g = out[n + 1]
            out[n] = replace(out[n], is_target=True, year=g.year, year_source=g.year_source)
    return _titles_from_body(out, by_section, published_at)


def _time_changes(
    f: Figure,
    figures: Sequence[Figure],
    out: list[Figure],
    doc: Doc | None,
    by_section: dict[str, Doc],
    title_years: tuple[int, ...],
    published_at: datetime | None,
) -> dict[str, object]:
    """The year (and, for a table's cell or a breakdown's part, the plan) the article gives a
    figure whose own sentence named none."""
    changes: dict[str, object] = table_time(f, doc, published_at)
    if met_of_pledge(f, out, doc) or share_of_span(f, out, doc):
        # `임기 목표 8만개 가운데 3만3,760개를 만들어 42.2%의 달성률을 보였다`, `총사업비
        # 186억원(국비 90억원, …)`
        return changes | {"year": None, "year_source": SPAN}
    whole = (
        whole_of_breakdown(f, figures, out, doc, published_at)
        or whole_of_table(f, figures, out, doc)
        if f.year is None and f.year_source != SPAN and "year" not in changes
        else None
    )
    if whole is not None:
        # `분야별로는 ▲직접일자리 1480억원 …`: the parts of the amount before take its time
        source = SPAN if whole.year_source == SPAN else "article"
        changes |= {"year": whole.year, "year_source": source}
        if (
            whole.is_target
            and not f.is_target
            and "is_target" not in changes
            and (whole.year_source == SPAN or doc is None or undecided(f, doc))
        ):
            changes["is_target"] = True
    if f.year is None and "year" not in changes and f.year_source != SPAN:
        # `같은 기간 충북도는 6만1천개, 6만4,500개, 6만8천개를`: one side of a series told
        # without years, of the years named before (not the span a total before was over)
        series = series_before(f, doc, published_at)
        if series is not None:
            changes |= {"year": series, "year_source": "article"}
    if (
        f.year is None
        and "year" not in changes
        and f.year_source != SPAN
        and (in_that_span(f, out, doc, published_at) or items_of_span(f, out, doc))
    ) or (f.year_source == "sentence" and in_that_span(f, out, doc, published_at, same=False)):
        # (`2019년부터 지난해까지 … 412억원을 지원했고, 이 기간 … 청년은 3,184명이다`: the
        # span's end year the sentence named is not the clause's; `같은 기간 … 1.2%포인트
        # 오르는 데` is the change the span ends in)
        changes |= {"year": None, "year_source": SPAN}
    if f.year is None and "year" not in changes and f.year_source != SPAN:
        ahead_only = False
        year, source = figure_month_year(f, doc, published_at), "sentence"
        if year is None:
            year, source = said_before(f, out), "article"
        if year is None:
            year, source = part_of_deadline(f, figures, out, doc, published_at), "article"
        if year is None:
            year, source = article_year(f, doc, by_section, published_at)
            if source == SPAN:
                return changes | {"year": None, "year_source": SPAN}
            thread = budget_thread(f, out, year, published_at, doc)
            if thread is None:
                thread = this_budget_year(f, out, doc)
            if thread is not None:
                year = thread
            ahead_only = f.is_target and ahead_of(year, f, doc, published_at)
            if ahead_only:
                # `지난해 3만766개를 만들었다. 시는 3만1000개를 만들겠다`: a plan spoken
                # only of what is to come is not about a year already past
                year, source = None, None
            elif published_at is not None and done_ahead(f, year, doc, published_at):
                # `추경 35억원을 쓴 데 이어 내년에는 …` under a headline of next year's budget:
                # what was done is not of a year still to come
                year, source = published_at.year, "published"
        if year is None:
            year, source = _fallback_year(f, doc, title_years, published_at)
            if ahead_only and past(year, published_at) and published_at is not None:
                # `충남도, 지난해 순세계잉여금 1,862억원…` over `추경 규모는 3,000억원 안팎으로
                # 검토되고`: nor of the past year a headline reports
                year, source = published_at.year, "published"
        changes |= {"year": year, "year_source": source}
    if "year" not in changes and doc is not None:
        title_year = title_years[0] if title_years else None
        before = year_before_ahead(f, doc, by_section, title_year, published_at)
        if before is not None:
            changes |= {"year": before}
    if doc is not None and f.year_source == "clause" and "year" not in changes:
        frame = years_ago_in_frame(f, doc, published_at)
        if frame is None:
            frame = year_before_articles(f, doc, published_at)
        if frame is not None:
            changes |= {"year": frame}
    if doc is not None and f.is_target and f.kind == "money" and "year" not in changes:
        funded = funds_budget_before(f, doc, published_at)
        if funded is not None:
            changes |= {"year": funded, "year_source": "article"}
    year = changes.get("year", f.year)
    if (
        doc is not None
        and published_at is not None
        and f.is_target
        and isinstance(year, int)
        and year < published_at.year
        and changes.get("year_source", f.year_source) in ("article", "title")
        and into_supplementary(f, doc, published_at)
    ):
        # `시는 순세계잉여금 가운데 820억원을 제2회 추경 재원으로 반영해` in a settlement of last
        # year: a supplementary budget amends the budget of the year it is drawn up in
        return changes | {"year": published_at.year, "year_source": "published"}
    if (
        doc is not None
        and isinstance(year, int)
        and changes.get("year_source", f.year_source) in ("article", "published")
    ):
        start = start_of_change(f, doc, year, published_at)
        if start is not None:
            changes |= {"year": start, "year_source": "article"}
    return changes


def _tally_changes(
    f: Figure, out: list[Figure], doc: Doc | None, published_at: datetime | None
) -> dict[str, object] | None:
    """A count of pledges done or under way, or the rate kept (extractors/tense_tally.py), is
    a result counted over the term so far: no year, unless its clause names the one year the
    pledges were done in (`지난해에만 공약 12건을 완료했다`), not a day it runs up to
    (`지난해 말까지`, `2월 말 현재`)."""
    if doc is None or not tally_part(f, out, doc):
        return None
    changes: dict[str, object] = {"is_target": False}
    if f.year is not None and f.year_source == "clause" and not tally_as_of(f, doc):
        return changes  # `지난해에만 공약 12건을 완료했다`: done in that year
    return changes | {"year": None, "year_source": SPAN}


def _fallback_year(
    f: Figure, doc: Doc | None, title_years: tuple[int, ...], published_at: datetime | None
) -> tuple[int | None, str | None]:
    """With no year in the article before it: the headline's, else the publication's. A body
    goes on in the year its headline opens with; a sub-headline right under it in the last one
    it read (`작년 일자리 1만7,240개…올해 1만7천개 목표` over `- 청년 일자리 예산 410억원으로
    확대 -`)."""
    if title_years and f.section != "title":
        under = f.section in _HEADLINES or (f.section == "body" and f.start < _subheadline_end(doc))
        return title_years[-1 if under else 0], "title"
    if f.section == "title" and doc is not None:
        tag = tag_year(doc)
        if tag is not None:
            return tag, "title"  # `[결산 2023] … 2만8천개 넘었다`
    if published_at is not None:
        return published_at.year, "published"
    return None, None


def _plan_changes(
    f: Figure,
    figures: Sequence[Figure],
    out: list[Figure],
    doc: Doc | None,
    changes: dict[str, object],
    title_years: tuple[int, ...],
    published_at: datetime | None,
) -> dict[str, object]:
    """Plan-or-result the article decides for a figure its sentence left a result or open, and
    the year that goes with it."""
    if doc is not None and "is_target" not in changes:
        results, heading_year = listed_under_results(f, doc)
        if results:
            # `〈2018 주요 성과〉` / `- 투자유치 3조 1,200억원(68개 기업)`: results of that year
            return {"is_target": False} | (
                {"year": heading_year, "year_source": "article"} if heading_year else {}
            )
    if f.is_target or "is_target" in changes or doc is None or settled(f, doc):
        return {}
    if funds_won(f, doc):
        return {}
    year = changes.get("year", f.year)
    if f.kind == "money" and budget_goes_on(f, doc, out):
        plan: dict[str, object] = {"is_target": True}
        if changes.get("year_source") == "article":
            # `…23억 원을 추가로 투입한다. ▲… 9억 원 ▲…`: the budget goes on in its year
            thread = budget_thread(replace(f, is_target=True), out, year, published_at, doc)
            if thread is not None:
                plan["year"] = thread
        return plan
    if (held_by_budget(f, doc) or parts_of_allocation(f, doc)) and isinstance(year, int):
        # `주요 사업으로는 … 42억원, … 18억원 등이 담겼다`: the budget told before holds them
        thread = budget_thread(replace(f, is_target=True), out, year, published_at, doc, same=True)
        if thread is not None:
            return {"is_target": True, "year": thread}
    if ranked_budgets(f, doc, out):
        return {"is_target": True}  # `김해시는 1조6,420억원으로 뒤를 이었고, 진주시 …`
    grown = change_of_budgets(f, figures, out, year, doc)
    if grown is not None:
        return {"is_target": True, "year": grown}
    if part_of_goal_before(f, out, doc):
        return {"is_target": True}  # `목표는 일자리 9,500개로, 이 중 청년 일자리는 3,200개다`
    if size_of_planned(f, out, doc):
        return {"is_target": True}  # `이는 지난해 참여자 2,540명보다 320명(12.6%) 늘어난 규모다`
    if gap_to_planned(f, figures, out, doc):
        return {"is_target": True}  # `지난해 실적(61.4%)보다 0.4%p 높은 61.8%로 설정했다`
    paid_by = aside_of_planned(f, out, doc) or share_of_planned(f, out, doc)
    if paid_by is not None:
        # `▲노인 일자리 확대 92억원(2,300명)`: of the amount's time too
        return {"is_target": True, "year": paid_by.year, "year_source": paid_by.year_source}
    if f.kind == "money" and intro_says(f, doc):
        return {"is_target": True}  # `2022년 712` under `연도별 일자리 예산은 다음과 같습니다.`
    listed = listed_under_goal(f, doc)
    programs = isinstance(year, int) and listed_under_programs(f, doc)
    if isinstance(year, int) and (
        budget_items_inline(f, doc) or (programs and f.kind == "money" and past(year, published_at))
    ):
        # `주요 세출은 ▲… 126억원 ▲… 등이다` after a planned budget, `주요 세출 내역은 ▲… 86억원 …`
        # after `지난해 재정자립도가 11.2%에 그친 만큼`: a budget's items go on in its year
        planned = replace(f, is_target=True)
        thread = budget_thread(planned, out, year, published_at, doc, same=True)
        if thread is not None and not past(thread, published_at):
            return {"is_target": True, "year": thread}
    if not (
        answers_plan(f, doc)
        or listed
        # a year carried from elsewhere is less sure than a verb: only an open sentence
        or (isinstance(year, int) and ahead(year, published_at) and undecided(f, doc))
        or (programs and not past(year, published_at))
    ):
        return {}
    if (
        listed
        and changes.get("year_source") == "article"
        and published_at is not None
        and isinstance(year, int)
        and year < published_at.year
    ):
        # the goals a line of what is to come introduces are not of a year already past
        fallback, source = _fallback_year(f, doc, title_years, published_at)
        return {"is_target": True, "year": fallback, "year_source": source}
    return {"is_target": True}


def _meaning_changes(f: Figure, out: list[Figure], doc: Doc | None) -> dict[str, object]:
    """Subject and metric the article gives a figure whose sentence left them open: a table
    cell's labels, a whole counted before, a rate carried on."""
    changes: dict[str, object] = {}
    cell = cell_meaning(doc, f.start, f.kind, f.unit)
    if cell is not None:
        # a table's cell means what its row and column say, never what prose before counted;
        # a counter naming itself (`312가구` → 가구) says less than the label
        weak = {"subject"} if f.subject == f.unit else set()
        changes |= {
            k: v for k, v in cell.items() if v is not None and (getattr(f, k) is None or k in weak)
        }
    elif f.kind == "count":
        subject = subject_from_article(f, out, doc)
        if subject:
            changes["subject"] = subject
    if f.kind == "percent" and "metric" not in changes:
        metric = metric_from_article(f, out, doc)
        if metric:
            changes["metric"] = metric
    return changes


def _titles_from_body(
    figures: list[Figure], by_section: dict[str, Doc], published_at: datetime | None
) -> list[Figure]:
    """A headline figure is a figure the body reports in full. When its own words name no year
    (`천안시 고용률 68.6% 기록`) it takes the body's year (`지난해 고용률은 68.6%로`); when they
    decide no plan or result (`1조 199억 투입`, `3만개 도전`: a noun ends the headline) it takes
    the body's flag (`1조 199억 8200만 원을 투입한다`), unless its year lies ahead. A sub-headline
    the body opens with is a headline too."""
    heads = _subheadline_end(by_section.get("body"))

    def headline(f: Figure) -> bool:
        return f.section in _HEADLINES or (f.section == "body" and f.start < heads)

    told = [g for g in figures if not headline(g)]
    dated = [g for g in told if g.year_source in ("clause", "sentence", "article", SPAN)]
    out: list[Figure] = []
    for f in figures:
        if headline(f):
            body = _body_figure(f, dated)
            # a sub-headline is a headline of its own: the year of the one above it (`- 2024년
            # 하반기 지역별고용조사 -` over `- 일자리 예산 512억 원 투입 -`) is not its figure's,
            # the body's telling of the figure is (a total over a term has none)
            carried = f.year_source == "article" and f.section != "title"
            told_here = body is not None and body.year_source in ("clause", "sentence", SPAN)
            # (a sub-headline's year guessed from the headline's, `작년 …1만7,240개…올해
            # 1만7천개 목표` over `- 투자유치 3조2천억원 -`, is less sure than the body's telling)
            guessed = f.year_source == "published" or (
                f.year_source == "title" and f.section != "title"
            )
            if body is not None and (guessed or (carried and told_here)):
                source = SPAN if body.year_source == SPAN else "article"
                f = replace(f, year=body.year, year_source=source)
            body = body or _body_figure(f, told)
            doc = by_section.get(f.section)
            if (
                body is not None
                and body.is_target != f.is_target
                and not ahead(f.year, published_at)
                and doc is not None
                and undecided(f, doc)
            ):
                f = replace(f, is_target=body.is_target)
        out.append(f)
    return out


# A sub-headline the cleaner set apart is a headline too: the first (`subtitle`) and the ones
# after it (`lead`: `- 일자리 예산 341억 원…내년 일자리 3,000개 목표 -` as a second dash line).
_HEADLINES = ("title", "subtitle", "lead")
_SUBHEADLINE_LINES = 3  # a body opens with at most this many lines of sub-headlines
_SUBHEADLINE_CHARS = 60  # each as short as a headline


def _subheadline_end(doc: Doc | None) -> int:
    """Where the sub-headlines a body opens with end (`107개 사업에 1조 199억 투입…고용률 69%
    목표` over the story): the first lines, up to the first that is a sentence or a contact or
    byline; 0 when the body opens with a sentence."""
    if doc is None:
        return 0
    # asked for the headlines and again for each body figure the headline dates: read once
    if "subheadline_end" not in doc.user_data:
        doc.user_data["subheadline_end"] = _first_lines_end(doc_text(doc))
    return doc.user_data["subheadline_end"]


def _first_lines_end(text: str) -> int:
    end = 0
    for line in text.split("\n", _SUBHEADLINE_LINES)[:_SUBHEADLINE_LINES]:
        bare = line.strip().strip("-– ").strip()
        if (
            not bare
            or len(bare) > _SUBHEADLINE_CHARS
            or bare.endswith(("다.", "다", "."))
            or bare.startswith(("【", "[", "("))
        ):
            break
        end += len(line) + 1
    return end


def _body_figure(head: Figure, body: list[Figure]) -> Figure | None:
    """The first of these body figures with the headline's value, else, for money, the first the
    headline rounds down (`1조 199억` for `1조 199억 8200만 원`: headlines drop the lower units).
    A headline's `1만7천여개` (17,000-odd) is the body's `1만7,238개` it rounds down, before an
    exact `목표 1만7,000개`."""
    if head.approx and head.value:
        step = _trailing_unit(head.value)
        for b in body:
            same = (b.kind, b.unit) == (head.kind, head.unit)
            if same and head.value < b.value < head.value + step:
                return b
    for b in body:
        if (b.kind, b.value, b.unit) == (head.kind, head.value, head.unit):
            return b
    if head.kind != "money" or not head.value:
        return None
    step = _trailing_unit(head.value)
    for b in body:
        if b.kind == "money" and b.unit == head.unit and b.value - b.value % step == head.value:
            return b
    return None


def _trailing_unit(value: Decimal) -> Decimal:
    # 1019900000000 → 10⁸: the smallest unit the headline wrote.
    step = Decimal(1)
    while value % (step * 10) == 0:
        step *= 10
    return step
