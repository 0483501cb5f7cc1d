"""Lines of a budget and kinds of payment (docs/guideline.md, "Programs"; issue 8 item 3): an
enumerated budget item with its own amount is a program whatever its head, 지원 included; 지원
elsewhere names a program only when a verb presents it, a quote names it or a place's own version
leads it; a facility's running or building line (운영, 조성) only in a list presented as programs.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from articles import program_names as names

# -- a bulleted budget line closed by 지원 -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line with its own amount is the budget's item, whatever the money supports
        (
            "복지 분야는 ▲어린이집 보육료 지원 12억원 ▲노인 무료 급식 지원 3억원이 담겼다.",
            ["어린이집 보육료 지원", "노인 무료 급식 지원"],
        ),
        (
            "경제 분야에는 ▲소상공인 대출이자 지원 40억원 ▲지역화폐 발행 지원 90억원을 편성했다.",
            ["소상공인 대출이자 지원", "지역화폐 발행 지원"],
        ),
        (
            "올해 예산에는 ▲농가 재해보험료 지원 9억원 ▲청년농 정착 지원사업 7억원 등이 담겼다.",
            ["농가 재해보험료 지원", "청년농 정착 지원사업"],
        ),
        (
            "○마을공동체 활성화 및 주민자치 지원 8억원 ○경로당 냉방비 지원 2억원",
            ["마을공동체 활성화 및 주민자치 지원", "경로당 냉방비 지원"],
        ),
    ],
)
def test_budget_line_of_support(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # without its own amount, a line closed by 지원 says what a list supports ...
        ("△기능인력 우대공제 △교통비 지원 등을 돕는다.", []),
        ("○경로당 냉방비 지원 ○마을버스 요금 지원", []),
        # ... unless a place's own version leads it or it coins a group's program
        ("○순천형 청년 창업지원 ○경로당 냉방비 지원", ["순천형 청년 창업지원"]),
        (
            "○노인일자리 및 사회활동 지원 ○아이돌봄 지원 ○저소득층 교육비 지원",
            ["노인일자리 및 사회활동 지원", "아이돌봄 지원"],
        ),
        # an amount in a parenthesis is what each is given, not the line's budget
        (
            "사업비 30억원으로 △교통비 지원(월 5만 원) △휴가비 지원(최대 40만 원)을 준다.",
            [],
        ),
        # a total after 등 is no line's own amount
        ("도는 ▲전통시장 배송비 지원 등 20억 원 규모의 상권 사업을 추진한다.", []),
        # presented by its verb, 지원 is a program as before
        ("군은 올해 청년 월세 지원을 시행한다.", ["청년 월세 지원"]),
    ],
)
def test_support_without_a_budget_of_its_own(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what leads the list calls its lines 사업: a facility's running or building line too
        (
            "주요 사업은 ▲광양형 공공어린이집 운영 지원 8억원 ▲마을 도서관 조성 5억원 등이다.",
            ["광양형 공공어린이집 운영 지원", "마을 도서관 조성"],
        ),
        (
            "주요 신규사업 예산은 ▲백계산 동백정원 조성 9.5억 원 ▲경로당 운영 3억 원이다.",
            ["백계산 동백정원 조성", "경로당 운영"],
        ),
        # the list is the object of a verb of undertaking
        (
            "구는 ▲전통시장 주차장 조성 12억원 ▲골목상점 간판 정비 5억원 등을 추진한다.",
            ["전통시장 주차장 조성", "골목상점 간판 정비"],
        ),
        # a budget that only holds them: lines of building and running places
        ("구는 ▲전통시장 주차장 조성 12억원 ▲경로당 운영 5억원 등을 편성했다.", []),
        ("▲소상공인 특례보증 30억원 ▲전통시장 주차장 조성 12억원", ["소상공인 특례보증"]),
    ],
)
def test_facility_lines(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# -- kinds of payment and insurances paid by law -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # employment, the aim of every job subsidy, says which kind only
        "정부는 중소기업에 고용장려금을 지급한다.",
        # what a household borrows for is a kind of loan
        "은행들이 전세자금 대출 금리를 내렸다.",
        "신혼부부는 주택자금 대출을 받을 수 있다.",
        # a pension insurance everyone insured pays into by law
        "지난해 국민연금 수급자는 700만 명을 넘었다.",
        "공무원연금 개혁 논의가 다시 시작됐다.",
    ],
)
def test_kinds_of_payment(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with the group it serves, a kind of payment is one program
        ("도는 청년 고용장려금을 올해 처음 지급한다.", ["청년 고용장려금"]),
        ("군은 소상공인 육성자금을 푼다.", ["소상공인 육성자금"]),
        # a pension paid out of taxes to those who need it is a program
        ("시는 기초연금 수급자에게 안내문을 보냈다.", ["기초연금"]),
    ],
)
def test_payments_that_are_programs(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# -- the programs a fund pays for ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a head glued to a fund noun: the fund's programs, as written apart (…기금 사업)
        "올해 고향사랑 기금사업으로 마을 빨래방을 설치한다.",
        "군은 폐광지역개발기금사업을 벌인다.",
        "도는 농어촌구조개선특별회계사업 예산을 늘렸다.",
    ],
)
def test_a_funds_programs(text: str) -> None:
    assert names(text) == []


# -- a budget line that counts its sites before its amount ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "분야별로는 ▲소하천 정비사업 14곳 96억 원 ▲농로 포장사업 20건 31억 원이다.",
            ["소하천 정비사업", "농로 포장사업"],
        ),
        ("올해는 소하천 정비사업 8곳 40억 원이 반영됐다.", ["소하천 정비사업"]),
        # a count with no amount after it makes no budget line
        ("군은 소하천 정비사업 8곳을 마쳤다.", []),
    ],
)
def test_budget_line_with_a_count(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# -- rules of an office's staff -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "교육청은 심사승진제로 사무관 12명을 뽑았다.",
        "군은 탄력근무제를 모든 부서로 넓힌다.",
        "시는 순환보직제를 도입한다.",
        "시청은 시차출퇴근제를 시범 운영한다.",
    ],
)
def test_staff_rules_are_no_programs(text: str) -> None:
    assert names(text) == []


def test_a_scheme_with_a_suffix_rule_stays() -> None:
    assert names("법무부는 숙련기능인력 추천제를 운영한다.") == ["숙련기능인력 추천제"]


# -- a bulleted line that opens with a quoted name ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quote, the words after it and the line's own amount: the whole line
        (
            "구는 ▲‘착한 가게’ 지정·지원 5억원 ▲‘행복 누리’ 공영버스 운영 8억원을 편성했다.",
            ["착한 가게 지정·지원", "행복 누리 공영버스 운영"],
        ),
        ("▲‘섬마을 지킴이’ 갯벌 정화 사업 3억 원", ["섬마을 지킴이 갯벌 정화 사업"]),
    ],
)
def test_quoted_budget_line(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no amount of its own: words about the quote, not a budget line
        "▲‘행복 누리’ 공영버스 운영 확대",
        # a particle makes the quote a word of a clause
        "▲‘행복 누리’는 공영버스 8억원을 들인다",
        # a quoted sentence is no name
        "▲“우리가 지킨다” 순찰 활동 3억원",
    ],
)
def test_quoted_line_that_names_none(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 운영 of the people a program employs: the line's form of …지킴이를 운영한다
        (
            "▲마을 돌봄매니저 운영 3억원 ▲경로당 운영 2억원 ▲어린이 등굣길 지킴이 운영 1억원",
            ["마을 돌봄매니저 운영", "어린이 등굣길 지킴이 운영"],
        ),
        # people with no word of whose: no name
        ("▲지킴이 운영 3억원 ▲복지관 운영 9억원", []),
    ],
)
def test_budget_line_running_people(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# -- a fund before a word of lending ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the phrase names the loan made from the fund, a product: unquoted a kind
        ("시는 청년 주거자금 대출 이자를 연 2%까지 보전한다.", []),
        ("어업인 창업자금 융자와 보험 가입을 함께 안내한다.", []),
        # support for the loan is a program by its own head; the fund alone stays
        ("도는 소상공인 운전자금 대출 지원을 시작한다.", ["소상공인 운전자금 대출 지원"]),
        ("군은 한우농가 사료구매자금을 지원한다.", ["한우농가 사료구매자금"]),
    ],
)
def test_fund_before_lending(text: str, expected: list[str]) -> None:
    assert names(text) == expected
