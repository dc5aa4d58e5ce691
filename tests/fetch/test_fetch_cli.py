"""`tipwh fetch` as a user runs it, then `tipwh ingest` of what it saved."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from etl.pipeline import ingest
from etl.warehouse import Warehouse
from tests.cli.conftest import run_cli
from tests.fetch.conftest import OWN, serve
from tests.statesite import CORPUS, corpus_narratives


def fetch(site_url: str, out: Path, *args: str):
    return run_cli(
        "fetch",
        "--year",
        "2018",
        "--base-url",
        site_url,
        "--out",
        str(out),
        "--delay",
        "0",
        *args,
    )


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus/tip-2018")
def test_the_93_pages_fetched_and_ingested_match_their_text_files(
    httpserver: HTTPServer, warehouse: Warehouse, tmp_path: Path
) -> None:
    narratives = corpus_narratives()
    site = serve(httpserver, narratives)
    started = time.perf_counter()
    outcome = fetch(site.base_url, tmp_path)
    seconds = time.perf_counter() - started
    assert outcome.code == 0, outcome.err
    assert "93 pages: 93 fetched" in outcome.err and "0 failed" in outcome.err
    assert seconds < 15  # about a second here with --delay 0
    manifest = json.loads((tmp_path / "2018" / "manifest.json").read_text())
    assert len(manifest["pages"]) == 93
    assert {p["status"] for p in manifest["pages"]} == {"fetched"}

    # The text files, loaded the same way: a page must load wherever its text file does.
    by_slug = {n.slug: n for n in narratives}
    texts = ingest(warehouse, [n.path for n in narratives], command="test")
    text_failures = {Path(name).stem for name in texts.failed}
    ingested = run_cli("ingest", str(tmp_path / "2018"))
    assert ingested.code == (1 if text_failures else 0), ingested.err
    assert f"{93 - len(text_failures)} loaded" in ingested.err
    for slug in text_failures:  # a sum stated for two years; staging keys funding by span
        assert f"{slug}.html: rejected by the staging schema" in ingested.err
    with warehouse.connect() as conn:
        documents = conn.execute(
            "select document_id, source_path, country_iso3, tier, report_year"
            " from staging.documents where superseded_at is null"
        ).fetchall()
        counts = conn.execute(
            "select document_id, metric, year, value, qualifier from staging.facts"
        ).fetchall()
        funding = conn.execute(
            "select document_id, year, purpose, currency, amount_local::float8,"
            " amount_usd::float8, qualifier from staging.funding_facts"
        ).fetchall()
    pages = {Path(d[1]).stem: d for d in documents if d[1].endswith(".html")}
    text_ids = {Path(d[1]).stem: d[0] for d in documents if d[1].endswith(".txt")}
    assert set(pages) == set(text_ids) == set(by_slug) - text_failures

    def facts_of(document_id: int) -> tuple[list[tuple], list[tuple]]:
        return (
            sorted(row[1:] for row in counts if row[0] == document_id),
            sorted(row[1:] for row in funding if row[0] == document_id),
        )

    for slug, (document_id, source_path, iso3, tier, report_year) in pages.items():
        narrative = by_slug[slug]
        assert (iso3, tier, report_year) == (narrative.iso3, narrative.tier, 2018), source_path
        assert facts_of(document_id) == facts_of(text_ids[slug]), source_path
    assert len(counts) > 1000 and len(funding) > 40  # both sets: pages and text files


def test_exit_1_when_a_page_fails_and_0_when_it_is_not_in_the_report(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request(
        "/reports/2018-trafficking-in-persons-report/chile/"
    ).respond_with_data("", status=404)
    httpserver.expect_request(
        "/reports/2018-trafficking-in-persons-report/moldova/"
    ).respond_with_data("", status=503)
    site = serve(httpserver, OWN)
    failed = fetch(site.base_url, tmp_path, "--retries", "1", "--backoff", "0")
    assert failed.code == 1
    assert "failed: moldova: HTTP 503 after 2 attempts" in failed.err
    assert "not in the 2018 report (HTTP 404): chile" in failed.err
    assert "3 pages: 1 fetched" in failed.err
    httpserver.clear()
    serve(httpserver, OWN)
    resumed = fetch(site.base_url, tmp_path)
    assert resumed.code == 0, resumed.err
    assert "3 pages: 2 fetched, 1 already saved" in resumed.err


def test_country_by_name_or_iso3_and_bad_usage(httpserver: HTTPServer, tmp_path: Path) -> None:
    site = serve(httpserver, OWN)
    outcome = fetch(
        site.base_url, tmp_path, "--country", "Chile", "--country", "KAZ", "--country", "peru"
    )
    assert outcome.code == 0, outcome.err
    assert "the 2018 index lists no page for PER" in outcome.err
    assert "3 pages" not in outcome.err and "2 pages: 2 fetched" in outcome.err
    assert sorted(p.name for p in (tmp_path / "2018").glob("*.html")) == [
        "chile.html",
        "kazakhstan.html",
    ]
    unknown = fetch(site.base_url, tmp_path, "--country", "Atlantis")
    assert unknown.code == 2 and "unknown country 'Atlantis'" in unknown.err
    early = run_cli("fetch", "--year", "2016", "--out", str(tmp_path))
    assert early.code == 2 and "PDF" in early.err and "tipwh ingest" in early.err
    assert not (tmp_path / "2016").exists()


def test_help_says_where_the_earlier_reports_are() -> None:
    outcome = run_cli("fetch", "--help")
    assert outcome.code == 0
    assert "from 2017 on" in outcome.out and "PDF" in outcome.out and "--base-url" in outcome.out
