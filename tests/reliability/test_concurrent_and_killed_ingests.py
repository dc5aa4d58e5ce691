"""Concurrent ingests over the same files, and ingests killed with SIGKILL at random points:
exit 0, no load errors, and the same final state as one clean run."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest

from etl.pipeline import ingest
from etl.warehouse import Warehouse
from etl.warehouse.migrate import upgrade
from tests.conftest import new_database
from tests.reliability.conftest import base_env, finish, small_reports, spawn, tipwh

SEED = int(os.environ.get("TIPWH_FAULT_SEED", time.time_ns() % 10_000))


def _state(wh: Warehouse) -> set[tuple[object, ...]]:
    """Every document (path, text, current) with the number of facts it holds."""
    with wh.connect() as conn:
        return set(
            conn.execute(
                "select d.source_path, d.content_sha256, d.superseded_at is null,"
                " (select count(*) from staging.facts f where f.document_id = d.document_id),"
                " (select count(*) from staging.funding_facts f"
                "  where f.document_id = d.document_id)"
                " from staging.documents d"
            ).fetchall()
        )


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_reports(tmp_path_factory.mktemp("ingest") / "reports")


@pytest.fixture(scope="module")
def clean_state(server_url: str, reports: Path) -> set[tuple[object, ...]]:
    """What one clean ingest of the reports leaves."""
    with new_database(server_url) as wh:
        upgrade(wh)
        assert ingest(wh, sorted(reports.iterdir()), command="clean").ok
        return _state(wh)


@pytest.mark.parametrize("processes", [2, 4])
def test_concurrent_ingests_of_the_same_files_all_succeed(
    database: Warehouse, reports: Path, clean_state: set[tuple[object, ...]], processes: int
) -> None:
    files = sorted(str(p) for p in reports.iterdir())
    env = base_env(DATABASE_URL=database.url)
    running = [spawn("ingest", *(files[i:] + files[:i]), env=env) for i in range(processes)]
    outcomes = [finish(proc) for proc in running]
    for outcome in outcomes:
        assert outcome.code == 0, outcome.err
        assert "0 failed" in outcome.err and "failed:" not in outcome.err
    with database.connect() as conn:
        errors = conn.execute("select count(*) from staging.load_errors").fetchone()[0]
        runs = conn.execute("select status, count(*) from staging.load_runs group by 1").fetchall()
    assert errors == 0 and dict(runs) == {"succeeded": processes}
    assert _state(database) == clean_state


def test_an_ingest_killed_at_a_random_point_then_rerun_equals_a_clean_run(
    database: Warehouse, reports: Path, clean_state: set[tuple[object, ...]]
) -> None:
    env = base_env(DATABASE_URL=database.url)
    delay = random.Random(SEED).uniform(0.5, 4.0)
    proc = spawn("ingest", str(reports), env=env)
    time.sleep(delay)
    proc.kill()
    proc.wait()
    rerun = tipwh("ingest", str(reports), env=env)
    assert rerun.code == 0, f"seed {SEED}: {rerun.err}"
    assert _state(database) == clean_state, f"seed {SEED}, killed after {delay:.2f} s"
    with database.connect() as conn:
        runs = conn.execute("select status from staging.load_runs order by run_id").fetchall()
    assert runs[-1] == ("succeeded",) and ("running",) not in runs, f"seed {SEED}: {runs}"
    assert set(runs) <= {("succeeded",), ("interrupted",)}
