"""A payment of a program a topic refers back to, a count of times before the verb, consulting
services (docs/guideline.md, "Programs"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from articles import program_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 이 사업은 refers back to the program named before: the payment it gives is its money
        (
            "도는 ‘2026년 청년어업인 어촌정착지원사업’ 대상자를 뽑는다. 이 사업은 청년 어업인에게 "
            "어촌정착지원금을 최장 3년간 지급하는 것이다.",
            ["청년어업인 어촌정착지원사업"],
        ),
        # another topic pays it: a program of its own
        (
            "도는 ‘청년어업인 어촌정착지원사업’ 대상자를 뽑는다. 군은 청년에게 "
            "어촌정착지원금을 지급한다.",
            ["청년어업인 어촌정착지원사업", "어촌정착지원금"],
        ),
    ],
)
def test_payment_of_a_program_referred_back_to(text: str, expected: list[str]) -> None:
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how often stands between the quote and the verb that runs it
        ("군은 ‘찾아가는 농기계 수리’를 월 2회 추진한다.", ["찾아가는 농기계 수리"]),
        ("시는 ‘찾아가는 세무 교육’을 한 차례 더 진행한다.", ["찾아가는 세무 교육"]),
        # a quoted consulting service run for others
        ("도는 ‘찾아가는 공모사업 컨설팅’을 진행할 예정이다.", ["찾아가는 공모사업 컨설팅"]),
        ("업체는 경영 컨설팅을 받는다.", []),
    ],
)
def test_how_often_and_consulting(text: str, expected: list[str]) -> None:
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a course's kind and the copula before a quote: the quote names one course
        ("디지털 신기술 훈련인 ‘K-스마트 트레이닝’ 인원은 늘어난다.", ["K-스마트 트레이닝"]),
        # a one-word line of a list by field is a field, counted or priced
        ("부문별로는 ▲직접일자리 1천482개 ▲직업능력개발훈련 214개 ▲고용서비스 386개다.", []),
        ("군은 소방 훈련을 실시한다.", []),
        # a quote closed by 훈련 is a drill
        ("군은 ‘2025년 재난대응 안전한국훈련’ 평가에서 우수기관으로 선정됐다.", []),
    ],
)
def test_course_kind_and_field_lines(text: str, expected: list[str]) -> None:
    assert sorted(names(text)) == sorted(expected)
