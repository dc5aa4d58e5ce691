"""`tipwh export`: the marts written to files and read back unchanged, with their dictionary."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from unittest import mock

import pyarrow.parquet as pq
import pytest
from psycopg import sql

from etl.export import export_marts, mart_docs, mart_tables
from etl.export.writer import ExportError
from etl.warehouse import Warehouse
from tests.cli.conftest import run_cli


def _mart_rows(wh: Warehouse, table: str) -> list[tuple]:
    with wh.connect() as conn:
        query = sql.SQL("select * from marts.{}").format(sql.Identifier(table))
        return conn.execute(query).fetchall()


def _sort_key(row: tuple) -> list[str]:
    return [str(value) for value in row]


def test_parquet_round_trip_gives_the_same_rows_and_values(
    built_marts: Warehouse, tmp_path: Path
) -> None:
    result = export_marts(built_marts, tmp_path, "parquet")
    with built_marts.connect() as conn:
        assert {t.name for t in result.tables} == set(mart_tables(conn))
    assert {"fct_revisions", "fct_funding_constant_dollars", "country_year"} <= {
        t.name for t in result.tables
    }
    for table in result.tables:
        read_back = pq.read_table(table.path)
        assert read_back.column_names == [c.name for c in table.columns]
        expected = _mart_rows(built_marts, table.name)
        assert len(expected) == table.rows == read_back.num_rows
        got = [tuple(row.values()) for row in read_back.to_pylist()]
        assert sorted(got, key=_sort_key) == sorted(expected, key=_sort_key), table.name
    victims = pq.read_table(tmp_path / "fct_victims.parquet").to_pylist()
    kaz = {r["year"]: r["value"] for r in victims if r["metric"] == "victims_identified"}
    assert kaz == {2015: 92, 2016: 110, 2018: 83, 2019: 40}


def test_csv_round_trip_through_copy_gives_the_same_rows(
    built_marts: Warehouse, tmp_path: Path
) -> None:
    result = export_marts(built_marts, tmp_path, "csv", ["fct_funding", "fct_revisions"])
    assert [t.name for t in result.tables] == ["fct_funding", "fct_revisions"]
    with built_marts.connect() as conn:
        for table in result.tables:
            copy_table = sql.Identifier(f"read_back_{table.name}")
            conn.execute(
                sql.SQL("create temp table {} (like marts.{})").format(
                    copy_table, sql.Identifier(table.name)
                )
            )
            with (
                table.path.open("rb") as handle,
                conn.cursor() as cur,
                cur.copy(
                    sql.SQL("copy {} from stdin with (format csv, header)").format(copy_table)
                ) as copy,
            ):
                copy.write(handle.read())
            for left, right in ((copy_table, table.name), (table.name, copy_table)):
                left_id = (
                    left if isinstance(left, sql.Identifier) else sql.Identifier("marts", left)
                )
                right_id = (
                    right if isinstance(right, sql.Identifier) else sql.Identifier("marts", right)
                )
                diff = conn.execute(
                    sql.SQL(
                        "select count(*) from (select * from {} except all select * from {}) d"
                    ).format(left_id, right_id)
                ).fetchone()[0]
                assert diff == 0, table.name
            n = conn.execute(sql.SQL("select count(*) from {}").format(copy_table)).fetchone()[0]
            assert n == table.rows > 0


def test_dictionary_describes_every_exported_column(built_marts: Warehouse, tmp_path: Path) -> None:
    result = export_marts(built_marts, tmp_path, "csv")
    with (tmp_path / "data_dictionary.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == sum(len(t.columns) for t in result.tables)
    assert [r for r in rows if not r["description"].strip()] == []
    by_key = {(r["table"], r["column"]): r for r in rows}
    assert by_key[("fct_funding_constant_dollars", "cpi_u")]["type"] == "numeric(10,3)"
    year = by_key[("fct_victims", "year")]["description"]
    assert "Reference year" in year and "{{" not in year
    readme = (tmp_path / "README.md").read_text()
    assert "exported at:" in readme and "schema `marts`" in readme
    assert "| `fct_victims` | one row per (country_iso3, year, metric) |" in readme


def test_every_mart_has_a_grain_and_described_columns() -> None:
    docs = mart_docs()
    assert "fct_revisions" in docs and "country_year" in docs
    assert {name: doc.grain for name, doc in docs.items() if not doc.grain} == {}
    undescribed = [
        (name, column)
        for name, doc in docs.items()
        for column, c in doc.columns.items()
        if not c.description
    ]
    assert undescribed == []


def test_an_unknown_table_is_refused_with_the_marts_named(
    built_marts: Warehouse, tmp_path: Path
) -> None:
    with pytest.raises(
        ExportError, match="no mart named fct_nothing; the marts are: .*country_year"
    ):
        export_marts(built_marts, tmp_path, "csv", ["fct_nothing"])
    assert list(tmp_path.iterdir()) == [] and tmp_path.exists()


def test_cli_export_json_and_quiet(built_marts: Warehouse, tmp_path: Path) -> None:
    with mock.patch.dict(os.environ, {"DATABASE_URL": built_marts.url}):
        outcome = run_cli(
            "export",
            "--format",
            "parquet",
            "--out",
            str(tmp_path / "a"),
            "--table",
            "country_year",
            "--json",
        )
        quiet = run_cli("export", "--out", str(tmp_path / "b"), "--table", "dim_tier", "--quiet")
        bad = run_cli("export", "--out", str(tmp_path / "c"), "--table", "nope")
    assert outcome.code == 0, outcome.err
    summary = json.loads(outcome.out)
    assert summary["tables"] == [
        {
            "name": "country_year",
            "path": str(tmp_path / "a" / "country_year.parquet"),
            "rows": summary["tables"][0]["rows"],
            "columns": 23,
        }
    ]
    assert summary["tables"][0]["rows"] > 0
    assert quiet.code == 0 and quiet.out == "" and quiet.err == ""
    assert (tmp_path / "b" / "dim_tier.csv").read_text().startswith("tier,tier_order")
    assert bad.code == 1 and "no mart named nope" in bad.err


def test_a_warehouse_without_marts_is_told_to_build(warehouse: Warehouse, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no marts: run `tipwh build` first"):
        export_marts(warehouse, tmp_path, "parquet")
    assert list(tmp_path.iterdir()) == []


def test_a_numeric_parquet_cannot_hold_is_refused_by_column(
    warehouse: Warehouse, tmp_path: Path
) -> None:
    with warehouse.connect(autocommit=True) as conn:
        conn.execute("create schema marts")
        conn.execute("create table marts.rates (rate numeric, note text)")
        conn.execute("insert into marts.rates values (1.25, 'kept'), ('NaN', 'not a number')")
    with pytest.raises(ExportError, match="column rate: NaN cannot be a Parquet decimal"):
        export_marts(warehouse, tmp_path, "parquet")
    written = export_marts(warehouse, tmp_path, "csv")
    assert written.tables[0].rows == 2
    assert (tmp_path / "rates.csv").read_text() == "rate,note\n1.25,kept\nNaN,not a number\n"
