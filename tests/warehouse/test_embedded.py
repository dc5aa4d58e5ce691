"""The embedded server stops with the process that started it, SIGTERM included; it starts
in a data directory that a run against DATABASE_URL (or a removed server) left tipwh's own
files in."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from etl.warehouse import Warehouse
from etl.warehouse.connection import reader_password
from etl.warehouse.embedded import (
    CLIENTS_FILE,
    FILE_HASHES,
    running_server,
    start_embedded,
    stop_embedded,
)
from tests.conftest import PROJECT_ROOT


@pytest.mark.skipif(bool(os.environ.get("DATABASE_URL")), reason="uses the embedded server")
def test_sigterm_stops_the_embedded_server(tmp_path: Path) -> None:
    data_dir = Path("/tmp") / f"tipwh-sigterm-{os.getpid()}"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["TIPWH_DATA_DIR"] = str(data_dir)
    proc = subprocess.Popen(
        [sys.executable, "-m", "etl", "sql", "select pg_sleep(30)"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while running_server(data_dir) is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert running_server(data_dir) is not None, "the server never started"
        time.sleep(1.0)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        assert running_server(data_dir) is None
    finally:
        proc.kill()
        subprocess.run(
            [sys.executable, "-m", "etl", "db", "stop"],
            cwd=PROJECT_ROOT,
            env=env,
            capture_output=True,
            check=False,
        )
        subprocess.run(["rm", "-rf", str(data_dir)], check=False)


@pytest.mark.skipif(bool(os.environ.get("DATABASE_URL")), reason="uses the embedded server")
def test_a_data_dir_holding_what_a_database_url_run_wrote_is_initialised_and_starts() -> None:
    data_dir = Path("/tmp") / f"tipwh-leftovers-{os.getpid()}"
    # what a run against DATABASE_URL writes in the default data directory
    outside = Warehouse(url="postgresql://tipwh@127.0.0.1:9/tipwh", secrets_dir=data_dir)
    pgpass = outside.reader_pgpass()
    password = outside.reader_password()
    (data_dir / FILE_HASHES).write_text("{}")
    # and the clients' record of a server whose files were removed since
    (data_dir / CLIENTS_FILE).write_text("[]")
    assert pgpass.exists()
    try:
        start_embedded(data_dir)
        assert (data_dir / "PG_VERSION").exists()
        assert running_server(data_dir) is not None
        assert reader_password(data_dir) == password  # the reader's password is kept
        assert not (data_dir / FILE_HASHES).exists()  # the cache of another server is not
    finally:
        stop_embedded(data_dir)
        shutil.rmtree(data_dir, ignore_errors=True)
