"""The Dask engine on a real LocalCluster (two worker processes on 127.0.0.1, no dashboard) into
the real PostgreSQL: the same articles, figures and failures as the local engine, and a worker
killed during a run loses and doubles nothing."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

distributed = pytest.importorskip("distributed", reason="the cluster extra is not installed")

from pipeline.run.cluster import Task, plan_tasks, run_extract_cluster  # noqa: E402
from pipeline.run.engine import run_extract  # noqa: E402
from pipeline.store.db import Store  # noqa: E402
from pipeline.store.export import iter_article_records  # noqa: E402

pytestmark = pytest.mark.postgres

CITIES = ("천안시", "부산시", "광주시", "완도군", "담양군", "수원시")


def write_articles(folder: Path, files: int = 6, per_file: int = 5) -> Path:
    """Korean articles of our own, several JSONL files, one broken line and one empty text."""
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for f in range(files):
        lines = []
        for _ in range(per_file):
            city = CITIES[n % len(CITIES)]
            text = (
                f"{city}는 올해 예산 {n + 1}억{(n % 9) + 1}000만원을 들여 청년 일자리 "
                f"{n + 2}천개를 만든다고 밝혔다.\n고용률은 {60 + n % 7}.{n % 10}%로 "
                f"지난해보다 {n % 3 + 1}.5%p 높아졌고, 기업 {n + 10}개사가 참여한다."
            )
            record = {"id": f"art-{n}", "title": f"{city} 일자리 {n + 2}천개", "text": text}
            record["url"] = f"https://news.example.kr/{n}"
            lines.append(json.dumps(record, ensure_ascii=False))
            n += 1
        if f == 1:
            lines.insert(2, '{"id": "broken", "text": "닫히지 않은 줄')
        if f == 2:
            lines.append(json.dumps({"id": "empty", "text": "  "}))
        (folder / f"news-{f:02d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def records(url: str) -> list[dict]:
    with Store.open(url) as store:
        return sorted(iter_article_records(store, with_text=True), key=lambda r: r["id"])


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,  # the kill test needs real worker processes
        host="127.0.0.1",
        dashboard_address=None,
    ) as local:
        yield local


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_articles(tmp_path_factory.mktemp("cluster") / "in")


@pytest.fixture(scope="module")
def local_result(tmp_path_factory: pytest.TempPathFactory, articles: Path) -> tuple:
    url = f"sqlite:///{tmp_path_factory.mktemp('local') / 'local.db'}"
    with Store.open(url) as store:
        summary = run_extract([str(articles)], store)
    return summary, records(url)


def test_plan_splits_large_files_into_shares(articles):
    tasks, failures = plan_tasks([articles, articles / "missing.jsonl"], task_bytes=400)
    assert [f.source for f in failures] == [str(articles / "missing.jsonl")]
    first = [t for t in tasks if t.path.endswith("news-00.jsonl")]
    assert len(first) > 1 and {t.shares for t in first} == {len(first)}
    # The shares of a file are its records, each exactly once.
    ids = [d.external_id for t in first for d in t.items()]
    assert sorted(ids) == sorted(d.external_id for d in Task(first[0].path).items())


def test_cluster_run_equals_the_local_engine(cluster, articles, local_result, pg_url):
    local_summary, local_records = local_result
    with Store.open(pg_url) as store:
        summary = run_extract_cluster(
            [str(articles)], store, pg_url, cluster.scheduler_address, task_bytes=600
        )
        failures = store.failures(summary.run_id)
        run = store.run(summary.run_id)
    assert summary.counts() == local_summary.counts()
    assert summary.inserted == 30 and summary.failed == 2
    assert summary.failures == local_summary.failures
    assert sorted(f["source"] for f in failures) == sorted(f.source for f in summary.failures)
    assert run["status"] == "failed" and run["counts"] == summary.counts()
    assert records(pg_url) == local_records
    # Idempotent: a second cluster run finds every article unchanged.
    with Store.open(pg_url) as store:
        again = run_extract_cluster(
            [str(articles)], store, pg_url, cluster.scheduler_address, task_bytes=600
        )
    assert (again.unchanged, again.inserted, again.replaced) == (30, 0, 0)


def test_a_worker_killed_during_a_run_loses_and_doubles_nothing(
    cluster, articles, local_result, pg_url
):
    _, local_records = local_result
    client = distributed.Client(cluster)
    pids = client.run(os.getpid)
    killed: list[int] = []

    def kill_a_busy_worker() -> None:
        # A plain engine: Store.open would migrate, and Alembic's context is not thread-safe.
        watcher = create_engine(pg_url, poolclass=NullPool)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed and not done.is_set():
            busy = [w for w, keys in client.processing().items() if keys]
            with watcher.connect() as connection:
                stored = connection.execute(text("SELECT count(*) FROM articles")).scalar()
            if busy and stored:
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(pids[busy[0]])
            time.sleep(0.02)
        watcher.dispose()

    done = threading.Event()
    killer = threading.Thread(target=kill_a_busy_worker, daemon=True)
    try:
        with Store.open(pg_url) as store:
            killer.start()
            # Small shares: many tasks, so the run is still going when the worker dies.
            summary = run_extract_cluster(
                [str(articles)], store, pg_url, cluster.scheduler_address, task_bytes=300
            )
            failures = store.failures(summary.run_id)
            counts = store.counts()
    finally:
        done.set()
        killer.join(timeout=30)
        client.close()
    assert killed, "no worker was busy while articles were being stored"
    assert summary.read == 32 and summary.inserted + summary.unchanged == 30
    assert counts["articles"] == 30
    assert records(pg_url) == local_records
    assert sorted(f["source"] for f in failures) == sorted(f.source for f in summary.failures)
    assert len(failures) == 2


@pytest.mark.parametrize(
    ("value", "message"), [("foo", "expected a scheduler address"), ("local:0", "local:N")]
)
def test_a_bad_cluster_value_is_a_usage_error(value, message, tmp_path, articles):
    from typer.testing import CliRunner

    from pipeline.cli import app

    db = f"sqlite:///{tmp_path / 's.db'}"
    result = CliRunner().invoke(app, ["extract", str(articles), "--db", db, "--cluster", value])
    assert result.exit_code == 2
    assert message in result.output
