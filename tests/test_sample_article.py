"""The user's own example end to end: `sutja extract`, then `sutja export --format jsonl`."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "raw" / "cheonan-2021-jobs.txt"


def test_sample_article_gives_exactly_the_expected_figures_and_programs(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'sutja.db'}"
    runner = CliRunner()
    extracted = runner.invoke(app, ["extract", str(SAMPLE), "--db", db])
    assert extracted.exit_code == 0, extracted.output
    exported = runner.invoke(app, ["export", "--db", db, "--format", "jsonl"])
    assert exported.exit_code == 0, exported.output
    (line,) = exported.stdout.strip().splitlines()
    record = json.loads(line, parse_float=Decimal)

    figures = Counter(
        (f["kind"], Decimal(f["value"]), f["unit"], f["section"], f["metric"] or f["subject"])
        for f in record["figures"]
    )
    assert figures == Counter(
        {
            ("money", Decimal("422220000000"), "KRW", "title", None): 1,
            ("money", Decimal("422220000000"), "KRW", "body", None): 1,
            ("percent", Decimal("67"), "%", "title", "고용률"): 1,
            ("percent", Decimal("67"), "%", "body", "고용률"): 1,
            ("count", Decimal("26000"), "개", "lead", "일자리"): 1,
            ("count", Decimal("26000"), "개", "body", "일자리"): 1,
            ("count", Decimal("5346"), "명", "caption", "천안시민"): 1,
        }
    )
    assert (record["org"], record["published_at"]) == ("천안시", "2021-02-03T09:57:00+09:00")

    programs = {p["name"] for p in record["programs"]}
    assert {
        "청년일자리지원플랫폼 구축 사업",
        "천안형 공공근로사업",
        "어르신 일자리사업",
        "아이돌봄 지원사업",
    } <= programs
    assert not programs & {"천안시직장맘지원센터", "성거 일반산업단지"}
