"""Store: `Extraction`s in, tables out; the one place that knows the database.

    Extraction ──Store.save()──► SQLite / PostgreSQL ──query / export──► rows, CSV, JSONL

- `db`: opening a store by URL (migrations applied), saving articles idempotently, runs and
  failures;
- `query`: figures with their article's columns, filtered (`sutja query`);
- `export`: the whole store as CSV (a row per figure) or JSONL (a line per article).
"""

from pipeline.store.db import SaveError, Store, StoreError, resolve_db_url

__all__ = ["SaveError", "Store", "StoreError", "resolve_db_url"]
