"""Figure extraction on Korean sentences written for these tests (docs/guideline.md cases)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from extractors.figures import extract_figures

SEOUL = ZoneInfo("Asia/Seoul")


def kvus(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [(f.kind, f.value, f.unit, f.surface) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money: digits, commas, mixed units, spaces inside, Sino-Korean, foreign currencies
        (
            "군은 올해 4,222억2000만원을 들인다.",
            [("money", Decimal("422220000000"), "KRW", "4,222억2000만원")],
        ),
        (
            "총사업비 1조 199억 8200만 원을 확보했다.",
            [("money", Decimal("1019982000000"), "KRW", "1조 199억 8200만 원")],
        ),
        (
            "장학금 삼천오백만원을 기탁했다.",
            [("money", Decimal("35000000"), "KRW", "삼천오백만원")],
        ),
        ("수출액은 5천만 달러에 이른다.", [("money", Decimal("50000000"), "USD", "5천만 달러")]),
        ("투자액 3억 5천만 원", [("money", Decimal("350000000"), "KRW", "3억 5천만 원")]),
        ("엔화 기준 100억 엔을 유치", [("money", Decimal("10000000000"), "JPY", "100억 엔")]),
        ("3억 위안 규모의 계약", [("money", Decimal("300000000"), "CNY", "3억 위안")]),
        (
            "2천만 유로와 500만 파운드",
            [
                ("money", Decimal("20000000"), "EUR", "2천만 유로"),
                ("money", Decimal("5000000"), "GBP", "500만 파운드"),
            ],
        ),
        ("평균 임금은 264 만원이다.", [("money", Decimal("2640000"), "KRW", "264 만원")]),
        ("1.5조 원의 예산", [("money", Decimal("1500000000000"), "KRW", "1.5조 원")]),
        ("１２만원을 냈다.", [("money", Decimal("120000"), "KRW", "１２만원")]),
        # bare 억/조 amounts count as money only in money sentences
        (
            "공익 직불금 6천여 농가에 88억 지급",
            [
                ("count", Decimal("6000"), "농가", "6천여 농가"),
                ("money", Decimal("8800000000"), "KRW", "88억"),
            ],
        ),
        (
            "교부금 1,130억 감액은 사실과 다르다.",
            [("money", Decimal("113000000000"), "KRW", "1,130억")],
        ),
        ("관광객 1억 돌파를 기념했다.", []),
        # ranges
        (
            "사업비는 2천900만~3천800만원이다.",
            [("money", Decimal("29000000"), "KRW", "2천900만~3천800만원")],
        ),
        ("3~5억원을 지원한다.", [("money", Decimal("300000000"), "KRW", "3~5억원")]),
        # percent
        ("고용률은 58.8%로 집계됐다.", [("percent", Decimal("58.8"), "%", "58.8%")]),
        ("전년보다 0.6%p 올랐다.", [("percent", Decimal("0.6"), "%p", "0.6%p")]),
        ("전년보다 2.3% 포인트 내렸다.", [("percent", Decimal("2.3"), "%p", "2.3% 포인트")]),
        ("성장률이 -0.7%를 기록했다.", [("percent", Decimal("-0.7"), "%", "-0.7%")]),
        ("참여율 12퍼센트", [("percent", Decimal("12"), "%", "12퍼센트")]),
        (
            "105억 원(1.72%)을 배정",
            [
                ("money", Decimal("10500000000"), "KRW", "105억 원"),
                ("percent", Decimal("1.72"), "%", "1.72%"),
            ],
        ),
        # counts: counters as written, native numerals, fused 여, spaced digits
        ("2만6천개의 일자리", [("count", Decimal("26000"), "개", "2만6천개")]),
        ("기업 37개사를 유치했다.", [("count", Decimal("37"), "개사", "37개사")]),
        ("전담여행사 2개 사를 뽑는다.", [("count", Decimal("2"), "개사", "2개 사")]),
        ("72개 사업을 추진한다.", [("count", Decimal("72"), "개", "72개")]),
        (
            "두 곳에 세 명을 배치하고 한 차례 점검했다.",
            [
                ("count", Decimal("2"), "곳", "두 곳"),
                ("count", Decimal("3"), "명", "세 명"),
                ("count", Decimal("1"), "차례", "한 차례"),
            ],
        ),
        ("20여 개 학교가 참여", [("count", Decimal("20"), "개", "20여 개")]),
        ("청년 인구는 16 만 5000 명이다.", [("count", Decimal("165000"), "명", "16 만 5000 명")]),
        ("합계출산율 1.30명", [("count", Decimal("1.30"), "명", "1.30명")]),
        ("공공주택 5천962호를 공급", [("count", Decimal("5962"), "호", "5천962호")]),
        ("김장 김치 3,000포기를 담갔다.", [("count", Decimal("3000"), "포기", "3,000포기")]),
        ("다자녀 기준은 2자녀다.", [("count", Decimal("2"), "자녀", "2자녀")]),
        ("조회수 만 회를 넘겼다.", [("count", Decimal("10000"), "회", "만 회")]),
        # spoken 10,000 with no 1 before what follows it; glued on, 만 is the particle `only`
        ("일자리 만 2천 개를 만든다.", [("count", Decimal("12000"), "개", "만 2천 개")]),
        ("만 4백 개의 일자리를 만들었다.", [("count", Decimal("10400"), "개", "만 4백 개")]),
        ("이번 달에만 2천 개를 팔았다.", [("count", Decimal("2000"), "개", "2천 개")]),
        ("사업비 억 5천만 원을 들인다.", [("money", Decimal("150000000"), "KRW", "억 5천만 원")]),
    ],
)
def test_figures_found(text: str, expected: list) -> None:
    assert kvus(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2021년 12월 16일 09:57에 발표했다.",
        "오는 30일까지 접수한다.",
        "3년간 6개월마다 5년간 점검한다.",
        "65세 이상과 15-64세 인구",
        "제155회 임시회와 제3회 추경",
        "4차 산업혁명과 민선 8기",
        "코로나19 확산으로 풍세2산업단지가 멈췄다.",
        "면적 120㎡, 30㏊, 5㎞, 100톤, 20kg, 36℃",
        "수출이 3배 늘어 1등급, 3위를 기록했다.",
        "두 마리 토끼를 잡겠다.",
        "문의는 061-286-7710으로 하면 된다.",
        "1인당 지원을 늘린다.",
        "8대째 가업을 잇는다.",
        "1박 2일 일정으로 4차로를 달린다.",
        "20대 청년과 30대 여성",
        "1호 시범단지와 국도77호선",
        "RE100 참여 기업과 KTX 역세권",
        "2026여수세계섬박람회를 준비한다.",
        "한 단계 도약하는 한 해였다.",
        "주민 한 분 한 분의 목소리를 듣고 대원 한 명 한 명이 힘을 보탰다.",
        "http://example.go.kr/view?idx=3000 참고",
    ],
)
def test_not_figures(text: str) -> None:
    assert kvus(text) == []


def test_offsets_point_into_the_text() -> None:
    text = '천안시,"4222억2000만원 투입, 고용률 67% 달성"목표\n시는 약 3억 원을 쓴다.'
    for f in extract_figures(text):
        assert text[f.start : f.end] == f.surface


def test_context_attributes() -> None:
    published = datetime(2021, 2, 3, 9, 57, tzinfo=SEOUL)
    text = (
        "시는 올해 4,222억2000만원을 투입해 고용률 67% 달성을 목표로 "
        "2만6000개 양질의 일자리를 만든다고 밝혔다. "
        "지난해 실업률은 3.1%를 기록했다. 참석자는 약 300명이었다."
    )
    money, rate, jobs, unemployment, people = extract_figures(text, published_at=published)
    assert (money.year, money.is_target) == (2021, True)
    assert rate.metric == "고용률"
    assert jobs.subject == "일자리"
    assert jobs.sentence.startswith("시는 올해") and jobs.sentence.endswith("밝혔다.")
    assert (unemployment.metric, unemployment.year, unemployment.is_target) == (
        "실업률",
        2020,
        False,
    )
    assert (people.qualifier, people.surface, people.approx) == ("약", "300명", True)


def test_explicit_year_and_approximation_after_the_unit() -> None:
    figures = extract_figures("2025년 방문객이 147만명을 돌파했고 예산은 27억원 수준이다.")
    assert [(f.value, f.year, f.approx) for f in figures] == [
        (Decimal("1470000"), 2025, True),
        (Decimal("2700000000"), 2025, True),
    ]


def test_subject_before_the_number() -> None:
    (count,) = extract_figures("협약기업 44개사가 참여했다.")
    assert count.subject == "협약기업"


def test_change_without_named_rate_gets_a_change_metric() -> None:
    (up,) = extract_figures("운수업은 59.7% 증가했다.")
    (down,) = extract_figures("생산은 12% 감소했다.")
    assert (up.metric, down.metric) == ("증가율", "감소율")


def test_decrease_marks_do_not_negate() -> None:
    (f,) = extract_figures("보통교부금 △6,239억원")
    assert f.value == Decimal("623900000000") and f.surface == "6,239억원"


@pytest.mark.parametrize(
    "text",
    [
        "일회성 경비를 줄이고 기대 만발이다.",
        "3대 세목과 4대 보험, 5대 학회",
        "1인 가구와 2인 가구 지원",
        "인생 2막과 1부 개회식",
        "미래전략산업 5+1 분야",
        "3대 세목의 하나인 부가가치세",
        # a larger N대 before the noun it ranks, with no counted noun before it
        "12대 전략 업종의 수출이 늘었다.",
        # a size class of firms, not a count of people
        "10인 이상 사업장과 300인 미만 중소기업, 4인 이상 가구가 대상이다.",
        # one with 도 before a negation: none
        "신청자가 한 명도 없었고 문을 연 곳도 한 곳도 안 됐다.",
        # a native numeral and counter glued to a noun after them: a name (a university)
        "세명대 한 교수는 지역 일자리가 부족하다고 말했다.",
        # 기 of a phase or a cohort
        "3기 신도시와 제2기 지역위원회, 창업사관학교 12기",
        # the number of a supplementary budget
        "2회 추경과 3회 추가경정예산안",
        # a category before a noun with a prefix; ages after a function noun; a word with 회
        "1인 소상공인과 응답자 가운데 20대·30대, 1회용품",
        # ratios: spaced, or with a decimal
        "국세와 지방세 비율이 75 대 25 수준이고 경쟁률은 124.3대 1이었다.",
    ],
)
def test_number_words_that_are_not_counts(text: str) -> None:
    assert kvus(text) == []


def test_counted_nouns_as_counters() -> None:
    assert kvus("중환자 병상 1,050병상과 구호품 4세트") == [
        ("count", Decimal("1050"), "병상", "1,050병상"),
        ("count", Decimal("4"), "세트", "4세트"),
    ]


def test_a_counter_with_bun_counts_what_an_amount_is_worth_of() -> None:
    # `18만3천명분 4,752억원`: the people an amount pays for (not `10개월분`, a duration's worth)
    assert kvus("상반기에 18만3천명분 4,752억원이 집행됐고 10개월분 임금을 줬다.") == [
        ("count", Decimal("183000"), "명", "18만3천명분"),
        ("money", Decimal("475200000000"), "KRW", "4,752억원"),
    ]


def test_kinds_counted_in_jongryu() -> None:
    assert kvus("이용권은 두 종류로, 체험 상품은 3종류로 나온다.") == [
        ("count", Decimal("2"), "종류", "두 종류"),
        ("count", Decimal("3"), "종류", "3종류"),
    ]


def test_compartments_counted_in_kan() -> None:
    assert kvus("양식장 가두리는 3천여 칸, 주차장은 40칸이다.") == [
        ("count", Decimal("3000"), "칸", "3천여 칸"),
        ("count", Decimal("40"), "칸", "40칸"),
    ]


def test_machines_and_large_numbers_counted_in_gi() -> None:
    assert kvus("원전 2기를 새로 짓고 전기차 충전기 1,250기를 설치한다.") == [
        ("count", Decimal("2"), "기", "2기"),
        ("count", Decimal("1250"), "기", "1,250기"),
    ]


def test_a_counted_noun_before_n_dae_counts_vehicles() -> None:
    assert kvus("수소버스 18대 도입을 마쳤다.") == [("count", Decimal("18"), "대", "18대")]


def test_vehicles_and_people_are_counts() -> None:
    assert kvus("농기계 5,930대를 임대하고 보호자 중 1인 이상이 신고") == [
        ("count", Decimal("5930"), "대", "5,930대"),
        ("count", Decimal("1"), "인", "1인"),
    ]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("2만6천개 양질의 일자리 창출 목표", "일자리"),
        ("11개 시·군 중 가장 높은", "시·군"),
        ("72개 사업을 추진한다", "사업"),
        ("기업 37개사 유치", "기업"),
        ("회원 5만 명이 가입했다", "회원"),
    ],
)
def test_subject_of_a_count(text: str, subject: str) -> None:
    (count,) = extract_figures(text)
    assert count.subject == subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("일억 원을 냈다", ("money", Decimal("100000000"), "KRW", "일억 원")),
        ("백만 달러를 모았다", ("money", Decimal("1000000"), "USD", "백만 달러")),
        ("천 원짜리 물건", ("money", Decimal("1000"), "KRW", "천 원")),
        ("이십오 퍼센트 할인", ("percent", Decimal("25"), "%", "이십오 퍼센트")),
        ("오 퍼센트 인상", ("percent", Decimal("5"), "%", "오 퍼센트")),
        ("스물다섯 명이 왔다", ("count", Decimal("25"), "명", "스물다섯 명")),
        ("서른두 개를 샀다", ("count", Decimal("32"), "개", "서른두 개")),
        ("백이십 명이 참석", ("count", Decimal("120"), "명", "백이십 명")),
        ("$100를 냈다", ("money", Decimal("100"), "USD", "$100")),
        ("₩5,000 할인", ("money", Decimal("5000"), "KRW", "₩5,000")),
    ],
)
def test_spelled_out_numbers_and_currency_signs(text: str, expected: tuple) -> None:
    assert kvus(text) == [expected]


@pytest.mark.parametrize("text", ["일 년 동안", "사 년 만에", "오 분 뒤", "3천억 년 전 우주"])
def test_spelled_out_durations_are_not_figures(text: str) -> None:
    assert kvus(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3-4명이 한 조", ("count", Decimal("3"), Decimal("4"), "명", "3-4명")),
        ("1~2% 수준", ("percent", Decimal("1"), Decimal("2"), "%", "1~2%")),
        ("전년보다 20 % 증가", ("percent", Decimal("20"), None, "%", "20 %")),
    ],
)
def test_ranges_with_a_hyphen_and_a_spaced_percent(text: str, expected: tuple) -> None:
    (f,) = extract_figures(text)
    assert (f.kind, f.value, f.value_max, f.unit, f.surface) == expected


@pytest.mark.parametrize("text", ["061-286-7710", "286-7710으로 문의", "15-64세", "2021-2025년"])
def test_hyphenated_serials_phone_numbers_and_year_spans_are_not_figures(text: str) -> None:
    assert kvus(text) == []


# --- Every money form (issue 8, item 4): sentences written for these tests -------------------


def money(text: str) -> list[tuple[Decimal, Decimal | None, str, str]]:
    return [(f.value, f.value_max, f.unit, f.surface) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # foreign currencies named in Korean, with their ISO codes
        ("수출 계약은 45만 캐나다 달러 규모다.", [("450000", "CAD", "45만 캐나다 달러")]),
        ("현지 법인에 2억 호주달러를 넣었다.", [("200000000", "AUD", "2억 호주달러")]),
        ("홍콩 달러로 80만 홍콩 달러를 받았다.", [("800000", "HKD", "80만 홍콩 달러")]),
        ("장비 값 3천만 미국 달러를 치렀다.", [("30000000", "USD", "3천만 미국 달러")]),
        ("벌금 1만 2천 스위스 프랑이 부과됐다.", [("12000", "CHF", "1만 2천 스위스 프랑")]),
        ("투자액은 6억 프랑으로 늘었다.", [("600000000", "CHF", "6억 프랑")]),
        ("연수비로 15만 루피를 냈다.", [("150000", "INR", "15만 루피")]),
        ("관광객 1인 지출은 9만 엔이었다.", [("90000", "JPY", "9만 엔")]),
        # minor units are converted to the major currency, alone or after a major amount
        ("우표값은 75센트다.", [("0.75", "USD", "75센트")]),
        ("주가가 320펜스로 올랐다.", [("3.20", "GBP", "320펜스")]),
        ("기념품은 4달러 95센트에 팔렸다.", [("4.95", "USD", "4달러 95센트")]),
        ("입장료가 육달러오십센트였다.", [("6.50", "USD", "육달러오십센트")]),
        ("엽서는 2파운드 40펜스다.", [("2.40", "GBP", "2파운드 40펜스")]),
        # 불 is a dollar only right after a number
        ("수출 30만불을 달성했다.", [("300000", "USD", "30만불")]),
        ("운주사 천불천탑을 둘러봤다.", []),
        ("불가능하다던 사업에 3억원을 들였다.", [("300000000", "KRW", "3억원")]),
        # Sino-Korean spelled amounts and spoken decimals
        ("동전 십원과 백원을 모았다.", [("10", "KRW", "십원"), ("100", "KRW", "백원")]),
        ("환율 차이는 일점오달러였다.", [("1.5", "USD", "일점오달러")]),
        ("수수료 삼십유로를 냈다.", [("30", "EUR", "삼십유로")]),
        # spaced forms and digits grouped by spaces
        ("총 2 조 4 천억 원을 편성했다.", [("2400000000000", "KRW", "2 조 4 천억 원")]),
        ("기부금 3 456 000원을 전달했다.", [("3456000", "KRW", "3 456 000원")]),
        # currency codes and signs around the number
        ("참가비는 USD 45다.", [("45", "USD", "USD 45")]),
        ("기념주화 가격 50₩", [("50", "KRW", "50₩")]),
        # ordinary words never become numbers
        ("조사 결과 일부 주민은 조정을 천천히 원했고 백신 접종만큼 중요하다고 봤다.", []),
        ("그는 회사의 일원으로 공원과 사원을 돌봤다.", []),
        ("억원대 사업과 전남형 만원주택을 소개했다.", []),
        # a magnitude alone, with no numeral and no currency, is no amount
        ("본예산이 조 단위를 넘어섰고 사업비는 억 단위로 늘었다.", []),
        # a lone 만 원 after a place's own version names the scheme, written apart too; with
        # digits, or alone in a sentence, it is an amount
        ("시는 ‘목포형 만원 임대주택’ 입주자를 모집한다.", []),
        ("청년형 3만원 지원과 입장료 만원", [("30000", "KRW", "3만원"), ("10000", "KRW", "만원")]),
    ],
)
def test_every_money_form(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert money(text) == [(Decimal(v), None, u, s) for v, u, s in expected]


def test_yeo_inside_a_number_is_approximate() -> None:
    (figure,) = extract_figures("시는 4천여억원을 들여 도로를 낸다.")
    assert (figure.value, figure.surface, figure.approx) == (
        Decimal("400000000000"),
        "4천여억원",
        True,
    )
    (figure,) = extract_figures("보조금 7억 2,300여만 원을 나눴다.")
    assert (figure.value, figure.approx) == (Decimal("723000000"), True)


def test_ranges_with_spaced_marks_or_a_unit_on_each_side() -> None:
    assert money("요금은 4000원 - 6000원 사이다.") == [
        (Decimal("4000"), Decimal("6000"), "KRW", "4000원 - 6000원")
    ]
    assert money("보증금 15 - 25 달러") == [(Decimal("15"), Decimal("25"), "USD", "15 - 25 달러")]
    assert money("금리는 1.2% ~3.4%로 묶였다.") == [
        (Decimal("1.2"), Decimal("3.4"), "%", "1.2% ~3.4%")
    ]
    # a spaced minus before a number is its sign, not a range
    assert money("예산 3억원 -1.5%") == [
        (Decimal("300000000"), None, "KRW", "3억원"),
        (Decimal("-1.5"), None, "%", "-1.5%"),
    ]


def test_spelled_percent_forms() -> None:
    assert money("찬성률은 백퍼센트였다.") == [(Decimal("100"), None, "%", "백퍼센트")]
    assert money("목표의 90 프로를 채웠다.") == [(Decimal("90"), None, "%", "90 프로")]
    assert money("3 프로 구단이 참가한다.") == []


# --- Beyond the corpus (issue 8, item 7) -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # per-person and category phrases: only the money is a figure
        ("1인 가구에 1인당 20만원씩 준다.", [("money", "200000", "KRW", "20만원")]),
        ("순찰은 2인 1조로 돌며 예산 4억원이 든다.", [("money", "400000000", "KRW", "4억원")]),
        ("3인 1팀으로 나눠 진행한다.", []),
        # fixed N대 expressions and ratios
        ("시는 5대 핵심과제에 12억원을 쓴다.", [("money", "1200000000", "KRW", "12억원")]),
        ("투표는 7대 3으로 끝났다.", []),
        ("찬반이 6대4의 비율을 보였다.", []),
        ("찬성과 반대의 비율은 8대 2였다.", []),  # a copula after a ratio
        # a conjunctive adverb or a holiday before N대 names nothing counted; a list closer
        # before a category neither (`등 16대 성수품`), but `버스 등 20대를` counts the buses
        ("반면 30대 근로자는 늘었다.", []),
        ("추석 12대 성수품을 공급한다.", []),
        ("과일 등 12대 성수품을 공급한다.", []),
        ("버스 등 20대를 샀다.", [("count", "20", "대", "20대")]),
        (
            "버스 8대 3억원어치를 샀다.",
            [("count", "8", "대", "8대"), ("money", "300000000", "KRW", "3억원")],
        ),
        # a decimal before 천억
        ("기금 2.5천억원을 모은다.", [("money", "250000000000", "KRW", "2.5천억원")]),
        # arrows: the left side takes the right side's unit
        (
            "수당을 월 25만 → 월 28만 원으로 올린다.",
            [("money", "250000", "KRW", "25만"), ("money", "280000", "KRW", "28만 원")],
        ),
        (
            "예산은 1.8→2.6억원으로 늘었다.",
            [("money", "180000000", "KRW", "1.8"), ("money", "260000000", "KRW", "2.6억원")],
        ),
        (
            "참여자 3.1->3.7만 명",
            [("count", "31000", "명", "3.1"), ("count", "37000", "명", "3.7만 명")],
        ),
        ("2024→2025년 계획", []),
        # the right side's currency, not a bare 억 of won
        (
            "수출 전망 880억→920억달러 상향",
            [
                ("money", "88000000000", "USD", "880억"),
                ("money", "92000000000", "USD", "920억달러"),
            ],
        ),
        # a chain of arrows: every side takes the unit of the last
        (
            "예산은 1,210→1,305→1,420억원으로 늘었다.",
            [
                ("money", "121000000000", "KRW", "1,210"),
                ("money", "130500000000", "KRW", "1,305"),
                ("money", "142000000000", "KRW", "1,420억원"),
            ],
        ),
        (
            "고용률 58.2→59.0→60.4%",
            [
                ("percent", "58.2", "%", "58.2"),
                ("percent", "59.0", "%", "59.0"),
                ("percent", "60.4", "%", "60.4%"),
            ],
        ),
        ("2023→2024→2025년 계획", []),
    ],
)
def test_forms_beyond_the_corpus(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert kvus(text) == [(k, Decimal(v), u, s) for k, v, u, s in expected]


# -- exclusion patterns, matched stretch by stretch ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "제3회 추경에서 두 마리 토끼를 잡겠다며 1인당 5만원을 2인 1조로 나눠 7대 3으로 준다.",
        "한 걸음 더 나아가 제 2 차 계획을 세웠다. 두마리 토끼",
        "시는 주민 1만2000명에게 1가구당 10만원을 준다\n제5",
        "예산 3억원",
    ],
)
def test_exclusions_found_by_stretches_are_those_of_the_whole_doc(text: str) -> None:
    from extractors.figures import _covered, _exclude_matcher, _match_starts
    from pipeline.nlp import analyze

    doc = analyze(text)
    matcher = _exclude_matcher(doc.vocab)
    whole = {i for _, s, e in matcher(doc) for i in range(s, e)}
    assert _covered(doc, matcher, _match_starts()) == whole


def test_stretches_reach_as_far_as_the_longest_pattern() -> None:
    from spacy.matcher import Matcher

    from extractors.figures import _covered, _starts_of
    from pipeline.nlp import analyze

    doc = analyze("제 1 권역 의회와 제 2 권역 의회")
    pattern = [{"ORTH": "제"}, {}, {}, {"ORTH": "의회", "OP": "?"}]
    matcher = Matcher(doc.vocab)
    matcher.add("four", [pattern])
    covered = _covered(doc, matcher, _starts_of([pattern]))
    assert [doc[i].text for i in sorted(covered)] == [
        "제",
        "1",
        "권역",
        "의회",
        "제",
        "2",
        "권역",
        "의회",
    ]


def test_exclusion_stretches_need_a_fixed_first_token_and_a_bounded_length() -> None:
    from extractors.figures import _starts_of

    found = _starts_of(
        [
            [{"ORTH": "제"}, {"TAG": "SN"}],
            [{"TAG": "SN"}, {"ORTH": {"IN": ["인", "명"]}, "OP": "?"}, {"ORTH": "당"}],
            [{"TEXT": {"IN": ["한", "두"]}}, {"ORTH": "번", "OP": "!"}],
        ]
    )
    assert found is not None
    assert (found.texts, found.tags, found.longest) == ({"제", "한", "두"}, {"SN"}, 3)
    # Run over the whole Doc instead: a first token that may be absent or is not a plain value,
    # or a token that may repeat.
    assert _starts_of([[{"ORTH": "제", "OP": "?"}, {"TAG": "SN"}]]) is None
    assert _starts_of([[{"TAG": {"REGEX": "^SN"}}, {"ORTH": "명"}]]) is None
    assert _starts_of([[{"ORTH": "제"}, {"TAG": "SN", "OP": "+"}]]) is None


def test_one_before_an_amount_is_what_it_is_paid_per() -> None:
    assert kvus("한도를 1회 200만 원으로, 1인 15만원씩 준다.") == [
        ("money", Decimal("2000000"), "KRW", "200만 원"),
        ("money", Decimal("150000"), "KRW", "15만원"),
    ]
    # how often is still a count
    assert kvus("연 2회 100만원씩 준다.")[0] == ("count", Decimal("2"), "회", "2회")
    assert kvus("최초 1회 300만원까지 준다.")[0] == ("count", Decimal("1"), "회", "1회")


def test_tens_with_dae_after_a_machine_are_counts_after_people_ages() -> None:
    assert kvus("단속용 드론 40대와 전기차 충전기 20대를 들인다.") == [
        ("count", Decimal("40"), "대", "40대"),
        ("count", Decimal("20"), "대", "20대"),
    ]
    assert kvus("남성 20대 취업자와 20대 청년이 늘었다.") == []
    # whose age it is after a noun of what they do
    assert kvus("지난해 20대 순유출 인구는 늘었다.") == []


def test_buildings_are_counted_in_dong() -> None:
    assert kvus("빈집 정비 120동 가운데 남은 48동 올해로 이월…목표 150동") == [
        ("count", Decimal("120"), "동", "120동"),
        ("count", Decimal("48"), "동", "48동"),
        ("count", Decimal("150"), "동", "150동"),
    ]
    assert kvus("신당3동 주민센터") == []


def test_a_bare_amount_put_into_something_is_money() -> None:
    assert kvus("한빛군, 내년 일자리 사업에 218억 들인다") == [
        ("money", Decimal("21800000000"), "KRW", "218억")
    ]
    # a headline's quote ending on the amount and what it goes to
    assert kvus('군수 "청년 정착에 310억"') == [("money", Decimal("31000000000"), "KRW", "310억")]
    assert kvus("인구 1억에 달하는 시장") == []


def test_a_noun_of_money_before_a_bare_amount_makes_it_money() -> None:
    assert kvus("폐업공제금 2조1천억 돌파")[0] == (
        "money",
        Decimal("2100000000000"),
        "KRW",
        "2조1천억",
    )
    assert kvus("농어가 1만 2,340농어가") == [
        ("count", Decimal("12340"), "농어가", "1만 2,340농어가")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a week is a duration, however it is written
        "접수는 2주일 동안 받고 결과는 1주일간 알린다.",
        # a ratio ended by the copula
        "남녀 비율은 4대 6이다.",
        "표결 결과는 8대 1이었고 지분은 5대 5였다.",
        # 대 that Kiwi reads as the prefix of the noun after it
        "그는 한 대기업 임원이었고 한 대형마트에 들렀다.",
        # N0대 before a noun of people is their age, whatever stands before it
        "반면 30대 근로자와 40대 여성은 줄었다.",
        # a "N major" phrase after a word that is no machine
        "추석 14대 성수품과 물가 관리 등 12대 과제",
    ],
)
def test_weeks_ratios_prefixes_ages_and_major_phrases_are_not_counts(text: str) -> None:
    assert kvus(text) == []


def test_vehicles_counted_in_dae_before_a_noun() -> None:
    assert kvus("전기택시 14대 도입과 굴착기 25대 투입") == [
        ("count", Decimal("14"), "대", "14대"),
        ("count", Decimal("25"), "대", "25대"),
    ]
    assert kvus("트럭 한 대를 빌렸다.") == [("count", Decimal("1"), "대", "한 대")]


def test_a_bare_amount_before_deung_ending_a_list() -> None:
    assert kvus("도비 12억, 군비 7억 등 19억 원을 편성했다.") == [
        ("money", Decimal("1200000000"), "KRW", "12억"),
        ("money", Decimal("700000000"), "KRW", "7억"),
        ("money", Decimal("1900000000"), "KRW", "19억 원"),
    ]


def test_a_word_of_how_much_glued_to_the_number_is_no_name() -> None:
    assert kvus("가구당 총15만원을 주고 월8만원씩 각3명에게 준다.") == [
        ("money", Decimal("150000"), "KRW", "15만원"),
        ("money", Decimal("80000"), "KRW", "8만원"),
        ("count", Decimal("3"), "명", "3명"),
    ]
    assert [f.qualifier for f in extract_figures("약5억원을 쓴다.")] == ["약"]
    assert kvus("코로나19와 제2회 추경") == []


def test_digits_counted_in_thousands_or_millions() -> None:
    assert kvus("가입자 1,532천명, 외국인 86천 명, 매출 4,210백만원") == [
        ("count", Decimal("1532000"), "명", "1,532천명"),
        ("count", Decimal("86000"), "명", "86천 명"),
        ("money", Decimal("4210000000"), "KRW", "4,210백만원"),
    ]


def test_houses_per_household_is_a_class_of_owners() -> None:
    assert kvus("1가구 1주택 특례와 1세대 2주택 과세") == []


def test_native_numerals_of_tens_and_ones_in_one_word() -> None:
    # Kiwi keeps `스물두` here as one determiner
    assert kvus("팀과 스물두 명") == [("count", Decimal("22"), "명", "스물두 명")]


def test_a_small_count_after_what_it_counts_before_an_act() -> None:
    assert kvus("순찰차 4대 교체와 상담 인력 2인 배치, 4대 분야와 1인 창업") == [
        ("count", Decimal("4"), "대", "4대"),
        ("count", Decimal("2"), "인", "2인"),
    ]
    # after people, N인 before any other noun still names a class of them
    assert kvus("청년 1인 가구가 늘었고 자영업자 1인 사업장은 빠졌다. 직원 3인을 뽑았다.") == [
        ("count", Decimal("3"), "인", "3인"),
    ]


def test_full_width_percent_signs_and_an_en_dash_minus() -> None:
    assert kvus("참여율 41％, 격차 0.7％p, 증감률 –1.6%") == [
        ("percent", Decimal("41"), "%", "41％"),
        ("percent", Decimal("0.7"), "%p", "0.7％p"),
        ("percent", Decimal("-1.6"), "%", "–1.6%"),
    ]
    assert kvus("(단위: ％)\n구분 | 2025 | 2026\n참여율 | 41.2 | 43.0\n")[0][:3] == (
        "percent",
        Decimal("41.2"),
        "%",
    )


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # after the unit
        ("계획보다 1조 2천억 원 초과 달성했다.", None),  # exactly that much more
        ("7억원 초과 공사는 입찰한다.", "초과"),  # a bound
        ("3조원의 초과 이익을 냈다.", None),  # what the amount is of
        ("9개 대기업과 협약", None),  # 대 apart from the unit is a prefix of the noun after it
        ("40만명대에 머물렀다.", "대"),
        ("실업률이 3% 아래로 내려갔다.", "아래"),
        # before the number
        ("가입자는 최대 연 3.8%의 이자를 받는다.", "최대"),  # what it is per stands between
        ("청년에게 최고 월 35만원을 준다.", "최고"),
        ("예산은 역대 최대 520억원이다.", None),  # a record set, no bound
        ("수출은 사상 최고 7.2% 늘었다.", None),
        ("매달 최대월 10만원", None),  # 최대월: no word of its own
    ],
)
def test_bound_words_after_the_unit_or_before_the_number(text: str, qualifier: str | None) -> None:
    assert [f.qualifier for f in extract_figures(text)] == [qualifier]


def test_the_level_of_an_amount_with_dae() -> None:
    assert kvus("연 매출 5천억대 기업과 2조대 적자") == [
        ("money", Decimal("500000000000"), "KRW", "5천억"),
        ("money", Decimal("2000000000000"), "KRW", "2조"),
    ]
    assert [f.qualifier for f in extract_figures("연 매출 5천억대 기업")] == ["대"]
    # vehicles and machines counted in 대 stay counts
    assert kvus("전기차 12만대 보급") == [("count", Decimal("120000"), "대", "12만대")]


def test_a_noun_of_money_names_the_bare_amount_after_it() -> None:
    assert kvus("아파트 집값 12억, 평균 연봉 1억, 시가총액 300조") == [
        ("money", Decimal("1200000000"), "KRW", "12억"),
        ("money", Decimal("100000000"), "KRW", "1억"),
        ("money", Decimal("300000000000000"), "KRW", "300조"),
    ]
    assert kvus("관광객 1천만 시대") == []


def test_words_that_count_what_the_noun_before_them_names() -> None:
    assert kvus("소장 작품 80점과 공영주차장 150면") == [
        ("count", Decimal("80"), "점", "80점"),
        ("count", Decimal("150"), "면", "150면"),
    ]
    assert kvus("심사 평균 82점") == []
    # 부: copies of printed matter after its noun, a part of an event elsewhere
    assert kvus("관광 안내 리플릿 2만 부와 신청서 1부") == [
        ("count", Decimal("20000"), "부", "2만 부"),
        ("count", Decimal("1"), "부", "1부"),
    ]
    assert kvus("기념식은 1부 행사와 2부 음악회로 열린다.") == []


def test_a_ratio_glued_to_dae_before_a_noun() -> None:
    assert kvus("1대1 코칭과 7대3 배분") == []


def test_songs_rounds_bowls_and_drums_are_counted() -> None:
    assert kvus("합창단은 민요 등 12곡을 부르고 앙코르로 두 곡을 더 했다.") == [
        ("count", Decimal("12"), "곡", "12곡"),
        ("count", Decimal("2"), "곡", "두 곡"),
    ]
    # Kiwi reads 발 after a number as a noun here; a counter of rounds all the same
    assert kvus("자정에는 축포 1,500발이 하늘을 밝혔다.") == [
        ("count", Decimal("1500"), "발", "1,500발")
    ]
    assert kvus("팥죽 2천 그릇과 경유 40드럼, 휘발유 세 드럼을 나눴다.") == [
        ("count", Decimal("2000"), "그릇", "2천 그릇"),
        ("count", Decimal("40"), "드럼", "40드럼"),
        ("count", Decimal("3"), "드럼", "세 드럼"),
    ]
    assert kvus("한 발 물러서서 보면 된다.") == []


def test_a_count_beside_another_shares_the_noun_before_it() -> None:
    # the spaces are the parking lots': 면 counts them after a comma
    assert kvus("행사장 옆 임시주차장 4곳, 1,300면을 마련했다.") == [
        ("count", Decimal("4"), "곳", "4곳"),
        ("count", Decimal("1300"), "면", "1,300면"),
    ]
    assert kvus("심사는 3건, 평균 82점이었다.") == [("count", Decimal("3"), "건", "3건")]


def test_an_effect_in_money_before_a_bare_amount() -> None:
    assert kvus("축제 끝나…생산유발효과 35억") == [("money", Decimal("3500000000"), "KRW", "35억")]


def test_size_classes_with_a_word_between_or_left_out() -> None:
    # a word of kind or size may stand between the bound and the firms
    assert kvus("직원 10인 이상 중견 사업체 400곳을 조사했다.") == [
        ("count", Decimal("400"), "곳", "400곳")
    ]
    assert kvus("상시근로자 50인 미만 소규모 사업장이 대상이다.") == []
    # the second class leaves out the firms the first named
    assert kvus("50인 미만 기업은 7곳, 50인 이상은 2곳이 신청했다.") == [
        ("count", Decimal("7"), "곳", "7곳"),
        ("count", Decimal("2"), "곳", "2곳"),
    ]
    # people still counted with a bound when no class is named
    assert kvus("회의에는 위원 5인 이상이 나와야 한다.") == [("count", Decimal("5"), "인", "5인")]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # the margin by which a standard is passed or missed is exact
        ("청년 고용률은 도 평균을 2.1%p 웃돌았다.", None),
        ("수출 증가율은 전망치(5%)를 0.8%p 밑돌았다.", None),
        ("달성률은 목표에 3%p 못 미쳤다.", None),
        # a threshold with its particle stays a bound, an adverb of the verb between
        ("실업률이 4%를 웃돌았다.", "웃돌"),
        ("여성 비중이 20%에도 못 미쳤다.", "미치"),
        ("60세 이상 대표자 비중 25% 첫 돌파", "돌파"),
        ("누적 관람객이 50만 명을 처음으로 넘어섰다.", "넘어서"),
        # a word of spending after the margin's verb: the amount is a bound
        ("장비 구입에 3억 원 넘게 썼다.", "넘"),
    ],
)
def test_margins_and_thresholds_of_verbs_of_passing(text: str, qualifier: str | None) -> None:
    assert [f.qualifier for f in extract_figures(text)][-1] == qualifier
