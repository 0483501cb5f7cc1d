"""The desk's database: a SQLite file built from the store (SQLite or PostgreSQL), shaped for
reading. Figures carry their article's title, date, organisation and URL and the year a trend
puts them in; sentences and figures get a Korean full-text index (see `search`); sections keep
the cleaned text the article view highlights. The store itself is never written, and the copy
is rebuilt whole, so a desk never shows half an update."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from pipeline.serve.search import search_words
from pipeline.store.db import Store
from schemas.models import (
    ArticleRow,
    FigureRow,
    ProgramRow,
    SectionRow,
    SentenceRow,
    SiteRow,
)

SCHEMA = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY, title TEXT, subtitle TEXT, author TEXT, org TEXT,
    published_at TEXT, published_date TEXT, url TEXT, site TEXT,
    figures INTEGER NOT NULL, programs INTEGER NOT NULL
);
CREATE TABLE sections (
    id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),
    name TEXT NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE TABLE sentences (
    id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),
    org TEXT, published_date TEXT, title TEXT, section TEXT NOT NULL,
    start INTEGER, "end" INTEGER, text TEXT NOT NULL
);
CREATE TABLE figures (
    id INTEGER PRIMARY KEY, org TEXT, published_date TEXT, title TEXT,
    kind TEXT NOT NULL, value NUMERIC NOT NULL, unit TEXT NOT NULL, surface TEXT NOT NULL,
    metric TEXT, subject TEXT, is_target INTEGER NOT NULL, year INTEGER, trend_year INTEGER,
    section TEXT NOT NULL, sentence TEXT,
    article_id INTEGER NOT NULL REFERENCES articles(id), url TEXT,
    value_max NUMERIC, approx INTEGER NOT NULL, qualifier TEXT,
    sentence_id INTEGER REFERENCES sentences(id), start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE programs (
    id INTEGER PRIMARY KEY, org TEXT, published_date TEXT, title TEXT, name TEXT NOT NULL,
    section TEXT NOT NULL, sentence TEXT, article_id INTEGER NOT NULL REFERENCES articles(id),
    sentence_id INTEGER REFERENCES sentences(id), start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    position INTEGER NOT NULL
);
CREATE INDEX ix_sections_article ON sections(article_id, position);
CREATE INDEX ix_figures_article ON figures(article_id, position);
CREATE INDEX ix_figures_org ON figures(org, trend_year);
CREATE INDEX ix_figures_sentence ON figures(sentence_id);
CREATE INDEX ix_programs_article ON programs(article_id, position);
CREATE INDEX ix_programs_sentence ON programs(sentence_id);
CREATE INDEX ix_sentences_article ON sentences(article_id);
-- Contentless: the words and morphemes are only in the index, not shown as a column.
CREATE VIRTUAL TABLE figures_fts USING fts5(words, content='', tokenize='unicode61');
CREATE VIRTUAL TABLE sentences_fts USING fts5(words, content='', tokenize='unicode61');
"""

_BATCH = 1000


def _exact(value: Decimal | None) -> int | str | None:
    """What SQLite keeps exactly: integers as integers, other decimals as their text (stored
    with NUMERIC affinity, as the store does)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else format(value, "f")


def _batches(rows: Iterable[Any]) -> Iterable[list[Any]]:
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def build_desk(store: Store, path: Path) -> dict[str, int]:
    """Write the desk database for `store` to `path` (replaced atomically); returns row counts."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    out = sqlite3.connect(partial)
    try:
        out.executescript(SCHEMA)
        counts = _copy(store, out)
        out.commit()
    finally:
        out.close()
    os.replace(partial, path)
    return counts


def _copy(store: Store, out: sqlite3.Connection) -> dict[str, int]:
    # Rows go in by batches (executemany): one statement per row made large stores slow.
    articles: dict[int, tuple[str | None, str | None, str | None, str | None, int | None]] = {}
    with store.session() as session:
        stmt = (
            select(ArticleRow, SiteRow.name)
            .outerjoin(SiteRow, ArticleRow.site_id == SiteRow.id)
            .order_by(ArticleRow.id)
        )
        for batch in _batches(session.execute(stmt.execution_options(yield_per=_BATCH))):
            rows = []
            for article, site in batch:
                published = article.published_at
                day = published.date().isoformat() if published else None
                articles[article.id] = (
                    article.org,
                    day,
                    article.title,
                    article.url,
                    published.year if published else None,
                )
                rows.append(
                    (
                        article.id,
                        article.title,
                        article.subtitle,
                        article.author,
                        article.org,
                        published.isoformat() if published else None,
                        day,
                        article.url,
                        site,
                    )
                )
            out.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)", rows)
        sections = session.scalars(select(SectionRow).execution_options(yield_per=_BATCH))
        for batch in _batches(sections):
            out.executemany(
                "INSERT INTO sections VALUES (?, ?, ?, ?, ?)",
                [(s.id, s.article_id, s.name, s.position, s.text) for s in batch],
            )
        sentences = session.scalars(select(SentenceRow).execution_options(yield_per=_BATCH))
        sentence_text: dict[int, str] = {}
        sentence_words: dict[int, str] = {}
        for batch in _batches(sentences):
            words = search_words(s.text for s in batch)
            rows, index = [], []
            for s, w in zip(batch, words, strict=True):
                org, day, title, _url, _year = articles[s.article_id]
                sentence_text[s.id] = s.text
                sentence_words[s.id] = w
                rows.append(
                    (s.id, s.article_id, org, day, title, s.section, s.start, s.end, s.text)
                )
                index.append((s.id, w))
            out.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            out.executemany("INSERT INTO sentences_fts(rowid, words) VALUES (?, ?)", index)
        figures = session.scalars(select(FigureRow).execution_options(yield_per=_BATCH))
        for batch in _batches(figures):
            rows, index = [], []
            for f in batch:
                org, day, title, url, published_year = articles[f.article_id]
                sentence = sentence_text.get(f.sentence_id) if f.sentence_id else None
                rows.append(
                    (
                        f.id,
                        org,
                        day,
                        title,
                        f.kind,
                        _exact(f.value),
                        f.unit,
                        f.surface,
                        f.metric,
                        f.subject,
                        int(f.is_target),
                        f.year,
                        f.year if f.year is not None else published_year,
                        f.section,
                        sentence,
                        f.article_id,
                        url,
                        _exact(f.value_max),
                        int(f.approx),
                        f.qualifier,
                        f.sentence_id,
                        f.start,
                        f.end,
                        f.position,
                    )
                )
                # A figure is found by the words of its sentence (its surface when it has none).
                index.append((f.id, sentence_words.get(f.sentence_id or 0) or f.surface))
            out.executemany(
                "INSERT INTO figures VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            out.executemany("INSERT INTO figures_fts(rowid, words) VALUES (?, ?)", index)
        programs = session.scalars(select(ProgramRow).execution_options(yield_per=_BATCH))
        for batch in _batches(programs):
            rows = []
            for p in batch:
                org, day, title, _url, _year = articles[p.article_id]
                sentence = sentence_text.get(p.sentence_id) if p.sentence_id else None
                rows.append(
                    (
                        p.id,
                        org,
                        day,
                        title,
                        p.name,
                        p.section,
                        sentence,
                        p.article_id,
                        p.sentence_id,
                        p.start,
                        p.end,
                        p.position,
                    )
                )
            out.executemany(
                "INSERT INTO programs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
            )
    out.execute(
        "UPDATE articles SET "
        "figures = (SELECT COUNT(*) FROM figures f WHERE f.article_id = articles.id), "
        "programs = (SELECT COUNT(*) FROM programs p WHERE p.article_id = articles.id)"
    )
    return {
        table: out.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("articles", "sections", "sentences", "figures", "programs")
    }
