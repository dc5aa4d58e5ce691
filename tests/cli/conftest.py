"""Run the `tipwh` command in-process, as a user would from the shell."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from etl.cli import main


@dataclass
class Outcome:
    code: int
    out: str
    err: str


@pytest.fixture
def tipwh(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Outcome]:
    def run(*args: str) -> Outcome:
        capsys.readouterr()
        monkeypatch.setattr("sys.argv", ["tipwh", *args])
        monkeypatch.setenv("COLUMNS", "200")
        with pytest.raises(SystemExit) as exit_info:
            main()
        captured = capsys.readouterr()
        return Outcome(int(exit_info.value.code or 0), captured.out, captured.err)

    return run
