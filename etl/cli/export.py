"""`tipwh export`: the marts as CSV or Parquet files, with a data dictionary and a README."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from etl.cli.context import warehouse
from etl.cli.output import err

EPILOG = (
    "Example: tipwh export --format parquet --out exports/ --table country_year "
    "--table fct_revisions"
)


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"


QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing on success.")]
JsonOpt = Annotated[
    bool, typer.Option("--json", help="Print what was written as JSON on standard output.")
]


def export(
    out: Annotated[Path, typer.Option("--out", help="Directory to write into (created).")],
    fmt: Annotated[
        ExportFormat, typer.Option("--format", help="csv (PostgreSQL COPY) or parquet.")
    ] = ExportFormat.csv,
    tables: Annotated[
        list[str] | None,
        typer.Option("--table", help="A mart to export (repeatable); default: every mart."),
    ] = None,
    quiet: QuietOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Write the marts to files, with data_dictionary.csv and a README.md of the export."""
    with warehouse() as wh:
        from etl.export import export_marts  # pyarrow: imported by this command only

        result = export_marts(wh, out, fmt.value, tables)
    if as_json:
        print(json.dumps(result.as_dict(), indent=2))
    elif not quiet:
        for table in result.tables:
            err.print(f"{table.path}: {table.rows} rows", highlight=False)
        err.print(f"dictionary: {result.dictionary}\nreadme:     {result.readme}", highlight=False)
