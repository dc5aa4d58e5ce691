"""Which PostgreSQL the warehouse lives in: `DATABASE_URL`, or an embedded server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit, urlunsplit

import psycopg

from etl.warehouse.secrets import (
    PGPASS_FILE,
    mask_url,
    redact,
    remember_secret,
    stored_password,
)

READER = "tipwh_reader"
POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2")


class DatabaseUnavailable(RuntimeError):
    """The warehouse's PostgreSQL cannot be reached or started."""


@dataclass(frozen=True)
class Warehouse:
    """How to reach the warehouse's database, in the forms each tool wants.

    `url` is the loader's (it owns `staging` and runs migrations and dbt); the read-only
    role `tipwh_reader` logs in with the same server and database and its own password,
    kept in `secrets_dir`.
    """

    url: str
    embedded_data_dir: Path | None = None
    secrets_dir: Path | None = None

    def __post_init__(self) -> None:
        scheme = self.url.split("://", 1)[0] if "://" in self.url else ""
        if scheme not in POSTGRES_SCHEMES:
            raise DatabaseUnavailable(
                f"DATABASE_URL is not a PostgreSQL URL (postgresql://...): {mask_url(self.url)}"
            )
        password = urlsplit(self.url).password
        if password:
            remember_secret(password)
            remember_secret(unquote(password))

    @property
    def libpq_url(self) -> str:
        """A URL for psql and psycopg (no SQLAlchemy driver suffix)."""
        return "postgresql://" + self.url.split("://", 1)[1]

    @property
    def display_url(self) -> str:
        """The URL to show: its password masked."""
        return mask_url(self.libpq_url)

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

    def reader_password(self) -> str:
        """The read-only role's password (see `reader_password`)."""
        return reader_password(self.secrets_dir)

    def reader_url(self, *, with_password: bool = True) -> str:
        """The libpq URL of the read-only role on the same server and database."""
        parts = urlsplit(self.libpq_url)
        host = parts.netloc.rsplit("@", 1)[-1]
        user = quote(READER, safe="")
        if with_password:
            user += ":" + quote(self.reader_password(), safe="")
        return urlunsplit(parts._replace(netloc=f"{user}@{host}"))

    @property
    def psql_command(self) -> str:
        """A psql command line that prints no password."""
        if self.embedded_data_dir is None:
            return 'psql "$DATABASE_URL"'
        return f"PGPASSFILE={self.reader_pgpass()} psql '{self.reader_url(with_password=False)}'"

    def reader_pgpass(self) -> Path:
        """An owner-only pgpass file in the data directory with the reader's password."""
        from etl.warehouse.embedded import default_data_dir

        pgpass = (self.embedded_data_dir or self.secrets_dir or default_data_dir()) / PGPASS_FILE
        pgpass.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(pgpass, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(f"*:*:*:{READER}:{self.reader_password().replace(':', chr(92) + ':')}\n")
        return pgpass

    @property
    def file_hashes(self) -> Path | None:
        """Where the ingest remembers its files' hashes: in the data directory, if any."""
        from etl.warehouse.embedded import FILE_HASHES

        home = self.embedded_data_dir or self.secrets_dir
        return home / FILE_HASHES if home is not None else None

    def connect(self, url: str | None = None, **kwargs: object) -> psycopg.Connection:
        """A new psycopg connection (the loader's, or `url`'s); a server that is down raises
        DatabaseUnavailable."""
        try:
            return psycopg.connect(url or self.libpq_url, connect_timeout=10, **kwargs)  # type: ignore[arg-type]
        except psycopg.OperationalError as exc:
            where = "the embedded server" if self.embedded_data_dir else "DATABASE_URL"
            text = redact(str(exc).strip())
            first_line = text.splitlines()[0] if text else type(exc).__name__
            raise DatabaseUnavailable(f"cannot connect to {where}: {first_line}") from exc


def reader_password(secrets_dir: Path | None = None) -> str:
    """The read-only role's password: TIPWH_READER_PASSWORD, else the one kept in
    `secrets_dir` (the data directory; generated the first time)."""
    from etl.warehouse.embedded import default_data_dir

    given = os.environ.get("TIPWH_READER_PASSWORD")
    if given:
        remember_secret(given)
        return given
    return stored_password(secrets_dir or default_data_dir(), READER)


@contextmanager
def open_warehouse(
    data_dir: Path | None = None, *, keep_running: bool = False, tcp_port: int | None = None
) -> Iterator[Warehouse]:
    """Yield the warehouse named by `DATABASE_URL`, or start an embedded one in `data_dir`
    (listening on 127.0.0.1:`tcp_port` too when given).

    The embedded server is stopped when the block exits and no other process uses it.
    """
    from etl.warehouse.embedded import (
        default_data_dir,
        release_embedded,
        start_embedded,
        superuser_url,
    )

    directory = (data_dir or default_data_dir()).absolute()
    url = os.environ.get("DATABASE_URL")
    if url:
        yield Warehouse(url=url, secrets_dir=directory)
        return
    try:
        server = start_embedded(directory, keep_running=keep_running, tcp_port=tcp_port)
    except Exception as exc:  # the package raises several kinds; all mean "no server"
        raise DatabaseUnavailable(
            f"cannot start the embedded PostgreSQL in {directory}: {redact(str(exc))}"
        ) from exc
    try:
        home = server.data_dir
        yield Warehouse(url=superuser_url(server), embedded_data_dir=home, secrets_dir=home)
    finally:
        release_embedded(server.data_dir)
