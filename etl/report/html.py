"""The report as one HTML file: plotly.js, the data and the page's script, all inlined."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from plotly.offline import get_plotlyjs

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "template.html"
SCRIPT = HERE / "app.js"


def _inline_json(data: Any) -> str:
    """JSON safe inside a <script> element (no '</' to close it early)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def render_report(data: dict[str, Any]) -> str:
    """The self-contained HTML page of `data` (see etl.report.data.report_data)."""
    page = TEMPLATE.read_text(encoding="utf-8")
    for placeholder, content in (
        ("/*PLOTLY_JS*/", get_plotlyjs()),
        ("/*REPORT_DATA*/", _inline_json(data)),
        ("/*APP_JS*/", SCRIPT.read_text(encoding="utf-8")),
    ):
        page = page.replace(placeholder, content, 1)
    return page
