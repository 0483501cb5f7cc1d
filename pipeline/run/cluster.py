"""The distributed engine: `run_extract` over a Dask cluster, into a store every worker reaches.

    client: plan tasks ──► scheduler ──► workers: read → clean → Kiwi → rules → shared store
            sum each task's RunSummary ◄───────────────┘

A task is one input file, or one share of a large one (record i of the file belongs to share
i mod n: no need to count the records first, at the price of every share reading the file).
Each worker process loads Kiwi once (`SutjaWorker`, a worker plugin) and runs the local
engine's `extract_items` on its task into the store, in batches, under the client's run id: the
same article keys, idempotence and failure records as a local run.

A worker that dies takes its running task with it; the scheduler runs the task again on another
worker. Nothing is doubled: the articles the dead attempt had committed are found by key and
left alone ("unchanged" in the counts), and its failures are not recorded twice
(`failures_once`). A task that kills workers `distributed.scheduler.allowed-failures` times
(default 3) is recorded as one failure of stage "cluster".

dask.distributed is imported only when a cluster is asked for (`pip install 'sutja[cluster]'`).
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.read.inputs import input_files, read_file
from pipeline.run.engine import (
    RunSummary,
    extract_items,
    one_line,
    progress_bar,
    recorded_run,
)
from pipeline.store.db import Store, StoreError
from schemas.records import Failure, RawDocument

if TYPE_CHECKING:
    from distributed import Client

#: A file larger than this is split into shares of about this size, so that a large WARC or
#: JSONL spreads over the workers and a dead worker's re-run repeats little.
TASK_BYTES = 32 * 2**20
#: ... and a file larger than this into at least two shares per worker, so that one big input
#: keeps every worker busy.
SPLIT_BYTES = 256 * 2**10
LOCAL_PREFIX = "local:"
#: Seconds to wait for a scheduler to answer.
CONNECT_TIMEOUT_S = 20


class ClusterError(Exception):
    """A cluster address that cannot be used (bad form, no scheduler, dask not installed)."""


@dataclass(frozen=True, slots=True)
class Task:
    """One unit of work: share `share` of `shares` of the file `path`."""

    path: str
    share: int = 0
    shares: int = 1

    def __str__(self) -> str:
        return (
            self.path if self.shares == 1 else f"{self.path} [share {self.share + 1}/{self.shares}]"
        )

    def items(self) -> Iterator[RawDocument | Failure]:
        records = read_file(Path(self.path))
        return islice(records, self.share, None, self.shares)


def plan_tasks(
    paths: Iterable[str | Path], task_bytes: int = TASK_BYTES, min_shares: int = 1
) -> tuple[list[Task], list[Failure]]:
    """The tasks for the readable files under `paths`, and the paths that cannot be read. A
    file is split into shares of about `task_bytes`, and one over SPLIT_BYTES into at least
    `min_shares`."""
    tasks: list[Task] = []
    failures: list[Failure] = []
    for item in input_files(paths):
        if isinstance(item, Failure):
            failures.append(item)
            continue
        size = item.stat().st_size
        shares = max(1, math.ceil(size / task_bytes))
        if size > SPLIT_BYTES:
            shares = max(shares, min_shares)
        tasks.extend(Task(str(item), k, shares) for k in range(shares))
    return tasks, failures


# --- on the workers -------------------------------------------------------------------------


def _worker_plugin(db_url: str, threads: int) -> Any:
    """The plugin for one store: workers may serve several clients and stores at once, so each
    store has its own plugin (named for its URL) and its own connection pool on each worker."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class SutjaWorker(WorkerPlugin):
        """Loads Kiwi and opens the store once per worker process, before its first task."""

        idempotent = True  # a second run into the same store keeps the open one
        name = "sutja-" + hashlib.sha256(db_url.encode()).hexdigest()[:16]

        def __init__(self, db_url: str, threads: int) -> None:
            self.db_url, self.threads = db_url, threads

        # This class is pickled by value (it is made in a function), so its methods reach the
        # worker's module by import, not through globals that would travel as copies.
        def setup(self, worker: Any) -> None:
            from pipeline.nlp import kiwi
            from pipeline.run import cluster

            kiwi(self.threads)
            if self.db_url not in cluster._STORES:
                cluster._STORES[self.db_url] = Store.open(self.db_url)

        def teardown(self, worker: Any) -> None:
            from pipeline.run import cluster

            store = cluster._STORES.pop(self.db_url, None)
            if store is not None:
                store.close()

    return SutjaWorker(db_url, threads)


_STORES: dict[str, Store] = {}  # this worker process's open stores by URL, set by the plugins


def run_task(task: Task, run_id: int, db_url: str, threads: int) -> RunSummary:
    """Extract one task into the store at `db_url`; its counts and failures for the client."""
    store = _STORES.get(db_url)
    if store is None:
        raise RuntimeError("the sutja worker plugin is not set up on this worker")
    summary = RunSummary(run_id)
    extract_items(task.items(), store, summary, threads=threads, failures_once=True)
    return summary


# --- on the client --------------------------------------------------------------------------


def run_extract_cluster(
    paths: list[str],
    store: Store,
    db_url: str,
    cluster: str,
    *,
    threads: int = 1,
    progress: bool = False,
    task_bytes: int = TASK_BYTES,
) -> RunSummary:
    """`run_extract` on a Dask cluster: `cluster` is a scheduler address (tcp://HOST:8786) or
    `local:N` (a LocalCluster of N worker processes on this machine). The workers write to
    `db_url`, which must be the database of `store` as the workers reach it. `threads`: Kiwi
    threads per worker. Raises ClusterError for a cluster that cannot be used, StoreError when
    the database fails."""
    with recorded_run(store, paths) as summary:
        run_id = summary.run_id
        with _client(cluster) as client, progress_bar(progress) as show:
            client.register_plugin(_worker_plugin(db_url, threads))
            workers = len(client.scheduler_info().get("workers", {}))
            tasks, unreadable = plan_tasks(paths, task_bytes, min_shares=2 * max(1, workers))
            for failure in unreadable:
                summary.count(failure)
            store.record_failures(run_id, unreadable)
            parts: dict[int, RunSummary] = {}
            running = RunSummary(run_id)
            submitted = _submit(client, tasks, run_id, db_url, threads)
            for index, part in _task_summaries(submitted, tasks, run_id, store):
                parts[index] = part
                running.add(part)
                show(running)
            # Failures listed in input order, as a local run lists them, whatever finished first.
            for index in sorted(parts):
                summary.add(parts[index])
    return summary


def _submit(
    client: Client, tasks: list[Task], run_id: int, db_url: str, threads: int
) -> dict[Any, int]:
    """Futures of the tasks → their index. Keys are unique to this client's run: other runs
    (other stores, whose run ids may be the same) can share the cluster."""
    run_key = f"sutja-{run_id}-{uuid.uuid4().hex[:12]}"
    return {
        client.submit(run_task, task, run_id, db_url, threads, key=f"{run_key}-{i}"): i
        for i, task in enumerate(tasks)
    }


def _task_summaries(
    futures: dict[Any, int], tasks: list[Task], run_id: int, store: Store
) -> Iterator[tuple[int, RunSummary]]:
    """Each task's summary as it completes; a task that keeps killing workers becomes a
    failure, a StoreError on a worker ends the run."""
    from distributed import as_completed
    from distributed.scheduler import KilledWorker

    for future in as_completed(futures):
        index = futures.pop(future)
        try:
            yield index, future.result()
        except StoreError:
            raise
        except Exception as exc:  # the engine records per-input errors: this is the task's own
            error = (
                "the worker processes died on this task"
                if isinstance(exc, KilledWorker)
                else one_line(exc)
            )
            failure = Failure(str(tasks[index]), "cluster", error)
            store.record_failures(run_id, [failure])
            part = RunSummary(run_id)
            part.count(failure)
            yield index, part
        future.release()


@contextlib.contextmanager
def _client(cluster: str) -> Iterator[Client]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ClusterError(
            f"--cluster needs dask.distributed: pip install 'sutja[cluster]' ({exc})"
        ) from exc
    if cluster.startswith(LOCAL_PREFIX):
        workers = cluster.removeprefix(LOCAL_PREFIX)
        if not workers.isdigit() or int(workers) < 1:
            raise ClusterError(f"bad cluster {cluster!r}: expected local:N with N ≥ 1")
        with (
            LocalCluster(
                n_workers=int(workers),
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
            ) as local,
            Client(local) as client,
        ):
            yield client
        return
    if "://" not in cluster:
        raise ClusterError(
            f"bad cluster {cluster!r}: expected a scheduler address tcp://HOST:PORT or local:N"
        )
    try:
        client = Client(cluster, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {cluster}: {one_line(exc)}"
        ) from exc
    with client:
        yield client
