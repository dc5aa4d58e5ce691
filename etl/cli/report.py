"""`tipwh report`: one self-contained HTML file of charts per country, each point sourced."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from etl.cli.context import warehouse
from etl.cli.export import JsonOpt, QuietOpt
from etl.cli.output import err

EPILOG = "Example: tipwh report --out report.html --country KAZ --country NGA"


def report(
    out: Annotated[Path, typer.Option("--out", help="The HTML file to write.")] = Path(
        "report.html"
    ),
    countries: Annotated[
        list[str] | None,
        typer.Option(
            "--country", help="ISO3 code of a country to include (repeatable); default: all."
        ),
    ] = None,
    quiet: QuietOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Write the visual report: victims, law enforcement, funding and tiers per country.

    The file works offline (plotly.js is inlined); hovering or clicking a point shows the
    sentence, report and page it comes from.
    """
    from etl.report import render_report, report_data  # plotly: for this command only

    with warehouse() as wh:
        data = report_data(wh, countries)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_report(data), encoding="utf-8")
    size = out.stat().st_size
    if as_json:
        payload = {"out": str(out), "bytes": size, "countries": sorted(data["countries"])}
        print(json.dumps(payload, indent=2))
    elif not quiet:
        err.print(
            f"report: {out} ({size / 1e6:.1f} MB, {len(data['countries'])} countries)",
            highlight=False,
        )
