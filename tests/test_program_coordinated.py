"""Quotes joined with a quoted program (docs/guideline.md, "Programs"). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from articles import program_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # like is joined with like: the quote beside a quoted program is a program too
        (
            "시는 이 같은 성과가 ‘보성 반값숙박’과 ‘보성형 청년 창업 지원사업’이 맞물린 "
            "결과로 본다.",
            ["보성 반값숙박", "보성형 청년 창업 지원사업"],
        ),
        (
            "군은 ‘장흥 한끼 나눔’, ‘장흥형 귀농 정착 지원사업’ 등을 추진했다.",
            ["장흥 한끼 나눔", "장흥형 귀농 정착 지원사업"],
        ),
    ],
)
def test_quote_joined_with_a_quoted_program(text: str, expected: list[str]) -> None:
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event, a plan or one word joined to it stays out
        (
            "군은 ‘장흥 물축제’와 ‘장흥형 귀농 정착 지원사업’을 함께 홍보했다.",
            ["장흥형 귀농 정착 지원사업"],
        ),
        (
            "군은 ‘장흥 2030 계획’과 ‘장흥형 귀농 정착 지원사업’을 연계했다.",
            ["장흥형 귀농 정착 지원사업"],
        ),
        ("군은 ‘상생’과 ‘장흥형 귀농 정착 지원사업’을 강조했다.", ["장흥형 귀농 정착 지원사업"]),
    ],
)
def test_event_or_plan_joined_stays_out(text: str, expected: list[str]) -> None:
    assert sorted(names(text)) == sorted(expected)
