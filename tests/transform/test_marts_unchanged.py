"""The marts stay exactly what they were: every row of every mart equals the golden snapshot.

A deliberate change of the marts (or of what extraction finds) regenerates the snapshot with
`uv run python -m tests.transform.golden --update`, its diff reviewed.
"""

from __future__ import annotations

import json

import pytest

from etl.transform.mart_snapshot import differences
from etl.transform.run_dbt import unit_tests
from etl.warehouse import Warehouse
from tests.transform.golden import SOURCES, build_snapshot, golden_path


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_every_mart_row_equals_the_golden_snapshot(empty_database: Warehouse, name: str) -> None:
    golden = json.loads(golden_path(name).read_text(encoding="utf-8"))
    built = build_snapshot(empty_database, SOURCES[name])
    assert {"country_year", "fct_victims", "fct_funding", "dim_report"} <= set(built)
    assert sum(len(rows) for rows in built.values()) > 100
    assert differences(golden, built) == []


def test_the_models_unit_tests_pass_outside_the_build(empty_database: Warehouse) -> None:
    build_snapshot(empty_database, SOURCES["bundled_reports"])
    result = unit_tests(empty_database)
    assert result.failures == []
    assert result.passed >= 5 and "test_covering_report_wins_and_disagreement_is_flagged" in (
        result.node_seconds
    )
