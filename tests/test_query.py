"""query_figures: the filters a journalist types, over articles from two cities."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from pipeline.store.query import FIGURE_COLUMNS, FigureFilter, query_figures
from schemas.models import KST

ASAN_SENTENCE = "아산시는 내년 고용률 70%를 목표로 150억원을 들여 청년 일자리 1200개를 만든다."
SEOBUK_SENTENCE = "서북구는 경로당 30곳에 냉방비를 지원한다."


@pytest.fixture
def filled(store, cheonan, build_extraction):
    """천안시 (2021-02-03), 아산시 (2022-06-10 07:00 KST, the day before in UTC) and an undated
    천안시 서북구 article."""
    run = store.start_run("extract", ["fixtures"], "1")
    store.save(cheonan(external_id="cheonan"), run)
    target = {"is_target": True, "year": 2023}
    asan = [
        ("70%", "percent", "70", "%", {"metric": "고용률", **target}),
        ("150억원", "money", "15000000000", "KRW", {"subject": "일자리 사업", **target}),
        ("1200개", "count", "1200", "개", {"subject": "청년 일자리", **target}),
    ]
    store.save(
        build_extraction(
            [("body", ASAN_SENTENCE)],
            [
                {
                    "section": "body",
                    "sentence": ASAN_SENTENCE,
                    "surface": surface,
                    "kind": kind,
                    "value": Decimal(value),
                    "unit": unit,
                    **context,
                }
                for surface, kind, value, unit, context in asan
            ],
            external_id="asan",
            org="아산시",
            published_at=datetime(2022, 6, 10, 7, 0, tzinfo=KST),
        ),
        run,
    )
    seobuk = {
        "section": "body",
        "sentence": SEOBUK_SENTENCE,
        "surface": "30곳",
        "kind": "count",
        "value": Decimal(30),
        "unit": "곳",
        "subject": "경로당",
    }
    store.save(
        build_extraction(
            [("body", SEOBUK_SENTENCE)], [seobuk], external_id="seobuk", org="천안시 서북구"
        ),
        run,
    )
    return store


def _ids(rows):
    return [(r["external_id"], r["surface"]) for r in rows]


def test_no_filter_lists_every_figure_by_date_then_position(filled):
    rows = query_figures(filled, FigureFilter())
    assert len(rows) == 9 + 3 + 1
    assert [r["external_id"] for r in rows] == ["cheonan"] * 9 + ["asan"] * 3 + ["seobuk"]
    assert [r["surface"] for r in rows[:3]] == ["4222억2000만원", "67%", "2만6천개"]
    first = rows[0]
    assert tuple(first) == FIGURE_COLUMNS
    assert first["value"] == Decimal(422220000000) and isinstance(first["value"], Decimal)
    assert first["published_at"].isoformat() == "2021-02-03T09:57:00+09:00"
    assert rows[-1]["published_at"] is None


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (
            FigureFilter(kind="percent", org="아산"),
            [("asan", "70%")],
        ),
        (
            FigureFilter(metric="고용", year=2020),
            [("cheonan", "60.8%"), ("cheonan", "-0.7%p")],
        ),
        (
            FigureFilter(subject="일자리"),
            [
                ("cheonan", "2만6천개"),
                ("cheonan", "2만6000개"),
                ("asan", "150억원"),
                ("asan", "1200개"),
            ],
        ),
        (
            FigureFilter(org="천안", kind="count"),
            [
                ("cheonan", "2만6천개"),
                ("cheonan", "2만6000개"),
                ("cheonan", "5346명"),
                ("seobuk", "30곳"),
            ],
        ),
        (FigureFilter(text="연명치료"), [("cheonan", "5346명")]),  # in the sentence
        (FigureFilter(text="2만6천"), [("cheonan", "2만6천개")]),  # in the surface
        (
            FigureFilter(since=date(2022, 1, 1)),
            [("asan", "70%"), ("asan", "150억원"), ("asan", "1200개")],
        ),
        (
            FigureFilter(until=date(2021, 12, 31), kind="money"),
            [("cheonan", "4222억2000만원"), ("cheonan", "4,222억2000만원")],
        ),
        (FigureFilter(metric="%"), []),  # a literal %, not a wildcard
    ],
)
def test_filters(filled, flt, expected):
    assert _ids(query_figures(filled, flt)) == expected


def test_dates_are_korean_calendar_days(filled):
    """The 아산 article is 2022-06-10 07:00 in Korea but still 2022-06-09 in UTC."""
    on_the_day = FigureFilter(since=date(2022, 6, 10), until=date(2022, 6, 10))
    assert {r["external_id"] for r in query_figures(filled, on_the_day)} == {"asan"}
    day_before = FigureFilter(since=date(2022, 6, 9), until=date(2022, 6, 9))
    assert query_figures(filled, day_before) == []


def test_limit(filled):
    rows = query_figures(filled, FigureFilter(kind="percent"), limit=2)
    assert _ids(rows) == [("cheonan", "67%"), ("cheonan", "67%")]
