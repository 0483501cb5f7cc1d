"""Figures in plain-text tables: bare numbers in cells, in the unit the table names.

A cell's unit comes from a `(단위: 억원, %)` header above the rows (by the cell's column and
its head: rate columns in %, change columns in %p, a counter a head names), from its column's
head (`출생아(명)`) or from its row's label (`일자리 목표(개)`). `table_figures` reads the cells
the prose reading (extractors/figures.py) left; `unit_notes` says where a text names such
units, so that the prose reading does not take them for amounts. The cells and columns of a
table line come from extractors/tables.py; the record is made as in prose, by `make_figure`
(extractors/figure_parts.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from functools import lru_cache

from spacy.tokens import Doc

from extractors.docs import (
    doc_text,
    sentence_of,
    token_spaces,
    token_starts,
    token_tags,
    token_texts,
)
from extractors.figure_parts import (
    Number,
    Unit,
    glued_to_next,
    is_digits,
    make_figure,
    preceded_by_word,
    rules,
)
from extractors.numbers import BARE_BIG_UNITS, parse_number
from extractors.phrases import INLINE_ITEM_MARKS
from extractors.tables import (
    cell_at,
    cell_under,
    cells,
    head_line,
    is_row,
    label_column,
    label_name,
    label_year,
    line_at,
    number_cell,
    row_label,
)
from extractors.words import RANGE_MARKS
from schemas.records import Figure


def table_figures(
    doc: Doc,
    found: list[Figure],
    section: str,
    published_at: datetime | None,
    blocked: set[int],
) -> list[Figure]:
    """Bare numbers in the rows under a `(단위: 억원)` header, in that unit (`352` → 352억원), and
    in a row whose label names its own unit (`일자리 목표(개) | 28,000 | 29,000`); numbers that
    a figure of `found` (the prose reading's) holds or a token of `blocked` covers are no cells."""
    texts = token_texts(doc)
    text = doc_text(doc)
    out: list[Figure] = []
    for header_start, header_end, units in _text_headers(text):
        start, end, heads = _rows_below(text, header_end)
        if start == end:
            start, end, heads = _rows_above(text, header_start, header_end)
        if len(units) == 1:
            inline = _inline_items(doc, found, header_end, units[0], section, published_at, blocked)
            if inline or start == end:
                out.extend(inline)
                continue
        unit_of = _header_units(units, heads)
        offsets = token_starts(doc)
        for row in _cells(doc, found, start, end, blocked).values():
            if all(_YEARLIKE.fullmatch("".join(texts[i:j])) for i, j in row):
                continue  # the header row of years or months
            line = cell_at(text, offsets[row[0][0]])[0]
            if heads and cells(line) == heads:
                continue  # the head row (`구분 | 1~10월 | 전년 동기 대비`)
            label = label_column(cells(line))
            shift = label_column(heads) - label if heads else 0
            for cell in row:
                _, column, before = cell_at(text, offsets[cell[0]])
                if heads and column <= label:
                    continue  # a row's label (`0~19세`) is no cell
                of = unit_of(column + shift, before, row_label(line))
                if of is not None:
                    out.extend(_cell_figure(doc, cell, of, section, published_at))
    line_start = 0
    for line in text.split("\n"):
        if is_row(line):
            head = head_line(text, line_start)
            units = _cell_units(line, head)
            taken = found + out
            for row in _cells(doc, taken, line_start, line_start + len(line), blocked).values():
                for cell in row:
                    unit = units(cell_at(text, token_starts(doc)[cell[0]])[1])
                    if unit is not None:
                        out.extend(_cell_figure(doc, cell, unit, section, published_at))
        line_start += len(line) + 1
    return out


def _inline_items(
    doc: Doc,
    found: list[Figure],
    at: int,
    unit: Unit,
    section: str,
    published_at: datetime | None,
    blocked: set[int],
) -> list[Figure]:
    """The items of a list marked inside the sentence a unit note stands in (`주요 편성
    내역(단위: 억원)은 ○공공·노인 일자리 412 ○청년 정착 지원 96 … 등이다.`): the bare number
    ending each item, in the note's unit."""
    text = doc_text(doc)
    line_start, line = line_at(text, at)
    end = line_start + len(line)
    if not any(mark in text[at:end] for mark in INLINE_ITEM_MARKS) and end < len(text):
        # `□ 유형별 일자리 예산 (단위: 억원)` / `○ 직접일자리 2조9,000 ○ 직업훈련 2조2,000`: the
        # note ends a heading, the items fill the line under it
        at, line = line_at(text, end + 1)
        end = at + len(line)
        if not line.lstrip().startswith(INLINE_ITEM_MARKS):
            return []
    if "|" in text[at:end] or not any(mark in text[at:end] for mark in INLINE_ITEM_MARKS):
        return []  # (a table's row: its cells are read by their columns)
    out: list[Figure] = []
    offsets = token_starts(doc)
    for row in _cells(doc, found, at, end, blocked).values():
        for cell in row:
            before = text[at : offsets[cell[0]]]
            item = max(before.rfind(mark) for mark in INLINE_ITEM_MARKS)
            # the number ends its item: a label, no other number, between the mark and it
            if item >= 0 and not re.search(r"\d", before[item:]):
                out.extend(_cell_figure(doc, cell, unit, section, published_at))
    return out


def unit_table(text: str, at: int) -> tuple[int, int, int, list[str]] | None:
    """For a character in the rows a `(단위: 억원)` note tells apart from prose, which may be cut
    by single spaces only (`구분 2022년 2023년` / `직업훈련 96 104`): where the note starts, where
    the rows start and end, and the head row's cells (none when the rows have no head)."""
    for header_start, header_end, _ in _text_headers(text):
        start, end, heads = _rows_below(text, header_end)
        if start == end:
            start, end, heads = _rows_above(text, header_start, header_end)
        if start <= at < end:
            return header_start, start, end, heads
    return None


def unit_table_cell(text: str, at: int) -> tuple[str, str, int] | None:
    """Like `tables.cell_labels`, for a cell of a `unit_table` with a head row: the head row,
    the row, and the column's index among the head's cells."""
    table = unit_table(text, at)
    if table is None or not table[3]:
        return None
    _, start, end, heads = table
    if cells(line_at(text, at)[1]) == heads:
        return None  # (the head row itself)
    head = next(row for row in text[start:end].split("\n") if cells(row) == heads)
    return cell_under(text, at, head)


def _rows_below(text: str, at: int) -> tuple[int, int, list[str]]:
    """The lines of the table that starts after character `at` (a `(단위: …)` header's end), as
    (start, end, its head row's cells); start == end when prose follows the header."""
    start = end = at
    rows = 0
    heads: list[str] = []
    for line in text[start:].split("\n"):
        stripped = line.strip()
        prose = _sentence(stripped) or len(stripped) > _LINE_MAX
        if (not stripped and rows) or prose or rows > rules().table_max_rows:
            break
        if rows and _headers(line):
            break  # the next table's own `(단위: …)`
        if stripped and not rows and _head_row(line):
            heads = cells(line)
        rows += bool(stripped)
        end += len(line) + 1
    return (start, end, heads) if rows else (start, start, heads)


def _rows_above(text: str, start: int, end: int) -> tuple[int, int, list[str]]:
    """The table right above a `(단위: …)` note that stands alone on its line under the table's
    last row (`… | 67.0` / `(단위: 억원, 개, %)`), as many reports write it: its rows' lines, as
    (start, end, its head row's cells); start == end when no row is right above."""
    line_start, line = line_at(text, start)
    if line.strip() != text[start:end].strip():
        return start, start, []
    first = line_start
    lines = 0
    while first > 0 and lines <= rules().table_max_rows:
        prev_start, prev = line_at(text, first - 1)
        if not is_row(prev):
            break
        first, lines = prev_start, lines + 1
    if not lines:
        return start, start, []
    head = line_at(text, first)[1]
    return first, line_start, cells(head) if _head_row(head) else []


def unit_notes(text: str) -> list[tuple[int, int]]:
    """Where a text names the unit of a table, as character spans: `(단위: 천원)` headers and
    units in parentheses in table rows (`출생아 수(천 명) | …`). They are no amounts."""
    named = [m.span() for m in rules().table_header.finditer(text) if _colon(m.group(0))]
    headers = [(start, end) for start, end, _ in _text_headers(text)]
    return sorted(set(named + headers)) + _label_units(text)


def _colon(header: str) -> bool:
    return ":" in header or "：" in header


#: A caption in brackets (`(2025년 기준, 억원)`) or a unit alone in them at the end of a title
#: line (`<시도별 출생아 수> (명)`, `(억원)`).
_BRACKETS = re.compile(r"[(\[（]\s*([^()\[\]（）\n]{1,40}?)\s*[)\]）]")
#: A part of a caption that says when or where the figures stand, not their unit.
_BASIS = re.compile(r"기준|현재|시점|잠정|추정")
#: A part of a `단위` header that says what the figures are compared with (`(단위: 전년동기대비,
#: %)`: changes, in %); no unit of its own unless one follows it (`전년동월대비 %p`).
_COMPARED = re.compile(r"대비|[년월기]비\s*$")


#: The longest line a table's title (a unit in brackets ending it), a short row right under it
#: and any line of a table may be: a longer one is prose.
_TITLE_MAX, _ROW_MAX, _LINE_MAX = 60, 80, 120


def _sentence(line: str) -> bool:
    """A (stripped) line that ends as a sentence does (`…늘었다.`, a quote `"…편성했다."`, an
    interviewer's `- 올해 목표는.` or `…?`): prose, no line of a table."""
    line = line.rstrip("\"'”’」』)")
    return line.endswith(("다.", "다", "?", "？")) or (line.endswith(".") and "|" not in line)


@lru_cache(maxsize=1)
def _text_headers(text: str) -> tuple[tuple[int, int, list[Unit]], ...]:
    """`_headers` of a whole section's text, read once for `unit_notes` and `table_figures`."""
    return tuple(_headers(text))


def _headers(text: str) -> list[tuple[int, int, list[Unit]]]:
    """Where a text names a table's units, in order: (start, end, the units). A `단위` header
    (`(단위: 억원, %)`, `(단위 억원)`), a caption with a basis and units (`(2025년 기준, 억원)`),
    or a unit alone in brackets ending a short line right above a table's lines (`<시도별 출생아
    수> (명)`). Without a colon after 단위, only one whose units are all known."""
    found: dict[int, tuple[int, int, list[Unit]]] = {}
    for m in rules().table_header.finditer(text):
        units = _table_units(m.group(1))
        if units is not None:
            found[m.start()] = (m.start(), m.end(), units)
    for m in _BRACKETS.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in found.values()):
            continue
        inside = m.group(1)
        parts = [p for p in re.split(r"[,，]", inside) if p.strip()]
        if any(re.search(r"\d", p) for p in parts if not _BASIS.search(p)):
            continue  # `(2명)`: a figure in brackets, no unit
        line_start, line = line_at(text, m.start())
        after = text[m.end() : line_start + len(line)].strip()
        caption = len(parts) > 1 and any(_BASIS.search(p) for p in parts)  # `(2025년 기준, 억원)`
        title = (  # `<시도별 출생아 수> (명)` right above the table
            len(parts) == 1
            and not after
            and not is_row(line)
            and len(line.strip()) <= _TITLE_MAX
            and not _sentence(line.strip())
            and _above_table(text, m.end())
            and not _column_head(text, m.start(), line)
        )
        units = _table_units(inside) if caption or title else None
        if units is not None:
            found[m.start()] = (m.start(), m.end(), units)
    return [found[k] for k in sorted(found)]


#: A cell of a number alone (`3,291`, `7.1`).
_AMOUNT_CELL = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")


def _column_head(text: str, at: int, line: str) -> bool:
    """The brackets at character `at` are glued to a word of a head row, the line right above
    rows of as many cells with numbers (`구분 2025년 2026년 인상률(%)`): the unit of that column,
    not of the table."""
    if not at or not text[at - 1].isalnum():
        return False
    end = text.find("\n", at)
    row = cells(line_at(text, end + 1)[1].strip()) if end >= 0 else []
    # a row of numbers, not the head row of years under a title (`출생아 수(명)` / `구분 2024 2025`)
    data = any(
        _AMOUNT_CELL.fullmatch(c.strip()) and not _YEARLIKE.fullmatch(c.strip()) for c in row
    )
    return data and len(cells(line.strip())) == len(row)


def _above_table(text: str, at: int) -> bool:
    """The line after the one holding character `at` is a table's line: cells between `|` or
    tabs, or short, with a number or a year, and no sentence."""
    end = text.find("\n", at)
    if end < 0:
        return False
    nxt = line_at(text, end + 1)[1].strip()
    if is_row(nxt):
        return True
    return bool(nxt) and len(nxt) <= _ROW_MAX and not _sentence(nxt) and len(cells(nxt)) > 2


#: A slash and the word after it (`/월` in `천원/월`).
_PER = re.compile(r"/\s*([^\s,/·、，]+)")


def _table_units(text: str) -> list[Unit] | None:
    """The units a table's header names, in order (`억원, %` → 억원 and %); None when one of
    them is a unit the rules do not know. A part saying when the figures stand (`2026년 기준`)
    or what they are compared with (`전년동기대비`) is skipped, and so is what an amount is per
    (`천원/월`)."""
    text = _PER.sub(lambda m: "" if m.group(1) in rules().table_per else m.group(0), text)
    parts = [
        p
        for p in re.split(r"[,/·、，]", text)
        if p.strip()
        and not _BASIS.search(p)
        and not (_COMPARED.search(p) and _table_unit(p.split()[-1]) is None)
    ]
    # `전년동월대비 %p`: words saying which columns a unit is for, before the unit
    units = [_table_unit(p) or _table_unit(p.split()[-1]) for p in parts]
    if not units or any(u is None for u in units):
        return None
    return [u for u in units if u is not None]


def _table_unit(text: str) -> Unit | None:
    """`억원` → money KRW ×10^8, `천 달러` → USD ×1000, `%`, `명`; None for one the rules do
    not know."""
    r = rules()
    text = text.replace(" ", "").replace("％", "%")  # the full-width sign
    if not text:
        return None
    if text in ("%", "퍼센트"):
        return Unit("percent", "%", 0)
    if text in ("%p", "%포인트", "퍼센트포인트"):
        return Unit("percent", "%p", 0)
    for word, code in sorted(r.currencies.items(), key=lambda item: -len(item[0])):
        if text.endswith(word):
            head = text[: -len(word)]
            scale = parse_number(head) if head else Decimal(1)
            return Unit("money", code, 0, scale=scale) if scale else None
    for size in range(len(text)):
        head, counter = text[:size], text[size:]
        if counter in r.counters:
            scale = parse_number(head) if head else Decimal(1)
            return Unit("count", counter, 0, scale=scale) if scale else None
    return None


#: A year or a month of one (`2025`, `2025.1`, `2025.10`): a cell of the head row of times.
_YEARLIKE = re.compile(r"(?:19|20)\d{2}(?:\.(?:0?[1-9]|1[0-2]))?")
RATE_HEADS = ("률", "율", "비율", "비중", "%", "자립도", "자주도", "성향")


#: Heads of a column of changes: in %p beside rates in %; `대비` columns beside amounts hold the
#: rate of change (`전년 동기 대비`), while `증감` there is an amount.
CHANGE_HEADS = (
    "대비",
    "증감",
    "차이",
    "변동",
    "증감폭",
    "증가폭",
    "전년비",
    "전월비",
    "동월비",
    "동기비",
    "전월차",
    "전년차",
    "기여도",
)
_RATE_OF_CHANGE_HEADS = ("대비", "전년비", "전월비", "동월비", "동기비", "전기비")


def _header_units(units: list[Unit], heads: list[str]) -> Callable[[int, str, str], Unit | None]:
    """Which of a `(단위: …)` header's units a cell is in, by its column (counted in the head
    row's cells `heads`, label first) and the text of its cell before it:
    - one unit: every cell;
    - an amount and % (`억원, %`): rate columns (`증감률`, `전년 대비`) and cells in parentheses
      (`19,500(6.2)`) in %, the rest in the amount's unit;
    - % and %p: change columns (`전년 대비`, `증감`) and cells in parentheses in %p, the rest in %;
    - an amount and %p (`명, %p`): columns whose head names a rate (`비중 증감`) in %p;
    - others (`개교, 학급, 명`): by position when the head row has one column per unit, else by
      the unit a column's head names (`화재 건수` → 건), one unit left going to the rest; a cell
      no rule places is not read;
    a head or a row's label naming its own unit in parentheses (`병상(병상)`, `전환율(%)`) wins."""
    label = label_column(heads) if heads else 0
    values = [h.strip() for h in heads[label + 1 :]]
    codes = sorted(u.unit for u in units)
    if codes == ["%", "%p"]:
        level, side = (u for u in sorted(units, key=lambda u: u.unit))
        side_heads: tuple[str, ...] | None = CHANGE_HEADS
    elif len(units) == 2 and sum(u.kind == "percent" for u in units) == 1:
        level = next(u for u in units if u.kind != "percent")
        side = next(u for u in units if u.kind == "percent")
        side_heads = RATE_HEADS + _RATE_OF_CHANGE_HEADS
    else:
        level = side = units[0]
        side_heads = None
    by_column: list[Unit | None] = []
    # with times as column heads (`2024년`, `2025.10`; beside them only changes and rates), the
    # rows say what they hold (not `2023년 예산 | 재정자립도 | 1인당 채무`: the heads do)
    years = any(_period_head(h) for h in values) and all(
        _period_head(h) or h.strip().endswith(CHANGE_HEADS + RATE_HEADS) or not h.strip()
        for h in values
    )
    if len(units) > 1 and side_heads is None and not years:
        if len(values) == len(units):
            by_column = list(units)
        else:
            named = [_unit_named_by(head, units) for head in values]
            points = next((u for u in units if u.unit == "%p"), None)
            for n, head in enumerate(values):
                # `취업자 | 증감 | 고용률 | 증감`: a change column is in its left neighbour's unit,
                # a rate's change in points
                if named[n] is None and n and head.endswith(CHANGE_HEADS) and named[n - 1]:
                    before = named[n - 1]
                    named[n] = points if before.kind == "percent" and points else before
            left = [u for u in units if u not in named]
            if len(left) > 1:
                # `일자리 예산 | 목표 일자리 | 달성 일자리` under `(단위: 억원, 개, %)`: an amount's
                # head takes the money, the others the count, as a row's label would
                named = [
                    u or _unit_of_row(head, left) for u, head in zip(named, values, strict=True)
                ]
                left = [u for u in units if u not in named]
            by_column = [u or (left[0] if len(left) == 1 else None) for u in named]
    # `(단위: 곳, 명)` over `협약 연도 | 협약 기업 | 약속 고용 | 실제 고용` and rows of years:
    # counters named in the columns' order, the last one going on to the columns after (not
    # `구분 | 읍 | 면 | 동` over `인구 | 31 | …`, where the row says what is counted)
    in_order = (
        all(u is None for u in by_column)
        and len(units) > 1
        and all(u.kind == "count" for u in units)
    )

    def unit(column: int, before: str, row_name: str) -> Unit | None:
        at = column - label - 1
        head = values[at] if 0 <= at < len(values) else ""
        own = _named_unit(head)
        if own is not None:
            return own
        if len(units) == 1:
            # `전체 예산 대비 비중(%) | 8.9` under `(단위: 억원)`: the row's own unit wins
            return _named_unit(row_name) or units[0]
        if side_heads is None and years:
            if head.endswith(RATE_HEADS):
                return next((u for u in units if u.unit == "%"), None)
            row = _unit_of_row(row_name, units)
            if row is not None and head.endswith(CHANGE_HEADS) and row.unit == "%":
                return next((u for u in units if u.unit == "%p"), row)  # a rate's change
            return row
        if side_heads is None:
            if in_order and 0 <= at < len(values) and label_year(row_name) is not None:
                return units[min(at, len(units) - 1)]
            return by_column[at] if 0 <= at < len(by_column) else None
        row_own = _named_unit(row_name)
        if row_own is not None and not head.strip().endswith(CHANGE_HEADS):
            return row_own  # `정규직 전환율(%) | 63.5` under `(단위: 명, %)`: the row's own
        in_parens = before.count("(") > before.count(")")
        # `고용률 목표 | 고용률 실적`: what a rate's goal or result is counted in is the rate's
        named = _head_core(head).endswith(side_heads) or row_name.strip().endswith(side_heads)
        if side.unit == "%p" and level.kind != "percent":
            # beside an amount, points are a rate's change: `비중 증감`, `고용률 차이`
            named = named or any(rate in head for rate in RATE_HEADS)
        return side if in_parens or named else level

    return unit


#: Words after what a column holds that say whether it is a goal or a result (`고용률 목표`).
_TIME_WORDS = ("목표", "실적", "계획", "전망", "예상", "추정", "잠정")


def _head_core(head: str) -> str:
    """A column's head without the goal or result words after what it holds."""
    core = head.strip()
    while core.endswith(_TIME_WORDS):
        core = core[: -len(next(w for w in _TIME_WORDS if core.endswith(w)))].rstrip()
    return core or head.strip()


#: Last words of a row label that names an amount of money (`경제 파급효과`, `지급액`, `사업비`).
_MONEY_LABELS = ("액", "비", "금", "예산", "매출", "소득", "수입", "효과", "규모")


def _unit_of_row(label: str, units: list[Unit]) -> Unit | None:
    """Under a head of times, the unit a row's label names: in its parentheses (`고용률(%)`), a
    rate in % (`고용률`), the amount for money (`경제 파급효과`) and the count for the rest
    (`관광객`, `취업자`) when the header has one of each."""
    name = _head_core(label_name(label))  # `고용률 목표`: a rate's goal is in the rate's unit
    own = _named_unit(label)
    if own is not None:
        return own
    named = _unit_named_by(name, units)
    if named is not None:
        return named
    levels = [u for u in units if u.kind != "percent"]
    money = [u for u in levels if u.kind == "money"]
    counts = [u for u in levels if u.kind == "count"]
    if not name:
        return None
    if len(levels) == 1:
        return levels[0]
    if len(money) != 1 or len(counts) != 1:
        return None
    return money[0] if name.endswith(_MONEY_LABELS) else counts[0]


_PERIOD = re.compile(
    r"(?:(?:19|20)\d{2}|[’'‘]\d{2})\s*(?:년|년도)?\s*(?:[.\-/]\s*\d{1,2}\s*월?|\d{1,2}\s*월)?"
    r"|\d{1,2}\s*월|[1-4]\s*분기|[상하]반기"
)


def _period_head(head: str) -> bool:
    """A column head that is a time: a year (`2025년`, `2026(안)`), a month (`2025.10`, `’25.10월`,
    `10월`), a quarter or a half."""
    return label_year(head) is not None or bool(_PERIOD.fullmatch(label_name(head).strip()))


def _unit_named_by(head: str, units: list[Unit]) -> Unit | None:
    """The unit a column's head names: its counter in it (`화재 건수` → 건), a rate (`비중`), or,
    of two amounts (`억원, 만원`), the smaller for what each one is given (`1인당 채무`)."""
    for u in units:
        if u.kind == "percent" and head.endswith(RATE_HEADS):
            return u
        if u.kind == "count" and u.unit in head:
            return u
    money = [u for u in units if u.kind == "money"]
    if len(money) > 1 and _PER_ONE.search(head):
        return min(money, key=lambda u: u.scale)
    return None


_PER_ONE = re.compile(r"\S당(?:\s|$)")  # `1인당 채무`, `가구당 지원액`


def _label_units(text: str) -> list[tuple[int, int]]:
    """Where the cells of table rows name a unit in parentheses (`출생아 수(천 명)`)."""
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        if "(" in line and is_row(line):
            spans.extend(
                (line_start + m.start(), line_start + m.end())
                for m in _PARENS.finditer(line)
                if _table_unit(m.group(1)) is not None
            )
        line_start += len(line) + 1
    return spans


_PARENS = re.compile(r"[(（]\s*([^()（）]{1,6}?)\s*[)）]")


def _head_row(line: str) -> bool:
    """A table's first line that names its columns (`구분 | 학교 수 | 학급 수`) rather than
    holding figures: a cell after the label with letters in it, and none with a number alone
    (`▲2018년 하반기 2,110 ▲2019년 5,840`: a row of labels and their figures)."""
    row = cells(line)
    after = row[label_column(row) + 1 :]
    # (`구분 | 2020 | 2021`: years written bare head their columns too)
    named = any(re.search(r"[가-힣A-Za-z]", cell) for cell in after) or (
        bool(after) and all(_YEARLIKE.fullmatch(cell.strip()) for cell in after)
    )
    return (
        len(row) > 1
        and named
        and not any(number_cell(cell) and not _period_head(cell) for cell in after)
    )


_UNIT_IN_PARENS = re.compile(_PARENS.pattern + r"\s*$")  # at the end of a label


def _named_unit(cell: str) -> Unit | None:
    """The unit a table's label names in parentheses (`일자리 목표(개)`, `예산(억원)`)."""
    m = _UNIT_IN_PARENS.search(cell.strip())
    return _table_unit(m.group(1)) if m else None


def _cell_units(line: str, head: str | None) -> Callable[[int], Unit | None]:
    """The unit of each column of a table row with no `(단위: …)` header: its column head's
    (`출생아(명)`), a rate column's % (`증감률`), else the row label's (`일자리 목표(개)`); None
    where nothing names one."""
    heads = cells(head) if head is not None else []
    row = _named_unit(row_label(line))
    label = label_column(cells(line))
    # `| 부산 | 1,100 |` under `시도별 | 출생아(명)`: columns count from each line's label
    shift = label_column(heads) - label if heads else 0

    def unit(column: int) -> Unit | None:
        if column <= label:
            return None
        at = column + shift
        own = heads[at].strip() if 0 <= at < len(heads) else ""
        named = _named_unit(own)
        if named is not None:
            return named
        if own.endswith(RATE_HEADS) and (row is not None or any(map(_named_unit, heads))):
            return _table_unit("%")
        return row

    return unit


def _cells(
    doc: Doc, found: list[Figure], start: int, end: int, blocked: set[int]
) -> dict[int, list[tuple[int, int]]]:
    """Line number → the token spans of bare numbers between characters start and end that no
    figure holds: a table's cells (`28,000`, and a number with its big units: `2만8000`)."""
    text = doc_text(doc)
    texts, tags = token_texts(doc), token_tags(doc)
    row_numbers: dict[int, list[tuple[int, int]]] = {}
    # The table's tokens and the characters of the figures found in it, so that each token
    # is looked at once (not every token of the Doc against every figure).
    offsets = token_starts(doc)
    in_figures = {c for f in found for c in range(max(f.start, start), min(f.end, end))}
    i, last = bisect_left(offsets, start), bisect_left(offsets, end)
    while i < last:
        idx = offsets[i]
        if not is_digits(doc, i) or i in blocked or idx in in_figures or preceded_by_word(doc, i):
            i += 1
            continue
        j = i + 1
        # (Kiwi may tag a magnitude word a noun: `3조4,580` after another `3조1,240` cell; the
        # digits after one may stand a space apart: `2조 9,953`)
        while j < last and (
            (glued_to_next(doc, j - 1) and (tags[j] in ("SN", "NR") or texts[j] in BARE_BIG_UNITS))
            or (
                texts[j - 1] in BARE_BIG_UNITS
                and token_spaces(doc)[j - 1] == " "
                and tags[j] == "SN"
            )
        ):
            j += 1
        if (
            j < len(doc)
            and glued_to_next(doc, j - 1)
            and not tags[j].startswith(("SF", "SP", "SS", "SE", "SO", "SW", "_SP"))
        ):
            i = j  # `3개`, `2024년`: a number with a word of its own, not a cell
            continue
        if j < len(doc) and glued_to_next(doc, j - 1) and texts[j] in RANGE_MARKS:
            i = j  # `1~5월`: the start of a range, not a cell
            continue
        if j == i + 1 or parse_number("".join(texts[i:j])) is not None:
            row_numbers.setdefault(text.count("\n", 0, idx), []).append((i, j))
        i = j
    return row_numbers


def _cell_figure(
    doc: Doc, cell: tuple[int, int], of: Unit, section: str, published_at: datetime | None
) -> list[Figure]:
    """The figure of a table cell's bare number at tokens [i, j), in the table's unit."""
    i, j = cell
    value = parse_number("".join(token_texts(doc)[i:j]))
    if value is None:
        return []
    num = Number(i, j, [j], False)
    unit = Unit(of.kind, of.unit, j, scale=of.scale)
    figure, _ = make_figure(
        doc, num, j, unit, value, None, False, section, published_at, sentence_of(doc, i)
    )
    return [figure]
