"""`tipwh sql`: a read-only query against the warehouse."""

from __future__ import annotations

from typing import Annotated

import typer

from etl.cli.context import warehouse
from etl.cli.output import print_csv, print_table
from etl.warehouse.query import read_only_query


def sql(
    statement: Annotated[
        str, typer.Argument(help='A query, e.g. "select * from marts.country_year".')
    ],
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV with a header row.")] = False,
) -> None:
    """Run one read-only SQL query and print the result (a table, or CSV with --csv)."""
    with warehouse() as wh:
        columns, rows = read_only_query(wh, statement)
    if as_csv:
        print_csv(columns, rows)
    else:
        print_table(columns, rows)
