"""Alembic migrations of the store (run by pipeline.store.Store.open)."""
