"""`tipwh build`: the whole job, files to marts, then what was built and how to connect."""

from __future__ import annotations

import datetime
import importlib
import json
import os
import sys
import threading
import time
from contextlib import suppress
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

import typer

from etl.cli.context import settings, warehouse
from etl.cli.ingest import CountryOpt, YearOpt, run_ingest
from etl.cli.output import err, out, print_table
from etl.cli.transform import run_and_report
from etl.pipeline import IngestReport
from etl.read import discover_files
from etl.transform.run_dbt import TransformResult
from etl.warehouse import Warehouse
from etl.warehouse.embedded import default_data_dir
from etl.warehouse.query import read_only_query
from etl.workers import extract_files

BUNDLED_REPORTS = Path(__file__).resolve().parents[2] / "data" / "reports"
SUMMARY_QUERY = """
select country_iso3 as country, year, tier, victims_identified as victims,
       prosecutions, convictions, funding_local, funding_currency as currency,
       funding_usd_reported as usd_reported, funding_usd_at_average_rate as usd_at_avg_rate
from marts.country_year
order by country_iso3, year
limit {limit}
"""
TOTALS_QUERY = """
select
    (select count(*) from marts.dim_country) as countries,
    (select count(*) from marts.dim_report) as reports,
    (select count(*) from marts.country_year) as country_years,
    (select min(year) from marts.country_year) as first_year,
    (select max(year) from marts.country_year) as last_year,
    (select count(*) from marts.fct_fact_statements)
        + (select count(*) from marts.fct_funding_statements) as statements,
    (select count(*) from marts.fct_victims) + (select count(*) from marts.fct_law_enforcement)
        + (select count(*) from marts.fct_funding) as chosen_figures
"""
FIRST_ROWS = 10


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
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the summary as JSON instead of tables.")
    ] = False,
) -> None:
    """Ingest report files and build the marts; print a summary and the first country-years.

    With no DATABASE_URL, starts an embedded PostgreSQL and stops it on exit. Exits 1 if any
    file could not be loaded (the rest is still loaded and built).
    """
    files = discover_files(paths or [str(BUNDLED_REPORTS)])
    extracted = None
    if _first_embedded_build():
        # no warehouse yet, so nothing is stored: every file is read, and the workers
        # start now, while initdb, the migrations and importing dbt keep this process busy
        extracted = extract_files(files, country, report_year, for_loading=True)
        _import_dbt_in_background()
    try:
        with warehouse() as wh:
            started = time.perf_counter()
            report = run_ingest(wh, files, "build", country, report_year, extracted)
            ingest_seconds = time.perf_counter() - started
            result = run_and_report(wh, force=force)
            summary = build_summary(wh, report, ingest_seconds, result)
            if as_json:
                sys.stdout.write(json.dumps(summary, default=_json_value, indent=1) + "\n")
            else:
                print_summary(summary)
            print_connection_help(wh)
    finally:
        if extracted is not None:
            extracted.close()
    if not report.ok:
        raise typer.Exit(1)


def _first_embedded_build() -> bool:
    """No warehouse yet: the embedded server's data directory is still to be created, so
    this build will run dbt."""
    data_dir = (settings.data_dir or default_data_dir()).absolute()
    return not os.environ.get("DATABASE_URL") and not (data_dir / "PG_VERSION").exists()


def _import_dbt_in_background() -> None:
    """Import dbt (seconds of Python) on a thread while initdb, the server's start and the
    ingest run in other processes; the build's dbt run then finds it imported (or, if
    this failed, imports it again and tells the error)."""

    def load() -> None:
        with suppress(Exception):
            importlib.import_module("dbt.cli.main")

    threading.Thread(target=load, name="import dbt", daemon=True).start()


def build_summary(
    wh: Warehouse, report: IngestReport, ingest_seconds: float, result: TransformResult
) -> dict[str, Any]:
    """What the warehouse holds, what this build changed, its slowest steps, first rows."""
    columns, totals = read_only_query(wh, TOTALS_QUERY)
    row_columns, rows = read_only_query(wh, SUMMARY_QUERY.format(limit=FIRST_ROWS))
    label = "plan" if result.by_plan else "dbt"
    steps = [("ingest", ingest_seconds), (result.runner, result.seconds)]
    steps += [(f"{label} {name}", seconds) for name, seconds in result.slowest()]
    return {
        "warehouse": dict(zip(columns, totals[0], strict=True)),
        "changed": {
            "documents_loaded": len(report.loaded),
            "files_unchanged": len(report.skipped),
            "files_failed": len(report.failed),
            "marts_rebuilt": not result.skipped,
            # None: every country's rows (a full build); else the countries whose
            # documents changed, the only ones rebuilt
            "countries_rebuilt": None if result.skipped else result.countries,
            # "dbt", or "plan": the SQL dbt compiled for a build of some countries
            "marts_built_by": None if result.skipped else ("plan" if result.by_plan else "dbt"),
        },
        "slowest_steps": [{"step": n, "seconds": round(s, 2)} for n, s in steps],
        "first_rows": {"columns": row_columns, "rows": [list(r) for r in rows]},
    }


def print_summary(summary: dict[str, Any]) -> None:
    held, changed = summary["warehouse"], summary["changed"]
    years = f"{held['first_year']}-{held['last_year']}" if held["first_year"] else "none"
    out.print(
        f"warehouse: {held['countries']} countries, {held['reports']} reports, years {years},"
        f" {held['country_years']:,} country-years, {held['statements']:,} statements"
        f" ({held['chosen_figures']:,} chosen figures)",
        highlight=False,
    )
    out.print(
        f"this build: {changed['documents_loaded']} documents loaded,"
        f" {changed['files_unchanged']} files unchanged, {changed['files_failed']} failed;"
        f" marts {_rebuilt(changed)}",
        highlight=False,
    )
    out.print("slowest steps:", highlight=False)
    for step in summary["slowest_steps"]:
        out.print(f"  {step['seconds']:6.1f} s  {step['step']}", highlight=False)
    first = summary["first_rows"]
    shown, total = len(first["rows"]), held["country_years"]
    title = "marts.country_year" + (f" (first {shown} of {total:,} rows)" if total > shown else "")
    print_table(first["columns"], first["rows"], title=title)
    if total > shown:
        out.print(
            'every row: tipwh sql "select * from marts.country_year" --csv',
            highlight=False,
        )


def _rebuilt(changed: dict[str, Any]) -> str:
    """`rebuilt`, `rebuilt for 2 countries (AGO, ALB)` or `unchanged`."""
    if not changed["marts_rebuilt"]:
        return "unchanged"
    countries = changed.get("countries_rebuilt")
    if countries is None:
        return "rebuilt"
    if not countries:
        return "rebuilt for no country (no country's documents changed)"
    shown = ", ".join(countries[:5]) + (", ..." if len(countries) > 5 else "")
    noun = "country" if len(countries) == 1 else "countries"
    by = " by the stored build plan" if changed.get("marts_built_by") == "plan" else ""
    return f"rebuilt for {len(countries)} {noun} ({shown}){by}"


def print_connection_help(wh: Warehouse) -> None:
    err.print(f"warehouse: {wh.display_url}", highlight=False, soft_wrap=True)
    err.print(f"connect:   {wh.psql_command}", highlight=False, soft_wrap=True)
    if wh.embedded_data_dir is not None:
        err.print(
            "           (the embedded server stops when tipwh exits: run `tipwh db start` to"
            " keep it up for psql or a BI tool, `tipwh db stop` to stop it)",
            highlight=False,
        )


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral() else float(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")
