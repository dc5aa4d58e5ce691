"""A model's row rules are one dbt test (`row_checks`): it passes on the built marts and
returns each broken rule, named, with the offending value."""

from __future__ import annotations

import os

from etl.pipeline import ingest
from etl.read import discover_files
from etl.transform.run_dbt import DBT_PROJECT_DIR, transform
from etl.warehouse import Warehouse
from etl.warehouse.roles import ensure_reader
from tests.transform.golden import SOURCES

CHECKS = (
    "dim_report_rows",
    "dim_report_rows_warn",
    "fct_directions_rows",
    "country_year_rows_warn",
)


def _compiled_checks(warehouse: Warehouse) -> dict[str, str]:
    """The SQL of the CHECKS tests, compiled for this warehouse."""
    os.environ.update(warehouse.dbt_env)
    from dbt.cli.main import dbtRunner

    project = ["--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR)]
    outcome = dbtRunner().invoke(["compile", "--select", *CHECKS, *project, "--log-level", "none"])
    assert outcome.exception is None, outcome.exception
    return {r.node.name: r.node.compiled_code for r in outcome.result.results}


def _failed(warehouse: Warehouse, sql: str) -> set[tuple[str, str | None]]:
    with warehouse.connect() as conn:
        return {(row[0], row[1]) for row in conn.execute(sql).fetchall()}  # type: ignore[call-overload]


def test_row_checks_pass_on_the_marts_and_name_every_broken_rule(warehouse: Warehouse) -> None:
    ensure_reader(warehouse)  # the marts' grants name it
    ingest(warehouse, discover_files([str(SOURCES["bundled_reports"])]), command="test")
    built = transform(warehouse, force=True)
    assert {"dim_report_rows", "fct_directions_rows"} <= set(built.node_seconds)
    checks = _compiled_checks(warehouse)
    assert set(checks) == set(CHECKS)
    assert {name: _failed(warehouse, sql) for name, sql in checks.items()} == {
        name: set() for name in CHECKS
    }
    with warehouse.connect() as conn:
        report = conn.execute(
            "select country_iso3, report_year from marts.dim_report order by 1, 2 limit 1"
        ).fetchone()
        assert report is not None
        conn.execute(  # the same report twice, its twin with a conflict of tiers
            "insert into marts.dim_report (country_iso3, report_year, tier, has_tier_conflict,"
            " preferred_document_id) select country_iso3, report_year, tier, true,"
            " preferred_document_id from marts.dim_report where country_iso3 = %s"
            " and report_year = %s",
            report,
        )
        conn.execute(
            "insert into marts.dim_report (country_iso3, report_year, tier,"
            " preferred_document_id) values ('XYZ', null, 'Tier 9', -1)"
        )
        conn.execute(
            "update marts.fct_directions set metric = 'victims_rescued'"
            " where ctid = (select min(ctid) from marts.fct_directions)"
        )
        conn.execute(
            "update marts.country_year set victims_identified_sex = victims_identified + 1"
            " where ctid = (select min(ctid) from marts.country_year"
            " where victims_identified is not null)"
        )
        conn.commit()
    key = f"{report[0]}, {report[1]}"
    assert _failed(warehouse, checks["dim_report_rows"]) == {
        ("unique (country_iso3, report_year)", key),
        ("not_null report_year", None),
        ("relationships tier -> dim_tier.tier", "Tier 9"),
        ("relationships preferred_document_id -> stg_documents.document_id", "-1"),
    }
    assert _failed(warehouse, checks["dim_report_rows_warn"]) == {
        ("accepted_values has_tier_conflict", "true")
    }
    assert _failed(warehouse, checks["fct_directions_rows"]) == {
        ("in_metric_catalogue metric", "victims_rescued")
    }
    (broken,) = _failed(warehouse, checks["country_year_rows_warn"])
    assert broken[0] == "not_greater_than victims_identified_sex <= victims_identified"
    high, low = (int(v) for v in str(broken[1]).split(" > "))
    assert high == low + 1
