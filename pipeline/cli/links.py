"""`sutja links` (what a board's list page holds, read without a profile)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.app import UsageError, app, configuration_errors, table_width

#: Exit code when the page shows no article rows a crawl could use.
EXIT_NO_ROWS = 1


@app.command()
def links(
    page: Annotated[
        str,
        typer.Argument(
            metavar="PAGE_OR_URL",
            help="A saved list page (HTML file) or the address of one (fetched politely).",
            show_default=False,
        ),
    ],
    url: Annotated[
        str | None,
        typer.Option(
            "--url",
            help="The page's address, when PAGE is a saved file (links are resolved "
            "against it; default: the page's canonical or og:url).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str,
        typer.Option(
            "--format",
            help="`table` (for people, with the reasons) or `jsonl` (one link a line: url, "
            "kind article|next, title, date).",
        ),
    ] = "table",
) -> None:
    """List a board's article links, their titles and dates, and its next page, as read from
    the list page alone; and say which rows were taken and why. Exit 1 when the page has no
    article rows a crawl could use (the message says what the page does instead)."""
    if output not in ("table", "jsonl"):
        raise UsageError(f"--format must be table or jsonl, not {output!r}")
    with configuration_errors():
        from pipeline.read.decode import decode_page
        from pipeline.scrape.board import iter_rows, page_address, read_board
        from pipeline.scrape.fetch import FetchPolicy, contact_from_env
        from pipeline.scrape.jobs import JobError, fetch_board

        path = Path(page)
        if "://" not in page:
            if not path.is_file():
                raise UsageError(f"{page}: no such file (give a saved page or an http(s) URL)")
            text = decode_page(path.read_bytes()).text  # decoded once for both readers
            address = url or page_address(text)
            if address is None:
                raise UsageError(f"{page}: give --url, the address the page was saved from")
            board = read_board(text, address)
        else:
            if url is not None:
                raise UsageError("--url is for a saved page; PAGE is already a URL")
            try:
                board = fetch_board(page, FetchPolicy(contact_url=contact_from_env()))
            except JobError as exc:
                raise UsageError(str(exc)) from None
    if output == "jsonl":
        for row in iter_rows(board):
            typer.echo(json.dumps(row, ensure_ascii=False))
        for line in board.why:
            typer.echo(f"# {line}", err=True)
    else:
        _print_table(board)
    if board.problem:
        typer.echo(f"sutja: {board.url}: {board.problem}", err=True)
    if not board.links:
        raise typer.Exit(EXIT_NO_ROWS)


def _print_table(board: object) -> None:
    from rich.console import Console
    from rich.table import Table

    wide = table_width()
    table = Table()
    for name in ("#", "date", "title", "url"):
        table.add_column(name, overflow="fold")
    for index, link in enumerate(board.links, 1):  # type: ignore[attr-defined]
        day = link.date.isoformat() if link.date else ""
        table.add_row(str(index), day, link.title, link.url)
    console = Console(width=wide)
    console.print(table)
    console.print(f"next: {board.next_url or '-'}")  # type: ignore[attr-defined]
    for line in board.why:  # type: ignore[attr-defined]
        console.print(f"why: {line}", style="dim", markup=False)
