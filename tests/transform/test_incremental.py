"""A build after new or superseded documents rebuilds only their countries (by the plan
stored after the first build, without dbt), and its marts equal, row for row, those a full
build makes of the same staging."""

from __future__ import annotations

import shutil
from pathlib import Path

from etl.pipeline import ingest
from etl.read import discover_files
from etl.transform.mart_snapshot import differences, snapshot_marts
from etl.transform.run_dbt import changed_countries, transform
from etl.warehouse import Warehouse
from etl.warehouse.roles import ensure_reader
from tests.conftest import BUNDLED_REPORTS

FIXTURES = Path(__file__).resolve().parent / "incremental_narratives"


def _copy_into(corpus: Path, *sources: Path) -> None:
    corpus.mkdir(exist_ok=True)
    for source in sources:
        for path in sorted(source.glob("*.txt")):
            shutil.copyfile(path, corpus / path.name)


def _ingest(wh: Warehouse, corpus: Path) -> None:
    ingest(wh, discover_files([str(corpus)]), command="test")


def _chosen(wh: Warehouse, country: str, year: int) -> dict[str, int]:
    with wh.connect() as conn:
        rows = conn.execute(
            "select metric, value from marts.fct_victims where country_iso3 = %s and year = %s",
            (country, year),
        ).fetchall()
    return dict(rows)


def _last_build_countries(wh: Warehouse) -> list[str] | None:
    with wh.connect() as conn:
        row = conn.execute(
            "select countries from staging.transform_runs where status = 'succeeded'"
            " order by transform_id desc limit 1"
        ).fetchone()
    assert row is not None
    return row[0]


def test_new_and_superseded_documents_rebuild_their_countries_as_a_full_build_would(
    warehouse: Warehouse, tmp_path: Path
) -> None:
    ensure_reader(warehouse)
    corpus = tmp_path / "reports"
    _copy_into(corpus, BUNDLED_REPORTS, FIXTURES / "first")
    _ingest(warehouse, corpus)
    first = transform(warehouse)
    assert first.countries is None and _last_build_countries(warehouse) is None
    assert not first.by_plan and _stored_plan_nodes(warehouse) > 20  # compiled after it
    assert _chosen(warehouse, "GEO", 2019)["victims_identified"] == 14
    kazakhstan_before = [r for r in snapshot_marts(warehouse)["fct_victims"]
                         if r["country_iso3"] == "KAZ"]  # fmt: skip

    # a new report of Albania, Georgia's text replaced at its path, a new country
    _copy_into(corpus, FIXTURES / "second")
    _ingest(warehouse, corpus)
    assert changed_countries_now(warehouse) == ["ALB", "GEO", "MDA"]
    incremental = transform(warehouse)
    assert incremental.countries == ["ALB", "GEO", "MDA"]
    assert _last_build_countries(warehouse) == ["ALB", "GEO", "MDA"]
    assert incremental.by_plan and _last_build_runner(warehouse) == "plan"  # no dbt started
    # only the models built by country and their tests ran: no staging view, no seed
    assert "int_facts_reconciled" in incremental.node_seconds
    assert not {"stg_facts", "metrics", "dim_tier"} & set(incremental.node_seconds)
    assert len(incremental.node_seconds) < len(first.node_seconds)
    assert _chosen(warehouse, "GEO", 2019)["victims_identified"] == 17  # the new text's
    assert _chosen(warehouse, "ALB", 2019)["victims_identified"] == 135  # the new report's
    assert _chosen(warehouse, "ALB", 2018)["victims_identified"] == 120  # covering report's
    assert _chosen(warehouse, "MDA", 2020)["victims_identified"] == 190
    built_incrementally = snapshot_marts(warehouse)
    assert [r for r in built_incrementally["fct_victims"] if r["country_iso3"] == "KAZ"] == (
        kazakhstan_before
    )

    assert transform(warehouse).skipped  # nothing new since
    # a build after one that failed half way rebuilds every country, as --force does
    with warehouse.connect() as conn:
        conn.execute(
            "insert into staging.transform_runs (fingerprint, status, countries)"
            " values ('as a failed build leaves it', 'failed', '{GEO}')"
        )
        assert changed_countries(conn) is None
    full = transform(warehouse, force=True)  # the same inputs: a build without --force skips
    assert full.countries is None and "stg_facts" in full.node_seconds
    built_in_full = snapshot_marts(warehouse)
    assert sum(len(rows) for rows in built_in_full.values()) > 100
    assert differences(built_in_full, built_incrementally) == []


def _last_build_runner(wh: Warehouse) -> str:
    with wh.connect() as conn:
        row = conn.execute(
            "select runner from staging.transform_runs order by transform_id desc limit 1"
        ).fetchone()
    assert row is not None
    return row[0]


def _stored_plan_nodes(wh: Warehouse) -> int:
    with wh.connect() as conn:
        row = conn.execute("select jsonb_array_length(nodes) from staging.build_plans").fetchone()
    return 0 if row is None else row[0]


def changed_countries_now(wh: Warehouse) -> list[str] | None:
    with wh.connect() as conn:
        return changed_countries(conn)
