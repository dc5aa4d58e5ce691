"""Documents and their facts into `staging`, with COPY, one transaction per document."""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, replace
from typing import TypeVar

import psycopg

from etl.model import CountFact, DirectionFact, Extraction, FundingFact

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
    """
    extraction, conflicts = one_statement_per_key(extraction)
    doc = extraction.document
    meta = doc.metadata
    warnings = list(doc.warnings) + conflicts
    with conn.transaction():
        if replaces is not None:
            conn.execute(
                "delete from staging.sentences where document_id = %s", (replaces.document_id,)
            )
            if not replaces.current:
                _reinstate(conn, replaces.document_id, doc.path)
            conn.execute(
                "update staging.documents set country_iso3 = %s, country_name = %s,"
                " report_year = %s, tier = %s, metadata_sources = %s, warnings = %s,"
                " extractor_version = %s, run_id = %s, loaded_at = now()"
                " where document_id = %s",
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
                ),
            )
            document_id = replaces.document_id
        else:
            previous = conn.execute(
                "update staging.documents set superseded_at = now()"
                " where source_path = %s and superseded_at is null returning document_id",
                (doc.path,),
            ).fetchone()
            document_id = conn.execute(
                "insert into staging.documents (content_sha256, source_path, encoding, body,"
                " country_iso3, country_name, report_year, tier, metadata_sources, warnings,"
                " run_id, extractor_version)"
                " values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) returning document_id",
                (
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
                ),
            ).fetchone()[0]  # type: ignore[index]
            if previous is not None:
                conn.execute(
                    "update staging.documents set superseded_by = %s where document_id = %s",
                    (document_id, previous[0]),
                )
        _copy_rows(conn, extraction, document_id)
    return document_id


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


def _copy_rows(conn: psycopg.Connection, extraction: Extraction, document_id: int) -> None:
    with conn.cursor() as cur:
        with cur.copy(
            "copy staging.sentences (document_id, sentence_no, start_char, end_char, section, body,"
            " page) from stdin"
        ) as copy:
            for s in extraction.document.sentences:
                copy.write_row((document_id, s.index, s.start, s.end, s.section, s.text, s.page))
        with cur.copy(
            "copy staging.facts (document_id, sentence_no, metric, year, value, unit, qualifier,"
            " start_char, end_char, rule) from stdin"
        ) as copy:
            for f in extraction.counts:
                copy.write_row(
                    (
                        document_id,
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
                )
        with cur.copy(
            "copy staging.funding_facts (document_id, sentence_no, year, purpose, currency,"
            " amount_local, amount_usd, qualifier, start_char, end_char, rule) from stdin"
        ) as copy:
            for m in extraction.funding:
                copy.write_row(
                    (
                        document_id,
                        m.sentence_index,
                        m.year,
                        m.purpose,
                        m.currency,
                        m.amount_local,
                        m.amount_usd,
                        m.qualifier,
                        m.start,
                        m.end,
                        m.rule,
                    )
                )
        with cur.copy(
            "copy staging.directions (document_id, sentence_no, metric, year, direction,"
            " start_char, end_char, rule) from stdin"
        ) as copy:
            for d in extraction.directions:
                copy.write_row(
                    (
                        document_id,
                        d.sentence_index,
                        d.metric,
                        d.year,
                        d.direction,
                        d.start,
                        d.end,
                        d.rule,
                    )
                )
