"""`tipwh transform`: build the dbt models from staging."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from etl.cli.context import warehouse
from etl.cli.output import err
from etl.transform.run_dbt import TransformResult
from etl.transform.run_dbt import transform as run_transform
from etl.warehouse import Warehouse

ForceOpt = Annotated[
    bool, typer.Option("--force", help="Build even if neither data nor models changed.")
]


def transform(force: ForceOpt = False) -> None:
    """Run dbt (staging -> intermediate -> marts, with its tests) in-process.

    Skipped when neither the loaded documents nor the dbt project changed since the last
    successful build. Only the countries whose documents changed are rebuilt, by the SQL
    dbt compiled for such a build after the first one (no dbt start-up); --force rebuilds
    every country with dbt.
    """
    with warehouse() as wh:
        run_and_report(wh, force=force, show_slowest=True)


def run_and_report(
    wh: Warehouse, *, force: bool = False, show_slowest: bool = False
) -> TransformResult:
    """Build the models with a node-by-node progress bar (on a terminal), then say how it
    went."""
    with Progress(
        TextColumn("build"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
        disable=not sys.stderr.isatty(),
    ) as progress:
        task = progress.add_task("", total=None)

        def advance(done: int, total: int, node: str) -> None:
            progress.update(task, completed=done, total=total or None, description=node)

        result = run_transform(
            wh,
            force=force,
            on_progress=advance,
            on_start=lambda runner: progress.console.print(
                f"transform: running {runner} ...", highlight=False
            ),
            on_wait=lambda: err.print(
                "transform: waiting for another dbt build of this warehouse to finish ...",
                highlight=False,
            ),
        )
    if result.skipped:
        err.print("transform: nothing changed since the last build; skipped", highlight=False)
    else:
        err.print(
            f"transform: {result.runner} passed ({result.passed} nodes, {result.warned} warnings)"
            f" in {result.seconds:.1f} s",
            highlight=False,
        )
        if show_slowest:
            for name, seconds in result.slowest():
                err.print(f"           {seconds:5.1f} s  {name}", highlight=False)
    return result
