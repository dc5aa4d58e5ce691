"""`tipwh ingest`: load report files into staging."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from etl.cli.context import warehouse
from etl.cli.output import err
from etl.pipeline import IngestReport
from etl.pipeline import ingest as ingest_files
from etl.read import discover_files
from etl.warehouse import Warehouse
from etl.workers import FileExtractions

PROGRESS_THRESHOLD = 20  # files; fewer finish before a bar is worth drawing
SHOWN_MESSAGES = 10  # warnings or failures printed one by one; the rest are counted

PathsArg = Annotated[
    list[str], typer.Argument(help="Report files, directories (searched recursively) or globs.")
]
CountryOpt = Annotated[
    str | None,
    typer.Option("--country", help="Country of every file (name or ISO code); wins over the text."),
]
YearOpt = Annotated[
    int | None,
    typer.Option("--report-year", help="Report year of every file; wins over the text."),
]


def ingest(paths: PathsArg, country: CountryOpt = None, report_year: YearOpt = None) -> None:
    """Read, extract and load report files into staging (one transaction per document).

    Files whose text is already loaded are skipped without being parsed; a changed file
    supersedes its earlier version. Exits 1 if any file could not be loaded.
    """
    files = discover_files(paths)
    with warehouse() as wh:
        report = run_ingest(wh, files, "ingest", country, report_year)
    if not report.ok:
        raise typer.Exit(1)


def run_ingest(
    wh: Warehouse,
    files: list[Path],
    command: str,
    country: str | None = None,
    report_year: int | None = None,
    extracted: FileExtractions | None = None,
) -> IngestReport:
    """Ingest with a progress bar for long runs, then print what happened to each file
    (`extracted`: see `etl.pipeline.ingest`)."""
    show_bar = len(files) >= PROGRESS_THRESHOLD and sys.stderr.isatty()
    with Progress(
        TextColumn("loading"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not show_bar,
    ) as progress:
        task = progress.add_task("ingest", total=len(files))
        report = ingest_files(
            wh,
            files,
            command=command,
            country=country,
            report_year=report_year,
            on_file=lambda _: progress.advance(task),
            extracted=extracted,
        )
    warnings = [f"{name}: {w}" for name, ws in report.warnings.items() for w in ws]
    _print_some("[yellow]warning:[/yellow]", warnings, "warnings")
    _print_some(
        "[red]failed:[/red]",
        list(report.failed.values()),
        f"failures (staging.load_errors, run {report.run_id})",
    )
    err.print(
        f"ingest: {len(report.loaded)} loaded, {len(report.skipped)} unchanged, "
        f"{len(report.failed)} failed (run {report.run_id})",
        highlight=False,
    )
    return report


def _print_some(label: str, messages: list[str], what: str) -> None:
    """The first messages one per line, then how many more there are and where."""
    for message in messages[:SHOWN_MESSAGES]:
        err.print(f"{label} {message}", highlight=False)
    if len(messages) > SHOWN_MESSAGES:
        err.print(f"{label} ... and {len(messages) - SHOWN_MESSAGES} more {what}", highlight=False)
