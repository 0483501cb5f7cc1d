"""SQLAlchemy 2 models of the store. An existing store is brought up to date by the Alembic
migrations in `schemas/migrations`; a new one is created from these classes and stamped with the
newest revision, so the two must describe the same schema, down to the order of the columns
(tests/test_store.py compares them).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator, TypeEngine, UserDefinedType

#: Korea has kept UTC+9 without daylight saving since 1988, so a fixed offset is exact for the
#: articles we read and needs no tz database.
KST = timezone(timedelta(hours=9), "KST")

# Stored precision of exact values: NUMERIC(38, 10) on PostgreSQL.
NUMERIC_PRECISION = 38
NUMERIC_SCALE = 10
# SQLite keeps integers in 64 bits and everything else as a double (15 significant digits).
_SQLITE_MAX_INT = 2**63 - 1
_SQLITE_MAX_DIGITS = 15


def normalize_decimal(value: Decimal) -> Decimal:
    """Strip trailing zeros without switching to exponent form: 60.8000000000 -> 60.8,
    60.00 -> 60 (never 6E+1)."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def decimal_text(value: Decimal) -> str:
    """The exact decimal text of a value, never in exponent form (1E-7 -> 0.0000001)."""
    return format(normalize_decimal(value), "f")


class _SQLiteNumeric(UserDefinedType):
    """NUMERIC affinity with no driver-side conversion; ExactDecimal does the converting."""

    cache_ok = True

    def get_col_spec(self, **kw: Any) -> str:
        return f"NUMERIC({NUMERIC_PRECISION}, {NUMERIC_SCALE})"


class ExactDecimal(TypeDecorator):
    """Decimal in, the same Decimal out, on PostgreSQL and SQLite alike.

    PostgreSQL has a real NUMERIC. SQLite has only the NUMERIC affinity: integers stay exact
    64-bit integers, anything else becomes a double. Integral values are therefore bound as
    int and the rest as their decimal text (so SQL comparison and sorting stay numeric), and
    a value SQLite could not keep exactly is refused instead of being rounded silently.
    """

    impl = Numeric(NUMERIC_PRECISION, NUMERIC_SCALE)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(_SQLiteNumeric())
        return dialect.type_descriptor(Numeric(NUMERIC_PRECISION, NUMERIC_SCALE, asdecimal=True))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, Decimal | int):
            raise TypeError(f"exact value must be Decimal or int, not {type(value).__name__}")
        value = normalize_decimal(Decimal(value))
        if not value.is_finite():
            raise ValueError(f"not a finite number: {value}")
        integral = value == value.to_integral_value()
        if dialect.name == "sqlite":
            if integral:
                if abs(value) > _SQLITE_MAX_INT:
                    raise ValueError(f"{value} is too large to store exactly in SQLite")
                return int(value)
            if len(value.as_tuple().digits) > _SQLITE_MAX_DIGITS:
                raise ValueError(
                    f"{value} has more than {_SQLITE_MAX_DIGITS} significant digits; "
                    "SQLite cannot store it exactly (use PostgreSQL)"
                )
            return decimal_text(value)
        exponent = value.as_tuple().exponent
        assert isinstance(exponent, int)  # finite values have an int exponent
        if -exponent > NUMERIC_SCALE or value.adjusted() >= NUMERIC_PRECISION - NUMERIC_SCALE:
            raise ValueError(f"{value} does not fit NUMERIC({NUMERIC_PRECISION}, {NUMERIC_SCALE})")
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if isinstance(value, float):
            # repr() is the shortest text that round-trips, i.e. the decimal that was stored.
            return normalize_decimal(Decimal(repr(value)))
        return normalize_decimal(Decimal(value))


class AwareDateTime(TypeDecorator):
    """Timezone-aware datetimes on both databases: timestamptz on PostgreSQL, UTC text on
    SQLite (so that text comparison is time comparison). Read back in `display_tz`."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def __init__(self, display_tz: tzinfo = UTC) -> None:
        super().__init__()
        self.display_tz = display_tz

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError(f"a timezone-aware datetime is required, got {value!r}")
        if dialect.name == "sqlite":
            return value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(self.display_tz)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_name)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


class SiteRow(Base):
    """A known site (CMS profile); filled by the HTML readers."""

    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    host: Mapped[str | None] = mapped_column(String)
    profile_version: Mapped[str | None] = mapped_column(String)


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # canonical_url, else url, else "sha256:" + content_hash
    key: Mapped[str] = mapped_column(Text, unique=True)
    external_id: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    canonical_url: Mapped[str | None] = mapped_column(Text)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    site_profile_version: Mapped[str | None] = mapped_column(String)
    title: Mapped[str | None] = mapped_column(Text)
    subtitle: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(AwareDateTime(KST), index=True)
    org: Mapped[str | None] = mapped_column(String, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    extractor_version: Mapped[str] = mapped_column(String)
    first_run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"))
    last_run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)

    site: Mapped[SiteRow | None] = relationship()
    sections: Mapped[list[SectionRow]] = relationship(order_by="SectionRow.position", viewonly=True)
    figures: Mapped[list[FigureRow]] = relationship(order_by="FigureRow.position", viewonly=True)
    programs: Mapped[list[ProgramRow]] = relationship(order_by="ProgramRow.position", viewonly=True)


class SectionRow(Base):
    __tablename__ = "sections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer)
    # lead, body and caption hold their paragraphs joined with "\n"
    text: Mapped[str] = mapped_column(Text)


class SentenceRow(Base):
    """A distinct sentence that figures or programs came from."""

    __tablename__ = "sentences"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    section: Mapped[str] = mapped_column(String)
    # offsets within the section text; NULL when the sentence text is not found there verbatim
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class FigureRow(Base):
    __tablename__ = "figures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    sentence_id: Mapped[int | None] = mapped_column(
        ForeignKey("sentences.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String, index=True)
    value: Mapped[Decimal] = mapped_column(ExactDecimal())
    value_max: Mapped[Decimal | None] = mapped_column(ExactDecimal())
    unit: Mapped[str] = mapped_column(String)
    surface: Mapped[str] = mapped_column(Text)
    section: Mapped[str] = mapped_column(String)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    approx: Mapped[bool] = mapped_column(Boolean, default=False)
    qualifier: Mapped[str | None] = mapped_column(String)
    metric: Mapped[str | None] = mapped_column(String, index=True)
    subject: Mapped[str | None] = mapped_column(String, index=True)
    is_target: Mapped[bool] = mapped_column(Boolean, default=False)
    year: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    # clause | sentence | article | title | published | span (schemas.records.Figure.year_source).
    # Last, where migration 0003 added it: a new store is made from these models (not by
    # replaying the migrations) and must have the columns in the same order as a migrated one.
    year_source: Mapped[str | None] = mapped_column(String)

    sentence: Mapped[SentenceRow | None] = relationship()


class ProgramRow(Base):
    __tablename__ = "programs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    sentence_id: Mapped[int | None] = mapped_column(
        ForeignKey("sentences.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    section: Mapped[str] = mapped_column(String)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)

    sentence: Mapped[SentenceRow | None] = relationship()


class RunRow(Base):
    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    command: Mapped[str] = mapped_column(String)
    inputs: Mapped[list[str]] = mapped_column(JSON)
    extractor_version: Mapped[str] = mapped_column(String)
    started_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    status: Mapped[str] = mapped_column(String)
    # read, inserted, replaced, unchanged, failed, not_article
    counts: Mapped[dict[str, int]] = mapped_column(JSON)


class FailureRow(Base):
    __tablename__ = "failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int | None] = mapped_column(
        ForeignKey("runs.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String)
    error: Mapped[str] = mapped_column(Text)
    not_article: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)


class CrawlUrlRow(Base):
    """A URL `sutja scrape` has seen, by canonical URL: an article to fetch (pending until its
    response is in a WARC file), or a list page, feed or sitemap, kept for its validators so
    that the next crawl asks with a conditional GET."""

    __tablename__ = "crawl_urls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    canonical_url: Mapped[str] = mapped_column(Text, unique=True)
    url: Mapped[str] = mapped_column(Text)
    site: Mapped[str | None] = mapped_column(String, index=True)
    # article | list | feed | sitemap
    kind: Mapped[str] = mapped_column(String)
    # pending | done | failed | refused | robots
    status: Mapped[str] = mapped_column(String, index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    http_status: Mapped[int | None] = mapped_column(Integer)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    # a list page's next page as last seen, for following a next-page link after a 304
    next_url: Mapped[str | None] = mapped_column(Text)
    # the date shown beside the link on the list page (or the feed's / sitemap's date)
    list_date: Mapped[date | None] = mapped_column(Date)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    warc_file: Mapped[str | None] = mapped_column(Text)
    warc_record_id: Mapped[str | None] = mapped_column(String)
    discovered_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    fetched_at: Mapped[datetime | None] = mapped_column(AwareDateTime())


class CrawlSiteRow(Base):
    """The last crawl of each site profile: when, how it ended, what it counted."""

    __tablename__ = "crawl_sites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site: Mapped[str] = mapped_column(String, unique=True)
    started_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    # running | complete | interrupted
    status: Mapped[str] = mapped_column(String)
    # True when every list source was walked to its end (not cut by a limit or a date)
    walked_to_end: Mapped[bool] = mapped_column(Boolean, default=False)
    counts: Mapped[dict[str, int]] = mapped_column(JSON)


#: Every table, in an order that respects foreign keys (for counts and tests).
TABLES: tuple[str, ...] = (
    "sites",
    "runs",
    "articles",
    "sections",
    "sentences",
    "figures",
    "programs",
    "failures",
    "crawl_sites",
    "crawl_urls",
)
