"""What a cell of a plain-text table measures or counts (docs/guideline.md, "Tables and arrows").

A cell is read from the labels around it — its column's head, its row's label and the table's
title above the head row (`<업종별 사고사망자 현황>`) — never from prose before the table:

- a percent measures the rate its column's head or its row's label names (`구분 | 2025년 |
  증감률`, `달성률(%) | 103.3`); a change column (`전년 대비`, `증감`, `전년비`) holds a change in
  points of the rate the column before it names (`고용률 | 전년 대비`, unit %p), and in percent
  the signed change of the row's amount (증감률, as a signed item of a list is);
- a count counts what its column's head names as counted: with its unit (`귀농 가구(가구)`), or
  ending in a measure or a word for people (`사업 수` → 사업, `신규 가입자`, `지원 인원`, `인구
  10만 명당 사망자(명)` → 사망자; `학급 수` under a header in 학급 → 학급), unless its row's
  label names a kind of it (`학교 수` / `초등학교` → 초등학교; `기관 수` / `권역응급의료센터`);
  a head of years, places or a change (`증감`) leaves it to what its row's label names
  (`공공주택 | 8,500`, `출생아 수(천 명)` → 출생아). A table's title that ends in a word of
  status or names a breakdown (`<선령별 연안여객선 현황>`, subject.title_subject) counts the
  cells of rows that name nothing (`합계`, `10년 미만`), an age range with the title's head noun
  (`0~19세` → 0~19세 인구), an industry under a count of people with the title's people
  (`건설업` → 건설업 사고사망자, as `제조업 취업자` in prose), and a row that is a value of what
  the title breaks it down by with what the title counts of it (`시립도서관` under `<도서관
  유형별 도서 대출 실적>` → 시립도서관 도서 대출; not a breakdown by years, `<연도별 …>`, whose
  values are the columns: subject.rows_break_down).

Pure: a Doc and a figure's place in, names out (extractors/timeline.py applies them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from extractors.docs import doc_text
from extractors.metric_carried import cell_rate
from extractors.phrases import is_rate, rules
from extractors.subject_carried import row_subject, rows_break_down, title_subject
from extractors.subject_names import counter_as_subject, kind_counted, names_no_person
from extractors.tables import (
    BARS,
    cell_at,
    cell_offset,
    cells,
    is_row,
    label_column,
    label_name,
    label_year,
    line_at,
    row_label,
    table_start,
)
from extractors.tense import rules as tense_rules

#: Row labels of what was done (`일자리 실적`, `달성률`, `결과`).
# (the accounts of a settlement: `집행액`, `이월액`, `불용액` are what became of a budget)
RESULT_LABELS = ("실적", "달성", "결과", "집계", "결산", "집행", "이월", "불용")
_NO_NAMES = frozenset({"구분", "항목", "내용", "비고", "합계", "계", "소계", "총계", "전체"})
#: Heads of a column of changes against a base (`전년 대비`, `전년비`, `증감`, `전년 동기 대비`).
_CHANGE_HEAD = re.compile(r"(대비|[^가-힣]?비|증감)$")
#: A row label of an age range (`0~19세`, `65세 이상`): a group of people, named with the
#: title's head noun (`0~19세 인구`).
_AGE_LABEL = re.compile(r"\d+\s*[~～-]?\s*\d*\s*세(\s*(이상|이하|미만))?")
_TITLE_LINES = 3  # blank lines and a `(단위: …)` line may stand between a title and its table
_TITLE_CHARS = 60  # a title is a short line; prose is longer
_UNIT_NOTE = re.compile(r"[(（\[]\s*단위\s*[:：][^)）\]]*[)）\]]")


def cell_meaning(doc: Doc | None, start: int, kind: str, unit: str) -> dict[str, str | None] | None:
    """The metric (a percent) or subject (a count) of a figure starting at character `start` in a
    cell of a table row (not its label); None outside a table."""
    if doc is None or kind not in ("percent", "count"):
        return None
    text = doc_text(doc)
    whole = line_at(text, start)[1]
    if not _is_row(whole) and _prose(whole):
        return None  # a sentence, not a row: asked of every figure, so before splitting cells
    line, column, _ = cell_at(text, start)
    if column <= label_column(cells(line)):
        return None
    table = table_start(text, start, _is_row) if _is_row(line) else _under_unit_note(text, start)
    if table is None:
        return None
    head = line_at(text, table)[1]
    heads = cells(head) if head else []
    # columns count from each line's label (`| 부산 | …` under `시도별 | …`)
    at = column + label_column(heads) - label_column(cells(line)) if head != line else -1
    if head != line and at <= label_column(heads):
        return None  # a word of a label of two words (`전체 방문객`)
    over = heads[at] if 0 <= at < len(heads) else ""
    label = row_label(line)
    if kind == "percent":
        metric = _cell_rate(heads, at, over, label, unit)
        if metric is None and unit == "%" and _note_compares(text, table):
            metric = rules().signed  # `(단위: 전년동기대비, %)`: every cell a signed change
        return {"metric": metric}
    return {"subject": _cell_subject(doc, text, start, line, head, at, over, label, unit, table)}


def _cell_rate(heads: list[str], at: int, over: str, label: str, unit: str) -> str | None:
    metric = cell_rate(label_name(over), label_name(label))
    if metric is not None:
        return metric
    if not _CHANGE_HEAD.search(label_name(over).strip()):
        return None
    if unit == "%p":
        own = _CHANGE_HEAD.sub("", label_name(over).strip()).strip()
        if own and is_rate(own.split()[-1]):
            return own  # `비중 증감`: the change of the rate the head itself names
        # `고용률 | 전년 대비`: a change in points of the rate the column before it names
        rates = [label_name(h).strip() for h in heads[:at]]
        return next((h for h in reversed(rates) if h and is_rate(h.split()[-1])), None)
    # `1~10월 | 전년 동기 대비` in percent: the row's amount changed by it, a signed change
    return rules().signed


def _cell_subject(
    doc: Doc,
    text: str,
    start: int,
    line: str,
    head: str,
    at: int,
    over: str,
    label: str,
    unit: str,
    table: int,
) -> str | None:
    counted = _column_subject(doc, table, head, at, over, unit)
    row = _row_subject(doc, text, start, line, label)
    if counted:
        return row if row and _kind_of(row, counted) else counted
    span = table_title(text, table)
    title = title_subject(doc, *span) if span else None
    if title in rules().actions:
        # `<… 유형별 지원 규모>` in 개사: an act alone names what a count of acts counts (`이용
        # 건수`), not what a counter of things counts; its rows are kinds of the act
        thing = counter_as_subject(unit)
        if thing:
            return thing
    if row and title and unit == "명" and names_no_person(row):
        return f"{row} {title}"  # `건설업` under `<업종별 사고사망자 현황>`: the people there
    if row and title and span and rows_break_down(doc, *span) and not _kind_of(row, title):
        # `시립도서관` under `<도서관 유형별 도서 대출 실적>`, `특허` under `<권리별 출원 현황>`:
        # a value of the breakdown, and what the title counts of it
        return f"{row} {title}"
    if row:
        return row
    if title and _AGE_LABEL.fullmatch(label_name(label).strip()):
        return f"{label_name(label).strip()} {title.split()[-1]}"  # `0~19세` → 0~19세 인구
    return title


def _column_subject(doc: Doc, head_at: int, head: str, at: int, over: str, unit: str) -> str | None:
    """What the cell's column's head names as counted, or None (a year, a place, no head)."""
    name = label_name(over).strip()
    if not name or label_year(name) is not None or _CHANGE_HEAD.search(name):
        return None  # a year, or a change of the row's count (`증감`): the row names it
    if name.replace(" ", "") in (unit, f"{unit}수"):
        # `가구 수` under a header in 가구, `학급 수` in 학급: the counter itself, when it names
        # a thing (`척수` in 척 names nothing)
        return counter_as_subject(unit) or (
            kind_counted(unit) if unit in rules().self_naming else None
        )
    if name != over.strip():
        # a head naming its unit (`귀농 가구(가구)`) names what it counts, acts included
        counted = _counted_label(over)
        if counted:
            return counted
    if not _names_counted(name.split()[-1]):
        return None  # `고양 대곡역세권`: a head of a breakdown in columns; the row names it
    offset = cell_offset(head, at)
    lead = len(over) - len(over.lstrip())
    return row_subject(doc, head_at + offset + lead, head_at + offset + lead + len(name))


def _row_subject(doc: Doc, text: str, start: int, line: str, label: str) -> str | None:
    """What the row's label names as counted (`공공주택`, `출생아 수(천 명)` → 출생아)."""
    if label_name(label).strip() != label.strip():
        counted = _counted_label(label)
        if counted:
            return counted
    line_start = text.rfind("\n", 0, start) + 1
    at = line_start + line.find(label)
    return row_subject(doc, at, at + len(label_name(label)))


def _names_counted(word: str) -> bool:
    """Does a column's head without a unit end in a word that says its cells count something:
    a measure (`사업 수`, `화재 건수`) or people (`신규 가입자`, `지원 인원`)?"""
    r = rules()
    return word in r.measures or word.endswith(r.populations + r.people_heads)


def _kind_of(row: str, counted: str) -> bool:
    """Does a row's label name a kind of what the column counts (`초등학교` of `학교`, `권역응급
    의료센터` of `기관`, a body of a generic word of bodies)?"""
    row_head, head = row.split()[-1], counted.split()[-1]
    if row_head.endswith(head):
        return True
    r = rules()
    return head in r.generic_bodies and row_head.endswith(r.actors) and len(row_head) > len(head)


def table_title(text: str, head_start: int) -> tuple[int, int] | None:
    """Where the title of the table starting at `head_start` stands (`<업종별 사고사망자 현황>`),
    without a `(단위: …)`."""
    for begin, end in _lines_above(text, head_start):
        line = text[begin:end]
        bare = _UNIT_NOTE.sub("", line).strip()
        if not bare:
            continue  # a blank line or a `(단위: …)` line alone
        if len(bare) > _TITLE_CHARS or _is_row(line) or bare.endswith(("다.", "다")):
            return None  # prose, not a title
        note = _UNIT_NOTE.search(line)
        return begin, begin + (note.start() if note else len(line))
    return None


#: A part of a unit note saying what the cells are compared with (`전년동기대비`, `전년비`).
_COMPARED = re.compile(r"(대비|[년월기]비)\s*[,)）\]]")


def _note_compares(text: str, head_start: int) -> bool:
    """The `(단위: …)` note above the table starting at `head_start` says its cells are changes
    against a base (`(단위: 전년동기대비, %)`)."""
    for begin, end in _lines_above(text, head_start):
        note = _UNIT_NOTE.search(text[begin:end])
        if note is not None:
            return bool(_COMPARED.search(note.group(0)))
    return False


def _lines_above(text: str, head_start: int) -> Iterator[tuple[int, int]]:
    """Where the lines above the table starting at `head_start` begin and end, nearest first, as
    far up as its title may stand."""
    end = head_start - 1
    for _ in range(_TITLE_LINES):
        if end < 0:
            return
        begin = text.rfind("\n", 0, end) + 1
        yield begin, end
        end = begin - 1


_TABLE_ROWS = 30  # a table under a `(단위: …)` note is a few dozen lines at most
_PROSE_CHARS = 120


def _under_unit_note(text: str, at: int) -> int | None:
    """Where the first line of a table apart by runs of spaces or single spaces starts, for a
    line right under a `(단위: 호, %)` note or below other such lines (`구분      2026년 1월 …`):
    the unit note says the lines under it are a table's rows, up to a blank line or prose."""
    start, line = line_at(text, at)
    if _prose(line):
        return None
    for _ in range(_TABLE_ROWS):
        if start == 0:
            return None
        before_start, before = line_at(text, start - 1)
        if _UNIT_NOTE.search(before):
            return start
        if not before.strip() or _prose(before):
            return None
        start = before_start
    return None


def _prose(line: str) -> bool:
    """A line of sentences, not a table's row: it ends a sentence or runs long."""
    bare = line.strip()
    return bare.endswith(("다.", "다")) or len(bare) > _PROSE_CHARS


def _is_row(line: str) -> bool:
    """A table row: cells between `|` or tabs, also a row of two cells (`10년 미만 | 41`)."""
    return is_row(line) or any(bar in line for bar in BARS)


def _counted_label(label: str) -> str | None:
    """What a row or column label names as counted: without its unit, its measure and goal or
    result words (`일자리 목표(개)` → 일자리, `출생아 수(천 명)` → 출생아)."""
    r = tense_rules()
    words = [
        w
        for w in label_name(label).split()
        if w not in r.goal_nouns | r.plan_nouns and w not in RESULT_LABELS
    ]
    while len(words) > 1 and words[-1] in rules().measures:
        words = words[:-1]
    name = " ".join(words[-3:])
    if not name or name in _NO_NAMES or not re.fullmatch(r"[가-힣 ]+", name):
        return None
    return name
