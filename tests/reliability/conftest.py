"""Real `tipwh` processes against a real PostgreSQL: helpers to run, kill and inspect them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from etl.warehouse import Warehouse
from etl.warehouse.embedded import running_server, stop_embedded
from tests.conftest import BUNDLED_REPORTS, PROJECT_ROOT, new_database

NARRATIVE = (
    "KAZAKHSTAN (Tier 2)\n\nThe government identified {victims} trafficking victims in 2019,"
    " a decrease from 83 in 2018. Courts convicted {convicted} traffickers in 2019.\n"
)


# how long a child tipwh may take: a dbt build takes 15-25 s on a quiet machine and several
# times that on a loaded one; the limit only catches a child that hangs
CHILD_TIMEOUT_S = 300


@dataclass
class Finished:
    code: int
    out: str
    err: str


def base_env(**extra: str) -> dict[str, str]:
    """The environment of a tipwh child: this one's, without DATABASE_URL unless given."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "TIPWH_DATA_DIR")}
    env.update(COLUMNS="200", PYTHONUNBUFFERED="1", **extra)
    return env


def spawn(*args: str, env: dict[str, str], cwd: Path = PROJECT_ROOT) -> subprocess.Popen[str]:
    """Start `tipwh ARGS...` as its own process."""
    return subprocess.Popen(
        [sys.executable, "-m", "etl", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(proc: subprocess.Popen[str], timeout: float = CHILD_TIMEOUT_S) -> Finished:
    out, err = proc.communicate(timeout=timeout)
    return Finished(proc.returncode, out, err)


def tipwh(*args: str, env: dict[str, str], cwd: Path = PROJECT_ROOT) -> Finished:
    """Run `tipwh ARGS...` to the end."""
    return finish(spawn(*args, env=env, cwd=cwd))


def small_reports(folder: Path) -> Path:
    """The bundled reports plus two short narratives: the input of these tests."""
    shutil.copytree(BUNDLED_REPORTS, folder)
    (folder / "kaz-2020-a.txt").write_text(NARRATIVE.format(victims=40, convicted=12))
    (folder / "kaz-2021-b.txt").write_text(
        NARRATIVE.format(victims=41, convicted=13).replace("2019", "2020").replace("2018", "2019")
    )
    return folder


def wait_for(condition, timeout: float = 30, what: str = "condition") -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def postmaster_pid(data_dir: Path) -> int:
    server = running_server(data_dir)
    assert server is not None, f"no server in {data_dir}"
    return server.pid


@pytest.fixture
def database(server_url: str) -> Iterator[Warehouse]:
    """A new database on the test server, for child processes (DATABASE_URL)."""
    with new_database(server_url) as wh:
        yield wh


@pytest.fixture
def data_dir() -> Iterator[Path]:
    """A short path for an embedded server of its own, stopped and removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="tipwh-rel-", dir="/tmp"))
    try:
        yield folder / "pg"
    finally:
        stop_embedded(folder / "pg")
        shutil.rmtree(folder, ignore_errors=True)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "reliability: real tipwh processes, faults and attacks (tests/reliability)"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything here is marked `reliability`: `pytest -m "not reliability"` skips it."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.reliability)
