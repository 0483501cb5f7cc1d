"""Metric and subject on the forms of releases from outside the corpus (issue 8, item 7): national
ministries' statistics, national dailies and papers of other provinces. Sentences written for
these tests in those styles; none is taken from the corpus, the gold files or a check set."""

from __future__ import annotations

import pytest
from articles import article

from extractors.figures import extract_figures
from pipeline.run.extract import extract_article


def only(text: str, surface: str):
    (found,) = [f for f in extract_figures(text) if f.surface == surface]
    return found


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # a percent alone in parentheses after an amount, ranked first: a share; after a count
        # of people or things it is left empty, as the gold files do (round 13)
        ("업종별로는 음식점업이 4,812곳(27.4%)으로 가장 많았다.", "27.4%", None),
        ("국가별로는 미국이 52억 달러(21.3%)로 가장 많았고 일본이 뒤를 이었다.", "21.3%", "비중"),
        ("연령별로는 70대가 1만2천명(31.8%)으로 제일 많았다.", "31.8%", None),
        ("항목별로 인건비가 412억원(38.5%)으로 가장 컸다.", "38.5%", "비중"),
        # more or fewer than what a 보다 names: a change
        ("교통사고 사망자는 214명으로 전년보다 6.1% 많았다.", "6.1%", "증가율"),
        ("올해 귀농 가구는 지난해 같은 기간보다 9.4% 적었다.", "9.4%", "감소율"),
        ("겨울철 관광객은 평년보다 12% 가량 많았다.", "12%", "증가율"),
        # raising a price by a percent is its raise
        ("시내버스 요금을 8% 올렸다.", "8%", "인상률"),
    ],
)
def test_rate_from_the_form_of_the_sentence(text: str, surface: str, metric: str) -> None:
    assert only(text, surface).metric == metric


def test_a_change_in_parentheses_stays_a_change() -> None:
    # the largest item, but its percent is how much it grew, not its share
    assert only("제조업은 3만2천명(12.4%) 늘어 가장 많이 증가했다.", "12.4%").metric == "증가율"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # 많다 with no comparison before it names no change
        ("여성 응답자가 12% 많은 것으로 나타났다.", "12%"),
        # a percent taken up with no word naming the share: the text names no metric (guideline)
        ("신규 가입자 가운데 30대가 41%를 차지했다.", "41%"),
        # the parenthesis after a count followed by a verb, not a rank
        ("참여 업체는 86곳(15.2%)으로 집계됐다.", "15.2%"),
    ],
)
def test_no_rate_from_these_forms(text: str, surface: str) -> None:
    assert only(text, surface).metric is None


def test_a_named_share_is_kept_before_the_ranking() -> None:
    text = "서비스업 취업자 비중은 제주시(61.2%)가 가장 많았다."
    assert only(text, "61.2%").metric == "서비스업 취업자 비중"


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a conjunctive adverb opening the clause is no part of what is counted
        ("반면 숙박업은 2만4천명 줄었다.", "2만4천명", "숙박업"),
        ("다만 도소매업은 1만1천명 감소했다.", "1만1천명", "도소매업"),
        ("아울러 전통시장은 15곳을 새로 지정했다.", "15곳", "전통시장"),
    ],
)
def test_subject_without_a_leading_adverb(text: str, surface: str, subject: str) -> None:
    assert only(text, surface).subject == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a verb of passing a count: its subject is what is counted, even a group of people
        ("국내 체류 외국인 유학생이 20만명을 넘어섰다.", "20만명", "체류 외국인 유학생"),
        ("도내 등록 반려견이 30만 마리를 돌파했다.", "30만 마리", "등록 반려견"),
        ("도내 전기차 충전기가 5천대를 넘었다.", "5천대", "전기차 충전기"),
        # a name in quotes before a generic head names the program counted
        (
            "‘농촌 일손 돕기’ 사업도 1천200명 규모로 새로 추진한다.",
            "1천200명",
            "농촌 일손 돕기 사업",
        ),
        # the object changed from one count to another, across the years between
        ("‘전통시장 청년몰’ 규모를 올해 30곳에서 내년 45곳으로 늘린다.", "30곳", "전통시장 청년몰"),
        ("‘전통시장 청년몰’ 규모를 올해 30곳에서 내년 45곳으로 늘린다.", "45곳", "전통시장 청년몰"),
        ("돌봄교실 정원을 올해 40명에서 내년 60명으로 늘린다.", "60명", "돌봄교실 정원"),
        # `X의 경우`: the frame names what the counts after it count
        (
            "기타 비경제활동인구의 경우 시 지역에서 4만 1000명 늘었다.",
            "4만 1000명",
            "기타 비경제활동인구",
        ),
        ("60대 이상 여성의 경우 1만2천명 늘었다.", "1만2천명", "여성"),
    ],
)
def test_subject_from_the_frame_of_the_clause(text: str, surface: str, subject: str) -> None:
    assert only(text, surface).subject == subject


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a count inside a quotation is not counted by the speaker named before it
        ("도 관계자는 “올해 안에 300명을 더 뽑겠다”고 밝혔다.", "300명"),
        # a place as the frame names no kind of thing
        ("서울의 경우 3만명이 늘었다.", "3만명"),
    ],
)
def test_no_subject_from_a_speaker_or_a_place(text: str, surface: str) -> None:
    assert only(text, surface).subject is None


def test_who_acts_on_a_count_is_still_not_counted() -> None:
    # not a verb of passing: the topic acts on the count
    assert only("센터는 올해 어르신 300명을 돌봤다.", "300명").subject == "어르신"
    assert only("재단은 1만명을 지원했다.", "1만명").subject != "재단"


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a part of the people named before 가운데 / 중
        ("교육을 마친 수료생 가운데 150명을 지역 기업에 연계한다.", "150명", "수료생"),
        ("지원자 중 40명을 최종 선발했다.", "40명", "지원자"),
        # the counts of a ranking count what the clause after 순으로 names
        ("지역별로는 전주(85만명), 군산(42만명) 순으로 방문객이 많았다.", "42만명", "방문객"),
        (
            "연령별로는 30대(1만2천명), 40대(9천명) 순으로 신규 가입자가 많았다.",
            "9천명",
            "신규 가입자",
        ),
    ],
)
def test_subject_of_a_part_or_a_ranking(text: str, surface: str, subject: str) -> None:
    assert only(text, surface).subject == subject


def test_no_part_of_a_time_and_no_ranking_without_its_noun() -> None:
    # 중 after a time is `during`, not a part of people
    assert only("임기 중 3명을 임명했다.", "3명").subject is None
    # a ranking that names no noun after 순 keeps the items' own names
    assert only("업종별로는 음식점(420곳), 미용실(130곳) 순이었다.", "130곳").subject == "미용실"


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # a count and a percent in an item's parenthesis: the change verb after the list
        (
            "업종별로는 정보통신업(5만1천명, 6.2%), 운수업(2만명, 1.9%) 등에서 취업자가 늘었다.",
            "6.2%",
            "증가율",
        ),
        (
            "업종별로는 정보통신업(5만1천명, 6.2%), 운수업(2만명, 1.9%) 등에서 취업자가 늘었다.",
            "1.9%",
            "증가율",
        ),
        # an item named in several words joined by 및
        ("금속(3.1%), 운송 및 장비(2.2%) 등에서 생산이 줄었다.", "3.1%", "감소율"),
        (
            "도매 및 소매업(4만명, 3.3%), 전문·과학 및 기술서비스업(2만명, 1.9%) 등에서 늘었다.",
            "3.3%",
            "증가율",
        ),
        # items joined by 과/와 before the rate share it
        ("관광객 지출은 숙박(38.1%)과 쇼핑(20.4%) 비중이 높았다.", "38.1%", "숙박 비중"),
        ("가계 대출은 주택(61.0%)과 신용(22.5%) 비중이 컸다.", "61.0%", "주택 비중"),
    ],
)
def test_rate_of_items_in_a_list(text: str, surface: str, metric: str) -> None:
    assert only(text, surface).metric == metric


def test_items_joined_by_where_are_not_a_named_rate() -> None:
    # `에서` says where a change was; the rate after it is not the item's
    assert only("토목(14.8%)에서 늘어 건설수주가 증가했다.", "14.8%").metric == "증가율"


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # prices raised one after another (`줄인상`, which Kiwi reads as 줄이 + ㄴ + 상)
        ("라면값 5% 줄인상…소비자 부담 커져", "5%", "인상률"),
        ("외식 메뉴 3~6% 줄인상", "3~6%", "인상률"),
        # an adverbial verb between the percent and its change verb
        ("커피 전문점들이 음료 가격을 5~8% 잇따라 올렸다.", "5~8%", "인상률"),
        ("주요 가공식품 가격이 10% 잇달아 인상됐다.", "10%", "인상률"),
    ],
)
def test_rate_of_a_raise(text: str, surface: str, metric: str) -> None:
    assert only(text, surface).metric == metric


def test_a_plain_cut_stays_a_decrease() -> None:
    assert only("지난달 가전제품 판매가 4% 줄었다.", "4%").metric == "감소율"


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a quoted name of people before a count of people is what it counts
        ("시는 ‘마을 안전지킴이’ 40명을 위촉했다.", "40명", "마을 안전지킴이"),
        ("‘청년 서포터즈’ 30명을 모집한다.", "30명", "청년 서포터즈"),
        ("‘찾아가는 복지 도우미’ 25명이 활동한다.", "25명", "찾아가는 복지 도우미"),
        # the object grown by a count, and to a count
        ("군은 경로당을 작년보다 12곳 늘린 140곳으로 확대했다.", "12곳", "경로당"),
        ("군은 경로당을 작년보다 12곳 늘린 140곳으로 확대했다.", "140곳", "경로당"),
        ("시는 공공 일자리를 300개 늘렸다.", "300개", "공공 일자리"),
    ],
)
def test_subject_named_in_quotes_or_as_the_object(text: str, surface: str, subject: str) -> None:
    assert only(text, surface).subject == subject


def test_a_quoted_event_before_people_is_not_what_is_counted() -> None:
    assert only("‘청년의 날 기념식’에 300명이 참석했다.", "300명").subject != "청년의 날 기념식"
    # a short place as the object is not what is counted
    assert only("도는 서울을 10곳에서 20곳으로 늘렸다.", "20곳").subject is None


def test_a_quoted_count_takes_its_own_object_not_the_speaker() -> None:
    text = "시 관계자는 “착한가격업소를 지난해보다 50곳 늘리겠다”고 말했다."
    assert only(text, "50곳").subject == "착한가격업소"


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # a topic naming an act on a share of a cost, right before the percent
        ("참가 기업 부담은 30%다.", "30%", "참가 기업 부담률"),
        ("숙박비 할인은 최대 20%다.", "20%", "숙박비 할인율"),
        ("국비 지원은 50%, 도비는 30%다.", "50%", "국비 지원율"),
    ],
)
def test_rate_of_an_act_named_as_the_topic(text: str, surface: str, metric: str) -> None:
    assert only(text, surface).metric == metric


def test_an_act_topic_far_from_the_percent_names_no_rate() -> None:
    assert only("부담은 크지 않다고 했고 만족도는 80%였다.", "80%").metric == "만족도"


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a number of people naming a kind of household is part of the name
        ("1인 가구는 전체 가구의 35.5%인 782만9천 가구로 집계됐다.", "782만9천 가구", "1인 가구"),
        ("도내 1인 가구 3만2천 가구에 안심 장비를 지원한다.", "3만2천 가구", "1인 가구"),
        ("2인 가구는 12만 세대다.", "12만 세대", "2인 가구"),
        # an age group as the topic is what a count of people counts
        ("지난해 도를 떠난 20대는 1만여 명으로 집계됐다.", "1만여 명", "20대"),
        ("30대는 4만2천명 늘었다.", "4만2천명", "30대"),
    ],
)
def test_subject_of_a_kind_of_household_or_an_age(text: str, surface: str, subject: str) -> None:
    assert only(text, surface).subject == subject


def test_a_vehicle_count_is_no_age_group() -> None:
    assert only("시내버스 20대는 3명의 기사가 운행한다.", "3명").subject != "20대"
    assert only("주택 1천 가구를 공급한다.", "1천 가구").subject == "주택"


def test_a_comparison_among_kinds_of_places_goes_on_with_the_rate_before() -> None:
    body = (
        "광주의 청년 고용률은 43.5%로 1년 전보다 1.2%p 낮아졌다. "
        "8개 시·도 중 7위로, 전국 평균(46.1%)보다 2.6%p 낮다."
    )
    figures = extract_article(article("2025-08-20T10:00:00", "광주 청년 고용 부진", body)).figures
    (average,) = [f for f in figures if f.surface == "46.1%"]
    assert average.metric == "청년 고용률"


def test_a_sentence_naming_a_new_thing_takes_no_rate_from_before() -> None:
    body = "광주의 청년 고용률은 43.5%로 낮아졌다. 청년 창업기업은 전체의 12.4%를 기록했다."
    figures = extract_article(article("2025-08-20T10:00:00", "광주 청년 고용", body)).figures
    (share,) = [f for f in figures if f.surface == "12.4%"]
    assert share.metric != "청년 고용률"


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # people who come to a place are its visitors
        ("설악산에는 단풍철 한 달 동안 89만명이 찾았다.", "89만명", "방문객"),
        ("축제 기간 12만 명이 다녀갔다.", "12만 명", "방문객"),
        # a noun before the count still names them
        ("관광객 30만명이 찾았다.", "30만명", "관광객"),
    ],
)
def test_visitors_counted_by_a_verb_of_coming(text: str, surface: str, subject: str) -> None:
    assert only(text, surface).subject == subject


def test_people_who_find_something_are_not_visitors() -> None:
    assert only("200명이 일자리를 찾았다.", "200명").subject is None


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a list mark after a count opens the next item: the count is of the item before
        ("▲청년 일자리 3천개 ▲노인 일자리 1만2천개 ▲장애인 일자리 800개", "3천개", "청년 일자리"),
        (
            "▲청년 일자리 3천개 ▲노인 일자리 1만2천개 ▲장애인 일자리 800개",
            "1만2천개",
            "노인 일자리",
        ),
        ("시는 ▲경로당 12개 ▲마을회관 8개를 새로 짓는다.", "12개", "경로당"),
    ],
)
def test_subject_of_an_item_of_a_marked_list(text: str, surface: str, subject: str) -> None:
    assert only(text, surface).subject == subject
