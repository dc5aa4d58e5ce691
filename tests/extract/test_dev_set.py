"""The dev set: short passages written for the phrasing families of TIP narratives
(2004-2025, a dozen countries, several currencies), scored like the hold-out."""

from __future__ import annotations

import json
from pathlib import Path

from etl.extract import extract, extraction_records
from etl.read import read_document
from tests.extract.scoring import score

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_dev_set_scores_above_the_hold_out_targets() -> None:
    gold = json.loads((FIXTURES / "dev_gold.json").read_text(encoding="utf-8"))
    records: list[dict] = []
    for doc in gold:
        path = FIXTURES / "dev" / f"{doc['id']}.txt"
        document = read_document(path, country=doc["iso3"], report_year=doc["report_year"])
        records += extraction_records(extract(document))
    precision, recall, misses = score(gold, records)
    assert sum(len(d["facts"]) + len(d["directions"]) for d in gold) >= 40
    assert precision >= 0.97, misses
    assert recall >= 0.95, misses
