"""Database fixtures: a SQLite file per test, and a PostgreSQL schema per test on the server of
this machine ($SUTJA_TEST_PG). Without a server the PostgreSQL tests skip with the reason,
except under CI=true, where they fail: CI must exercise both databases. Also the hand-built
Korean extractions that the store tests save."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from pipeline.store.db import Store
from schemas.models import KST
from schemas.records import Article, Extraction, Figure, Program, Section

# Property tests: the default profile is derandomized (the same examples on every run, so CI
# never passes or fails by chance); `make fuzz` loads `fuzz`, a wide random search.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile(
    "fuzz",
    max_examples=3000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every Hypothesis test carries the `property` marker, which `make fuzz` selects."""
    for item in items:
        if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.property)


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


# -- what gets stored: Korean extractions built by hand ----------------------------------------


def _build_extraction(
    sections: list[tuple[str, str]],
    figures: Sequence[dict[str, Any]],
    programs: Sequence[dict[str, Any]] = (),
    *,
    version: str = "1",
    **article_fields: Any,
) -> Extraction:
    """An Extraction whose figure/program offsets are found in the section texts: each spec
    names its section, its sentence and its surface (or name), plus any other field."""
    texts = dict(sections)

    def offsets(section: str, sentence: str, surface: str) -> tuple[int, int]:
        start = texts[section].index(surface, texts[section].index(sentence))
        return start, start + len(surface)

    built_figures = []
    for spec in figures:
        spec = dict(spec)
        start, end = offsets(spec["section"], spec["sentence"], spec["surface"])
        built_figures.append(Figure(start=start, end=end, **spec))
    built_programs = []
    for spec in programs:
        start, end = offsets(spec["section"], spec["sentence"], spec["name"])
        built_programs.append(Program(start=start, end=end, **spec))
    fields: dict[str, Any] = {"source": "test.txt", **article_fields}
    article = Article(sections=[Section(n, t) for n, t in sections], **fields)
    return Extraction(article, built_figures, built_programs, version)


CHEONAN_TITLE = '천안시,"4222억2000만원 투입, 고용률 67% 달성"목표'
CHEONAN_LEAD = (
    "일자리 창출 종합 추진계획 수립, 2만6천개 양질의 일자리 창출 목표\n"
    "첨단산업 활성화로 일자리 창출력 제고, 미래선도 청년 창업 활성화"
)
CHEONAN_BODY_1 = (
    "시는 올해 4,222억2000만원을 투입해 고용률 67% 달성을 목표로 2만6000개 양질의 일자리를 "
    "만든다고 밝혔다. 지난해 고용률은 60.8%로 전년보다 -0.7%p 낮았다."
)
CHEONAN_BODY_2 = (
    "취약계층 일자리 창출에도 힘쓴다. 천안형 공공근로사업, 어르신 일자리사업 등을 진행한다."
)
CHEONAN_CAPTION = "▲ 천안시민 5346명이 연명치료를 거부하고 있다."


def cheonan_extraction(version: str = "1", **article_fields: Any) -> Extraction:
    """The Cheonan jobs article of 2021: money, percent (with metric), counts (with subject),
    a caption figure and two programs."""
    money = CHEONAN_BODY_1.split(" 지난해")[0]
    last_year = "지난해 고용률은 60.8%로 전년보다 -0.7%p 낮았다."
    programs_sentence = "천안형 공공근로사업, 어르신 일자리사업 등을 진행한다."
    body = f"{CHEONAN_BODY_1}\n{CHEONAN_BODY_2}"
    sections = [
        ("title", CHEONAN_TITLE),
        ("subtitle", "올해 일자리 창출, 첨단산업과 청년에 집중"),
        ("lead", CHEONAN_LEAD),
        ("body", body),
        ("caption", CHEONAN_CAPTION),
    ]
    lead_sentence = CHEONAN_LEAD.split("\n")[0]
    target = {"is_target": True, "year": 2021}
    rate = {"metric": "고용률", **target}
    jobs = {"subject": "일자리", **target}
    before = {"metric": "고용률", "year": 2020}
    rows: list[tuple[str, str, str, str, str, str, dict[str, Any]]] = [
        # section, sentence, surface, kind, value, unit, context
        ("title", CHEONAN_TITLE, "4222억2000만원", "money", "422220000000", "KRW", target),
        ("title", CHEONAN_TITLE, "67%", "percent", "67", "%", rate),
        ("lead", lead_sentence, "2만6천개", "count", "26000", "개", jobs),
        ("body", money, "4,222억2000만원", "money", "422220000000", "KRW", target),
        ("body", money, "67%", "percent", "67", "%", rate),
        ("body", money, "2만6000개", "count", "26000", "개", jobs),
        ("body", last_year, "60.8%", "percent", "60.8", "%", before),
        ("body", last_year, "-0.7%p", "percent", "-0.7", "%p", before),
        ("caption", CHEONAN_CAPTION, "5346명", "count", "5346", "명", {"subject": "천안시민"}),
    ]
    figures = [
        {
            "section": sec,
            "sentence": sent,
            "surface": surf,
            "kind": kind,
            "value": Decimal(value),
            "unit": unit,
            **context,
        }
        for sec, sent, surf, kind, value, unit, context in rows
    ]
    programs = [
        dict(name="천안형 공공근로사업", section="body", sentence=programs_sentence),
        dict(name="어르신 일자리사업", section="body", sentence=programs_sentence),
    ]
    fields: dict[str, Any] = {
        "source": "data/raw/cheonan-2021-jobs.txt",
        "title": CHEONAN_TITLE,
        "subtitle": "올해 일자리 창출, 첨단산업과 청년에 집중",
        "lead": CHEONAN_LEAD.split("\n"),
        "author": "김헌규",
        "published_at": datetime(2021, 2, 3, 9, 57, tzinfo=KST),
        "org": "천안시",
        **article_fields,
    }
    return _build_extraction(sections, figures, programs, version=version, **fields)


@pytest.fixture
def build_extraction() -> Callable[..., Extraction]:
    return _build_extraction


@pytest.fixture
def cheonan() -> Callable[..., Extraction]:
    return cheonan_extraction
