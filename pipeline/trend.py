"""A trend: one row per year with what an organisation promised (target) and what it reported
achieved, for one metric (고용률) or subject (일자리), each value with the article it came from.

Pure: it takes flat figure rows (from the store or the desk database) and picks, for each year
and role, one figure. The year is the figure's own (2021년, 올해 resolved) else its article's
publication year. When several articles give a value for the same year and role, a target comes
from the earliest article (what was promised, before later articles look back on it) and an
achieved value from the latest (the final count corrects earlier partial ones); within one
article the body's sentence wins over the headline's, which repeats it in short.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

#: Within one article, the section whose mention of a value is the one to show.
_SECTION_RANK = {"body": 0, "lead": 1, "subtitle": 2, "title": 3}


@dataclass(frozen=True)
class TrendPoint:
    value: Decimal
    unit: str
    figure_id: int | None
    article_id: int
    title: str | None
    url: str | None
    published: str | None  # YYYY-MM-DD
    surface: str
    section: str
    sentence: str | None
    #: other figures of the same year and role that were not chosen
    others: int = 0


@dataclass
class TrendRow:
    year: int
    target: TrendPoint | None = None
    achieved: TrendPoint | None = None
    _candidates: dict[bool, list[Mapping[str, Any]]] = field(default_factory=dict, repr=False)


def default_kind(metric: str | None) -> str:
    """The kind of figure a trend follows unless told: rates for a metric, counts otherwise."""
    return "percent" if metric else "count"


def _day(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "date"):
        return value.date().isoformat()
    return str(value)[:10]


def _year(row: Mapping[str, Any]) -> int | None:
    if row.get("year") is not None:
        return int(row["year"])
    published = _day(row.get("published_at") or row.get("published_date"))
    return int(published[:4]) if published else None


def _preference(row: Mapping[str, Any]) -> tuple:
    """Larger is preferred: for a target the earliest article, for an achieved value the
    latest; then the body before the headline; then the first mention."""
    published = _day(row.get("published_at") or row.get("published_date")) or ""
    order = (published, int(row.get("article_id") or 0))
    if row.get("is_target"):
        order = (tuple(-ord(c) for c in published), -order[1])
    return (
        order,
        -_SECTION_RANK.get(row.get("section") or "", 9),
        -(row.get("position") or 0),
    )


def trend_rows(rows: Iterable[Mapping[str, Any]]) -> list[TrendRow]:
    """One TrendRow per year that has a figure, oldest first."""
    by_year: dict[int, TrendRow] = {}
    for row in rows:
        year = _year(row)
        if year is None:
            continue
        entry = by_year.setdefault(year, TrendRow(year))
        entry._candidates.setdefault(bool(row.get("is_target")), []).append(row)
    for entry in by_year.values():
        for is_target, candidates in entry._candidates.items():
            best = max(candidates, key=_preference)
            point = TrendPoint(
                value=Decimal(str(best["value"])),
                unit=best.get("unit") or "",
                figure_id=best.get("id"),
                article_id=int(best["article_id"]),
                title=best.get("title"),
                url=best.get("url"),
                published=_day(best.get("published_at") or best.get("published_date")),
                surface=best.get("surface") or "",
                section=best.get("section") or "",
                sentence=best.get("sentence"),
                others=len(candidates) - 1,
            )
            if is_target:
                entry.target = point
            else:
                entry.achieved = point
        entry._candidates = {}
    return [by_year[y] for y in sorted(by_year)]
