"""Metrics and subjects of issue 8 item 1, round 13: parts of a whole named by a count (no
share), shares of a whole amount, surveys, breakdowns by a kind, items of a list. Sentences
written for these tests; none is taken from the corpus or the gold files."""

from __future__ import annotations

import pytest
from articles import body_figures, found


@pytest.mark.parametrize(
    ("body", "surface", "metric"),
    [
        # a part of a whole counted in people or things is no share of an amount: empty
        ("연령별로는 40대가 820명으로 전체의 31.2%를 차지했다.", "31.2%", None),
        ("읍 지역에 전체 폐가의 52.4%가 모여 있었다.", "52.4%", None),
        ("민원은 온라인 접수가 전체 건수의 74.5%를 차지했다.", "74.5%", None),
        ("귀촌인은 광주가 3만명으로 전체 전입자의 41.3%를 차지했다.", "41.3%", None),
    ],
)
def test_part_of_a_whole(body, surface, metric):
    assert found(body, surface).metric == metric


def test_part_of_a_whole_amount_is_its_share():
    # the same sentence shape, a whole counted in things, then wholes that are amounts
    assert found("민원은 전체 건수의 74.5%를 차지했다.", "74.5%").metric is None
    assert found("복지 분야는 전체 예산안의 27.3%를 차지한다.", "27.3%").metric == "비중"
    assert found("사과 수출액(900만 달러)의 61.2%를 차지했다.", "61.2%").metric == "비중"
    assert found("산림은 군 전체 면적의 68%를 차지한다.", "68%").metric == "비중"


def test_part_of_a_whole_takes_no_rate_carried_from_before():
    body = (
        "군의 전입률은 9.1%로 전년보다 0.2%p 내렸다. "
        "연령별로는 30대 전입이 1천 명으로 전체 전입자의 38.2%에 달했다."
    )
    assert found(body, "38.2%").metric is None


def test_share_in_parentheses_after_a_count():
    # ranked first after a count of people: no share named; after an amount: its share
    body = "국적별로는 베트남이 3천 명(41.5%)으로 가장 많았고, 필리핀 2천 명(27.1%)이 뒤를 이었다."
    assert found(body, "41.5%").metric is None
    assert found("품목별로는 반도체가 12억 달러(31.5%)로 가장 많았다.", "31.5%").metric == "비중"


def test_items_after_counts_take_no_rate_from_before():
    body = (
        "참여자의 취업률은 77.1%로 집계됐다. "
        "분야별로는 돌봄 분야 취업자가 51명(31.2%)으로 가장 많았고, 유통 43명(26.3%), "
        "건설 22명(13.5%) 순이었다."
    )
    assert found(body, "26.3%").metric is None
    assert found(body, "13.5%").metric is None


def test_dated_survey_compared_with_is_a_time():
    body = (
        "노후 주택은 모두 3,412호로 집계됐다. 2021년 조사(2,960호)와 비교하면 15.3% 늘었다. "
        "유형별로는 단독주택 2,115호, 공동주택 1,297호였다."
    )
    assert found(body, "2,960호").subject == "노후 주택"
    assert found(body, "2,115호").subject != "조사"


def test_items_of_a_topic_broken_down_by_a_kind():
    body = (
        "축제별 방문객은 벚꽃축제가 52만 명으로 1위를 차지했고, 갯벌축제(31만 명), "
        "국화전시회(18만 명)가 뒤를 이었다."
    )
    assert found(body, "52만 명").subject == "방문객"
    assert found(body, "31만 명").subject == "방문객"
    assert found(body, "18만 명").subject == "방문객"


def test_fields_of_a_breakdown_of_people():
    body = (
        "업종별로는 음식점 종사자가 310명으로 가장 많았고, 관광·레저 250명, "
        "협동조합 120명 순이었다."
    )
    assert found(body, "250명").subject == "관광·레저 종사자"
    assert found(body, "120명").subject == "협동조합 종사자"


def test_rate_glossed_in_several_words():
    body = "주 1회 이상 운동하는 주민의 비율(규칙적 운동 실천율)은 48.2%로 집계됐다."
    assert found(body, "48.2%").metric == "규칙적 운동 실천율"


def test_survey_named_after_a_rate_names_no_rate():
    body = "군이 실시한 행정 만족도 조사에서는 ‘만족’ 응답이 81%로 나타났다."
    assert found(body, "81%").metric is None
    body = "주민 만족도 조사에서는 응답자의 77.2%가 ‘만족한다’고 답했다."
    assert found(body, "77.2%").metric is None


def test_marked_examples_share_the_rate_named_after_them():
    body = (
        "민원 처리율은 91%였다. 부서별로는 ▲건축(100%) ▲교통(100%) ▲복지(97.5%) 등 "
        "4개 부서에서 이행률 95% 이상을 기록했다."
    )
    assert found(body, "97.5%").metric == "이행률"
    assert [f.metric for f in _all(body, "100%")] == ["이행률", "이행률"]


def _all(body, surface):
    return [f for f in body_figures(body) if f.surface == surface]
