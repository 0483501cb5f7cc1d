"""Database fixtures: a SQLite file per test, and a PostgreSQL schema per test on the server of
this machine ($SUTJA_TEST_PG). Without a server the PostgreSQL tests skip with the reason,
except under CI=true, where they fail: CI must exercise both databases."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from pipeline.store import Store

DEFAULT_TEST_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _pg_base_url() -> str:
    return os.environ.get("SUTJA_TEST_PG") or DEFAULT_TEST_PG


@pytest.fixture(scope="session")
def _pg_server() -> str | None:
    """None when the server answers, else why not."""
    url = _pg_base_url()
    engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        return " ".join(str(getattr(exc, "orig", exc)).split())
    finally:
        engine.dispose()
    return None


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'sutja.db'}"


@pytest.fixture
def pg_url(_pg_server: str | None) -> Iterator[str]:
    """A URL whose connections see only a fresh schema of their own, dropped afterwards."""
    base = _pg_base_url()
    if _pg_server is not None:
        message = f"PostgreSQL not reachable at {base}: {_pg_server}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    schema = f"sutja_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, poolclass=NullPool)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each test that uses it runs once on SQLite and once on PostgreSQL."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store.open(db_url)
    try:
        yield opened
    finally:
        opened.close()
