"""The `sutja` command line: parses arguments, calls the library, prints, picks the exit code.

One module per group of commands (`extract` + `export`, `query`, `evaluate`, `scrape` +
`sites`, `links`); `app` holds what they share (the Typer app, `--db`, the store, exit-2
errors). No logic of its own lives here: cleaning, extraction, storage and crawling are
library calls that tests and notebooks make too.

Exit codes: 0 success; 1 some inputs failed (recorded in the store's failures, the rest stored);
2 usage or configuration error (bad option or value, missing file, unreachable or invalid
database). Expected errors print one line on stderr, never a traceback.

Heavy modules (spaCy, Kiwi, SQLAlchemy) are imported inside the commands, so that `--help` and
usage errors answer at once.
"""

from __future__ import annotations

# Importing a command module registers its commands on `app`.
from pipeline.cli import desk, evaluate, extract, links, query, scrape  # noqa: F401
from pipeline.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point (`sutja`)."""
    app()
