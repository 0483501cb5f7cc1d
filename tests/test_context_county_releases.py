"""Metric and subject in the shapes of city and county press releases: goals set for a rate, the
shares of a cost each budget pays, a fee cut from one percent to another, the items of a
breakdown each named by its own word. Sentences written for these tests; none is taken from the
corpus or the gold files."""

from __future__ import annotations

import pytest
from articles import article

from pipeline.run.extract import extract_article


def in_article(body: str, title: str = "보도자료") -> list:
    doc = article("2026-03-05T09:00:00", title, body)
    return extract_article(doc).figures


def found(body: str, surface: str, title: str = "보도자료"):
    (f,) = [f for f in in_article(body, title) if f.surface == surface and f.section == "body"]
    return f


@pytest.mark.parametrize(
    ("body", "surface", "metric"),
    [
        # a goal noun between a rate and its percent: the goal is a level of that rate
        ("여성 고용률 목표 58.5%는 지난해보다 높다.", "58.5%", "여성 고용률"),
        ("시는 청년 고용률 목표 46.5%를 제시했다.", "46.5%", "청년 고용률"),
        ("군은 실업률 목표를 3.1%로 정했다.", "3.1%", "실업률"),
        # a charge written as a percent, taken from one to another, as topic or object
        ("가입 수수료도 2.0%에서 1.5%로 내렸다.", "2.0%", "가입 수수료"),
        ("가입 수수료도 2.0%에서 1.5%로 내렸다.", "1.5%", "가입 수수료"),
        # the shares of a cost each budget pays
        ("보일러 교체비의 60%를 국비로, 20%를 군비로 지원한다.", "60%", "국비 비중"),
        ("보일러 교체비의 60%를 국비로, 20%를 군비로 지원한다.", "20%", "군비 비중"),
        ("사업비는 국비 50%, 도비 15%, 시군비 35%로 구성된다.", "15%", "도비 비중"),
        # what the owner pays is a budget too; a noun that ends in an act done to a cost names
        # its own share
        (
            "시는 점포 100곳에 수리비를 최대 200만 원(자부담 10%)까지 지원한다.",
            "10%",
            "자부담 비중",
        ),
        ("진료비는 본인부담 30%를 뺀 나머지를 시가 낸다.", "30%", "진료비 본인부담률"),
        # what one bears oneself is a cost an act covers a share of
        ("군은 어선 화재보험 자부담의 40%를 지원한다.", "40%", "어선 화재보험 자부담 지원율"),
        # giving back a share of a cost is refunding it, across what it is paid in
        ("반값 숙박은 숙박비의 50%를 지역화폐로 돌려주는 사업이다.", "50%", "숙박비 환급률"),
        # what a percent takes is a share, with or without an owner
        ("이 가운데 30대가 41.2%를 차지했다.", "41.2%", "비중"),
        # how much of a goal written in parentheses before 대비
        ("군은 일자리 1만개를 만들어 목표(9천500개) 대비 105.3%였다.", "105.3%", "달성률"),
    ],
)
def test_metric_in_county_releases(body, surface, metric):
    assert found(body, surface).metric == metric


@pytest.mark.parametrize(
    ("body", "surface", "metric"),
    [
        # a bound with 로 is where a level went, no means of paying
        ("재정자립도는 2012년 처음으로 30% 아래로 떨어졌다.", "30%", "재정자립도"),
        # the share of a charge an act covers stays that act's
        (
            "청년 가구에 전세자금 대출이자를 연 최대 3%까지 지원한다.",
            "3%",
            "전세자금 대출이자 지원율",
        ),
    ],
)
def test_metric_rules_keep_their_bounds(body, surface, metric):
    assert found(body, surface).metric == metric


@pytest.mark.parametrize(
    ("body", "surface", "subject"),
    [
        # a type Kiwi reads as one proper noun is no place: each item of the list names its own
        ("유형별로는 참여형 1천120명, 봉사형 380명, 재능나눔형 210명이다.", "380명", "봉사형"),
        # an adverb Kiwi reads inside a compound noun is part of it
        ("계획은 신규사업 7건과 계속사업 12건으로 구성된다.", "12건", "계속사업"),
    ],
)
def test_subject_in_county_releases(body, surface, subject):
    assert found(body, surface).subject == subject
