"""Download the report's country pages from the State Department's site (2017 on).

fetch_year(year, out, client, base_url=None, countries=None, refresh=False) -> FetchReport
PoliteClient(delay=1.0, retries=4, backoff=1.0) (User-Agent, spacing, retries)
"""

from etl.fetch.client import FetchFailed, PoliteClient, user_agent
from etl.fetch.manifest import MANIFEST_NAME, ManifestError
from etl.fetch.pages import FetchReport, fetch_year
from etl.fetch.site import FIRST_WEB_YEAR, SiteError, check_web_year, index_url, report_path

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
