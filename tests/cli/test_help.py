"""Every command's --help ends with an example; the new commands take --quiet and --json."""

from __future__ import annotations

import pytest

from tests.cli.conftest import run_cli

COMMANDS = [
    [],
    ["build"],
    ["ingest"],
    ["transform"],
    ["extract"],
    ["sql"],
    ["status"],
    ["db"],
    ["db", "url"],
    ["db", "start"],
    ["db", "stop"],
    ["export"],
    ["docs"],
    ["report"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "tipwh")
def test_help_shows_an_example(command: list[str]) -> None:
    outcome = run_cli(*command, "--help")
    assert outcome.code == 0, outcome.err
    assert "Example: tipwh" in outcome.out or "Example: psql" in outcome.out


@pytest.mark.parametrize("command", ["export", "docs", "report"])
def test_new_commands_take_quiet_and_json(command: str) -> None:
    outcome = run_cli(command, "--help")
    assert "--quiet" in outcome.out and "--json" in outcome.out and "--out" in outcome.out
