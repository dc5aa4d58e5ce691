"""Report PDFs built once per session: two from narratives in our own words (always), and
one from the 93 real narratives of ../shared/corpus/tip-2018 (when the folder is there)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import SHARED
from tests.read.pdf_fixture_texts import OLDER, OLDER_REPORT_YEAR, RECENT, RECENT_REPORT_YEAR
from tests.read.report_pdf_layout import (
    build_report_pdf,
    corpus_narratives,
    narrative,
    narrative_from_text,
)

TIP_2018 = SHARED / "corpus" / "tip-2018"


@dataclass(frozen=True)
class BuiltReport:
    """A built report PDF and, narrative by narrative, its index entry and source text."""

    path: Path
    entries: list[dict]
    texts: list[str]


@pytest.fixture(scope="session")
def recent_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2019-style report: "KAZAKHSTAN: TIER 2" headings, one "TIER 2" / "WATCH LIST"."""
    path = tmp_path_factory.mktemp("pdf") / "recent.pdf"
    narratives = [narrative(heading, body) for _, _, heading, body in RECENT]
    return build_report_pdf(path, narratives, report_year=RECENT_REPORT_YEAR)


@pytest.fixture(scope="session")
def older_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2008-style report: "KENYA (Tier 2)" headings, one split over two lines."""
    path = tmp_path_factory.mktemp("pdf") / "older.pdf"
    narratives = [narrative(heading, body) for _, _, heading, body in OLDER]
    return build_report_pdf(path, narratives, report_year=OLDER_REPORT_YEAR)


@pytest.fixture(scope="session")
def tip2018_pdf(tmp_path_factory: pytest.TempPathFactory) -> BuiltReport:
    """All 93 narratives of the shared 2018 corpus in one report PDF."""
    if not (TIP_2018 / "index.json").is_file():
        pytest.skip(f"{TIP_2018} is not there")
    pairs = corpus_narratives(TIP_2018)
    path = tmp_path_factory.mktemp("pdf") / "tip-2018.pdf"
    build_report_pdf(path, [narrative_from_text(text) for _, text in pairs], report_year=2018)
    return BuiltReport(path, [entry for entry, _ in pairs], [text for _, text in pairs])
