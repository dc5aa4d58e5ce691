"""The run logs: one row per ingest run (plus the files it could not load) and per dbt
build. A running run holds an advisory lock for its lifetime, so the run of a process that
died is recognised, and closed as 'interrupted', by the next command."""

from __future__ import annotations

import psycopg
from psycopg import sql

from etl.warehouse.locks import LOAD_RUN, TRANSFORM_RUN, is_held_elsewhere, lock_session

INTERRUPTED_MESSAGE = "its process ended before the run finished"


def start_run(conn: psycopg.Connection, command: str) -> int:
    with conn.transaction():
        row = conn.execute(
            "insert into staging.load_runs (command) values (%s) returning run_id", (command,)
        ).fetchone()
        run_id = int(row[0])  # type: ignore[index]
        lock_session(conn, LOAD_RUN, run_id)
    return run_id


def start_transform_run(
    conn: psycopg.Connection, fingerprint: str, countries: list[str] | None = None
) -> int:
    """A running dbt build of these inputs, of these countries (None: every country)."""
    with conn.transaction():
        row = conn.execute(
            "insert into staging.transform_runs (fingerprint, countries) values (%s, %s)"
            " returning transform_id",
            (fingerprint, countries),
        ).fetchone()
        build_id = int(row[0])  # type: ignore[index]
        lock_session(conn, TRANSFORM_RUN, build_id)
    return build_id


def close_interrupted_runs(conn: psycopg.Connection) -> int:
    """Mark the 'running' runs whose process is gone as 'interrupted'; how many."""
    closed = 0
    for table, key, namespace in (
        ("load_runs", "run_id", LOAD_RUN),
        ("transform_runs", "transform_id", TRANSFORM_RUN),
    ):
        names = {"table": sql.Identifier("staging", table), "key": sql.Identifier(key)}
        running = conn.execute(
            sql.SQL("select {key} from {table} where status = 'running'").format(**names)
        ).fetchall()
        dead = [run_id for (run_id,) in running if not is_held_elsewhere(conn, namespace, run_id)]
        if dead:
            with conn.transaction():
                conn.execute(
                    sql.SQL(
                        "update {table} set status = 'interrupted', finished_at = now(),"
                        " message = %s where {key} = any(%s) and status = 'running'"
                    ).format(**names),
                    (INTERRUPTED_MESSAGE, dead),
                )
            closed += len(dead)
    return closed


def record_error(conn: psycopg.Connection, run_id: int, source_path: str, error: str) -> None:
    with conn.transaction():
        conn.execute(
            "insert into staging.load_errors (run_id, source_path, error) values (%s, %s, %s)"
            " on conflict (run_id, source_path) do update set error = excluded.error",
            (run_id, source_path, error),
        )


def finish_run(
    conn: psycopg.Connection,
    run_id: int,
    *,
    files_seen: int,
    loaded: int,
    skipped: int,
    failed: int,
    status: str,
    message: str | None = None,
) -> None:
    with conn.transaction():
        conn.execute(
            "update staging.load_runs set finished_at = now(), status = %s, files_seen = %s,"
            " documents_loaded = %s, documents_skipped = %s, files_failed = %s, message = %s"
            " where run_id = %s",
            (status, files_seen, loaded, skipped, failed, message, run_id),
        )
