"""The stored build plan: a failing test of it rolls the build back, a warning one warns, a
plan that cannot run gives way to dbt (which stores a new one), and dbt's build of some
countries equals a full build (the plan's: tests/transform/test_incremental.py)."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from etl.pipeline import ingest
from etl.read import discover_files
from etl.transform.mart_snapshot import differences, snapshot_marts
from etl.transform.run_dbt import TransformError, transform
from etl.warehouse import Warehouse
from etl.warehouse.migrate import upgrade
from etl.warehouse.roles import ensure_reader
from tests.conftest import BUNDLED_REPORTS, new_database

FIXTURES = Path(__file__).resolve().parent / "incremental_narratives"


@dataclass(frozen=True)
class Built:
    warehouse: Warehouse
    corpus: Path


@pytest.fixture(scope="module")
def built_template(server_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """A database of the bundled reports and the first fixtures, built in full (a plan
    stored), copied by each test (`create database ... template`)."""
    corpus = tmp_path_factory.mktemp("plan") / "reports"
    with new_database(server_url) as wh:
        upgrade(wh)
        ensure_reader(wh)
        _reset(corpus)
        ingest(wh, discover_files([str(corpus)]), command="test")
        assert transform(wh).countries is None
        yield Built(wh, corpus)


@pytest.fixture
def built(
    built_template: Built, server_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Built]:
    """A copy of the built database, its corpus as it was built; DATABASE_URL points at it."""
    with new_database(server_url, template=built_template.warehouse) as wh:
        monkeypatch.setenv("DATABASE_URL", wh.url)
        _reset(built_template.corpus)
        yield Built(wh, built_template.corpus)


def _reset(corpus: Path) -> None:
    """The corpus of the built database: the bundled reports and the first fixtures."""
    if corpus.exists():
        shutil.rmtree(corpus)
    corpus.mkdir()
    for source in (BUNDLED_REPORTS, FIXTURES / "first"):
        for path in sorted(source.glob("*.txt")):
            shutil.copyfile(path, corpus / path.name)


def _add_second(wh: Warehouse, corpus: Path) -> None:
    for path in sorted((FIXTURES / "second").glob("*.txt")):
        shutil.copyfile(path, corpus / path.name)
    ingest(wh, discover_files([str(corpus)]), command="test")


def _plan(wh: Warehouse) -> list[dict]:
    with wh.connect() as conn:
        row = conn.execute("select nodes from staging.build_plans").fetchone()
    assert row is not None
    return row[0]


def _replace_node_sql(wh: Warehouse, name: str, sql: str) -> None:
    nodes = _plan(wh)
    assert any(node["name"] == name for node in nodes)
    for node in nodes:
        if node["name"] == name:
            node["sql"] = sql
    with wh.connect() as conn:
        conn.execute("update staging.build_plans set nodes = %s::jsonb", (json.dumps(nodes),))


def _last_build(wh: Warehouse) -> tuple[str, str, str | None]:
    with wh.connect() as conn:
        row = conn.execute(
            "select status, runner, message from staging.transform_runs"
            " order by transform_id desc limit 1"
        ).fetchone()
    assert row is not None
    return row


def test_a_failing_test_of_the_plan_leaves_the_marts_of_the_last_build(built: Built) -> None:
    warehouse, corpus = built.warehouse, built.corpus
    before = snapshot_marts(warehouse)
    # a test that finds one offending row, as a row check does on bad data
    _replace_node_sql(warehouse, "fct_victims_rows", "select 'not_null (value)' as failed_check")
    _add_second(warehouse, corpus)

    with pytest.raises(TransformError, match=r"stored build plan failed: fct_victims_rows: got 1"):
        transform(warehouse)
    assert snapshot_marts(warehouse) == before  # Moldova's facts are not half in
    assert not any(r["country_iso3"] == "MDA" for r in before["fct_victims"])
    status, runner, message = _last_build(warehouse)
    assert (status, runner) == ("failed", "plan") and "fct_victims_rows" in (message or "")

    # the next build, after a failed one, is dbt's full build: its tests pass on this data
    rebuilt = transform(warehouse)
    assert rebuilt.countries is None and not rebuilt.by_plan and not rebuilt.failures
    assert any(r["country_iso3"] == "MDA" for r in snapshot_marts(warehouse)["fct_victims"])


def test_a_plan_that_cannot_run_gives_way_to_dbt_which_stores_a_new_one(
    built: Built, caplog: pytest.LogCaptureFixture
) -> None:
    warehouse, corpus = built.warehouse, built.corpus
    _replace_node_sql(warehouse, "fct_victims", "select * from marts.no_such_table")
    warn_test = next(n["name"] for n in _plan(warehouse) if n["severity"] == "warn")
    _add_second(warehouse, corpus)

    with caplog.at_level(logging.WARNING, logger="etl.transform.run_dbt"):
        result = transform(warehouse)
    assert "no_such_table" in caplog.text and "dbt builds instead" in caplog.text
    assert result.countries == ["ALB", "GEO", "MDA"] and not result.by_plan
    assert "int_facts_reconciled" in result.node_seconds and not result.failures
    assert _last_build(warehouse)[:2] == ("succeeded", "dbt")
    plan = _plan(warehouse)  # compiled again after dbt's build
    assert not any("no_such_table" in node["sql"] for node in plan)
    assert {n["name"] for n in plan} >= {"fct_victims", "fct_victims_rows", warn_test}
    built_by_dbt = snapshot_marts(warehouse)
    assert any(r["country_iso3"] == "MDA" for r in built_by_dbt["fct_victims"])
    assert not transform(warehouse, force=True).by_plan
    assert differences(snapshot_marts(warehouse), built_by_dbt) == []

    # a warning test that finds rows warns and the plan's build still succeeds
    _replace_node_sql(warehouse, warn_test, "select 'a near miss' as failed_check")
    (corpus / "geo-2020-protection.txt").write_bytes(
        (FIXTURES / "first" / "geo-2020-protection.txt").read_bytes()
    )
    ingest(warehouse, discover_files([str(corpus)]), command="test")
    by_plan = transform(warehouse)
    assert by_plan.by_plan and by_plan.countries == ["GEO"] and by_plan.warned >= 1
    assert _last_build(warehouse)[:2] == ("succeeded", "plan")
    assert differences(snapshot_marts(warehouse), built_by_dbt) != []  # Georgia's first text
