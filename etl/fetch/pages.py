"""Fetch a year's country pages into `{out}/{year}/{slug}.html` with a manifest.

The index page is read every run; a country page already in the manifest whose file still
has the recorded SHA-256 is not fetched again (with `refresh`, it is asked for again with
If-None-Match / If-Modified-Since, and a 304 or the same bytes leave it as it was). A 404 is
recorded as not in this year's report and the run goes on; a page that fails for good is
recorded with its error. The manifest is written after every page, so an interrupted run
resumes where it stopped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from etl.fetch.client import FetchFailed, PoliteClient
from etl.fetch.manifest import (
    FAILED,
    FETCHED,
    MANIFEST_NAME,
    NOT_IN_REPORT,
    Manifest,
    PageEntry,
    load_manifest,
    save_manifest,
    write_atomically,
)
from etl.fetch.site import CountryPage, SiteError, country_pages, fetch_url, index_url

NOT_FOUND = frozenset({404, 410})


@dataclass
class FetchReport:
    """What a fetch did, page by page (slugs); `unlisted`: asked-for countries (ISO3) the
    index has no page for."""

    year: int
    directory: Path
    fetched: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    not_in_report: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    other_pages: tuple[str, ...] = ()
    unlisted: list[str] = field(default_factory=list)
    requests: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def pages(self) -> int:
        return len(self.fetched) + len(self.unchanged) + len(self.not_in_report) + len(self.failed)


def fetch_year(
    year: int,
    out: Path,
    client: PoliteClient,
    *,
    base_url: str | None = None,
    countries: Collection[str] | None = None,
    refresh: bool = False,
    on_total: Callable[[int], None] | None = None,
    on_page: Callable[[str], None] | None = None,
) -> FetchReport:
    """Fetch the country pages of `year` (only `countries`, ISO3 codes, if given)."""
    official_index = index_url(year)
    directory = out / str(year)
    manifest_path = directory / MANIFEST_NAME
    manifest = load_manifest(manifest_path, year, official_index)
    report = FetchReport(year, directory)
    try:
        index = _get_index(client, fetch_url(official_index, base_url))
        links = country_pages(index, year)
        pages = [p for p in links.countries if countries is None or p.country.iso3 in countries]
        report.other_pages = links.other_pages
        report.unlisted = sorted(set(countries or ()) - {p.country.iso3 for p in pages})
        directory.mkdir(parents=True, exist_ok=True)
        if on_total:
            on_total(len(pages))
        for page in pages:
            entry = _fetch_page(client, page, manifest, directory, base_url, refresh, report)
            if entry is not manifest.pages.get(page.url):
                manifest.pages[page.url] = entry
                save_manifest(manifest_path, manifest)
            if on_page:
                on_page(page.slug)
    finally:
        report.requests = client.requests_made
    return report


def _get_index(client: PoliteClient, url: str) -> str:
    try:
        response = client.get(url)
    except FetchFailed as exc:
        raise SiteError(f"cannot fetch the index page {exc}") from None
    if response.status_code != 200:
        raise SiteError(f"{url}: the index page answered HTTP {response.status_code}")
    return response.text


def _fetch_page(
    client: PoliteClient,
    page: CountryPage,
    manifest: Manifest,
    directory: Path,
    base_url: str | None,
    refresh: bool,
    report: FetchReport,
) -> PageEntry:
    """Fetch one page (or keep what is saved) and return its manifest entry."""
    path = directory / f"{page.slug}.html"
    known = manifest.pages.get(page.url)
    saved = known if known and known.status == FETCHED and _holds(path, known.sha256) else None
    if saved and not refresh:
        report.unchanged.append(page.slug)
        return saved
    source = fetch_url(page.url, base_url)
    headers = _conditional_headers(saved) if saved else {}
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    from_ = source if source != page.url else None
    try:
        response = client.get(source, headers)
    except FetchFailed as exc:
        report.failed[page.slug] = exc.reason
        return PageEntry(
            page.url,
            FAILED,
            now,
            country_iso3=page.country.iso3,
            http_status=exc.status,
            fetched_from=from_,
            error=exc.reason,
        )
    status = response.status_code
    if saved and (status == 304 or (status == 200 and _sha(response.content) == saved.sha256)):
        report.unchanged.append(page.slug)
        return saved
    if status in NOT_FOUND:
        report.not_in_report.append(page.slug)
        return PageEntry(
            page.url,
            NOT_IN_REPORT,
            now,
            country_iso3=page.country.iso3,
            http_status=status,
            fetched_from=from_,
            error=f"not in the {manifest.year} report (HTTP {status})",
        )
    if status != 200:
        reason = f"HTTP {status}"
        report.failed[page.slug] = reason
        return PageEntry(
            page.url,
            FAILED,
            now,
            country_iso3=page.country.iso3,
            http_status=status,
            fetched_from=from_,
            error=reason,
        )
    write_atomically(path, response.content)
    report.fetched.append(page.slug)
    return PageEntry(
        page.url,
        FETCHED,
        now,
        file=path.name,
        country_iso3=page.country.iso3,
        sha256=_sha(response.content),
        bytes=len(response.content),
        http_status=status,
        etag=response.headers.get("ETag"),
        last_modified=response.headers.get("Last-Modified"),
        fetched_from=from_,
    )


def _holds(path: Path, sha256: str | None) -> bool:
    """Whether the file at `path` still has the recorded content."""
    try:
        return sha256 is not None and _sha(path.read_bytes()) == sha256
    except OSError:
        return False


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _conditional_headers(entry: PageEntry) -> dict[str, str]:
    headers = {}
    if entry.etag:
        headers["If-None-Match"] = entry.etag
    if entry.last_modified:
        headers["If-Modified-Since"] = entry.last_modified
    return headers
