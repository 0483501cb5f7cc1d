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
