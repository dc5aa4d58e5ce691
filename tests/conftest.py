"""Test fixtures: a real PostgreSQL (DATABASE_URL's, or an embedded one) and fresh databases."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from etl.warehouse import Warehouse, open_warehouse
from etl.warehouse.migrate import upgrade
from etl.warehouse.roles import ensure_reader

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED = PROJECT_ROOT.parent / "shared"
BUNDLED_REPORTS = PROJECT_ROOT / "data" / "reports"


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """The server the tests use: DATABASE_URL's, else an embedded one in a temporary dir."""
    if os.environ.get("DATABASE_URL"):
        yield os.environ["DATABASE_URL"]
        return
    with tempfile.TemporaryDirectory(prefix="tipwh-test-") as tmp:
        data_dir = Path(tmp) / "pg"
        os.environ.pop("DATABASE_URL", None)
        with open_warehouse(data_dir) as wh:
            yield wh.libpq_url


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


@contextmanager
def new_database(server_url: str, template: Warehouse | None = None) -> Iterator[Warehouse]:
    """A new database on the test server, dropped afterwards: empty, or a copy of the
    database of `template` (whose sessions are ended first: a template must be idle)."""
    name = "tipwh_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server_url, autocommit=True) as conn:
        if template is None:
            conn.execute(f'create database "{name}"')
        else:
            source = urlsplit(template.url).path.lstrip("/")
            conn.execute(
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = %s",
                (source,),
            )
            conn.execute(f'create database "{name}" template "{source}"')
    try:
        yield Warehouse(url=_with_database(server_url, name))
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(f'drop database if exists "{name}" with (force)')


@pytest.fixture
def empty_database(server_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Warehouse]:
    """A new, empty database on the test server; DATABASE_URL points at it."""
    with new_database(server_url) as wh:
        monkeypatch.setenv("DATABASE_URL", wh.url)
        yield wh


@pytest.fixture
def warehouse(empty_database: Warehouse) -> Warehouse:
    """A fresh database with the staging schema at alembic's head."""
    upgrade(empty_database)
    return empty_database


def table_counts(wh: Warehouse, tables: list[str]) -> dict[str, int]:
    with wh.connect() as conn:
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}


@pytest.fixture(scope="session")
def built_marts(server_url: str) -> Iterator[Warehouse]:
    """A database built from the bundled reports, shared by the tests that only read the marts."""
    from etl.pipeline import ingest
    from etl.read import discover_files
    from etl.transform.run_dbt import transform

    with new_database(server_url) as wh:
        upgrade(wh)
        ensure_reader(wh)  # as `tipwh build` does: the models grant the reader their rows
        report = ingest(wh, discover_files([str(BUNDLED_REPORTS)]), command="test")
        assert report.ok
        transform(wh, force=True)
        yield wh
