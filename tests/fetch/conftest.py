"""A local copy of the report site on 127.0.0.1: a year's index page and its country pages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from etl.fetch import PoliteClient
from tests.statesite import Narrative, country_page, index_page, year_slug

# Narratives written for these tests, in the shape of the site's text.
OWN = [
    Narrative(
        Path(f"{slug}.txt"),
        slug,
        f"{heading}: {tier}\n\nThe Government of {name} does not fully meet the minimum "
        f"standards.\n\nPROSECUTION\n\nThe government convicted {n} traffickers in 2017.\n",
        iso3,
        tier,
        2018,
    )
    for slug, heading, name, iso3, tier, n in [
        ("kazakhstan", "KAZAKHSTAN", "Kazakhstan", "KAZ", "Tier 2", 12),
        ("moldova", "MOLDOVA", "Moldova", "MDA", "Tier 2 Watch List", 7),
        ("chile", "CHILE", "Chile", "CHL", "Tier 1", 30),
    ]
]


@dataclass
class Site:
    """The served site: its base URL and what each country page holds."""

    server: HTTPServer
    year: int
    narratives: list[Narrative]

    @property
    def base_url(self) -> str:
        return self.server.url_for("").rstrip("/")

    def path(self, slug: str | None = None) -> str:
        return f"/reports/{year_slug(self.year)}/" + (f"{slug}/" if slug else "")

    def page(self, slug: str) -> str:
        return country_page(next(n for n in self.narratives if n.slug == slug), self.year)

    def requested(self) -> list[str]:
        """The paths requested so far, in order."""
        return [request.path for request, _ in self.server.log]


def serve(server: HTTPServer, narratives: list[Narrative], year: int = 2018) -> Site:
    """Serve `narratives` as `year`'s pages (handlers added before these win)."""
    site = Site(server, year, narratives)
    server.expect_request(site.path()).respond_with_data(
        index_page(year, narratives), content_type="text/html; charset=utf-8"
    )
    for narrative in narratives:
        server.expect_request(site.path(narrative.slug)).respond_with_data(
            country_page(narrative, year), content_type="text/html; charset=utf-8"
        )
    return site


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client(sleeps: list[float]) -> PoliteClient:
    """A client with no delay whose waits are recorded, not slept."""
    with PoliteClient(delay=0, retries=3, backoff=0.5, sleep=sleeps.append) as c:
        yield c
