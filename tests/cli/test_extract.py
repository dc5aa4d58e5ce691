"""`tipwh extract`: facts as JSON lines or for a person, without a database."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.conftest import BUNDLED_REPORTS, SHARED


def _records(tipwh, *args: str) -> list[dict]:  # type: ignore[no-untyped-def]
    outcome = tipwh("extract", *args, "--format", "jsonl")
    assert outcome.code == 0, outcome.err
    return [json.loads(line) for line in outcome.out.splitlines()]


def test_every_fact_line_carries_its_span_and_sentence(tipwh, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@/none?host=/nonexistent")
    records = _records(tipwh, str(BUNDLED_REPORTS))
    documents = [r for r in records if r.get("kind") == "document"]
    facts = [r for r in records if r.get("kind") != "document"]
    assert len(documents) == 5 and facts
    for fact in facts:
        text = (BUNDLED_REPORTS / fact["document"].split("/")[-1]).read_text(encoding="utf-8")
        assert fact["start"] < fact["end"] and fact["sentence"]
        assert text[fact["start"] : fact["end"]] in fact["sentence"]


@pytest.mark.skipif(not (SHARED / "eval" / "seeds_gold.json").exists(), reason="no shared gold")
def test_seed_extraction_matches_the_gold_labels_exactly(tipwh) -> None:  # type: ignore[no-untyped-def]
    gold = json.loads((SHARED / "eval" / "seeds_gold.json").read_text())
    records = _records(tipwh, *sorted(str(p) for p in (SHARED / "seeds").glob("*.txt")))

    def key(f: dict) -> tuple:
        if f["metric"] == "funding":
            return (
                f["metric"],
                f["year"],
                f["purpose"],
                f["currency"],
                f["amount_local"],
                f["amount_usd"],
            )
        return (f["metric"], f["year"], f.get("value"), f.get("direction"))

    for doc in gold:
        mine = [r for r in records if doc["id"] in r["document"]]
        meta = next(r for r in mine if r.get("kind") == "document")
        assert (meta["country_iso3"], meta["report_year"]) == (doc["iso3"], doc["report_year"])
        if doc["tier"]:
            assert meta["tier"] == doc["tier"]
        expected = Counter(key(f) for f in doc["facts"] + doc["directions"])
        assert Counter(key(r) for r in mine if r.get("kind") != "document") == expected, doc["id"]


def test_explain_marks_the_figure_and_names_the_rule(tipwh) -> None:  # type: ignore[no-untyped-def]
    outcome = tipwh("extract", str(BUNDLED_REPORTS / "000_d8c2724cfbdb2e13.txt"), "--explain")
    assert outcome.code == 0
    assert "victims_identified 2016 = 110" in outcome.out and "rule count.head.verb" in outcome.out
    assert "A total governed by the nearest metric verb before it" in " ".join(outcome.out.split())
