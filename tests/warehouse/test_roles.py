"""The read-only role on a server whose loader may not create roles: told what to run, and
granted the marts once it exists."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from psycopg import sql

from etl.warehouse import Warehouse
from etl.warehouse.migrate import upgrade
from etl.warehouse.query import reader_query
from etl.warehouse.roles import ensure_reader, missing_role_instructions


@pytest.fixture
def weak_loader(server_url: str) -> Iterator[Warehouse]:
    """A database owned by a login role without CREATEROLE, reached as that role."""
    name = "tipwh_weak_" + uuid.uuid4().hex[:10]
    password = uuid.uuid4().hex
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(
            sql.SQL("create role {} login nocreaterole password {}").format(
                sql.Identifier(name), sql.Literal(password)
            )
        )
        conn.execute(sql.SQL("create database {} owner {}").format(*[sql.Identifier(name)] * 2))
    parts = urlsplit(server_url)
    host = parts.netloc.rsplit("@", 1)[1]
    url = urlunsplit(parts._replace(netloc=f"{name}:{password}@{host}", path="/" + name))
    try:
        yield Warehouse(url=url)
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(sql.SQL("drop database {} with (force)").format(sql.Identifier(name)))
            conn.execute(sql.SQL("drop role {}").format(sql.Identifier(name)))


def test_the_instructions_name_every_statement_and_no_password(warehouse: Warehouse) -> None:
    told = missing_role_instructions(warehouse)
    assert "create role tipwh_reader;" in told and "TIPWH_READER_PASSWORD" in told
    assert "nosuperuser" in told and "statement_timeout = '60s'" in told
    assert "'<a password>'" in told and warehouse.reader_password() not in told


def test_a_loader_without_createrole_grants_the_marts_to_an_existing_reader(
    warehouse: Warehouse, weak_loader: Warehouse
) -> None:
    ensure_reader(warehouse)  # the reader exists on the server (an administrator made it)
    upgrade(weak_loader)
    with weak_loader.connect(autocommit=True) as conn:
        may = conn.execute(
            "select rolcreaterole or rolsuper from pg_roles where rolname = current_user"
        ).fetchone()[0]
        ensure_reader(weak_loader)
        conn.execute("create table marts.built_later as select 1 as n")
    assert may is False
    columns, rows, cut = reader_query(
        weak_loader, "select n from marts.built_later", limit=5, timeout_s=5
    )
    assert (columns, rows, cut) == (["n"], [(1,)], False)
