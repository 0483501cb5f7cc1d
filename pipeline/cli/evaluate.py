"""`sutja eval`: the extractors scored on a gold file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pipeline.cli.app import UsageError, app, configuration_errors

if TYPE_CHECKING:
    from extractors.scoring import Evaluation, Mention


@app.command(name="eval")
def eval_(
    gold: Annotated[
        Path,
        typer.Argument(
            exists=True,
            dir_okay=False,
            help="Gold JSONL file (see docs/guideline.md).",
            show_default=False,
        ),
    ],
    details: Annotated[
        bool, typer.Option("--details", help="List each article's missed and spurious items.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score the extractors on a gold file: precision, recall and F1 per kind."""
    with configuration_errors():
        from pipeline.evaluate import GoldError, evaluate

        try:
            evaluation = evaluate(gold)
        except GoldError as exc:
            raise UsageError(str(exc)) from exc
    if as_json:
        typer.echo(json.dumps(evaluation.as_dict(details=details), ensure_ascii=False, indent=2))
        return
    if details:
        _print_details(evaluation)
    _print_scores(evaluation)


def _print_scores(evaluation: Evaluation) -> None:
    from rich.console import Console
    from rich.table import Table

    from extractors.scoring import ROW_LABELS, SCORE_ROWS, TIME_ROWS

    table = Table(title=f"{len(evaluation.articles)} articles")
    for name in ("kind", "gold", "pred", "tp", "P", "R", "F1"):
        table.add_column(name, justify="left" if name == "kind" else "right")
    for row in SCORE_ROWS:
        t = evaluation.tallies[row]
        if row in TIME_ROWS and not t.gold:
            continue  # a gold file labelling no plan or year (../shared/gold's) says nothing
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
        for said, meant in diff.timing:
            typer.echo(
                f"  timing   {said.surface!r} [{said.section}] {_timing(said)}"
                f" (gold: {_timing(meant)})"
            )
        for name, said, meant in diff.context:
            typer.echo(
                f"  {name:<8} {said.surface!r} [{said.section}] "
                f"{getattr(said, name)!r} (gold: {getattr(meant, name)!r})"
            )


def _timing(m: Mention) -> str:
    return f"{'plan' if m.is_target else 'result'} {m.year or 'no year'}"
