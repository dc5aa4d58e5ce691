"""`tipwh extract` and `tipwh build` on report PDFs: one document per narrative."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

from etl.warehouse import Warehouse
from tests.cli.conftest import run_cli


def test_extract_prints_each_narrative_of_a_pdf(recent_pdf: Path) -> None:
    outcome = run_cli("extract", str(recent_pdf), "--format", "jsonl")
    assert outcome.code == 0, outcome.err
    records = [json.loads(line) for line in outcome.out.splitlines()]
    heads = [r for r in records if r.get("kind") == "document"]
    assert [(h["country_iso3"], h["report_year"], h["tier"]) for h in heads] == [
        ("KAZ", 2019, "Tier 2"),
        ("BIH", 2019, "Tier 2 Watch List"),
        ("NOR", 2019, "Tier 1"),
        ("LBY", 2019, "Special Case"),
        ("ERI", 2019, "Tier 3"),
    ]
    assert heads[0]["document"] == f"{recent_pdf}#kazakhstan"
    facts = {(r["metric"], r["year"], r.get("value")) for r in records if "metric" in r}
    assert ("victims_identified", 2018, 263) in facts and ("convictions", 2017, 19) in facts


def test_build_reads_a_directory_of_report_pdfs(
    recent_pdf: Path, older_pdf: Path, empty_database: Warehouse, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for pdf in (recent_pdf, older_pdf):
        shutil.copy(pdf, folder / pdf.name)
    outcome = run_cli("build", str(folder))
    assert outcome.code == 0, outcome.err
    assert "7 loaded, 0 unchanged, 0 failed" in outcome.err
    query = (
        "select country_iso3, year, victims_identified, convictions, tier"
        " from marts.country_year where country_iso3 in ('KAZ', 'MDA') order by 1, 2"
    )
    rows = run_cli("sql", query, "--csv")
    assert rows.code == 0, rows.err
    got = {(r["country_iso3"], r["year"]): r for r in csv.DictReader(io.StringIO(rows.out))}
    assert (got[("KAZ", "2018")]["victims_identified"], got[("KAZ", "2018")]["tier"]) == (
        "102",
        "Tier 2",
    )
    assert (got[("MDA", "2007")]["convictions"], got[("MDA", "2007")]["tier"]) == (
        "61",
        "Tier 2 Watch List",
    )
