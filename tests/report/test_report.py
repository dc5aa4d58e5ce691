"""`tipwh report` in a real headless Chromium: the page, its points, their sentences."""

from __future__ import annotations

import os
import re
import shutil
import struct
import zlib
from pathlib import Path
from unittest import mock

import pytest

from etl.report import ReportError, render_report, report_data
from etl.warehouse import Warehouse
from tests.cli.conftest import run_cli

CHROMIUM = next(
    (p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p and Path(p).exists()),
    None,
)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary (.ci/run installs Debian's chromium)"
)


@pytest.fixture(scope="module")
def report_file(built_marts: Warehouse, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    with mock.patch.dict(os.environ, {"DATABASE_URL": built_marts.url}):
        outcome = run_cli("report", "--out", str(out), "--country", "kaz", "--json")
    assert outcome.code == 0, outcome.err
    assert '"countries": [\n    "KAZ"\n  ]' in outcome.out
    return out


def test_the_report_is_one_self_contained_file(report_file: Path) -> None:
    html = report_file.read_text(encoding="utf-8")
    assert "Plotly" in html and 'id="tipwh-data"' in html
    external = re.findall(r"""<(?:script|link|img)[^>]+(?:src|href)=["']?(?:https?:)?//""", html)
    assert external == []
    assert html.count("</script>") == 3  # plotly.js, the data, the page's script


def test_report_data_carries_each_figure_with_its_sentence(built_marts: Warehouse) -> None:
    data = report_data(built_marts, ["KAZ"])
    victims = [
        r for r in data["countries"]["KAZ"]["victims"] if r["metric"] == "victims_identified"
    ]
    assert {r["year"]: r["value"] for r in victims} == {2015: 92, 2016: 110, 2018: 83, 2019: 40}
    assert all(r["sentence"] and str(r["value"]) in r["sentence"] for r in victims)
    funding = data["countries"]["KAZ"]["funding"]
    assert funding and all(
        r["constant_dollar_year"] == data["constant_dollar_year"] for r in funding
    )
    assert data["overview"] and {r["country_iso3"] for r in data["overview"]} == {"KAZ"}


def test_an_unknown_country_is_refused_with_the_known_ones(built_marts: Warehouse) -> None:
    with pytest.raises(ReportError, match="no country XYZ in the warehouse; it has: KAZ"):
        report_data(built_marts, ["XYZ"])


def test_the_sentence_in_the_page_cannot_close_its_script() -> None:
    data = {"countries": {}, "tiers": [], "overview": [], "generated_at": "", "note": "</script>"}
    html = render_report(data)
    assert "<\\/script>" in html and html.count("</script>") == 3


POINT_POSITION = """({chart, x, y}) => {
  const gd = document.getElementById(chart);
  const layout = gd._fullLayout, box = gd.getBoundingClientRect();
  return {x: box.left + layout._size.l + layout.xaxis.l2p(x),
          y: box.top + layout._size.t + layout.yaxis.l2p(y)};
}"""


def _png_distinct_colours(png: bytes) -> int:
    """Distinct RGB(A) pixel values of a PNG screenshot (8-bit, non-interlaced)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, header = 8, [], b""
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        body = png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6)
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    colours: set[bytes] = set()
    previous = bytearray(stride)
    for y in range(height):
        row_start = y * (stride + 1)
        kind, line = raw[row_start], bytearray(raw[row_start + 1 : row_start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, up_left = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else up_left
                line[i] = (line[i] + pred) & 0xFF
        if y % 4 == 0:
            colours.update(bytes(line[i : i + channels]) for i in range(0, stride, channels * 4))
        previous = line
    return len(colours)


@needs_chromium
def test_the_page_in_chromium_plots_the_figures_and_shows_their_sentences(
    report_file: Path, tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            problems: list[str] = []
            requests: list[str] = []
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(report_file.as_uri())
            page.wait_for_function(
                "document.getElementById('chart-victims').data !== undefined"
                " && document.getElementById('chart-tiers').data !== undefined"
            )
            traces = page.evaluate(
                "document.getElementById('chart-victims').data"
                ".map(t => ({metric: t.meta, x: t.x, y: t.y}))"
            )
            identified = next(t for t in traces if t["metric"] == "victims_identified")
            points = dict(zip(identified["x"], identified["y"], strict=True))
            assert points.pop(2017) is None  # a year no report states breaks the line
            assert points == {
                2015: 92,
                2016: 110,
                2018: 83,
                2019: 40,
            }
            law = page.evaluate(
                "document.getElementById('chart-law-enforcement').data.map(t => t.meta)"
            )
            assert {"investigations", "prosecutions", "convictions"} <= set(law)
            usd = page.evaluate(
                "document.getElementById('chart-funding-usd').data.map(t => t.name)"
            )
            assert any("printed USD" in n for n in usd) and any("constant" in n for n in usd)
            assert any("average rate" in n for n in usd)

            page.locator("#chart-victims").scroll_into_view_if_needed()
            where = page.evaluate(POINT_POSITION, {"chart": "chart-victims", "x": 2016, "y": 110})
            page.mouse.click(where["x"], where["y"])
            page.wait_for_function("document.getElementById('source').dataset.pinned === 'true'")
            shown = page.inner_text("#source")
            assert "110" in shown and "2017 TIP Report" in shown and "page n/a" in shown

            page.select_option("#year-picker", "2016")
            overview = page.inner_text("#overview")
            assert "Kazakhstan" in overview and "110" in overview

            screenshot = page.screenshot(full_page=True)
            (tmp_path / "report.png").write_bytes(screenshot)
            assert _png_distinct_colours(screenshot) > 20
            assert problems == []
            assert requests and all(u.startswith("file://") for u in requests)
        finally:
            browser.close()
