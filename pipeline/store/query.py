"""Figures as flat rows (one per figure, with its article's columns), filtered the way a
journalist asks: "고용률 in 천안 since 2020". Shared by `sutja query` and the CSV export."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from sqlalchemy import Select, or_, select

from pipeline.store.db import Store
from schemas.models import KST, ArticleRow, FigureRow, SentenceRow

#: Columns of a flat figure row, in CSV order.
FIGURE_COLUMNS: tuple[str, ...] = (
    "article_id",
    "external_id",
    "url",
    "title",
    "published_at",
    "org",
    "kind",
    "value",
    "value_max",
    "unit",
    "surface",
    "section",
    "start",
    "end",
    "approx",
    "qualifier",
    "metric",
    "subject",
    "is_target",
    "year",
    "year_source",
    "sentence",
)

_ROW_BATCH = 1000

#: Sections that are not the article's own text: photo captions and related-article lists.
#: Queries, trends and the desk leave their figures out unless asked, and always say a figure's
#: section, so a caption's number is never mixed in silently.
ASIDE_SECTIONS: tuple[str, ...] = ("caption", "related")


@dataclass
class FigureFilter:
    """Every field left None matches everything. metric, subject and org match by substring
    ("고용" finds 고용률, "천안" finds 천안시); text is a substring of the sentence or surface;
    since/until are inclusive dates of publication (Korean time)."""

    kind: str | None = None
    metric: str | None = None
    subject: str | None = None
    org: str | None = None
    text: str | None = None
    since: date | None = None
    until: date | None = None
    year: int | None = None
    year_source: str | None = None  # exactly: clause, sentence, article, title, published
    #: only figures of these sections (None: any section not in `exclude_sections`)
    sections: tuple[str, ...] | None = None
    exclude_sections: tuple[str, ...] = ()


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), KST)


def figure_select(
    flt: FigureFilter | None = None, *, order: Literal["published", "article"] = "published"
) -> Select[Any]:
    """The SELECT behind flat figure rows: by publication date (undated last), or in article
    order as the exports are."""
    stmt = (
        select(
            ArticleRow.id.label("article_id"),
            ArticleRow.external_id,
            ArticleRow.url,
            ArticleRow.title,
            ArticleRow.published_at,
            ArticleRow.org,
            FigureRow.kind,
            FigureRow.value,
            FigureRow.value_max,
            FigureRow.unit,
            FigureRow.surface,
            FigureRow.section,
            FigureRow.start,
            FigureRow.end,
            FigureRow.approx,
            FigureRow.qualifier,
            FigureRow.metric,
            FigureRow.subject,
            FigureRow.is_target,
            FigureRow.year,
            FigureRow.year_source,
            SentenceRow.text.label("sentence"),
        )
        .join(ArticleRow, FigureRow.article_id == ArticleRow.id)
        .outerjoin(SentenceRow, FigureRow.sentence_id == SentenceRow.id)
    )
    flt = flt or FigureFilter()
    if flt.kind is not None:
        stmt = stmt.where(FigureRow.kind == flt.kind)
    if flt.metric is not None:
        stmt = stmt.where(FigureRow.metric.contains(flt.metric, autoescape=True))
    if flt.subject is not None:
        stmt = stmt.where(FigureRow.subject.contains(flt.subject, autoescape=True))
    if flt.org is not None:
        stmt = stmt.where(ArticleRow.org.contains(flt.org, autoescape=True))
    if flt.text is not None:
        stmt = stmt.where(
            or_(
                SentenceRow.text.contains(flt.text, autoescape=True),
                FigureRow.surface.contains(flt.text, autoescape=True),
            )
        )
    if flt.since is not None:
        stmt = stmt.where(ArticleRow.published_at >= _day_start(flt.since))
    if flt.until is not None:
        stmt = stmt.where(ArticleRow.published_at < _day_start(flt.until + timedelta(days=1)))
    if flt.year is not None:
        stmt = stmt.where(FigureRow.year == flt.year)
    if flt.year_source is not None:
        stmt = stmt.where(FigureRow.year_source == flt.year_source)
    if flt.sections is not None:
        stmt = stmt.where(FigureRow.section.in_(flt.sections))
    elif flt.exclude_sections:
        stmt = stmt.where(FigureRow.section.not_in(flt.exclude_sections))
    if order == "published":
        # IS NULL first in the key puts undated articles last on both databases.
        stmt = stmt.order_by(
            ArticleRow.published_at.is_(None), ArticleRow.published_at, ArticleRow.id
        )
    else:
        stmt = stmt.order_by(ArticleRow.id)
    return stmt.order_by(FigureRow.position)


def iter_figure_rows(
    store: Store,
    flt: FigureFilter | None = None,
    *,
    order: Literal["published", "article"] = "published",
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Flat figure rows with typed values (Decimal, datetime, bool), streamed."""
    stmt = figure_select(flt, order=order)
    if limit is not None:
        stmt = stmt.limit(limit)
    with store.session() as session:
        for row in session.execute(stmt.execution_options(yield_per=_ROW_BATCH)):
            yield dict(row._mapping)


def query_figures(store: Store, flt: FigureFilter, limit: int | None = None) -> list[dict]:
    """Flat rows like the CSV rows, ordered by published_at, article, position."""
    return list(iter_figure_rows(store, flt, limit=limit))


def trend_figure_rows(
    store: Store,
    *,
    org: str,
    kind: str,
    metric: str | None = None,
    subject: str | None = None,
    sections: tuple[str, ...] | None = None,
) -> list[dict[str, Any]]:
    """The figures a trend is drawn from: one organisation, one kind and exactly one metric or
    subject (a trend of 고용률 must not mix in 청년고용률), by default without captions and
    related lists; flat rows plus the figure's `id` and `position`."""
    flt = FigureFilter(
        kind=kind, sections=sections, exclude_sections=() if sections else ASIDE_SECTIONS
    )
    stmt = figure_select(flt).add_columns(FigureRow.id, FigureRow.position)
    stmt = stmt.where(ArticleRow.org == org)
    if metric is not None:
        stmt = stmt.where(FigureRow.metric == metric)
    if subject is not None:
        stmt = stmt.where(FigureRow.subject == subject)
    with store.session() as session:
        return [dict(row._mapping) for row in session.execute(stmt)]
