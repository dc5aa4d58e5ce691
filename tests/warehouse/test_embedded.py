"""The embedded server stops with the process that started it, SIGTERM included."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from etl.warehouse.embedded import running_server
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
