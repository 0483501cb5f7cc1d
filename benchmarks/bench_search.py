"""Korean search for the desk: FTS5 trigram vs a column of Kiwi morphemes, on the corpus.

    .venv/bin/python benchmarks/bench_search.py [--queries 200]

Sentences: every section of every article in ../shared/corpus/text (cleaned as `sutja extract`
cleans them), split by Kiwi. Queries: the most frequent nouns (NNG/NNP, two syllables or more)
Kiwi finds in those sentences. A sentence is relevant to a query when it contains the query as
a substring — what a reader expects, inflected and compound forms included (`일자리를`,
`청년일자리`). Each index is built in its own SQLite file, so sizes compare; searches go
through FTS5 MATCH with the query quoted as Datasette quotes it.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "corpus" / "text"


def corpus_sentences() -> list[str]:
    from pipeline.clean import clean
    from pipeline.nlp import kiwi
    from pipeline.read.inputs import iter_raw_documents
    from schemas.records import Failure

    texts = []
    for raw in iter_raw_documents([CORPUS]):
        if isinstance(raw, Failure):
            continue
        try:
            article = clean(raw)
        except Exception:  # a page the cleaner refuses is not a sentence source
            continue
        texts.extend(line for s in article.sections for line in s.text.split("\n") if line)
    return [s.text for text in texts for s in kiwi().split_into_sents(text)]


def build(path: Path, sentences: list[str], tokenizer: str, column: list[str]) -> float:
    started = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute(f"CREATE VIRTUAL TABLE fts USING fts5(words, tokenize='{tokenizer}')")
    db.executemany("INSERT INTO fts(rowid, words) VALUES (?, ?)", enumerate(column))
    db.commit()
    db.execute("VACUUM")
    db.close()
    return time.perf_counter() - started


def search(path: Path, query: str) -> set[int]:
    db = sqlite3.connect(path)
    try:
        return {r[0] for r in db.execute("SELECT rowid FROM fts WHERE fts MATCH ?", [f'"{query}"'])}
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"no corpus at {CORPUS}")
    from pipeline.nlp import kiwi
    from pipeline.serve.search import search_words

    sentences = corpus_sentences()
    nouns: Counter[str] = Counter()
    for tokens in kiwi().tokenize(sentences):
        nouns.update(t.form for t in tokens if t.tag in ("NNG", "NNP") and len(t.form) >= 2)
    queries = [q for q, _ in nouns.most_common(args.queries)]
    print(
        f"{len(sentences)} sentences, {len(queries)} queries "
        f"({sum(len(q) == 2 for q in queries)} of two syllables)"
    )

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        morphs = list(search_words(sentences))
        analysis = time.perf_counter() - started
        indexes = {
            "trigram": (Path(tmp) / "trigram.db", "trigram", sentences, 0.0),
            "kiwi": (Path(tmp) / "kiwi.db", "unicode61", morphs, analysis),
        }
        for name, (path, tokenizer, column, extra) in indexes.items():
            seconds = build(path, sentences, tokenizer, column) + extra
            stats = {"2": [0, 0, 0], "3+": [0, 0, 0]}  # relevant, found, found & relevant
            started = time.perf_counter()
            for q in queries:
                relevant = {i for i, s in enumerate(sentences) if q in s}
                found = search(path, q)
                group = stats["2" if len(q) == 2 else "3+"]
                group[0] += len(relevant)
                group[1] += len(found)
                group[2] += len(found & relevant)
            per_query = (time.perf_counter() - started) / len(queries) * 1000
            print(
                f"\n{name}: build {seconds:.1f} s, index {path.stat().st_size / 1e6:.2f} MB, "
                f"{per_query:.1f} ms a query (with the substring scan)"
            )
            for group, (relevant, found, hit) in stats.items():
                recall = hit / relevant if relevant else 1.0
                precision = hit / found if found else 1.0
                print(
                    f"  {group:>2}-syllable queries: recall {recall:.3f} ({hit}/{relevant}), "
                    f"precision {precision:.3f} ({hit}/{found})"
                )


if __name__ == "__main__":
    main()
