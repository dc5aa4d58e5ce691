"""Report PDFs in the TIP layout, built from narratives in our own words, read back as one
document per country narrative."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from etl.extract import extract
from etl.model import Document
from etl.read import ReadError, read_documents
from tests.read.pdf_fixture_texts import (
    OLDER,
    OLDER_REPORT_YEAR,
    RECENT,
    RECENT_REPORT_YEAR,
    expected_text,
)
from tests.read.report_pdf_layout import build_report_pdf, narrative

_ALNUM = re.compile(r"[^0-9a-z]+")


def _page_texts(path: Path) -> list[str]:
    """Each page's characters, lower case, letters and digits only."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [_ALNUM.sub("", page.get_textpage().get_text_range().lower()) for page in pdf]
    finally:
        pdf.close()


@pytest.mark.parametrize(
    ("fixture", "narratives", "year"),
    [("recent_pdf", RECENT, RECENT_REPORT_YEAR), ("older_pdf", OLDER, OLDER_REPORT_YEAR)],
)
def test_each_narrative_is_a_document_with_its_heading_metadata(
    request: pytest.FixtureRequest, fixture: str, narratives: list, year: int
) -> None:
    path: Path = request.getfixturevalue(fixture)
    docs = list(read_documents(path))
    assert [(d.metadata.country_iso3, d.metadata.tier, d.metadata.report_year) for d in docs] == [
        (iso3, tier, year) for iso3, tier, _, _ in narratives
    ]
    for doc in docs:
        assert doc.metadata.sources == {
            "country": "pdf heading",
            "tier": "pdf heading",
            "report_year": "pdf title page",
        }
        assert doc.encoding == "pdf" and doc.warnings == ()


@pytest.mark.parametrize(("fixture", "narratives"), [("recent_pdf", RECENT), ("older_pdf", OLDER)])
def test_text_reads_as_the_narrative_was_written(
    request: pytest.FixtureRequest, fixture: str, narratives: list
) -> None:
    """Columns in order, furniture gone, hyphens joined ("well-paid" and "victim-centered"
    kept), paragraphs and section headings on their own lines, "conftict" repaired."""
    docs = list(read_documents(request.getfixturevalue(fixture)))
    for doc, (_, _, heading, body) in zip(docs, narratives, strict=True):
        assert doc.text == expected_text(heading, body)
    joined = "\n".join(d.text for d in docs)
    assert "TRAFFICKING IN PERSONS REPORT" not in joined and "COUNTRY NARRATIVES" not in joined
    assert "METHODOLOGY" not in joined and "TIER PLACEMENTS" not in joined
    assert "well-paid" in joined and "victim-centered" in joined


def test_the_split_watch_list_heading_is_one_heading(recent_pdf: Path, older_pdf: Path) -> None:
    bosnia = next(d for d in read_documents(recent_pdf) if d.metadata.country_iso3 == "BIH")
    moldova = next(d for d in read_documents(older_pdf) if d.metadata.country_iso3 == "MDA")
    assert bosnia.text.startswith("BOSNIA AND HERZEGOVINA: TIER 2 WATCH LIST\n\nThe Government")
    assert moldova.text.startswith("MOLDOVA (Tier 2 Watch List)\n\nThe Government")
    assert bosnia.path == f"{recent_pdf}#bosnia-and-herzegovina"
    assert moldova.path == f"{older_pdf}#moldova"


def test_sentences_carry_the_page_they_start_on(recent_pdf: Path) -> None:
    pages = _page_texts(recent_pdf)
    docs = list(read_documents(recent_pdf))
    sentences = [s for d in docs for s in d.sentences]
    assert all(s.page is not None for s in sentences)
    assert len({s.page for s in sentences}) >= 2
    for s in sentences:
        start = _ALNUM.sub("", s.text.lower())[:24]
        assert start in pages[s.page - 1], (s.page, s.text)
    # The narratives start after the title page, the introduction and the tier tables.
    assert docs[0].sentences[0].page >= 4


def test_sections_and_facts_are_those_of_the_text(recent_pdf: Path, tmp_path: Path) -> None:
    for doc, (iso3, _, heading, body) in zip(read_documents(recent_pdf), RECENT, strict=True):
        text_file = tmp_path / f"{iso3.lower()}-{RECENT_REPORT_YEAR}.txt"
        text_file.write_text(expected_text(heading, body))
        (from_text,) = read_documents(text_file)
        assert [(s.text, s.section) for s in doc.sentences] == [
            (s.text, s.section) for s in from_text.sentences
        ]
        assert _facts(doc) == _facts(from_text)
    kazakhstan = next(d for d in read_documents(recent_pdf) if d.metadata.country_iso3 == "KAZ")
    counts, funding = _facts(kazakhstan)
    assert ("victims_identified", 2018, 102) in counts and ("convictions", 2017, 19) in counts
    assert funding == [(2018, "shelters", "KZT", 84_000_000.0, 245_000.0)]


def test_an_unchanged_narrative_keeps_its_identity(recent_pdf: Path, tmp_path: Path) -> None:
    """The same narrative in a PDF with other narratives has the same sha256 and path."""
    fewer = [narrative(h, b) for iso3, _, h, b in RECENT if iso3 != "NOR"]
    other = build_report_pdf(tmp_path / "recent.pdf", fewer, report_year=RECENT_REPORT_YEAR)
    before = {d.metadata.country_iso3: d.sha256 for d in read_documents(recent_pdf)}
    after = {d.metadata.country_iso3: d.sha256 for d in read_documents(other)}
    assert set(after) == set(before) - {"NOR"}
    assert all(after[iso3] == before[iso3] for iso3 in after)


def test_report_year_argument_wins_and_country_argument_is_refused(recent_pdf: Path) -> None:
    docs = list(read_documents(recent_pdf, report_year=2020))
    assert {d.metadata.report_year for d in docs} == {2020}
    assert {d.metadata.sources["report_year"] for d in docs} == {"flag"}
    with pytest.raises(ReadError, match=r"recent\.pdf: holds 5 country narratives"):
        list(read_documents(recent_pdf, country="KAZ"))


def test_a_single_narrative_pdf_takes_a_country_argument(tmp_path: Path) -> None:
    iso3, _, heading, body = RECENT[0]
    path = build_report_pdf(tmp_path / "one.pdf", [narrative(heading, body)], report_year=2019)
    (doc,) = read_documents(path, country="KAZ")
    assert doc.metadata.country_iso3 == "KAZ" and doc.metadata.sources["country"] == "flag"


def test_without_a_title_page_the_running_heads_give_the_report_year(tmp_path: Path) -> None:
    narratives = [narrative(h, b) for _, _, h, b in OLDER]
    path = build_report_pdf(tmp_path / "r.pdf", narratives, report_year=2008, title_page=False)
    docs = list(read_documents(path))
    assert [(d.metadata.country_iso3, d.metadata.report_year) for d in docs] == [
        ("MDA", 2008),
        ("KEN", 2008),
    ]
    assert {d.metadata.sources["report_year"] for d in docs} == {"pdf running head"}


def test_a_broken_pdf_is_a_read_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\nnot really a PDF\n")
    with pytest.raises(ReadError, match=r"broken\.pdf: not a readable PDF"):
        list(read_documents(path))


def test_a_pdf_without_narratives_is_a_read_error(tmp_path: Path) -> None:
    path = build_report_pdf(tmp_path / "front.pdf", [], report_year=2019)
    assert path.read_bytes().startswith(b"%PDF-")
    with pytest.raises(ReadError, match=r"front\.pdf: no country narrative found"):
        list(read_documents(path))


def _facts(doc: Document) -> tuple[list, list]:
    e = extract(doc)
    counts = sorted((f.metric, f.year, f.value) for f in e.counts)
    funding = sorted(
        (f.year, f.purpose, f.currency, f.amount_local, f.amount_usd) for f in e.funding
    )
    return counts, funding
