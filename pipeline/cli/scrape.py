"""`sutja scrape` (a site or URLs → WARC, politely) and `sutja sites` (the profiles)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from pipeline.cli.app import (
    DbOption,
    UsageError,
    app,
    configuration_errors,
    open_store,
    parse_date,
    require_sqlite_file,
    table_width,
)

#: Pages listed after `sutja scrape` by what became of them; the rest are in the crawl state.
MAX_PROBLEMS_SHOWN = 20
EXIT_INTERRUPTED = 130


@app.command()
def scrape(
    targets: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="SITE | URL...",
            help="The name of a site profile with a \\[list] table (see `sutja sites`), "
            "or one or more article URLs.",
            show_default=False,
        ),
    ] = None,
    list_url: Annotated[
        str | None,
        typer.Option(
            "--list",
            help="The address of a board's list page that no profile names: its article rows "
            "and next page are read from the page itself (see `sutja links`).",
            show_default=False,
        ),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run",
            help="With --list: print the profile inferred for the board as TOML (save it in "
            "a $SUTJA_SITES folder and edit it) and crawl nothing.",
        ),
    ] = False,
    out: Annotated[
        Path, typer.Option("--out", help="Folder the WARC files are written to.")
    ] = Path("data/raw"),
    db: DbOption = None,
    max_pages: Annotated[
        int | None,
        typer.Option(
            "--max-pages",
            min=1,
            help="List pages walked per list URL (default: the profile's max_pages, "
            "else until the list ends or repeats).",
            show_default=False,
        ),
    ] = None,
    max_articles: Annotated[
        int | None,
        typer.Option(
            "--max-articles",
            min=1,
            help="Article pages fetched in this run at most; the rest wait for the next run.",
            show_default=False,
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            help="Only articles dated on or after this day on the list (YYYY-MM-DD).",
            show_default=False,
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--until",
            help="Only articles dated on or before this day on the list (YYYY-MM-DD).",
            show_default=False,
        ),
    ] = None,
    delay: Annotated[
        float,
        typer.Option(
            "--delay",
            min=0.0,
            help="Seconds between two requests to one host; a longer Crawl-delay in "
            "robots.txt wins.",
        ),
    ] = 1.0,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout", min=0.1, help="Seconds to wait for a server to connect or to answer."
        ),
    ] = 30.0,
    retries: Annotated[
        int,
        typer.Option(
            "--retries",
            min=0,
            max=10,
            help="Retries of a page after a connection error, a timeout, 429 or 5xx.",
        ),
    ] = 3,
    max_size: Annotated[
        float,
        typer.Option(
            "--max-size",
            min=0.001,
            max=10.0,
            help="Largest page taken, in MB (up to 10, the most `sutja extract` reads).",
        ),
    ] = 10.0,
    warc_size: Annotated[
        float,
        typer.Option("--warc-size", min=0.001, help="Start a new WARC file after this many MB."),
    ] = 1000.0,
    contact: Annotated[
        str | None,
        typer.Option(
            "--contact",
            help="URL or e-mail address where site owners can reach you; sent in the "
            "User-Agent (default: $SUTJA_CONTACT_URL).",
            show_default=False,
        ),
    ] = None,
    ignore_robots: Annotated[
        bool,
        typer.Option(
            "--ignore-robots",
            help="Do not read or obey robots.txt (Crawl-delay included). Prints a warning.",
        ),
    ] = False,
) -> None:
    """Fetch a site's new articles (or the given URLs, or a board's with --list) politely
    into WARC files.

    Obeys robots.txt, waits --delay seconds between requests to a host, retries with backoff,
    and remembers in the store what it fetched: a second run fetches only what is new, and a
    run stopped with Ctrl-C or killed resumes where it was. Exit 1 when some page kept failing
    (each is listed), 130 when interrupted.
    """
    import signal

    with configuration_errors():
        from pipeline.scrape.crawl import CrawlOptions
        from pipeline.scrape.fetch import FetchPolicy, contact_from_env
        from pipeline.scrape.jobs import JobError, dry_run_toml, list_job, scrape_job
        from pipeline.scrape.progress import LogProgress, RichProgress

        targets = targets or []
        urls = [t for t in targets if "://" in t]
        if list_url is not None and targets:
            raise UsageError("give --list URL, or a site name, or article URLs; not both")
        if list_url is None and not targets:
            raise UsageError("give a site name, article URLs, or --list URL")
        if dry_run and list_url is None:
            raise UsageError("--dry-run needs --list URL")
        if (urls and len(urls) != len(targets)) or (len(targets) > 1 and not urls):
            raise UsageError("give one site name, or one or more article URLs")
        first, last = parse_date(since, "--since"), parse_date(until, "--until")
        if first and last and first > last:
            raise UsageError(f"--since {first} is after --until {last}")
        if urls and (first or last or max_pages):
            raise UsageError("--since, --until and --max-pages need a site, not URLs")
        contact = contact or contact_from_env()
        policy = FetchPolicy(
            delay=delay,
            connect_timeout=min(timeout, 10.0),
            read_timeout=timeout,
            retries=retries,
            max_bytes=int(max_size * 1024 * 1024),
            obey_robots=not ignore_robots,
            contact_url=contact,
        )
        if ignore_robots:
            typer.echo(
                "sutja: warning: --ignore-robots: robots.txt is neither read nor obeyed; "
                "fetch only what the site's owner allows",
                err=True,
            )
        if not contact:
            typer.echo(
                "sutja: warning: no contact URL: set $SUTJA_CONTACT_URL or --contact so that "
                "site owners can reach you",
                err=True,
            )
        try:
            if list_url is not None:
                job, page = list_job(list_url, policy)
                if dry_run:
                    typer.echo(dry_run_toml(page), nl=False)
                    raise typer.Exit(0)
            else:
                job = scrape_job(targets[0] if not urls else None, urls)
        except JobError as exc:
            raise UsageError(str(exc)) from None
        options = CrawlOptions(
            max_pages=max_pages, max_articles=max_articles, since=first, until=last
        )
        progress = RichProgress() if sys.stderr.isatty() else LogProgress(sys.stderr)
        previous = signal.getsignal(signal.SIGTERM)

        def _stop(_signum: int, _frame: Any) -> None:
            raise KeyboardInterrupt

        signal.signal(signal.SIGTERM, _stop)  # `kill` stops as Ctrl-C does: summary, state
        try:
            with open_store(db, create=True) as store, _warc_errors():
                summary = job(
                    store=store,
                    out=out,
                    policy=policy,
                    options=options,
                    progress=progress,
                    max_file_bytes=max(1, int(warc_size * 1_000_000)),
                )
        finally:
            signal.signal(signal.SIGTERM, previous)
    typer.echo(summary.line())
    for url, outcome, reason in summary.problems[:MAX_PROBLEMS_SHOWN]:
        typer.echo(f"{outcome}: {url} {reason}".rstrip())
    if len(summary.problems) > MAX_PROBLEMS_SHOWN:
        typer.echo(
            f"… and {len(summary.problems) - MAX_PROBLEMS_SHOWN} more (see the crawl_urls table)"
        )
    if summary.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    raise typer.Exit(0 if summary.ok else 1)


@contextlib.contextmanager
def _warc_errors() -> Iterator[None]:
    from pipeline.scrape.warc_out import WarcWriterError

    try:
        yield
    except WarcWriterError as exc:
        raise UsageError(str(exc)) from None


@app.command()
def sites(db: DbOption = None) -> None:
    """List the site profiles: name, version, hosts, list sources, and the last crawl (from
    the store, when it exists)."""
    with configuration_errors():
        from pipeline.scrape.jobs import JobError, describe_lists, user_profiles
        from pipeline.store.db import resolve_db_url

        try:
            profiles = user_profiles()
        except JobError as exc:
            raise UsageError(str(exc)) from None
        crawls = {}
        try:
            require_sqlite_file(resolve_db_url(db))
        except UsageError:
            pass  # no store yet: nothing was crawled
        else:
            from pipeline.scrape.crawl_state import CrawlState

            with open_store(db) as store:
                state = CrawlState(store)
                crawls = {p.name: state.last_crawl(p.name) for p in profiles}
    rows = []
    for profile in sorted(profiles, key=lambda p: p.name):
        lists = describe_lists(profile)
        crawl = crawls.get(profile.name)
        last = (
            f"{crawl.started_at.astimezone():%Y-%m-%d %H:%M} {crawl.status}, "
            f"{crawl.counts.get('fetched', 0)} new"
            if crawl
            else ""
        )
        rows.append((profile.name, profile.version, ", ".join(profile.hosts), lists, last))
    _print_sites(rows)


def _print_sites(rows: list[tuple[str, str, str, str, str]]) -> None:
    from rich.console import Console
    from rich.table import Table

    wide = table_width()
    table = Table()
    for name in ("site", "version", "hosts", "list sources", "last crawl"):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*row)
    console = Console(width=wide)
    console.print(table)
    console.print(f"{len(rows)} site profile{'' if len(rows) == 1 else 's'}", style="dim")
