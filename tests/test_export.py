"""JSONL and CSV exports: the input id comes back, values leave exactly as stored."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest

from pipeline.store.export import iter_article_records, to_json, write_csv, write_jsonl
from pipeline.store.query import FIGURE_COLUMNS

FIGURE_KEYS = {
    "kind",
    "value",
    "value_max",
    "unit",
    "surface",
    "section",
    "start",
    "end",
    "sentence",
    "approx",
    "qualifier",
    "metric",
    "subject",
    "is_target",
    "year",
    "year_source",
}


def _jsonl(store, **kw) -> list[str]:
    out = io.StringIO()
    count = write_jsonl(store, out, **kw)
    lines = out.getvalue().splitlines()
    assert count == len(lines)
    return lines


def test_jsonl_line_carries_the_input_id_and_the_figures(store, cheonan):
    url = "https://www.cheonan.go.kr/news/2021-02-03"
    extraction = cheonan(external_id="cheonan-2021-jobs", url=url)
    store.save(extraction, store.start_run("extract", [], "1"))

    (line,) = _jsonl(store)
    record = json.loads(line)
    assert (record["id"], record["url"], record["org"]) == ("cheonan-2021-jobs", url, "천안시")
    assert record["title"] == extraction.article.title
    assert record["published_at"] == "2021-02-03T09:57:00+09:00"
    assert set(record) == {"id", "url", "title", "published_at", "org", "figures", "programs"}

    figures = record["figures"]
    assert all(set(f) == FIGURE_KEYS for f in figures)
    assert [(f["section"], f["kind"], f["value"], f["unit"]) for f in figures] == [
        ("title", "money", 422220000000, "KRW"),
        ("title", "percent", 67, "%"),
        ("lead", "count", 26000, "개"),
        ("body", "money", 422220000000, "KRW"),
        ("body", "percent", 67, "%"),
        ("body", "count", 26000, "개"),
        ("body", "percent", 60.8, "%"),
        ("body", "percent", -0.7, "%p"),
        ("caption", "count", 5346, "명"),
    ]
    assert isinstance(figures[0]["value"], int)  # an integral amount is a JSON integer
    money = figures[3]
    assert money["sentence"].startswith("시는 올해 4,222억2000만원을 투입해")
    body = extraction.article.section("body").text
    assert body[money["start"] : money["end"]] == money["surface"] == "4,222억2000만원"
    assert (money["is_target"], money["year"], money["approx"]) == (True, 2021, False)
    assert figures[4]["metric"] == "고용률" and figures[5]["subject"] == "일자리"
    assert [p["name"] for p in record["programs"]] == ["천안형 공공근로사업", "어르신 일자리사업"]
    assert set(record["programs"][0]) == {"name", "section", "start", "end", "sentence"}


@pytest.mark.parametrize(
    "text",
    ["0.1", "0.1234567891", "12345.6789012345", "-1234567.891", "13857000000000", "1000000003623"],
)
def test_jsonl_numbers_keep_every_digit(store, build_extraction, text):
    sentence = f"사업비는 {text}억원이다."
    spec = {
        "section": "body",
        "sentence": sentence,
        "surface": f"{text}억원",
        "kind": "money",
        "value": Decimal(text),
        "unit": "KRW",
    }
    store.save(build_extraction([("body", sentence)], [spec]), store.start_run("x", [], "1"))
    (line,) = _jsonl(store)
    assert f'"value": {text},' in line
    value = json.loads(line, parse_float=Decimal)["figures"][0]["value"]
    assert value == Decimal(text)


def test_jsonl_id_falls_back_to_the_article_key(store, cheonan, build_extraction):
    store.save(cheonan(url="https://news.example/1"), store.start_run("x", [], "1"))
    bare = build_extraction([("body", "아산시는 올해 청년 일자리를 늘린다.")], [])
    store.save(bare, store.start_run("x", [], "1"))
    ids = [json.loads(line)["id"] for line in _jsonl(store)]
    assert ids == ["https://news.example/1", "sha256:" + bare.article.content_hash]


def test_jsonl_with_text_adds_author_and_sections(store, cheonan):
    store.save(cheonan(), store.start_run("extract", [], "1"))
    without = json.loads(_jsonl(store)[0])
    assert "sections" not in without and "author" not in without

    (record,) = iter_article_records(store, with_text=True)
    assert record["author"] == "김헌규"
    sections = record["sections"]
    assert sections["title"] == '천안시,"4222억2000만원 투입, 고용률 67% 달성"목표'
    assert sections["subtitle"] == "올해 일자리 창출, 첨단산업과 청년에 집중"
    assert sections["lead"] == [
        "일자리 창출 종합 추진계획 수립, 2만6천개 양질의 일자리 창출 목표",
        "첨단산업 활성화로 일자리 창출력 제고, 미래선도 청년 창업 활성화",
    ]
    assert len(sections["body"]) == 2 and sections["body"][1].startswith("취약계층 일자리")
    assert sections["captions"] == ["▲ 천안시민 5346명이 연명치료를 거부하고 있다."]
    line = _jsonl(store, with_text=True)[0]
    assert json.loads(line)["sections"] == sections


def test_csv_has_one_flat_row_per_figure(store, cheonan):
    extraction = cheonan(external_id="cheonan-2021-jobs")
    store.save(extraction, store.start_run("extract", [], "1"))
    out = io.StringIO()
    assert write_csv(store, out) == 9
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    assert tuple(reader.fieldnames) == FIGURE_COLUMNS
    rows = list(reader)
    assert len(rows) == 9
    first = rows[0]
    assert first["external_id"] == "cheonan-2021-jobs"
    assert first["published_at"] == "2021-02-03T09:57:00+09:00"
    assert (first["kind"], first["value"], first["unit"]) == ("money", "422220000000", "KRW")
    assert (first["approx"], first["is_target"], first["value_max"]) == ("false", "true", "")
    assert first["sentence"] == extraction.article.title
    assert [r["value"] for r in rows if r["unit"] == "%p"] == ["-0.7"]
    caption = rows[-1]
    assert (caption["section"], caption["subject"], caption["value"]) == (
        "caption",
        "천안시민",
        "5346",
    )


def test_empty_store_exports_nothing_but_a_header(store):
    assert _jsonl(store) == []
    out = io.StringIO()
    assert write_csv(store, out) == 0
    assert out.getvalue() == ",".join(FIGURE_COLUMNS) + "\n"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("1E-7"), "0.0000001"),
        (Decimal("4.2222E+11"), "422220000000"),
        ({"지표": [Decimal("60.80"), None, True]}, '{"지표": [60.8, null, true]}'),
    ],
)
def test_to_json_writes_exact_numbers_and_readable_korean(value, text):
    assert to_json(value) == text
