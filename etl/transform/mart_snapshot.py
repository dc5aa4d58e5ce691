"""Every row of every mart as plain JSON values, independent of load order and time.

Document ids depend on the order documents were loaded, and load times on the clock, so
a snapshot names documents by their source path and leaves timestamps out: two builds of
the same reports give equal snapshots whatever the order or speed of their ingest.
"""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from etl.warehouse import Warehouse

DOCUMENT_ID_COLUMNS = ("document_id", "preferred_document_id")
DOCUMENT_IDS_COLUMNS = ("document_ids",)

Snapshot = dict[str, list[dict[str, Any]]]


def mart_tables(warehouse: Warehouse) -> list[str]:
    """The tables dbt built in schema `marts`."""
    with warehouse.connect() as conn:
        rows = conn.execute(
            "select table_name from information_schema.tables"
            " where table_schema = 'marts' order by table_name"
        ).fetchall()
    return [r[0] for r in rows]


def snapshot_marts(warehouse: Warehouse) -> Snapshot:
    """All marts' rows, sorted, with documents named by path and timestamps left out."""
    snapshot: Snapshot = {}
    with warehouse.connect() as conn:
        paths: dict[int, str] = dict(
            conn.execute("select document_id, source_path from staging.documents").fetchall()
        )
        for table in mart_tables(warehouse):
            cursor = conn.execute(f'select * from marts."{table}"')
            columns = [d.name for d in cursor.description or []]
            rows = [
                _plain_row(dict(zip(columns, row, strict=True)), paths) for row in cursor.fetchall()
            ]
            rows.sort(key=lambda r: json.dumps(r, sort_keys=True))
            snapshot[table] = rows
    return snapshot


def _plain_row(row: dict[str, Any], paths: dict[int, str]) -> dict[str, Any]:
    plain: dict[str, Any] = {}
    for column, value in row.items():
        if isinstance(value, datetime.datetime):
            continue
        if column in DOCUMENT_ID_COLUMNS and value is not None:
            value = paths.get(value, f"missing document {value}")
        elif column in DOCUMENT_IDS_COLUMNS and value is not None:
            value = [paths.get(v, f"missing document {v}") for v in value]
        plain[column] = _plain_value(value)
    return plain


def _plain_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain_value(v) for v in value]
    return value


def relative_paths(snapshot: Snapshot, root: Path) -> Snapshot:
    """The snapshot with source paths under `root` made relative to it (machine-independent)."""
    prefix = str(root.resolve()) + "/"

    def strip(value: Any) -> Any:
        if isinstance(value, str) and value.startswith(prefix):
            return value[len(prefix) :]
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return {
        table: sorted(
            ({k: strip(v) for k, v in row.items()} for row in rows),
            key=lambda r: json.dumps(r, sort_keys=True),
        )
        for table, rows in snapshot.items()
    }


def differences(expected: Snapshot, actual: Snapshot, limit: int = 5) -> list[str]:
    """What differs between two snapshots, table by table (empty when equal)."""
    found: list[str] = []
    for table in sorted(set(expected) | set(actual)):
        if table not in actual:
            found.append(f"{table}: missing")
            continue
        if table not in expected:
            found.append(f"{table}: not expected")
            continue
        want = {json.dumps(r, sort_keys=True) for r in expected[table]}
        got = {json.dumps(r, sort_keys=True) for r in actual[table]}
        if len(expected[table]) != len(actual[table]):
            found.append(f"{table}: {len(expected[table])} rows expected, {len(actual[table])}")
        for row in sorted(want - got)[:limit]:
            found.append(f"{table}: expected row not built: {row}")
        for row in sorted(got - want)[:limit]:
            found.append(f"{table}: unexpected row: {row}")
    return found
