"""Options shared by every subcommand, and the warehouse they open."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from etl.load.runs import close_interrupted_runs
from etl.warehouse import Warehouse, open_warehouse
from etl.warehouse.migrate import upgrade
from etl.warehouse.roles import ensure_reader


@dataclass
class Settings:
    data_dir: Path | None = None
    debug: bool = False


settings = Settings()


@contextmanager
def warehouse(
    *, migrate: bool = True, keep_running: bool = False, tcp_port: int | None = None
) -> Iterator[Warehouse]:
    """The warehouse in use: its schema at alembic's head, the read-only role in place, the
    runs of processes that died closed as interrupted. `tcp_port`: see `open_warehouse`."""
    with open_warehouse(settings.data_dir, keep_running=keep_running, tcp_port=tcp_port) as wh:
        wh.connect().close()  # a server that is down is told here, in one line
        if migrate:
            upgrade(wh)
            ensure_reader(wh)
            with wh.connect(autocommit=True) as conn:
                close_interrupted_runs(conn)
        yield wh
