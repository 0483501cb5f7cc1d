"""`sutja extract` (inputs → store) and `sutja export` (store → CSV or JSONL)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.app import (
    MAX_FAILURES_SHOWN,
    DbOption,
    UsageError,
    app,
    configuration_errors,
    open_store,
    output_file,
)


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


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
        int,
        typer.Option(
            "--workers",
            min=1,
            help="Kiwi analysis threads, beside the thread that cleans, extracts and writes "
            "(with --cluster: per worker).",
        ),
    ] = 1,
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster",
            help="Run on a Dask cluster: tcp://HOST:8786 (a running scheduler) or local:N "
            "(N worker processes on this machine). Workers write to --db.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Extract figures and programs from PATH... into the store.

    Prints one summary line, then each failed input (source, stage, error). Exit 1 when any
    input failed; inputs that are simply not articles (empty text, a list page) are counted
    as not-article and do not make the run fail.
    """
    with configuration_errors():
        inputs = [str(p) for p in paths]
        with open_store(db, create=True) as store:
            if cluster is None:
                # Kiwi's model before the engine's imports (spaCy, the rules): while it loads the
                # model holds ~20 MB more than it keeps, which then does not come on top of
                # spaCy's ~70 MB (the peak memory of a run; docs/scale.md).
                from pipeline.nlp import kiwi

                kiwi(workers)
                from pipeline.run.engine import run_extract

                summary = run_extract(inputs, store, workers=workers, progress=sys.stderr.isatty())
            else:
                from pipeline.run.cluster import ClusterError, run_extract_cluster
                from pipeline.store.db import resolve_db_url

                try:
                    summary = run_extract_cluster(
                        inputs,
                        store,
                        resolve_db_url(db),
                        cluster,
                        threads=workers,
                        progress=sys.stderr.isatty(),
                    )
                except ClusterError as exc:
                    raise UsageError(str(exc)) from exc
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
        typer.Option(
            "--format",
            help="csv: one row per figure; jsonl: one line per article; parquet: a folder of "
            "figure rows partitioned by year (needs --out).",
        ),
    ],
    db: DbOption = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="File to write (default: standard output); with parquet, a new folder.",
            show_default=False,
        ),
    ] = None,
    text: Annotated[
        bool, typer.Option("--text", help="jsonl only: add author and the article's sections.")
    ] = False,
) -> None:
    """Export the store: every article with its figures and programs."""
    with configuration_errors():
        if text and fmt is not ExportFormat.jsonl:
            raise UsageError("--text works with --format jsonl only")
        if fmt is ExportFormat.parquet:
            n = _export_parquet(db, out)
            typer.echo(f"wrote {n} rows to {out}", err=True)
            return
        from pipeline.store.export import write_csv, write_jsonl

        with (
            open_store(db) as store,
            output_file(out, "" if fmt is ExportFormat.csv else None) as f,
        ):
            if fmt is ExportFormat.csv:
                n = write_csv(store, f)
            else:
                n = write_jsonl(store, f, with_text=text)
    if out is not None:
        typer.echo(
            f"wrote {n} {'rows' if fmt is ExportFormat.csv else 'articles'} to {out}", err=True
        )


def _export_parquet(db: str | None, out: Path | None) -> int:
    if out is None:
        raise UsageError("--format parquet writes a folder: give it with --out DIR")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UsageError(f"--out {out} must be a new or empty folder for --format parquet")
    try:
        from pipeline.store.export import write_parquet
    except ImportError as exc:
        raise UsageError(
            f"--format parquet needs pyarrow: pip install 'sutja[parquet]' ({exc})"
        ) from exc
    with open_store(db) as store:
        return write_parquet(store, out)
