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


def test_parenthesis_before_the_joining_particle() -> None:
    # what a member gives, in a parenthesis, does not end the list of quotes
    text = (
        "도는 ‘전남형 청년 귀농 정착 지원사업’(월 최대 80만원)과 ‘섬마을 왕진선’ 운영 예산도 "
        "각각 늘렸다."
    )
    assert sorted(names(text)) == sorted(["전남형 청년 귀농 정착 지원사업", "섬마을 왕진선"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a local currency named after its kind and the copula is a means of payment
        ("시는 지역화폐인 목포상생카드를 10% 할인 판매한다.", []),
        ("시는 목포상생카드를 새로 발급한다.", ["목포상생카드"]),
        # the money a quoted program pays, written after it with 의, is a part of it
        ("‘국민구직지원제도’의 구직활동수당은 월 60만 원으로 오른다.", ["국민구직지원제도"]),
        ("구직활동수당은 월 60만 원으로 오른다.", ["구직활동수당"]),
    ],
)
def test_currency_and_payment_of_a_program(text: str, expected: list[str]) -> None:
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote joined with a program keeps its name without its other name in parentheses
        (
            "사업은 ‘마을 활동지원 사업(마을빛깔)’과 ‘행복 돌봄공동체 사업’으로 나뉜다.",
            ["마을 활동지원 사업", "행복 돌봄공동체 사업"],
        ),
        # a quote ending in no head of its own before a plan word names the plan
        ("지역에 부를 두는 ‘지역 순환 경제 구축’(CWB) 전략이다.", []),
        ("군은 ‘청년 일자리 지원사업’ 계획을 세웠다.", ["청년 일자리 지원사업"]),
    ],
)
def test_other_name_and_plan_after(text: str, expected: list[str]) -> None:
    assert sorted(names(text)) == sorted(expected)
