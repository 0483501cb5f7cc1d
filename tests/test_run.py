"""The batch runner on a real store: inputs → clean → extract → store, failures recorded."""

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import pipeline.run.engine
import pipeline.run.extract
from pipeline.clean import clean
from pipeline.read.inputs import iter_raw_documents
from pipeline.run.engine import RunSummary, extract_task, one_line, run_extract
from pipeline.run.extract import extract_article
from pipeline.store.db import Store
from pipeline.store.export import iter_article_records
from schemas.records import Article, Failure, RawDocument, Section

TXT_ARTICLE = """부산시, 청년 일자리 3천개 만든다

부산시는 올해 예산 250억원을 들여 청년 일자리 3천개를 만들고 고용률을 62%까지 높이겠다고 밝혔다.

시는 지역 기업 45개사와 협약을 맺고 청년 인턴 지원사업을 확대한다.
"""

JSONL_RECORDS = [
    {
        "id": "daegu-0007",
        "title": "대구시 소상공인 1,200곳에 36억원 지원",
        "published_at": "2024-03-05",
        "text": "대구시는 소상공인 1,200곳에 모두 36억원을 지원한다고 5일 밝혔다.",
    },
    {
        "id": "gwangju-0012",
        "title": "광주 실업률 3.1%로 하락",
        "published_at": "2024-04-10T10:00:00+09:00",
        "text": "광주시 실업률은 지난해 3.1%로 낮아졌다.<br />"
        "시는 중소기업 20개사를 새로 선정했다.",
    },
]


def write_inputs(folder: Path, *, bad_line: bool = False, empty_text: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "busan.txt").write_text(TXT_ARTICLE, encoding="utf-8")
    lines = [json.dumps(r, ensure_ascii=False) for r in JSONL_RECORDS]
    if bad_line:
        lines.insert(1, '{"id": "broken", "text": "끝나지 않은 줄')
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if empty_text:
        (folder / "empty.txt").write_text("  \n\n", encoding="utf-8")
    return folder


def rows(url: str) -> list[dict]:
    with Store.open(url) as store:
        return list(iter_article_records(store, with_text=True))


def test_folder_with_txt_and_jsonl_is_stored_with_its_figures(db_url, tmp_path):
    folder = write_inputs(tmp_path / "in")
    with Store.open(db_url) as store:
        summary = run_extract([str(folder)], store)
        counts = store.counts()
        run = store.run(summary.run_id)
    assert summary.line() == (
        "read 3, inserted 3, replaced 0, unchanged 0, not-article 0, failed 0"
    )
    assert summary.ok and summary.failures == []
    assert counts["articles"] == 3
    assert counts["figures"] > 0
    assert run is not None and run["status"] == "ok"
    assert run["counts"]["inserted"] == 3 and run["inputs"] == [str(folder)]

    stored = {r["id"]: r for r in rows(db_url)}
    # The input's own ids come back unchanged; the text file gets a content key.
    assert {"daegu-0007", "gwangju-0012"} <= stored.keys()
    daegu = stored["daegu-0007"]
    assert {(f["kind"], f["value"], f["unit"]) for f in daegu["figures"]} >= {
        ("money", Decimal("3600000000"), "KRW"),
        ("count", Decimal("1200"), "곳"),
    }
    # What the store holds is exactly what the extractors produced for that article.
    raw = next(
        d
        for d in iter_raw_documents([folder / "news.jsonl"])
        if isinstance(d, RawDocument) and d.external_id == "daegu-0007"
    )
    expected = extract_article(clean(raw))
    assert [(f["kind"], f["value"], f["unit"], f["surface"]) for f in daegu["figures"]] == [
        (f.kind, f.value, f.unit, f.surface) for f in expected.figures
    ]


def test_second_run_adds_nothing(db_url, tmp_path):
    folder = write_inputs(tmp_path / "in")
    with Store.open(db_url) as store:
        first = run_extract([str(folder)], store)
        before = store.counts()
        second = run_extract([str(folder)], store)
        after = store.counts()
    assert first.inserted == 3
    assert (second.read, second.unchanged, second.inserted, second.replaced) == (3, 3, 0, 0)
    assert second.run_id != first.run_id
    assert {k: v for k, v in after.items() if k != "runs"} == {
        k: v for k, v in before.items() if k != "runs"
    }
    assert after["runs"] == before["runs"] + 1


def test_bad_line_and_empty_text_are_failures_and_the_rest_is_stored(sqlite_url, tmp_path):
    folder = write_inputs(tmp_path / "in", bad_line=True, empty_text=True)
    with Store.open(sqlite_url) as store:
        summary = run_extract([str(folder)], store)
        recorded = store.failures(summary.run_id)
        run = store.run(summary.run_id)
    assert (summary.read, summary.inserted, summary.failed, summary.not_article) == (5, 3, 1, 1)
    assert not summary.ok
    assert run is not None and run["status"] == "failed"
    by_source = {f["source"]: f for f in recorded}
    bad = by_source[f"{folder / 'news.jsonl'}#L2"]
    assert bad["stage"] == "read" and not bad["not_article"]
    empty = by_source[str(folder / "empty.txt")]
    assert empty["not_article"]
    assert [f.source for f in summary.real_failures] == [f"{folder / 'news.jsonl'}#L2"]
    # Everything else went in, in input order (folders are walked in sorted order).
    assert [r["id"] for r in rows(sqlite_url)][1:] == ["daegu-0007", "gwangju-0012"]


def test_missing_path_is_a_read_failure_not_a_crash(sqlite_url, tmp_path):
    folder = write_inputs(tmp_path / "in")
    with Store.open(sqlite_url) as store:
        summary = run_extract([str(tmp_path / "nowhere"), str(folder)], store)
    assert summary.failed == 1 and summary.inserted == 3
    assert summary.failures[0].stage == "read"


def test_newer_extractor_version_replaces(sqlite_url, tmp_path, monkeypatch):
    folder = write_inputs(tmp_path / "in")
    with Store.open(sqlite_url) as store:
        run_extract([str(folder)], store)
        monkeypatch.setattr(pipeline.run.engine, "EXTRACTOR_VERSION", "test-next")
        monkeypatch.setattr(pipeline.run.extract, "EXTRACTOR_VERSION", "test-next")
        summary = run_extract([str(folder)], store)
        counts = store.counts()
    assert (summary.replaced, summary.inserted, summary.unchanged) == (3, 0, 0)
    assert counts["articles"] == 3


def test_two_workers_store_the_same_rows_as_one(tmp_path):
    folder = write_inputs(tmp_path / "in", bad_line=True, empty_text=True)
    urls = {n: f"sqlite:///{tmp_path / f'w{n}.db'}" for n in (1, 2)}
    summaries: dict[int, RunSummary] = {}
    for n, url in urls.items():
        with Store.open(url) as store:
            summaries[n] = run_extract([str(folder)], store, workers=n)
    assert summaries[1].counts() == summaries[2].counts()
    assert summaries[1].failures == summaries[2].failures
    assert rows(urls[1]) == rows(urls[2])


def test_progress_display_does_not_change_the_outcome(sqlite_url, tmp_path, capsys):
    folder = write_inputs(tmp_path / "in")
    with Store.open(sqlite_url) as store:
        summary = run_extract([str(folder)], store, progress=True)
    assert summary.inserted == 3
    assert capsys.readouterr().out == ""  # the display goes to stderr only


def test_a_run_freezes_the_collector_only_while_it_runs(sqlite_url, tmp_path, monkeypatch):
    import gc

    folder = write_inputs(tmp_path / "in")
    during: list[int] = []
    extract = pipeline.run.engine.extract_task

    def watched(article, analysed=None):
        during.append(gc.get_freeze_count())
        return extract(article, analysed)

    monkeypatch.setattr(pipeline.run.engine, "extract_task", watched)
    assert gc.get_freeze_count() == 0
    with Store.open(sqlite_url) as store:
        assert run_extract([str(folder)], store).inserted == 3
    assert during and all(n > 0 for n in during)  # the modules and models, out of the scans
    assert gc.get_freeze_count() == 0  # and back for the rest of the process
    # What another part of the process froze stays frozen, and the run leaves it alone.
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        during.clear()
        with Store.open(f"sqlite:///{tmp_path / 'second.db'}") as store:
            run_extract([str(folder)], store)
        # (objects freed meanwhile leave the frozen count, nothing else changes it)
        assert during and all(frozen // 2 < n <= frozen for n in during)
        assert frozen // 2 < gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()


def test_a_run_frees_the_strings_its_articles_brought_to_the_vocabulary(
    sqlite_url, tmp_path, monkeypatch
):
    import pipeline.nlp
    from pipeline.nlp import analyze, vocab

    # Five articles, each with counts no other text uses: their numbers are new strings.
    counts = [73_919 + 1_000 * k for k in range(5)]
    records = [
        {
            "id": f"count-{k}",
            "text": f"군은 올해 관광객 {n:,}명이 찾았다고 밝혔다. "
            f"방문객은 지난해보다 {k + 11}% 늘었다.",
        }
        for k, n in enumerate(counts)
    ]
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    (folder / "counts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    kept = analyze("군은 방문객 수를 밝혔다.")  # made before the run, outside its zones
    monkeypatch.setattr(pipeline.nlp, "ZONE_ARTICLES", 2)  # zones end within the run too

    seen: list[bool] = []
    extract = pipeline.run.engine.extract_task

    def watched(article, analysed=None):
        extraction = extract(article, analysed)
        seen.append(any(f"{n:,}" in vocab().strings for n in counts))
        return extraction

    monkeypatch.setattr(pipeline.run.engine, "extract_task", watched)
    with Store.open(sqlite_url) as store:
        assert run_extract([str(folder)], store).inserted == 5
    stored = {r["id"]: {f["surface"] for f in r["figures"]} for r in rows(sqlite_url)}
    assert stored == {f"count-{k}": {f"{n:,}명", f"{k + 11}%"} for k, n in enumerate(counts)}

    assert all(seen)  # each article's own number was interned while it was extracted ...
    assert not any(f"{n:,}" in vocab().strings for n in counts)  # ... and is gone after the run
    assert [t.text for t in kept][:3] == ["군", "은", "방문객"]  # earlier Docs are intact
    assert "방문객" in vocab().strings
    after = analyze(f"관광객 {counts[0]:,}명")  # a Doc made after the run keeps its strings
    assert after[1].text == f"{counts[0]:,}" and f"{counts[0]:,}" in vocab().strings


def test_workers_must_be_positive(sqlite_url):
    with Store.open(sqlite_url) as store, pytest.raises(ValueError, match="at least 1"):
        run_extract([], store, workers=0)


def test_an_exception_in_extraction_becomes_a_failure():
    # A section whose text is not a string breaks the analyser: the runner gets a Failure.
    article = Article(source="broken.txt", sections=[Section("body", None)])  # type: ignore[arg-type]
    result = extract_task(article)
    assert isinstance(result, Failure)
    assert (result.source, result.stage) == ("broken.txt", "extract")
    assert "\n" not in result.error


def test_one_line_errors():
    assert one_line(ValueError("줄이\n  둘")) == "ValueError: 줄이 둘"
    assert one_line(RuntimeError()) == "RuntimeError: (no message)"
    assert len(one_line(ValueError("가" * 1000))) == 300


def test_a_script_without_main_guard_runs_on_two_cores(tmp_path):
    # Cores are Kiwi threads in this process, not spawned processes that re-import the script.
    script = tmp_path / "no_guard.py"
    url = f"sqlite:///{tmp_path / 's.db'}"
    folder = str(write_inputs(tmp_path / "in"))
    script.write_text(
        "from pipeline.run.engine import run_extract\n"
        "from pipeline.store.db import Store\n"
        f"run_extract([{folder!r}], Store.open({url!r}), workers=2)\n",
        encoding="utf-8",
    )
    repo = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, str(script)], cwd=repo, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert rows(url) == rows_of_one_core(tmp_path, folder)


def rows_of_one_core(tmp_path: Path, folder: str) -> list:
    url = f"sqlite:///{tmp_path / 'one-core.db'}"
    with Store.open(url) as store:
        run_extract([folder], store, workers=1)
    return rows(url)
