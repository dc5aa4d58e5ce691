"""The 93 whole narratives of the 2018 report under neutral names: what the text alone tells.

Country and tier must be right on every one; the report year right or unknown with a
warning, never wrong. Skips without `../shared/corpus/tip-2018`."""

from __future__ import annotations

import json
from pathlib import Path

from etl.read import read_document
from tests.read.corpus_2018 import CORPUS, needs_corpus, neutral_copies

#: Narratives whose report year the text tells (the rest say they do not know), measured.
YEARS_TOLD_AT_LEAST = 77

pytestmark = needs_corpus


def test_country_tier_and_report_year_from_the_text_alone(tmp_path: Path) -> None:
    copies = neutral_copies(tmp_path)
    assert len(copies) == 93
    docs = [(read_document(path), entry) for path, entry in copies]
    wrong_country = [
        (e["file"], d.metadata.country_iso3)
        for d, e in docs
        if d.metadata.country_iso3 != e["iso3"]
    ]
    wrong_tier = [(e["file"], d.metadata.tier) for d, e in docs if d.metadata.tier != e["tier"]]
    wrong_year = [
        (e["file"], d.metadata.report_year)
        for d, e in docs
        if d.metadata.report_year not in (None, e["report_year"])
    ]
    unknown = [(d, e) for d, e in docs if d.metadata.report_year is None]
    assert wrong_country == [] and wrong_tier == [] and wrong_year == []
    assert all(any(w.startswith("report year not found: ") for w in d.warnings) for d, _ in unknown)
    assert len(docs) - len(unknown) >= YEARS_TOLD_AT_LEAST


def test_their_own_file_names_agree_with_their_texts() -> None:
    index = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))
    for entry in index:
        doc = read_document(CORPUS / entry["file"])
        assert doc.metadata.country_iso3 == entry["iso3"], entry["file"]
        assert not any(w.startswith("country") for w in doc.warnings), entry["file"]
