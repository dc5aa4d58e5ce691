"""The JSON lines the CLI prints and the scorer reads."""

from __future__ import annotations

import json

from etl.extract import extraction_records
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
    }
    assert (count["year"], count["value"], count["unit"], count["rule"]) == (
        2016,
        110,
        "persons",
        "count.head",
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
