"""Exports of the store: JSONL (one article a line, the format of DESIGN.md) and CSV (one
figure a row). Values leave exactly as stored: a Decimal is written as its own digits, never
through a float."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.store.db import Store
from pipeline.store.query import FIGURE_COLUMNS, iter_figure_rows
from schemas.models import (
    ArticleRow,
    FigureRow,
    ProgramRow,
    SectionRow,
    SentenceRow,
    decimal_text,
)

_ARTICLE_PAGE = 500
# A figure in JSONL: the figure columns of a flat row (everything from `kind` on).
_FIGURE_FIELDS = FIGURE_COLUMNS[FIGURE_COLUMNS.index("kind") :]
_PROGRAM_FIELDS = ("name", "section", "start", "end", "sentence")


def to_json(value: Any) -> str:
    """JSON text with Decimals as exact JSON numbers (422220000000, 60.8, never 4.2222E+11 or
    a rounded float), dates in ISO 8601, and Korean left readable."""
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, dict):
        items = (
            f"{json.dumps(str(k), ensure_ascii=False)}: {to_json(v)}" for k, v in value.items()
        )
        return "{" + ", ".join(items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(to_json(v) for v in value) + "]"
    if isinstance(value, datetime | date):
        return json.dumps(value.isoformat())
    return json.dumps(value, ensure_ascii=False)


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p]


def _text_sections(article: ArticleRow, sections: list[SectionRow]) -> dict[str, Any]:
    by_name: dict[str, list[str]] = defaultdict(list)
    for s in sections:
        by_name[s.name].extend(_paragraphs(s.text))
    title = "\n".join(by_name["title"]) or article.title or ""
    subtitle = "\n".join(by_name["subtitle"]) or article.subtitle
    return {
        "title": title,
        "subtitle": subtitle,
        "lead": by_name["lead"],
        "body": by_name["body"],
        "captions": by_name["caption"],
    }


def _grouped(session: Session, model: Any, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Figures or programs of some articles, each as a dict with its sentence text."""
    fields = _FIGURE_FIELDS if model is FigureRow else _PROGRAM_FIELDS
    stmt = (
        select(model, SentenceRow.text)
        .outerjoin(SentenceRow, model.sentence_id == SentenceRow.id)
        .where(model.article_id.in_(ids))
        .order_by(model.article_id, model.position)
    )
    grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for item, sentence in session.execute(stmt):
        record = {f: (sentence or "") if f == "sentence" else getattr(item, f) for f in fields}
        grouped[item.article_id].append(record)
    return grouped


def iter_article_records(store: Store, *, with_text: bool = False) -> Iterator[dict]:
    """One dict per article, ordered by article id, in the JSONL line format of DESIGN.md.
    `id` is the input's own id when it had one, else the article key."""
    with store.session() as session:
        last_id = 0
        while True:
            articles = session.scalars(
                select(ArticleRow)
                .where(ArticleRow.id > last_id)
                .order_by(ArticleRow.id)
                .limit(_ARTICLE_PAGE)
            ).all()
            if not articles:
                return
            ids = [a.id for a in articles]
            figures = _grouped(session, FigureRow, ids)
            programs = _grouped(session, ProgramRow, ids)
            sections: dict[int, list[SectionRow]] = defaultdict(list)
            if with_text:
                stmt = (
                    select(SectionRow)
                    .where(SectionRow.article_id.in_(ids))
                    .order_by(SectionRow.article_id, SectionRow.position)
                )
                for s in session.scalars(stmt):
                    sections[s.article_id].append(s)
            for a in articles:
                record: dict[str, Any] = {
                    "id": a.external_id if a.external_id is not None else a.key,
                    "url": a.url,
                    "title": a.title,
                    "published_at": a.published_at.isoformat() if a.published_at else None,
                    "org": a.org,
                    "figures": figures[a.id],
                    "programs": programs[a.id],
                }
                if with_text:
                    record["author"] = a.author
                    record["sections"] = _text_sections(a, sections[a.id])
                yield record
            last_id = ids[-1]
            session.expunge_all()  # keep memory flat over millions of articles


def write_jsonl(store: Store, out: TextIO, *, with_text: bool = False) -> int:
    """Write one JSON line per article; returns the number of lines."""
    lines = 0
    for record in iter_article_records(store, with_text=with_text):
        out.write(to_json(record))
        out.write("\n")
        lines += 1
    return lines


def csv_value(value: Any) -> str:
    """A cell as pandas and R read it back: exact decimals, ISO dates, true/false, empty for
    missing."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def write_rows_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Flat figure rows (see pipeline.store.query) as CSV with a header; returns the data rows."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIGURE_COLUMNS)
    count = 0
    for row in rows:
        writer.writerow([csv_value(row.get(c)) for c in FIGURE_COLUMNS])
        count += 1
    return count


def write_csv(store: Store, out: TextIO) -> int:
    """One row per figure with its article's columns, in article order; returns the rows."""
    return write_rows_csv(iter_figure_rows(store, order="article"), out)


# --- Parquet ----------------------------------------------------------------------------------

#: Rows per Parquet record batch: enough for good compression, few enough to keep memory flat.
_PARQUET_BATCH = 50_000


def parquet_schema() -> Any:
    """The Arrow schema of the Parquet export: the CSV's columns with their own types; values
    as decimal128 with the store's precision and scale, so that they stay exact."""
    import pyarrow as pa

    from schemas.models import NUMERIC_PRECISION, NUMERIC_SCALE

    value = pa.decimal128(NUMERIC_PRECISION, NUMERIC_SCALE)
    types = {
        "article_id": pa.int64(),
        "published_at": pa.timestamp("us", tz="Asia/Seoul"),
        "value": value,
        "value_max": value,
        "start": pa.int32(),
        "end": pa.int32(),
        "approx": pa.bool_(),
        "is_target": pa.bool_(),
        "year": pa.int32(),
    }
    return pa.schema([(c, types.get(c, pa.string())) for c in FIGURE_COLUMNS])


def write_parquet(store: Store, out_dir: Path) -> int:
    """Every figure with its article's columns as a Parquet dataset in `out_dir`, partitioned
    by the figure's year (hive style: `year=2021/`, figures without a year under
    `year=__HIVE_DEFAULT_PARTITION__/`); returns the rows. Needs pyarrow."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    schema = parquet_schema()
    written = 0

    def batches() -> Iterator[Any]:
        nonlocal written
        rows: list[dict[str, Any]] = []
        for row in iter_figure_rows(store, order="article"):
            rows.append(row)
            if len(rows) >= _PARQUET_BATCH:
                written += len(rows)
                yield pa.RecordBatch.from_pylist(rows, schema=schema)
                rows = []
        written += len(rows)
        yield pa.RecordBatch.from_pylist(rows, schema=schema)

    ds.write_dataset(
        pa.RecordBatchReader.from_batches(schema, batches()),
        out_dir,
        format="parquet",
        partitioning=ds.partitioning(pa.schema([("year", pa.int32())]), flavor="hive"),
        existing_data_behavior="error",
    )
    return written
