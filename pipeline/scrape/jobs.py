"""What `sutja scrape` runs for a site name or a list of URLs, and how `sutja sites` describes a
profile's list sources. Raises `JobError` for a request that cannot be crawled as given."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipeline.clean.sites import ProfileError, SiteProfile, env_dirs, load_profiles
from pipeline.read.decode import charset_of
from pipeline.read.urls import canonicalize_url
from pipeline.scrape.board import read_board
from pipeline.scrape.board_page import BoardPage
from pipeline.scrape.board_profile import site_name, spec_toml
from pipeline.scrape.crawl import CrawlError, CrawlTarget, scrape_site, scrape_urls
from pipeline.scrape.fetch import HTML_TYPES, FetchPolicy, PoliteSession
from pipeline.scrape.listing import ListSpec, ListSpecError

#: A crawl ready to run once the store is open: called with store, out, policy, options,
#: progress and max_file_bytes, it returns the crawl's summary.
ScrapeJob = Callable[..., Any]


class JobError(ValueError):
    """The site or URLs asked for cannot be crawled as given (the message says why)."""


def user_profiles() -> list[SiteProfile]:
    """The built-in profiles and those of $SUTJA_SITES; JobError for a broken profile file."""
    try:
        return load_profiles(env_dirs())
    except ProfileError as exc:
        raise JobError(str(exc)) from None


def scrape_job(site: str | None, urls: list[str]) -> ScrapeJob:
    """The crawl of one site profile's list sources, or of the article URLs given; JobError for
    an unknown site, a profile without list pages, or a URL that is not one."""
    profiles = user_profiles()
    if site is not None:
        profile = next((p for p in profiles if p.name == site), None)
        if profile is None:
            names = ", ".join(sorted(p.name for p in profiles if p.list_table)) or "none"
            raise JobError(f"no site profile named {site!r} (sites with list pages: {names})")
        try:
            target = CrawlTarget.from_profile(profile)
        except (CrawlError, ListSpecError) as exc:
            raise JobError(str(exc)) from None

        def run_site(*, options: Any, **kw: Any) -> Any:
            return scrape_site(target, options=options, **kw)

        return run_site
    for url in urls:
        try:
            canonicalize_url(url)
        except ValueError as exc:
            raise JobError(str(exc)) from None
    matched = {next((p.name for p in profiles if p.matches_url(u)), None) for u in urls}
    profile = next((p for p in profiles if matched == {p.name}), None)

    def run_urls(*, options: Any, **kw: Any) -> Any:
        return scrape_urls(
            urls,
            site=profile.name if profile else None,
            hosts=profile.hosts if profile else (),
            max_articles=options.max_articles,
            **kw,
        )

    return run_urls


def describe_lists(profile: SiteProfile) -> str:
    """`2 lists, 1 feed` for a profile's [list] table, `-` without one, or what is wrong in it."""
    try:
        spec = ListSpec.from_table(profile.list_table) if profile.list_table else None
    except ListSpecError as exc:
        return f"bad [list]: {exc}"
    if spec is None:
        return "-"
    parts = ["other boards by --list URL"] if spec.match else []
    for count, noun in (
        (len(spec.urls), "list"),
        (len(spec.feeds), "feed"),
        (len(spec.sitemaps), "sitemap"),
    ):
        if count:
            parts.append(f"{count} {noun}{'' if count == 1 else 's'}")
    return ", ".join(parts) or "-"


def fetch_board(url: str, policy: FetchPolicy | None = None) -> BoardPage:
    """Fetch one list page (politely: robots.txt, delay, retries) and read it without a
    profile; JobError when it cannot be fetched."""
    try:
        canonicalize_url(url)
    except ValueError as exc:
        raise JobError(str(exc)) from None
    with PoliteSession(policy or FetchPolicy()) as session:
        result = session.fetch(url, accept=HTML_TYPES)
    if result.outcome != "ok" or result.exchange is None:
        raise JobError(f"{url}: {result.outcome}: {result.reason or result.status}")
    exchange = result.exchange
    try:
        body = exchange.content()
    except ValueError as exc:
        raise JobError(f"{url}: undecodable body: {exc}") from None
    return read_board(
        body, result.final_url, http_charset=charset_of(exchange.header("Content-Type"))
    )


def list_target(page: BoardPage, name: str | None = None) -> CrawlTarget:
    """The crawl of a board read without a profile: the `[list]` table inferred from its first
    page. JobError, saying what the page does, when its rows cannot be crawled from HTML."""
    if page.problem:
        raise JobError(f"{page.url}: {page.problem}")
    if page.spec is None:
        raise JobError(f"{page.url}: {page.why[-1] if page.why else 'no list found'}")
    try:
        spec = ListSpec.from_table(page.spec, where=page.url)
    except ListSpecError as exc:
        raise JobError(str(exc)) from None
    return CrawlTarget.build(name or site_name(page.url), spec)


def list_profile(url: str, profiles: list[SiteProfile] | None = None) -> SiteProfile | None:
    """The profile whose `[list]` reads the list page at `url`: a site's own list URL, or a
    page of a CMS family its `match` patterns name."""
    for profile in user_profiles() if profiles is None else profiles:
        if not profile.list_table:
            continue
        try:
            spec = ListSpec.from_table(profile.list_table)
        except ListSpecError:
            continue
        if spec.links and spec.matches_list_url(url):
            return profile
    return None


def profile_list_target(profile: SiteProfile, url: str) -> CrawlTarget:
    """The crawl of the board at `url` with the selectors of `profile`'s `[list]`."""
    assert profile.list_table is not None
    spec = ListSpec.from_table(profile.list_table, where=str(profile.path or profile.name))
    if not spec.match:
        return CrawlTarget.from_profile(profile)
    return CrawlTarget.build(site_name(url), spec.for_url(url), profile.hosts, profile.version)


def list_job(url: str, policy: FetchPolicy | None = None) -> tuple[ScrapeJob, BoardPage]:
    """The crawl of the board at `url` (by the profile whose `[list]` reads it, else with no
    profile), and what its first page showed."""
    page = fetch_board(url, policy)
    profile = list_profile(url)
    if profile is not None:
        target = profile_list_target(profile, url)
        page.why.append(f"profile: {profile.name}'s [list] reads this board")
    else:
        target = list_target(page)

    def run_list(*, options: Any, **kw: Any) -> Any:
        return scrape_site(target, options=options, **kw)

    return run_list, page


def dry_run_toml(page: BoardPage) -> str:
    """The profile `sutja scrape --list URL --dry-run` prints."""
    list_target(page)  # the same checks and message as a real crawl
    return spec_toml(page, site_name(page.url))
