"""`tipwh sql`: one read-only query against the marts, as the role `tipwh_reader`."""

from __future__ import annotations

from typing import Annotated

import typer

from etl.cli.context import warehouse
from etl.cli.output import err, print_csv, print_table
from etl.warehouse.query import reader_query


def sql(
    statement: Annotated[
        str, typer.Argument(help='A query, e.g. "select * from marts.country_year".')
    ],
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV with a header row.")] = False,
    limit: Annotated[
        int, typer.Option("--limit", min=1, help="Print at most this many rows.")
    ] = 10_000,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, help="Cancel the query after this many seconds.")
    ] = 30.0,
) -> None:
    """Run one read-only query on the marts and print the result (a table, or CSV).

    The query runs as the role tipwh_reader (SELECT on the marts only) in a read-only
    transaction; a text holding more than one statement, or anything but a query, is
    refused before it reaches the server.
    """
    from etl.warehouse.statement import check_single_query  # pglast: for this command only

    check_single_query(statement)
    with warehouse() as wh:
        columns, rows, cut = reader_query(wh, statement, limit=limit, timeout_s=timeout)
    if as_csv:
        print_csv(columns, rows)
    else:
        print_table(columns, rows)
    if cut:
        err.print(f"note: showing the first {limit} rows; --limit N for more", highlight=False)
