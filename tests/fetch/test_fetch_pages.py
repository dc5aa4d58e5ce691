"""fetch_year against a local copy of the site: saving, manifest, retries, 404s, resuming."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from etl.fetch import ManifestError, PoliteClient, SiteError, fetch_year, index_url, report_path
from etl.fetch.client import retry_after_seconds
from etl.fetch.site import country_pages, fetch_url
from tests.fetch.conftest import OWN, Site, serve
from tests.statesite import index_page

SLUGS = ["kazakhstan", "moldova", "chile"]


def manifest(out: Path, year: int = 2018) -> dict:
    return json.loads((out / str(year) / "manifest.json").read_text(encoding="utf-8"))


def test_the_pages_the_index_lists_are_saved_with_a_manifest(
    httpserver: HTTPServer, client: PoliteClient, tmp_path: Path
) -> None:
    site = serve(httpserver, OWN)
    report = fetch_year(2018, tmp_path, client, base_url=site.base_url)
    assert report.ok and report.fetched == SLUGS
    assert sorted(p.name for p in (tmp_path / "2018").iterdir()) == [
        "chile.html",
        "kazakhstan.html",
        "manifest.json",
        "moldova.html",
    ]
    saved = (tmp_path / "2018" / "kazakhstan.html").read_bytes()
    assert saved == site.page("kazakhstan").encode()
    data = manifest(tmp_path)
    assert data["year"] == 2018 and data["index_url"] == index_url(2018)
    entry = next(p for p in data["pages"] if p["file"] == "kazakhstan.html")
    assert (
        entry["url"]
        == "https://www.state.gov/reports/2018-trafficking-in-persons-report/kazakhstan/"
    )
    assert entry["fetched_from"] == site.base_url + site.path("kazakhstan")
    assert entry["sha256"] == hashlib.sha256(saved).hexdigest()
    assert entry["bytes"] == len(saved)
    assert entry["status"] == "fetched" and entry["country_iso3"] == "KAZ"
    assert datetime.fromisoformat(entry["fetched_at"]).tzinfo is not None
    # Only the index and the country pages: not the introduction, nor last year's pages.
    assert site.requested() == [site.path()] + [site.path(s) for s in SLUGS]
    assert report.other_pages == ("introduction", "tier-placements", "topics-of-special-interest")
    agents = {request.headers["User-Agent"] for request, _ in httpserver.log}
    assert len(agents) == 1 and agents.pop().startswith("tipwh/")


def test_a_429_is_retried_after_what_retry_after_says(
    httpserver: HTTPServer, client: PoliteClient, sleeps: list[float], tmp_path: Path
) -> None:
    httpserver.expect_oneshot_request(
        "/reports/2018-trafficking-in-persons-report/moldova/"
    ).respond_with_data("slow down", status=429, headers={"Retry-After": "7"})
    site = serve(httpserver, OWN)
    report = fetch_year(2018, tmp_path, client, base_url=site.base_url)
    assert report.ok and report.fetched == SLUGS
    assert sleeps == [7.0]
    assert site.requested().count(site.path("moldova")) == 2
    assert (tmp_path / "2018" / "moldova.html").read_text() == site.page("moldova")


def test_a_lasting_500_is_given_up_with_backoff_and_the_run_goes_on(
    httpserver: HTTPServer, client: PoliteClient, sleeps: list[float], tmp_path: Path
) -> None:
    broken = "/reports/2018-trafficking-in-persons-report/kazakhstan/"
    httpserver.expect_request(broken).respond_with_data("oops", status=500)
    site = serve(httpserver, OWN)
    report = fetch_year(2018, tmp_path, client, base_url=site.base_url)
    assert not report.ok
    assert report.failed == {"kazakhstan": "HTTP 500 after 4 attempts"}
    assert report.fetched == ["moldova", "chile"]
    assert sleeps == [0.5, 1.0, 2.0]  # backoff 0.5 s, doubled
    assert site.requested().count(broken) == 4
    entry = next(p for p in manifest(tmp_path)["pages"] if p["url"].endswith("/kazakhstan/"))
    assert entry["status"] == "failed" and entry["http_status"] == 500
    assert "file" not in entry and not (tmp_path / "2018" / "kazakhstan.html").exists()


def test_a_404_is_recorded_as_not_in_the_report(
    httpserver: HTTPServer, client: PoliteClient, tmp_path: Path
) -> None:
    httpserver.expect_request(
        "/reports/2018-trafficking-in-persons-report/chile/"
    ).respond_with_data("no such page", status=404)
    site = serve(httpserver, OWN)
    report = fetch_year(2018, tmp_path, client, base_url=site.base_url)
    assert report.ok and report.not_in_report == ["chile"]
    assert report.fetched == ["kazakhstan", "moldova"]
    assert site.requested().count(site.path("chile")) == 1  # a 404 is not retried
    entry = next(p for p in manifest(tmp_path)["pages"] if p["url"].endswith("/chile/"))
    assert entry["status"] == "not_in_report" and "2018 report" in entry["error"]


def test_a_second_run_fetches_no_page_again(
    httpserver: HTTPServer, client: PoliteClient, tmp_path: Path
) -> None:
    site = serve(httpserver, OWN)
    fetch_year(2018, tmp_path, client, base_url=site.base_url)
    first = manifest(tmp_path)
    httpserver.clear_log()
    again = fetch_year(2018, tmp_path, client, base_url=site.base_url)
    assert again.ok and again.fetched == [] and again.unchanged == SLUGS
    assert site.requested() == [site.path()]  # the index only
    assert manifest(tmp_path) == first
    # A page whose file changed since is fetched again; the others are not.
    (tmp_path / "2018" / "chile.html").write_text("edited")
    httpserver.clear_log()
    third = fetch_year(2018, tmp_path, client, base_url=site.base_url)
    assert third.fetched == ["chile"] and third.unchanged == ["kazakhstan", "moldova"]
    assert site.requested() == [site.path(), site.path("chile")]
    assert (tmp_path / "2018" / "chile.html").read_text() == site.page("chile")


def test_refresh_asks_with_the_etag_and_a_304_keeps_the_page(
    httpserver: HTTPServer, client: PoliteClient, tmp_path: Path
) -> None:
    site = Site(httpserver, 2018, OWN[1:2])
    body = site.page("moldova")

    def with_etag(request: Request) -> Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        return Response(body, headers={"ETag": '"v1"'}, content_type="text/html")

    httpserver.expect_request(site.path()).respond_with_data(
        index_page(2018, site.narratives), content_type="text/html"
    )
    httpserver.expect_request(site.path("moldova")).respond_with_handler(with_etag)
    fetch_year(2018, tmp_path, client, base_url=site.base_url)
    assert next(iter(manifest(tmp_path)["pages"]))["etag"] == '"v1"'
    httpserver.clear_log()
    report = fetch_year(2018, tmp_path, client, base_url=site.base_url, refresh=True)
    assert report.unchanged == ["moldova"] and report.fetched == []
    conditional = httpserver.log[-1][0]
    assert conditional.path == site.path("moldova")
    assert conditional.headers["If-None-Match"] == '"v1"'
    assert (tmp_path / "2018" / "moldova.html").read_text() == body


def test_countries_filter_the_pages(
    httpserver: HTTPServer, client: PoliteClient, tmp_path: Path
) -> None:
    site = serve(httpserver, OWN)
    report = fetch_year(2018, tmp_path, client, base_url=site.base_url, countries={"CHL", "MDA"})
    assert report.fetched == ["moldova", "chile"]
    assert site.path("kazakhstan") not in site.requested()
    assert not (tmp_path / "2018" / "kazakhstan.html").exists()


def test_a_missing_index_is_a_clear_error(
    httpserver: HTTPServer, client: PoliteClient, tmp_path: Path
) -> None:
    httpserver.expect_request("/reports/2021-trafficking-in-persons-report/").respond_with_data(
        "gone", status=404
    )
    with pytest.raises(SiteError, match="index page answered HTTP 404"):
        fetch_year(2021, tmp_path, client, base_url=httpserver.url_for("/"))


def test_the_2019_index_has_its_own_address_and_years_before_2017_are_pdfs() -> None:
    assert report_path(2018) == "/reports/2018-trafficking-in-persons-report/"
    assert report_path(2019) == "/reports/2019-trafficking-in-persons-report-2/"
    with pytest.raises(SiteError, match="PDF"):
        report_path(2016)


def test_official_links_are_fetched_from_the_base_url() -> None:
    official = "https://www.state.gov/reports/2018-trafficking-in-persons-report/chile/"
    assert fetch_url(official, None) == official
    assert fetch_url(official, "http://127.0.0.1:8000/mirror/") == (
        "http://127.0.0.1:8000/mirror/reports/2018-trafficking-in-persons-report/chile/"
    )
    assert fetch_url("https://www.usa.gov/", "http://127.0.0.1:8000") == "https://www.usa.gov/"


def test_the_index_links_relative_and_menu_entries_once() -> None:
    html = (
        '<a href="/reports/2018-trafficking-in-persons-report/chile/">Chile</a>'
        '<option value="https://www.state.gov/reports/2018-trafficking-in-persons-report/chile/">'
        "Chile</option>"
        '<a href="https://www.state.gov/reports/2018-trafficking-in-persons-report/korea-north/">'
        "Korea, North</a>"
        '<a href="https://example.org/reports/2018-trafficking-in-persons-report/peru/">Peru</a>'
    )
    links = country_pages(html, 2018)
    assert [(p.slug, p.country.iso3) for p in links.countries] == [
        ("chile", "CHL"),
        ("korea-north", "PRK"),
    ]
    with pytest.raises(SiteError, match="no country pages"):
        country_pages("<a href='/about/'>About</a>", 2018)


def test_retry_after_takes_seconds_or_a_date() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("120") == 120.0
    assert retry_after_seconds("Thu, 01 Jan 2026 12:00:30 GMT", now) == 30.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_requests_are_spaced_by_the_delay(httpserver: HTTPServer, tmp_path: Path) -> None:
    waits: list[float] = []
    site = serve(httpserver, OWN)
    with PoliteClient(delay=0.2, sleep=waits.append) as polite:
        fetch_year(2018, tmp_path, polite, base_url=site.base_url)
    assert len(waits) == 3 and all(0.1 < w <= 0.2 for w in waits)


def test_a_broken_manifest_is_a_clear_error_and_is_left_alone(
    httpserver: HTTPServer, client: PoliteClient, tmp_path: Path
) -> None:
    site = serve(httpserver, OWN)
    (tmp_path / "2018").mkdir()
    (tmp_path / "2018" / "manifest.json").write_text("{not json")
    with pytest.raises(ManifestError, match="manifest.json: not a tipwh fetch manifest"):
        fetch_year(2018, tmp_path, client, base_url=site.base_url)
    assert (tmp_path / "2018" / "manifest.json").read_text() == "{not json"
    assert site.requested() == []
