"""The JSON lines the CLI prints and the scorer reads."""

from __future__ import annotations

import json

from etl.extract import extract, extraction_records
from etl.read import read_document
from tests.extract.helpers import run


def test_records_for_document_counts_funding_and_directions() -> None:
    text = (
        "KAZAKHSTAN (Tier 2)\n\nThe government prosecuted fewer traffickers.\n\n"
        "PROTECTION\n\nThe government identified 110 trafficking victims. The government "
        "allocated 24 million KZT ($72,007) for shelters."
    )
    records = extraction_records(run(text))
    json.dumps(records)
    kinds = [r.get("kind") or r["metric"] for r in records]
    assert kinds == ["document", "victims_identified", "funding", "prosecutions"]
    document, count, money, direction = records
    assert document == {
        "document": "kaz-2017-test.txt",
        "kind": "document",
        "country_iso3": "KAZ",
        "report_year": 2017,
        "tier": None,
        "warnings": [],
    }
    assert (count["year"], count["value"], count["unit"], count["rule"]) == (
        2016,
        110,
        "persons",
        "count.head.verb",
    )
    assert text[count["start"] : count["end"]] == "110" and "110" in count["sentence"]
    assert (money["purpose"], money["currency"], money["amount_local"], money["amount_usd"]) == (
        "shelters",
        "KZT",
        24_000_000,
        72_007,
    )
    assert isinstance(money["amount_local"], int)
    assert (direction["year"], direction["direction"]) == (2016, "decrease")


def test_unknown_report_year_is_null_with_a_warning_and_dated_facts_are_kept(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "report.txt"
    path.write_text(
        "The government identified more victims than before.\n\n"
        "Police identified 40 trafficking victims in calendar year 2019, compared with 52 in "
        "fiscal year 2018. The government allocated 5 million naira ($13,700) for shelters in "
        "calendar year 2019. Courts convicted 12 traffickers.\n",
        encoding="utf-8",
    )
    records = extraction_records(extract(read_document(path)))
    document, facts = records[0], records[1:]
    assert document["report_year"] is None
    assert any(w.startswith("report year not found") for w in document["warnings"])
    assert document["country_iso3"] == "NGA"  # from the currency
    got = {(f["metric"], f["year"], f.get("value") or f.get("amount_local")) for f in facts}
    # dated figures only: no direction and no undated "12 traffickers" without a reporting year
    assert got == {
        ("victims_identified", 2019, 40),
        ("victims_identified", 2018, 52),
        ("funding", 2019, 5_000_000),
    }
