"""One metric catalogue: dbt's seed `metrics.csv` and etl/model.py name the same metrics
with the same units, and the wide mart has a column for each."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from etl.model import COUNT_METRICS, METRIC_UNITS

DBT = Path(__file__).resolve().parents[1] / "dbt_project"


def catalogue() -> list[dict[str, str]]:
    with (DBT / "seeds" / "metrics.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_the_seed_and_the_model_list_the_same_metrics_in_order() -> None:
    assert [row["metric"] for row in catalogue()] == list(COUNT_METRICS)


def test_the_seed_and_the_model_give_each_metric_the_same_unit() -> None:
    assert {row["metric"]: row["unit"] for row in catalogue()} == {
        m: METRIC_UNITS[m] for m in COUNT_METRICS
    }


def test_a_form_metric_names_its_form_and_a_total_is_all_forms() -> None:
    forms = {row["metric"]: row["form"] for row in catalogue()}
    assert forms["convictions_labor"] == "labor"
    assert forms["victims_identified_foreign"] == "foreign"
    assert {m for m, form in forms.items() if form == "all"} == {
        "victims_identified",
        "victims_assisted_ngo",
        "hotline_calls",
        "investigations",
        "prosecutions",
        "convictions",
    }


def test_the_wide_mart_pivots_every_metric_of_the_catalogue() -> None:
    sql = (DBT / "models" / "marts" / "country_year.sql").read_text(encoding="utf-8")
    pivoted = re.findall(r"filter \(\s*where metric = '(\w+)'\s*\) as (\w+)", sql)
    assert pivoted == [(row["metric"], row["metric"]) for row in catalogue()]
