"""The 93 real narratives of the 2018 corpus built into one report PDF: read back as 93
documents with the facts of their text files, and ingested into a real warehouse."""

from __future__ import annotations

import pytest

from etl.extract import extract
from etl.model import Document
from etl.pipeline import ingest
from etl.read import read_document, read_documents
from etl.warehouse import Warehouse
from etl.warehouse.migrate import upgrade
from tests.cli.conftest import run_cli
from tests.conftest import new_database
from tests.read.conftest import TIP_2018, BuiltReport


@pytest.fixture(scope="module")
def documents(tip2018_pdf: BuiltReport) -> list[Document]:
    return list(read_documents(tip2018_pdf.path))


def test_every_narrative_is_a_document_with_country_tier_and_year(
    tip2018_pdf: BuiltReport, documents: list[Document]
) -> None:
    assert len(documents) == len(tip2018_pdf.entries) == 93
    assert [
        (d.metadata.country_iso3, d.metadata.tier, d.metadata.report_year) for d in documents
    ] == [(e["iso3"], e["tier"], e["report_year"]) for e in tip2018_pdf.entries]
    assert len({d.sha256 for d in documents}) == 93
    assert len({d.path for d in documents}) == 93
    assert all(s.page is not None for d in documents for s in d.sentences)
    # The source's own heading "PAPUA GUINEA NEW: Tier 3" names no country: told, and the
    # text's "The Government of Papua New Guinea" names it.
    png = next(d for d in documents if d.metadata.country_iso3 == "PNG")
    assert png.metadata.sources == {
        "country": "text",
        "report_year": "pdf title page",
        "tier": "pdf heading",
    }
    assert png.warnings == ("heading 'PAPUA GUINEA NEW: TIER 3' names no known country",)
    assert all(d.warnings == () for d in documents if d is not png)


def test_facts_are_those_of_the_text_files(
    tip2018_pdf: BuiltReport, documents: list[Document]
) -> None:
    total = 0
    for entry, doc in zip(tip2018_pdf.entries, documents, strict=True):
        from_text = extract(read_document(TIP_2018 / entry["file"]))
        from_pdf = extract(doc)
        counts = sorted((f.metric, f.year, f.value) for f in from_pdf.counts)
        funding = sorted(
            (f.year, f.purpose, f.currency, f.amount_local, f.amount_usd) for f in from_pdf.funding
        )
        assert counts == sorted((f.metric, f.year, f.value) for f in from_text.counts), entry
        assert funding == sorted(
            (f.year, f.purpose, f.currency, f.amount_local, f.amount_usd) for f in from_text.funding
        ), entry
        total += len(counts) + len(funding)
    assert total > 500


def test_sections_are_those_of_the_text_files(
    tip2018_pdf: BuiltReport, documents: list[Document]
) -> None:
    whole = 0
    for entry, doc in zip(tip2018_pdf.entries, documents, strict=True):
        from_text = read_document(TIP_2018 / entry["file"])
        assert [(s.text, s.section) for s in doc.sentences] == [
            (s.text, s.section) for s in from_text.sentences
        ] or [s.section for s in doc.sentences] == [s.section for s in from_text.sentences], entry
        whole += {"prosecution", "protection", "prevention"} <= {s.section for s in doc.sentences}
    assert whole > 80  # a few text files lack a section: the split of the source failed there


def test_ingest_loads_every_narrative_once(
    tip2018_pdf: BuiltReport, warehouse: Warehouse, server_url: str
) -> None:
    """`tipwh ingest REPORT.pdf` loads all 93 narratives, as their text files load, with
    pages on every sentence; a second ingest skips them all."""
    with new_database(server_url) as other:
        upgrade(other)
        files = [TIP_2018 / e["file"] for e in tip2018_pdf.entries]
        assert ingest(other, files, command="test").failed == {}
    first = run_cli("ingest", str(tip2018_pdf.path))
    assert "93 loaded, 0 unchanged, 0 failed" in first.err, first.err
    assert first.code == 0
    loaded = 93
    with warehouse.connect() as conn:
        documents, paged, unpaged, pages = conn.execute(
            "select count(distinct d.document_id), count(*) filter (where s.page is not null),"
            " count(*) filter (where s.page is null), count(distinct s.page)"
            " from staging.documents d join staging.sentences s using (document_id)"
            " where d.source_path like %s",
            (f"{tip2018_pdf.path}#%",),
        ).fetchone()
        figure = conn.execute(
            "select s.page, d.report_year, d.metadata_sources->>'report_year'"
            " from staging.facts f join staging.sentences s using (document_id, sentence_no)"
            " join staging.documents d using (document_id) where d.source_path = %s limit 1",
            (f"{tip2018_pdf.path}#argentina",),
        ).fetchone()
    assert documents == loaded and paged > 5_000 and unpaged == 0 and pages > 150
    assert figure is not None and figure[0] >= 4 and figure[1:] == (2018, "pdf title page")
    again = run_cli("ingest", str(tip2018_pdf.path))
    assert "0 loaded, 93 unchanged, 0 failed" in again.err
