"""Crawling a site profile's list pages, feeds and sitemaps (or a list of URLs) into WARC, with
the state that makes a second run fetch only what is new and an interrupted run resume.

A site crawl has two phases. Discovery walks each list source and records every article link
found as *pending* in the crawl state; list pages are asked for with a conditional GET, and a
walk stops at the end of the list, at a page of links all seen before (once an earlier crawl
has walked the whole list), before dates older than `--since`, or at `--max-pages`. Fetching
then takes every pending article of the site (including those an interrupted run left) and,
for each page fetched, writes the WARC records, flushes them to disk, and only then marks the
URL done. A kill at any point therefore loses no page and re-fetches at most the one page whose
mark had not been written yet.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from pipeline.read.decode import charset_of
from pipeline.read.urls import canonicalize_url
from pipeline.scrape.codings import gunzip_file
from pipeline.scrape.crawl_state import CrawlState, Discovered, UrlState
from pipeline.scrape.fetch import (
    FEED_TYPES,
    HTML_TYPES,
    Exchange,
    FetchPolicy,
    FetchResult,
    PoliteSession,
    host_allowed,
)
from pipeline.scrape.forms import split_address
from pipeline.scrape.listing import (
    DEFAULT_MAX_PAGES,
    Link,
    ListSpec,
    in_window,
    page_url,
    parse_feed,
    parse_list_page,
    parse_sitemap,
)
from pipeline.scrape.progress import NoProgress, Progress
from pipeline.scrape.warc_out import DEFAULT_MAX_FILE_BYTES, WarcOutput

if TYPE_CHECKING:
    from pipeline.clean.sites import SiteProfile
    from pipeline.store.db import Store

#: Sitemaps read per crawl at most, index files included.
MAX_SITEMAPS = 100


class CrawlError(Exception):
    """A site that cannot be crawled as asked (no list pages, a bad `[list]` table)."""


@dataclass(frozen=True)
class CrawlTarget:
    """What to crawl on one site: its name, the hosts its links and redirects may go to, and
    its list sources."""

    name: str
    spec: ListSpec
    hosts: tuple[str, ...] = ()
    version: str | None = None

    @classmethod
    def from_profile(cls, profile: SiteProfile) -> CrawlTarget:
        """The crawl target of a site profile; raises CrawlError when it declares no list
        pages, feeds or sitemaps."""
        table = profile.list_table
        if not table:
            raise CrawlError(
                f"site {profile.name!r} has no [list] table: add list pages, feeds or sitemaps "
                f"to {profile.path or 'its profile'} (see docs/sites.md, Scraping)"
            )
        try:
            spec = ListSpec.from_table(table, where=str(profile.path or profile.name))
        except ValueError as exc:
            raise CrawlError(str(exc)) from exc
        if spec.empty and spec.match:
            raise CrawlError(
                f"{profile.name!r} reads the boards of a CMS family and names no board of its "
                f"own: crawl one with `sutja scrape --list URL` (a list page matching "
                f"{' or '.join(spec.match)})"
            )
        if spec.empty:
            raise CrawlError(f"site {profile.name!r}: [list] names no urls, feeds or sitemaps")
        return cls.build(profile.name, spec, profile.hosts, profile.version)

    @classmethod
    def build(
        cls,
        name: str,
        spec: ListSpec,
        hosts: Iterable[str] = (),
        version: str | None = None,
    ) -> CrawlTarget:
        """A target whose hosts are the given ones plus those of its list sources."""
        all_hosts = [h.lower().lstrip(".") for h in hosts]
        for url in spec.urls + spec.feeds + spec.sitemaps:
            host = (urlsplit(page_url(url, 1)).hostname or "").lower()
            if host and not host_allowed(host, all_hosts):
                all_hosts.append(host)
        return cls(name, spec, tuple(dict.fromkeys(all_hosts)), version)


@dataclass(frozen=True)
class CrawlOptions:
    max_pages: int | None = None  # list pages per list source (overrides the profile's)
    max_articles: int | None = None  # article pages fetched in this run
    since: date | None = None  # by the date shown on the list, inclusive
    until: date | None = None


@dataclass
class CrawlSummary:
    site: str | None = None
    list_pages: int = 0  # list pages, feeds and sitemaps received
    not_modified: int = 0  # list pages, feeds and sitemaps unchanged (304)
    found: int = 0  # article links seen for the first time
    fetched: int = 0  # article pages archived: the new articles
    already: int = 0  # URLs given or listed that an earlier run had archived
    robots: int = 0  # skipped: robots.txt disallows them
    refused: int = 0  # too large, not HTML, redirected off the site
    failed: int = 0  # kept failing (timeouts, resets, 5xx, 404 …)
    bytes_written: int = 0
    requests: int = 0
    files: list[Path] = field(default_factory=list)
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # url, outcome, reason
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.failed == 0 and not self.interrupted

    def line(self) -> str:
        parts = [
            f"pages fetched: {self.fetched + self.list_pages}",
            f"new articles: {self.fetched}",
            f"list pages: {self.list_pages} (+{self.not_modified} unchanged)",
            f"already archived: {self.already}",
            f"skipped by robots: {self.robots}",
            f"refused: {self.refused}",
            f"failed: {self.failed}",
            f"bytes written: {self.bytes_written}",
        ]
        head = f"{self.site}: " if self.site else ""
        tail = " (interrupted)" if self.interrupted else ""
        return head + "; ".join(parts) + f"; {self.seconds:.1f} s{tail}"


class Crawler:
    """Crawls with one polite session into one WARC output, remembering in one crawl state.

    `after_page(url)` is called after each article page is settled (archived and marked, or
    recorded as failed); an exception it raises stops the crawl there, as a kill would."""

    def __init__(
        self,
        session: PoliteSession,
        state: CrawlState,
        output: WarcOutput,
        *,
        progress: Progress | None = None,
        after_page: Callable[[str], None] | None = None,
    ) -> None:
        self.session = session
        self.state = state
        self.output = output
        self.progress: Progress = progress or NoProgress()
        self.after_page = after_page

    # -- sites ------------------------------------------------------------------------------

    def crawl_site(self, target: CrawlTarget, options: CrawlOptions | None = None) -> CrawlSummary:
        """Discover the site's new article links, then fetch every pending one."""
        options = options or CrawlOptions()
        summary = CrawlSummary(site=target.name)
        started = time.monotonic()
        requests_before = self.session.requests_sent
        previous = self.state.begin_crawl(target.name)
        # Only after a whole walk of the list can a page of known links mean "nothing older
        # is new"; after a cut or killed walk the next one goes on to the end (cheaply: 304s).
        stop_at_known = (
            previous is not None and previous.status == "complete" and previous.walked_to_end
        )
        walked_to_end = completed = False
        try:
            walked_to_end = self._discover(target, options, summary, stop_at_known)
            pending = self.state.to_fetch(site=target.name)
            self._fetch_all(pending, target.name, target.hosts, options, summary)
            completed = True
        except KeyboardInterrupt:
            summary.interrupted = True
        finally:
            self._finish(summary, started, requests_before)
            # After any other error the crawl stays "running": the next one walks it all.
            if completed or summary.interrupted:
                self.state.end_crawl(
                    target.name,
                    status="complete" if completed else "interrupted",
                    walked_to_end=walked_to_end and completed,
                    counts=_counts(summary),
                )
        return summary

    def _finish(self, summary: CrawlSummary, started: float, requests_before: int) -> None:
        summary.seconds = time.monotonic() - started
        summary.requests = self.session.requests_sent - requests_before
        summary.files = list(self.output.files)
        summary.bytes_written = self.output.bytes_written
        self.progress.close()

    def _discover(
        self,
        target: CrawlTarget,
        options: CrawlOptions,
        summary: CrawlSummary,
        stop_at_known: bool,
    ) -> bool:
        """Walk every list source; True when each was walked to its end."""
        spec = target.spec
        ended = True
        for template in spec.urls:
            ended &= self._walk_list(template, target, options, summary, stop_at_known)
        for feed in spec.feeds:
            got = self._fetch_listing(feed, "feed", target, summary, accept=FEED_TYPES)
            if got is not None and got[0].ok:
                links = parse_feed(got[1], got[0].final_url)
                self._add_links(links, target, options, summary, feed)
        sitemaps = list(spec.sitemaps)
        seen_maps: set[str] = set()
        while sitemaps and len(seen_maps) < MAX_SITEMAPS:
            url = sitemaps.pop(0)
            if url in seen_maps:
                continue
            seen_maps.add(url)
            got = self._fetch_listing(url, "sitemap", target, summary, accept=FEED_TYPES)
            if got is None or not got[0].ok:
                continue
            try:
                body = gunzip_file(got[1])  # a sitemap.xml.gz file, not a content coding
            except ValueError as exc:
                summary.failed += 1
                summary.problems.append((url, "failed", f"sitemap: {exc}"))
                continue
            sitemap = parse_sitemap(body, got[0].final_url)
            sitemaps.extend(u for u in sitemap.sitemaps if on_hosts(u, target.hosts))
            self._add_links(sitemap.links, target, options, summary, url)
        return ended

    def _walk_list(
        self,
        template: str,
        target: CrawlTarget,
        options: CrawlOptions,
        summary: CrawlSummary,
        stop_at_known: bool,
    ) -> bool:
        """Walk one list source page by page; True when it ended by itself (no further page,
        an empty page, a page of links all known), False when a limit or a date cut it."""
        spec = target.spec
        limit = options.max_pages or spec.max_pages or DEFAULT_MAX_PAGES
        numbered = "{page}" in template
        url: str | None = page_url(template, spec.start_page) if numbered else template
        seen_this_run: set[str] = set()
        for index in range(limit):
            if url is None:
                return True
            canonical = canonicalize_url(url)
            before = self.state.get(canonical)
            got = self._fetch_listing(url, "list", target, summary, previous=before)
            if got is None:
                return False  # the list page failed: its end is unknown
            result, body = got
            if result.outcome == "not_modified":
                if stop_at_known:
                    return True
                url = (
                    page_url(template, spec.start_page + index + 1)
                    if numbered
                    else (before.next_url if before else None)
                )
                continue
            assert result.exchange is not None
            page = parse_list_page(
                body,
                result.final_url,
                spec,
                http_charset=charset_of(result.exchange.header("Content-Type")),
            )
            if page.next_url:
                # Keep the next page's address for a later 304 of this page.
                self.state.record(
                    canonical,
                    url=url,
                    site=target.name,
                    kind="list",
                    status="done",
                    next_url=page.next_url,
                    attempted=False,
                )
            links = [link for link in page.links if on_hosts(link.url, target.hosts)]
            if not links:
                self.progress.listed(url, "empty", 0)
                if index == 0:  # most likely a selector that does not fit the page
                    summary.problems.append(
                        (url, "empty", f"no article links match list.links {spec.links!r}")
                    )
                return True
            known = self.state.statuses(link.canonical_url for link in links)
            self._add_links(links, target, options, summary, url)
            fresh = [link for link in links if link.canonical_url not in seen_this_run]
            seen_this_run.update(link.canonical_url for link in links)
            if not fresh:
                return True  # a board that repeats its last page for any page number
            if stop_at_known and all(link.canonical_url in known for link in links):
                return True
            dated = [link.date for link in links if link.date is not None]
            if options.since and dated and all(day < options.since for day in dated):
                return False
            url = page_url(template, spec.start_page + index + 1) if numbered else page.next_url
        return url is None

    def _fetch_listing(
        self,
        url: str,
        kind: str,
        target: CrawlTarget,
        summary: CrawlSummary,
        *,
        accept: Any = HTML_TYPES,
        previous: UrlState | None = None,
    ) -> tuple[FetchResult, bytes] | None:
        """Fetch a list page, feed or sitemap conditionally and archive it; the result and the
        body with its content coding undone (empty after a 304), or None when it brought
        nothing (failed, refused, disallowed, undecodable)."""
        canonical = canonicalize_url(url)
        if previous is None:
            previous = self.state.get(canonical)
        result = self.session.fetch(
            url,
            accept=accept,
            allowed_hosts=target.hosts,
            etag=previous.etag if previous else None,
            last_modified=previous.last_modified if previous else None,
        )
        if result.outcome == "not_modified":
            summary.not_modified += 1
            self.progress.listed(url, "304", 0)
            self.state.record(
                canonical, url=url, site=target.name, kind=kind, status="done", http_status=304
            )
            return result, b""
        if result.outcome != "ok" or result.exchange is None:
            self.progress.listed(url, result.outcome, 0)
            self._record_problem(canonical, url, target.name, kind, result, summary)
            return None
        exchange = result.exchange
        try:
            body = exchange.content()
        except ValueError as exc:
            result = replace(result, outcome="failed", reason=f"undecodable body: {exc}")
            self._record_problem(canonical, url, target.name, kind, result, summary)
            return None
        self._record_archived([(canonical, url)], target.name, kind, exchange)
        summary.list_pages += 1
        return result, body

    def _add_links(
        self,
        links: Sequence[Link],
        target: CrawlTarget,
        options: CrawlOptions,
        summary: CrawlSummary,
        source: str,
    ) -> None:
        wanted = [
            Discovered(link.canonical_url, link.url, link.date)
            for link in links
            if on_hosts(link.url, target.hosts)
            and in_window(link.date, options.since, options.until)
        ]
        new = self.state.add_pending(target.name, wanted)
        summary.found += new
        self.progress.listed(source, "ok", new)

    # -- URLs -------------------------------------------------------------------------------

    def crawl_urls(
        self,
        urls: Sequence[str],
        *,
        site: str | None = None,
        hosts: Sequence[str] = (),
        max_articles: int | None = None,
    ) -> CrawlSummary:
        """Fetch the given article URLs, except those archived by an earlier run."""
        summary = CrawlSummary(site=site)
        started = time.monotonic()
        requests_before = self.session.requests_sent
        try:
            links: dict[str, str] = {}
            for url in urls:
                links.setdefault(canonicalize_url(url), url)
            statuses = self.state.statuses(links)
            summary.already = sum(1 for c in links if statuses.get(c) == "done")
            self.state.add_pending(site, [Discovered(c, u) for c, u in links.items()])
            pending = self.state.to_fetch(canonical_urls=links)
            self._report_settled(links, statuses, {p.canonical_url for p in pending}, summary)
            options = CrawlOptions(max_articles=max_articles)
            self._fetch_all(pending, site, tuple(hosts), options, summary)
        except KeyboardInterrupt:
            summary.interrupted = True
        finally:
            self._finish(summary, started, requests_before)
        return summary

    def _report_settled(
        self,
        links: dict[str, str],
        statuses: dict[str, str],
        pending: set[str],
        summary: CrawlSummary,
    ) -> None:
        """URLs asked for that an earlier run refused or gave up on: say so, once more."""
        for canonical, url in links.items():
            status = statuses.get(canonical)
            if status in (None, "done") or canonical in pending:
                continue
            row = self.state.get(canonical)
            reason = (row.reason if row else None) or ""
            if status == "refused":
                summary.refused += 1
                summary.problems.append((url, "refused", f"earlier: {reason}"))
            else:
                summary.failed += 1
                attempts = row.attempts if row else 0
                summary.problems.append((url, "failed", f"gave up after {attempts} runs: {reason}"))

    # -- fetching articles ------------------------------------------------------------------

    def _fetch_all(
        self,
        pending: list[UrlState],
        site: str | None,
        hosts: tuple[str, ...],
        options: CrawlOptions,
        summary: CrawlSummary,
    ) -> None:
        todo = [p for p in pending if in_window(p.list_date, options.since, options.until)]
        if options.max_articles is not None:
            todo = todo[: options.max_articles]
        self.progress.start_fetching(len(todo))
        for item in todo:
            url, data = split_address(item.url)  # a POST target carries its form's fields
            result = self.session.fetch(
                url, accept=HTML_TYPES, allowed_hosts=hosts or None, data=data
            )
            self._settle(item, result, site, summary)
            if self.after_page is not None:
                self.after_page(item.url)

    def _settle(
        self, item: UrlState, result: FetchResult, site: str | None, summary: CrawlSummary
    ) -> None:
        if result.outcome != "ok" or result.exchange is None:
            self._record_problem(item.canonical_url, item.url, site, "article", result, summary)
            self.progress.fetched(item.url, result.outcome, result.reason or "")
            return
        exchange = result.exchange
        self._record_archived(_identities(item, exchange.url), site, "article", exchange)
        summary.fetched += 1
        self.progress.fetched(item.url, "ok", f"{len(exchange.body)} bytes")

    def _record_problem(
        self,
        canonical: str,
        url: str,
        site: str | None,
        kind: str,
        result: FetchResult,
        summary: CrawlSummary,
    ) -> None:
        """Count a page that brought nothing and remember why (robots: never attempted)."""
        self._count_problem(url, result, summary)
        self.state.record(
            canonical,
            url=url,
            site=site,
            kind=kind,
            status=_status(result),
            reason=result.reason,
            http_status=result.status,
            attempted=result.outcome != "robots",
        )

    def _record_archived(
        self,
        identities: Iterable[tuple[str, str]],
        site: str | None,
        kind: str,
        exchange: Exchange,
    ) -> None:
        """Archive first, durably; only then remember the page as done, under each of its
        addresses (canonical, url)."""
        written = self.output.write(exchange)
        for canonical, url in identities:
            self.state.record(
                canonical,
                url=url,
                site=site,
                kind=kind,
                status="done",
                http_status=exchange.status,
                etag=exchange.header("ETag"),
                last_modified=exchange.header("Last-Modified"),
                warc_file=str(written.path),
                warc_record_id=written.record_id,
            )

    def _count_problem(self, url: str, result: FetchResult, summary: CrawlSummary) -> None:
        if result.outcome == "robots":
            summary.robots += 1
        elif result.outcome == "refused":
            summary.refused += 1
        else:
            summary.failed += 1
        summary.problems.append((url, result.outcome, result.reason or ""))


def _identities(item: UrlState, final_url: str) -> list[tuple[str, str]]:
    """The URL asked for, and the one a redirect led to when that is another page (a POST
    answered in place has no address of its own: its action names every row)."""
    found = [(item.canonical_url, item.url)]
    action, data = split_address(item.url)
    if data is not None and action == final_url:
        return found
    try:
        final = canonicalize_url(final_url)
    except ValueError:
        return found
    if final != item.canonical_url:
        found.append((final, final_url))
    return found


def _status(result: FetchResult) -> Any:
    return {"robots": "robots", "refused": "refused"}.get(result.outcome, "failed")


def on_hosts(url: str, hosts: Sequence[str]) -> bool:
    """Is `url` on one of the hosts (host suffixes)? Any host when none are given."""
    host = urlsplit(url).hostname
    return bool(host) and (not hosts or host_allowed(host or "", hosts))


def _counts(summary: CrawlSummary) -> dict[str, int]:
    return {
        "list_pages": summary.list_pages,
        "not_modified": summary.not_modified,
        "found": summary.found,
        "fetched": summary.fetched,
        "already": summary.already,
        "robots": summary.robots,
        "refused": summary.refused,
        "failed": summary.failed,
        "bytes_written": summary.bytes_written,
        "requests": summary.requests,
    }


# -- entry points --------------------------------------------------------------------------------


def scrape_site(
    target: CrawlTarget,
    *,
    store: Store,
    out: Path,
    policy: FetchPolicy | None = None,
    options: CrawlOptions | None = None,
    progress: Progress | None = None,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    after_page: Callable[[str], None] | None = None,
) -> CrawlSummary:
    """Crawl one site into WARC files under `out`, with its state in `store`."""
    with _crawler(store, out, policy, target.name, max_file_bytes, progress, after_page) as crawler:
        return crawler.crawl_site(target, options)


def scrape_urls(
    urls: Sequence[str],
    *,
    store: Store,
    out: Path,
    policy: FetchPolicy | None = None,
    site: str | None = None,
    hosts: Sequence[str] = (),
    max_articles: int | None = None,
    progress: Progress | None = None,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    after_page: Callable[[str], None] | None = None,
) -> CrawlSummary:
    """Fetch the given article URLs into WARC files under `out`, skipping archived ones."""
    name = site or "urls"
    with _crawler(store, out, policy, name, max_file_bytes, progress, after_page) as crawler:
        return crawler.crawl_urls(urls, site=site, hosts=hosts, max_articles=max_articles)


def _output(out: Path, prefix: str, policy: FetchPolicy, max_file_bytes: int) -> WarcOutput:
    info = {
        "http-header-user-agent": policy.user_agent,
        "robots": "obey" if policy.obey_robots else "ignore",
    }
    if policy.contact_url:
        info["operator"] = policy.contact_url
    return WarcOutput(out, prefix=prefix, max_file_bytes=max_file_bytes, info=info)


@contextmanager
def _crawler(
    store: Store,
    out: Path,
    policy: FetchPolicy | None,
    name: str,
    max_file_bytes: int,
    progress: Progress | None,
    after_page: Callable[[str], None] | None,
) -> Iterator[Crawler]:
    """A crawler with its polite session and WARC output, both closed when the crawl ends."""
    policy = policy or FetchPolicy()
    with (
        PoliteSession(policy) as session,
        _output(out, f"sutja-{name}", policy, max_file_bytes) as output,
    ):
        yield Crawler(session, CrawlState(store), output, progress=progress, after_page=after_page)
