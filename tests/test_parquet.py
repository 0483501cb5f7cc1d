"""`sutja export --format parquet`: a dataset partitioned by year that pyarrow, pandas, polars
and DuckDB read back with the exact values of the store."""

from __future__ import annotations

from decimal import Decimal

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.store.db import Store
from pipeline.store.query import iter_figure_rows

pa_ds = pytest.importorskip("pyarrow.dataset", reason="the parquet extra is not installed")

runner = CliRunner()

# Values that a float would change: 13 significant digits, ten decimals, tiny and huge.
VALUES = ["4222200000000", "1000000003623.5", "60.8", "-0.7", "0.0000000001", "1234567890123.25"]


@pytest.fixture
def filled(sqlite_url, build_extraction, cheonan) -> str:
    with Store.open(sqlite_url) as store:
        run = store.start_run("extract", [], "1")
        store.save(cheonan(), run)
        text = "예산 " + ", ".join(f"{v}원" for v in VALUES) + "을 썼다."
        specs = [
            {
                "section": "body",
                "sentence": text,
                "surface": f"{v}원",
                "kind": "money",
                "value": Decimal(v),
                "unit": "KRW",
                "year": 2019 if i % 2 else None,
            }
            for i, v in enumerate(VALUES)
        ]
        store.save(build_extraction([("body", text)], specs, url="https://gun.kr/7"), run)
    return sqlite_url


def stored_rows(url: str) -> list[dict]:
    with Store.open(url) as store:
        return list(iter_figure_rows(store, order="article"))


def key(row: dict) -> tuple:
    return (row["article_id"], row["start"])


def test_parquet_round_trips_every_column_exactly(filled, tmp_path):
    out = tmp_path / "figures"
    result = runner.invoke(
        app, ["export", "--format", "parquet", "--db", filled, "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    expected = stored_rows(filled)
    assert f"wrote {len(expected)} rows" in result.output
    assert {p.name for p in out.iterdir()} == {
        "year=2019",
        "year=2020",
        "year=2021",
        "year=__HIVE_DEFAULT_PARTITION__",
    }
    table = pa_ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert str(table.schema.field("value").type) == "decimal128(38, 10)"
    got = sorted(table.to_pylist(), key=key)
    assert len(got) == len(expected)
    for row, want in zip(got, sorted(expected, key=key), strict=True):
        assert {c: row[c] for c in want} == want  # Decimals equal digit for digit
    assert {r["value"] for r in got} >= {Decimal(v) for v in VALUES}


def test_pandas_polars_and_duckdb_read_the_same_values(filled, tmp_path):
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    duckdb = pytest.importorskip("duckdb")
    pa = pytest.importorskip("pyarrow")
    out = tmp_path / "figures"
    runner.invoke(app, ["export", "--format", "parquet", "--db", filled, "--out", str(out)])

    def ordered(rows: list) -> list:
        return sorted(rows, key=lambda r: (r[0], -1 if r[1] is None else r[1]))

    want = ordered([(r["value"], r["year"]) for r in stored_rows(filled)])

    years = pa_ds.partitioning(pa.schema([("year", pa.int32())]), flavor="hive")
    frame = pd.read_parquet(out, partitioning=years)
    from_pandas = [
        (v, None if pd.isna(y) else int(y)) for v, y in zip(frame.value, frame.year, strict=True)
    ]

    lazy = pl.scan_parquet(f"{out}/**/*.parquet", hive_partitioning=True)
    from_polars = list(lazy.select("value", "year").collect().iter_rows())

    query = f"SELECT value, year FROM read_parquet('{out}/**/*.parquet', hive_partitioning=true)"
    from_duckdb = duckdb.sql(query).fetchall()

    for got in (from_pandas, from_polars, from_duckdb):
        assert ordered([tuple(r) for r in got]) == want


def test_parquet_needs_a_new_folder(filled, tmp_path):
    result = runner.invoke(app, ["export", "--format", "parquet", "--db", filled])
    assert result.exit_code == 2 and "--out DIR" in result.output
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "old.parquet").write_bytes(b"")
    args = ["export", "--format", "parquet", "--db", filled, "--out", str(tmp_path / "full")]
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and "new or empty folder" in result.output
