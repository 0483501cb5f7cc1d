"""Program names of unseen releases (issue 8, item 3): quotes a verb extends, quotas in
parentheses, clauses inside a quote after its kind, one-word payments, the money a program named
before pays, and phrases of the residents' well-being; sentences written for these tests."""

from __future__ import annotations

import pytest
from articles import program_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of extending presents a quoted program as one that runs already
        (
            "구는 홀몸 어르신 보호를 위해 ‘AI 안심 돌봄콜’ 서비스를 확대한다.",
            ["AI 안심 돌봄콜 서비스"],
        ),
        ("군은 ‘찾아가는 마을 건강’ 교육을 늘린다.", ["찾아가는 마을 건강 교육"]),
    ],
)
def test_quote_a_verb_extends(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_unquoted_head_a_verb_extends_stays_a_plain_act() -> None:
    assert names("시는 올해 방문 교육을 확대한다.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quota of people or an amount in a parenthesis glued after the quote
        (
            "시는 ‘경력 이음 일자리’(45명)와 ‘청년 도전 인턴 지원’(30명)도 계속한다.",
            ["경력 이음 일자리", "청년 도전 인턴 지원"],
        ),
        ("군은 ‘마을 안심 귀갓길’(사업비 3억 원)을 새로 시작한다.", ["마을 안심 귀갓길"]),
    ],
)
def test_quote_with_its_quota(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a plan's period, a count of places
        "시는 ‘제3차 도시 숲 기본계획’(2026~2030)을 세웠다.",
        "구는 ‘우리 동네 쉼터’(5곳)를 열었다.",
        # the parenthesis says whom, not how many
        "시는 ‘경력 이음 일자리’(청년 45명)를 계속한다.",
    ],
)
def test_parenthesis_that_is_no_quota(text: str) -> None:
    assert names(text) == []


def test_quote_with_an_adnominal_clause_after_its_kind() -> None:
    assert names(
        "올해 지역사랑 기금사업 ‘혼자 사는 어르신을 돕는 반찬 나눔’이 읍면에서 진행 중이다."
    ) == ["혼자 사는 어르신을 돕는 반찬 나눔"]


def test_quoted_one_word_payment_of_a_group() -> None:
    # 부모급여 as one token (Kiwi keeps it whole here), as 생계급여 split: one word before a
    # payment
    assert names(
        "정부는 ‘첫만남이용권’ 200만 원과 ‘부모급여’(0세 월 100만 원)도 그대로 지급한다."
    ) == ["첫만남이용권", "부모급여"]


def test_payment_named_after_the_program_before_it() -> None:
    assert names(
        "해수부는 ‘청년어업인 어촌정착지원사업’의 대상을 500명으로 늘리고, 어촌정착지원금을"
        " 월 최대 100만 원까지 지급한다."
    ) == ["청년어업인 어촌정착지원사업"]


@pytest.mark.parametrize(
    "text",
    [
        "구는 필수 경비와 구민 불편 해소 사업을 중심으로 추경을 짠다.",
        "시장은 “시민행복사업으로 지역을 돕자”고 말했다.",
    ],
)
def test_residents_well_being_is_a_kind(text: str) -> None:
    assert names(text) == []


def test_residents_with_a_field_name_one_program() -> None:
    assert names("보건소는 주민 참여형 금연 지원사업을 연다.") == ["주민 참여형 금연 지원사업"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote opening a line of a list presented as programs, without an amount
        (
            "주요 사업은 ▲‘찾아가는 취업 버스’ 순회 상담 ▲‘청년 일자리 카페’ 운영 등이다.",
            ["찾아가는 취업 버스", "청년 일자리 카페"],
        ),
        # a line closed by a verbal noun of giving with its own amount, in such a list
        (
            "주요 사업은 △한부모 가정 상하수도 요금 감면 12억원 △출산 가정 전기요금 할인 8억원"
            " 등이다.",
            ["한부모 가정 상하수도 요금 감면", "출산 가정 전기요금 할인"],
        ),
        # the people a program places, counted, then a place before the verb that runs them
        (
            "군은 하반기 ‘마을 돌봄 매니저’ 15명을 읍면에 배치한다.",
            ["마을 돌봄 매니저"],
        ),
    ],
)
def test_lines_and_people_a_list_or_verb_presents(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a budget that only holds the lines
        "예산에는 ▲‘찾아가는 취업 버스’ 순회 상담 등을 반영했다.",
        "예산에는 △출산 가정 전기요금 할인 8억원 등을 편성했다.",
        # an event opening a line of such a list
        "주요 사업은 ▲‘섬 음식 축제’ 개최 ▲…",
        # people counted and chosen somewhere: the people, not the program
        "군은 ‘마을 돌봄 매니저’ 15명을 읍면에서 뽑는다.",
    ],
)
def test_lines_and_people_not_presented(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lines of building or running in a list its verb presents as programs, no amounts
        (
            "군은 ▲마을 특산물 공동브랜드 육성 ▲전통시장 공동 배송 거점 조성 ▲농촌 체험 연계"
            " 프로그램 운영 등 9개 세부사업을 추진한다.",
            [
                "마을 특산물 공동브랜드 육성",
                "전통시장 공동 배송 거점 조성",
                "농촌 체험 연계 프로그램 운영",
            ],
        ),
        # a campaign's -기 line with its own amount in a list of projects
        (
            "주요 신규사업으로는 ▲완도형 작은마을 살리기 3억 원 ▲해안 정비사업 20억 원 등이"
            " 반영됐다.",
            ["완도형 작은마을 살리기", "해안 정비사업"],
        ),
        # a quote counted in 명 that a verb deploys
        ("시는 공장을 돌보는 ‘제조 현장 코치’ 15명을 운영한다.", ["제조 현장 코치"]),
    ],
)
def test_presented_lines_and_deployed_quotes(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the same lines a budget only holds
        "군은 ▲마을 특산물 공동브랜드 육성 ▲전통시장 공동 배송 거점 조성 등을 예산에 반영했다.",
        "예산에는 ▲완도형 작은마을 살리기 3억 원 등을 편성했다.",
        # a quote counted and appointed: honorary titles
        "시는 ‘명예 관광 대사’ 15명을 위촉했다.",
        # the card money is paid in
        "참여자 교통비는 목포사랑카드로 월 5만 원씩 지급된다.",
        # farming loans, a kind
        "군은 농업인에게 연 1% 금리로 영농자금을 융자한다.",
    ],
)
def test_not_programs_of_lists_cards_and_loans(text: str) -> None:
    assert names(text) == []
