"""Documents and their facts into `staging`, with COPY, one transaction per document."""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from typing import TypeVar

import psycopg

from etl.model import CountFact, DirectionFact, Extraction, FundingFact
from etl.warehouse.locks import DOCUMENT, text_key

T = TypeVar("T")


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
    extraction: Extraction,
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
    extraction, conflicts = one_statement_per_key(extraction)
    doc = extraction.document
    meta = doc.metadata
    warnings = list(doc.warnings) + conflicts
    with _transaction_unless_in_one(conn):
        if replaces is not None:
            conn.execute(
                "delete from staging.sentences where document_id = %s", (replaces.document_id,)
            )
            if not replaces.current:
                _reinstate(conn, replaces.document_id, doc.path)
            rows, row_params = _rows_statement(extraction)
            document_id = _fetch_id(
                conn,
                "with doc as (update staging.documents set country_iso3 = %s, country_name = %s,"
                " report_year = %s, tier = %s, metadata_sources = %s, warnings = %s,"
                " extractor_version = %s, run_id = %s, loaded_at = now()"
                " where document_id = %s returning document_id)"
                f"{rows} select document_id from doc",
                (
                    meta.country_iso3,
                    meta.country_name,
                    meta.report_year,
                    meta.tier,
                    json.dumps(meta.sources),
                    warnings,
                    extractor_version,
                    run_id,
                    replaces.document_id,
                    *row_params,
                ),
            )
        else:
            document_id = _fetch_id(
                conn, *_new_document_statement(extraction, run_id, extractor_version, warnings)
            )
    return document_id


def insert_new_document(
    conn: psycopg.Connection, extraction: Extraction, run_id: int, extractor_version: str
) -> int | None:
    """Store a document whose text is not stored under its path yet, in one round trip: the
    path's lock and one statement, in one implicit transaction (a pipeline, synced once).

    Returns the new document's id, or None when the path holds this text after all (another
    process stored it since the caller looked): nothing is written then, and the caller
    decides under the lock what to do (`write_document` with the stored row). Errors raise
    as from `write_document`, with nothing written.
    """
    extraction, conflicts = one_statement_per_key(extraction)
    warnings = list(extraction.document.warnings) + conflicts
    sql, params = _new_document_statement(
        extraction, run_id, extractor_version, warnings, unless_stored=True
    )
    with conn.pipeline():
        conn.execute(
            "select pg_advisory_xact_lock(%s, %s)",
            (DOCUMENT, text_key(extraction.document.path)),
        )
        cursor = conn.execute(sql, params)
    row = cursor.fetchone()
    return int(row[0]) if row else None


def _new_document_statement(
    extraction: Extraction,
    run_id: int,
    extractor_version: str,
    warnings: list[str],
    *,
    unless_stored: bool = False,
) -> tuple[str, list[object]]:
    """The statement inserting a new document with its rows and superseding the path's
    current one; `unless_stored`: none of it when the path holds this text already."""
    doc, meta = extraction.document, extraction.document.metadata
    rows, row_params = _rows_statement(extraction)
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
        f" returning document_id){rows} select document_id from doc"
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
        warnings,
        run_id,
        extractor_version,
        *row_params,
    ]
    return sql, params


def fact_key(fact: CountFact) -> tuple[str, int, int]:
    """A count fact's staging key within its document (staging.facts' primary key)."""
    return (fact.metric, fact.year, fact.start)


def funding_key(fact: FundingFact) -> tuple[int, str, int]:
    """A funding fact's staging key within its document (staging.funding_facts')."""
    return (fact.year, fact.purpose, fact.start)


def direction_key(fact: DirectionFact) -> tuple[str, int, int]:
    """A direction's staging key within its document (staging.directions')."""
    return (fact.metric, fact.year, fact.start)


def one_statement_per_key(extraction: Extraction) -> tuple[Extraction, list[str]]:
    """The extraction with one fact per staging key, and a warning for each key stated with
    two different values.

    Identical facts under one key (a figure read twice) are one fact. Different values
    under one key (one span read two ways) cannot both be stored; the first is kept and
    the other is named in the warning, so that the document still loads."""
    conflicts: list[str] = []
    counts = _first_per_key(extraction.counts, fact_key, lambda f: f"{f.value}", conflicts)
    funding = _first_per_key(
        extraction.funding,
        funding_key,
        lambda f: f"{f.amount_local} {f.currency} (USD {f.amount_usd})",
        conflicts,
    )
    directions = _first_per_key(
        extraction.directions, direction_key, lambda f: f.direction, conflicts
    )
    return replace(extraction, counts=counts, funding=funding, directions=directions), conflicts


def _first_per_key(
    facts: Iterable[T],
    key: Callable[[T], tuple[Hashable, ...]],
    stated: Callable[[T], str],
    conflicts: list[str],
) -> tuple[T, ...]:
    """The first fact of each key; a later one stating something else goes to `conflicts`."""
    kept: dict[tuple[Hashable, ...], T] = {}
    for fact in facts:
        k = key(fact)
        first = kept.setdefault(k, fact)
        if first is not fact and stated(first) != stated(fact):
            conflicts.append(
                f"two values for one figure at character {k[-1]} ({', '.join(map(str, k[:-1]))}):"
                f" kept {stated(first)}, not {stated(fact)}"
            )
    return tuple(kept.values())


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


# each table's columns after document_id, with the array type their values are sent as
_ROW_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "sentences": (
        ("sentence_no", "int4"),
        ("start_char", "int4"),
        ("end_char", "int4"),
        ("section", "text"),
        ("body", "text"),
        ("page", "int4"),
    ),
    "facts": (
        ("sentence_no", "int4"),
        ("metric", "text"),
        ("year", "int4"),
        ("value", "int8"),
        ("unit", "text"),
        ("qualifier", "text"),
        ("start_char", "int4"),
        ("end_char", "int4"),
        ("rule", "text"),
    ),
    "funding_facts": (
        ("sentence_no", "int4"),
        ("year", "int4"),
        ("purpose", "text"),
        ("currency", "text"),
        ("amount_local", "numeric"),
        ("amount_usd", "numeric"),
        ("qualifier", "text"),
        ("start_char", "int4"),
        ("end_char", "int4"),
        ("rule", "text"),
    ),
    "directions": (
        ("sentence_no", "int4"),
        ("metric", "text"),
        ("year", "int4"),
        ("direction", "text"),
        ("start_char", "int4"),
        ("end_char", "int4"),
        ("rule", "text"),
    ),
}


def _rows_statement(extraction: Extraction) -> tuple[str, list[str]]:
    """The sentences and facts of a document as CTEs inserting them under `doc`'s id (one
    array per column, unnested), with their parameters; a table without rows is left out."""
    rows: dict[str, list[tuple[object, ...]]] = {
        "sentences": [
            (s.index, s.start, s.end, s.section, s.text, s.page)
            for s in extraction.document.sentences
        ],
        "facts": [
            (
                f.sentence_index,
                f.metric,
                f.year,
                f.value,
                f.unit,
                f.qualifier,
                f.start,
                f.end,
                f.rule,
            )
            for f in extraction.counts
        ],
        "funding_facts": [
            (
                m.sentence_index,
                m.year,
                m.purpose,
                # dollars printed alone (no currency, no local amount): kept as dollars
                m.currency or "USD",
                m.amount_local,
                m.amount_usd,
                m.qualifier,
                m.start,
                m.end,
                m.rule,
            )
            for m in extraction.funding
        ],
        "directions": [
            (d.sentence_index, d.metric, d.year, d.direction, d.start, d.end, d.rule)
            for d in extraction.directions
        ],
    }
    sql, params = "", []
    for table, table_rows in rows.items():
        if not table_rows:
            continue
        columns = _ROW_COLUMNS[table]
        names = ", ".join(name for name, _ in columns)
        arrays = ", ".join(f"%s::{kind}[]" for _, kind in columns)
        sql += (
            f", {table} as (insert into staging.{table} (document_id, {names})"
            f" select doc.document_id, r.* from doc, unnest({arrays}) as r)"
        )
        params += [
            _array_literal(column, quoted=kind == "text")
            for column, (_, kind) in zip(zip(*table_rows, strict=True), columns, strict=True)
        ]
    return sql, params


def _array_literal(values: Sequence[object], *, quoted: bool) -> str:
    """`values` as a PostgreSQL array literal: built with joins here, parsed once by the
    server's array input (cheaper on both sides than psycopg's per-element array dumping)."""
    if quoted:
        items = (
            "NULL" if v is None else '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'
            for v in values
        )
    else:
        items = ("NULL" if v is None else str(v) for v in values)
    return "{" + ",".join(items) + "}"


def _fetch_id(conn: psycopg.Connection, sql: str, params: Sequence[object]) -> int:
    row = conn.execute(sql, params).fetchone()
    assert row is not None, "the statement returns the document's id"
    return int(row[0])


def _transaction_unless_in_one(conn: psycopg.Connection) -> AbstractContextManager[object]:
    """A transaction, or none when the caller holds one (a savepoint would cost round trips)."""
    if conn.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS:
        return nullcontext()
    return conn.transaction()
