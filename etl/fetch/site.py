"""The report site's addresses: a year's index page, its country pages, and mirrors.

Since 2017 the State Department publishes the report as one page per country under
`https://www.state.gov/reports/{year}-trafficking-in-persons-report/` (2019's index is
`.../2019-trafficking-in-persons-report-2/`). The index lists the country pages by absolute
links to the official site; with a base URL (a mirror or a test server) the same paths are
fetched from there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from etl.lexicon.countries import Country, country_by_name

OFFICIAL_SITE = "https://www.state.gov"
OFFICIAL_HOSTS = frozenset({"www.state.gov", "state.gov"})
FIRST_WEB_YEAR = 2017
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class SiteError(Exception):
    """A year the site does not publish as pages, or an index page without country pages."""


@dataclass(frozen=True)
class CountryPage:
    """A country page listed by a year's index: its official address, slug and country."""

    url: str
    slug: str
    name: str
    country: Country


@dataclass(frozen=True)
class IndexLinks:
    """The country pages an index lists, and the report's other pages it links to."""

    countries: tuple[CountryPage, ...]
    other_pages: tuple[str, ...]


def check_web_year(year: int) -> None:
    """Raise SiteError, pointing to the PDFs, for a year the site has no pages of."""
    if year < FIRST_WEB_YEAR:
        raise SiteError(
            f"the {year} report is not published as web pages (those start with "
            f"{FIRST_WEB_YEAR}); earlier reports are in the department's archives as PDFs: "
            "download the annual PDF and ingest it with `tipwh ingest FILE.pdf`"
        )


def report_path(year: int) -> str:
    """The path of a year's index page ("/reports/2018-trafficking-in-persons-report/")."""
    check_web_year(year)
    suffix = "-2" if year == 2019 else ""
    return f"/reports/{year}-trafficking-in-persons-report{suffix}/"


def index_url(year: int) -> str:
    """The official address of a year's index page."""
    return OFFICIAL_SITE + report_path(year)


def fetch_url(url: str, base_url: str | None) -> str:
    """Where to fetch an official address from: the same path under `base_url`, if given."""
    if base_url is None:
        return url
    parts = urlsplit(url)
    if parts.hostname not in OFFICIAL_HOSTS:
        return url
    address = base_url.rstrip("/") + parts.path
    return f"{address}?{parts.query}" if parts.query else address


def country_pages(index_html: str, year: int) -> IndexLinks:
    """The country pages a year's index links to (by `<a href>` or a menu's `<option>`),
    each once, in page order. A linked page of the report whose name or slug is no
    country (the introduction, the tier placements) is listed among `other_pages`."""
    base = index_url(year)
    prefix = urlsplit(base).path
    tree = LexborHTMLParser(index_html)
    seen: dict[str, CountryPage] = {}
    others: dict[str, None] = {}
    for node in tree.css("a[href], option[value]"):
        href = node.attributes.get("href") or node.attributes.get("value") or ""
        url = urljoin(base, href.strip())
        parts = urlsplit(url)
        if parts.hostname not in OFFICIAL_HOSTS or not parts.path.startswith(prefix):
            continue
        slug = parts.path[len(prefix) :].strip("/")
        if not _SLUG.match(slug) or slug in seen:
            continue
        name = " ".join(node.text().split())
        country = country_by_name(name) if name else None
        country = country or country_by_name(slug.replace("-", " "))
        if country is None:
            others[slug] = None
            continue
        others.pop(slug, None)
        seen[slug] = CountryPage(f"{OFFICIAL_SITE}{prefix}{slug}/", slug, name or slug, country)
    if not seen:
        raise SiteError(f"{base}: the index page links to no country pages")
    return IndexLinks(tuple(seen.values()), tuple(others))
