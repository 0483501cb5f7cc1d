"""Alembic migrations of the store (run by pipeline.store.db.Store.open)."""

#: The newest revision in versions/. A store at it needs no migrating, and `Store.open` leaves
#: Alembic unimported (tests/test_store.py checks that this is Alembic's head). A new, empty
#: database is created from the models and stamped with it, without Alembic either.
HEAD = "0003"

#: PostgreSQL advisory lock held while a database's schema is created or migrated, so that two
#: processes opening a fresh database at once do not both create the tables. Any constant will
#: do: it only has to be the same for every sutja process.
PG_MIGRATION_LOCK = 0x5D7A_0001
