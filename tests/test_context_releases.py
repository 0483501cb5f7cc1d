"""Metric and subject in the shapes of national ministries' releases, national dailies and other
provinces' papers: a rate given per year, a goal set for a rate, a share that people take, lists
whose later items name only their topic, the cost an act of support covers. Sentences written for
these tests; none is taken from the corpus or the gold files."""

from __future__ import annotations

import pytest
from articles import body_figures as in_article
from articles import found


@pytest.mark.parametrize(
    ("body", "surface", "metric"),
    [
        # the period a rate is given per stands between the rate and its percent
        ("한국은행은 기준금리를 동결해 기준금리 연 3.25%를 유지했다.", "3.25%", "기준금리"),
        ("정책자금 대출금리는 연 2.5%로 낮춘다.", "2.5%", "정책자금 대출금리"),
        # a goal set for a rate is a level of that rate, the base it is raised from too
        ("청년 고용률 목표는 지난해(44.1%)보다 0.8%p 높은 44.9%다.", "44.9%", "청년 고용률"),
        ("청년 고용률 목표는 지난해(44.1%)보다 0.8%p 높은 44.9%다.", "44.1%", "청년 고용률"),
        ("고용률 목표는 67%로 잡았고 실업률 목표는 3%다.", "3%", "실업률"),
        # a part of people is no share of an amount, taken or not (round 13: empty)
        ("외국인 근로자는 전체 근로자의 12.5%를 차지했다.", "12.5%", None),
        # a survey's share of people who mean to do something
        ("참여자의 만족도는 91.2%, 재구매 의향은 77.3%로 조사됐다.", "77.3%", "재구매 의향"),
        # later items of a list that name only their topic keep the owner of the first
        (
            "지원 대상은 기준 중위소득의 60%, 차상위는 50%, 주거급여는 47% 이하 가구다.",
            "50%",
            "중위소득",
        ),
        (
            "지원 대상은 기준 중위소득의 60%, 차상위는 50%, 주거급여는 47% 이하 가구다.",
            "47%",
            "중위소득",
        ),
        # the cost an act covers may be its object, the percent how much of it
        (
            "청년 가구에 전세자금 대출이자를 연 최대 3%까지 지원한다.",
            "3%",
            "전세자금 대출이자 지원율",
        ),
        ("시는 소상공인의 보험료를 최대 80% 지원한다.", "80%", "보험료 지원율"),
        # a percent of a cost in the note after the name of an act of support
        (
            "시는 ▲‘소상공인 화재보험료 지원사업’(보험료의 50~70%) ▲점포 환경개선 지원을 추진한다.",
            "50~70%",
            "보험료 지원율",
        ),
        (
            "전통시장 화재공제료 지원사업(점포당 최대 20만원, 보험료의 70%)도 계속한다.",
            "70%",
            "보험료 지원율",
        ),
        # a limit set as a share of something
        (
            "현행 외국인 고용 한도는 내국인 근로자의 20%인데, 일부 업체는 한도에 근접했다.",
            "20%",
            "외국인 고용 한도",
        ),
        # the cost named in the act's name, for a percent alone in its note
        (
            "시는 ▲아이돌봄 서비스 본인부담금 지원사업(소득 구간별 30~85%) "
            "▲주차요금 감면을 추진한다.",
            "30~85%",
            "아이돌봄 서비스 본인부담금 지원율",
        ),
        # a column of the change of a rate the head itself names, in points
        (
            "<연령대별 인구 및 비중 변화>\n(단위: 명, %p)\n구분 | 2024년 | 2025년 | 비중 증감\n"
            "0~14세 | 5,400 | 5,300 | -0.35",
            "-0.35",
            "비중",
        ),
    ],
)
def test_metric_in_releases(body, surface, metric):
    assert found(body, surface).metric == metric


def test_a_rate_given_per_year_in_a_headline():
    (f,) = in_article("본문이다.", title="한은, 기준금리 연 3.25% 동결")
    assert f.metric == "기준금리"


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("전체 응답자의 62.4%가 만족한다고 답했다.", "62.4%"),  # a part of people asked
    ],
)
def test_shapes_that_name_no_rate(body, surface):
    assert found(body, surface).metric is None


def test_a_topic_that_is_a_rate_of_its_own_names_a_new_thing():
    body = "고용률은 60%, 실업률은 3%였다."
    assert found(body, "3%").metric == "실업률"
    body = "참여자의 만족도는 91.2%, 재구매 의향은 77.3%로 조사됐다."
    assert found(body, "91.2%").metric == "만족도"


def test_a_breakdown_gives_its_parts_the_rate_measured_before():
    body = (
        "펀드 수익률은 12.1%였다. 수익금은 3조 원이었다. 적립금은 100조 원이다. "
        "자산군별로는 국내주식이 30.2%로 가장 높았고 해외주식(20.4%) 순이었다."
    )
    assert found(body, "30.2%").metric == "펀드 수익률"
    assert found(body, "20.4%").metric == "펀드 수익률"


def test_parts_of_a_price_rise_by_its_rate_of_rise():
    body = (
        "소비자물가는 2.1% 올랐다. 농산물은 5% 올라 기여도가 0.3%포인트였다. "
        "품목별로는 배(30.1%), 사과(22.8%) 등이 크게 뛰었다."
    )
    assert found(body, "30.1%").metric == "상승률"
    assert found(body, "22.8%").metric == "상승률"
    # parts of what is no price keep their plain change
    body = "수출은 2.1% 늘었다. 품목별로는 반도체(30.1%), 자동차(22.8%) 등이 크게 늘었다."
    assert found(body, "22.8%").metric == "증가율"


def test_a_table_apart_by_runs_of_spaces_under_a_unit_note():
    body = (
        "빈집이 줄었다.\n\n<지역별 빈집 현황>\n(단위: 호, %)\n"
        "구분      2025년 1월      2025년 2월      증감률\n"
        "전국      1,200      1,080      -10.0\n"
        "지방      800      760      -5.0"
    )
    assert found(body, "-10.0").metric == "증감률"
    assert found(body, "1,080").subject == "빈집"


def test_a_table_apart_by_single_spaces_with_a_label_of_two_words():
    body = (
        "방문객이 늘었다.\n\n■ 방문객 현황 (단위: 만 명, %)\n"
        "구분 2024년 2025년 증감률\n"
        "전체 방문객 1,000 1,100 10.0\n"
        "고용률 60.1 61.2 1.1"
    )
    figures = [f for f in in_article(body) if f.section == "body"]
    got = {f.surface: (f.kind, f.unit) for f in figures}
    assert got["1,100"] == ("count", "명")
    assert got["10.0"] == ("percent", "%")
    assert found(body, "10.0").metric == "증감률"
    assert found(body, "1,000").subject == "방문객"
    assert found(body, "61.2").metric == "고용률"


@pytest.mark.parametrize(
    ("body", "surface", "subject"),
    [
        # a quantifier floated off the object it counts, with where and how often between
        ("군은 ‘야간 돌봄센터’를 10개 읍면에 한 곳씩 설치한다.", "한 곳", "야간 돌봄센터"),
        ("시는 지역 기업 채용박람회를 연 4회 연다.", "4회", "지역 기업 채용박람회"),
        (
            "도는 ‘찾아가는 금융 교육’을 15개 시군에서 연 30회 실시한다.",
            "30회",
            "찾아가는 금융 교육",
        ),
        # how often, in the note after a name
        (
            "시는 ▲‘마음 건강’ 우울 예방 교육(연 40회) ▲경로당 지원사업을 추진한다.",
            "40회",
            "우울 예방 교육",
        ),
        ("시는 ▲‘첫걸음’ 돌봄 교육(부모 대상 연 24회)을 연다.", "24회", "돌봄 교육"),
        # counts in the parentheses of items listed after a topic that names what is counted
        (
            "시·도별 인구는 경기(1,300만 명), 서울(900만 명), 부산(300만 명) 순이었다.",
            "1,300만 명",
            "인구",
        ),
        # the size of a change names nothing: the count before it says what
        (
            "고용보험 가입자는 20만 명 늘었다. 증가 폭은 1월(15만 명)보다 확대됐다.",
            "15만 명",
            "고용보험 가입자",
        ),
        # a counter of firms counts firms, not the program quoted before it
        ("중기부는 ‘창업도약패키지’ 300개사를 모집한다.", "300개사", "기업"),
        ("시는 ‘청년 희망주택’ 200가구를 공급한다.", "200가구", "청년 희망주택"),
        # a table titled by an act in a counter of things counts those things
        (
            "<유형별 지원 규모>\n(단위: 개사, 억원)\n"
            "유형 | 선정 규모 | 사업화 자금\n일반형 | 380 | 684",
            "380",
            "기업",
        ),
        # the quoted name before a generic head of the object a count changes
        ("시는 올해 ‘한 달 살기’ 사업을 100팀에서 150팀으로 확대한다.", "150팀", "한 달 살기"),
        # the size an object is brought to
        (
            "시는 “‘조선업 용접 교육’을 올해 300명 규모로 늘리겠다”고 말했다.",
            "300명",
            "조선업 용접 교육",
        ),
        # a part of those just counted keeps their whole name
        (
            "‘쉬었음’ 인구는 250만 명으로 20만 명 늘었다. 이 가운데 청년층은 40만 명이었다.",
            "40만 명",
            "청년층 쉬었음 인구",
        ),
        # a title of a change (변화) names what the table counts, not the rate beside it
        (
            "<연령대별 인구 및 비중 변화>\n(단위: 명, %p)\n구분 | 2024년 | 2025년 | 비중 증감\n"
            "0~14세 | 5,400 | 5,300 | -0.35",
            "5,300",
            "0~14세 인구",
        ),
    ],
)
def test_subject_in_releases(body, surface, subject):
    assert found(body, surface).subject == subject


def test_a_part_in_another_counter_is_no_part_of_the_whole():
    body = (
        "‘인연 잇기’ 프로그램은 지난해 참가자 300명 가운데 50쌍이 커플이 됐고, "
        "이 중 10쌍이 결혼했다."
    )
    assert found(body, "50쌍").subject is None
    assert found(body, "10쌍").subject is None
    assert found("시민 10명 중 7명이 찬성했다.", "7명").subject == "시민"


def test_a_paragraph_right_under_a_table_is_no_row_of_it():
    body = (
        "[주요 지표]\n(단위: 천명, %)\n구분        2025년    2026년\n취업자      2,000      2,100\n"
        "구직을 단념한 인구는 50만 명이었다. 이 가운데 청년층은 10만 명이었다."
    )
    assert found(body, "10만 명").subject == "청년층 인구"


def test_a_column_head_apart_by_single_spaces_names_what_it_counts():
    body = "(단위: 개, 명)\n구분 사업체 종사자\n전체 6,120 25,300\n제조업 570 4,100"
    assert found(body, "6,120").subject == "사업체"
    assert found(body, "25,300").subject == "종사자"


def test_an_index_glossed_in_parentheses_takes_the_change_at_the_end_of_its_list():
    body = (
        "근원물가(식료품 및 에너지 제외지수)는 2.0%, 체감물가에 가까운 생활물가지수는 2.7% 올랐다."
    )
    assert found(body, "2.0%").metric == "상승률"


def test_a_value_of_a_category_is_not_what_is_counted():
    body = (
        "폐업 신고를 한 사업자는 90만 명이었다. "
        "폐업 사유는 ‘사업 부진’이 40만 명(44.4%)으로 가장 많았다. "
        "업종별로는 소매업(20만 명), 음식업(10만 명) 순이었다."
    )
    assert found(body, "40만 명").subject == "사업자"
    assert found(body, "20만 명").subject == "소매업 사업자"


def test_a_sentence_turned_to_a_group_names_those_it_gives_to_by_it():
    body = (
        "유형별로는 고용장려금 1만 4천 명 등이다. "
        "중장년층에는 ‘인생 3모작 지원사업’으로 900명에게 재취업 교육을 연계한다."
    )
    assert found(body, "900명").subject == "중장년층"
    assert found("참가자는 300명이었다. 지역에는 200명이 남았다.", "200명").subject == "참가자"


def test_a_unit_for_the_columns_of_a_change_and_a_label_a_single_space_from_its_number():
    body = (
        "[주요 지표]\n(단위: 천명, %, 전년동월대비 %p)\n"
        "구분        2025년 2월    2026년 2월    증감\n"
        "취업자      27,000        27,100        100\n"
        "고용률      61.0          61.2          0.2\n"
        "청년층 고용률 45.0      44.5          -0.5"
    )
    figures = {f.surface: f for f in in_article(body) if f.section == "body"}
    assert (figures["27,100"].value, figures["27,100"].unit) == (27100000, "명")
    assert figures["0.2"].unit == "%p" and figures["0.2"].metric == "고용률"
    assert figures["45.0"].unit == "%" and figures["45.0"].metric == "청년층 고용률"
    assert figures["-0.5"].unit == "%p"


def test_the_end_of_a_span_of_time_stands_between_a_name_and_its_count():
    (f,) = in_article("본문이다.", title="인력난 숨통…고용보험 가입자 3년 새 1만 명 늘어")
    assert f.subject == "고용보험 가입자"
    assert found("외국인 관광객 1년 사이 20만 명 늘었다.", "20만 명").subject == "외국인 관광객"
