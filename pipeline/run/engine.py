"""The batch runner: inputs → clean → extract → store, for any number of inputs.

The only module that knows about threads, progress and the store. Every input ends as exactly
one outcome — inserted, replaced, unchanged, not an article, or failed — and failures are
recorded in the store, never raised: one bad article never stops a batch.

One process, one Kiwi, several cores: Kiwi analyses ahead in `workers` native threads (see
`pipeline.nlp.analyze_stream`) while this process's Python thread reads and cleans the next
inputs, builds Docs, runs the rules and writes. The Python stages and Kiwi overlap, so a run
takes about as long as the slower of the two, not their sum. Outcomes are stored in input order,
in batches of `BATCH` articles per transaction, so two runs over the same inputs leave the same
rows whatever `workers` is. `pipeline.run.cluster` runs the same `extract_items` on each task of
a Dask cluster.
"""

from __future__ import annotations

import contextlib
import gc
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from extractors.version import EXTRACTOR_VERSION
from pipeline.clean import NotAnArticle, clean
from pipeline.read.inputs import iter_raw_documents
from pipeline.run.extract import extract_article
from pipeline.store.db import SaveError, Store
from schemas.records import Article, Extraction, Failure, RawDocument

#: Articles stored per transaction: a commit per article cost more than the rows themselves.
BATCH = 64


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

    def count(self, outcome: Failure | str) -> None:
        """Count one stored outcome: a Failure, or a `Store.save` status."""
        self.read += 1
        if isinstance(outcome, Failure):
            self.failures.append(outcome)
            if outcome.not_article:
                self.not_article += 1
            else:
                self.failed += 1
        else:
            setattr(self, outcome, getattr(self, outcome) + 1)

    def add(self, other: RunSummary) -> None:
        """Add the counts and failures of another part of the same run (a cluster task)."""
        for name, value in other.counts().items():
            setattr(self, name, getattr(self, name) + value)
        self.failures.extend(other.failures)

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

    `workers`: Kiwi's analysis threads, beside this thread (which cleans, extracts and
    writes). Raises only for problems of the database itself (StoreError): those would fail every
    input alike. The run is then recorded as "aborted"; otherwise as "ok", or "failed" when any
    input failed. An article already stored with the same content by this extractor version is
    not analysed again ("unchanged").
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    with recorded_run(store, paths) as summary, progress_bar(progress) as show:
        extract_items(iter_raw_documents(paths), store, summary, threads=workers, show=show)
    return summary


@contextlib.contextmanager
def recorded_run(store: Store, paths: list[str]) -> Iterator[RunSummary]:
    """A row in `runs` for the block: "aborted" when it raises, else "ok", or "failed" when an
    input failed. Both engines run inside one."""
    summary = RunSummary(store.start_run("extract", [str(p) for p in paths], EXTRACTOR_VERSION))
    try:
        yield summary
    except BaseException:
        with contextlib.suppress(Exception):
            store.finish_run(summary.run_id, summary.counts(), "aborted")
        raise
    store.finish_run(summary.run_id, summary.counts(), "ok" if summary.ok else "failed")


def extract_items(
    items: Iterable[RawDocument | Failure],
    store: Store,
    summary: RunSummary,
    *,
    threads: int = 1,
    show: Callable[[RunSummary], None] = lambda summary: None,
    failures_once: bool = False,
) -> None:
    """Clean, extract and store `items` in input order, counting into `summary` (whose
    `run_id` the rows are recorded under). `failures_once`: a source with a failure already
    recorded in this run is not recorded again (a cluster task that runs a second time)."""
    batch = _Batch(store, summary, failures_once)
    with _frozen_heap():
        for outcome in _outcomes(items, store, threads):
            batch.add(outcome)
            if len(batch) >= BATCH:
                batch.flush()
                show(summary)
        batch.flush()
        show(summary)


@contextlib.contextmanager
def _frozen_heap() -> Iterator[None]:
    """Keep what is alive when a run starts (the modules: spaCy, SQLAlchemy … what the process
    keeps until it ends) out of the garbage collector's scans during the block. Each full
    collection would otherwise walk those hundreds of thousands of objects again, for nothing,
    and a run triggers several. No collection first: it would cost more than the few objects of
    garbage that wait, frozen, until the block ends. Nothing is frozen if something else in the
    process froze objects already (the end of the block unfreezes everything)."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class _Batch:
    """Outcomes waiting to be written, in input order; `flush` writes them in two transactions
    (the articles, then the failures) and only then counts them."""

    def __init__(self, store: Store, summary: RunSummary, failures_once: bool) -> None:
        self.store, self.summary, self.failures_once = store, summary, failures_once
        self.outcomes: list[Extraction | Failure | str] = []

    def __len__(self) -> int:
        return len(self.outcomes)

    def add(self, outcome: Extraction | Failure | str) -> None:
        self.outcomes.append(outcome)

    def flush(self) -> None:
        extractions = [o for o in self.outcomes if isinstance(o, Extraction)]
        saved = iter(self.store.save_many(extractions, self.summary.run_id))
        final: list[Failure | str] = []
        for outcome in self.outcomes:
            if isinstance(outcome, Extraction):
                status = next(saved)
                if isinstance(status, SaveError):  # this article only; a StoreError ends the run
                    status = Failure(outcome.article.source, "store", str(status))
                outcome = status
            final.append(outcome)
        failures = [o for o in final if isinstance(o, Failure)]
        self.store.record_failures(self.summary.run_id, failures, once=self.failures_once)
        for outcome in final:
            self.summary.count(outcome)
        self.outcomes.clear()


def _outcomes(
    items: Iterable[RawDocument | Failure], store: Store, threads: int
) -> Iterator[Extraction | Failure | str]:
    """Each input's outcome, in input order: a Failure, "unchanged", or an Extraction to save.

    `prepared` runs inside Kiwi's pulls (see `analyze_stream`): it cleans each input, queues its
    outcome-to-be in `pending` and hands Kiwi the article's section texts; the loop below takes
    Kiwi's results for the oldest pending article and extracts it while Kiwi works on the next.
    """
    from pipeline.nlp import (  # loads spaCy and Kiwi: not on import
        analyze_stream,
        end_transient_strings,
        prepare,
        transient_strings,
    )

    pending: deque[Article | Failure | str] = deque()

    def prepared() -> Iterator[str]:
        for item in items:
            if not isinstance(item, Failure):
                item = clean_task(item)
            if isinstance(item, Article) and store.is_current(item, EXTRACTOR_VERSION):
                item = "unchanged"
            pending.append(item)
            if isinstance(item, Article):
                yield from (prepare(s.text) for s in item.sections)
            else:
                # An empty text for Kiwi: one cheap result that hands control back, so that a
                # long run of unchanged inputs is written as it goes, not held until the next
                # article to analyse.
                yield ""

    analysed = iter(analyze_stream(prepared(), threads))
    ahead: deque[list] = deque()  # a result pulled while `pending` was empty

    def take() -> list:
        return ahead.popleft() if ahead else next(analysed)

    try:
        while True:
            if not pending:
                result = next(analysed, None)  # pulls (reads, cleans) the next inputs
                if result is None and not pending:
                    return
                if result is not None:
                    ahead.append(result)
                continue
            item = pending.popleft()
            if isinstance(item, Article):
                # The article's Docs are dropped before it is yielded: the strings they brought
                # to spaCy's vocabulary can be freed, so that a long run's memory stays flat.
                with transient_strings():
                    extraction = extract_task(item, [take() for _ in item.sections])
                yield extraction
            else:
                take()
                yield item
    finally:
        end_transient_strings()


# --- the stages, each turning any exception into a Failure ------------------------------------


def clean_task(raw: RawDocument) -> Article | Failure:
    """clean(), with every exception turned into a Failure of stage "clean"."""
    try:
        return clean(raw)
    except NotAnArticle as exc:
        return Failure(raw.source, "clean", one_line(exc), not_article=True)
    except Exception as exc:
        return Failure(raw.source, "clean", one_line(exc))


def extract_task(article: Article, analysed: list | None = None) -> Extraction | Failure:
    """extract_article(), with every exception turned into a Failure of stage "extract"."""
    try:
        return extract_article(article, analysed)
    except Exception as exc:
        return Failure(article.source, "extract", one_line(exc))


def one_line(exc: BaseException, limit: int = 300) -> str:
    """An exception as one line a person can act on."""
    text = " ".join(str(exc).split()) or "(no message)"
    text = f"{type(exc).__name__}: {text}"
    return text if len(text) <= limit else text[: limit - 1] + "…"


@contextlib.contextmanager
def progress_bar(enabled: bool) -> Iterator[Callable[[RunSummary], None]]:
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
