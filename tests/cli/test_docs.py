"""`tipwh docs`: dbt's static site, self-contained, every mart column described, exposures named."""

from __future__ import annotations

import json
import os
from pathlib import Path
from unittest import mock

import pytest

from etl.warehouse import Warehouse
from tests.cli.conftest import run_cli

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def site(built_marts: Warehouse, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    with mock.patch.dict(os.environ, {"DATABASE_URL": built_marts.url}):
        outcome = run_cli("docs", "--out", str(out), "--json")
    assert outcome.code == 0, outcome.err
    assert json.loads(outcome.out)["index"] == str(out / "index.html")
    return out


def test_every_mart_column_in_the_database_is_described(site: Path) -> None:
    manifest = json.loads((site / "manifest.json").read_text())
    catalog = json.loads((site / "catalog.json").read_text())
    marts = {uid: n for uid, n in catalog["nodes"].items() if n["metadata"]["schema"] == "marts"}
    assert {"model.tipwh.fct_revisions", "model.tipwh.fct_funding_constant_dollars"} <= set(marts)
    undescribed = [
        (uid, column)
        for uid, node in marts.items()
        for column in node["columns"]
        if not manifest["nodes"][uid]["columns"].get(column, {}).get("description")
    ]
    assert undescribed == []
    assert all(manifest["nodes"][uid]["description"] for uid in marts)


def test_exposures_name_the_dashboards_and_the_export(site: Path) -> None:
    exposures = json.loads((site / "manifest.json").read_text())["exposures"]
    by_name = {e["name"]: e for e in exposures.values()}
    assert by_name["metabase_dashboards"]["type"] == "dashboard"
    assert by_name["metabase_dashboards"]["url"] == "http://localhost:3000"
    assert "model.tipwh.country_year" in by_name["metabase_dashboards"]["depends_on"]["nodes"]
    assert by_name["mart_export"]["type"] == "application"
    assert "model.tipwh.fct_revisions" in by_name["mart_export"]["depends_on"]["nodes"]


def test_the_site_is_one_file_that_does_not_track(site: Path) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "fct_revisions" in html and "metabase_dashboards" in html  # manifest inlined
    assert '"send_anonymous_usage_stats": false' in html or (
        '"send_anonymous_usage_stats":false' in html
    )


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no chromium binary (.ci/run installs it)")
def test_the_site_opens_offline_in_chromium(site: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page()
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto((site / "index.html").as_uri() + "#!/model/model.tipwh.fct_revisions")
            page.wait_for_selector("text=Revisions, visible", timeout=30_000)
            assert requests and [u for u in requests if not u.startswith("file://")] == []
        finally:
            browser.close()
