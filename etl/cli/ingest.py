"""`tipwh ingest`: load report files into staging."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from etl.cli.context import warehouse
from etl.pipeline import IngestReport
from etl.pipeline import ingest as ingest_files
from etl.read import discover_files
from etl.warehouse import Warehouse

err = Console(stderr=True)
PROGRESS_THRESHOLD = 20  # files; fewer finish before a bar is worth drawing

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
) -> IngestReport:
    """Ingest with a progress bar for long runs, then print what happened to each file."""
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
        )
    for name, warnings in report.warnings.items():
        for warning in warnings:
            err.print(f"[yellow]warning:[/yellow] {name}: {warning}", highlight=False)
    for message in report.failed.values():
        err.print(f"[red]failed:[/red] {message}", highlight=False)
    err.print(
        f"ingest: {len(report.loaded)} loaded, {len(report.skipped)} unchanged, "
        f"{len(report.failed)} failed (run {report.run_id})",
        highlight=False,
    )
    return report
