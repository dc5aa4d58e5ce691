"""Errors reach the user as one clear line and an exit code, without a traceback."""

from __future__ import annotations

from pathlib import Path


def test_a_missing_path_is_one_line_and_exit_1(tipwh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    outcome = tipwh("extract", str(tmp_path / "nope.txt"))
    assert outcome.code == 1
    assert "nope.txt" in outcome.err and "Traceback" not in outcome.err


def test_a_database_that_is_down_is_one_line_and_exit_1(tipwh, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DATABASE_URL", f"postgresql://postgres@/postgres?host={tmp_path}")
    outcome = tipwh("status")
    assert outcome.code == 1
    assert "cannot connect to DATABASE_URL" in outcome.err and "Traceback" not in outcome.err


def test_help_explains_the_commands(tipwh) -> None:  # type: ignore[no-untyped-def]
    outcome = tipwh("--help")
    assert outcome.code == 0
    for command in ("build", "ingest", "transform", "extract", "sql", "status", "db"):
        assert command in outcome.out


def test_bad_usage_exits_2(tipwh) -> None:  # type: ignore[no-untyped-def]
    assert tipwh("extract", "--format", "xml", "x.txt").code == 2
