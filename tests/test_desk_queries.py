"""The desk's canned query "연도별 일자리 목표와 실적" picks, for each year, the same figures as
`sutja trend` (pipeline.trend.trend_rows): the target promised first, the achievement counted
last, the body before the headline. Our own Cheonan-like articles, several per year."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.serve.desk import build_desk
from pipeline.serve.metadata import DATABASE, NOT_ASIDE, metadata
from pipeline.store.db import Store
from pipeline.trend import trend_rows

ARTICLES = [  # (published, title, body)
    ("2021-01-10", "한빛시 올해 일자리 목표", "한빛시는 올해 일자리 2만5천개를 만들겠다고 밝혔다."),
    ("2021-02-03", "한빛시 일자리 대책", "한빛시는 올해 일자리 2만6천개를 만들겠다고 밝혔다."),
    ("2022-01-20", "한빛시 일자리 실적", "한빛시는 지난해 일자리 2만7천개를 만들었다고 밝혔다."),
    ("2022-06-01", "한빛시 최종 집계", "한빛시의 지난해 일자리는 2만7500개로 최종 집계됐다."),
    ("2022-06-02", "한빛시 일자리 계획", "한빛시는 올해 일자리 2만8천개를 만들 계획이다."),
]


@pytest.fixture(scope="module")
def desk_db(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("desk_queries")
    lines = [
        {"id": f"hb-{n}", "title": title, "text": text, "published_at": day}
        for n, (day, title, text) in enumerate(ARTICLES)
    ]
    src = tmp / "articles.jsonl"
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    url = f"sqlite:///{tmp / 'store.db'}"
    result = CliRunner().invoke(app, ["extract", str(src), "--db", url])
    assert result.exit_code == 0, result.output
    path = tmp / "desk.db"
    with Store.open(url) as store:
        build_desk(store, path)
    return path


def _canned(path: Path) -> dict[tuple[str, int], tuple[Decimal | None, Decimal | None]]:
    sql = metadata()["databases"][DATABASE]["queries"]["jobs_target_and_result_by_year"]["sql"]
    with sqlite3.connect(path) as db:
        return {
            (org, year): (
                None if target is None else Decimal(str(target)),
                None if done is None else Decimal(str(done)),
            )
            for org, year, target, done, *_ in db.execute(sql)
        }


def _trend(path: Path, org: str) -> dict[int, tuple[Decimal | None, Decimal | None]]:
    with sqlite3.connect(path) as db:
        db.row_factory = sqlite3.Row
        rows = db.execute(
            "select * from figures where org = ? and kind = 'count' and subject = '일자리' "
            f"and {NOT_ASIDE}",
            (org,),
        ).fetchall()
    return {
        r.year: (r.target and r.target.value, r.achieved and r.achieved.value)
        for r in trend_rows([dict(row) for row in rows])
    }


def test_the_canned_query_picks_what_the_trend_picks(desk_db):
    canned = _canned(desk_db)
    assert canned[("한빛시", 2021)] == (Decimal(25000), Decimal(27500))  # first promise, last count
    assert canned[("한빛시", 2022)] == (Decimal(28000), None)
    trend = _trend(desk_db, "한빛시")
    assert {year: row for (org, year), row in canned.items() if org == "한빛시"} == trend
