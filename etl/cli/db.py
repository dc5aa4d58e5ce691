"""`tipwh db`: the warehouse's PostgreSQL: its URL, the embedded server's lifetime, and how
clients connect to it as the read-only role."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Annotated
from urllib.parse import quote

import typer

from etl.cli.context import settings, warehouse
from etl.cli.output import err
from etl.warehouse import Warehouse
from etl.warehouse.connection import READER, reader_password
from etl.warehouse.embedded import (
    TCP_ADDRESS,
    default_data_dir,
    free_serve_port,
    running_server,
    stop_embedded,
)
from etl.warehouse.secrets import mask_url

app = typer.Typer(help="The warehouse's PostgreSQL server.", no_args_is_help=True)


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


@dataclass(frozen=True)
class ReaderEndpoint:
    """Where a client reaches the warehouse as `tipwh_reader` (port None: not reachable)."""

    host: str
    port: int | None
    database: str

    @property
    def jdbc_url(self) -> str | None:
        """The JDBC URL (None for a unix socket: JDBC reaches TCP only)."""
        if self.port is None or self.host.startswith("/"):
            return None
        return f"jdbc:postgresql://{self.host}:{self.port}/{self.database}?user={READER}"

    def libpq_url(self, password: str | None = None) -> str | None:
        """The URL for psql and psycopg, with `password` if given."""
        if self.port is None:
            return None
        user = READER + (":" + quote(password, safe="") if password is not None else "")
        if self.host.startswith("/"):
            where = f"/{self.database}?host={quote(self.host)}&port={self.port}"
            return f"postgresql://{user}@{where}"
        return f"postgresql://{user}@{self.host}:{self.port}/{self.database}"


def _endpoint(wh: Warehouse | None) -> ReaderEndpoint:
    """DATABASE_URL's server (`wh`), or the embedded one if it listens on TCP."""
    if wh is not None:
        parts = wh.dbt_env
        return ReaderEndpoint(
            parts["TIPWH_PGHOST"], int(parts["TIPWH_PGPORT"]), parts["TIPWH_PGDATABASE"]
        )
    server = running_server(_data_dir())
    return ReaderEndpoint(TCP_ADDRESS, server.tcp_port if server else None, "postgres")


def _print_connection(point: ReaderEndpoint, pgpass: Path) -> None:
    """What a client needs, the password excepted."""
    lines = [
        f"  psql:     PGPASSFILE={pgpass} psql '{point.libpq_url()}'",
        f"  JDBC:     {point.jdbc_url or '- (a unix socket; JDBC needs TCP)'}",
        f"  host {point.host}  port {point.port}  database {point.database}  user {READER}",
        "  password: `tipwh db credentials` shows it",
    ]
    typer.echo("\n".join(lines))
    sys.stdout.flush()


@app.command("serve", epilog="Example: tipwh db serve --port 5433")
def serve(
    port: Annotated[
        int | None,
        typer.Option(
            "--port",
            min=1,
            max=65535,
            help="TCP port on 127.0.0.1 (default: the first free one from 5433).",
        ),
    ] = None,
) -> None:
    """Keep the embedded warehouse up on 127.0.0.1 (password authentication) for psql, JDBC
    and BI tools, as the read-only role, until Ctrl-C or SIGTERM."""
    if os.environ.get("DATABASE_URL"):
        with warehouse() as wh:
            typer.echo(
                "DATABASE_URL is set: that server is yours to expose (its listen_addresses and"
                f" pg_hba.conf); clients connect to it as {READER}:"
            )
            _print_connection(_endpoint(wh), wh.reader_pgpass())
        return
    chosen = port if port is not None else free_serve_port()
    with warehouse(tcp_port=chosen) as wh:
        typer.echo(
            f"serving the warehouse on {TCP_ADDRESS}:{chosen} as {READER} (SCRAM passwords);"
            " Ctrl-C or SIGTERM stops it"
        )
        _print_connection(_endpoint(None), wh.reader_pgpass())
        stopped_by = _wait_for_stop_signal()
    err.print(
        f"tipwh db serve: {stopped_by} received; no longer serving on {TCP_ADDRESS}:{chosen}",
        highlight=False,
    )


def _wait_for_stop_signal() -> str:
    """Block until SIGINT or SIGTERM; the signal's name."""
    received: list[str] = []
    arrived = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        received.append(signal.Signals(signum).name)
        arrived.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        while not arrived.wait(1.0):
            pass
    finally:
        for stop_signal, handler in previous.items():
            signal.signal(stop_signal, handler)
    return received[0]


@app.command("credentials", epilog="Example: tipwh db credentials --json")
def credentials(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Show the read-only role's connection details and password (the only command that
    prints it)."""
    url = os.environ.get("DATABASE_URL")
    point = _endpoint(Warehouse(url=url, secrets_dir=_data_dir()) if url else None)
    password = reader_password(_data_dir())
    details = {
        "host": point.host,
        "port": point.port,
        "database": point.database,
        "user": READER,
        "password": password,
        "jdbc_url": point.jdbc_url,
        "url": point.libpq_url(password),
    }
    if as_json:
        typer.echo(json.dumps(details))
        return
    for key in ("host", "port", "database", "user", "password", "jdbc_url"):
        typer.echo(f"{key:9} {details[key] if details[key] is not None else '-'}")
    if point.port is None:
        err.print(
            "note: the embedded server is not listening on TCP; `tipwh db serve` makes it",
            highlight=False,
        )
