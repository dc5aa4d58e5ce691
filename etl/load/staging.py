"""Documents and their facts into `staging`, one statement and transaction per document."""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

import psycopg

from etl.load.prepared import PreparedExtraction, prepare
from etl.model import Extraction
from etl.warehouse.locks import DOCUMENT, text_key


@dataclass(frozen=True)
class StoredDocument:
    """What staging already holds for a text."""

    document_id: int
    source_path: str
    extractor_version: str
    current: bool


def stored_documents(conn: psycopg.Connection) -> dict[tuple[str, str], StoredDocument]:
    """Every stored document by its identity: content hash and source path."""
    rows = conn.execute(
        "select content_sha256, document_id, source_path, extractor_version,"
        " superseded_at is null from staging.documents"
    ).fetchall()
    return {(row[0], row[2]): StoredDocument(*row[1:]) for row in rows}


def find_document(conn: psycopg.Connection, sha256: str, path: str) -> StoredDocument | None:
    """The stored document of this text at this path, read now (not from a snapshot)."""
    row = conn.execute(
        "select document_id, source_path, extractor_version, superseded_at is null"
        " from staging.documents where content_sha256 = %s and source_path = %s",
        (sha256, path),
    ).fetchone()
    return StoredDocument(*row) if row else None


def write_document(
    conn: psycopg.Connection,
    extraction: Extraction | PreparedExtraction,
    run_id: int,
    extractor_version: str,
    replaces: StoredDocument | None = None,
) -> int:
    """Store one document with its sentences and facts in a single transaction.

    A new text under a path that already has a current document supersedes it. `replaces`
    is the stored row of the same text: its rows are replaced (a newer extractor) and it
    becomes current again if a newer text had superseded it. Returns the document id.

    A new document is one statement (its row, the supersede of the path's current one and
    every sentence and fact): one round trip to the server, not one per table.
    """
    prepared = prepare(extraction)
    doc = prepared.document
    meta = doc.metadata
    with _transaction_unless_in_one(conn):
        if replaces is not None:
            conn.execute(
                "delete from staging.sentences where document_id = %s", (replaces.document_id,)
            )
            if not replaces.current:
                _reinstate(conn, replaces.document_id, doc.path)
            document_id = _fetch_id(
                conn,
                "with doc as (update staging.documents set country_iso3 = %s, country_name = %s,"
                " report_year = %s, tier = %s, metadata_sources = %s, warnings = %s,"
                " extractor_version = %s, run_id = %s, loaded_at = now()"
                f" where document_id = %s returning document_id){prepared.rows_sql}"
                " select document_id from doc",
                (
                    meta.country_iso3,
                    meta.country_name,
                    meta.report_year,
                    meta.tier,
                    json.dumps(meta.sources),
                    list(prepared.warnings),
                    extractor_version,
                    run_id,
                    replaces.document_id,
                    *prepared.rows_params,
                ),
            )
        else:
            document_id = _fetch_id(
                conn, *_new_document_statement(prepared, run_id, extractor_version)
            )
    return document_id


def insert_new_document(
    conn: psycopg.Connection,
    extraction: Extraction | PreparedExtraction,
    run_id: int,
    extractor_version: str,
) -> int | None:
    """Store a document whose text is not stored under its path yet, in one round trip: the
    path's lock and one statement, in one implicit transaction (a pipeline, synced once).

    Returns the new document's id, or None when the path holds this text after all (another
    process stored it since the caller looked): nothing is written then, and the caller
    decides under the lock what to do (`write_document` with the stored row). Errors raise
    as from `write_document`, with nothing written.
    """
    prepared = prepare(extraction)
    sql, params = _new_document_statement(prepared, run_id, extractor_version, unless_stored=True)
    with conn.pipeline():
        conn.execute(
            "select pg_advisory_xact_lock(%s, %s)",
            (DOCUMENT, text_key(prepared.document.path)),
        )
        cursor = conn.execute(sql, params)
    row = cursor.fetchone()
    return int(row[0]) if row else None


def _new_document_statement(
    prepared: PreparedExtraction,
    run_id: int,
    extractor_version: str,
    *,
    unless_stored: bool = False,
) -> tuple[str, list[object]]:
    """The statement inserting a new document with its rows and superseding the path's
    current one; `unless_stored`: none of it when the path holds this text already."""
    doc, meta = prepared.document, prepared.document.metadata
    guard = (
        " where not exists (select from staging.documents"
        " where content_sha256 = %s and source_path = %s)"
        if unless_stored
        else ""
    )
    # the id is taken first so that the superseded row can name its successor; the insert
    # reads the supersede's result, so the path has no current row left when the new one
    # arrives (the unique index on current paths)
    sql = (
        "with new_id as (select nextval(pg_get_serial_sequence("
        f"'staging.documents', 'document_id')) as id{guard}),"
        " previous as (update staging.documents set superseded_at = now(),"
        " superseded_by = (select id from new_id)"
        " where source_path = %s and superseded_at is null and exists (select from new_id)"
        " returning document_id),"
        " doc as (insert into staging.documents (document_id, content_sha256,"
        " source_path, encoding, body, country_iso3, country_name, report_year, tier,"
        " metadata_sources, warnings, run_id, extractor_version)"
        " overriding system value"
        " select new_id.id, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s"
        " from new_id, (select count(*) from previous) as superseded"
        f" returning document_id){prepared.rows_sql} select document_id from doc"
    )
    params: list[object] = [doc.sha256, doc.path] if unless_stored else []
    params += [
        doc.path,
        doc.sha256,
        doc.path,
        doc.encoding,
        doc.text,
        meta.country_iso3,
        meta.country_name,
        meta.report_year,
        meta.tier,
        json.dumps(meta.sources),
        list(prepared.warnings),
        run_id,
        extractor_version,
        *prepared.rows_params,
    ]
    return sql, params


def _reinstate(conn: psycopg.Connection, document_id: int, path: str) -> None:
    """Make an older text current again (a file changed back) and supersede the newer one."""
    conn.execute(
        "update staging.documents set superseded_at = now(), superseded_by = %s"
        " where source_path = %s and superseded_at is null",
        (document_id, path),
    )
    conn.execute(
        "update staging.documents set superseded_at = null, superseded_by = null,"
        " source_path = %s where document_id = %s",
        (path, document_id),
    )


def _fetch_id(conn: psycopg.Connection, sql: str, params: Sequence[object]) -> int:
    row = conn.execute(sql, params).fetchone()
    assert row is not None, "the statement returns the document's id"
    return int(row[0])


def _transaction_unless_in_one(conn: psycopg.Connection) -> AbstractContextManager[object]:
    """A transaction, or none when the caller holds one (a savepoint would cost round trips)."""
    if conn.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS:
        return nullcontext()
    return conn.transaction()
