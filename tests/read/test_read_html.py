"""Web pages of the report site: the narrative without the furniture, the page's header."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from etl.extract import extract
from etl.model import Extraction
from etl.read import read_document
from etl.read.html import read_page
from tests.statesite import CORPUS, Narrative, corpus_narratives, country_page

# A narrative written for this test, in the shape of the site's text.
OWN_NARRATIVE = (
    "MOLDOVA: Tier 2\n\n"
    "The Government of Moldova does not fully meet the minimum standards for the "
    "elimination of trafficking but is making significant efforts to do so.\n\n"
    "PRIORITIZED RECOMMENDATIONS:\n\n"
    "Train more judges on the trafficking law.\n\n"
    "PROSECUTION\n\n"
    "Police opened 31 investigations in 2018, compared with 25 in 2017.\n\n"
    "PROTECTION\n\n"
    "The government identified 110 victims in 2018.\n\n"
    "PREVENTION\n\n"
    "A hotline received 900 calls.\n\n"
    "TRAFFICKING PROFILE\n\n"
    "Moldova is a source country for men, women and children.\n"
)
FURNITURE = (
    "Skip to content",
    "Search",
    "Travel and Business",
    "Home",
    "Office to Monitor",
    "Facebook",
    "Twitter",
    "Related Articles",
    "Turkmenistan",
    "Mexico",
    "Privacy Policy",
    "dataLayer",
    "schema.org",
    "margin",
)


def own_page(tmp_path: Path, name: str = "page.html", year: int = 2019) -> Path:
    narrative = Narrative(Path("moldova.txt"), "moldova", OWN_NARRATIVE, "MDA", "Tier 2", year)
    path = tmp_path / name
    path.write_text(country_page(narrative), encoding="utf-8")
    return path


def test_a_country_page_reads_as_its_narrative_under_the_pages_header(tmp_path: Path) -> None:
    doc = read_document(own_page(tmp_path))
    body = "\n\n".join(OWN_NARRATIVE.strip().split("\n\n")) + "\n"
    assert doc.text == "2019 Trafficking in Persons Report: Moldova\n\n" + body
    for furniture in FURNITURE:
        assert furniture not in doc.text, furniture
    assert (doc.metadata.country_iso3, doc.metadata.tier, doc.metadata.report_year) == (
        "MDA",
        "Tier 2",
        2019,
    )
    assert doc.metadata.sources == {"country": "header", "report_year": "header", "tier": "header"}


def test_section_headings_stand_on_their_own_lines(tmp_path: Path) -> None:
    doc = read_document(own_page(tmp_path))
    sections = {s.text: s.section for s in doc.sentences}
    assert sections["Train more judges on the trafficking law."] == "recommendations"
    assert sections["Police opened 31 investigations in 2018, compared with 25 in 2017."] == (
        "prosecution"
    )
    assert sections["The government identified 110 victims in 2018."] == "protection"
    assert sections["A hotline received 900 calls."] == "prevention"
    assert sections["Moldova is a source country for men, women and children."] == "profile"
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text


def test_the_report_year_comes_from_the_breadcrumb_not_menus_or_related_articles(
    tmp_path: Path,
) -> None:
    # Without the page's address: the menu links the 2024 report, the related articles a
    # 2020 one and another country that "remained on Tier 3".
    path = own_page(tmp_path, year=2018)
    html = path.read_text(encoding="utf-8")
    without_address = re.sub(r'<link rel="canonical"[^>]*>', "", html)
    assert without_address != html and "2024 Trafficking in Persons" in html
    path.write_text(without_address, encoding="utf-8")
    doc = read_document(path)
    assert doc.text.startswith("2018 Trafficking in Persons Report: Moldova\n")
    assert doc.metadata.report_year == 2018
    assert doc.metadata.tier == "Tier 2"


def test_the_pages_header_wins_over_a_slug_file_name(tmp_path: Path) -> None:
    # The path rules read "guinea" in a slug of Papua New Guinea's page.
    narrative = Narrative(
        Path("png.txt"),
        "papua-guinea-new",
        OWN_NARRATIVE.replace("MOLDOVA", "PAPUA NEW GUINEA").replace("Moldova", "Papua New Guinea"),
        "PNG",
        "Tier 2",
        2018,
    )
    path = tmp_path / "2018" / "papua-guinea-new.html"
    path.parent.mkdir()
    path.write_text(country_page(narrative), encoding="utf-8")
    doc = read_document(path)
    assert doc.metadata.country_iso3 == "PNG" and doc.metadata.sources["country"] == "header"
    assert doc.metadata.report_year == 2018
    assert not [w for w in doc.warnings if "country" in w]


def test_without_breadcrumb_the_canonical_address_names_the_report(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Moldova - United States Department of State</title>"
        '<link rel="canonical" href="https://www.state.gov/reports/'
        '2021-trafficking-in-persons-report/moldova/"></head>'
        '<body><nav class="menu"><a href="/">Home</a></nav><h1>Moldova</h1>'
        "<article><h2>MOLDOVA: Tier 2</h2><p>Police opened 4 cases.</p></article></body></html>"
    )
    page = read_page(html)
    assert page.header == "2021 Trafficking in Persons Report: Moldova"
    assert page.body == "MOLDOVA: Tier 2\n\nPolice opened 4 cases.\n"


def test_a_page_that_names_no_country_gets_no_header() -> None:
    page = read_page("<html><head><title>Search results</title></head><body><p>No.</p></body>")
    assert page.header is None
    assert page.text == "No.\n"


def facts(extraction: Extraction) -> tuple[list[tuple], list[tuple]]:
    counts = sorted((f.metric, f.year, f.value, f.qualifier) for f in extraction.counts)
    funding = sorted(
        (f.year, f.purpose, f.currency, f.amount_local, f.amount_usd, f.qualifier)
        for f in extraction.funding
    )
    return counts, funding


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus/tip-2018")
def test_the_corpus_as_pages_reads_like_its_text_files(tmp_path: Path) -> None:
    narratives = corpus_narratives()
    assert len(narratives) == 93
    total_counts = 0
    for i, narrative in enumerate(narratives):
        # A neutral file name: what the page alone says.
        path = tmp_path / f"page-{i:03}.html"
        path.write_text(country_page(narrative), encoding="utf-8")
        page, text_file = read_document(path), read_document(narrative.path)
        stated = (page.metadata.country_iso3, page.metadata.tier, page.metadata.report_year)
        assert stated == (narrative.iso3, narrative.tier, narrative.report_year), narrative.slug
        assert page.text.endswith(text_file.text.strip() + "\n") or (
            " ".join(page.text.split()).endswith(" ".join(text_file.text.split()))
        ), narrative.slug
        page_facts, file_facts = facts(extract(page)), facts(extract(text_file))
        assert page_facts == file_facts, narrative.slug
        total_counts += len(page_facts[0])
    assert total_counts > 500
