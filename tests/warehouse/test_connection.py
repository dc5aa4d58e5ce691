"""Reaching the warehouse: URLs for each tool, and a clear error when the server is down."""

from __future__ import annotations

import pytest

from etl.warehouse import DatabaseUnavailable, Warehouse


def test_socket_url_gives_dbt_the_socket_directory_as_host() -> None:
    wh = Warehouse(url="postgresql://postgres:@/postgres?host=/tmp/pg")
    assert wh.dbt_env["TIPWH_PGHOST"] == "/tmp/pg"
    assert wh.dbt_env["TIPWH_PGPORT"] == "5432"
    assert wh.sqlalchemy_url == "postgresql+psycopg://postgres:@/postgres?host=/tmp/pg"


def test_tcp_url_gives_dbt_host_port_and_credentials() -> None:
    wh = Warehouse(url="postgresql+psycopg://tip:s%40cret@db.local:6543/tipwh")
    assert wh.libpq_url == "postgresql://tip:s%40cret@db.local:6543/tipwh"
    assert wh.dbt_env == {
        "TIPWH_PGHOST": "db.local",
        "TIPWH_PGPORT": "6543",
        "TIPWH_PGUSER": "tip",
        "TIPWH_PGPASSWORD": "s@cret",
        "TIPWH_PGDATABASE": "tipwh",
    }


def test_a_server_that_is_down_is_reported_in_one_line(tmp_path) -> None:
    wh = Warehouse(url=f"postgresql://postgres@/postgres?host={tmp_path}")
    with pytest.raises(DatabaseUnavailable, match="cannot connect to DATABASE_URL"):
        wh.connect()
