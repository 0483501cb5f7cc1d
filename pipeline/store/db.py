"""The store: articles, their sections, sentences, figures and programs, and a record of every
run and failure, in SQLite (the default file) or PostgreSQL (by URL).

Identity of an article is its key: the canonical URL, else the URL, else "sha256:" + the content
hash. Saving is idempotent per key, content and extractor version, and each save is one
transaction, so an article's figures are either all old or all new.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    MetaData,
    PrimaryKeyConstraint,
    Row,
    String,
    Table,
    bindparam,
    case,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    InterfaceError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session

import schemas.migrations
from schemas.models import (
    KST,
    ArticleRow,
    Base,
    FailureRow,
    FigureRow,
    ProgramRow,
    RunRow,
    SectionRow,
    SentenceRow,
    SiteRow,
    utcnow,
)
from schemas.records import Article, Extraction, Failure

if TYPE_CHECKING:
    from alembic.config import Config

DEFAULT_DB_URL = "sqlite:///data/processed/sutja.db"
HASH_KEY_PREFIX = "sha256:"
MIGRATIONS_DIR = Path(schemas.migrations.__file__).parent

# Execution option that makes a SQLite transaction take the write lock up front, so that a
# second writer waits (busy_timeout) instead of failing when it upgrades a read lock.
_SQLITE_WRITE = "sutja_sqlite_write"
_SQLITE_BUSY_MS = 30_000
_PG_CONNECT_TIMEOUT_S = 10

Status = Literal["inserted", "replaced", "unchanged"]


class StoreError(Exception):
    """Unreachable database, bad URL, migration failure: one clear line."""


class SaveError(Exception):
    """One article could not be stored (bad values, a violated constraint). Unlike StoreError
    this says nothing about the database as a whole: record it and go on with the batch."""


def resolve_db_url(url: str | None) -> str:
    """The database to use: explicit > $SUTJA_DB > DEFAULT_DB_URL."""
    return url or os.environ.get("SUTJA_DB") or DEFAULT_DB_URL


def article_key(article: Article) -> str:
    """canonical_url, else url, else "sha256:" + content hash."""
    return article.canonical_url or article.url or HASH_KEY_PREFIX + article.content_hash


def _one_line(exc: BaseException, *, first_line: bool = False) -> str:
    """The driver's own message, on one line (psycopg adds hints and DETAIL lines)."""
    orig = getattr(exc, "orig", None) or exc
    message = str(orig).strip()
    if first_line:
        message = message.splitlines()[0] if message else ""
    return " ".join(message.split()) or type(orig).__name__


def _shown(url: URL | str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return repr(url)


def _prepare_sqlite_file(url: URL) -> None:
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    folder = Path(database).expanduser().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if isinstance(exc, FileExistsError | NotADirectoryError):
            reason = "a file is in the way of that folder"
        else:
            reason = exc.strerror or str(exc)
        raise StoreError(
            f"cannot create folder {folder} for the SQLite database: {reason}"
        ) from exc
    if not os.access(folder, os.W_OK):
        raise StoreError(f"cannot write the SQLite database in {folder}: permission denied")


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself (below) rather than the driver's implicit one,
        # so that transactions cover reads too and can take the write lock when asked.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={_SQLITE_BUSY_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        # In WAL mode NORMAL cannot corrupt the file; it only skips an fsync per commit.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get(_SQLITE_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    return config


def _at_head(connection: Connection) -> bool:
    """Is the schema at the newest migration (`schemas.migrations.HEAD`)? Read from Alembic's
    own table, as `alembic upgrade head` would find it before doing nothing."""
    if not inspect(connection).has_table("alembic_version"):
        return False
    versions = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalars()
    return list(versions) == [schemas.migrations.HEAD]


#: Alembic's own table, as `alembic upgrade` creates it (alembic/runtime/migration.py): a new
#: store gets it from here, stamped with HEAD, so that later migrations apply to it as to any.
_ALEMBIC_VERSION = Table(
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)


def _is_new(connection: Connection) -> bool:
    """Does the database hold none of the store's tables, nor Alembic's?"""
    existing = set(inspect(connection).get_table_names())
    return not existing & {*Base.metadata.tables, _ALEMBIC_VERSION.name}


def _create_at_head(connection: Connection) -> None:
    """A new store: the models' tables, stamped with HEAD. The same schema as the migrations
    build (tests/test_store.py compares the two on both databases) without importing Alembic,
    its templates and Pygments (≈ 10 MB of a run's peak memory, docs/scale.md)."""
    Base.metadata.create_all(connection)
    _ALEMBIC_VERSION.create(connection)
    connection.execute(_ALEMBIC_VERSION.insert().values(version_num=schemas.migrations.HEAD))


def _locate(text: str, sentence: str, start: int, end: int) -> tuple[int | None, int | None]:
    """Offsets of the occurrence of `sentence` in `text` that contains [start, end)."""
    first = None
    pos = text.find(sentence)
    while pos != -1:
        if first is None:
            first = pos
        if pos <= start and end <= pos + len(sentence):
            return pos, pos + len(sentence)
        pos = text.find(sentence, pos + 1)
    if first is None:
        return None, None
    return first, first + len(sentence)


class Store:
    """Access to one database. Open with `Store.open(url)`; close when done (or use `with`)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = engine.execution_options(**{_SQLITE_WRITE: True})

    # -- opening --------------------------------------------------------------------------

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect, create a SQLite file's folder, and bring the schema to the newest migration.
        Raises StoreError with a one-line reason for a bad URL, an unreachable server or an
        unwritable path."""
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise StoreError(
                f"bad database URL {url!r}: expected sqlite:///PATH or postgresql+psycopg://…"
            ) from exc
        backend = parsed.get_backend_name()
        options: dict[str, Any] = {}
        if backend in ("postgresql", "postgres"):
            if parsed.drivername in ("postgresql", "postgres"):
                # psycopg 3 is the driver we ship; SQLAlchemy's default would be psycopg2.
                parsed = parsed.set(drivername="postgresql+psycopg")
            if "connect_timeout" not in parsed.query:
                options["connect_args"] = {"connect_timeout": _PG_CONNECT_TIMEOUT_S}
            options["pool_pre_ping"] = True
        elif backend == "sqlite":
            _prepare_sqlite_file(parsed)
        else:
            raise StoreError(
                f"unsupported database {backend!r} in {_shown(parsed)}: "
                "use sqlite:///PATH or postgresql+psycopg://…"
            )
        try:
            engine = create_engine(parsed, **options)
        except (ArgumentError, NoSuchModuleError, ImportError) as exc:
            raise StoreError(f"bad database URL {_shown(parsed)}: {_one_line(exc)}") from exc
        if backend == "sqlite":
            _configure_sqlite(engine)
        store = cls(engine)
        try:
            store._migrate()
        except DBAPIError as exc:
            engine.dispose()
            raise StoreError(f"cannot open database {_shown(parsed)}: {_one_line(exc)}") from exc
        except Exception as exc:  # alembic raises plain exceptions; all mean "unusable"
            engine.dispose()
            raise StoreError(f"cannot migrate database {_shown(parsed)}: {_one_line(exc)}") from exc
        return store

    def _migrate(self) -> None:
        with self._writer.begin() as connection:
            if _at_head(connection):
                return  # Alembic (10 MB, a quarter of a second) only when there is work for it
            if connection.dialect.name == "postgresql":
                # As the migrations do (SQLite's writer holds the write lock already): a second
                # process opening the same new database waits here, then finds it at HEAD.
                lock = text("SELECT pg_advisory_xact_lock(:k)")
                connection.execute(lock, {"k": schemas.migrations.PG_MIGRATION_LOCK})
                if _at_head(connection):
                    return
            if _is_new(connection):
                _create_at_head(connection)
                return
            from alembic import command

            config = _alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading (export, query, show); it commits only what its user commits
        explicitly (`with store.session() as s, s.begin(): ...`)."""
        with Session(self.engine) as session:
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield session

    # -- runs and failures ----------------------------------------------------------------

    def start_run(self, command: str, inputs: list[str], extractor_version: str) -> int:
        with self._guard("start a run"), self._write() as session:
            run = RunRow(
                command=command,
                inputs=[str(i) for i in inputs],
                extractor_version=extractor_version,
                status="running",
                counts={},
            )
            session.add(run)
            session.flush()
            return run.id

    def finish_run(self, run_id: int, counts: dict[str, int], status: str) -> None:
        with self._guard("finish the run"), self._write() as session:
            run = session.get(RunRow, run_id)
            if run is None:
                raise ValueError(f"no run {run_id}")
            run.counts = {str(k): int(v) for k, v in counts.items()}
            run.status = status
            run.finished_at = utcnow()

    def runs(self) -> list[dict[str, Any]]:
        with self.session() as session:
            rows = session.scalars(select(RunRow).order_by(RunRow.id))
            return [_run_dict(r) for r in rows]

    def run(self, run_id: int) -> dict[str, Any] | None:
        with self.session() as session:
            row = session.get(RunRow, run_id)
            return _run_dict(row) if row else None

    def record_failure(self, run_id: int, failure: Failure) -> None:
        self.record_failures(run_id, [failure])

    def record_failures(
        self, run_id: int, failures: Iterable[Failure], *, once: bool = False
    ) -> None:
        """Record failures of a run in one transaction. With `once`, a source that already has
        a failure in this run is not recorded again (a re-run task of a cluster run)."""
        failures = list(failures)
        if not failures:
            return
        with self._guard("record a failure"), self._write() as session:
            if once:
                known = set(
                    session.scalars(
                        select(FailureRow.source).where(
                            FailureRow.run_id == run_id,
                            FailureRow.source.in_({f.source for f in failures}),
                        )
                    )
                )
                failures = [f for f in failures if f.source not in known]
            now = utcnow()
            session.add_all(
                FailureRow(
                    run_id=run_id,
                    source=f.source,
                    stage=f.stage,
                    error=f.error,
                    not_article=f.not_article,
                    created_at=now,
                )
                for f in failures
            )

    def failures(self, run_id: int | None = None) -> list[dict[str, Any]]:
        stmt = select(FailureRow).order_by(FailureRow.id)
        if run_id is not None:
            stmt = stmt.where(FailureRow.run_id == run_id)
        with self.session() as session:
            return [
                {
                    "id": f.id,
                    "run_id": f.run_id,
                    "source": f.source,
                    "stage": f.stage,
                    "error": f.error,
                    "not_article": f.not_article,
                    "created_at": f.created_at,
                }
                for f in session.scalars(stmt)
            ]

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with self.session() as session:
            return {
                mapper.local_table.name: session.scalar(
                    select(func.count()).select_from(mapper.local_table)
                )
                or 0
                for mapper in sorted(Base.registry.mappers, key=lambda m: m.local_table.name)
            }

    # -- articles -------------------------------------------------------------------------

    def is_current(self, article: Article, extractor_version: str) -> bool:
        """True when `save` would answer "unchanged": this content is stored under this
        article's key (or, for a text with no URL, under any key) by this extractor version.
        A runner may then skip the analysis; calling `save` with the article and empty figure
        lists afterwards is safe and only notes the run."""
        digest = article.content_hash
        with self.engine.connect() as connection:
            row = _find(connection, article_key(article), digest)
            return (
                row is not None
                and row.content_hash == digest
                and row.extractor_version == extractor_version
            )

    def save(self, extraction: Extraction, run_id: int) -> Status:
        """Insert, replace or leave alone one article with everything found in it, in one
        transaction. Raises SaveError when this article cannot be stored, StoreError when the
        database itself fails."""
        for attempt in (1, 2):
            try:
                with self._write() as session:
                    (status,) = _save_all(session, [extraction], run_id)
                    return status
            except IntegrityError as exc:
                # A concurrent writer may have inserted the same key first: the retry finds it.
                if attempt == 1:
                    continue
                raise SaveError(
                    f"cannot store {extraction.article.source}: {_one_line(exc, first_line=True)}"
                ) from exc
            except (OperationalError, InterfaceError) as exc:
                raise StoreError(f"database error while storing: {_one_line(exc)}") from exc
            except (SQLAlchemyError, ValueError, TypeError) as exc:
                raise SaveError(
                    f"cannot store {extraction.article.source}: {_one_line(exc, first_line=True)}"
                ) from exc
        raise AssertionError("unreachable")

    def save_many(self, extractions: Sequence[Extraction], run_id: int) -> list[Status | SaveError]:
        """`save` for a batch, in one transaction: one commit instead of one per article.
        Returns each article's status, in order, or the SaveError of an article that could not
        be stored (the others are stored all the same: a failed batch is saved one by one)."""
        if not extractions:
            return []
        try:
            with self._write() as session:
                return _save_all(session, extractions, run_id)
        except (OperationalError, InterfaceError) as exc:
            raise StoreError(f"database error while storing: {_one_line(exc)}") from exc
        except (SQLAlchemyError, ValueError, TypeError):
            pass  # some article of the batch is bad, or a concurrent writer won a key: one by one
        results: list[Status | SaveError] = []
        for extraction in extractions:
            try:
                results.append(self.save(extraction, run_id))
            except SaveError as exc:
                results.append(exc)
        return results

    @contextmanager
    def _guard(self, what: str) -> Iterator[None]:
        try:
            yield
        except DBAPIError as exc:
            raise StoreError(f"cannot {what}: {_one_line(exc)}") from exc


def _run_dict(run: RunRow) -> dict[str, Any]:
    return {
        "id": run.id,
        "command": run.command,
        "inputs": list(run.inputs),
        "extractor_version": run.extractor_version,
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "status": run.status,
        "counts": dict(run.counts),
    }


# The article writes are Core statements built once, run on the session's connection with plain
# parameters: an ORM object per article (found, flushed, expired), or a statement built per
# article, cost more than the database did.
_ARTICLES = ArticleRow.__table__
_IDENTITY = ("key", "url", "canonical_url", "external_id")
_SITES = SiteRow.__table__
_CHILDREN = [m.__table__ for m in (FigureRow, ProgramRow, SentenceRow, SectionRow)]
_SECTIONS, _SENTENCES = SectionRow.__table__, SentenceRow.__table__
_FIGURES, _PROGRAMS = FigureRow.__table__, ProgramRow.__table__


def _statements() -> dict[str, Any]:
    a = _ARTICLES.c
    # Not a column of articles: an UPDATE sets the columns its parameters name, all but this one.
    article_id = bindparam("article_id")
    return {
        # by key first, then by content, in one query (both columns are indexed)
        "find": select(a.id, *(a[c] for c in _IDENTITY), a.content_hash, a.extractor_version)
        .where(or_(a.key == bindparam("key"), a.content_hash == bindparam("digest")))
        .order_by(case((a.key == bindparam("key"), 0), else_=1), a.id)
        .limit(1),
        "insert_article": insert(_ARTICLES).returning(a.id),
        "update_article": update(_ARTICLES).where(a.id == article_id),
        "delete_children": [delete(t).where(t.c.article_id == article_id) for t in _CHILDREN],
        "site": select(_SITES.c.id).where(_SITES.c.name == bindparam("name")),
        "insert_site": insert(_SITES).returning(_SITES.c.id),
        "sections": insert(_SECTIONS),
        "sentences": insert(_SENTENCES).returning(_SENTENCES.c.id, sort_by_parameter_order=True),
        "figures": insert(_FIGURES),
        "programs": insert(_PROGRAMS),
    }


_SQL = _statements()


def _find(connection: Connection, key: str, digest: str) -> Row[Any] | None:
    """The article stored under `key`, else the first one with this content: the same text
    read again from another file (no URL) is the same article. The row holds the article's id,
    identity columns, content hash and extractor version."""
    return connection.execute(_SQL["find"], {"key": key, "digest": digest}).first()


def _adopted_key(row: Row[Any] | None, article: Article, key: str) -> dict[str, Any]:
    """The identity columns of a stored article (or of a new one, `row` None) once the gaps are
    filled from another copy of it; a URL is a better key than a hash, so take it when this copy
    has one."""
    old = row._mapping if row is not None else dict.fromkeys(_IDENTITY)
    keep_key = old["key"] is not None and not (
        old["key"].startswith(HASH_KEY_PREFIX) and not key.startswith(HASH_KEY_PREFIX)
    )
    return {
        "key": old["key"] if keep_key else key,
        "url": old["url"] or article.url,
        "canonical_url": old["canonical_url"] or article.canonical_url,
        "external_id": old["external_id"] or article.external_id,
    }


def _site_id(connection: Connection, article: Article) -> int | None:
    if not article.site:
        return None
    site_id = connection.execute(_SQL["site"], {"name": article.site}).scalar()
    if site_id is None:
        site_id = connection.execute(
            _SQL["insert_site"],
            {"name": article.site, "profile_version": article.site_profile_version},
        ).scalar_one()
    return site_id


class _Rows:
    """The child rows of the articles saved in one transaction, written together before it
    commits: one executemany per table, not four per article. A figure's or program's
    `sentence_id` holds its sentence's index among `sentences` until `write` knows the ids."""

    def __init__(self) -> None:
        self.sections: list[dict[str, Any]] = []
        self.sentences: list[dict[str, Any]] = []
        self.figures: list[dict[str, Any]] = []
        self.programs: list[dict[str, Any]] = []

    def write(self, connection: Connection) -> None:
        if self.sections:
            connection.execute(_SQL["sections"], self.sections)
        if self.sentences:
            ids = list(connection.execute(_SQL["sentences"], self.sentences).scalars())
            for row in (*self.figures, *self.programs):
                if row["sentence_id"] is not None:
                    row["sentence_id"] = ids[row["sentence_id"]]
        if self.figures:
            connection.execute(_SQL["figures"], self.figures)
        if self.programs:
            connection.execute(_SQL["programs"], self.programs)
        self.sections, self.sentences, self.figures, self.programs = [], [], [], []


def _save_all(session: Session, extractions: Sequence[Extraction], run_id: int) -> list[Status]:
    """Save each extraction (see `Store.save`) in the session's transaction."""
    rows = _Rows()
    statuses = [_save(session, e, run_id, rows) for e in extractions]
    rows.write(session.connection())
    return statuses


def _save(session: Session, extraction: Extraction, run_id: int, rows: _Rows) -> Status:
    connection = session.connection()
    article = extraction.article
    key = article_key(article)
    digest = article.content_hash
    version = extraction.extractor_version
    row = _find(connection, key, digest)
    if row is not None and row.content_hash == digest and row.extractor_version == version:
        connection.execute(
            _SQL["update_article"],
            {"article_id": row.id, "last_run_id": run_id, **_adopted_key(row, article, key)},
        )
        return "unchanged"

    site_id = _site_id(connection, article)
    now = utcnow()
    published_at = article.published_at
    if published_at is not None and published_at.tzinfo is None:
        published_at = published_at.replace(tzinfo=KST)  # the pipeline's documented zone
    # Identity (key, URLs, the input's id) is set once; later copies only fill its gaps.
    values = {
        **_adopted_key(row, article, key),
        "source": article.source,
        "site_id": site_id,
        "site_profile_version": article.site_profile_version,
        "title": article.title,
        "subtitle": article.subtitle,
        "author": article.author,
        "published_at": published_at,
        "org": article.org,
        "content_hash": digest,
        "extractor_version": version,
        "last_run_id": run_id,
        "updated_at": now,
    }
    if row is None:
        status: Status = "inserted"
        article_id = connection.execute(
            _SQL["insert_article"], {"first_run_id": run_id, "created_at": now, **values}
        ).scalar_one()
    else:
        status = "replaced"
        article_id = row.id
        rows.write(connection)  # this article may be among them: delete after writing
        for statement in _SQL["delete_children"]:
            connection.execute(statement, {"article_id": article_id})
        connection.execute(_SQL["update_article"], {"article_id": article_id, **values})

    # Child rows wait in `rows` and are written for the whole transaction at its end (one
    # executemany per table; column types still apply: exact decimals are checked as they bind).
    rows.sections.extend(
        {"article_id": article_id, "name": s.name, "position": i, "text": s.text}
        for i, s in enumerate(article.sections)
    )
    texts: dict[str, str] = {}
    for s in article.sections:
        texts.setdefault(s.name, s.text)
    # (section, start, end, text) → the sentence's index among the pending sentence rows
    sentences: dict[tuple[str, int | None, int | None, str], int] = {}

    def sentence_for(section: str, sentence: str, start: int, end: int) -> int | None:
        if not sentence:
            return None
        s_start, s_end = _locate(texts.get(section, ""), sentence, start, end)
        key = (section, s_start, s_end, sentence)
        if key not in sentences:
            sentences[key] = len(rows.sentences)
            rows.sentences.append(
                {
                    "article_id": article_id,
                    "section": section,
                    "start": s_start,
                    "end": s_end,
                    "text": sentence,
                }
            )
        return sentences[key]

    rows.figures.extend(
        {
            "article_id": article_id,
            "sentence_id": sentence_for(f.section, f.sentence, f.start, f.end),
            "kind": f.kind,
            "value": f.value,
            "value_max": f.value_max,
            "unit": f.unit,
            "surface": f.surface,
            "section": f.section,
            "start": f.start,
            "end": f.end,
            "approx": f.approx,
            "qualifier": f.qualifier,
            "metric": f.metric,
            "subject": f.subject,
            "is_target": f.is_target,
            "year": f.year,
            "year_source": f.year_source,
            "position": i,
        }
        for i, f in enumerate(extraction.figures)
    )
    rows.programs.extend(
        {
            "article_id": article_id,
            "sentence_id": sentence_for(p.section, p.sentence, p.start, p.end),
            "name": p.name,
            "section": p.section,
            "start": p.start,
            "end": p.end,
            "position": i,
        }
        for i, p in enumerate(extraction.programs)
    )
    return status
