"""The commands' consoles, and printing query results for a person (a table) or a program
(CSV)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from rich.console import Console
from rich.table import Table

out = Console() if sys.stdout.isatty() else Console(width=200)
#: Messages (progress, warnings, failures): one line each, never wrapped, so that a script
#: reading them finds every path and message whole.
err = Console(stderr=True, soft_wrap=True)


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,.2f}" if value != value.to_integral() else f"{int(value):,}"
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value) if 1900 <= value <= 2100 else f"{value:,}"
    return str(value)


def print_table(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], title: str | None = None
) -> None:
    table = Table(title=title, show_lines=False)
    for name in columns:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(format_value(v) for v in row))
    out.print(table)


def print_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(["" if v is None else v for v in row] for row in rows)
