"""The batch runner: inputs → clean → extract → store, for any number of inputs.

The only module that knows about parallelism, progress and the store. Every input ends as
exactly one outcome — inserted, replaced, unchanged, not an article, or failed — and failures are
recorded in the store, never raised: one bad article never stops a batch.

With `workers > 1`, cleaning and extraction run in a process pool (each worker loads its own Kiwi
on first use: Kiwi objects cannot be pickled, records can) while the main process alone reads the
store and writes to it. Outcomes are stored in input order whatever the worker timing, so two runs
over the same inputs leave the same rows.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from extractors.version import EXTRACTOR_VERSION
from pipeline.clean import NotAnArticle, clean
from pipeline.read.inputs import iter_raw_documents
from pipeline.run.extract import extract_article
from pipeline.store.db import SaveError, Store
from schemas.records import Article, Extraction, Failure, RawDocument

#: Outcomes of `Store.save`, counted in the summary under the same names.
SAVE_OUTCOMES = ("inserted", "replaced", "unchanged")
#: A worker process dying (a crash in native code, out of memory) takes every task it held with
#: it; those are retried on a fresh pool, and an input still caught in a crash after this many
#: attempts is recorded as failed.
MAX_ATTEMPTS = 3
#: Tasks queued per worker: enough to keep workers busy, few enough to bound memory.
QUEUE_PER_WORKER = 4


@dataclass(slots=True)
class RunSummary:
    """What one `run_extract` did; `read` is the sum of all the other counts."""

    run_id: int
    read: int = 0
    inserted: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    not_article: int = 0
    failures: list[Failure] = field(default_factory=list)  # in input order, not-articles too

    @property
    def ok(self) -> bool:
        """True when no input failed (inputs that are not articles are not failures)."""
        return self.failed == 0

    @property
    def real_failures(self) -> list[Failure]:
        return [f for f in self.failures if not f.not_article]

    def counts(self) -> dict[str, int]:
        return {
            "read": self.read,
            "inserted": self.inserted,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "not_article": self.not_article,
            "failed": self.failed,
        }

    def line(self) -> str:
        """The one-line summary `sutja extract` prints."""
        return ", ".join(f"{k.replace('_', '-')} {v}" for k, v in self.counts().items())


def run_extract(
    paths: list[str], store: Store, *, workers: int = 1, progress: bool = False
) -> RunSummary:
    """Extract every input under `paths` into `store`; record the run and every failure.

    Raises only for problems of the database itself (StoreError): those would fail every input
    alike. The run is then recorded as "aborted"; otherwise as "ok", or "failed" when any input
    failed. An article already stored with the same content by this extractor version is not
    analysed again ("unchanged").
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    run_id = store.start_run("extract", [str(p) for p in paths], EXTRACTOR_VERSION)
    summary = RunSummary(run_id)
    try:
        with _Pool(workers) as pool, _progress_bar(progress) as show:
            outcomes = _ordered_outcomes(iter_raw_documents(paths), store, pool)
            for outcome in outcomes:
                _record(outcome, store, summary)
                show(summary)
    except BaseException:
        with contextlib.suppress(Exception):
            store.finish_run(run_id, summary.counts(), "aborted")
        raise
    store.finish_run(run_id, summary.counts(), "ok" if summary.ok else "failed")
    return summary


def _record(outcome: Extraction | Failure | str, store: Store, summary: RunSummary) -> None:
    summary.read += 1
    if isinstance(outcome, Extraction):
        try:
            outcome = store.save(outcome, summary.run_id)
        except SaveError as exc:  # this article only; a StoreError (the database) ends the run
            outcome = Failure(outcome.article.source, "store", str(exc))
    if isinstance(outcome, Failure):
        store.record_failure(summary.run_id, outcome)
        summary.failures.append(outcome)
        if outcome.not_article:
            summary.not_article += 1
        else:
            summary.failed += 1
        return
    setattr(summary, outcome, getattr(summary, outcome) + 1)


# --- work done in worker processes (module level, so that it pickles by name) -------------------


def clean_task(raw: RawDocument) -> Article | Failure:
    """clean(), with every exception turned into a Failure of stage "clean"."""
    try:
        return clean(raw)
    except NotAnArticle as exc:
        return Failure(raw.source, "clean", one_line(exc), not_article=True)
    except Exception as exc:
        return Failure(raw.source, "clean", one_line(exc))


def extract_task(article: Article) -> Extraction | Failure:
    """extract_article(), with every exception turned into a Failure of stage "extract"."""
    try:
        return extract_article(article)
    except Exception as exc:
        return Failure(article.source, "extract", one_line(exc))


def one_line(exc: BaseException, limit: int = 300) -> str:
    """An exception as one line a person can act on."""
    text = " ".join(str(exc).split()) or "(no message)"
    text = f"{type(exc).__name__}: {text}"
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- ordering and the pool ------------------------------------------------------------------------


@dataclass(slots=True)
class _Job:
    """One input on its way through clean → (is_current) → extract."""

    source: str
    outcome: Extraction | Failure | str | None = None  # set once the job is finished
    task: Callable[[Any], Any] | None = None
    arg: Any = None
    future: Future | None = None
    attempts: int = 0  # of the current task
    generation: int = 0  # of the executor the future came from


def _ordered_outcomes(
    items: Iterable[RawDocument | Failure], store: Store, pool: _Pool
) -> Iterator[Extraction | Failure | str]:
    """Outcomes in input order, while up to `pool.window` inputs are being worked on."""
    items = iter(items)
    jobs: deque[_Job] = deque()
    exhausted = False
    while jobs or not exhausted:
        while not exhausted and len(jobs) < pool.window:
            item = next(items, None)
            if item is None:
                exhausted = True
            elif isinstance(item, Failure):
                jobs.append(_Job(item.source, outcome=item))
            else:
                job = _Job(item.source)
                pool.submit(job, clean_task, item)
                jobs.append(job)
        for job in jobs:
            _advance(job, store, pool)
        while jobs and jobs[0].outcome is not None:
            yield jobs.popleft().outcome
        if jobs and jobs[0].outcome is None:
            running = [j.future for j in jobs if j.future is not None and j.outcome is None]
            wait(running, return_when=FIRST_COMPLETED)


def _advance(job: _Job, store: Store, pool: _Pool) -> None:
    if job.outcome is not None or job.future is None or not job.future.done():
        return
    try:
        result = job.future.result()
    except BrokenProcessPool:
        pool.check_workers_started()
        pool.restart_after_crash(job.generation)
        if job.attempts >= MAX_ATTEMPTS:
            stage = "clean" if job.task is clean_task else "extract"
            job.outcome = Failure(job.source, stage, "a worker process died on this input")
        else:
            pool.submit(job, job.task, job.arg, retry=True)
        return
    if isinstance(result, Article):
        if store.is_current(result, EXTRACTOR_VERSION):
            job.outcome = "unchanged"
        else:
            pool.submit(job, extract_task, result)
    else:
        job.outcome = result


def _worker_started(counter: Any) -> None:
    with counter.get_lock():
        counter.value += 1


class _InlineExecutor(Executor):
    """Runs each task at once in this process: workers=1 needs no pool and no pickling."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        future.set_result(fn(*args, **kwargs))
        return future


class _Pool:
    """The executor, replaced by a fresh one when a worker process dies."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.window = 1 if workers == 1 else workers * QUEUE_PER_WORKER
        self.generation = 0
        self._started: Any = None  # shared counter of workers that finished starting
        self._executor = self._new_executor()

    def _new_executor(self) -> Executor:
        if self.workers == 1:
            return _InlineExecutor()
        # "spawn": a forked child would inherit the parent's threads and open database
        # connections; a spawned one starts clean and loads its own Kiwi when first needed.
        context = multiprocessing.get_context("spawn")
        self._started = context.Value("i", 0)
        return ProcessPoolExecutor(
            self.workers,
            mp_context=context,
            initializer=_worker_started,
            initargs=(self._started,),
        )

    def check_workers_started(self) -> None:
        """After a pool broke: raise if no worker ever started, since retrying cannot help."""
        if self._started is not None and self._started.value == 0:
            raise RuntimeError(
                "worker processes died while starting; a script that calls run_extract with "
                "workers > 1 must do so under `if __name__ == '__main__':`"
            )

    def submit(
        self, job: _Job, task: Callable[[Any], Any], arg: Any, *, retry: bool = False
    ) -> None:
        job.task, job.arg = task, arg
        job.attempts = job.attempts + 1 if retry else 1
        job.generation = self.generation
        job.future = self._executor.submit(task, arg)

    def restart_after_crash(self, generation: int) -> None:
        # Every future of a broken pool fails; only the first one to notice replaces the pool.
        if generation == self.generation:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = self._new_executor()
            self.generation += 1

    def __enter__(self) -> _Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def _progress_bar(enabled: bool) -> Iterator[Callable[[RunSummary], None]]:
    """A Rich progress display on stderr, or a no-op; yields the function that updates it."""
    if not enabled:
        yield lambda summary: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extracting", total=None)

        def show(summary: RunSummary) -> None:
            bar.update(task, completed=summary.read, description=f"extracting: {summary.line()}")

        yield show
