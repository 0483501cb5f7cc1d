"""Metric and subject in the shapes of statistics releases and the dailies that report them:
items of a list each with the level it reached and its change, frames a sentence opens with, the
number a topic measures, parts picked out of things named before. Sentences written for these
tests; none is taken from the corpus or the gold files."""

from __future__ import annotations

import pytest
from articles import body_figures as in_article
from articles import found


@pytest.mark.parametrize(
    ("body", "surface", "metric"),
    [
        # each item names its subject and the level it reached before its change
        (
            "유형별로는 임금소득이 300만원으로 4.1%, 사업소득이 90만원으로 1.5%, "
            "재산소득이 20만원으로 6.2% 각각 증가했다.",
            "4.1%",
            "증가율",
        ),
        (
            "유형별로는 임금소득이 300만원으로 4.1%, 사업소득이 90만원으로 1.5%, "
            "재산소득이 20만원으로 6.2% 각각 증가했다.",
            "1.5%",
            "증가율",
        ),
        ("남부는 2만호로 2.1%, 북부는 3만호로 1.4% 각각 줄었다.", "2.1%", "감소율"),
        ("정규직이 5만명(0.5%), 비정규직이 1만명(1.1%) 각각 늘었다.", "0.5%", "증가율"),
        (
            "대기업 근로자가 500만명으로 3만명(0.4%), 300인 이상은 800만명으로 2만명(1.2%) 늘었다.",
            "0.4%",
            "증가율",
        ),
        # a rate named after the order of a ranking is what its items measure
        (
            "지출을 비목별로 보면 주거(16.2%), 교통(12.8%), 식료품(12.5%) 순으로 비중이 컸다.",
            "12.8%",
            "비중",
        ),
        # a bound between a share of a whole and the verb of taking it
        ("고흥 유자는 전국 생산량의 40% 이상을 차지하는 작목이다.", "40%", "비중"),
        # a modifier glued to its noun makes one compound (Kiwi: 비/VA + ᆫ/ETM + 일자리)
        ("빈일자리율은 0.8%로 0.1%p 하락했다.", "0.8%", "빈일자리율"),
    ],
)
def test_metric_in_statistics_releases(body, surface, metric):
    assert found(body, surface).metric == metric


def test_a_percent_glossing_a_group_is_no_item_of_the_list():
    body = (
        "1분위(하위 20%) 가구의 소득은 100만원으로 2.4% 증가했고, "
        "5분위(상위 20%) 가구는 1,000만원으로 4.9% 늘었다."
    )
    assert [f.metric for f in in_article(body) if f.surface == "20%"] == [None, None]


@pytest.mark.parametrize(
    ("body", "surface", "subject"),
    [
        # a frame the sentence opens with names what its items' counts count
        (
            "시군별 전입을 보면 대전(3,100명), 세종(2,500명) 등 4개 시군은 인구가 늘었고, "
            "공주(-1,200명) 등은 줄었다.",
            "2,500명",
            "전입",
        ),
        # the number a topic measures, whatever subject names an item after it
        (
            "시도별 음식점 수는 경기가 18만7천개로 가장 많았고, 서울 13만2천개 순이었다.",
            "18만7천개",
            "음식점",
        ),
        (
            "시도별 음식점 수는 경기가 18만7천개로 가장 많았고, 서울 13만2천개 순이었다.",
            "13만2천개",
            "음식점",
        ),
        # a part picked out of things named, uncounted, before 가운데
        ("전통시장 점포 가운데 농산물을 파는 612곳이 참여했다.", "612곳", "전통시장 점포"),
        (
            "조사 대상 상가 가운데 공실률이 30%를 넘는 곳은 전국 15곳이었다.",
            "15곳",
            "상가",
        ),
        (
            "광역 지자체 가운데 대상을 받은 곳은 전남을 포함해 네 곳뿐이다.",
            "네 곳",
            "광역 지자체",
        ),
        # a counter that names what it counts by a noun of its own
        ("유학생은 도내 15개교에 배정됐다.", "15개교", "학교"),
        ("빈일자리는 15만6천개로 1만8천개 감소했다.", "15만6천개", "빈일자리"),
        # people named by their job status, which Kiwi may read as a proper noun
        (
            "입직자는 89만7천명으로 2.8% 감소했고, 이직자는 87만1천명으로 0.9% 줄었다.",
            "87만1천명",
            "이직자",
        ),
        # a child by its order of birth, also when Kiwi reads it as one proper noun
        (
            "첫째아는 15만9천명으로 늘었고 둘째아는 8만2천명에 그쳤다.",
            "8만2천명",
            "둘째아",
        ),
        # a span of days is no name
        ("전망대에는 이틀 동안 1만 1천여 명이 올랐다.", "1만 1천여 명", None),
        # a bound passed describes the noun after it
        ("경북에서만 지난해 1만2천명이 넘는 인구가 빠져나갔다.", "1만2천명", "인구"),
        # coming to a place, in a clause made a noun with 것
        ("‘봄꽃축제’에 108만 명이 다녀간 것으로 집계됐다.", "108만 명", "방문객"),
        # a kind after a topic of a measure is counted itself; a region is only where
        (
            "서비스 제공 건수는 모두 9만 건으로, 가사 지원이 3만 8천건으로 가장 많았다.",
            "3만 8천건",
            "가사 지원",
        ),
        # those a quoted program serves, as the object a count is brought to
        (
            "국토부는 ‘청년월세 특별지원’ 대상을 내년 15만 명으로 늘린다.",
            "15만 명",
            "청년월세 특별지원 대상",
        ),
        # a long proper noun ending in a word of bodies, before its count with 의
        ("시는 시군 농기계임대사업소 48곳의 장비를 배정한다.", "48곳", "농기계임대사업소"),
        # a term of school is when, not what is counted
        (
            "참여 학생이 412명으로 지난해 같은 학기 349명보다 18% 늘었다.",
            "349명",
            "참여 학생",
        ),
        # a round before a noun is no count of it
        ("시는 ‘청년 월세 지원사업’ 2차 참여자 240명을 모집한다.", "240명", "참여자"),
    ],
)
def test_subject_in_statistics_releases(body, surface, subject):
    assert found(body, surface).subject == subject


def test_the_agency_that_speaks_is_not_the_whole_a_part_is_picked_from():
    body = "행정안전부는 전국 지자체 가운데 180곳이 인구감소지역이라고 설명했다."
    assert found(body, "180곳").subject == "지자체"


def test_a_share_taken_by_a_list_is_no_rate_measured_before():
    body = (
        "자가보유율은 61.2%로 올랐다. "
        "점유형태별로는 자가가 57.9%, 전세가 14.8%, 월세가 19.6%를 차지했다."
    )
    assert found(body, "61.2%").metric == "자가보유율"
    assert [found(body, s).metric for s in ("57.9%", "14.8%", "19.6%")] == [None, None, None]


@pytest.mark.parametrize(
    ("title", "surface", "field", "value"),
    [
        # a year word between a name and its count
        ("전남 섬 관광객 지난해 1천만 명…역대 최다", "1천만 명", "subject", "섬 관광객"),
        # a count of people is never an event; a headline drops the particle of who came
        ("해맞이축제 5만명 찾아…경제효과 21억", "5만명", "subject", "해맞이축제 방문객"),
        # an index of prices changes as its prices do
        ("생활물가지수 2.9%↑…먹거리 부담", "2.9%", "metric", "상승률"),
    ],
)
def test_headlines_of_statistics(title, surface, field, value):
    (f,) = [f for f in in_article("본문이다.", title) if f.surface == surface]
    assert getattr(f, field) == value


def test_the_change_verb_after_points_leaves_the_level_before_them():
    (f, _) = [f for f in in_article("본문이다.", "전국 평균 13.4%, 전분기 대비 0.3%p 상승")]
    assert f.metric is None


def test_items_before_deung_share_the_change_of_a_subject_of_two_words():
    body = "시도별로는 서울(9.8%), 인천(12.4%), 세종(7.1%) 등 14개 시도에서 출생아 수가 늘었다."
    assert found(body, "12.4%").metric == "증가율"


def test_a_part_of_two_things_joined_is_named_by_both():
    body = "출생아와 보호자 중 1명 이상이 도내에 주소를 두어야 한다."
    assert found(body, "1명").subject == "출생아와 보호자"
    assert found("수료생 가운데 300명이 취업했다.", "300명").subject == "수료생"


def test_a_count_given_each_is_floated_off_its_object():
    body = "시는 동 행정복지센터에 돌봄 전담 인력을 1명씩 추가 배치한다."
    assert found(body, "1명").subject == "돌봄 전담 인력"
    assert found("시는 학교에 상담교사를 2명씩 둔다.", "2명").subject == "상담교사"


def test_places_low_in_a_ranking_go_on_with_its_rate():
    body = (
        "시군별 고용률은 음성군이 72.4%로 가장 높았고 진천군(70.1%)이 뒤를 이었다. "
        "반면 청주시는 62.7%, 제천시는 60.3%로 도내 하위권에 머물렀다."
    )
    assert found(body, "62.7%").metric == "고용률"


def test_a_level_reckoned_net_of_prices_rises_set_by_no_decision():
    body = "실질임금은 391만원으로 1.0% 상승했다. 최저임금은 4.7% 올랐다."
    assert found(body, "1.0%").metric == "상승률"
    assert found(body, "4.7%").metric == "인상률"


def test_a_count_with_only_after_its_object():
    body = "응답자 10명 중 3명은 ‘아이를 한 명만 낳겠다’고 답했다."
    assert found(body, "한 명").subject == "아이"


@pytest.mark.parametrize(
    ("title", "surface", "metric"),
    [
        ("고용률 역대 최고 70.1% 기록", "70.1%", "고용률"),
        ("실업률 역대 최저 2.1%…청년 고용률은 46%", "2.1%", "실업률"),
        ("취업률 최고 81.3%로 3년 연속 1위", "81.3%", "취업률"),
    ],
)
def test_a_record_between_a_rate_and_its_percent_leaves_the_rate_named(title, surface, metric):
    (f,) = [f for f in in_article("본문이다.", title) if f.surface == surface]
    assert f.metric == metric
