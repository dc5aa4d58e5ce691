"""`tipwh db`: the warehouse's PostgreSQL: its URL, and the embedded server's lifetime."""

from __future__ import annotations

import os

import typer
from rich.console import Console

from etl.cli.context import settings, warehouse
from etl.warehouse.embedded import default_data_dir, running_uri, stop_embedded

app = typer.Typer(help="The warehouse's PostgreSQL server.", no_args_is_help=True)
err = Console(stderr=True)


def _data_dir():  # type: ignore[no-untyped-def]
    return (settings.data_dir or default_data_dir()).absolute()


@app.command("url", epilog='Example: psql "$(tipwh db url)"')
def url() -> None:
    """Print the libpq URL of the warehouse in use (DATABASE_URL, or the embedded server's)."""
    if os.environ.get("DATABASE_URL"):
        with warehouse(migrate=False) as wh:
            typer.echo(wh.libpq_url)
        return
    uri = running_uri(_data_dir())
    if uri is None:
        with warehouse(migrate=False) as wh:
            uri = wh.libpq_url
        err.print(
            "note: the embedded server is not running; `tipwh db start` starts it", highlight=False
        )
    typer.echo(uri)


@app.command("start", epilog="Example: tipwh db start &")
def start() -> None:
    """Start the embedded PostgreSQL and leave it running (for psql or a BI tool)."""
    if os.environ.get("DATABASE_URL"):
        raise typer.BadParameter("DATABASE_URL is set: tipwh uses that server, not an embedded one")
    with warehouse(keep_running=True) as wh:
        typer.echo(wh.libpq_url)
        err.print(
            f"the embedded server in {wh.embedded_data_dir} runs until `tipwh db stop`",
            highlight=False,
        )


@app.command("stop", epilog="Example: tipwh db stop")
def stop() -> None:
    """Stop the embedded PostgreSQL started by `tipwh db start`."""
    if stop_embedded(_data_dir()):
        err.print("stopped", highlight=False)
    else:
        err.print(f"no embedded server is running in {_data_dir()}", highlight=False)
