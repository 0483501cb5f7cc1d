"""`sutja eval`: run the pipeline over a gold file and score it (extractors.scoring).

Each gold line is read by the same JSONL reader as `sutja extract` input and goes through the same
clean → extract_article path, so a score measures what users get. Gold numbers are parsed with
`parse_float=Decimal`, so that `60.8` stays exactly 60.8.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from extractors.scoring import Evaluation, Mention, mention_from_gold
from pipeline.read.inputs import read_jsonl
from schemas.records import Failure, RawDocument


class GoldError(ValueError):
    """A gold file that cannot be used; the message names the file and line."""


@dataclass(slots=True)
class GoldArticle:
    id: str
    raw: RawDocument | Failure  # as `sutja extract` would read the same line
    figures: list[Mention]
    programs: list[str]


def read_gold(path: str | Path) -> list[GoldArticle]:
    """Every article of a gold JSONL file; raises GoldError for a file or line that is unusable."""
    path = Path(path)
    try:
        lines = [
            (n, line)
            for n, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1)
            if line.strip()
        ]
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"cannot read gold file {path}: {exc}") from exc
    records = [_gold_record(path, n, line) for n, line in lines]
    # The reader yields exactly one item per non-blank line, in order.
    inputs = list(read_jsonl(path))
    if len(inputs) != len(records):
        raise GoldError(f"{path}: the JSONL reader saw {len(inputs)} lines, not {len(records)}")
    if not records:
        raise GoldError(f"{path}: no articles")
    return [
        GoldArticle(
            id=str(record.get("id") or f"line {n}"),
            raw=raw,
            figures=_gold_figures(path, n, record),
            programs=_gold_programs(path, n, record),
        )
        for (n, _), record, raw in zip(lines, records, inputs, strict=True)
    ]


def evaluate(path: str | Path) -> Evaluation:
    """Clean and extract every gold article, then score predictions against the annotations."""
    # Imported here so that reading a gold file does not load spaCy and Kiwi.
    from pipeline.run.engine import clean_task, extract_task

    evaluation = Evaluation()
    for gold in read_gold(path):
        predicted: list[Mention] = []
        programs: list[str] = []
        note = None
        result: Any = gold.raw
        if isinstance(result, RawDocument):
            result = clean_task(result)
        if not isinstance(result, Failure):
            result = extract_task(result)
        if isinstance(result, Failure):
            note = f"not scored as predicted: {result.stage} failed: {result.error}"
        else:
            predicted = [
                Mention(
                    f.kind,
                    f.value,
                    f.unit,
                    f.surface,
                    f.section,
                    f.metric,
                    f.subject,
                    f.is_target,
                    f.year,
                )
                for f in result.figures
            ]
            programs = [p.name for p in result.programs]
        evaluation.add_article(gold.id, predicted, gold.figures, programs, gold.programs, note)
    return evaluation


def _gold_record(path: Path, n: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}:{n}: not JSON: {exc.msg}") from exc
    if not isinstance(record, dict):
        raise GoldError(f"{path}:{n}: a gold line must be a JSON object")
    return record


def _gold_figures(path: Path, n: int, record: dict[str, Any]) -> list[Mention]:
    figures = record.get("figures") or []
    if not isinstance(figures, list):
        raise GoldError(f"{path}:{n}: 'figures' must be a list")
    try:
        return [mention_from_gold(f) for f in figures]
    except ValueError as exc:
        raise GoldError(f"{path}:{n}: {exc}") from exc


def _gold_programs(path: Path, n: int, record: dict[str, Any]) -> list[str]:
    programs = record.get("programs") or []
    if not isinstance(programs, list):
        raise GoldError(f"{path}:{n}: 'programs' must be a list")
    names = []
    for p in programs:
        name = p.get("name") if isinstance(p, dict) else p
        if not isinstance(name, str):
            raise GoldError(f"{path}:{n}: a program must be a name or {{'name': …}}: {p!r}")
        names.append(name)
    return names
