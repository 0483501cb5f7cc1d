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
        ("과일(8.2%)과 수산물(3.5%) 등 7개 품목에서 판매가 증가했고, 나머지는 줄었다.", "8.2%", "증가율"),
        ("과일(8.2%)과 수산물(3.5%) 등 7개 품목에서 판매가 증가했고, 나머지는 줄었다.", "3.5%", "증가율"),
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
        ("시는 지원 대상을 기준 중위소득 120% 이하에서 180% 이하 가구로 넓힌다.", "180%", "중위소득"),
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
