"""`sutja trend` and `sutja query --section` on a real SQLite store filled by `sutja extract`
from our own Cheonan articles (tests/fixtures/desk) and the sample article."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.trend import trend_rows

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.fixture(scope="module")
def store_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('trend') / 'store.db'}"
    inputs = [str(ROOT / "data" / "raw"), str(ROOT / "tests" / "fixtures" / "desk")]
    result = runner.invoke(app, ["extract", *inputs, "--db", url])
    assert result.exit_code == 0, result.output
    return url


def _row(day: str, **kw):
    base = {"kind": "count", "unit": "개", "section": "body", "position": 0, "sentence": "…"}
    return {**base, "published_date": day, **kw}


def test_one_row_per_year_earliest_target_latest_achievement():
    rows = trend_rows(
        [
            _row(id=1, article_id=1, value=100, year=2020, is_target=True, day="2020-01-05"),
            _row(id=2, article_id=2, value=120, year=2020, is_target=True, day="2020-11-01"),
            _row(id=3, article_id=2, value=90, year=2020, is_target=False, day="2020-11-01"),
            _row(id=4, article_id=3, value=110, year=2020, is_target=False, day="2021-02-01"),
            # no year of its own: the publication year
            _row(id=5, article_id=3, value=130, year=None, is_target=True, day="2021-02-01"),
        ]
    )  # fmt: skip
    assert [r.year for r in rows] == [2020, 2021]
    assert rows[0].target.value == Decimal(100) and rows[0].target.others == 1
    assert rows[0].achieved.value == Decimal(110) and rows[0].achieved.figure_id == 4
    assert rows[1].target.value == Decimal(130) and rows[1].achieved is None


def test_within_an_article_the_body_sentence_wins_over_the_headline():
    rows = trend_rows(
        [
            _row(id=1, article_id=1, value=67, year=2021, is_target=True, section="title",
                 day="2021-02-03"),
            _row(id=2, article_id=1, value=67, year=2021, is_target=True, section="body",
                 position=4, day="2021-02-03"),
        ]
    )  # fmt: skip
    assert rows[0].target.figure_id == 2


def test_trend_cli_one_row_per_year_with_sources_and_plots(store_url, tmp_path):
    svg, png = tmp_path / "jobs.svg", tmp_path / "jobs.png"
    result = runner.invoke(
        app,
        ["trend", "--org", "천안시", "--subject", "일자리", "--plot", str(svg), "--db", store_url],
    )
    assert result.exit_code == 0, result.output
    years = [line.split("│")[1].strip() for line in result.output.splitlines() if "│" in line]
    assert years == sorted(set(years)) and len(years) >= 4
    assert "26,000개" in result.output and "2021-02-03" in result.output
    text = svg.read_text(encoding="utf-8")
    assert (
        text.startswith("<svg")
        and text.count('class="point target"') == len({y for y in years if y}) - 1
    )  # 2016 has only an achieved value
    result = runner.invoke(
        app,
        ["trend", "--org", "천안시", "--metric", "고용률", "--plot", str(png), "--db", store_url],
    )
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_trend_cli_usage_errors(store_url, tmp_path):
    both = runner.invoke(
        app,
        [
            "trend",
            "--org",
            "천안시",
            "--metric",
            "고용률",
            "--subject",
            "일자리",
            "--db",
            store_url,
        ],
    )
    assert both.exit_code == 2 and "exactly one of --metric and --subject" in both.output
    bad = runner.invoke(
        app,
        ["trend", "--org", "천안시", "--metric", "고용률", "--plot", str(tmp_path / "x.pdf"),
         "--db", store_url],
    )  # fmt: skip
    assert bad.exit_code == 2 and ".svg or .png" in bad.output


def test_captions_only_when_asked(store_url):
    default = runner.invoke(
        app, ["query", "--org", "천안시", "--format", "json", "--db", store_url]
    )
    rows = json.loads(default.output)
    assert rows and "caption" not in {r["section"] for r in rows}
    asked = runner.invoke(
        app,
        ["query", "--org", "천안시", "--section", "caption", "--format", "json", "--db", store_url],
    )
    captions = json.loads(asked.output)
    assert {r["section"] for r in captions} == {"caption"}
    assert "5346명" in {r["surface"] for r in captions}
    table = runner.invoke(
        app, ["query", "--org", "천안시", "--section", "caption", "--db", store_url]
    )
    assert "caption" in table.output and "section" in table.output
