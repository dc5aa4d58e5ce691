"""The marts stay exactly what they were: every row of every mart equals the golden snapshot.

A deliberate change of the marts (or of what extraction finds) regenerates the snapshot with
`uv run python -m tests.transform.golden --update`, its diff reviewed.
"""

from __future__ import annotations

import json

import pytest

from etl.pipeline import ingest
from etl.read import discover_files
from etl.transform.mart_snapshot import differences
from etl.transform.run_dbt import transform, unit_tests
from etl.warehouse import Warehouse
from etl.warehouse.roles import ensure_reader
from tests.transform.golden import SOURCES, build_snapshot, golden_path


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_every_mart_row_equals_the_golden_snapshot(empty_database: Warehouse, name: str) -> None:
    golden = json.loads(golden_path(name).read_text(encoding="utf-8"))
    built = build_snapshot(empty_database, SOURCES[name])
    assert {"country_year", "fct_victims", "fct_funding", "dim_report"} <= set(built)
    assert sum(len(rows) for rows in built.values()) > 100
    assert differences(golden, built) == []


def test_dbt_reports_each_node_and_its_unit_tests_pass_outside_the_build(
    warehouse: Warehouse,
) -> None:
    ensure_reader(warehouse)  # the marts' grants name it (not left to another test)
    ingest(warehouse, discover_files([str(SOURCES["bundled_reports"])]), command="test")
    calls: list[tuple[int, int, str]] = []
    built = transform(warehouse, force=True, on_progress=lambda *call: calls.append(call))
    total = calls[0][1]
    assert calls[0] == (0, total, "") and total == built.passed + built.warned
    assert [c[0] for c in calls[1:]] == list(range(1, total + 1))
    assert {"country_year", "int_facts_reconciled"} <= {c[2] for c in calls}
    assert not any(name.startswith("test_") for name in built.node_seconds)  # no unit tests
    result = unit_tests(warehouse)
    assert result.failures == []
    assert result.passed >= 5 and "test_covering_report_wins_and_disagreement_is_flagged" in (
        result.node_seconds
    )
