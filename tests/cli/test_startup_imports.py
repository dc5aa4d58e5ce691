"""Starting tipwh loads what every command needs, not the libraries of a few commands."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY_FOR_ONE_COMMAND = ("httpx", "pglast", "pyarrow", "plotly", "dbt", "alembic", "sqlalchemy")


def test_the_cli_starts_without_the_libraries_of_single_commands() -> None:
    names = (*HEAVY_FOR_ONE_COMMAND, "psycopg", "typer")
    probe = (
        "import json, sys, etl.cli.app; "
        f"print(json.dumps({{m: m in sys.modules for m in {names!r}}}))"
    )
    loaded = json.loads(
        subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, check=True
        ).stdout
    )
    assert loaded == {**dict.fromkeys(HEAVY_FOR_ONE_COMMAND, False), "psycopg": True, "typer": True}


def test_the_fetch_package_still_gives_its_names_when_used() -> None:
    from etl.fetch import FIRST_WEB_YEAR, PoliteClient, fetch_year

    assert (
        FIRST_WEB_YEAR == 2017 and callable(fetch_year) and PoliteClient.__name__ == "PoliteClient"
    )
