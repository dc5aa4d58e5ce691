"""The load-run log: one row per ingest run, plus the files it could not load."""

from __future__ import annotations

import psycopg


def start_run(conn: psycopg.Connection, command: str) -> int:
    with conn.transaction():
        row = conn.execute(
            "insert into staging.load_runs (command) values (%s) returning run_id", (command,)
        ).fetchone()
    return int(row[0])  # type: ignore[index]


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
