"""`tipwh build`: the whole job, files to marts, then what was built and how to connect."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from etl.cli.context import warehouse
from etl.cli.ingest import CountryOpt, YearOpt, run_ingest
from etl.cli.output import print_table
from etl.cli.transform import run_and_report
from etl.read import discover_files
from etl.warehouse import Warehouse
from etl.warehouse.query import read_only_query

BUNDLED_REPORTS = Path(__file__).resolve().parents[2] / "data" / "reports"
SUMMARY_QUERY = """
select country_iso3 as country, year, tier, victims_identified as victims,
       prosecutions, convictions, funding_local, funding_currency as currency,
       funding_usd_reported as usd_reported, funding_usd_at_average_rate as usd_at_avg_rate
from marts.country_year
order by country_iso3, year
"""
err = Console(stderr=True)


def build(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Report files, directories or globs; default: the bundled reports."),
    ] = None,
    country: CountryOpt = None,
    report_year: YearOpt = None,
    force: Annotated[
        bool, typer.Option("--force", help="Rebuild the marts even if unchanged.")
    ] = False,
) -> None:
    """Ingest report files and build the marts; print the country-year table.

    With no DATABASE_URL, starts an embedded PostgreSQL and stops it on exit. Exits 1 if any
    file could not be loaded (the rest is still loaded and built).
    """
    files = discover_files(paths or [str(BUNDLED_REPORTS)])
    with warehouse() as wh:
        report = run_ingest(wh, files, "build", country, report_year)
        run_and_report(wh, force=force)
        columns, rows = read_only_query(wh, SUMMARY_QUERY)
        print_table(columns, rows, title="marts.country_year")
        print_connection_help(wh)
    if not report.ok:
        raise typer.Exit(1)


def print_connection_help(wh: Warehouse) -> None:
    err.print(f"warehouse: {wh.display_url}", highlight=False, soft_wrap=True)
    err.print(f"connect:   {wh.psql_command}", highlight=False, soft_wrap=True)
    if wh.embedded_data_dir is not None:
        err.print(
            "           (the embedded server stops when tipwh exits: run `tipwh db start` to"
            " keep it up for psql or a BI tool, `tipwh db stop` to stop it)",
            highlight=False,
        )
