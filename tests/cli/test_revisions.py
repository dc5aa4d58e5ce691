"""Two reports state the same year: fct_revisions shows the revision and the reconversion,
fct_funding_constant_dollars deflates by the CPI-U seed. The texts are short, our own words."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from decimal import Decimal
from unittest import mock

import pytest

from etl.warehouse import Warehouse
from tests.cli.conftest import run_cli
from tests.conftest import PROJECT_ROOT, new_database

REPORT_2019 = (
    "KAZAKHSTAN: Tier 2\n\nThe Government of Kazakhstan made efforts. In 2018, the government"
    " allocated 93.4 million tenge ($270,000) for victim assistance. The government identified"
    " 83 trafficking victims in 2018.\n"
)
REPORT_2020 = (
    "KAZAKHSTAN: Tier 2\n\nThe Government of Kazakhstan made efforts. The government allocated"
    " 93.4 million tenge ($245,240) for victim assistance in 2018. The government identified"
    " 80 trafficking victims in 2018.\n"
)
SEEDS = PROJECT_ROOT / "dbt_project" / "seeds"


def _rows(wh: Warehouse, query: str) -> list[dict]:
    with wh.connect() as conn:
        cur = conn.execute(query)
        names = [c.name for c in cur.description or []]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _seed(name: str, key: str, value: str) -> dict[str, Decimal]:
    with (SEEDS / name).open() as handle:
        return {row[key]: Decimal(row[value]) for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def warehouse(server_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    """A warehouse built from the two reports."""
    reports = tmp_path_factory.mktemp("reports")
    (reports / "kaz-2019.txt").write_text(REPORT_2019)
    (reports / "kaz-2020.txt").write_text(REPORT_2020)
    with new_database(server_url) as wh, mock.patch.dict(os.environ, {"DATABASE_URL": wh.url}):
        outcome = run_cli("build", str(reports))
        assert outcome.code == 0, outcome.err
        yield wh


def test_two_reports_of_one_year_show_a_revision_and_a_reconversion(warehouse: Warehouse) -> None:
    funding = _rows(
        warehouse,
        "select report_year, amount_local, amount_usd_reported, implied_rate_reported,"
        " revision_kind, is_chosen, choice_rule, disagrees_with_chosen, page, sentence"
        " from marts.fct_revisions where figure_kind = 'funding' order by report_year",
    )
    assert [(r["report_year"], r["revision_kind"], r["is_chosen"]) for r in funding] == [
        (2019, "first_statement", True),
        (2020, "reconverted", False),
    ]
    assert [r["amount_usd_reported"] for r in funding] == [270_000, 245_240]
    assert [r["implied_rate_reported"] for r in funding] == [
        round(Decimal(93_400_000) / 270_000, 4),
        round(Decimal(93_400_000) / 245_240, 4),
    ]
    assert {r["choice_rule"] for r in funding} == {"covering_report"}
    assert [r["disagrees_with_chosen"] for r in funding] == [False, False]
    assert all(r["page"] is None and "93.4 million" in r["sentence"] for r in funding)

    counts = _rows(
        warehouse,
        "select report_year, value, previous_value, revision_kind, is_chosen, chosen_value,"
        " has_disagreement from marts.fct_revisions"
        " where metric = 'victims_identified' and year = 2018 order by report_year",
    )
    assert counts == [
        {
            "report_year": 2019,
            "value": 83,
            "previous_value": None,
            "revision_kind": "first_statement",
            "is_chosen": True,
            "chosen_value": 83,
            "has_disagreement": True,
        },
        {
            "report_year": 2020,
            "value": 80,
            "previous_value": 83,
            "revision_kind": "revised",
            "is_chosen": False,
            "chosen_value": 83,
            "has_disagreement": True,
        },
    ]
    chosen = _rows(
        warehouse,
        "select value from marts.fct_victims where year = 2018 and metric = 'victims_identified'",
    )
    assert chosen == [{"value": 83}]


def test_constant_dollars_follow_the_cpi_seed(warehouse: Warehouse) -> None:
    [row] = _rows(
        warehouse,
        "select amount_local, amount_usd_reported, amount_usd_at_average_rate, cpi_u,"
        " constant_dollar_year, cpi_u_base_year, amount_usd_constant"
        " from marts.fct_funding_constant_dollars where year = 2018",
    )
    cpi = _seed("cpi_u_annual.csv", "year", "cpi_u")
    rates = {
        (r["year"], r["currency"]): Decimal(r["lcu_per_usd"])
        for r in csv.DictReader((SEEDS / "exchange_rates_usd.csv").open())
    }
    at_average = round(Decimal(93_400_000) / rates[("2018", "KZT")], 2)
    assert row["amount_usd_reported"] == 270_000  # the covering (2019) report's dollars
    assert row["amount_usd_at_average_rate"] == at_average
    assert row["constant_dollar_year"] == 2024
    assert row["cpi_u"] == cpi["2018"] and row["cpi_u_base_year"] == cpi["2024"]
    assert row["amount_usd_constant"] == round(at_average * cpi["2024"] / cpi["2018"], 2)
    assert row["amount_usd_constant"] > row["amount_usd_at_average_rate"]  # prices rose since
