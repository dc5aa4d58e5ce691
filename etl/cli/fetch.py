"""`tipwh fetch`: download a year's country pages from the State Department's site."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from etl.cli.output import err
from etl.fetch.site import FIRST_WEB_YEAR, SiteError, check_web_year
from etl.lexicon.countries import resolve_country

if TYPE_CHECKING:
    from etl.fetch.pages import FetchReport

HELP = (
    "Download a year's country pages of the TIP Report to OUT/YEAR/SLUG.html, with "
    "OUT/YEAR/manifest.json (address, file, sha256, bytes, time and status of each page); "
    "then `tipwh ingest OUT/YEAR`.\n\n"
    "The pages are those the year's index page on www.state.gov lists; the site publishes "
    f"the report as web pages from {FIRST_WEB_YEAR} on. Reports before {FIRST_WEB_YEAR} "
    "are in the department's archives as PDFs: download the annual PDF and ingest it "
    "(`tipwh ingest FILE.pdf`).\n\n"
    "Polite and resumable: one request at a time, --delay seconds apart, with a User-Agent "
    "naming tipwh; 429 and 5xx answers are retried with exponential backoff (Retry-After "
    "honoured); pages already saved with the same content are not fetched again; a 404 is "
    "recorded as not in that year's report and the run goes on.\n\n"
    "Exits 0 when every page was fetched, already saved or is not in the report, 1 when "
    "some failed, 2 on bad usage."
)

YearOpt = Annotated[
    int,
    typer.Option(
        "--year",
        help=f"Report year, {FIRST_WEB_YEAR} or later (earlier reports are PDFs: see above).",
    ),
]
CountryOpt = Annotated[
    list[str] | None,
    typer.Option("--country", help="Only this country (name or ISO code); repeatable."),
]
OutOpt = Annotated[Path, typer.Option("--out", help="Folder of the pages; they go to OUT/YEAR/.")]
BaseOpt = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        help="Fetch the site's paths from this base instead (a mirror or a test server).",
    ),
]
DelayOpt = Annotated[float, typer.Option("--delay", min=0, help="Seconds between two requests.")]
RetriesOpt = Annotated[
    int, typer.Option("--retries", min=0, help="Retries of a 429, a 5xx or a network error.")
]
BackoffOpt = Annotated[
    float,
    typer.Option(
        "--backoff", min=0, help="Seconds before the first retry, doubled at each next one."
    ),
]
RefreshOpt = Annotated[
    bool,
    typer.Option(
        "--refresh", help="Ask again for saved pages (conditional requests); default: skip them."
    ),
]


def fetch(
    year: YearOpt,
    country: CountryOpt = None,
    out: OutOpt = Path("data/reports"),
    base_url: BaseOpt = None,
    delay: DelayOpt = 1.0,
    retries: RetriesOpt = 4,
    backoff: BackoffOpt = 1.0,
    refresh: RefreshOpt = False,
) -> None:
    """Download a year's country pages of the TIP Report (see HELP)."""
    try:
        check_web_year(year)
    except SiteError as exc:
        raise typer.BadParameter(str(exc), param_hint="--year") from None
    iso3 = _country_codes(country) if country else None
    from etl.fetch import PoliteClient, fetch_year  # httpx: imported by this command only

    started = time.perf_counter()
    with (
        PoliteClient(delay=delay, retries=retries, backoff=backoff) as client,
        Progress(
            TextColumn(f"fetching {year}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        ) as progress,
    ):
        task = progress.add_task("fetch", total=None)
        report = fetch_year(
            year,
            out,
            client,
            base_url=base_url,
            countries=iso3,
            refresh=refresh,
            on_total=lambda n: progress.update(task, total=n),
            on_page=lambda _: progress.advance(task),
        )
    _summarise(report, time.perf_counter() - started)
    if report.unlisted:
        err.print(
            f"[yellow]warning:[/yellow] the {year} index lists no page for "
            + ", ".join(report.unlisted),
            highlight=False,
        )
    if not report.ok:
        raise typer.Exit(1)


def _country_codes(values: list[str]) -> set[str]:
    """ISO3 codes of --country values; an unknown one is bad usage."""
    codes = set()
    for value in values:
        found = resolve_country(value)
        if found is None:
            raise typer.BadParameter(f"unknown country {value!r}", param_hint="--country")
        codes.add(found.iso3)
    return codes


def _summarise(report: FetchReport, seconds: float) -> None:
    if report.not_in_report:
        missing = ", ".join(report.not_in_report)
        err.print(f"not in the {report.year} report (HTTP 404): {missing}", highlight=False)
    for slug, reason in report.failed.items():
        err.print(f"[red]failed:[/red] {slug}: {reason}", highlight=False)
    err.print(
        f"{report.year}: {report.pages} pages: {len(report.fetched)} fetched, "
        f"{len(report.unchanged)} already saved, {len(report.not_in_report)} not in the "
        f"report, {len(report.failed)} failed; {report.requests} requests in {seconds:.1f} s "
        f"-> {report.directory}",
        highlight=False,
    )
