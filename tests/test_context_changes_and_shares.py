"""Metric of percentages and subject of counts on the forms where a rate is named but the percent
measures something else of it, and where what is counted stands away from the count (issue 8,
item 1). Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


def only(text: str, surface: str):
    (found,) = [f for f in extract_figures(text) if f.surface == surface]
    return found


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # a rate named before a percent (not points) that a change verb says is the amount of
        # the change: the rate's relative change, also across the list that shares the verb
        ("이직률은 12.5%, 결근율은 8.1% 감소했다.", "12.5%", "감소율"),
        ("이직률은 12.5%, 결근율은 8.1% 감소했다.", "8.1%", "감소율"),
        ("- 불량률 30.2% 감소, 납기 준수율 12% 증가 -", "30.2%", "감소율"),
        # an improvement is a rise
        ("- 장비 가동률 15.3% 향상 -", "15.3%", "증가율"),
        ("도입 기업의 생산성이 평균 18.4% 향상됐다.", "18.4%", "증가율"),
    ],
)
def test_a_percent_of_change_after_a_named_rate(text, surface, metric):
    assert only(text, surface).metric == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # a rate of interest changes in points even when the percent sign says otherwise
        ("서민 대출 평균 금리가 약 0.4% 인하됐다.", "0.4%", "금리"),
        # the change verb of a later clause is not this percent's
        (
            "경제활동참가율은 63.1%(전년 대비 +0.9%p)며, 취업자는 2만 명(+1.3%) 늘었다.",
            "63.1%",
            "경제활동참가율",
        ),
        # a rate set beside its earlier level: the percent is as often the gap in points
        ("이탈률은 지난해보다 2.1% 낮아졌다.", "2.1%", "이탈률"),
        # a level that goes somewhere (까지, 로) is the level reached
        ("재정자립도는 41.2%, 재정자주도는 70.5%까지 상승했다.", "41.2%", "재정자립도"),
    ],
)
def test_a_named_rate_stays_a_level(text, surface, metric):
    assert only(text, surface).metric == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # bare items of a ranking, its order, then the rate ranked
        (
            "부문별로는 교육 81.5%, 복지 70.2%, 환경 55.0% 순으로 완료율이 높았다.",
            "70.2%",
            "완료율",
        ),
        (
            "부문별로는 ▲교육 81.5% ▲복지 70.2% ▲환경 55.0% 순으로 완료율이 높았다.",
            "81.5%",
            "완료율",
        ),
        # a charge taken from one level to another is charged at both, whatever the verb
        ("카드 수수료는 연 1.5%에서 0.8%로 감면한다.", "1.5%", "카드 수수료"),
        ("카드 수수료는 연 1.5%에서 0.8%로 감면한다.", "0.8%", "카드 수수료"),
        # a rate as subject or topic, then the period it is given per
        ("주택대출 금리가 연 4.5%일 경우 실제 이자율은 3.0%로 낮아진다.", "4.5%", "주택대출 금리"),
    ],
)
def test_a_rate_named_across_a_list_a_move_or_a_period(text, surface, metric):
    assert only(text, surface).metric == metric


def test_a_share_of_a_charge_covered_stays_a_share():
    # how much of a charge is covered, not a level it is taken to
    assert only("대출이자를 연 최대 2.5%까지 지원한다.", "2.5%").metric == "대출이자 지원율"


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # what is taken from one percent to another is written in percent, whatever its noun
        ("군은 적립 포인트를 기존 5%에서 7%로 높인다.", "5%", "적립 포인트"),
        ("군은 적립 포인트를 기존 5%에서 7%로 높인다.", "7%", "적립 포인트"),
        # spending a share of a budget is its execution, the budget also before a note
        ("군은 보조금 예산(8억원)의 97%를 집행했다.", "97%", "보조금 예산 집행률"),
        ("올해 사업 예산의 75%를 집행했다.", "75%", "사업 예산 집행률"),
    ],
)
def test_a_percent_named_by_what_is_moved_or_spent(text, surface, metric):
    assert only(text, surface).metric == metric


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # people who moved to farm, to the country or to fish, which Kiwi may read as proper
        # nouns, are what a count after them counts, also in a later clause
        ("귀농가구는 1,200가구로 5% 줄었고, 귀농인은 1,850명이었다.", "1,850명", "귀농인"),
        ("귀어가구는 310가구로 늘었으며, 귀어인은 452명이었다.", "452명", "귀어인"),
        # the object a change is done to, across the parenthesis of the time compared with and
        # a counter written apart
        (
            "군은 돌봄 일자리를 올해(2천 4백 개)보다 3백 개 늘린 2천 7백 개로 확대한다.",
            "3백 개",
            "돌봄 일자리",
        ),
        (
            "군은 돌봄 일자리를 올해(2천 4백 개)보다 3백 개 늘린 2천 7백 개로 확대한다.",
            "2천 7백 개",
            "돌봄 일자리",
        ),
        # the count in that parenthesis counts the object too
        ("시는 무더위 쉼터를 지난해(85곳)보다 15곳 늘린다.", "85곳", "무더위 쉼터"),
    ],
)
def test_subject_of_a_count_away_from_it(text, surface, subject):
    assert only(text, surface).subject == subject
