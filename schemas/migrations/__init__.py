"""Alembic migrations of the store (run by pipeline.store.db.Store.open)."""
