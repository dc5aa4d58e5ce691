"""Run the `tipwh` command in-process, as a user would from the shell."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from unittest import mock

import pytest

from etl.cli import main
from etl.warehouse import Warehouse
from tests.conftest import new_database


@dataclass
class Outcome:
    code: int
    out: str
    err: str


def run_cli(*args: str) -> Outcome:
    """`tipwh ARGS...` in this process: its exit code, standard output and error."""
    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.object(sys, "argv", ["tipwh", *args]),
        mock.patch.dict(os.environ, {"COLUMNS": "200"}),
        redirect_stdout(out),
        redirect_stderr(err),
        pytest.raises(SystemExit) as exit_info,
    ):
        main()
    return Outcome(int(exit_info.value.code or 0), out.getvalue(), err.getvalue())


@pytest.fixture
def tipwh() -> Callable[..., Outcome]:
    return run_cli


@pytest.fixture(scope="module")
def built(server_url: str) -> Iterator[Warehouse]:
    """A database that `tipwh build` has filled from the bundled reports, shared by a module."""
    with new_database(server_url) as wh, mock.patch.dict(os.environ, {"DATABASE_URL": wh.url}):
        outcome = run_cli("build")
        assert outcome.code == 0, outcome.err
        assert "country_year" in outcome.out and "psql" in outcome.err
        yield wh
