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


def cells(line: str, like: str | None = None) -> list[str]:
    """A table line's cells: between `|`, else tabs or runs of spaces, else single spaces; the
    separator is the one the whole line `like` uses (for a part of a line)."""
    shape = line if like is None else like
    if "|" in shape:
        return line.split("|")
    if "\t" in shape or "  " in shape:
        return _label_apart(_WIDE_GAP.split(line))
    return line.split(" ")


_LABEL_AND_NUMBER = re.compile(r"(.*[가-힣A-Za-z)）])( +)([-+−]?\d[\d,.]*)")


def _label_apart(row: list[str]) -> list[str]:
    """A row apart by runs of spaces whose label is followed by its first number after a single
    space only (`청년층 고용률 45.2      44.3`): the label and the number are two cells."""
    first = next((n for n, cell in enumerate(row) if cell.strip()), None)
    if first is None:
        return row
    m = _LABEL_AND_NUMBER.fullmatch(row[first])
    if m is not None:
        return [*row[:first], m.group(1), m.group(3), *row[first + 1 :]]
    # the text of such a row before its first number (`cell_at`): the label, then the number's
    if first == len(row) - 1 and _LABEL_BEFORE_NUMBER.fullmatch(row[first]):
        return [*row[:first], row[first].rstrip(), ""]
    return row


_LABEL_BEFORE_NUMBER = re.compile(r".*[가-힣A-Za-z)）] ")


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


def column_shift(head: str, line: str) -> int:
    """What to add to the index of a row's cell to reach its column's index in the head row.
    Columns count from each line's label (`| 부산 | …` under `시도별 | …`); in a table apart by
    single spaces they count from the right, where a label of two words takes two cells
    (`전체 방문객 3,018 3,263 8.1` under `구분 2024년 2025년 증감률`)."""
    head_cells, row_cells = cells(head), cells(line)
    if _single_spaced(head) and _single_spaced(line) and len(row_cells) > len(head_cells):
        return len(head_cells) - len(row_cells)
    return label_column(head_cells) - label_column(row_cells)


def label_under(head: str, line: str) -> str:
    """A row's label under a head row: its first cell, or in a table apart by single spaces the
    cells left of the columns the head names (`전체 방문객`)."""
    head_cells, row_cells = cells(head), cells(line)
    if _single_spaced(head) and _single_spaced(line) and len(row_cells) > len(head_cells):
        return " ".join(row_cells[: len(row_cells) - len(head_cells) + 1]).strip()
    return row_label(line)


def _single_spaced(line: str) -> bool:
    return "|" not in line and "\t" not in line and "  " not in line.strip()


def is_row(line: str) -> bool:
    """A line that is plainly a table row: cells between `|` or tabs."""
    return line.count("|") >= 2 or "\t" in line


def line_at(text: str, at: int) -> tuple[int, str]:
    """Where the line holding character `at` starts, and the line."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, text[start : end if end >= 0 else len(text)]


def cell_offset(line: str, index: int) -> int:
    """Where the cell `index` of a table line starts within it (between `|`, else after tabs or
    runs of spaces)."""
    if "|" in line:
        return sum(len(c) + 1 for c in line.split("|")[:index])
    gap = _WIDE_GAP if "\t" in line or "  " in line else _SPACE  # as `cells` splits it
    bounds = [0] + [m.end() for m in gap.finditer(line)]
    return bounds[index] if index < len(bounds) else len(line)


_SPACE = re.compile(" ")


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
    before = cells(text[start:at], like=line)
    return line, len(before) - 1, before[-1]


def head_line(text: str, at: int) -> str | None:
    """The first line of the table holding character `at` (the row of column heads): the
    topmost of the rows above it, up to a line that is no row."""
    top = table_start(text, at)
    if top is None or top == line_at(text, at)[0]:
        return None
    return line_at(text, top)[1]


_YEAR_HEAD = re.compile(r"(?<!\d)(?:(19|20)(\d{2})|['’‘](\d{2}))\s*년?(?!\d)")


def column_year(head: str, column: int) -> int | None:
    """The year a column's head names (`2023년`, `'24년`, `2025`), if it names one alone."""
    heads = cells(head)
    if not 0 <= column < len(heads):
        return None
    return label_year(heads[column])


def label_year(label: str) -> int | None:
    """The year a label names alone (`2023년`, `'24년`, `2025`, `2026(안)`), else None."""
    m = _YEAR_HEAD.fullmatch(label_name(label).strip())
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
    line, column, _ = cell_at(text, at)
    return head, line, column + label_column(cells(head)) - label_column(cells(line))
