"""`pipeline.evaluate`: gold lines go through the same reader, cleaner and extractors as
`sutja extract` input, and are scored by extractors.scoring."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.evaluate import GoldError, evaluate, read_gold
from pipeline.read.inputs import read_jsonl
from schemas.records import Failure, RawDocument


def write(path: Path, *lines: dict | str) -> Path:
    text = "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def fig(kind: str, value: float | int, unit: str, surface: str, section: str = "body") -> dict:
    return {"kind": kind, "value": value, "unit": unit, "surface": surface, "section": section}


JOBS = {
    "id": "ulsan-3",
    "title": "울산시 고용률 60.8% 기록",
    "published_at": "2024-01-15",
    "text": "울산시 고용률이 60.8%로 집계됐다. 시는 올해 일자리 사업에 120억원을 투입한다.",
    "figures": [
        fig("percent", 60.8, "%", "60.8%", "title") | {"metric": "고용률"},
        fig("percent", 60.8, "%", "60.8%") | {"metric": "고용률"},
        fig("money", 12000000000, "KRW", "120억원"),
    ],
    "programs": [],
}


def test_gold_lines_are_read_like_extract_input_with_exact_values(tmp_path):
    gold_file = write(tmp_path / "gold.jsonl", JOBS, "", {**JOBS, "id": "ulsan-4"})
    gold = read_gold(gold_file)
    assert [g.id for g in gold] == ["ulsan-3", "ulsan-4"]
    assert gold[0].figures[0].value == Decimal("60.8")  # not 60.799999…
    assert gold[0].raw == next(iter(read_jsonl(gold_file)))
    assert isinstance(gold[0].raw, RawDocument) and gold[0].raw.external_id == "ulsan-3"


def test_a_well_found_article_scores_one(tmp_path):
    evaluation = evaluate(write(tmp_path / "gold.jsonl", JOBS))
    assert evaluation.tallies["percent"].as_dict() == {
        "gold": 2,
        "pred": 2,
        "tp": 2,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    assert evaluation.tallies["money"].f1 == 1.0
    assert evaluation.articles[0].empty


def test_misses_and_spurious_figures_are_reported(tmp_path):
    # The annotator "forgot" the body amount and "added" one that is not in the text.
    altered = {
        **JOBS,
        "figures": [*JOBS["figures"][:2], fig("count", 3, "곳", "3곳")],
        "programs": ["청년 일자리 사업"],
    }
    evaluation = evaluate(write(tmp_path / "gold.jsonl", altered))
    diff = evaluation.articles[0]
    assert [(m.kind, m.value, m.surface) for m in diff.missed] == [("count", 3, "3곳")]
    assert [(m.kind, m.value, m.unit) for m in diff.spurious] == [
        ("money", Decimal("12000000000"), "KRW")
    ]
    assert evaluation.tallies["money"].precision == 0.0
    assert evaluation.tallies["count"].recall == 0.0
    assert diff.missed_programs == ["청년 일자리 사업"]


def test_an_unreadable_gold_text_counts_as_nothing_predicted(tmp_path):
    empty = {**JOBS, "id": "blank", "text": "   "}
    gold = read_gold(write(tmp_path / "gold.jsonl", empty))
    assert isinstance(gold[0].raw, Failure)
    evaluation = evaluate(tmp_path / "gold.jsonl")
    diff = evaluation.articles[0]
    assert diff.note is not None and "read failed" in diff.note
    assert evaluation.tallies["percent"].recall == 0.0
    assert len(diff.missed) == 3


def test_program_records_may_be_objects_with_a_name(tmp_path):
    gold = read_gold(write(tmp_path / "g.jsonl", {**JOBS, "programs": [{"name": "희망 사업"}]}))
    assert gold[0].programs == ["희망 사업"]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (("{broken",), ":1: not JSON"),
        (("[1, 2]",), ":1: a gold line must be a JSON object"),
        ((JOBS, {**JOBS, "figures": [{"kind": "money", "value": 5}]}), ":2: gold figure without"),
        (({**JOBS, "figures": [fig("money", "많이", "KRW", "많이")]},), "not a number"),
        (({**JOBS, "programs": [7]},), "a program must be a name"),
        (("",), "no articles"),
    ],
)
def test_bad_gold_files_raise_gold_error_naming_the_line(tmp_path, lines, message):
    with pytest.raises(GoldError, match=message):
        read_gold(write(tmp_path / "gold.jsonl", *lines))


def test_missing_gold_file_is_a_gold_error(tmp_path):
    with pytest.raises(GoldError, match="cannot read gold file"):
        read_gold(tmp_path / "nope.jsonl")
