"""Lines of a plain-text table: its cells, and which cell a character falls in.

Press releases write tables as lines of cells between `|`, or apart by tabs or runs of spaces,
or (short tables) by single spaces. The table figures (extractors/table_figures.py) read a
cell's unit from the header (`(단위: 억원, %)`); the year rules (extractors/timeline.py) read a
cell's year from its column's head (`구분 | 2023년 | 2024년`) and its plan or result from its
row's label (`일자리 목표`, `일자리 실적`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_WIDE_GAP = re.compile(r"\t|\s{2,}")


def cells(line: str) -> list[str]:
    """A table line's cells (see `cell_spans`)."""
    return [line[s:e] for s, e in cell_spans(line)]


#: The bars that part a table's cells: ASCII, full-width and box-drawing (`구분 │ 2017년 │ …`).
BARS = "|｜│┃"
_BAR = re.compile(f"[{BARS}]")
_SPACE = re.compile(" ")
#: A cell that holds a number alone (`3,018`, `-0.9`, `19,500(6.2)`), not a label (`2024년`).
_NUMBER_CELL = re.compile(r"[-+−△▲▽▼]?\d[\d,]*(?:\.\d+)?%?(?:\([^()]*\))?")


def cell_spans(line: str) -> list[tuple[int, int]]:
    """Where a table line's cells start and end: between `|`, else tabs or runs of spaces, else
    single spaces. A row's label may hold single spaces where its cells are apart by them or by
    wider gaps: the words before its first number are its label (`전체 방문객 3,018 3,263`), and
    numbers a single space after the label's words are cells (`청년층 고용률 45.2    44.3`)."""
    if _BAR.search(line):
        return _split_spans(line, _BAR)
    if "\t" in line or "  " in line:
        spans = _split_spans(line, _WIDE_GAP)
        first = next((n for n, (s, e) in enumerate(spans) if s < e), None)
        if first is None:
            return spans
        s, e = spans[first]
        words = _split_spans(line[s:e], _SPACE)
        numbers = [bool(_NUMBER_CELL.fullmatch(line[s + a : s + b])) for a, b in words]
        at = next((n for n, number in enumerate(numbers) if number), len(words))
        if 0 < at < len(words) and all(numbers[at:]):
            label = (s, s + words[at - 1][1])
            spans[first : first + 1] = [label] + [(s + a, s + b) for a, b in words[at:]]
        return spans
    spans = _split_spans(line, _SPACE)
    numbers = [bool(_NUMBER_CELL.fullmatch(line[s:e])) for s, e in spans]
    first = next((n for n, (s, e) in enumerate(spans) if s < e), 0)
    at = next((n for n, number in enumerate(numbers) if number), None)
    if at is not None and at - first > 1:
        spans[first:at] = [(spans[first][0], spans[at - 1][1])]
    return spans


def _split_spans(line: str, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """The spans between the matches of `separator` in `line` (as `re.split` cuts it)."""
    spans, start = [], 0
    for m in separator.finditer(line):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(line)))
    return spans


def number_cell(cell: str) -> bool:
    """A cell that holds a number alone (`3,018`, `-0.9`, `19,500(6.2)`), not a label."""
    return bool(_NUMBER_CELL.fullmatch(cell.strip()))


def label_column(row: list[str]) -> int:
    """The index of a row's first cell that is not empty (its label; `| 부산 | …` → 1)."""
    return next((n for n, cell in enumerate(row) if cell.strip()), 0)


def row_label(line: str) -> str:
    """A table row's label: its first cell that is not empty (`| 일자리 목표 | …` too)."""
    return next((c.strip() for c in cells(line) if c.strip()), "")


_UNIT_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def label_name(label: str) -> str:
    """A row label without the unit it names in parentheses (`예산(억원)` → `예산`)."""
    return _UNIT_NOTE.sub("", label)


# a label, a value
_TWO_CELLS = re.compile(f"\\s*[^{BARS}]{{1,20}}?\\s+[{BARS}]\\s+[^{BARS}]{{1,15}}\\s*")


def is_row(line: str) -> bool:
    """A line that is plainly a table row: cells between `|` or tabs, or two short cells apart by
    one `|` with spaces around it (`공공일자리 | 1,842`)."""
    bars = len(_BAR.findall(line))
    return bars >= 2 or "\t" in line or _TWO_CELLS.fullmatch(line) is not None


def line_at(text: str, at: int) -> tuple[int, str]:
    """Where the line holding character `at` starts, and the line."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, text[start : end if end >= 0 else len(text)]


def cell_offset(line: str, index: int) -> int:
    """Where the cell `index` of a table line starts within it (its cells as `cell_spans` cuts
    them)."""
    spans = cell_spans(line)
    return spans[index][0] if index < len(spans) else len(line)


def table_start(text: str, at: int, row: Callable[[str], bool] = is_row) -> int | None:
    """Where the topmost row of the table holding character `at` starts (its row of heads, or
    the line itself), rows told by `row`; None when that line is no row."""
    start, line = line_at(text, at)
    if not row(line):
        return None
    while start > 0:
        before, line = line_at(text, start - 1)
        if not row(line):
            break
        start = before
    return start


def cell_at(text: str, at: int) -> tuple[str, int, str]:
    """The line holding character `at`, the index of the cell it falls in, and the text of
    that cell before it."""
    start, line = line_at(text, at)
    spans = cell_spans(line)
    index = max((n for n, (s, _) in enumerate(spans) if s <= at - start), default=0)
    return line, index, line[spans[index][0] : at - start]


def head_line(text: str, at: int) -> str | None:
    """The first line of the table holding character `at` (the row of column heads): the
    topmost of the rows above it, up to a line that is no row."""
    top = table_start(text, at)
    if top is None or top == line_at(text, at)[0]:
        return None
    return line_at(text, top)[1]


_YEAR_HEAD = re.compile(r"(?<!\d)(?:(19|20)(\d{2})|['’‘](\d{2}))\s*년?(?!\d)")
_YEAR_OPENING = re.compile(
    r"(?:(19|20)(\d{2})|['’‘](\d{2}))\s*(?:년도?)?\s+"
    r"(?:목표|실적|계획|예산|본예산|추경|전망|잠정|결산|상반기|하반기|[1-4]분기)\S*"
)


def column_year(head: str, column: int) -> int | None:
    """The year a column's head names (`2023년`, `'24년`, `2025`), if it names one alone."""
    heads = cells(head)
    if not 0 <= column < len(heads):
        return None
    return label_year(heads[column])


def label_year(label: str) -> int | None:
    """The year a label names alone (`2023년`, `'24년`, `2025`, `2026(안)`) or opens before a
    word of goal or result (`2018년 실적`, `2020년 목표`), else None."""
    bare = label_name(label).strip()
    m = _YEAR_HEAD.fullmatch(bare) or _YEAR_OPENING.fullmatch(bare)
    if m is None:
        return None
    return int(m.group(1) + m.group(2)) if m.group(1) else 2000 + int(m.group(3))


def cell_labels(text: str, at: int) -> tuple[str, str, int] | None:
    """For a character in a table row under a head row: the head row, the row, and the index in
    the head's cells of the column the character falls in (columns count from each line's
    label, so `| 부산 | …` rows sit under `시도별 | …` heads). None outside such a table."""
    head = head_line(text, at)
    if head is None:
        return None
    return cell_under(text, at, head)


def cell_under(text: str, at: int, head: str) -> tuple[str, str, int]:
    """The head row, the row holding character `at`, and the index in the head's cells of the
    column the character falls in (columns count from each line's label)."""
    line, column, _ = cell_at(text, at)
    return head, line, column + label_column(cells(head)) - label_column(cells(line))
