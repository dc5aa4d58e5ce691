"""Which PostgreSQL the warehouse lives in: `DATABASE_URL`, or an embedded server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import psycopg


class DatabaseUnavailable(RuntimeError):
    """The warehouse's PostgreSQL cannot be reached or started."""


@dataclass(frozen=True)
class Warehouse:
    """How to reach the warehouse's database, in the forms each tool wants."""

    url: str
    embedded_data_dir: Path | None = None

    @property
    def libpq_url(self) -> str:
        """A URL for psql and psycopg (no SQLAlchemy driver suffix)."""
        scheme, rest = self.url.split("://", 1)
        return "postgresql://" + rest if scheme.startswith("postgres") else self.url

    @property
    def sqlalchemy_url(self) -> str:
        return "postgresql+psycopg://" + self.libpq_url.split("://", 1)[1]

    @property
    def dbt_env(self) -> dict[str, str]:
        """The environment variables `dbt_project/profiles.yml` reads."""
        parts = urlsplit(self.libpq_url)
        query = parse_qs(parts.query)
        host = query.get("host", [parts.hostname or "localhost"])[0]
        return {
            "TIPWH_PGHOST": host,
            "TIPWH_PGPORT": str(parts.port or query.get("port", ["5432"])[0]),
            "TIPWH_PGUSER": unquote(parts.username or "postgres"),
            "TIPWH_PGPASSWORD": unquote(parts.password or ""),
            "TIPWH_PGDATABASE": (parts.path.lstrip("/") or "postgres"),
        }

    @property
    def psql_command(self) -> str:
        return f"psql '{self.libpq_url}'"

    def connect(self, **kwargs: object) -> psycopg.Connection:
        """A new psycopg connection; a server that is down raises DatabaseUnavailable."""
        try:
            return psycopg.connect(self.libpq_url, connect_timeout=10, **kwargs)  # type: ignore[arg-type]
        except psycopg.OperationalError as exc:
            where = "the embedded server" if self.embedded_data_dir else "DATABASE_URL"
            first_line = (
                str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            )
            raise DatabaseUnavailable(f"cannot connect to {where}: {first_line}") from exc


@contextmanager
def open_warehouse(
    data_dir: Path | None = None, *, keep_running: bool = False
) -> Iterator[Warehouse]:
    """Yield the warehouse named by `DATABASE_URL`, or start an embedded one in `data_dir`.

    The embedded server is stopped when the block exits and no other process uses it.
    """
    url = os.environ.get("DATABASE_URL")
    if url:
        yield Warehouse(url=url)
        return
    from etl.warehouse.embedded import default_data_dir, start_embedded

    directory = (data_dir or default_data_dir()).absolute()
    try:
        server = start_embedded(directory, keep_running=keep_running)
    except Exception as exc:  # the package raises several kinds; all mean "no server"
        raise DatabaseUnavailable(
            f"cannot start the embedded PostgreSQL in {directory}: {exc}"
        ) from exc
    try:
        yield Warehouse(url=server.get_uri(), embedded_data_dir=directory)
    finally:
        server.cleanup()
