"""The store on SQLite and PostgreSQL: migrations, idempotent saves, atomic replacement, runs,
failures and exact values."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, delete, inspect, select, text

import schemas.migrations
from pipeline.store.db import (
    DEFAULT_DB_URL,
    HASH_KEY_PREFIX,
    SaveError,
    Store,
    StoreError,
    article_key,
    resolve_db_url,
)
from schemas.models import (
    TABLES,
    ArticleRow,
    Base,
    FigureRow,
    SentenceRow,
    normalize_decimal,
)
from schemas.records import Article, Failure, Figure, Section


def _figures(store: Store) -> list[tuple[str, str, Decimal, str, str]]:
    with store.session() as session:
        rows = session.scalars(select(FigureRow).order_by(FigureRow.article_id, FigureRow.position))
        return [(f.section, f.kind, f.value, f.unit, f.surface) for f in rows]


def _article(store: Store) -> ArticleRow:
    with store.session() as session:
        (row,) = session.scalars(select(ArticleRow)).all()
        return row


# -- schema ---------------------------------------------------------------------------------


def test_migration_creates_every_table_and_index(db_url):
    Store.open(db_url).close()
    store = Store.open(db_url)  # a second open finds the schema current and changes nothing
    try:
        inspector = inspect(store.engine)
        assert set(TABLES) | {"alembic_version"} <= set(inspector.get_table_names())
        assert store.counts() == dict.fromkeys(sorted(TABLES), 0)
        figure_indexes = {tuple(i["column_names"]) for i in inspector.get_indexes("figures")}
        assert {("kind",), ("metric",), ("subject",)} <= figure_indexes
        article_indexes = {tuple(i["column_names"]) for i in inspector.get_indexes("articles")}
        assert {("org",), ("published_at",)} <= article_indexes
        cascades = {
            fk["referred_table"]: fk["options"].get("ondelete")
            for fk in inspector.get_foreign_keys("figures")
        }
        assert cascades["articles"] == "CASCADE"
    finally:
        store.close()


def test_head_is_the_newest_migration():
    from alembic.script import ScriptDirectory

    from pipeline.store.db import _alembic_config

    assert ScriptDirectory.from_config(_alembic_config()).get_current_head() == (
        schemas.migrations.HEAD
    )


def _schema(engine: Engine) -> dict[str, dict]:
    """Everything a database says about its tables, for comparing two ways of making them."""
    inspector = inspect(engine)
    described = {}
    for table in inspector.get_table_names():
        columns = [
            (c["name"], str(c["type"]), c["nullable"], c.get("default"))
            for c in inspector.get_columns(table)
        ]
        foreign_keys = [
            (f["name"], f["constrained_columns"], f["referred_table"], f["options"])
            for f in inspector.get_foreign_keys(table)
        ]
        indexes = [
            (i["name"], i["column_names"], i["unique"]) for i in inspector.get_indexes(table)
        ]
        described[table] = {
            "columns": columns,  # in order: `select *` and the desk show them so
            "primary key": inspector.get_pk_constraint(table),
            "foreign keys": sorted(foreign_keys, key=str),
            "indexes": sorted(indexes, key=str),
            "unique": sorted(map(str, inspector.get_unique_constraints(table))),
        }
    return described


def _open_in_subprocess(db_url: str) -> str:
    """Open the store in a new process; whether that process imported Alembic."""
    opened = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pipeline.store.db import Store; Store.open(sys.argv[1]).close(); "
            "print('alembic' in sys.modules)",
            db_url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return opened.stdout.strip()


def test_a_new_store_is_made_at_head_like_the_migrations_make_it_without_alembic(db_url):
    from alembic import command

    from pipeline.store.db import _alembic_config

    engine = create_engine(db_url)
    try:
        with engine.begin() as connection:  # every migration, from an empty database
            config = _alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        migrated = _schema(engine)
        assert set(migrated) == {*TABLES, "alembic_version"}
        with engine.begin() as connection:
            Base.metadata.drop_all(connection)
            connection.execute(text("DROP TABLE alembic_version"))
        assert _schema(engine) == {}

        assert _open_in_subprocess(db_url) == "False"  # a new store, made without Alembic
        assert _schema(engine) == migrated
        with engine.connect() as connection:
            revision = MigrationContext.configure(connection).get_current_revision()
        assert revision == schemas.migrations.HEAD
    finally:
        engine.dispose()


def test_a_store_behind_is_migrated_and_a_current_one_opens_without_alembic(db_url):
    from alembic import command

    from pipeline.store.db import _alembic_config

    Store.open(db_url).close()  # a new store, made from the models and stamped
    store = Store.open(db_url)
    made = _schema(store.engine)
    with store._writer.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        # Back to the first revision (the crawl tables and year_source go), so that opening
        # it runs the later migrations on a store that was made without them.
        command.downgrade(config, "0001")
    figure_columns = {c["name"] for c in inspect(store.engine).get_columns("figures")}
    assert "year_source" not in figure_columns
    store.close()
    store = Store.open(db_url)  # behind: migrated to the head again
    try:
        assert _schema(store.engine) == made
    finally:
        store.close()
    assert _open_in_subprocess(db_url) == "False"


def test_migration_matches_the_models(store):
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


# -- saving ----------------------------------------------------------------------------------


def test_saving_the_same_extraction_twice_changes_nothing(store, cheonan):
    first = store.start_run("extract", ["data/raw"], "1")
    assert store.save(cheonan(), first) == "inserted"
    counts = store.counts()
    assert counts["figures"] == 9 and counts["programs"] == 2 and counts["sections"] == 5
    figures = _figures(store)

    second = store.start_run("extract", ["data/raw"], "1")
    assert store.save(cheonan(), second) == "unchanged"
    assert store.counts() == counts | {"runs": 2}
    assert _figures(store) == figures
    row = _article(store)
    assert (row.first_run_id, row.last_run_id) == (first, second)


def test_a_newer_extractor_version_replaces_the_figures(store, cheonan):
    run = store.start_run("extract", ["a"], "1")
    store.save(cheonan("1"), run)
    old_id = _article(store).id

    newer = cheonan("2")
    newer.figures = [f for f in newer.figures if f.kind == "money"]
    newer.programs = newer.programs[:1]
    rerun = store.start_run("extract", ["a"], "2")
    assert store.save(newer, rerun) == "replaced"

    assert _figures(store) == [
        ("title", "money", Decimal(422220000000), "KRW", "4222억2000만원"),
        ("body", "money", Decimal(422220000000), "KRW", "4,222억2000만원"),
    ]
    counts = store.counts()
    assert (counts["articles"], counts["programs"], counts["sections"]) == (1, 1, 5)
    row = _article(store)
    assert (row.id, row.extractor_version, row.first_run_id, row.last_run_id) == (
        old_id,
        "2",
        run,
        rerun,
    )


def test_a_failed_save_leaves_the_previous_figures_intact(store, cheonan):
    run = store.start_run("extract", ["a"], "1")
    store.save(cheonan("1"), run)
    before, counts = _figures(store), store.counts()

    broken = cheonan("2")
    broken.figures.append(dataclasses.replace(broken.figures[0], value=None))  # NOT NULL
    with pytest.raises(SaveError, match=r"data/raw/cheonan-2021-jobs\.txt"):
        store.save(broken, store.start_run("extract", ["a"], "2"))

    assert _figures(store) == before
    assert store.counts() | {"runs": 0} == counts | {"runs": 0}
    assert _article(store).extractor_version == "1"


def test_a_bad_article_in_a_batch_fails_alone(store, cheonan, build_extraction):
    run = store.start_run("extract", ["a"], "1")
    spec = {"section": "body", "sentence": "올해 5억원을 쓴다.", "surface": "5억원"}
    spec |= {"kind": "money", "value": None, "unit": "KRW"}  # value is NOT NULL
    broken = build_extraction([("body", "올해 5억원을 쓴다.")], [spec], url="https://si.kr/9")
    other = build_extraction([("body", "군은 예산 7억원을 편성했다.")], [], url="https://gun.kr/1")
    results = store.save_many([cheonan("1"), broken, other], run)
    assert results[0] == "inserted" and results[2] == "inserted"
    assert isinstance(results[1], SaveError)
    assert store.counts()["articles"] == 2
    assert store.save_many([cheonan("1"), other], run) == ["unchanged", "unchanged"]


def test_the_same_text_from_two_files_is_stored_once(store, build_extraction):
    sections = [
        ("title", "아산시, 청년 일자리 1200개 만든다"),
        ("body", "아산시는 청년 일자리 1200개를 만든다."),
    ]
    spec = {
        "section": "body",
        "sentence": "아산시는 청년 일자리 1200개를 만든다.",
        "surface": "1200개",
        "kind": "count",
        "value": Decimal(1200),
        "unit": "개",
        "subject": "일자리",
    }
    run = store.start_run("extract", ["a.txt", "copy/a.txt"], "1")
    first = build_extraction(sections, [spec], source="a.txt", external_id="a-1")
    copy = build_extraction(sections, [spec], source="copy/a.txt", external_id="copy-1")
    assert article_key(first.article) == HASH_KEY_PREFIX + first.article.content_hash
    assert store.save(first, run) == "inserted"
    assert store.save(copy, run) == "unchanged"
    assert store.counts()["articles"] == 1
    assert store.is_current(copy.article, "1")

    # A copy with a URL gives the stored article a better key, still without a second row.
    with_url = build_extraction(sections, [spec], source="p.html", url="https://asan.go.kr/n/7")
    assert store.save(with_url, run) == "unchanged"
    row = _article(store)
    assert (row.key, row.url, row.external_id) == ("https://asan.go.kr/n/7", row.url, "a-1")
    assert store.counts()["figures"] == 1


def test_an_edited_article_under_the_same_url_is_replaced(store, cheonan):
    run = store.start_run("extract", ["x"], "1")
    url = "https://www.cheonan.go.kr/news/123"
    assert store.save(cheonan(url=url), run) == "inserted"
    edited = cheonan(url=url)
    edited.article.sections[1] = Section("subtitle", "올해 일자리 2만6천개 창출")
    assert store.save(edited, run) == "replaced"
    row = _article(store)
    assert (row.key, row.content_hash) == (url, edited.article.content_hash)


def test_articles_of_one_site_share_its_row(store, cheonan):
    run = store.start_run("extract", [], "1")
    for n in (1, 2):
        extraction = cheonan(url=f"https://www.cctoday.co.kr/news/{n}", site="cctoday")
        extraction.article.site_profile_version = "2"
        extraction.article.sections[1] = Section("subtitle", f"{n}번째 기사")
        assert store.save(extraction, run) == "inserted"
    with store.session() as session:
        rows = session.scalars(select(ArticleRow)).all()
        assert [(r.site.name, r.site.profile_version, r.site_profile_version) for r in rows] == [
            ("cctoday", "2", "2")
        ] * 2
    assert store.counts()["sites"] == 1


def test_writers_saving_the_same_article_at_once_store_it_once(db_url, cheonan):
    stores = [Store.open(db_url) for _ in range(2)]
    run = stores[0].start_run("extract", [], "1")
    start = threading.Barrier(6)

    def save(store: Store) -> str:
        start.wait()
        return store.save(cheonan(), run)

    try:
        with ThreadPoolExecutor(max_workers=6) as pool:
            outcomes = list(pool.map(save, stores * 3))
        assert sorted(outcomes) == ["inserted"] + ["unchanged"] * 5
        assert stores[1].counts()["articles"] == 1
        assert stores[1].counts()["figures"] == 9
    finally:
        for store in stores:
            store.close()


def test_is_current_follows_content_and_version(store, cheonan):
    article = cheonan().article
    assert not store.is_current(article, "1")
    store.save(cheonan("1"), store.start_run("extract", [], "1"))
    assert store.is_current(article, "1")
    assert not store.is_current(article, "2")
    changed = cheonan().article
    changed.sections[-1] = Section("caption", "▲ 천안시청 전경")
    assert not store.is_current(changed, "1")


def test_sentences_are_shared_and_located_in_their_section(store, cheonan):
    extraction = cheonan()
    store.save(extraction, store.start_run("extract", [], "1"))
    texts = {s.name: s.text for s in extraction.article.sections}
    with store.session() as session:
        sentences = session.scalars(select(SentenceRow)).all()
        # 9 figures and 2 programs come from 6 distinct sentences: title, lead, caption and
        # three of the body
        assert len(sentences) == 6
        for s in sentences:
            assert texts[s.section][s.start : s.end] == s.text
        body_money = session.scalars(
            select(FigureRow).where(FigureRow.section == "body", FigureRow.kind != "percent")
        ).all()
        assert len({f.sentence_id for f in body_money}) == 1


def test_a_batch_stores_each_article_with_its_own_rows(store, cheonan):
    """One transaction for several articles, the same article edited within it included: each
    figure and program keeps its own article's sentence, and the replaced copy leaves none."""
    url = "https://www.cheonan.go.kr/news/9"
    first, other, edited = cheonan(url=url), cheonan(url=f"{url}0"), cheonan(url=url)
    other.article.sections[1] = Section("subtitle", "청년 일자리에 집중")
    edited.article.sections[1] = Section("subtitle", "올해 일자리 2만6천개 창출")
    edited.figures = edited.figures[3:]
    run = store.start_run("extract", ["x"], "1")
    assert store.save_many([first, other, edited], run) == ["inserted", "inserted", "replaced"]
    counts = store.counts()
    assert (counts["articles"], counts["figures"]) == (2, 9 + 6)
    assert counts["programs"] == 2 + 2 and counts["sections"] == 5 + 5
    with store.session() as session:
        for row in session.scalars(select(FigureRow)):
            assert row.sentence is not None and row.sentence.article_id == row.article_id
            assert row.sentence.section == row.section
        by_article = {
            a.url: [f.surface for f in a.figures] for a in session.scalars(select(ArticleRow))
        }
    assert by_article[url] == [f.surface for f in edited.figures]
    assert by_article[f"{url}0"] == [f.surface for f in other.figures]


def test_deleting_an_article_cascades(store, cheonan):
    store.save(cheonan(), store.start_run("extract", [], "1"))
    with store.session() as session, session.begin():
        session.execute(delete(ArticleRow))
    counts = store.counts()
    assert [counts[t] for t in ("sections", "sentences", "figures", "programs")] == [0, 0, 0, 0]


def test_published_at_comes_back_in_korean_time(store, cheonan):
    naive = cheonan(published_at=datetime(2021, 2, 3, 9, 57))  # no zone: taken as Korean time
    store.save(naive, store.start_run("extract", [], "1"))
    published = _article(store).published_at
    assert published == datetime(2021, 2, 3, 0, 57, tzinfo=UTC)
    assert published.isoformat() == "2021-02-03T09:57:00+09:00"


# -- exact values -----------------------------------------------------------------------------

EXACT_VALUES = ["422220000000", "1000000003623", "13857000000000", "60.8", "-0.7", "0.25", "1.3"]


def test_values_round_trip_exactly(store, build_extraction):
    text = "예산 " + ", ".join(f"{v}원" for v in EXACT_VALUES) + "."
    specs = [
        {
            "section": "body",
            "sentence": text,
            "surface": f"{v}원",
            "kind": "money",
            "value": Decimal(v),
            "value_max": Decimal(v) * 2,
            "unit": "KRW",
        }
        for v in EXACT_VALUES
    ]
    store.save(build_extraction([("body", text)], specs), store.start_run("extract", [], "1"))
    with store.session() as session:
        rows = session.scalars(select(FigureRow).order_by(FigureRow.position)).all()
        assert [str(r.value) for r in rows] == EXACT_VALUES
        assert [r.value_max for r in rows] == [Decimal(v) * 2 for v in EXACT_VALUES]
        # The database compares and sorts them as numbers, not as text.
        over_one = session.scalars(
            select(FigureRow.value)
            .where(FigureRow.value > Decimal("1.25"))
            .order_by(FigureRow.value)
        ).all()
    assert over_one == [
        Decimal(v) for v in ("1.3", "60.8", "422220000000", "1000000003623", "13857000000000")
    ]


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (Decimal("0.12345678901234567"), r"digits|NUMERIC"),
        (60.8, r"Decimal or int, not float"),
    ],
)
def test_values_that_cannot_be_kept_exactly_are_refused(store, build_extraction, value, reason):
    text = "비율은 0.12345678901234567%다."
    spec = {
        "section": "body",
        "sentence": text,
        "surface": "0.12345678901234567%",
        "kind": "percent",
        "value": value,
        "unit": "%",
    }
    with pytest.raises(SaveError, match=reason):
        store.save(build_extraction([("body", text)], [spec]), store.start_run("extract", [], "1"))
    assert store.counts()["articles"] == 0


@pytest.mark.parametrize(
    ("stored", "shown"),
    [("60.8000000000", "60.8"), ("6E+1", "60"), ("422220000000.0000000000", "422220000000")],
)
def test_normalize_decimal_never_uses_exponents(stored, shown):
    assert str(normalize_decimal(Decimal(stored))) == shown


# -- runs and failures ----------------------------------------------------------------------


def test_runs_are_recorded_with_their_counts(store):
    run = store.start_run("extract", ["data/raw", "more.jsonl"], "0.3.1")
    recorded = store.run(run)
    assert recorded["status"] == "running" and recorded["finished_at"] is None
    counts = {
        "read": 3,
        "inserted": 1,
        "replaced": 0,
        "unchanged": 1,
        "failed": 1,
        "not_article": 0,
    }
    store.finish_run(run, counts, "partial")
    recorded = store.run(run)
    assert recorded["counts"] == counts
    assert recorded["status"] == "partial"
    assert recorded["inputs"] == ["data/raw", "more.jsonl"]
    assert recorded["extractor_version"] == "0.3.1"
    assert recorded["finished_at"] >= recorded["started_at"]
    assert [r["id"] for r in store.runs()] == [run]


def test_failures_are_recorded_with_their_run(store):
    first = store.start_run("extract", ["a"], "1")
    second = store.start_run("extract", ["b"], "1")
    store.record_failure(
        first, Failure("a/목록.html", "clean", "본문을 찾지 못함", not_article=True)
    )
    store.record_failure(second, Failure("b.jsonl#line-3", "read", "invalid JSON at column 5"))
    assert [(f["source"], f["stage"], f["not_article"]) for f in store.failures(first)] == [
        ("a/목록.html", "clean", True)
    ]
    assert [f["error"] for f in store.failures(second)] == ["invalid JSON at column 5"]
    assert [f["run_id"] for f in store.failures()] == [first, second]


def test_failures_recorded_once_skip_sources_already_recorded_in_the_run(store):
    run = store.start_run("extract", ["a"], "1")
    bad = Failure("a.jsonl#L2", "read", "줄 2는 JSON이 아님")
    store.record_failures(run, [bad], once=True)
    store.record_failures(run, [bad, Failure("a.jsonl#L5", "clean", "빈 글")], once=True)
    assert [f["source"] for f in store.failures(run)] == ["a.jsonl#L2", "a.jsonl#L5"]
    store.record_failures(store.start_run("extract", ["a"], "1"), [bad], once=True)
    assert len(store.failures()) == 3  # once per run, not once ever


# -- opening ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql+psycopg://postgres@127.0.0.1:1/test", r"cannot open database .*127\.0\.0\.1"),
        ("nonsense", r"bad database URL"),
        ("mysql://u@localhost/db", r"unsupported database 'mysql'"),
    ],
)
def test_open_fails_with_one_clear_line(url, message):
    with pytest.raises(StoreError, match=message) as caught:
        Store.open(url)
    assert "\n" not in str(caught.value)


def test_open_fails_for_an_unwritable_sqlite_path(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database folder should be")
    with pytest.raises(
        StoreError, match=r"cannot create folder .*not-a-folder.*a file is in the way"
    ) as caught:
        Store.open(f"sqlite:///{blocker / 'processed' / 'sutja.db'}")
    assert "\n" not in str(caught.value)


def test_open_creates_the_sqlite_folder_and_uses_wal(tmp_path):
    path = tmp_path / "data" / "processed" / "sutja.db"
    with Store.open(f"sqlite:///{path}") as store, store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert path.is_file()


def test_resolve_db_url_prefers_explicit_then_environment(monkeypatch):
    monkeypatch.delenv("SUTJA_DB", raising=False)
    assert resolve_db_url(None) == DEFAULT_DB_URL
    monkeypatch.setenv("SUTJA_DB", "sqlite:////srv/sutja.db")
    assert resolve_db_url(None) == "sqlite:////srv/sutja.db"
    assert resolve_db_url("postgresql+psycopg://db/sutja") == "postgresql+psycopg://db/sutja"


def test_article_key_prefers_canonical_url():
    sections = [Section("body", "천안시는 올해 일자리 2만6000개를 만든다.")]
    bare = Article(source="a.txt", sections=sections)
    assert article_key(bare) == "sha256:" + bare.content_hash
    with_url = dataclasses.replace(bare, url="https://news.example/a?page=2")
    assert article_key(with_url) == "https://news.example/a?page=2"
    canonical = dataclasses.replace(with_url, canonical_url="https://news.example/a")
    assert article_key(canonical) == "https://news.example/a"


def test_figure_records_carry_approx_and_qualifier(store, build_extraction):
    text = "약 3000명이 참여했다."
    spec = {
        "section": "body",
        "sentence": text,
        "surface": "3000명",
        "kind": "count",
        "value": Decimal(3000),
        "unit": "명",
        "qualifier": "약",
    }
    extraction = build_extraction([("body", text)], [spec])
    assert isinstance(extraction.figures[0], Figure)
    store.save(extraction, store.start_run("extract", [], "1"))
    with store.session() as session:
        row = session.scalars(select(FigureRow)).one()
        assert (row.approx, row.qualifier) == (True, "약")
