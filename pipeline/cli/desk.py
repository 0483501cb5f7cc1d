"""`sutja serve` (the journalists' desk in a browser) and `sutja trend` (one row per year)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.app import DbOption, Kind, UsageError, app, configuration_errors, open_store


@app.command()
def serve(
    db: DbOption = None,
    port: Annotated[
        int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")
    ] = 8001,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (127.0.0.1: this machine only).")
    ] = "127.0.0.1",
) -> None:
    """Serve the desk: browse, search and chart the figures, and read each in its article."""
    with configuration_errors():
        from pipeline.serve.desk import build_desk

        workdir = Path(tempfile.mkdtemp(prefix="sutja-desk-"))
        desk_db = workdir / "sutja.db"
        with open_store(db) as store:
            counts = build_desk(store, desk_db)
    from pipeline.serve.app import serve as run

    typer.echo(
        f"숫자 데스크: http://{host}:{port}/ ({counts['articles']} articles, "
        f"{counts['figures']} figures; Ctrl-C to stop)",
        err=True,
    )
    try:
        run(desk_db, host, port)
    finally:
        desk_db.unlink(missing_ok=True)
        workdir.rmdir()


@app.command()
def trend(
    org: Annotated[str, typer.Option("--org", help="The organisation, exactly: 천안시.")],
    db: DbOption = None,
    metric: Annotated[
        str | None, typer.Option("--metric", help="A rate, exactly: 고용률.", show_default=False)
    ] = None,
    subject: Annotated[
        str | None,
        typer.Option("--subject", help="What is counted, exactly: 일자리.", show_default=False),
    ] = None,
    kind: Annotated[
        Kind | None,
        typer.Option(
            "--kind",
            help="Kind of figure (default: percent with --metric, count with --subject).",
            show_default=False,
        ),
    ] = None,
    section: Annotated[
        list[str] | None,
        typer.Option(
            "--section",
            help="Only figures of this section (repeatable). Default: all but captions and "
            "related-article lists.",
            show_default=False,
        ),
    ] = None,
    plot: Annotated[
        Path | None,
        typer.Option(
            "--plot", help="Also draw the chart to FILE.svg or FILE.png.", show_default=False
        ),
    ] = None,
) -> None:
    """One row per year: the target and the achieved value, each with its source article."""
    with configuration_errors():
        if (metric is None) == (subject is None):
            raise UsageError("give exactly one of --metric and --subject")
        if plot is not None and plot.suffix.lower() not in (".svg", ".png"):
            raise UsageError(f"--plot writes .svg or .png files, not {plot.name!r}")
        from pipeline.store.query import trend_figure_rows
        from pipeline.trend import default_kind, trend_rows

        chosen = kind.value if kind else default_kind(metric)
        with open_store(db) as store:
            figures = trend_figure_rows(
                store,
                org=org,
                kind=chosen,
                metric=metric,
                subject=subject,
                sections=tuple(section) if section else None,
            )
        rows = trend_rows(figures)
        title = f"{org} {metric or subject} 추이"
        if plot is not None:
            _plot(rows, title, plot)
    _print_trend(rows)
    if plot is not None:
        typer.echo(f"wrote {plot}", err=True)


def _plot(rows: list, title: str, path: Path) -> None:
    from pipeline.chart import trend_png, trend_svg

    try:
        if path.suffix.lower() == ".svg":
            path.write_text(trend_svg(rows, title) + "\n", encoding="utf-8")
        else:
            path.write_bytes(trend_png(rows, title))
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _print_trend(rows: list) -> None:
    from rich.console import Console
    from rich.table import Table

    from pipeline.display import format_value

    table = Table()
    for name in ("year", "target", "source", "achieved", "source"):
        table.add_column(name, justify="right" if name in ("target", "achieved") else "left")

    def source(point) -> str:
        if point is None:
            return ""
        others = f" (+{point.others} more)" if point.others else ""
        where = point.url or f"article {point.article_id}"
        return f"{point.published or ''} {point.title or ''} <{where}>{others}"

    for r in rows:
        table.add_row(
            str(r.year),
            format_value(r.target.value, r.target.unit) if r.target else "",
            source(r.target),
            format_value(r.achieved.value, r.achieved.unit) if r.achieved else "",
            source(r.achieved),
        )
    Console(width=None if sys.stdout.isatty() else 200).print(table)
    typer.echo(f"{len(rows)} year{'' if len(rows) == 1 else 's'}")
