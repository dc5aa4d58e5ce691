"""Whole 2018 narratives (`../shared/corpus/tip-2018`, 83 of them labelled in
`tests/fixtures/whole2018/gold.json`), scored like the development sets. The texts stay in
the shared folder; without it the test is skipped. The first 22 scored blind at precision /
recall 0.79 / 0.66, the next 20 blind at 0.73 / 0.66, the last 41 blind at 0.77 / 0.64
(0.77 / 0.66 after the second reading of every disagreement); all 83 now score
0.95 / 0.92 (the rules were fixed against them since); the floor is the score now, less a
small margin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.extract import extract, extraction_records
from etl.read import read_document
from tests.extract.scoring import score

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "tip-2018"
GOLD = ROOT / "tests" / "fixtures" / "whole2018" / "gold.json"
FLOOR = (0.94, 0.90)  # precision, recall


@pytest.mark.skipif(not CORPUS.exists(), reason="no shared 2018 narratives")
def test_whole_2018_narratives_score_above_the_floor() -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    records: list[dict] = []
    for doc in gold:
        records += extraction_records(extract(read_document(CORPUS / f"{doc['id']}.txt")))
    precision, recall, misses = score(gold, records)
    assert sum(len(d["facts"]) for d in gold) >= 900
    assert precision >= FLOOR[0], misses
    assert recall >= FLOOR[1], misses
