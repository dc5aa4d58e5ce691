"""Write the marts to CSV (PostgreSQL COPY) or Parquet (pyarrow), with a dictionary and README."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psycopg
import pyarrow as pa
import pyarrow.parquet as pq
from psycopg import sql

from etl.export.dictionary import ModelDoc, mart_docs
from etl.warehouse import Warehouse

MARTS_SCHEMA = "marts"
FORMATS = ("csv", "parquet")
DICTIONARY_FILE = "data_dictionary.csv"
README_FILE = "README.md"
SCALAR_TYPES: dict[str, pa.DataType] = {
    "int2": pa.int16(),
    "int4": pa.int32(),
    "int8": pa.int64(),
    "float4": pa.float32(),
    "float8": pa.float64(),
    "bool": pa.bool_(),
    "text": pa.string(),
    "varchar": pa.string(),
    "bpchar": pa.string(),
    "date": pa.date32(),
    "timestamp": pa.timestamp("us"),
    "timestamptz": pa.timestamp("us", tz="UTC"),
}


class ExportError(RuntimeError):
    """The export could not be written (unknown table, unknown format, no marts)."""


@dataclass(frozen=True)
class Column:
    name: str
    udt_name: str
    sql_type: str


@dataclass
class TableExport:
    name: str
    path: Path
    rows: int
    columns: list[Column]


@dataclass
class ExportResult:
    out_dir: Path
    format: str
    exported_at: dt.datetime
    tables: list[TableExport] = field(default_factory=list)
    dictionary: Path | None = None
    readme: Path | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "out_dir": str(self.out_dir),
            "format": self.format,
            "exported_at": self.exported_at.isoformat(),
            "tables": [
                {"name": t.name, "path": str(t.path), "rows": t.rows, "columns": len(t.columns)}
                for t in self.tables
            ],
            "dictionary": str(self.dictionary),
            "readme": str(self.readme),
        }


def mart_tables(conn: psycopg.Connection) -> list[str]:
    """The tables and views of the marts schema, by name."""
    rows = conn.execute(
        "select table_name from information_schema.tables where table_schema = %s"
        " order by table_name",
        (MARTS_SCHEMA,),
    ).fetchall()
    return [r[0] for r in rows]


def table_columns(conn: psycopg.Connection, table: str) -> list[Column]:
    """The columns of a mart in order, with their PostgreSQL type."""
    rows = conn.execute(
        "select a.attname, t.typname, format_type(a.atttypid, a.atttypmod)"
        " from pg_attribute a join pg_type t on t.oid = a.atttypid"
        " where a.attrelid = %s::regclass and a.attnum > 0 and not a.attisdropped"
        " order by a.attnum",
        (f'{MARTS_SCHEMA}."{table}"',),
    ).fetchall()
    return [Column(name, udt, sql_type) for name, udt, sql_type in rows]


def export_marts(
    warehouse: Warehouse, out_dir: Path, fmt: str, tables: Sequence[str] | None = None
) -> ExportResult:
    """Write each mart (all of them, or `tables`) to `out_dir`, then its dictionary and README."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    result = ExportResult(out_dir, fmt, dt.datetime.now(dt.UTC).replace(microsecond=0))
    with warehouse.connect() as conn:
        conn.read_only = True
        available = mart_tables(conn)
        if not available:
            raise ExportError("the warehouse has no marts: run `tipwh build` first")
        unknown = sorted(set(tables or []) - set(available))
        if unknown:
            raise ExportError(
                f"no mart named {', '.join(unknown)}; the marts are: {', '.join(available)}"
            )
        for name in tables or available:
            columns = table_columns(conn, name)
            path = out_dir / f"{name}.{fmt}"
            write = _write_csv if fmt == "csv" else _write_parquet
            rows = write(conn, name, columns, path)
            result.tables.append(TableExport(name, path, rows, columns))
    docs = mart_docs()
    result.dictionary = _write_dictionary(result, docs)
    result.readme = _write_readme(result, docs, warehouse)
    return result


def _select_all(table: str) -> sql.Composed:
    return sql.SQL("select * from {}.{}").format(
        sql.Identifier(MARTS_SCHEMA), sql.Identifier(table)
    )


def _write_csv(conn: psycopg.Connection, table: str, columns: list[Column], path: Path) -> int:
    query = sql.SQL("copy ({}) to stdout with (format csv, header)").format(_select_all(table))
    with path.open("wb") as handle, conn.cursor() as cur, cur.copy(query) as copy:
        for block in copy:
            handle.write(block)
    count = conn.execute(sql.SQL("select count(*) from ({}) t").format(_select_all(table)))
    return int(count.fetchone()[0])  # type: ignore[index]


def _write_parquet(conn: psycopg.Connection, table: str, columns: list[Column], path: Path) -> int:
    rows = conn.execute(_select_all(table)).fetchall()
    values = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    arrays = [
        pa.array(list(column_values), type=_arrow_type(column, column_values))
        for column, column_values in zip(columns, values, strict=True)
    ]
    schema = pa.schema(
        [
            pa.field(c.name, a.type, metadata={"sql_type": c.sql_type})
            for c, a in zip(columns, arrays, strict=True)
        ]
    )
    pq.write_table(pa.Table.from_arrays(arrays, schema=schema), path)
    return len(rows)


def _arrow_type(column: Column, values: Sequence[Any]) -> pa.DataType:
    """The Arrow type of a column; numerics keep every digit (decimal of the widest scale)."""
    if column.udt_name.startswith("_"):
        element = Column(column.name, column.udt_name[1:], column.sql_type.removesuffix("[]"))
        flat = [v for value in values if value for v in value]
        return pa.list_(_arrow_type(element, flat))
    if column.udt_name == "numeric":
        scale = max((_decimal_scale(column, v) for v in values if v is not None), default=0)
        return pa.decimal128(38, scale)
    if column.udt_name not in SCALAR_TYPES:
        raise ExportError(f"column {column.name} has type {column.sql_type}, not exportable")
    return SCALAR_TYPES[column.udt_name]


def _decimal_scale(column: Column, value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int):
        raise ExportError(f"column {column.name}: {value} cannot be a Parquet decimal")
    return max(-exponent, 0)


def _write_dictionary(result: ExportResult, docs: dict[str, ModelDoc]) -> Path:
    path = result.out_dir / DICTIONARY_FILE
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["table", "column", "type", "description"])
        for table in result.tables:
            model = docs.get(table.name)
            for column in table.columns:
                doc = model.columns.get(column.name) if model else None
                writer.writerow(
                    [table.name, column.name, column.sql_type, doc.description if doc else ""]
                )
    return path


def _write_readme(result: ExportResult, docs: dict[str, ModelDoc], warehouse: Warehouse) -> Path:
    source = urlsplit(warehouse.libpq_url)
    database = source.path.lstrip("/") or "postgres"
    lines = [
        "# tipwh export",
        "",
        "Figures of the U.S. State Department's Trafficking in Persons Reports, as built by",
        "tipwh (report texts read, figures extracted with their sentences, reconciled by dbt).",
        "",
        f"- source: PostgreSQL database `{database}`, schema `{MARTS_SCHEMA}`",
        f"- exported at: {result.exported_at.isoformat()}",
        f"- format: {result.format} (one file per table)",
        f"- dictionary: `{DICTIONARY_FILE}` (table, column, type, description from the dbt docs)",
        "",
        "| table | grain | rows | file |",
        "|---|---|---|---|",
    ]
    for table in result.tables:
        model = docs.get(table.name)
        grain = model.grain if model else ""
        lines.append(f"| `{table.name}` | {grain} | {table.rows} | `{table.path.name}` |")
    lines.append("")
    for table in result.tables:
        model = docs.get(table.name)
        lines += [f"## {table.name}", "", model.description if model else "", ""]
    path = result.out_dir / README_FILE
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
