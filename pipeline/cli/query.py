"""`sutja query`: figures by kind, metric, subject, organisation, text, dates, year or section."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated, Any

import typer

from pipeline.cli.app import (
    DbOption,
    Kind,
    app,
    configuration_errors,
    open_store,
    parse_date,
    table_width,
)
from pipeline.display import format_value, shorten


class YearSource(StrEnum):
    """Where a figure's year came from, most certain first (docs/design-notes.md, "Which year")."""

    clause = "clause"
    sentence = "sentence"
    article = "article"
    title = "title"
    published = "published"
    span = "span"  # a total over several years: no year


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


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
    section: Annotated[
        list[str] | None,
        typer.Option(
            "--section",
            help="Only figures of this section (title, subtitle, lead, body, caption; "
            "repeatable). Default: all but captions and related-article lists.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Find figures by kind, metric, subject, organisation, text, dates or year."""
    with configuration_errors():
        from pipeline.store.query import ASIDE_SECTIONS, FigureFilter, query_figures

        flt = FigureFilter(
            kind=None if kind is None else kind.value,
            metric=metric,
            subject=subject,
            org=org,
            text=text,
            since=parse_date(since, "--since"),
            until=parse_date(until, "--until"),
            year=year,
            year_source=None if year_source is None else year_source.value,
            sections=tuple(section) if section else None,
            exclude_sections=() if section else ASIDE_SECTIONS,
        )
        with open_store(db) as store:
            rows = query_figures(store, flt, limit=limit)
    if fmt is QueryFormat.json:
        from pipeline.store.export import to_json

        typer.echo(to_json(rows))
    elif fmt is QueryFormat.csv:
        from pipeline.store.export import write_rows_csv

        write_rows_csv(rows, sys.stdout)
    else:
        _print_table(rows)


_TABLE_HEADER = (
    "org",
    "date",
    "kind",
    "value",
    "metric/subject",
    "section",
    "surface",
    "sentence",
)
#: The sentence column is never narrower than this; below it the surface column (which the
#: sentence shows in bold anyway) is left out.
_MIN_SENTENCE = 24


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
                row.get("section") or "",
                row.get("surface") or "",
                row.get("sentence") or "",
            ]
        )
    # Piped output has no terminal width to fit: keep whole lines there rather than Rich's 80.
    wide = table_width()
    console = Console(width=wide)
    header = list(_TABLE_HEADER)
    widths = [max([cell_len(h), *(cell_len(c[i]) for c in cells)]) for i, h in enumerate(header)]

    def room() -> int:  # cells left for the sentence: 3 per column for borders and padding
        return console.width - sum(widths[:-1]) - 3 * len(header) - 1

    drop_surface = room() < _MIN_SENTENCE
    if drop_surface:
        del header[6], widths[6]
    table = Table()
    for name in header:
        table.add_column(name, justify="right" if name == "value" else "left", no_wrap=True)
    for c in cells:
        sentence = Text(shorten(c[7], c[6], max(room(), _MIN_SENTENCE)))
        if c[6]:
            sentence.highlight_words([c[6]], style="bold")
        table.add_row(*(c[:6] if drop_surface else c[:7]), sentence)
    console.print(table)
    console.print(f"{len(rows)} figure{'' if len(rows) == 1 else 's'}", style="dim")
