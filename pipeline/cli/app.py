"""What the commands share: the Typer app, the `--db` option, opening the store, output files and
the errors that end a command with exit 2."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated

import click
import typer
from typer.core import TyperGroup

if TYPE_CHECKING:
    from pipeline.store.db import Store

#: Failures listed after `sutja extract`; the rest are in the store's `failures` table.
MAX_FAILURES_SHOWN = 20

#: The order `sutja --help` lists the commands in (most used first), not the alphabet.
COMMAND_ORDER = ("extract", "export", "query", "trend", "serve", "eval", "scrape", "links", "sites")


class _Commands(TyperGroup):
    def list_commands(self, ctx: click.Context) -> list[str]:
        names = super().list_commands(ctx)
        return sorted(names, key=lambda n: COMMAND_ORDER.index(n) if n in COMMAND_ORDER else 99)


app = typer.Typer(
    name="sutja",
    cls=_Commands,
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


class Kind(StrEnum):
    """The kinds of figure, for the options that pick one."""

    money = "money"
    percent = "percent"
    count = "count"


class UsageError(Exception):
    """A bad value the option parser could not catch; exit 2."""


@contextlib.contextmanager
def configuration_errors() -> Iterator[None]:
    """Turn the errors a user fixes by changing the command or its setting into exit 2."""
    from pipeline.store.db import StoreError

    try:
        yield
    except (StoreError, UsageError) as exc:
        typer.echo(f"sutja: error: {exc}", err=True)
        raise typer.Exit(2) from None


@contextlib.contextmanager
def open_store(db: str | None, *, create: bool = False) -> Iterator[Store]:
    from pipeline.store.db import Store, resolve_db_url

    url = resolve_db_url(db)
    if not create:
        require_sqlite_file(url)
    store = Store.open(url)
    try:
        yield store
    finally:
        store.close()


def require_sqlite_file(url: str) -> None:
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
def output_file(out: Path | None, newline: str | None = None) -> Iterator[IO[str]]:
    if out is None:
        yield sys.stdout
        return
    try:
        handle = out.open("w", encoding="utf-8", newline=newline)
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from exc
    with handle:
        yield handle


def parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} expects a date as YYYY-MM-DD, not {value!r}") from None


PIPE_WIDTH = 160


def table_width() -> int | None:
    """Rich's width for a table: the terminal's, or $COLUMNS; piped output has no terminal
    width to fit, so keep whole lines there rather than Rich's 80."""
    return None if sys.stdout.isatty() or os.environ.get("COLUMNS") else PIPE_WIDTH
