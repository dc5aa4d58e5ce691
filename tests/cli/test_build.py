"""`tipwh build` end to end: bundled reports in, marts out, dbt run for real."""

from __future__ import annotations

import csv
import io

import pytest

from etl.warehouse import Warehouse
from tests.conftest import table_counts

ALL_TABLES = [
    "staging.documents",
    "staging.sentences",
    "staging.facts",
    "staging.funding_facts",
    "staging.directions",
    "marts.country_year",
    "marts.fct_victims",
    "marts.fct_law_enforcement",
    "marts.fct_funding",
    "marts.dim_country",
    "marts.dim_report",
]


def _csv(tipwh, query: str) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    outcome = tipwh("sql", query, "--csv")
    assert outcome.code == 0, outcome.err
    return list(csv.DictReader(io.StringIO(outcome.out)))


def test_build_gives_the_kazakhstan_figures_once_per_country_year(built: Warehouse, tipwh) -> None:  # type: ignore[no-untyped-def]
    rows = {
        int(r["year"]): r
        for r in _csv(tipwh, "select * from marts.country_year where country_iso3 = 'KAZ'")
    }
    assert {y: rows[y]["victims_identified"] for y in (2015, 2016, 2018, 2019)} == {
        2015: "92",
        2016: "110",
        2018: "83",
        2019: "40",
    }
    assert rows[2016]["convictions"] == "45" and rows[2005]["convictions"] == "13"
    assert rows[2016]["tier"] == "Tier 2" and rows[2016]["report_year"] == "2017"
    assert float(rows[2016]["funding_local"]) == 25_970_000
    assert rows[2016]["funding_currency"] == "KZT"
    assert float(rows[2016]["funding_usd_reported"]) == 77_918
    assert float(rows[2016]["funding_usd_at_average_rate"]) == pytest.approx(
        25_970_000 / 342.16, abs=0.01
    )
    keys = _csv(
        tipwh,
        "select country_iso3, year from marts.country_year group by 1, 2 having count(*) > 1",
    )
    assert keys == []


def test_every_mart_figure_reaches_its_sentence(built: Warehouse, tipwh) -> None:  # type: ignore[no-untyped-def]
    rows = _csv(
        tipwh,
        "select value, sentence, source_path from marts.fct_victims"
        " where country_iso3 = 'KAZ' and year = 2016 and metric = 'victims_identified'",
    )
    assert len(rows) == 1 and "110" in rows[0]["sentence"] and rows[0]["source_path"]
    missing = _csv(
        tipwh, "select count(*) as n from marts.fct_law_enforcement where sentence is null"
    )
    assert missing == [{"n": "0"}]


def test_building_twice_changes_no_row_count(built: Warehouse, tipwh) -> None:  # type: ignore[no-untyped-def]
    before = table_counts(built, ALL_TABLES)
    again = tipwh("build")
    assert again.code == 0, again.err
    assert "0 loaded, 5 unchanged" in again.err and "skipped" in again.err
    assert table_counts(built, ALL_TABLES) == before


def test_sql_is_read_only(built: Warehouse, tipwh) -> None:  # type: ignore[no-untyped-def]
    outcome = tipwh("sql", "delete from staging.facts")
    assert outcome.code == 1 and "read-only" in outcome.err
    assert table_counts(built, ["staging.facts"])["staging.facts"] > 0


def test_status_counts_what_was_built(built: Warehouse, tipwh) -> None:  # type: ignore[no-untyped-def]
    outcome = tipwh("status")
    assert outcome.code == 0, outcome.err
    assert "documents (current)" in outcome.out and "country-year rows" in outcome.out
    assert "succeeded" in outcome.out


def test_db_url_names_the_warehouse_in_use(built: Warehouse, tipwh) -> None:  # type: ignore[no-untyped-def]
    outcome = tipwh("db", "url")
    assert outcome.code == 0 and outcome.out.strip() == built.display_url and "***" in outcome.out
