"""Metric of percentages and subject of counts in regional papers' and county releases' sentences:
a gap's percent beside its amount, goals met against an amount, acts of cutting, people of a
country, spans of days and months between a name and its count (issue 8, item 1). Sentences
written for these tests; none is taken from the corpus, the gold files or a tune file."""

from __future__ import annotations

import pytest
from articles import found


@pytest.mark.parametrize(
    ("body", "surface", "metric"),
    [
        # a goal noun made of 목표 with its amount in parentheses before 대비
        ("시는 세외수입 5억 원을 거둬 목표액(4억 원) 대비 125%를 달성했다.", "125%", "달성률"),
        ("올해 기부금은 목표금액 대비 87%에 머물렀다.", "87%", "달성률"),
        # cutting by a percent is a rate of cutting, as 절감 is of saving
        ("도는 경상경비를 15% 이상 감축하기로 했다.", "15%", "감축률"),
        # the gap's amount and its percent side by side after a base of comparison
        ("올해 예산은 지난해 3조 원보다 2천억 원(6.7%) 많은 규모다.", "6.7%", "증가율"),
        ("귀농 가구는 작년보다 120가구(9.5%) 적었다.", "9.5%", "감소율"),
    ],
)
def test_goals_cuts_and_gaps(body, surface, metric):
    assert found(body, surface).metric == metric


def test_a_part_beside_an_amount_stays_a_share():
    body = "사업비는 국비 40억 원(50%), 도비 20억 원(25%)으로 구성된다."
    assert found(body, "50%").metric == "비중"


@pytest.mark.parametrize(
    ("body", "surface", "subject"),
    [
        # people of a country, which Kiwi may read as the country and a copula
        (
            "국적별로는 베트남인이 3만2천명으로 가장 많았고, 대만인 1만1천명, 태국인 8천명이었다.",
            "1만1천명",
            "대만인",
        ),
        # a span of days with 간 is when, and the noun after the count's 의 is counted
        ("박람회에는 사흘간 5만여 명의 관람객이 다녀갔다.", "5만여 명", "관람객"),
        # a range of months or a quarter between a name and its count
        ("경남을 찾은 크루즈 관광객 1~6월 12만명으로 집계됐다.", "12만명", "크루즈 관광객"),
        ("도내 귀어 가구 2분기 310가구로 늘었다.", "310가구", "귀어 가구"),
    ],
)
def test_people_spans_and_periods(body, surface, subject):
    assert found(body, surface).subject == subject
