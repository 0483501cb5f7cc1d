"""Throughput and memory of `sutja extract`, next to bare Kiwi tokenization of the same texts.

    .venv/bin/python benchmarks/bench_extract.py [--copies N] [--growth 1 4 16] [--repeat N]
    (or: make bench)

Input: the corpus in ../shared/corpus/text when it is there, else the sample articles of
data/raw; each text repeated --copies times (copies made distinct, so that the store does not
skip them as unchanged) so that start-up does not dominate.

Each measurement is its own subprocess into a fresh temporary SQLite store, so wall times include
start-up (imports, loading Kiwi) alike and peak memory is comparable: bare Kiwi (the pipeline's
model, `Kiwi(num_workers=1, load_multi_dict=False)`, one `tokenize` per text), `sutja extract
--workers 1` (one core), `--workers 2`
(one Kiwi, two cores) and `--cluster local:2` (a Dask LocalCluster of two worker processes). A
run on one short article measures each configuration's start-up, to give the steady rate too.
Peak RSS is sampled from /proc every 50 ms (Linux), summed over the process tree (workers,
scheduler and nannies included), and each process's own peak (VmHWM) read with it: the largest
single process's figure is its VmHWM, and so is the tree's when it is one process. Then the
growth table: `--workers 2` on 1×, 4× and 16× the input texts, where time should grow linearly
and memory stay flat.

The machine may be shared: compare the ratios of one run, not absolute times across runs, and
use --repeat 3 (the best of three rounds taken in turn) when other work comes and goes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "text"
SAMPLE = REPO / "data" / "raw"
TIMEOUT_S = 900

# The bare-Kiwi child: same Kiwi settings as the pipeline (one thread per process).
KIWI_CHILD = """
import json, sys, time
from kiwipiepy import Kiwi
texts = json.load(open(sys.argv[1], encoding="utf-8"))
t0 = time.perf_counter()
kiwi = Kiwi(num_workers=1, load_multi_dict=False)
kiwi.tokenize("준비")  # the first analysis loads the rest of the model: start-up, as in sutja
t1 = time.perf_counter()
tokens = sum(len(kiwi.tokenize(text)) for text in texts)
t2 = time.perf_counter()
print(json.dumps({"load_s": t1 - t0, "tokenize_s": t2 - t1, "tokens": tokens}))
"""


@dataclass
class Measurement:
    label: str
    wall_s: float
    peak_tree_rss: int  # bytes
    peak_process_rss: int  # bytes
    output: str
    cpu_s: float = 0.0  # user + system time of the process and the children it waited for


#: The sutja configurations measured: label → extra arguments of `sutja extract`.
CONFIGS = {
    "sutja --workers 1": ["--workers", "1"],
    "sutja --workers 2": ["--workers", "2"],
    "sutja --cluster local:2": ["--cluster", "local:2"],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--copies",
        type=int,
        default=None,
        help="copies of each input text (default: 3 of the corpus, 100 of the sample)",
    )
    parser.add_argument(
        "--growth",
        type=int,
        nargs="*",
        default=[1, 4, 16],
        help="copies of the input for the growth table of --workers 2 (none: skip it)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="rounds of the main table, one after the other; each figure is the best round's "
        "(fastest wall and start-up, least CPU, highest peak RSS), so that a moment of other "
        "work on a shared machine does not decide it",
    )
    args = parser.parse_args()

    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory(prefix="sutja-bench-") as tmp:
        work = Path(tmp)
        source = CORPUS if CORPUS.is_dir() else SAMPLE
        copies = args.copies or (3 if source == CORPUS else 100)
        texts = _write_copies(source, copies, work / "input.jsonl")
        n, n_chars = len(texts), sum(len(t) for t in texts)
        print(f"input: {source} × {copies}: {n} articles, {n_chars:,} characters")
        texts_file = work / "texts.json"
        texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        tiny = work / "tiny.jsonl"
        tiny.write_text('{"id": "t", "text": "시는 예산 3억원을 투입한다."}\n', encoding="utf-8")
        runs = 0

        def extract(label: str, path: Path, options: list[str]) -> Measurement:
            nonlocal runs
            runs += 1
            db = f"sqlite:///{work / f'run{runs}.db'}"
            command = [*_sutja(), "extract", str(path), "--db", db, *options]
            return _measure(label, command, ok_codes=(0, 1))

        rounds: dict[str, list[tuple[Measurement, float, float]]] = {}
        for _ in range(max(1, args.repeat)):
            # The configurations take turns, so that other work slows them alike.
            child = [sys.executable, "-c", KIWI_CHILD, str(texts_file)]
            m = _measure("bare Kiwi (1 thread)", child)
            detail = json.loads(m.output)
            rounds.setdefault(m.label, []).append((m, detail["load_s"], detail["tokenize_s"]))
            for label, options in CONFIGS.items():
                startup = extract(label, tiny, options).wall_s
                m = extract(label, work / "input.jsonl", options)
                print(f"  {label}: {m.output.splitlines()[0] if m.output else '(no output)'}")
                rounds.setdefault(label, []).append((m, startup, 0.0))
        rows = []
        for runs_of in rounds.values():
            m, startup, tokenize = _best(runs_of)
            # Bare Kiwi times its analysis itself; sutja's is its wall time less its start-up.
            busy = tokenize or m.wall_s - startup
            # (no rate when the input took less than start-up's own spread: too small an input)
            rows.append((m, startup, n / busy if busy > 0 else float("nan")))
        kiwi, kiwi_steady = rows[0][0], rows[0][2]

        print()
        print(
            f"{'':<26}{'articles/s':>11}{'× Kiwi':>8}{'steady/s':>10}{'× Kiwi':>8}"
            f"{'start s':>9}{'wall s':>8}{'CPU s':>7}{'peak RSS':>10}{'× Kiwi':>8}{'largest':>9}"
        )
        for m, startup, steady in rows:
            print(
                f"{m.label:<26}{n / m.wall_s:>11.1f}{kiwi.wall_s / m.wall_s:>8.2f}"
                f"{steady:>10.1f}{steady / kiwi_steady:>8.2f}{startup:>9.1f}{m.wall_s:>8.1f}"
                f"{m.cpu_s:>7.1f}"
                f"{_mb(m.peak_tree_rss):>10}{m.peak_tree_rss / kiwi.peak_tree_rss:>8.2f}"
                f"{_mb(m.peak_process_rss):>9}"
            )
        print(
            "(articles/s: end to end; steady/s: after start-up, i.e. (wall - start) / articles; "
            "× Kiwi: ratio to bare Kiwi's figure in the same column; CPU s: user + system time "
            "of the whole run, which other work on the machine disturbs less than wall time)"
        )

        if args.growth:
            print("\ngrowth, sutja --workers 2 (1× = the input once, without --copies):")
            header = f"{'input':<8}{'articles':>9}{'wall s':>9}{'÷ 1× wall':>10}"
            print(f"{header}{'articles/s':>11}{'peak RSS':>10}")
            base = None
            for factor in args.growth:
                path = work / f"growth-{factor}.jsonl"
                articles = len(_write_copies(source, factor, path))
                m = extract(f"growth {factor}×", path, CONFIGS["sutja --workers 2"])
                base = base or m.wall_s / factor
                print(
                    f"{factor}×{'':<6}{articles:>9}{m.wall_s:>9.1f}{m.wall_s / base:>10.1f}"
                    f"{articles / m.wall_s:>11.1f}{_mb(m.peak_tree_rss):>10}"
                )
    return 0


def _best(runs: list[tuple[Measurement, float, float]]) -> tuple[Measurement, float, float]:
    """One configuration's rounds (measurement, start-up s, analysis s) → the best of each
    figure: the least wall time, CPU, start-up and analysis time, and the highest peak RSS. The
    least start-up is subtracted from the least wall time for the steady rate: never more
    favourable than the fastest round's own (a start-up slowed by other work would be)."""
    fastest = min(runs, key=lambda r: r[0].wall_s)[0]
    best = Measurement(
        fastest.label,
        fastest.wall_s,
        max(r[0].peak_tree_rss for r in runs),
        max(r[0].peak_process_rss for r in runs),
        fastest.output,
        min(r[0].cpu_s for r in runs),
    )
    return best, min(r[1] for r in runs), min(r[2] for r in runs)


def _write_copies(source: Path, copies: int, out: Path) -> list[str]:
    """Write `copies` copies of every input under `source` as one JSONL file; return the texts.

    Copies after the first get a distinct last line (and URL), because a store that already holds
    a text skips it, which would measure nothing.
    """
    from pipeline.read.inputs import iter_raw_documents
    from schemas.records import RawDocument

    docs = [d for d in iter_raw_documents([source]) if isinstance(d, RawDocument)]
    if not docs:
        raise SystemExit(f"no input texts under {source}")
    texts = []
    with out.open("w", encoding="utf-8") as handle:
        for i in range(copies):
            for j, doc in enumerate(docs):
                body = doc.body if isinstance(doc.body, str) else doc.body.decode("utf-8")
                # A copy must not share its source's URL either (a .txt header's `URL:` line
                # would make every copy the same article, replaced instead of inserted).
                copy = body.replace("URL:", "URL-copy:")
                text = body if i == 0 else f"{copy}\n\n(bench copy {i})"
                record = {
                    "id": f"{doc.external_id or j}~{i}",
                    "url": doc.url and (doc.url if i == 0 else f"{doc.url}#copy-{i}"),
                    "title": doc.title,
                    "published_at": doc.published_at,
                    "text": text,
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                texts.append(text)
    return texts


def _sutja() -> list[str]:
    script = Path(sys.executable).parent / "sutja"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from pipeline.cli import main; main()"]


def _measure(label: str, command: list[str], ok_codes: tuple[int, ...] = (0,)) -> Measurement:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    sampler = _TreeRssSampler(process.pid)
    sampler.start()
    try:
        stdout, stderr = process.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        raise SystemExit(f"{label}: took more than {TIMEOUT_S} s") from None
    wall = time.perf_counter() - started
    sampler.stop()
    if process.returncode not in ok_codes:
        raise SystemExit(f"{label} failed (exit {process.returncode}):\n{stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Measurement(label, wall, sampler.peak, sampler.peak_single, stdout.strip(), cpu)


def _mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB" if n else "n/a"


class _TreeRssSampler(threading.Thread):
    """Polls /proc for the summed RSS of a process and all its descendants (Linux).

    A sample every 50 ms misses a short peak (bare Kiwi's, while its model loads, lasts less
    than that), so each process's own peak as the kernel keeps it (VmHWM) counts too: the
    largest process's figure is its VmHWM, and the tree's is never below it (for one process,
    the tree's peak is its VmHWM)."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak = 0
        self.peak_single = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            sizes = [_rss(p) for p in _tree(self.pid)]
            self.peak = max(self.peak, sum(rss for rss, _ in sizes))
            self.peak_single = max([self.peak_single, *(hwm for _, hwm in sizes)])
            self.peak = max(self.peak, self.peak_single)
            self._done.wait(self.interval)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    proc = Path("/proc")
    if not proc.is_dir():
        return [root]
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _rss(pid: int) -> tuple[int, int]:
    """A process's resident memory now and at its peak so far (VmRSS, VmHWM), in bytes."""
    found = {"VmRSS:": 0, "VmHWM:": 0}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key = line[:6]
            if key in found:
                found[key] = int(line.split()[1]) * 1024
    except OSError:
        pass
    return found["VmRSS:"], found["VmHWM:"]


if __name__ == "__main__":
    sys.exit(main())
