"""Metric and subject from the shape of sentences that any ministry, daily or provincial paper
writes (issue 8, items 1 and 7): rules over the structure, checked on sentences of several
topics. All sentences are written for these tests; none comes from the corpus, the gold files
or a check set."""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


def only(text: str, surface: str):
    (found,) = [f for f in extract_figures(text) if f.surface == surface]
    return found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a list mark glued to the next item opens it: it is no sign of the percent before it
        ("불만 사유로는 ▲긴 대기시간(42.1%) ▲불친절한 응대(21.3%) 등이 꼽혔다.", "42.1%"),
        ("선호 품목은 ▲제철 과일(33.0%) ▲수산물(18.4%) ▲한과(9.9%) 순이었다.", "33.0%"),
        ("결제 수단은 ▲카드(70.2%) ▲간편결제(18.5%) ▲현금(11.3%) 순으로 나타났다.", "70.2%"),
    ],
)
def test_a_list_mark_of_the_next_item_is_no_change(text: str, surface: str) -> None:
    assert only(text, surface).metric is None


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # a mark standing alone after the percent is still its sign
        ("매출은 전년보다 5.1% ▲, 영업이익은 2.0% ▼였다.", "5.1%", "증가율"),
        ("매출은 전년보다 5.1% ▲, 영업이익은 2.0% ▼였다.", "2.0%", "감소율"),
    ],
)
def test_a_mark_alone_after_a_percent_is_its_change(text: str, surface: str, metric: str) -> None:
    assert only(text, surface).metric == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # an index is counted in points: a percent after it that a verb changes is its change
        ("지난달 서비스업생산지수가 2.4% 늘었다.", "2.4%", "증가율"),
        ("전산업생산지수는 1.1% 상승해 두 달째 오름세를 보였다.", "1.1%", "상승률"),
        ("주택매매가격지수는 0.3% 하락했다.", "0.3%", "하락률"),
    ],
)
def test_a_percent_of_an_index_is_its_change(text: str, surface: str, metric: str) -> None:
    assert only(text, surface).metric == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # a rate in percent keeps its name; so does the rate of change an index names
        ("재정자립도는 전년보다 1.2% 상승했다.", "1.2%", "재정자립도"),
        ("주택가격지수 상승률은 4.1%로 집계됐다.", "4.1%", "주택가격지수 상승률"),
    ],
)
def test_a_rate_in_percent_is_not_read_as_an_index(text: str, surface: str, metric: str) -> None:
    assert only(text, surface).metric == metric


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # 대상 names a group with the noun that qualifies it, as object, topic or subject
        ("시는 돌봄 지원 대상을 300곳에서 450곳으로 늘린다.", "450곳", "돌봄 지원 대상"),
        ("청년 창업 지원 대상도 200명에서 350명으로 확대한다.", "200명", "창업 지원 대상"),
        ("올해 건강검진 대상은 모두 1,200명이다.", "1,200명", "건강검진 대상"),
        # a record's reach (역대) is no name of what is counted
        ("임대주택 공급 물량은 역대 최대인 5만 호로 확정됐다.", "5만 호", "임대주택 공급 물량"),
        ("국제선 여객은 역대 최다인 320만명으로 집계됐다.", "320만명", "국제선 여객"),
    ],
)
def test_subject_named_with_a_qualified_head(text: str, surface: str, subject: str) -> None:
    assert only(text, surface).subject == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # 대상 after a count is what the people are made, not a name before it
        ("도는 300명을 대상으로 교육을 실시했다.", "300명", "교육 대상"),
    ],
)
def test_a_count_made_the_target_of_an_act(text: str, surface: str, subject: str) -> None:
    assert only(text, surface).subject == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a place ranked by its count is an item of what the topic before it names
        ("입주 인원은 강남구가 1,200명으로 가장 많았다.", "1,200명", "입주 인원"),
        ("관광객 수는 제주가 1,350만명으로 가장 많았다.", "1,350만명", "관광객"),
        # 건수 measures what the noun before it names, as 수 does
        ("사고 건수는 수원시가 412건으로 가장 많았다.", "412건", "사고"),
    ],
)
def test_a_place_ranked_by_its_count_goes_on_with_the_topic(
    text: str, surface: str, subject: str
) -> None:
    assert only(text, surface).subject == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a place or a body that acts on the count is not an item of anything before it
        ("고용노동부는 117만명에게 장려금을 지급했다.", "117만명", "장려금 지급 대상"),
        ("전남도는 1,500명이 참여했다고 밝혔다.", "1,500명", "참여자"),
    ],
)
def test_a_place_that_acts_is_not_an_item(text: str, surface: str, subject: str) -> None:
    assert only(text, surface).subject == subject


def test_a_ranked_place_with_no_topic_before_it_names_nothing() -> None:
    assert only("세종시가 320명으로 가장 많았다.", "320명").subject is None


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a bare count right after an object says how many of it the verb takes
        ("시는 해외 현지 설명회를 12차례 열 계획이다.", "12차례", "해외 현지 설명회"),
        ("공사는 청년 인턴을 50명 추가로 채용한다.", "50명", "청년 인턴"),
        ("군은 마을 숲에 느티나무를 500그루 심었다.", "500그루", "느티나무"),
        ("협회는 회원을 100명 이상 모았다.", "100명", "회원"),
    ],
)
def test_a_bare_count_after_an_object_counts_it(text: str, surface: str, subject: str) -> None:
    assert only(text, surface).subject == subject


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an object before a count with its own particle or a noun after it is not counted
        ("시는 사업비를 확보해 30곳에 지원한다.", "30곳"),
        ("시는 서울시를 2곳 앞섰다.", "2곳"),
    ],
)
def test_an_object_not_measured_by_the_count(text: str, surface: str) -> None:
    assert only(text, surface).subject is None


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a topic glossed in parentheses is named by the word before its gloss
        ("착공은 9,400호, 분양(승인)은 7,600호로 집계됐다.", "7,600호", "분양"),
        ("귀촌 가구는 30만 가구, 귀농(전입)은 1만 가구였다.", "1만 가구", "귀농"),
        ("업종별로는 수출 기업(제조업)이 120곳으로 가장 많았다.", "120곳", "수출 기업"),
    ],
)
def test_a_topic_glossed_in_parentheses(text: str, surface: str, subject: str) -> None:
    assert only(text, surface).subject == subject


def test_a_glossed_body_that_acts_is_not_counted() -> None:
    assert only("한국토지주택공사(LH)는 300가구를 매입했다.", "300가구").subject is None


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a rate counted in people is what its topic names, even when read as a proper noun
        ("합계출산율은 0.72명으로 0.03명 올랐다.", "0.72명", "합계출산율"),
        ("시도별 합계출산율은 세종(1.05명)이 가장 높았다.", "1.05명", "합계출산율"),
    ],
)
def test_a_rate_counted_in_people(text: str, surface: str, subject: str) -> None:
    assert only(text, surface).subject == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a count before the topic only qualifies it: the topic is still what is counted
        ("동남아 6개국 관광객도 39만명으로 늘었다.", "39만명", "관광객"),
        ("도내 5개 시군 공무원은 모두 1,200명이다.", "1,200명", "공무원"),
    ],
)
def test_a_topic_after_a_count_is_still_the_topic(text: str, surface: str, subject: str) -> None:
    assert only(text, surface).subject == subject


def test_a_body_counted_before_the_topic_acts() -> None:
    assert only("18개 기관은 900건에 1조원을 발주할 예정이다.", "900건").subject is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a copula after a figure closes its clause: that clause's topic stays there
        ("귀농 가구의 평균 재배면적은 0.41㏊이며, 10가구 중 7가구가 채소를 길렀다.", "10가구"),
        ("참여 기업의 평균 업력은 7.2년이며, 30곳 중 12곳이 수출 기업이다.", "30곳"),
    ],
)
def test_a_topic_does_not_reach_past_a_copula_after_a_figure(text: str, surface: str) -> None:
    assert only(text, surface).subject is None


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a topic particle after a quote: the quoted name is the topic
        ("비경제활동인구 가운데 ‘니트족’은 12만명으로 늘었다.", "12만명", "니트족"),
        ("이 가운데 '구직 단념'은 4만 명이었다.", "4만 명", "구직 단념"),
    ],
)
def test_a_quoted_topic(text: str, surface: str, subject: str) -> None:
    assert only(text, surface).subject == subject


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # items in parentheses, then 등 and the trend they are examples of: its change
        ("사과(31.4%)와 배(24.7%) 등 과일 값 오름세가 두드러졌다.", "31.4%", "상승률"),
        ("반도체(12.3%)와 자동차(8.1%) 등 주력 품목의 증가세가 이어졌다.", "12.3%", "증가율"),
        ("외식(4.1%), 가공식품(3.3%) 등 환율 영향을 받는 품목의 상승폭이 컸다.", "3.3%", "상승률"),
        ("철강(6.2%)과 석유화학(4.8%) 등의 감소폭이 컸다.", "6.2%", "감소율"),
        # a list of several items still reaches the rate they are examples of
        ("교육비(66.8%), 급식비(70.1%) 등 복지 사업의 집행률은 낮았다.", "66.8%", "집행률"),
    ],
)
def test_items_show_the_trend_after_them(text: str, surface: str, metric: str) -> None:
    assert only(text, surface).metric == metric


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a rate noun inside a phrase after 등 is not what the items are of
        ("외식(4.1%), 가공식품(3.3%) 등 환율 영향을 받은 품목이 많았다.", "4.1%"),
    ],
)
def test_items_with_no_trend_or_rate_after_them(text: str, surface: str) -> None:
    assert only(text, surface).metric is None


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # the unit a figure is divided by (`학교당`, `점포당`) is never what it counts
        ("돌봄 인력은 학교당 1.3명꼴인 205명이 배치돼 있다.", "1.3명", "돌봄 인력"),
        ("점포당 평균 종업원은 3.2명이다.", "3.2명", "종업원"),
    ],
)
def test_a_unit_divided_by_is_not_counted(text: str, surface: str, subject: str) -> None:
    assert only(text, surface).subject == subject


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # the percent of the thing compared with is a level of the clause's rate, not a change
        ("참여율은 68.1%로 지난해 같은 기간(52.4%)보다 15.7%p 높아졌다.", "52.4%", "참여율"),
        ("청년 실업률은 7.2%로 전년(6.8%)보다 0.4%p 올랐다.", "6.8%", "청년 실업률"),
    ],
)
def test_a_percent_compared_with_is_a_level(text: str, surface: str, metric: str) -> None:
    assert only(text, surface).metric == metric


def test_a_percent_compared_with_and_no_rate_named_is_no_change() -> None:
    assert only("수출은 전년(12.1%)보다 3.2% 늘었다.", "12.1%").metric is None
