"""Starting tipwh loads what every command needs, not the libraries of a few commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY_FOR_ONE_COMMAND = (
    "httpx",
    "pglast",
    "pyarrow",
    "plotly",
    "dbt",
    "alembic",
    "sqlalchemy",
    "pypdfium2",  # reading a PDF
    "babel",  # the lexicons of reading and extraction
)


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


def test_the_read_package_gives_its_reading_functions_when_used() -> None:
    from etl.read import SECTIONS, detect_metadata, read_documents, split_sentences

    sentences = split_sentences("The government identified 12 victims. It convicted two.")
    assert [s.text for s in sentences][-1] == "It convicted two."
    assert callable(read_documents) and "protection" in SECTIONS
    assert detect_metadata("KAZAKHSTAN: Tier 2").country_iso3 == "KAZ"


def test_dbt_is_imported_ahead_only_for_a_first_embedded_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from etl.cli import build
    from etl.cli.context import settings

    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setattr(settings, "data_dir", tmp_path / "pg")
    assert build._first_embedded_build()  # no data directory yet: dbt will run
    (tmp_path / "pg").mkdir()
    (tmp_path / "pg" / "PG_VERSION").write_text("18\n")
    assert not build._first_embedded_build()
    (tmp_path / "pg" / "PG_VERSION").unlink()
    monkeypatch.setenv("DATABASE_URL", "postgresql://u@localhost/db")
    assert not build._first_embedded_build()
