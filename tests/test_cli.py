"""The `sutja` command line, in process (Kiwi loads once per test session): outputs and exit
codes 0 / 1 / 2."""

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.display import format_value, shorten
from pipeline.store.query import FIGURE_COLUMNS

runner = CliRunner()

ARTICLES = [
    {
        "id": "daegu-0007",
        "title": "대구시 소상공인 1,200곳에 36억원 지원",
        "published_at": "2024-03-05",
        "text": "대구시는 소상공인 1,200곳에 모두 36억원을 지원한다고 5일 밝혔다.",
    },
    {
        "id": "007",
        "title": "광주시 실업률 3.1%로 하락",
        "published_at": "2024-04-10T10:00:00+09:00",
        "text": "광주시 실업률은 지난해 3.1%로 낮아졌다.<br />"
        "시는 중소기업 20개사를 새로 선정했다.",
    },
]


def sutja(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def write_jsonl(path: Path, records: list[dict], extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> str:
    """A SQLite store holding ARTICLES, extracted through the command line."""
    folder = tmp_path_factory.mktemp("cli")
    url = f"sqlite:///{folder / 'sutja.db'}"
    result = sutja("extract", write_jsonl(folder / "news.jsonl", ARTICLES), "--db", url)
    assert result.exit_code == 0, result.output
    return url


# --- extract ---------------------------------------------------------------------------------


def test_extract_prints_one_summary_line_and_exits_0(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    news = write_jsonl(tmp_path / "news.jsonl", ARTICLES)
    first = sutja("extract", news, "--db", url)
    assert first.exit_code == 0
    assert first.stdout == "read 2, inserted 2, replaced 0, unchanged 0, not-article 0, failed 0\n"
    again = sutja("extract", news, "--db", url, "--workers", "1")
    assert again.exit_code == 0
    assert again.stdout.startswith("read 2, inserted 0, replaced 0, unchanged 2,")


def test_extract_exits_1_and_lists_failures_when_an_input_fails(tmp_path):
    news = write_jsonl(tmp_path / "news.jsonl", ARTICLES[:1], ('{"id": "x", "text": 끝',))
    result = sutja("extract", news, "--db", f"sqlite:///{tmp_path / 'a.db'}")
    assert result.exit_code == 1
    summary, failure = result.stdout.splitlines()
    assert summary == "read 2, inserted 1, replaced 0, unchanged 0, not-article 0, failed 1"
    assert failure.startswith(f"failed: {news}#L2 [read] line 2 is not JSON")


def test_inputs_that_are_not_articles_do_not_fail_the_run(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "blank.txt").write_text("\n  \n", encoding="utf-8")
    result = sutja("extract", tmp_path / "in", "--db", f"sqlite:///{tmp_path / 'a.db'}")
    assert result.exit_code == 0
    assert "not-article 1, failed 0" in result.stdout


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql+psycopg://postgres@127.0.0.1:1/x", "127.0.0.1"),
        ("mysql://root@localhost/x", "unsupported database"),
        ("not a database url", "bad database URL"),
    ],
)
def test_bad_or_unreachable_database_exits_2_with_one_line(tmp_path, url, message):
    news = write_jsonl(tmp_path / "news.jsonl", ARTICLES)
    for args in (("extract", news), ("export", "--format", "csv"), ("query",)):
        result = sutja(*args, "--db", url)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr.startswith("sutja: error: ")
        assert message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.output


def test_sutja_db_environment_variable_is_the_default(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv("SUTJA_DB", url)
    result = sutja("extract", write_jsonl(tmp_path / "news.jsonl", ARTICLES))
    assert result.exit_code == 0
    assert (tmp_path / "env.db").exists()


@pytest.mark.parametrize(
    "args",
    [
        ("extract", "--no-such-option", "x"),
        ("extract",),
        ("extract", "does/not/exist.txt"),
        ("extract", "README.md", "--workers", "0"),
        ("export",),
        ("export", "--format", "parquet"),
        ("query", "--kind", "ratio"),
        ("query", "--limit", "0"),
        ("eval", "no/such/gold.jsonl"),
        ("frobnicate",),
    ],
)
def test_usage_errors_exit_2(args):
    result = sutja(*args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


# --- export ----------------------------------------------------------------------------------


def test_export_jsonl_returns_the_input_ids_unchanged(filled):
    result = sutja("export", "--db", filled, "--format", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line, parse_float=Decimal) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["daegu-0007", "007"]
    daegu = records[0]
    assert set(daegu) == {"id", "url", "title", "published_at", "org", "figures", "programs"}
    assert ("money", 3600000000, "KRW") in {
        (f["kind"], f["value"], f["unit"]) for f in daegu["figures"]
    }


def test_export_jsonl_text_adds_author_and_sections(filled):
    result = sutja("export", "--db", filled, "--format", "jsonl", "--text")
    record = json.loads(result.stdout.splitlines()[1])
    assert {"author", "sections"} <= record.keys()
    assert record["sections"]["body"] == [
        "광주시 실업률은 지난해 3.1%로 낮아졌다.",
        "시는 중소기업 20개사를 새로 선정했다.",
    ]


def test_export_csv_has_the_figure_columns_and_writes_to_out(filled, tmp_path):
    stdout = sutja("export", "--db", filled, "--format", "csv")
    assert stdout.exit_code == 0
    assert stdout.stdout.splitlines()[0] == ",".join(FIGURE_COLUMNS)
    out = tmp_path / "figures.csv"
    to_file = sutja("export", "--db", filled, "--format", "csv", "--out", out)
    assert to_file.exit_code == 0 and to_file.stdout == ""
    assert out.read_text(encoding="utf-8") == stdout.stdout
    rows = list(csv.DictReader(io.StringIO(stdout.stdout)))
    assert f"wrote {len(rows)} rows to {out}" in to_file.stderr


def test_export_text_with_csv_is_a_usage_error(filled):
    result = sutja("export", "--db", filled, "--format", "csv", "--text")
    assert result.exit_code == 2
    assert "--text" in result.stderr


# --- query -----------------------------------------------------------------------------------


def query_json(url: str, *args: str) -> list[dict]:
    result = sutja("query", "--db", url, "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout, parse_float=Decimal)


def test_query_filters(filled):
    everything = query_json(filled)
    assert {r["kind"] for r in everything} == {"money", "percent", "count"}

    percent = query_json(filled, "--kind", "percent")
    assert percent and {r["kind"] for r in percent} == {"percent"}
    # In the title and again in the body.
    assert [(r["value"], r["metric"]) for r in query_json(filled, "--metric", "실업")] == [
        (Decimal("3.1"), "실업률")
    ] * 2
    assert {r["org"] for r in query_json(filled, "--org", "대구")} == {"대구시"}
    assert {r["external_id"] for r in query_json(filled, "--since", "2024-04-01")} == {"007"}
    assert {r["external_id"] for r in query_json(filled, "--until", "2024-03-05")} == {"daegu-0007"}
    assert all("소상공인" in r["sentence"] for r in query_json(filled, "--text", "소상공인"))
    # 지난해 stands in the rate's clause; the count's sentence names no year and takes the
    # earlier sentence's, and the headline's rate the body's: less certain sources that
    # --year-source can leave out
    in_2023 = query_json(filled, "--year", "2023")
    assert {(r["value"], r["unit"], r["year_source"]) for r in in_2023} == {
        (Decimal("3.1"), "%", "clause"),
        (Decimal("3.1"), "%", "article"),
        (20, "개사", "article"),
    }
    assert {r["unit"] for r in query_json(filled, "--year", "2023", "--year-source", "clause")} == {
        "%"
    }
    counts = query_json(filled, "--kind", "count", "--subject", "기업")
    assert [(r["value"], r["unit"]) for r in counts] == [(20, "개사")]
    assert len(query_json(filled, "--limit", "1")) == 1
    assert query_json(filled, "--org", "서울") == []


def test_query_csv_and_table(filled):
    as_csv = sutja("query", "--db", filled, "--kind", "money", "--format", "csv")
    assert as_csv.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert rows and {r["kind"] for r in rows} == {"money"}
    assert {r["value"] for r in rows} == {"3600000000"}

    table = sutja("query", "--db", filled, "--org", "대구")
    assert table.exit_code == 0
    for header in ("org", "date", "kind", "value", "metric/subject", "surface", "sentence"):
        assert header in table.stdout
    assert "36억 원" in table.stdout
    assert "1,200곳" in table.stdout
    assert "2024-03-05" in table.stdout


def test_query_bad_date_exits_2(filled):
    result = sutja("query", "--db", filled, "--since", "2024/03/05")
    assert result.exit_code == 2
    assert "--since expects a date as YYYY-MM-DD" in result.stderr


# --- eval ------------------------------------------------------------------------------------


def fig(kind: str, value: float | int, unit: str, surface: str, section: str) -> dict:
    return {"kind": kind, "value": value, "unit": unit, "surface": surface, "section": section}


GOLD = [
    {
        **ARTICLES[0],
        "figures": [
            fig("count", 1200, "곳", "1,200곳", "title"),
            fig("money", 3600000000, "KRW", "36억원", "title"),
            fig("count", 1200, "곳", "1,200곳", "body"),
            fig("money", 3600000000, "KRW", "36억원", "body"),
        ],
        "programs": [],
    },
    {
        **ARTICLES[1],
        "figures": [
            fig("percent", 3.1, "%", "3.1%", "title"),
            fig("percent", 3.1, "%", "3.1%", "body"),
            fig("count", 20, "개사", "20개사", "body"),
            # Not in the text: the scorer must report it as missed.
            fig("count", 7, "명", "7명", "body"),
        ],
        "programs": ["중소기업 선정 사업"],
    },
]


@pytest.fixture(scope="module")
def gold_file(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("gold") / "gold.jsonl", GOLD)


def test_eval_prints_a_table_per_kind(gold_file):
    result = sutja("eval", gold_file)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    for label in ("money", "percent", "count", "programs (strict)", "programs (lenient)"):
        assert any(label in line for line in lines), label
    for header in ("gold", "pred", "tp", "P", "R", "F1"):
        assert header in result.stdout
    count_row = next(line for line in lines if " count " in line)
    assert count_row.split("│")[2].strip() == "4"  # gold column


def test_eval_json_and_details(gold_file):
    result = sutja("eval", gold_file, "--json", "--details")
    assert result.exit_code == 0
    scores = json.loads(result.stdout)
    assert scores["articles"] == 2
    assert scores["scores"]["count"]["gold"] == 4
    assert scores["scores"]["count"]["recall"] < 1
    missed = [m for d in scores["details"] for m in d["missed"]]
    assert {
        "kind": "count",
        "value": "7",
        "unit": "명",
        "surface": "7명",
        "section": "body",
    } in missed

    text = sutja("eval", gold_file, "--details")
    assert "== 007" in text.stdout
    assert "missed   count   7 명  '7명' [body]" in text.stdout
    assert "missed   program 중소기업 선정 사업" in text.stdout


def test_eval_scores_plan_and_year_where_the_gold_labels_them(tmp_path):
    text = "천안시는 올해 일자리 2만6천개를 만들 계획이다. 지난해에는 2만5천개를 만들었다."
    article = {"id": "cheonan-1", "title": "천안시 일자리 계획", "text": text}
    labelled = [
        fig("count", 26000, "개", "2만6천개", "body") | {"is_target": True, "year": 2021},
        # The gold says 2019 on purpose: the extractor's 2020 (지난해) must show as a disagreement.
        fig("count", 25000, "개", "2만5천개", "body") | {"is_target": False, "year": 2019},
    ]
    gold = write_jsonl(
        tmp_path / "gold.jsonl",
        [article | {"published_at": "2021-02-03T09:00:00+09:00", "figures": labelled}],
    )
    scores = json.loads(sutja("eval", gold, "--json").stdout)["scores"]
    assert [scores[row]["tp"] for row in ("plan", "year", "plan_year")] == [2, 1, 1]
    assert scores["plan_year"]["gold"] == 2
    table = sutja("eval", gold, "--details").stdout
    assert "timing   '2만5천개' [body] result 2020 (gold: result 2019)" in table
    assert "plan and year" in table
    # A gold file that labels no plan or year (like ../shared/gold) shows no such rows.
    assert "plan and year" not in sutja("eval", write_jsonl(tmp_path / "g.jsonl", GOLD)).stdout


def test_eval_bad_gold_line_exits_2_naming_the_line(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD[:1], ('{"id": "x", "figures": [',))
    result = sutja("eval", gold)
    assert result.exit_code == 2
    assert f"{gold}:2: not JSON" in result.stderr


# --- value display ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "unit", "value_max", "shown"),
    [
        ("422220000000", "KRW", None, "4,222억 2,000만 원"),
        ("1019982000000", "KRW", None, "1조 199억 8,200만 원"),
        ("3600000000", "KRW", None, "36억 원"),
        ("300000000", "KRW", "500000000", "3억~5억 원"),
        ("5000", "KRW", None, "5,000 원"),
        ("46310000", "USD", None, "46,310,000 USD"),
        ("67", "%", None, "67%"),
        ("-0.7", "%", None, "-0.7%"),
        ("0.6", "%p", None, "0.6%p"),
        ("26000", "개", None, "26,000개"),
        ("1.3", "명", None, "1.3명"),
    ],
)
def test_format_value(value, unit, value_max, shown):
    assert format_value(Decimal(value), unit, value_max and Decimal(value_max)) == shown


def test_shorten_keeps_the_surface_in_view():
    sentence = (
        "시는 올해 4,222억2000만원을 투입해 고용률 67% 달성을 목표로 2만6000개 일자리를 만든다."
    )
    short = shorten(sentence, "2만6000개", 30)
    assert "2만6000개" in short
    assert short.startswith("…") and short.endswith("…")
    assert shorten("짧은 문장.", "문장", 30) == "짧은 문장."
    assert shorten("줄이\n  바뀐   문장", "", 30) == "줄이 바뀐 문장"


def test_reading_commands_do_not_create_a_store_where_none_is(tmp_path):
    missing = tmp_path / "typo.db"
    for args in (("query",), ("export", "--format", "jsonl")):
        result = sutja(*args, "--db", f"sqlite:///{missing}")
        assert result.exit_code == 2
        assert f"no database at {missing}" in result.stderr
    assert not missing.exists()
