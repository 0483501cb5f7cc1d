"""What `sutja scrape` remembers between runs, in the store: every URL seen (by canonical URL)
with its status and validators, and the last crawl of each site.

Every write is one statement in its own transaction (an upsert), so a crawl killed at any
moment leaves each URL either as it was or fully updated. The crawler writes a page's WARC
record and flushes it before it marks the URL done here: a URL marked done is always in a WARC
file, and a page in a WARC file whose mark was lost to a kill is only fetched once more.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import Engine, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pipeline.store.db import Store, StoreError
from schemas.models import CrawlSiteRow, CrawlUrlRow, utcnow

Kind = Literal["article", "list", "feed", "sitemap"]
Status = Literal["pending", "done", "failed", "refused", "robots"]

#: A page that failed in this many runs is not tried again (its row keeps the last reason).
MAX_ATTEMPTS = 5
# SQLite allows 32766 bound parameters per statement; stay well under it.
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class UrlState:
    canonical_url: str
    url: str
    site: str | None
    kind: str
    status: str
    reason: str | None = None
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    next_url: str | None = None
    list_date: date | None = None
    attempts: int = 0
    warc_file: str | None = None
    fetched_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SiteCrawl:
    site: str
    started_at: datetime
    finished_at: datetime | None
    status: str  # running (also: a crawl that was killed) | complete | interrupted
    walked_to_end: bool
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class Discovered:
    """A link found on a list page, in a feed or in a sitemap."""

    canonical_url: str
    url: str
    list_date: date | None = None


class CrawlState:
    """Crawl state over an open Store's engine."""

    def __init__(self, store: Store) -> None:
        self.engine: Engine = store.engine

    # -- URLs -------------------------------------------------------------------------------

    def get(self, canonical_url: str) -> UrlState | None:
        with self._read() as session:
            row = session.scalar(
                select(CrawlUrlRow).where(CrawlUrlRow.canonical_url == canonical_url)
            )
            return _url_state(row) if row else None

    def statuses(self, canonical_urls: Iterable[str]) -> dict[str, str]:
        """The status of each of these URLs that has a row."""
        wanted = list(dict.fromkeys(canonical_urls))
        found: dict[str, str] = {}
        with self._read() as session:
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start : start + _CHUNK]
                rows = session.execute(
                    select(CrawlUrlRow.canonical_url, CrawlUrlRow.status).where(
                        CrawlUrlRow.canonical_url.in_(chunk)
                    )
                )
                found.update({url: status for url, status in rows})
        return found

    def add_pending(self, site: str | None, links: Iterable[Discovered]) -> int:
        """Remember links as articles to fetch; links already known are left as they are (a
        newer list date fills a missing one). Returns how many were new."""
        items = list({link.canonical_url: link for link in links}.values())
        if not items:
            return 0
        known = self.statuses(link.canonical_url for link in items)
        now = utcnow()
        with self._write() as session:
            for start in range(0, len(items), _CHUNK):
                rows = [
                    {
                        "canonical_url": link.canonical_url,
                        "url": link.url,
                        "site": site,
                        "kind": "article",
                        "status": "pending",
                        "list_date": link.list_date,
                        "attempts": 0,
                        "discovered_at": now,
                    }
                    for link in items[start : start + _CHUNK]
                ]
                insert = _insert(session)(CrawlUrlRow).values(rows)
                session.execute(
                    insert.on_conflict_do_update(
                        index_elements=[CrawlUrlRow.canonical_url],
                        set_={
                            "list_date": func.coalesce(
                                CrawlUrlRow.list_date, insert.excluded.list_date
                            )
                        },
                    )
                )
        return sum(1 for link in items if link.canonical_url not in known)

    def to_fetch(
        self, *, site: str | None = None, canonical_urls: Iterable[str] | None = None
    ) -> list[UrlState]:
        """Articles still to fetch, in the order they were found: pending ones, those that
        robots.txt disallowed last time (it may allow them now) and those that failed in fewer
        than MAX_ATTEMPTS runs. Either of one site, or among the given URLs."""
        stmt = (
            select(CrawlUrlRow)
            .where(CrawlUrlRow.kind == "article")
            .where(
                CrawlUrlRow.status.in_(("pending", "robots"))
                | ((CrawlUrlRow.status == "failed") & (CrawlUrlRow.attempts < MAX_ATTEMPTS))
            )
            .order_by(CrawlUrlRow.id)
        )
        if canonical_urls is None:
            with self._read() as session:
                return [
                    _url_state(r) for r in session.scalars(stmt.where(CrawlUrlRow.site == site))
                ]
        wanted = list(dict.fromkeys(canonical_urls))
        found: dict[str, UrlState] = {}
        with self._read() as session:
            for start in range(0, len(wanted), _CHUNK):
                chunk = stmt.where(CrawlUrlRow.canonical_url.in_(wanted[start : start + _CHUNK]))
                found.update({r.canonical_url: _url_state(r) for r in session.scalars(chunk)})
        return [found[url] for url in wanted if url in found]

    def record(
        self,
        canonical_url: str,
        *,
        url: str,
        site: str | None,
        kind: Kind,
        status: Status,
        reason: str | None = None,
        http_status: int | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        next_url: str | None = None,
        warc_file: str | None = None,
        warc_record_id: str | None = None,
        attempted: bool = True,
    ) -> None:
        """Write the outcome of one fetch (or of a decision not to fetch: `attempted=False`).
        Validators are kept when a 304 brings none; an article keeps its list date."""
        now = utcnow()
        values: dict[str, Any] = {
            "canonical_url": canonical_url,
            "url": url,
            "site": site,
            "kind": kind,
            "status": status,
            "reason": reason,
            "http_status": http_status,
            "etag": etag,
            "last_modified": last_modified,
            "next_url": next_url,
            "warc_file": warc_file,
            "warc_record_id": warc_record_id,
            "attempts": 1 if attempted else 0,
            "discovered_at": now,
            "fetched_at": now if attempted else None,
        }
        with self._write() as session:
            insert = _insert(session)(CrawlUrlRow).values(**values)
            new = insert.excluded
            update: dict[str, Any] = {
                "url": new.url,
                "site": func.coalesce(new.site, CrawlUrlRow.site),
                "kind": new.kind,
                "status": new.status,
                "reason": new.reason,
                "http_status": func.coalesce(new.http_status, CrawlUrlRow.http_status),
                "etag": func.coalesce(new.etag, CrawlUrlRow.etag),
                "last_modified": func.coalesce(new.last_modified, CrawlUrlRow.last_modified),
                "next_url": func.coalesce(new.next_url, CrawlUrlRow.next_url),
                "warc_file": func.coalesce(new.warc_file, CrawlUrlRow.warc_file),
                "warc_record_id": func.coalesce(new.warc_record_id, CrawlUrlRow.warc_record_id),
                "attempts": CrawlUrlRow.attempts + (1 if attempted else 0),
                "fetched_at": func.coalesce(new.fetched_at, CrawlUrlRow.fetched_at),
            }
            session.execute(
                insert.on_conflict_do_update(
                    index_elements=[CrawlUrlRow.canonical_url], set_=update
                )
            )

    def count(self, *, site: str | None = None, status: str | None = None) -> int:
        stmt = select(func.count()).select_from(CrawlUrlRow).where(CrawlUrlRow.kind == "article")
        if site is not None:
            stmt = stmt.where(CrawlUrlRow.site == site)
        if status is not None:
            stmt = stmt.where(CrawlUrlRow.status == status)
        with self._read() as session:
            return session.scalar(stmt) or 0

    # -- sites ------------------------------------------------------------------------------

    def last_crawl(self, site: str) -> SiteCrawl | None:
        with self._read() as session:
            row = session.scalar(select(CrawlSiteRow).where(CrawlSiteRow.site == site))
            return _site_crawl(row) if row else None

    def begin_crawl(self, site: str) -> SiteCrawl | None:
        """Note that a crawl of `site` starts; returns the one before it, if any."""
        previous = self.last_crawl(site)
        values = {
            "site": site,
            "started_at": utcnow(),
            "finished_at": None,
            "status": "running",
            "walked_to_end": False,
            "counts": {},
        }
        with self._write() as session:
            insert = _insert(session)(CrawlSiteRow).values(**values)
            session.execute(
                insert.on_conflict_do_update(
                    index_elements=[CrawlSiteRow.site],
                    set_={k: insert.excluded[k] for k in values if k != "site"},
                )
            )
        return previous

    def end_crawl(
        self, site: str, *, status: str, walked_to_end: bool, counts: dict[str, int]
    ) -> None:
        with self._write() as session:
            row = session.scalar(select(CrawlSiteRow).where(CrawlSiteRow.site == site))
            if row is None:
                raise ValueError(f"no crawl of {site!r} was begun")
            row.finished_at = utcnow()
            row.status = status
            row.walked_to_end = walked_to_end
            row.counts = {str(k): int(v) for k, v in counts.items()}

    # -- sessions ---------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with Session(self.engine) as session:
                yield session
        except DBAPIError as exc:
            raise StoreError(f"cannot read the crawl state: {_one_line(exc)}") from exc

    @contextmanager
    def _write(self) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise StoreError(f"cannot write the crawl state: {_one_line(exc)}") from exc


def _insert(session: Session) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT (both SQLite and PostgreSQL do)."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        return postgresql.insert
    if name == "sqlite":
        return sqlite.insert
    raise StoreError(f"crawl state needs SQLite or PostgreSQL, not {name}")


def _one_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return " ".join(str(orig).split()) or type(orig).__name__


def _url_state(row: CrawlUrlRow) -> UrlState:
    return UrlState(
        canonical_url=row.canonical_url,
        url=row.url,
        site=row.site,
        kind=row.kind,
        status=row.status,
        reason=row.reason,
        http_status=row.http_status,
        etag=row.etag,
        last_modified=row.last_modified,
        next_url=row.next_url,
        list_date=row.list_date,
        attempts=row.attempts,
        warc_file=row.warc_file,
        fetched_at=row.fetched_at,
    )


def _site_crawl(row: CrawlSiteRow) -> SiteCrawl:
    return SiteCrawl(
        site=row.site,
        started_at=row.started_at,
        finished_at=row.finished_at,
        status=row.status,
        walked_to_end=row.walked_to_end,
        counts=dict(row.counts or {}),
    )
