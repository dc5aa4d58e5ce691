"""An extraction made ready for its load where it was extracted: one fact per staging key,
and its sentences and facts already the text of the load statement's parameters.

Built in the worker process that extracted the document, so that the loading process only
forwards the rows: it receives a few strings per document instead of a Python object per
sentence and fact, and builds no array literals. Imports no database driver.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from etl.model import CountFact, DirectionFact, Document, Extraction, FundingFact

T = TypeVar("T")


@dataclass(frozen=True)
class PreparedExtraction:
    """A document ready to load: `document` without its sentences (they are in the rows),
    `rows_sql` the CTEs inserting its sentences and facts under the CTE `doc`'s id,
    `rows_params` their parameters (one array literal per column) and `warnings` the
    document's own followed by those of the facts left out for sharing a staging key."""

    document: Document
    rows_sql: str
    rows_params: tuple[str, ...]
    warnings: tuple[str, ...]


def prepare(extraction: Extraction | PreparedExtraction) -> PreparedExtraction:
    """The extraction ready to load (a prepared one as it is)."""
    if isinstance(extraction, PreparedExtraction):
        return extraction
    extraction, conflicts = one_statement_per_key(extraction)
    sql, params = _rows_statement(extraction)
    document = extraction.document
    return PreparedExtraction(
        document=replace(document, sentences=()),
        rows_sql=sql,
        rows_params=params,
        warnings=(*document.warnings, *conflicts),
    )


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


def _rows_statement(extraction: Extraction) -> tuple[str, tuple[str, ...]]:
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
    return sql, tuple(params)


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
