"""Plain-text table lines: cells, the head row, the year a column names."""

from __future__ import annotations

import pytest

from extractors.tables import cell_at, cells, column_year, head_line

TABLE = "실적은 다음과 같다.\n구분 | 2024년 | '25년\n목표 | 9천개 | 1만개\n"


def test_cells_follow_the_line_s_separator() -> None:
    assert cells("a | b | c") == ["a ", " b ", " c"]
    assert cells("a  b\tc") == ["a", "b", "c"]
    assert cells("a b c") == ["a", "b", "c"]
    assert cells("a b", like="a b  c") == ["a b"]


def test_a_cell_s_column_and_its_head() -> None:
    at = TABLE.index("1만개")
    line, column, before = cell_at(TABLE, at)
    assert (line, column, before) == ("목표 | 9천개 | 1만개", 2, " ")
    head = head_line(TABLE, at)
    assert head == "구분 | 2024년 | '25년"
    assert [column_year(head, n) for n in range(4)] == [None, 2024, 2025, None]


@pytest.mark.parametrize(
    ("at", "head"),
    [
        (0, None),  # prose
        (TABLE.index("2024"), None),  # the head row itself has no head above it
        (TABLE.index("9천개"), "구분 | 2024년 | '25년"),
        (len(TABLE), None),  # past the last line
    ],
)
def test_the_head_of_a_row(at: int, head: str | None) -> None:
    assert head_line(TABLE, at) == head
