"""A table's cells, as the timeline reads them: the year and the plan-or-result a cell takes from
its column's head, its row's label, the table's title or the sentence that hands over to the table,
and the amount before a table that its column breaks down.

Apart from extractors/timeline.py because these rules read a table's labels, not the article's
sentences, and need nothing else of the timeline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from spacy.tokens import Doc

from extractors.cell_meaning import RESULT_LABELS, table_title
from extractors.docs import doc_text, sentence_of, token_at
from extractors.table_figures import CHANGE_HEADS, RATE_HEADS, unit_table, unit_table_cell
from extractors.tables import (
    cell_labels,
    cells,
    column_year,
    label_name,
    label_year,
    line_at,
    row_label,
    table_start,
)
from extractors.tense import rules as tense_rules
from extractors.tense_plan import stem_in
from extractors.words import words_of
from schemas.records import Figure

_ROUNDING = Decimal("0.001")  # how far a table's rounded total may be from the amount it splits


def table_time(
    f: Figure, doc: Doc | None, published_at: datetime | None = None
) -> dict[str, object]:
    """A cell of a table whose column heads are years (`구분 | 2023년 | 2024년`) is of its
    column's year, and a goal or a result as its row's label says (`일자리 목표`, `일자리
    실적`, `달성률`); with years as row labels (`2021년 | 4,222 | 67.0`), of its row's year,
    and a goal or a result as its column's head says (`예산(억원)`, `일자리 목표(개)`)."""
    labels = _cell_labels(f, doc)
    if labels is None:
        return {}
    head, line, at = labels
    year = column_year(head, at)
    if year is None and published_at is not None:
        # `분야 | 올해 | 내년 | 증감률`: a column headed by a relative year, counted from the
        # publication
        year = _relative_column_year(head, at, published_at)
    row_text = row_label(line)
    label = row = label_name(row_text)
    heads = cells(head)
    # `2018년 실적 | 2020년 목표`: a column's head may say goal or result after its year
    column = label_name(heads[at]) if 0 <= at < len(heads) else ""
    if year is None and at > 0 and column.strip().endswith(_MEASURES_BEFORE):
        # `2025년 실적 | 달성률`, `2019년 | 2020년 | 증감률`: a column of no year after one of
        # a year measures that year's (its rate met, its change from the year before), the
        # latest when the years run back (`2022년 | 2021년 | 증감 | 증감률`: 2022's change)
        years = [y for i in range(at) if (y := column_year(head, i)) is not None]
        year = max(years) if years else None
    row_note = ""
    if year is None:
        year = label_year(row_text)
        label = column
        if year is not None and "(" in row_text:
            row_note = row_text  # `2021년(목표) | 9,500 | 61.2`
    changes: dict[str, object] = {}
    if year is not None:
        changes = {"year": year, "year_source": "clause"}
        labels_read = [label, column] if label != column else [label]
        if 0 <= at < len(heads) and heads[at].strip() != column:
            # `2024년(계획)`: what the parenthesis after a column's year says of its cells
            labels_read.append(heads[at].strip())
    else:
        # no year in the table: its time comes from the article, and a goal or a result from
        # the column's head or the row's label (`유형 | 목표 | 상반기 실적`); a row of an
        # account (`일반회계`) names whose money it is, not whether it was planned or spent:
        # the title (`… 결산 현황`) says more
        labels_read = [label] if row.endswith(_ACCOUNT) else [label, row]
    # `2016년(실적)` over a row of `사업비`: what a column's head notes of its year comes first
    noted = heads[at].strip() != column if 0 <= at < len(heads) else False
    flag = _plan_said([heads[at]], budget=False) if noted and year is not None else None
    if flag is None and row_note:
        flag = _plan_said([row_note], budget=False)  # what a row's year notes of its cells
    if flag is None:
        flag = _plan_said(labels_read)
    if flag is None and year is not None and row.strip().endswith(_CHANGE_RATES):
        # `본예산 | 5,980 | 6,420` / `증감률 | 5.1% | 7.4%`: a row of rates of change measures
        # the row above it, planned when that row is a budget
        above = _row_above(doc_text(doc), f.start) if doc is not None else ""
        flag = True if above and _names_budget(label_name(row_label(above))) else None
    if flag is None:
        # `◇분야별 일자리 예산 (단위: 억원)`: the table's title may say what all its cells are
        # (a column's `목표` under a title of `실적` still says more of its cells)
        # (a budget in the title says so of its amounts only: `<… 일자리 예산·고용률 추이>`
        # leaves the 고용률 row's cells measured levels)
        # (a budget's rate of change is planned as the budget is: `예산 비교` over `증감률`)
        changes_budget = f.kind == "percent" and column.strip().endswith(_CHANGE_RATES)
        title = _table_title(f, doc)
        # (a budget's share is planned as the budget is: `<사회복지 예산 비중 추이> (단위: %)`)
        shares_budget = f.kind == "percent" and any(w in title for w in tense_rules().shares)
        budget = f.kind == "money" or changes_budget or shares_budget
        flag = _plan_said([title], budget=budget)
    if flag is None and f.kind == "money":
        flag = intro_says(f, doc)
    if flag is not None:
        changes["is_target"] = flag
    return changes


def intro_says(f: Figure, doc: Doc | None) -> bool | None:
    """For a money cell of a table under a `(단위: …)` note: what the sentence that hands over
    to the table says its amounts are (`연도별 일자리 예산은 다음과 같습니다.`, `분야별 편성
    현황은 다음과 같다.`: allocated; `집행 실적은 …`: spent), else None."""
    if doc is None:
        return None
    # asked of a money cell by its table's time and again by the article's plans: read once
    key = ("intro_says", f.start)
    if key not in doc.user_data:
        doc.user_data[key] = _intro_says(f, doc)
    return doc.user_data[key]


def _intro_says(f: Figure, doc: Doc) -> bool | None:
    text = doc_text(doc)
    table = unit_table(text, f.start)
    if table is None:
        return None
    label = row_label(line_at(text, f.start)[1])
    noted = _plan_said([label]) if "(" in label else None
    if noted is not None:
        return noted  # `2021년(결산) 2,296`: what the row's own label notes of its cells
    note_line = line_at(text, table[0])[0]
    caption = text[note_line : table[0]].strip()
    if caption:
        # `<연도별 일자리 예산> (단위: 억원)`: the caption on the note's line names the cells
        return _plan_said([caption])
    start, line = note_line, ""
    while start > 0 and not line.strip():
        start, line = line_at(text, start - 1)
    r = tense_rules()
    if not any(word in line for word in r.intro):
        return None  # (no `…은 다음과 같다.` handing over to the table)
    words = words_of(doc, sentence_of(doc, token_at(doc, start + len(line.rstrip()) - 1)))
    done = any(w.stem in RESULT_LABELS or stem_in(w, r.spend) for w in words)
    plan = any(
        w.stem.endswith(r.budget) or stem_in(w, r.plan_verbs) or stem_in(w, r.allocate)
        for w in words
    )
    return plan if plan != done else None


def _plan_said(labels: list[str], budget: bool = True) -> bool | None:
    """Do these labels say goal or plan (True), result (False), or neither or both (None)?"""
    r = tense_rules()
    labels = [x.strip() for x in labels]
    # (`약속 투자액`, `약속 고용`: what firms promised, a plan; not `공약 이행률`, how many of
    # the pledges were kept)
    plan = any(
        any(noun in x for noun in r.goal_nouns | r.plan_nouns | {"약속"})
        or (budget and _names_budget(x))
        for x in labels
    )
    done = any(any(word in x for word in RESULT_LABELS) for x in labels)
    return plan if plan != done else None


# Heads of a column that measures the one before it: a rate met or of change, a change, a share.
_MEASURES_BEFORE = RATE_HEADS + CHANGE_HEADS
_CHANGE_RATES = (*CHANGE_HEADS, "증감률", "증가율")
_ACCOUNT = "회계"  # `일반회계`, `특별회계`, `기타특별회계`

# (a title's brackets are no part of its words: `<…>`, `〈분야별 일자리 예산〉`, `[…]`)
_LABEL_WORD = re.compile(r"[^\s<>()（）\[\]〈〉《》【】「」『』◇◆■□▲△·,]+")


def _names_budget(label: str) -> bool:
    """A label ending in a budget (`예산(억원)`), or a title with a budget among its words
    (`<연도별 본예산 규모>`), and no word of spending (`예산 집행 현황`): what was allocated."""
    r = tense_rules()
    if label.endswith(r.budget):
        return True
    if any(word in label for word in r.spend if len(word) > 1):
        return False
    return any(w.endswith(r.budget) for w in _LABEL_WORD.findall(label))


def _table_title(f: Figure, doc: Doc | None) -> str:
    if doc is None:
        return ""
    text = doc_text(doc)
    top = table_start(text, f.start)
    span = table_title(text, top) if top is not None else None
    return text[span[0] : span[1]].strip() if span else ""


def _relative_column_year(head: str, at: int, published_at: datetime) -> int | None:
    """The year a column headed by a relative year word alone names (`올해`, `내년(안)`)."""
    heads = cells(head)
    if not 0 <= at < len(heads):
        return None
    offset = tense_rules().relative.get(label_name(heads[at]).strip())
    return published_at.year + offset if isinstance(offset, int) else None


def _row_above(text: str, at: int) -> str:
    """The line right above the one holding character `at` ("" on the first line)."""
    start, _ = line_at(text, at)
    return line_at(text, start - 1)[1] if start > 0 else ""


def _cell_labels(f: Figure, doc: Doc | None) -> tuple[str, str, int] | None:
    # asked of every cell of a table for each of its cells (`whole_of_table`): read each once
    if doc is None:
        return None
    key = ("cell_labels", f.start)
    if key not in doc.user_data:
        text = doc_text(doc)
        doc.user_data[key] = cell_labels(text, f.start) or unit_table_cell(text, f.start)
    return doc.user_data[key]


def whole_of_table(
    f: Figure, figures: Sequence[Figure], earlier: list[Figure], doc: Doc | None
) -> Figure | None:
    """For a cell of a table with no time of its own, the amount before the table that its
    column adds up to (`1조 199억 8200만 원을 투입` over `분야 | 예산 … 합계 | 10,199.8`): the
    table breaks that amount down, and its cells take its year and plan."""
    labels = _cell_labels(f, doc)
    if labels is None:
        return None
    head, _, at = labels
    column = [
        g
        for g in figures
        if g.section == f.section
        and (g.kind, g.unit) == (f.kind, f.unit)
        and (_cell_labels(g, doc) or ("", "", -1))[::2] == (head, at)
    ]
    values = [g.value for g in column]
    wholes = {sum(values, Decimal(0)), max(values)}  # the column's sum, or its total row
    table = min(g.start for g in column)
    before = [
        g
        for g in earlier
        if g.section == f.section
        and (g.kind, g.unit) == (f.kind, f.unit)
        and g.end <= table
        # a table rounds (`10,199.8` 억원 for `1조 199억 8200만 원`)
        and any(abs(g.value - w) <= abs(w) * _ROUNDING for w in wholes)
    ]
    return before[-1] if before else None
