"""Download the report's country pages from the State Department's site (2017 on).

fetch_year(year, out, client, base_url=None, countries=None, refresh=False) -> FetchReport
PoliteClient(delay=1.0, retries=4, backoff=1.0) (User-Agent, spacing, retries)

The names are loaded when first used: the HTTP client (httpx) costs a noticeable part of
every tipwh start, and only `tipwh fetch` needs it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from etl.fetch.client import FetchFailed, PoliteClient, user_agent
    from etl.fetch.manifest import MANIFEST_NAME, ManifestError
    from etl.fetch.pages import FetchReport, fetch_year
    from etl.fetch.site import FIRST_WEB_YEAR, SiteError, check_web_year, index_url, report_path

_MODULE_OF = {
    "FetchFailed": "client",
    "PoliteClient": "client",
    "user_agent": "client",
    "MANIFEST_NAME": "manifest",
    "ManifestError": "manifest",
    "FetchReport": "pages",
    "fetch_year": "pages",
    "FIRST_WEB_YEAR": "site",
    "SiteError": "site",
    "check_web_year": "site",
    "index_url": "site",
    "report_path": "site",
}

__all__ = [
    "FIRST_WEB_YEAR",
    "MANIFEST_NAME",
    "FetchFailed",
    "FetchReport",
    "ManifestError",
    "PoliteClient",
    "SiteError",
    "check_web_year",
    "fetch_year",
    "index_url",
    "report_path",
    "user_agent",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'etl.fetch' has no attribute {name!r}")
    return getattr(import_module(f"etl.fetch.{module}"), name)
