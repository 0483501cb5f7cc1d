"""Alembic migrations of the store (run by pipeline.store.db.Store.open)."""

#: The newest revision in versions/. A store at it needs no migrating, and `Store.open` leaves
#: Alembic unimported (tests/test_store.py checks that this is Alembic's head).
HEAD = "0003"
