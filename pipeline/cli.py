"""The `sutja` command line: parses arguments, calls the library, prints, picks the exit code.

Exit codes: 0 success; 1 some inputs failed (recorded in the store's failures, the rest stored);
2 usage or configuration error (bad option or value, missing file, unreachable or invalid
database). Expected errors print one line on stderr, never a traceback.

Heavy modules (spaCy, Kiwi, SQLAlchemy) are imported inside the commands, so that `--help` and
usage errors answer at once.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from extractors.scoring import Evaluation
    from pipeline.store import Store

#: Failures listed after `sutja extract`; the rest are in the store's `failures` table.
MAX_FAILURES_SHOWN = 20

app = typer.Typer(
    name="sutja",
    help="Korean municipal press articles → a queryable table of figures "
    "(money, percent, counts) and program names.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL: sqlite:///PATH or postgresql+psycopg://USER@HOST/DB "
        "(default: $SUTJA_DB, else sqlite:///data/processed/sutja.db).",
        show_default=False,
    ),
]


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"


class Kind(StrEnum):
    money = "money"
    percent = "percent"
    count = "count"


class YearSource(StrEnum):
    """Where a figure's year came from, most certain first (README "Which year")."""

    clause = "clause"
    sentence = "sentence"
    article = "article"
    title = "title"
    published = "published"


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class UsageError(Exception):
    """A bad value the option parser could not catch; exit 2."""


def main() -> None:
    """Console-script entry point (`sutja`)."""
    app()


@contextlib.contextmanager
def _configuration_errors() -> Iterator[None]:
    """Turn the errors a user fixes by changing the command or its setting into exit 2."""
    from pipeline.evaluate import GoldError
    from pipeline.store import StoreError

    try:
        yield
    except (StoreError, GoldError, UsageError) as exc:
        typer.echo(f"sutja: error: {exc}", err=True)
        raise typer.Exit(2) from None


@contextlib.contextmanager
def _open_store(db: str | None, *, create: bool = False) -> Iterator[Store]:
    from pipeline.store import Store, resolve_db_url

    url = resolve_db_url(db)
    if not create:
        _require_sqlite_file(url)
    store = Store.open(url)
    try:
        yield store
    finally:
        store.close()


def _require_sqlite_file(url: str) -> None:
    """Reading commands must not create an empty SQLite store where a path was mistyped."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return  # Store.open explains what is wrong with the URL
    path = parsed.database
    is_file = parsed.get_backend_name() == "sqlite" and path and path != ":memory:"
    if is_file and not path.startswith("file:") and not Path(path).expanduser().exists():
        raise UsageError(f"no database at {path} (run `sutja extract` first, or check --db)")


@contextlib.contextmanager
def _output(out: Path | None, newline: str | None = None) -> Iterator[IO[str]]:
    if out is None:
        yield sys.stdout
        return
    try:
        handle = out.open("w", encoding="utf-8", newline=newline)
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from exc
    with handle:
        yield handle


# --- extract ---------------------------------------------------------------------------------


@app.command()
def extract(
    paths: Annotated[
        list[Path],
        typer.Argument(
            exists=True,
            help="Input files (.txt, .jsonl) or folders, walked recursively.",
            show_default=False,
        ),
    ],
    db: DbOption = None,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Processes that clean and extract.")
    ] = 1,
) -> None:
    """Extract figures and programs from PATH... into the store.

    Prints one summary line, then each failed input (source, stage, error). Exit 1 when any
    input failed; inputs that are simply not articles (empty text, a list page) are counted
    as not-article and do not make the run fail.
    """
    with _configuration_errors():
        from pipeline.run import run_extract

        with _open_store(db, create=True) as store:
            summary = run_extract(
                [str(p) for p in paths], store, workers=workers, progress=sys.stderr.isatty()
            )
    typer.echo(summary.line())
    failures = summary.real_failures
    for failure in failures[:MAX_FAILURES_SHOWN]:
        typer.echo(f"failed: {failure.source} [{failure.stage}] {failure.error}")
    if len(failures) > MAX_FAILURES_SHOWN:
        typer.echo(
            f"… and {len(failures) - MAX_FAILURES_SHOWN} more failures "
            f"(run {summary.run_id} in the failures table)"
        )
    raise typer.Exit(0 if summary.ok else 1)


# --- export ----------------------------------------------------------------------------------


@app.command()
def export(
    fmt: Annotated[
        ExportFormat,
        typer.Option("--format", help="csv: one row per figure; jsonl: one line per article."),
    ],
    db: DbOption = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="File to write (default: standard output).", show_default=False),
    ] = None,
    text: Annotated[
        bool, typer.Option("--text", help="jsonl only: add author and the article's sections.")
    ] = False,
) -> None:
    """Export the store: every article with its figures and programs."""
    with _configuration_errors():
        if text and fmt is not ExportFormat.jsonl:
            raise UsageError("--text works with --format jsonl only")
        from pipeline.export import write_csv, write_jsonl

        with _open_store(db) as store, _output(out, "" if fmt is ExportFormat.csv else None) as f:
            if fmt is ExportFormat.csv:
                n = write_csv(store, f)
            else:
                n = write_jsonl(store, f, with_text=text)
    if out is not None:
        typer.echo(
            f"wrote {n} {'rows' if fmt is ExportFormat.csv else 'articles'} to {out}", err=True
        )


# --- query -----------------------------------------------------------------------------------


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} expects a date as YYYY-MM-DD, not {value!r}") from None


@app.command()
def query(
    db: DbOption = None,
    kind: Annotated[
        Kind | None, typer.Option("--kind", help="Kind of figure.", show_default=False)
    ] = None,
    metric: Annotated[
        str | None, typer.Option("--metric", help="Rate measured, e.g. 고용률.", show_default=False)
    ] = None,
    subject: Annotated[
        str | None,
        typer.Option(
            "--subject", help="What is counted or funded, e.g. 일자리.", show_default=False
        ),
    ] = None,
    org: Annotated[
        str | None, typer.Option("--org", help="Issuing body, e.g. 천안시.", show_default=False)
    ] = None,
    text: Annotated[
        str | None,
        typer.Option("--text", help="Words that the sentence must contain.", show_default=False),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", help="Published on or after (YYYY-MM-DD).", show_default=False),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--until", help="Published on or before (YYYY-MM-DD).", show_default=False),
    ] = None,
    year: Annotated[
        int | None,
        typer.Option("--year", help="Year the figure refers to, e.g. 2021.", show_default=False),
    ] = None,
    year_source: Annotated[
        YearSource | None,
        typer.Option("--year-source", help="Where the year came from.", show_default=False),
    ] = None,
    fmt: Annotated[QueryFormat, typer.Option("--format", help="Output format.")] = (
        QueryFormat.table
    ),
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="At most N rows.", show_default=False)
    ] = None,
) -> None:
    """Find figures by kind, metric, subject, organisation, text, dates or year."""
    with _configuration_errors():
        from pipeline.query import FigureFilter, query_figures

        flt = FigureFilter(
            kind=None if kind is None else kind.value,
            metric=metric,
            subject=subject,
            org=org,
            text=text,
            since=_parse_date(since, "--since"),
            until=_parse_date(until, "--until"),
            year=year,
            year_source=None if year_source is None else year_source.value,
        )
        with _open_store(db) as store:
            rows = query_figures(store, flt, limit=limit)
    if fmt is QueryFormat.json:
        from pipeline.export import to_json

        typer.echo(to_json(rows))
    elif fmt is QueryFormat.csv:
        from pipeline.export import write_rows_csv

        write_rows_csv(rows, sys.stdout)
    else:
        _print_table(rows)


_TABLE_HEADER = ("org", "date", "kind", "value", "metric/subject", "surface", "sentence")
#: The sentence column is never narrower than this; below it the surface column (which the
#: sentence shows in bold anyway) is left out.
_MIN_SENTENCE = 24
_PIPE_WIDTH = 160


def _print_table(rows: list[dict[str, Any]]) -> None:
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    cells = []
    for row in rows:
        published = row.get("published_at")
        cells.append(
            [
                row.get("org") or "",
                published.date().isoformat()
                if hasattr(published, "date")
                else str(published or ""),
                row.get("kind") or "",
                format_value(row["value"], row.get("unit") or "", row.get("value_max")),
                row.get("metric") or row.get("subject") or "",
                row.get("surface") or "",
                row.get("sentence") or "",
            ]
        )
    # Piped output has no terminal width to fit: keep whole lines there rather than Rich's 80.
    wide = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else _PIPE_WIDTH
    console = Console(width=wide)
    header = list(_TABLE_HEADER)
    widths = [max([cell_len(h), *(cell_len(c[i]) for c in cells)]) for i, h in enumerate(header)]

    def room() -> int:  # cells left for the sentence: 3 per column for borders and padding
        return console.width - sum(widths[:-1]) - 3 * len(header) - 1

    drop_surface = room() < _MIN_SENTENCE
    if drop_surface:
        del header[5], widths[5]
    table = Table()
    for name in header:
        table.add_column(name, justify="right" if name == "value" else "left", no_wrap=True)
    for c in cells:
        sentence = Text(shorten(c[6], c[5], max(room(), _MIN_SENTENCE)))
        if c[5]:
            sentence.highlight_words([c[5]], style="bold")
        table.add_row(*(c[:5] if drop_surface else c[:6]), sentence)
    console.print(table)
    console.print(f"{len(rows)} figure{'' if len(rows) == 1 else 's'}", style="dim")


# --- value display -----------------------------------------------------------------------------

_KRW_UNITS = ((Decimal(10) ** 12, "조"), (Decimal(10) ** 8, "억"), (Decimal(10) ** 4, "만"))


def format_value(value: Decimal, unit: str, value_max: Decimal | None = None) -> str:
    """A figure's value as a Korean reader writes it: won in 조/억/만 groups (`4,222억 2,000만 원`),
    rates with their sign (`67%`, `0.6%p`), counts with thousands separators (`26,000개`)."""
    if value_max is not None:
        return f"{_number(value, unit)}~{format_value(value_max, unit)}"
    return _number(value, unit) + _unit_suffix(unit)


def _number(value: Decimal, unit: str) -> str:
    if unit == "KRW" and value == value.to_integral_value() and abs(value) >= 10**4:
        return _korean_grouped(int(value))
    return _thousands(value)


def _korean_grouped(amount: int) -> str:
    sign, rest = ("-" if amount < 0 else ""), abs(amount)
    parts = []
    for size, name in _KRW_UNITS:
        chunk, rest = divmod(rest, int(size))
        if chunk:
            parts.append(f"{chunk:,}{name}")
    if rest:
        parts.append(f"{rest:,}")
    return sign + " ".join(parts)


def _thousands(value: Decimal) -> str:
    text = f"{value:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _unit_suffix(unit: str) -> str:
    if unit == "KRW":
        return " 원"
    if unit in ("%", "%p"):
        return unit
    if unit.isascii() and unit.isalpha():  # currency codes: USD, JPY …
        return f" {unit}"
    return unit  # counters attach to the number: 26,000개


def shorten(sentence: str, surface: str, width: int = 40) -> str:
    """The sentence on one line, cut to `width` terminal cells (Hangul takes two) around the
    figure's surface, with "…" where it was cut."""
    from rich.cells import cell_len

    sentence = " ".join(sentence.split())
    if cell_len(sentence) <= width:
        return sentence
    at = sentence.find(surface) if surface else -1
    start, end = (at, at + len(surface)) if at >= 0 else (0, 0)
    used = cell_len(sentence[start:end]) + 2  # room for an ellipsis on each side
    # Grow the window one character at a time, alternately right and left, while it fits.
    grew = True
    while grew:
        grew = False
        for side in ("right", "left"):
            if side == "right" and end < len(sentence):
                step = cell_len(sentence[end])
                if used + step <= width:
                    end, used, grew = end + 1, used + step, True
            elif side == "left" and start > 0:
                step = cell_len(sentence[start - 1])
                if used + step <= width:
                    start, used, grew = start - 1, used + step, True
    return ("…" if start > 0 else "") + sentence[start:end] + ("…" if end < len(sentence) else "")


# --- eval --------------------------------------------------------------------------------------


@app.command(name="eval")
def eval_(
    gold: Annotated[
        Path,
        typer.Argument(
            exists=True,
            dir_okay=False,
            help="Gold JSONL file (see GUIDELINE.md).",
            show_default=False,
        ),
    ],
    details: Annotated[
        bool, typer.Option("--details", help="List each article's missed and spurious items.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score the extractors on a gold file: precision, recall and F1 per kind."""
    with _configuration_errors():
        from pipeline.evaluate import evaluate

        evaluation = evaluate(gold)
    if as_json:
        typer.echo(json.dumps(evaluation.as_dict(details=details), ensure_ascii=False, indent=2))
        return
    if details:
        _print_details(evaluation)
    _print_scores(evaluation)


def _print_scores(evaluation: Evaluation) -> None:
    from rich.console import Console
    from rich.table import Table

    from extractors.scoring import ROW_LABELS, SCORE_ROWS

    table = Table(title=f"{len(evaluation.articles)} articles")
    for name in ("kind", "gold", "pred", "tp", "P", "R", "F1"):
        table.add_column(name, justify="left" if name == "kind" else "right")
    for row in SCORE_ROWS:
        t = evaluation.tallies[row]
        table.add_row(
            ROW_LABELS[row],
            str(t.gold),
            str(t.pred),
            str(t.tp),
            f"{t.precision:.3f}",
            f"{t.recall:.3f}",
            f"{t.f1:.3f}",
        )
    Console().print(table)


def _print_details(evaluation: Evaluation) -> None:
    for diff in evaluation.articles:
        if diff.empty:
            continue
        typer.echo(f"== {diff.article_id}")
        if diff.note:
            typer.echo(f"  note: {diff.note}")
        for label, mentions in (("missed", diff.missed), ("spurious", diff.spurious)):
            for m in mentions:
                typer.echo(
                    f"  {label:<8} {m.kind:<7} {format(m.value, 'f')} {m.unit}"
                    f"  {m.surface!r} [{m.section}]"
                )
        for name in diff.missed_programs:
            typer.echo(f"  missed   program {name}")
        for name in diff.spurious_programs:
            typer.echo(f"  spurious program {name}")
        for predicted, expected in diff.program_boundaries:
            typer.echo(f"  boundary program {predicted} (gold: {expected})")
        for name, said, meant in diff.context:
            typer.echo(
                f"  {name:<8} {said.surface!r} [{said.section}] "
                f"{getattr(said, name)!r} (gold: {getattr(meant, name)!r})"
            )


# --- scrape and sites --------------------------------------------------------------------------

#: Pages listed after `sutja scrape` by what became of them; the rest are in the crawl state.
MAX_PROBLEMS_SHOWN = 20
EXIT_INTERRUPTED = 130


@app.command()
def scrape(
    targets: Annotated[
        list[str],
        typer.Argument(
            metavar="SITE | URL...",
            help="The name of a site profile with a \\[list] table (see `sutja sites`), "
            "or one or more article URLs.",
            show_default=False,
        ),
    ],
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
    """Fetch a site's new articles (or the given URLs) politely into WARC files.

    Obeys robots.txt, waits --delay seconds between requests to a host, retries with backoff,
    and remembers in the store what it fetched: a second run fetches only what is new, and a
    run stopped with Ctrl-C or killed resumes where it was. Exit 1 when some page kept failing
    (each is listed), 130 when interrupted.
    """
    import signal

    with _configuration_errors():
        from pipeline.crawl import CrawlOptions, LogProgress, RichProgress
        from pipeline.fetch import FetchPolicy, contact_from_env

        urls = [t for t in targets if "://" in t]
        if (urls and len(urls) != len(targets)) or (len(targets) > 1 and not urls):
            raise UsageError("give one site name, or one or more article URLs")
        first, last = _parse_date(since, "--since"), _parse_date(until, "--until")
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
        job = _scrape_job(targets[0] if not urls else None, urls)
        options = CrawlOptions(
            max_pages=max_pages, max_articles=max_articles, since=first, until=last
        )
        progress = RichProgress() if sys.stderr.isatty() else LogProgress(sys.stderr)
        previous = signal.getsignal(signal.SIGTERM)

        def _stop(_signum: int, _frame: Any) -> None:
            raise KeyboardInterrupt

        signal.signal(signal.SIGTERM, _stop)  # `kill` stops as Ctrl-C does: summary, state
        try:
            with _open_store(db, create=True) as store, _warc_errors():
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
    from pipeline.warc_out import WarcWriterError

    try:
        yield
    except WarcWriterError as exc:
        raise UsageError(str(exc)) from None


def _scrape_job(site: str | None, urls: list[str]) -> Any:
    """A callable that runs the crawl asked for, once the store is open; raises UsageError for
    an unknown site, a profile without list pages, or a URL that is not one."""
    from pipeline.crawl import CrawlError, CrawlTarget, scrape_site, scrape_urls
    from pipeline.listing import ListSpecError
    from pipeline.sites import ProfileError, env_dirs, load_profiles
    from pipeline.urls import canonicalize_url

    try:
        profiles = load_profiles(env_dirs())
    except ProfileError as exc:
        raise UsageError(str(exc)) from None
    if site is not None:
        profile = next((p for p in profiles if p.name == site), None)
        if profile is None:
            names = ", ".join(sorted(p.name for p in profiles if _has_list(p))) or "none"
            raise UsageError(f"no site profile named {site!r} (sites with list pages: {names})")
        try:
            target = CrawlTarget.from_profile(profile)
        except (CrawlError, ListSpecError) as exc:
            raise UsageError(str(exc)) from None

        def run_site(*, options: Any, **kw: Any) -> Any:
            return scrape_site(target, options=options, **kw)

        return run_site
    for url in urls:
        try:
            canonicalize_url(url)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
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


def _has_list(profile: Any) -> bool:
    return bool(profile.list_table)


@app.command()
def sites(db: DbOption = None) -> None:
    """List the site profiles: name, version, hosts, list sources, and the last crawl (from
    the store, when it exists)."""
    with _configuration_errors():
        from pipeline.listing import ListSpec, ListSpecError
        from pipeline.sites import ProfileError, env_dirs, load_profiles
        from pipeline.store import resolve_db_url

        try:
            profiles = load_profiles(env_dirs())
        except ProfileError as exc:
            raise UsageError(str(exc)) from None
        crawls = {}
        try:
            _require_sqlite_file(resolve_db_url(db))
        except UsageError:
            pass  # no store yet: nothing was crawled
        else:
            from pipeline.crawl_state import CrawlState

            with _open_store(db) as store:
                state = CrawlState(store)
                crawls = {p.name: state.last_crawl(p.name) for p in profiles}
    rows = []
    for profile in sorted(profiles, key=lambda p: p.name):
        try:
            table = profile.list_table
            spec = ListSpec.from_table(table) if table else None
            lists = _describe_lists(spec)
        except ListSpecError as exc:
            lists = f"bad [list]: {exc}"
        crawl = crawls.get(profile.name)
        last = (
            f"{crawl.started_at.astimezone():%Y-%m-%d %H:%M} {crawl.status}, "
            f"{crawl.counts.get('fetched', 0)} new"
            if crawl
            else ""
        )
        rows.append((profile.name, profile.version, ", ".join(profile.hosts), lists, last))
    _print_sites(rows)


def _describe_lists(spec: Any) -> str:
    if spec is None:
        return "-"
    parts = []
    for count, noun in (
        (len(spec.urls), "list"),
        (len(spec.feeds), "feed"),
        (len(spec.sitemaps), "sitemap"),
    ):
        if count:
            parts.append(f"{count} {noun}{'' if count == 1 else 's'}")
    return ", ".join(parts) or "-"


def _print_sites(rows: list[tuple[str, str, str, str, str]]) -> None:
    from rich.console import Console
    from rich.table import Table

    wide = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else _PIPE_WIDTH
    table = Table()
    for name in ("site", "version", "hosts", "list sources", "last crawl"):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*row)
    console = Console(width=wide)
    console.print(table)
    console.print(f"{len(rows)} site profile{'' if len(rows) == 1 else 's'}", style="dim")
