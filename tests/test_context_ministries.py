"""Metric and subject in the shapes of sentences national ministries and statistics offices write
(issue 8): items of a breakdown before the group they belong to, income thresholds and their
lists, pairs around an arrow, points against a base, tables with rates in a column and things in
a row. Sentences written for these tests; none is taken from the corpus or the gold files."""

from __future__ import annotations

import pytest
from articles import article

from extractors.figures import extract_figures
from pipeline.run.extract import extract_article


def only(text: str, surface: str):
    (found,) = [f for f in extract_figures(text) if f.surface == surface]
    return found


def in_article(body: str, title: str = "보도자료") -> list:
    doc = article("2025-09-10T09:00:00", title, body)
    return [f for f in extract_article(doc).figures if f.section == "body"]


def found(body: str, surface: str, title: str = "보도자료"):
    (f,) = [f for f in in_article(body, title) if f.surface == surface]
    return f


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # items before 등 and the group where the change was (`… 등 7개 품목에서 … 늘었다`)
        ("과일(8.2%)과 수산물(3.5%) 등 7개 품목에서 판매가 증가했다.", "8.2%", "증가율"),
        ("과일(8.2%)과 수산물(3.5%) 등 7개 품목에서 판매가 증가했다.", "3.5%", "증가율"),
        ("의복(6.1%) 등 업종에서 매출이 감소했다.", "6.1%", "감소율"),
        # items that are the topic of the change, and how far it went
        ("딸기(41.3%)와 포도(37.9%)는 절반 넘게 올랐다.", "41.3%", "상승률"),
        ("딸기(41.3%)와 포도(37.9%)는 절반 넘게 올랐다.", "37.9%", "상승률"),
        ("감자(12.4%)와 양파(9.8%)는 크게 내렸다.", "9.8%", "하락률"),
        # shares of income spent or saved are rates
        ("한계소비성향은 61.2%로 1년 전보다 낮아졌다.", "61.2%", "한계소비성향"),
        ("가계 평균저축성향 28.4%", "28.4%", "가계 평균저축성향"),
        # a level that is not a percent (an income, the price level, an index): a percent of change
        # after it is that change
        ("내년 기준 중위소득 4.8% 인상", "4.8%", "인상률"),
        ("전통시장 체감 물가는 10%는 오른 것 같다.", "10%", "상승률"),
        # but a percent of it, with or without 의, is of it
        ("대상은 기준 중위소득의 60% 이하 가구다.", "60%", "중위소득"),
        ("대상은 기준 중위소득 75% 이하 가구다.", "75%", "중위소득"),
        # a rate the verb takes through an arrow: both sides of the pair
        ("도는 청년 채용 비율을 15→25%로 높인다.", "15", "청년 채용 비율"),
        ("도는 청년 채용 비율을 15→25%로 높인다.", "25%", "청년 채용 비율"),
        # a change in points of the rate the verb takes, across the base it is compared with
        ("정부는 할인율을 일반 가맹점보다 0.35%p 높게 정했다.", "0.35%p", "할인율"),
        ("시는 지원율을 2024년 수준보다 5%p 올렸다.", "5%p", "지원율"),
    ],
)
def test_metric_in_the_shapes_ministries_write(text, surface, metric):
    assert only(text, surface).metric == metric


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a part with 은/는 and no change word after it is no change
        ("신청자 가운데 40%는 청년이었다.", "40%"),
        # the group of items is where the change was only after 등
        ("과일(8.2%)과 수산물(3.5%)은 7개 품목에서 가장 비쌌다.", "8.2%"),
    ],
)
def test_shapes_that_name_no_change(text, surface):
    assert only(text, surface).metric is None


@pytest.mark.parametrize(
    ("body", "surface", "metric"),
    [
        # the next items of a list of thresholds after a comma share the first one's rate
        (
            "선정 기준은 생계급여가 기준 중위소득의 30% 이하, 주거급여 45% 이하, 교육급여 "
            "52% 이하다.",
            "45%",
            "중위소득",
        ),
        (
            "선정 기준은 생계급여가 기준 중위소득의 30% 이하, 주거급여 45% 이하, 교육급여 "
            "52% 이하다.",
            "52%",
            "중위소득",
        ),
        # the other end of a range from one threshold to another
        ("시는 대상을 기준 중위소득 120% 이하에서 180% 이하 가구로 넓힌다.", "180%", "중위소득"),
        ("한빛시 재정자립도 35%에서 40%로 높아져", "40%", "재정자립도"),
    ],
)
def test_items_and_ranges_share_the_rate_before_them(body, surface, metric):
    assert found(body, surface).metric == metric


def test_an_item_that_names_its_own_rate_keeps_it():
    body = "청년 고용률은 45.1%, 청년 실업률 5.2%였다."
    assert found(body, "5.2%").metric == "청년 실업률"


def test_items_of_changes_share_no_level_rate():
    # a change named before does not spread to the next item's level
    body = "수출은 7.4% 늘었고, 반도체 비중 21.3%를 기록했다."
    assert found(body, "7.4%").metric == "증가율"
    assert found(body, "21.3%").metric == "반도체 비중"


def test_a_percent_in_a_table_measures_the_rate_its_column_or_row_names():
    body = (
        "올해 수출입 실적을 정리했다.\n"
        " < 분기별 수출입 > (단위: 억 달러, %)\n"
        " 구분 | 2024년 | 2025년 | 증감률\n"
        " 수출 | 410.5 | 432.1 | 5.3\n"
        " 수입 | 388.0 | 371.2 | △4.3\n"
        "\n"
        " < 분기별 고용 > (단위: %)\n"
        " 구분 | 2024년 | 2025년\n"
        " 청년 고용률 | 44.2 | 45.0\n"
    )
    metrics = [(f.surface, f.metric) for f in in_article(body) if f.kind == "percent"]
    assert metrics == [
        ("5.3", "증감률"),
        ("4.3", "증감률"),
        ("44.2", "청년 고용률"),
        ("45.0", "청년 고용률"),
    ]


@pytest.mark.parametrize(
    ("body", "surface", "subject"),
    [
        # counts in parentheses after industries where a change was count its subject there
        (
            "업종별로는 정보통신업(2만1천명), 금융 및 보험업(9천명)에서 취업자가 늘었지만 "
            "도소매업(-3만4천명)은 줄었다.",
            "2만1천명",
            "정보통신업 취업자",
        ),
        (
            "업종별로는 정보통신업(2만1천명), 금융 및 보험업(9천명)에서 취업자가 늘었지만 "
            "도소매업(-3만4천명)은 줄었다.",
            "9천명",
            "보험업 취업자",
        ),
        # and one with no change of its own, the people the count before it counted
        (
            "업종별로는 정보통신업(2만1천명), 금융 및 보험업(9천명)에서 취업자가 늘었지만 "
            "도소매업(-3만4천명)은 줄었다.",
            "-3만4천명",
            "도소매업 취업자",
        ),
        # people are never an industry or a school: the topic names the people there
        ("학급당 학생 수는 중학교 24.3명, 고등학교 22.8명으로 줄었다.", "22.8명", "고등학교 학생"),
        (
            "폐업한 자영업자는 52만명이었다. 업종별로는 도매업이 12만명으로 가장 많았다.",
            "12만명",
            "도매업 자영업자",
        ),
        # but a program whose participants are counted, or an act that names people, is
        ("모집 인원은 공공근로 사업 80명, 청년 일자리 사업 40명이다.", "40명", "청년 일자리 사업"),
        # places joined by middle dots are places still: they name nothing counted
        ("수출국은 일본·대만·호주 등 9개국으로 늘었다.", "9개국", "수출국"),
        # bounds and 주요 are never what is counted
        ("주말 방문객은 1만 2천명 안팎이다.", "1만 2천명", "주말 방문객"),
        ("주민 10명 중 3명 남짓만 참여했다.", "3명", "주민"),
        ("한빛시는 주요 15개국 가운데 가장 많았다.", "15개국", None),
        # a goal or a record is a measure of the noun before it
        ("올해 채용 목표 1,200명을 달성하겠다.", "1,200명", "채용"),
        ("수소차 보급 실적은 3천대로 집계됐다.", "3천대", "수소차 보급"),
        # the object of a change over the time word and the new count before it
        (
            "시는 상담 인원을 당초 3천명에서 4천5백명으로 1천5백명 늘린다.",
            "1천5백명",
            "상담 인원",
        ),
        ("시는 상담 인원을 당초 3천명에서 4천5백명으로 늘린다.", "3천명", "상담 인원"),
        # things named only by examples and 등 are what the verb designates them
        (
            "도는 한빛동 일대와 누리동 일대 등 4곳을 관광특구로 지정했다.",
            "4곳",
            "관광특구",
        ),
        # a verb made of a noun after the count names nothing; after a count of times it does,
        # with what it is done to
        ("참가자를 300명 선발해 교육한다.", "300명", "참가자"),
        ("재산세는 7월과 9월 연 2회 부과되며 고지서를 보낸다.", "2회", "재산세 부과"),
        # a benefit after a count of households is no name of them
        ("에너지 바우처 확대…4만 가구 혜택", "4만 가구", "가구"),
    ],
)
def test_subject_in_the_shapes_ministries_write(body, surface, subject):
    assert found(body, surface).subject == subject


def test_a_long_proper_noun_as_topic_is_a_compound_not_a_place():
    body = "현재 활동 중인 아이돌보미는 2만9,000여 명으로 늘었다."
    assert found(body, "2만9,000여 명").subject == "아이돌보미"


def test_a_count_in_a_table_counts_what_its_row_names():
    body = (
        "지분적립형 주택이 2천호다.\n"
        " < 지구별 공급 계획 > (단위: 호)\n"
        " 구분 | 한빛지구 | 누리지구 | 합계\n"
        " 전체 | 12,000 | 8,000 | 20,000\n"
        " 공공임대 | 3,100 | 2,400 | 5,500\n"
    )
    subjects = [(f.surface, f.subject) for f in in_article(body) if f.kind == "count"]
    assert subjects == [
        ("2천호", "지분적립형 주택"),
        # a row of the whole names nothing, and prose before the table carries into no cell
        ("12,000", None),
        ("8,000", None),
        ("20,000", None),
        ("3,100", "공공임대"),
        ("2,400", "공공임대"),
        ("5,500", "공공임대"),
    ]


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("A. 1만4000개다.", "1만4000개"),
        ("B 320명이다.", "320명"),
        ("가. 사업비 20억원\nC. 45곳을 지원한다.", "45곳"),
    ],
)
def test_a_lone_latin_letter_is_a_mark_never_a_subject(body, surface):
    assert found(body, surface).subject is None


def test_a_lone_latin_letter_is_no_part_of_a_rate():
    assert found("Q 만족도는?\nB 91%였다.", "91%").metric == "만족도"
    assert found("D 재정자립도는 31.4%다.", "31.4%").metric == "재정자립도"


@pytest.mark.parametrize(
    ("body", "surface", "subject"),
    [
        ("Q. 내년 채용 목표는?\nA. 1만4000명이다.", "1만4000명", "채용"),
        ("Q. 참여 기업 수는?\nA. 120곳이다.", "120곳", "참여 기업"),
    ],
)
def test_the_count_of_an_answer_counts_what_the_question_asks(body, surface, subject):
    assert found(body, surface).subject == subject


@pytest.mark.parametrize(
    ("body", "surface", "subject"),
    [
        # an age group written as a range of three words is counted whole
        ("전입 인구 가운데 25~29세는 3,100명으로 가장 많았다.", "3,100명", "25~29세"),
        # a school year with its number is a group of students, a name like any noun
        ("중학교 2학년은 28만4천명으로 줄었다.", "28만4천명", "중학교 2학년"),
        ("고교 3학년 첫 40만명대", "40만명", "고교 3학년"),
        ("고교 3학년 학생 수는 40만명대에 머물렀다.", "40만명", "고교 3학년 학생"),
        # a count of times spread over (`에 걸쳐`) counts the act of the verb after it
        ("시는 두 차례에 걸쳐 지원금을 추가 지급했다.", "두 차례", "추가 지급"),
        ("군은 세 차례에 걸쳐 주민 설명회를 열었다.", "세 차례", "주민 설명회"),
        # people who take part are named with what they take part in
        ("‘청년 마을 캠프’에는 올해 420명이 참여했다.", "420명", "청년 마을 캠프 참여자"),
        ("채용 박람회에 1,300명이 참가했다.", "1,300명", "채용 박람회 참가자"),
        # but not a place or a time
        ("광주에는 200명이 참석했다.", "200명", "참석자"),
    ],
)
def test_subject_of_groups_years_and_acts(body, surface, subject):
    assert found(body, surface).subject == subject


@pytest.mark.parametrize(
    ("body", "surface", "subject"),
    [
        # where a place lies and a conjunctive 대신 are no part of a name
        ("청년 인구는 1만 2천명이다. 인근 누리시(9천명)보다 많다.", "9천명", "청년 인구"),
        ("대신 해상풍력 3건(4,200억원)이 새로 들어왔다.", "3건", "해상풍력"),
        # a headline act done to people, with a word of how before it
        ("취업박람회서 214명 현장 채용", "214명", "현장 채용 인원"),
        ("올해 2,300명 모집 계획", "2,300명", "모집 인원"),
        # a quoted object before a count of times, and an act with 로 after it that says how
        ("시는 ‘찾아가는 일자리 상담’을 6차례 추가로 연다.", "6차례", "찾아가는 일자리 상담"),
        # a count with decimals is a rate per person: it takes the name of a rate before it,
        # never of a number of people, and the other way round
        (
            "한빛시 합계출산율은 0.91명이었고, 출생아는 1,820명이었다. 누리시(0.77명)보다 높다.",
            "0.77명",
            "합계출산율",
        ),
        (
            "한빛시 합계출산율은 0.91명이었고, 출생아는 1,820명이었다. 전년보다 60명 늘었다.",
            "60명",
            "출생아",
        ),
    ],
)
def test_subject_of_headlines_notes_and_rates_per_person(body, surface, subject):
    assert found(body, surface).subject == subject


@pytest.mark.parametrize(
    ("body", "surface", "metric"),
    [
        # a threshold set as a percent of an income, and the same for another group after it
        (
            "자격은 가구 소득이 도시근로자 월평균 소득의 90% 이하여야 한다.",
            "90%",
            "도시근로자 월평균 소득",
        ),
        (
            "자격은 소득이 도시근로자 가구 소득의 100% 이하(맞벌이는 130% 이하)다.",
            "130%",
            "도시근로자 가구 소득",
        ),
        # the share of a cost an act covers, with a note in parentheses before the particle
        ("왕복 항공료의 40%(1인당 최대 50만 원)를 지원한다.", "40%", "왕복 항공료 지원율"),
    ],
)
def test_metric_of_income_thresholds_and_notes(body, surface, metric):
    assert found(body, surface).metric == metric


def test_an_act_with_the_counts_own_particle_is_still_counted():
    # `추가로` after a bare count says how; `참여로` after the count's own 의 is what it counts
    assert found("강좌에는 140명의 참여로 호응이 컸다.", "140명").subject == "참여자"


def test_amid_something_is_nothing_taken_part_in():
    assert found("뜨거운 관심 속에 92명이 참가했다.", "92명").subject == "참가자"


def test_a_count_of_places_takes_the_kind_of_places_counted_before():
    body = "취업자는 12개 시도에서 늘었고 광주·전북 두 곳에서 줄었다."
    assert found(body, "두 곳").subject == "시도"


def test_a_count_of_places_takes_nothing_from_a_count_of_other_things():
    body = "시는 행사를 12개 열었고, 두 곳에서 취소했다."
    assert found(body, "두 곳").subject is None


@pytest.mark.parametrize(
    ("body", "surface", "metric"),
    [
        # places that are subjects of a list share the change verb after it
        ("소매판매는 부산이 1.2%, 울산이 0.7% 각각 줄었다.", "1.2%", "감소율"),
        # what a figure is compared with, in parentheses, measures what the figure measures
        ("반면 한빛도는 2.4% 늘어 전국(1.1%)과 비슷한 흐름을 보였다.", "1.1%", "증가율"),
        ("누리시 수출은 6.3% 늘었다. 전국(2.2%)을 웃도는 성적이다.", "2.2%", "증가율"),
        ("청년 고용률은 47.3%로 도 평균(44.9%)보다 높다.", "44.9%", "청년 고용률"),
    ],
)
def test_metric_of_lists_of_places_and_what_is_compared(body, surface, metric):
    assert found(body, surface).metric == metric


def test_a_percent_in_parentheses_that_is_not_compared_takes_nothing():
    body = "수출은 6.3% 늘었다. 한빛시(2.2%)는 사업을 마쳤다."
    assert found(body, "2.2%").metric is None


def test_a_count_beside_an_amount_is_no_count_of_the_amounts_topic():
    body = "기업별 투자 규모는 ▲누리케미칼 4,100억원(신규 고용 260명) ▲한빛정밀 900억원(70명)이다."
    assert found(body, "70명").subject == "신규 고용"


def test_a_count_beside_an_amount_takes_no_topic_of_its_own():
    assert found("사업비는 국비 30억원(120명)이다.", "120명").subject is None


@pytest.mark.parametrize(
    ("body", "surface", "subject"),
    [
        # a group by age or generation after a count of people named by what they are: the
        # group's part of them
        (
            "50대 취업자가 4만2천명 늘었다. 반면 청년층은 7만1천명, 30대는 1만명 각각 줄었다.",
            "7만1천명",
            "청년층 취업자",
        ),
        (
            "50대 취업자가 4만2천명 늘었다. 반면 청년층은 7만1천명, 30대는 1만명 각각 줄었다.",
            "1만명",
            "30대 취업자",
        ),
        # but not a group a relative clause already says who they are
        (
            "상담 이용자는 2천명이었다. 사업으로 창업한 청년층은 310명으로 늘었다.",
            "310명",
            "청년층",
        ),
    ],
)
def test_a_group_by_age_counts_its_part_of_the_people_counted_before(body, surface, subject):
    assert found(body, surface).subject == subject


def test_a_count_of_places_where_something_is_takes_no_kind_of_places():
    body = "5개 구 가운데 서구에 2개가 있고 중구에는 한 곳만 있다."
    assert found(body, "한 곳").subject is None


def test_a_designation_across_an_adverb():
    body = "정부는 전국에서 6곳을 청년 창업 거점으로 우선 선정했다."
    assert found(body, "6곳").subject == "청년 창업 거점"


def test_a_percent_of_the_whole_itself_is_a_share():
    # round 13: the gold files leave a part of a whole counted in places or people empty
    body = "고용률이 60%에 못 미치는 곳이 31곳으로 전체의 42.5%에 달했다."
    assert found(body, "42.5%").metric is None


@pytest.mark.parametrize(
    ("body", "surface", "subject"),
    [
        # a group by sex or age picked out of people counted before 가운데 or 중 is that group
        ("합격한 학생 400명 가운데 여성은 58%인 232명이었다.", "232명", "여성 학생"),
        ("응모자 2만명 가운데 40~50대가 9천명으로 가장 많았다.", "9천명", "40~50대 응모자"),
        ("수혜자 가운데 80세 이상은 약 3만명으로 집계됐다.", "3만명", "80세 이상 수혜자"),
        # a part named so carries to no later count: the whole does
        (
            "채용된 청년 200명 가운데 여성은 120명, 남성은 80명이다. 지역별로는 천안 30명 등이다.",
            "30명",
            "청년",
        ),
        # a topic that owns the goal the count is brought to is not counted
        ("광주는 목표를 지난해 3만개에서 3만5천개로 올렸다.", "3만5천개", None),
        # the subject of a clause closed by 자 (when, as) is not the topic of the count
        ("도는 목표를 9천개로 세웠으나 공장 증설이 이어지자 1만2천개로 늘렸다.", "1만2천개", None),
        # the rest (기타), a run (연속) and an area (일대) name nothing counted
        ("올해 일자리 목표는 1만개다. 분야별로는 ▲공공 3천개 ▲기타 700개다.", "700개", "일자리"),
        # but 기타 may open the name of a kind
        ("기타 비취업인구의 경우 군 지역에서 2만명 늘었다.", "2만명", "기타 비취업인구"),
        ("신규 가입자가 넉 달 연속 5만명대를 기록했다.", "5만명", None),
        # a rank names nothing, and people are never counted in countries
        ("상위 4개국 유학생이 전체의 80%를 차지했다.", "4개국", None),
    ],
)
def test_parts_goals_and_words_that_name_nothing(body, surface, subject):
    assert found(body, surface).subject == subject
