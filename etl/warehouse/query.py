"""Queries against the warehouse: the loader's own, and anyone's as the read-only role."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

import psycopg
from psycopg.pq import TransactionStatus

from etl.warehouse.connection import Warehouse
from etl.warehouse.roles import SERVER_POWERS
from etl.warehouse.secrets import redact


class QueryError(RuntimeError):
    """PostgreSQL rejected the query."""


def read_only_query(
    warehouse: Warehouse, statement: str
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one of tipwh's own queries in a read-only transaction; columns and rows."""
    with warehouse.connect() as conn:
        conn.read_only = True
        try:
            cur = conn.execute(statement)  # type: ignore[call-overload]
        except psycopg.Error as exc:
            raise QueryError(str(exc).strip().splitlines()[0]) from exc
        if cur.description is None:
            return [], []
        return [c.name for c in cur.description], cur.fetchall()


def reader_query(
    warehouse: Warehouse, statement: str, *, limit: int, timeout_s: float
) -> tuple[list[str], list[tuple[Any, ...]], bool]:
    """Run a user's query as `tipwh_reader`: one query only (checked before it is sent), in
    a read-only transaction, cancelled after `timeout_s`; at most `limit` rows. Returns the
    columns, the rows and whether more rows were left out."""
    from etl.warehouse.statement import check_single_query  # pglast: a second to import

    check_single_query(statement)
    # one read-only transaction: the connection's own, committed as the block ends
    with warehouse.connect(warehouse.reader_url()) as conn, _closed_on_interrupt(conn):
        conn.read_only = True
        _refuse_a_powerful_reader(conn)
        conn.execute(
            "select set_config('statement_timeout', %s, true)",
            (f"{max(1, round(timeout_s * 1000))}ms",),
        )
        try:
            cur = conn.execute(statement, prepare=False)  # type: ignore[call-overload]
            rows = cur.fetchmany(limit + 1) if cur.description else []
        except psycopg.Error as exc:
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
            raise QueryError(redact(message)) from exc
        columns = [c.name for c in cur.description] if cur.description else []
    return columns, rows[:limit], len(rows) > limit


@contextmanager
def _closed_on_interrupt(conn: psycopg.Connection) -> Iterator[None]:
    """On Ctrl-C, the query still running cancelled and the connection closed: its
    transaction ends with it. (Interrupted while it sends a query, psycopg does not cancel
    it, and the rollback on leaving the connection's block fails with a logged warning.)"""
    try:
        yield
    except KeyboardInterrupt:
        if conn.pgconn.transaction_status == TransactionStatus.ACTIVE:
            with suppress(psycopg.Error):
                conn.cancel_safe(timeout=2.0)
        conn.close()
        raise


def _refuse_a_powerful_reader(conn: psycopg.Connection) -> None:
    row = conn.execute(
        "select rolsuper or rolbypassrls or bool_or(pg_has_role(current_user, p, 'member'))"
        " from pg_roles, unnest(%s::text[]) p where rolname = current_user group by rolsuper,"
        " rolbypassrls",
        (list(SERVER_POWERS),),
    ).fetchone()
    if row is None or row[0]:
        raise QueryError("the read-only role holds server powers; refusing to run queries as it")
