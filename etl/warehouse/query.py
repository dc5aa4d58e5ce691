"""Read-only queries against the warehouse."""

from __future__ import annotations

from typing import Any

import psycopg

from etl.warehouse.connection import Warehouse


class QueryError(RuntimeError):
    """PostgreSQL rejected the query."""


def read_only_query(
    warehouse: Warehouse, statement: str
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run `statement` in a read-only transaction; returns column names and rows."""
    with warehouse.connect() as conn:
        conn.read_only = True
        try:
            cur = conn.execute(statement)  # type: ignore[call-overload]
        except psycopg.Error as exc:
            raise QueryError(str(exc).strip().splitlines()[0]) from exc
        if cur.description is None:
            return [], []
        return [c.name for c in cur.description], cur.fetchall()
