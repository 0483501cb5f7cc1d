"""Metric, subject, plan-or-result and year of figures (issue 8, items 1 and 5), on sentences and
short multi-year articles written for these tests (real Cheonan figures, our own sentences)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from articles import SEOUL, article

from extractors.figures import extract_figures
from pipeline.run.extract import extract_article
from schemas.records import Article, Section


def only(text: str, surface: str, published_at: datetime | None = None):
    (found,) = [f for f in extract_figures(text, published_at) if f.surface == surface]
    return found


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("한빛시 고용률 67%를 기록했다.", "67%", "고용률"),
        ("한빛시는 67%의 고용률을 보였다.", "67%", "고용률"),
        ("한빛시 고용률이 67%로 올랐다.", "67%", "고용률"),
        ("한빛시는 취업률 상승폭 2위(71.2%)에 올랐다.", "71.2%", "취업률"),
        ("청년 창업 비율은 40%에 이른다.", "40%", "청년 창업 비율"),
        ("쌀은 신선 농산물 수출액의 67.4%를 차지했다.", "67.4%", "비중"),
        ("지역 상품은 최대 30% 할인해 판다.", "30%", "할인율"),
        ("소상공인에게 0.5% 이자를 보전해 준다.", "0.5%", "이자"),
        ("신용 등급과 관계없이 금리 4.8%를 적용한다.", "4.8%", "금리"),
        ("노인 일자리는 전년 대비 12% 늘었다.", "12%", "증가율"),
        ("수출은 1년 전보다 4.6% 감소했다.", "4.6%", "감소율"),
        ("수출 실적은 2억 달러(15.3%↑)였다.", "15.3%", "증가율"),
        ("고용률은 58%로 전년보다 0.4%p 상승했다.", "0.4%p", "고용률"),
        ("상용근로자 비중은 각각 64.8%, 70.1%였다.", "70.1%", "상용근로자 비중"),
        ("지난해 일자리 1만2천개를 만들어 목표의 104%를 채웠다.", "104%", "달성률"),
        ("일자리 2만8928개를 만들어 목표 대비 103.3%를 달성했다.", "103.3%", "달성률"),
        ("공사는 올해 매출 목표액의 112%를 달성했다.", "112%", "달성률"),
        ("판매액은 목표 금액의 97%에 그쳤다.", "97%", "달성률"),
        # a part of the amount of a goal is the goal met
        ("공단은 판매 목표 50억 원의 93.4%를 채웠다.", "93.4%", "달성률"),
        ("군은 목표치 2천 개의 88%를 이뤘다.", "88%", "달성률"),
        # a percent of an owner alone in the parenthesis after a rate is that rate
        ("국고보조율(총사업비의 40%)을 그대로 적용한다.", "40%", "국고보조율"),
        # a share of a rate with a note after it, and the note's percent for a group
        ("군은 대출 이자 가운데 연 2%(청년 3%)를 3년간 지원한다.", "2%", "대출 이자 지원율"),
        ("군은 대출 이자 가운데 연 2%(청년 3%)를 3년간 지원한다.", "3%", "대출 이자 지원율"),
        # a rate made by the verb after a list, across its bases of comparison
        ("아파트 거래는 전달보다 3.2%, 1년 전보다 41.7% 늘었다.", "3.2%", "증가율"),
        ("전세 거래는 전월 대비 12.5%, 전년 대비 20.1% 증가했다.", "12.5%", "증가율"),
        ("수출은 반도체(12.5%), 자동차(8.1%) 등에서 늘었다.", "12.5%", "증가율"),
        ("어가 인구는 5년 만에 28% 가량 줄었다.", "28%", "감소율"),
        ("쓰레기 수거량은 지난해 대비 약 15%가 증가했다.", "15%", "증가율"),
        ("수출은 화학(-4.2%), 금속(-9.1%) 등에서 줄었다.", "-9.1%", "증감률"),
        # a rate named once, then spread over the items that follow it
        ("도내 재정자립도는 한빛시 31.5%, 누리군 9.8%로 나타났다.", "9.8%", "재정자립도"),
        ("재정자주도는 순천시가 62%로 높았고, 담양군이 48%로 낮았다.", "48%", "재정자주도"),
        ("서구의 15~29세 고용률은 44.1%로 높은 반면 남구는 31.2%에 그쳤다.", "44.1%", "고용률"),
        ("서구의 15~29세 고용률은 44.1%로 높은 반면 남구는 31.2%에 그쳤다.", "31.2%", "고용률"),
        ("다섯 개 구 가운데 고용률 상위 지역은 북구(63.1%)였다.", "63.1%", "고용률"),
        # shares of a whole and of an amount
        ("복지 예산은 전체 예산안의 약 21.4%인 900억원이다.", "21.4%", "비중"),
        ("재원은 국비 30억 원(60%), 도비 20억 원(40%)이다.", "40%", "비중"),
    ],
)
def test_metric_of_a_percent(text, surface, metric):
    assert only(text, surface).metric == metric


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("읍 인구의 30% 이상이 이곳에 산다.", "30%"),  # a share with no rate named
        ("순유출 인구의 68%가 청년이다.", "68%"),
        # another topic that is not a place ends a rate's reach
        ("고용률은 61%로 올랐고, 실업자는 30%가 청년이었다.", "30%"),
        # a point change whose article names no level rate is a change of nothing named
        ("청년 창업은 지난해보다 2.1%p 늘었다.", "2.1%p"),
        ("사업비는 지원 항목(35%) 등으로 나뉜다.", "35%"),  # 지원 is not an amount of 원
    ],
)
def test_no_metric_when_the_text_names_none(text, surface):
    assert only(text, surface).metric is None


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("시는 일자리 2만6천개를 만든다.", "2만6천개", "일자리"),
        ("시는 2만6천개의 일자리를 만든다.", "2만6천개", "일자리"),
        ("시는 2만6천개 양질의 일자리 창출을 약속했다.", "2만6천개", "일자리"),
        # Kiwi reads 수혜 as a proper noun, and leading proper nouns (places) are dropped
        ("수혜 학생 85명이 장학금을 받았다.", "85명", "학생"),
        ("주민 150여 명 등이 행사에 참석했다.", "150여 명", "주민"),
        ("직불금은 4,210농가에 지급한다.", "4,210농가", "농가"),
        ("사진 3장 첨부", "3장", "사진"),
        ("대구 미분양 1천256가구 줄어", "1천256가구", "미분양"),
        ("진도군은 전문 농업인 41명을 길러냈다.", "41명", "전문 농업인"),
        ("대학 5곳이 참여한다. 총 17개 대학이 사업을 맡는다.", "17개", "대학"),
        ("대구의 미분양 주택은 5천962가구로 집계됐다.", "5천962가구", "미분양 주택"),
        ("올해 정규직 채용 규모는 300명이다.", "300명", "정규직 채용"),
        ("2018년 22개였던 도 기금은 2019년 18개로 줄었다.", "22개", "기금"),
        ("여성 수급자는 8만명으로 남성(6만 명)보다 많다.", "6만 명", "남성"),
        ("도는 올해 2자녀를 둔 소상공인을 돕는다.", "2자녀", "자녀"),
        ("지난해 일자리 1만2천개를 만들었다.", "1만2천개", "일자리"),
        # kinds of places right after a counter are what is counted
        ("도는 인구감소지역 11개 시군을 돕는다.", "11개", "시군"),
        ("다섯 곳 중 3개 구 청년센터에서 열린다.", "3개", "구"),
        ("8개 도의 군지역 고용률은 67%였다.", "8개", "도"),
        # the count after 중 belongs to what came before it
        ("신청자 총 9,120명 중 어업인 요건을 따져 확정했다.", "9,120명", "신청자"),
        # an act after a count is not what it counts
        ("배추김치 820박스 기탁", "820박스", "배추김치"),
        # a compound Kiwi reads as one long proper noun is a thing, not a place
        ("분야별로는 직업훈련 3,400명, 고용서비스 2,100명이다.", "3,400명", "직업훈련"),
        # a place with its particle read into it is still a place
        ("취업자는 남원시가 4만명으로 가장 많았다.", "4만명", "취업자"),
        # 연내 and 누계 say when and how a count is reckoned, never what it counts
        ("공공주택 공급 실적은 9월 누계 4만1천 가구로 늘었다.", "4만1천 가구", "공공주택 공급"),
        ("임대주택은 연내 2천호를 더 짓는다.", "2천호", "임대주택"),
        ("상위 10개 기업 비중은 35%였다.", "10개", "기업"),
        # a bound of time with 까지 or 부터 is no topic; the topic before it names the count
        ("올해 섬을 찾은 방문객은 10월 말까지 86만명으로 집계됐다.", "86만명", "방문객"),
    ],
)
def test_subject_of_a_count(text, surface, subject):
    assert only(text, surface).subject == subject


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("올해 3곳에 상을 준다.", "3곳"),  # 올해 is not what is counted
        ("전년 대비 4000명 늘었다.", "4000명"),  # nor 대비
        ("지금 1200명 규모로 운영한다.", "1200명"),  # nor 지금, 규모
        ("기존에는 하루 2회 했다.", "2회"),  # nor 하루
        ("2020년 12월 말 4천12가구와 비교된다.", "4천12가구"),  # nor 말
        # a verb that closes its clause ends the reach of the topic before it
        ("박 팀장이 과장으로 이동하는 등 35명이 자리를 옮겼다.", "35명"),
        # the ministry or agency that acts is not what it counts
        # (`전국 지자체 가운데 180곳` counts 지자체, a part of them: test_context_statistics)
        ("행정안전부는 전국에서 180곳이 인구감소지역이라고 설명했다.", "180곳"),
        ("통계청은 3만 가구를 조사했다.", "3만 가구"),
        # a rate after a counter is what the things counted have, not what is counted
        ("상위 5개국 비중은 62%였다.", "5개국"),
    ],
)
def test_function_words_are_never_subjects(text, surface):
    assert only(text, surface).subject is None


PUBLISHED = datetime(2025, 3, 2, 10, 0, tzinfo=SEOUL)
EXCEEDED = "지난해 일자리 1만8802개를 만들어 당초 목표인 1만4589개를 넘어섰다."
RISE = "올해 관광객은 1천240만 명으로 지난해 같은 기간(1천100만 명)보다 12.7% 늘었다."
MET = "지난해 일자리 2만8928개를 창출해 목표(2만8000개)의 103.3%를 달성했다."


@pytest.mark.parametrize(
    ("text", "surface", "plan", "year"),
    [
        ("작년 한 해 일자리 1만2천개를 만들어 목표의 104%를 채웠다.", "1만2천개", False, 2024),
        ("작년 한 해 일자리 1만2천개를 만들어 목표의 104%를 채웠다.", "104%", False, 2024),
        ("내년에 320억원을 들인다.", "320억원", True, 2026),
        ("올해 일자리 2만개를 만들겠다.", "2만개", True, 2025),
        ("올해 일자리 2만개를 만들 계획이다.", "2만개", True, 2025),
        ("올해 고용률 65% 달성을 목표로 한다.", "65%", True, 2025),
        ("지난해 고용률은 66.1%로 집계됐다.", "66.1%", False, 2024),
        ("지난해 고용률 66.1%를 기록했다.", "66.1%", False, 2024),
        ("지난해 일자리 2만개를 달성했다.", "2만개", False, 2024),
        ("2026년 본예산 7,289억 원을 편성했다.", "7,289억 원", True, 2026),
        ("2018년 22개였던 도 기금은 2019년 18개로 줄었다.", "18개", False, 2019),
        ("지난해 대비 20% 늘었다.", "20%", False, None),  # 지난해 is the base, not the year
        # a goal named as such stays the goal in a sentence that reports the result
        (EXCEEDED, "1만8802개", False, 2024),
        (EXCEEDED, "1만4589개", True, 2024),
        ("지난해 일자리 3만1117개를 만들어 목표 3만개의 103.7%를 달성했다.", "3만개", True, 2024),
        (MET, "2만8000개", True, 2024),
        (MET, "2만8928개", False, 2024),
        ("올해 목표 고용률은 67.5%다.", "67.5%", True, 2025),
        ("올해 목표는 일자리 3만개다.", "3만개", True, 2025),
        # a rate measured against the goal is not the goal
        ("지난해 일자리 1만8802개 창출…목표 128% 달성", "128%", False, 2024),
        ("지난해 목표 대비 103.3%를 달성했다.", "103.3%", False, 2024),
        ("이는 올해 목표 2만2천개의 75%에 해당한다.", "75%", False, 2025),  # a fact, not a plan
        # a budget is an allocation, a plan, until it is spent
        ("올해 일자리 예산은 569억원으로 지난해보다 75억원 늘었다.", "569억원", True, 2025),
        ("지난해 일자리 예산 3천억원을 모두 집행했다.", "3천억원", False, 2024),
        # a year written before the base of a comparison is that figure's, not the change's
        # every amount of a budget sentence is a budget's, an allocation: a plan
        ("올해 예산은 569억원으로 지난해 494억원보다 75억원 늘었다.", "494억원", True, 2024),
        ("올해 예산은 569억원으로 지난해 494억원보다 75억원 늘었다.", "75억원", True, 2025),
        ("시장은 올해 고용률 70% 달성을 약속했다.", "70%", True, 2025),  # a promise
        # a goal set to the figure; setting a record is a result
        ("2023년 일자리 2만8천개 창출 목표 세워", "2만8천개", True, 2023),
        ("올해 일자리 창출 목표를 2만8000개로 잡았다.", "2만8000개", True, 2025),
        ("고용률은 지난해 68.6%로 역대 최고 기록을 세웠다.", "68.6%", False, 2024),
        # a reported clause keeps its own tense
        ("올해 일자리 예산으로 4029억원이 투입된다고 밝혔다.", "4029억원", True, 2025),
        ("올해 청년 300명을 채용한다고 밝혔다.", "300명", True, 2025),
        ("지난해 일자리 2만개를 만들었다고 밝혔다.", "2만개", False, 2024),
        ("지난해 조사에서 귀농인의 72%가 농촌 생활에 만족한다고 답했다.", "72%", False, 2024),
        # the year of a base of comparison is not the change's
        (RISE, "1천100만 명", False, 2024),
        (RISE, "12.7%", False, 2025),
        ("관광객은 지난해 같은 기간보다 12.7% 늘었다.", "12.7%", False, None),
        # the start of a record is not the figure's year
        ("지난해 고용률은 통계를 시작한 1983년 이후 처음으로 70%를 넘었다.", "70%", False, 2024),
    ],
)
def test_plan_or_result_and_year_in_the_sentence(text, surface, plan, year):
    found = only(text, surface, PUBLISHED)
    assert (found.is_target, found.year) == (plan, year)


# Four short articles about Cheonan's job policy in different years (figures from
# ../shared/facts/cheonan-jobs.md, sentences our own): every budget, 고용률 and 일자리 figure
# with its year, where the year came from, and plan (True) or result (False).
CHEONAN = [
    (
        article(
            "2017-04-20",
            "천안시, 올해 일자리 1만5313개 만든다",
            "천안시는 올해 일자리 예산으로 569억원을 투입한다. 고용률 60.8% 달성을 목표로 "
            "삼았다.\n지난해에는 일자리 1만8802개를 만들어 목표의 128%를 채웠다.",
        ),
        [
            ("1만5313개", "일자리", 2017, "clause", True),
            ("569억원", None, 2017, "clause", True),
            ("60.8%", "고용률", 2017, "article", True),
            ("1만8802개", "일자리", 2016, "clause", False),
            ("128%", "달성률", 2016, "sentence", False),
        ],
    ),
    (
        article(
            "2022-01-12",
            "천안시 2022년 일자리 2만8000여개 목표",
            "천안시가 올해 일자리 사업에 4029억원을 들인다. 시는 고용률을 67.5%까지 "
            "끌어올리겠다고 밝혔다.",
        ),
        [
            ("2만8000여개", "일자리", 2022, "clause", True),
            ("4029억원", None, 2022, "clause", True),
            ("67.5%", "고용률", 2022, "article", True),
        ],
    ),
    (
        article(
            "2024-01-25",
            "천안시, 일자리 목표 3년 연속 초과 달성",
            "천안시는 지난해 일자리 2만8928개를 창출해 목표 대비 103.3%를 달성했다고 밝혔다.\n"
            "올해는 일자리 2만9000개 창출을 목표로 1조 199억 8200만 원을 투입할 계획이다. "
            "고용률은 69%를 목표로 한다.",
        ),
        [
            ("2만8928개", "일자리", 2023, "clause", False),
            ("103.3%", "달성률", 2023, "sentence", False),
            ("2만9000개", "일자리", 2024, "clause", True),
            ("1조 199억 8200만 원", None, 2024, "clause", True),
            ("69%", "고용률", 2024, "article", True),
        ],
    ),
    (
        article(
            "2025-09-30",
            "천안시 고용률 68.6%",
            "천안시의 지난해 고용률은 68.6%로 집계됐다. 일자리는 3만766개가 만들어졌다.",
        ),
        [
            ("68.6%", "고용률", 2024, "article", False),  # the body dates the headline
            ("68.6%", "고용률", 2024, "clause", False),
            ("3만766개", "일자리", 2024, "article", False),
        ],
    ),
]


@pytest.mark.parametrize(("doc", "expected"), CHEONAN, ids=lambda v: getattr(v, "title", ""))
def test_every_jobs_and_budget_figure_of_a_city_has_its_year_and_flag(doc, expected):
    figures = extract_article(doc).figures
    got = [(f.surface, f.metric or f.subject, f.year, f.year_source, f.is_target) for f in figures]
    assert got == expected


def test_a_point_change_takes_the_level_rate_of_an_earlier_sentence():
    doc = article(
        "2025-01-31",
        "한빛시 고용 동향",
        "북구 고용률은 63.1%로 가장 높았다. 남구 역시 0.7%p 올랐지만 하위에 머물렀다.",
    )
    metrics = [(f.surface, f.metric) for f in extract_article(doc).figures]
    assert metrics == [("63.1%", "고용률"), ("0.7%p", "고용률")]


def test_a_figure_without_a_time_word_takes_the_publication_year_and_says_so():
    doc = article("2023-05-04", "천안시 청년 지원", "시는 청년 300명에게 교통비를 준다.")
    (figure,) = extract_article(doc).figures
    assert (figure.value, figure.year, figure.year_source) == (Decimal(300), 2023, "published")


def test_a_count_takes_the_subject_of_the_count_before_it_with_the_same_counter():
    doc = article(
        "2025-01-31",
        "대구 미분양 감소",
        "대구의 미분양 주택은 5천962가구로 집계됐다. 전달보다 1천256가구가 줄었다.",
    )
    subjects = [(f.surface, f.subject) for f in extract_article(doc).figures]
    assert subjects == [("5천962가구", "미분양 주택"), ("1천256가구", "미분양 주택")]


# Issue 8 (third pass): headings over lists, people named by what they did or are given, marks
# before a name, goals named as goals, and `같은 해`.


def test_a_heading_line_naming_a_rate_carries_it_to_the_list_lines_under_it():
    doc = article(
        "2025-03-02",
        "도내 재정 현황",
        "도내 시군의 살림살이가 나아졌다.\n\n■ 재정자립도\n한빛시 31.5%, 누리군 9.8%\n"
        "바다군 12.5%\n\n■ 2024년 재정자주도\n(단위: %)\n누리군 55%\n\n■ 인구 변화\n바다군 3%",
    )
    metrics = [(f.surface, f.metric) for f in extract_article(doc).figures]
    assert metrics == [
        ("31.5%", "재정자립도"),
        ("9.8%", "재정자립도"),
        ("12.5%", "재정자립도"),
        ("55%", "재정자주도"),
        ("3%", None),  # its heading names no rate
    ]


def test_a_long_line_of_prose_does_not_take_a_heading_rate():
    doc = article(
        "2025-03-02",
        "도내 재정 현황",
        "■ 재정자립도\n도는 올해 읍 인구의 30%가 이웃 도시로 출퇴근하는 것으로 조사돼 교통 대책을 "
        "함께 마련하기로 했다고 밝혔다.",
    )
    (figure,) = extract_article(doc).figures
    assert figure.metric is None


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a few examples and 등: the verb names the group
        ("군수와 학부모 등 120여 명이 참석했다.", "120여 명", "참석자"),
        ("기획팀 박누리 등 9명이 서기관으로 승진했다.", "9명", "서기관 승진자"),
        ("과정을 마친 30명 중 21명이 취업했다.", "21명", "취업자"),
        ("주민 150명이 참석했다.", "150명", "주민"),  # the noun before names them
        ("인구는 16명이 늘었다.", "16명", "인구"),  # not a verb that names people
        # a relative clause before the count
        ("지난해 창업교육을 수료한 42명이 가게를 열었다.", "42명", "창업교육 수료자"),
        # people given something, also the earlier items of the list
        ("올해 320명에게 교통비를 지급한다.", "320명", "교통비 지급 대상"),
        ("2023년에는 410명, 2024년에는 455명에게 장학금을 지원했다.", "410명", "장학금 지원 대상"),
    ],
)
def test_people_named_by_what_they_did_or_are_given(text, surface, subject):
    assert only(text, surface).subject == subject


@pytest.mark.parametrize("mark", ["-", "·", "ㆍ", "－"])
def test_a_mark_before_a_rate_is_not_part_of_its_name(mark):
    doc = Article(
        source="test",
        sections=[
            Section("title", "한빛시 고용 동향"),
            Section("subtitle", f"{mark}고용률 67.3%로 상승 -"),
            Section("body", f"{mark} 청년 고용률은 44.1%로 나타났다."),
        ],
        title="한빛시 고용 동향",
        published_at=datetime(2025, 3, 2, tzinfo=SEOUL),
        org="한빛시",
    )
    metrics = [(f.surface, f.metric) for f in extract_article(doc).figures]
    assert metrics == [("67.3%", "고용률"), ("44.1%", "청년 고용률")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure before `목표 넘어` is the goal; what was achieved is a result
        ("한빛시, 일자리 2만개 목표 넘어 2만1천개 창출", [("2만개", True), ("2만1천개", False)]),
        ("한빛시 일자리 2만1천개…목표 넘어", [("2만1천개", False)]),
        ("한빛시 일자리 ‘2만개 목표’ 넘었다", [("2만개", True)]),
        ("한빛시 고용률 67%로 목표 넘어", [("67%", False)]),
        (
            "당초 목표한 300명을 넘겨 342명을 지원한 것으로 집계됐다.",
            [("300명", True), ("342명", False)],
        ),
        # a clause closed in the past is a result, whatever the next clause plans
        ("고용률은 65%였고 올해는 70%를 목표로 한다.", [("65%", False), ("70%", True)]),
    ],
)
def test_a_goal_named_as_a_goal_and_a_goal_exceeded(text, expected):
    assert [(f.surface, f.is_target) for f in extract_figures(text, PUBLISHED)] == expected


def test_the_same_year_is_the_year_named_before_it():
    doc = article(
        "2025-03-02",
        "한빛시 일자리",
        "한빛시는 2019년 일자리 2만개를 만들었다. 같은 해 고용률은 65%였다.\n"
        "시는 2021년 청년 센터를 열었고, 그해 청년 취업자는 1200명이었다.",
    )
    years = [(f.surface, f.year, f.year_source) for f in extract_article(doc).figures]
    assert years == [
        ("2만개", 2019, "clause"),
        ("65%", 2019, "article"),
        ("1200명", 2021, "clause"),
    ]
