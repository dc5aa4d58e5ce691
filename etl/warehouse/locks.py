"""PostgreSQL advisory locks that serialise what concurrent tipwh processes must not overlap.

Keys are (namespace, key) pairs of int4; session locks end with their connection, so a
killed process never leaves one behind.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import psycopg

LOAD_RUN = 4_217_101  # held by an ingest run for its lifetime: a run without it is dead
TRANSFORM_RUN = 4_217_102  # the same for a dbt build
DOCUMENT = 4_217_103  # one writer per document path
DBT_BUILD = 4_217_104  # one dbt build per database at a time (key 0)


def text_key(text: str) -> int:
    """A stable int4 key for `text`."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "big", signed=True)


def lock_session(
    conn: psycopg.Connection,
    namespace: int,
    key: int,
    on_wait: Callable[[], None] | None = None,
) -> None:
    """Take a session lock; `on_wait` is called first when another session holds it."""
    if not _try(conn, "pg_try_advisory_lock", namespace, key):
        if on_wait:
            on_wait()
        conn.execute("select pg_advisory_lock(%s, %s)", (namespace, key))


def lock_transaction(
    conn: psycopg.Connection,
    namespace: int,
    key: int,
    on_wait: Callable[[], None] | None = None,
) -> None:
    """Take a lock held until the current transaction ends."""
    if not _try(conn, "pg_try_advisory_xact_lock", namespace, key):
        if on_wait:
            on_wait()
        conn.execute("select pg_advisory_xact_lock(%s, %s)", (namespace, key))


def unlock_session(conn: psycopg.Connection, namespace: int, key: int) -> None:
    conn.execute("select pg_advisory_unlock(%s, %s)", (namespace, key))


def is_held_elsewhere(conn: psycopg.Connection, namespace: int, key: int) -> bool:
    """Whether another session holds the session lock (namespace, key)."""
    if _try(conn, "pg_try_advisory_lock", namespace, key):
        unlock_session(conn, namespace, key)
        return False
    return True


def _try(conn: psycopg.Connection, function: str, namespace: int, key: int) -> bool:
    query = {
        "pg_try_advisory_lock": "select pg_try_advisory_lock(%s, %s)",
        "pg_try_advisory_xact_lock": "select pg_try_advisory_xact_lock(%s, %s)",
    }[function]
    row = conn.execute(query, (namespace, key)).fetchone()
    return bool(row and row[0])
