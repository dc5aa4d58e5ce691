"""`tipwh db`: the warehouse's PostgreSQL: its URL, and the embedded server's lifetime."""

from __future__ import annotations

import os
from pathlib import Path

import typer
from rich.console import Console

from etl.cli.context import settings, warehouse
from etl.warehouse.embedded import default_data_dir, running_server, stop_embedded
from etl.warehouse.secrets import mask_url

app = typer.Typer(help="The warehouse's PostgreSQL server.", no_args_is_help=True)
err = Console(stderr=True)


def _data_dir() -> Path:
    return (settings.data_dir or default_data_dir()).absolute()


@app.command("url", epilog='Example: psql "$(tipwh db url)"')
def url() -> None:
    """Print the URL of the warehouse in use (DATABASE_URL's, or the embedded server's), its
    password masked."""
    if os.environ.get("DATABASE_URL"):
        with warehouse(migrate=False) as wh:
            typer.echo(wh.display_url)
        return
    server = running_server(_data_dir())
    if server is None:
        with warehouse(migrate=False) as wh:
            shown = wh.display_url
        err.print(
            "note: the embedded server is not running; `tipwh db start` starts it", highlight=False
        )
    else:
        shown = mask_url(server.uri("postgres", "x"))
    typer.echo(shown)


@app.command("start", epilog="Example: tipwh db start &")
def start() -> None:
    """Start the embedded PostgreSQL and leave it running (for psql or a BI tool)."""
    if os.environ.get("DATABASE_URL"):
        raise typer.BadParameter("DATABASE_URL is set: tipwh uses that server, not an embedded one")
    with warehouse(keep_running=True) as wh:
        typer.echo(wh.display_url)
        err.print(f"connect: {wh.psql_command}", highlight=False, soft_wrap=True)
        err.print(
            f"the embedded server in {wh.embedded_data_dir} runs until `tipwh db stop`",
            highlight=False,
        )


@app.command("stop", epilog="Example: tipwh db stop")
def stop() -> None:
    """Stop the embedded PostgreSQL (after `tipwh db start`, or one a killed run left)."""
    if os.environ.get("DATABASE_URL"):
        raise typer.BadParameter("DATABASE_URL is set: tipwh does not stop that server")
    err.print(stop_embedded(_data_dir()), highlight=False)
