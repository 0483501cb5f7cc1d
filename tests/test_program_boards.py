"""Program names in the releases of city, county, provincial and education-office boards: where
precision was the problem (events, facilities, funds, award divisions among 0-4 real programs).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from articles import program_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun of a place's character (-답다 with -ㅁ: 광주다움) is a noun of the name
        ("‘부산다움 마을돌봄’ 신청자가 늘었다.", ["부산다움 마을돌봄"]),
        # the people a quoted program serves may follow the quote that a clause of giving describes
        (
            "시는 식사와 청소를 지원하는 ‘청주다움 안심돌봄’ 이용자가 크게 늘었다고 밝혔다.",
            ["청주다움 안심돌봄"],
        ),
        # the number of a line or a section of works written apart says which one
        ("대구 도시철도 4호선 건설사업에 800억 원이 들어간다.", ["대구 도시철도 4호선 건설사업"]),
        ("국도 13호선 확장사업을 내년에 마친다.", ["국도 13호선 확장사업"]),
        ("군은 하수관로 3공구 정비사업을 추진한다.", ["하수관로 3공구 정비사업"]),
        # a fund with who borrows it or what for is one program, its sector alone a kind
        ("군은 귀농인 농업창업자금을 저리로 빌려준다.", ["귀농인 농업창업자금"]),
        ("군은 양돈농가 사료구매자금 50억 원을 융자한다.", ["양돈농가 사료구매자금"]),
        # a company that applies for a public program does not make it its own
        ("㈜바다건설은 청년 일자리 도약 장려금을 신청했다.", ["청년 일자리 도약 장려금"]),
        # the same course run by a city is a public program
        (
            "시는 ㈜바다건설과 협약을 맺었다. 시는 ‘조선 용접 기능인력 양성 과정’을 운영한다.",
            ["조선 용접 기능인력 양성 과정"],
        ),
    ],
)
def test_programs_of_board_releases(text, expected):
    assert names(text) == expected


def test_a_section_of_a_plan_without_an_award_keeps_its_program() -> None:
    text = "시는 「제1차 한빛시 장애인복지계획」의 무장애 도시 조성사업 부문을 점검했다."
    assert names(text) == ["무장애 도시 조성사업"]


@pytest.mark.parametrize(
    "text",
    [
        # a verb's adnominal before a quote followed by another noun describes that noun
        "시가 지원하는 ‘청주다움 안심돌봄’ 정책은 좋은 평가를 받았다.",
        # a bare line number is no name
        "시는 4호선 건설사업을 서두른다.",
        # a name before 부문 names the division of a contest or an award
        "군은 올해 일자리 대상에서 청년 창업 지원사업 부문 우수상을 받았다.",
        "도는 전국 평가에서 고향사랑기부제 부문 대상을 차지했다.",
        # a course or service a company runs (the text marks it with (주), ㈜ or 주식회사) is its
        # own, not a public program
        "시는 (주)한결조선과 협약을 맺었다. 한결조선은 ‘선박 도장 전문인력 양성 과정’을 운영한다.",
        "주식회사 다온푸드는 청년 조리사 실무교육을 실시한다.",
        # a fund named by its sector, with or without a generic word, is a kind of loan
        "이자는 연 2%로 일반 축산자금 금리보다 낮다.",
        "수협은 수산자금 30억 원을 풀었다.",
    ],
)
def test_not_programs_of_board_releases(text):
    assert names(text) == []
