"""The 93 real narratives of the 2018 corpus built into one report PDF: read back as 93
documents with the facts of their text files, and ingested into a real warehouse."""

from __future__ import annotations

import pytest

from etl.extract import extract
from etl.model import Document
from etl.read import read_document, read_documents
from etl.warehouse import Warehouse
from tests.cli.conftest import run_cli
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


def test_ingest_loads_every_narrative_once(tip2018_pdf: BuiltReport, warehouse: Warehouse) -> None:
    first = run_cli("ingest", str(tip2018_pdf.path))
    assert first.code == 0, first.err
    assert "93 loaded, 0 unchanged, 0 failed" in first.err
    with warehouse.connect() as conn:
        documents, paged, unpaged, pages = conn.execute(
            "select count(distinct d.document_id), count(*) filter (where s.page is not null),"
            " count(*) filter (where s.page is null), count(distinct s.page)"
            " from staging.documents d join staging.sentences s using (document_id)"
            " where d.source_path like %s",
            (f"{tip2018_pdf.path}#%",),
        ).fetchone()
        figure = conn.execute(
            "select s.page, d.report_year from staging.facts f"
            " join staging.sentences s using (document_id, sentence_no)"
            " join staging.documents d using (document_id)"
            " where d.source_path = %s limit 1",
            (f"{tip2018_pdf.path}#albania",),
        ).fetchone()
    assert documents == 93 and paged > 10_000 and unpaged == 0 and pages > 150
    assert figure is not None and figure[0] >= 4 and figure[1] == 2018
    again = run_cli("ingest", str(tip2018_pdf.path))
    assert again.code == 0, again.err
    assert "0 loaded, 93 unchanged, 0 failed" in again.err
