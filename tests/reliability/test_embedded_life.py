"""The embedded server's life with real processes: stale PID files, kill -9, a dying server,
signals. A PID is signalled only if it is provably our postmaster."""

from __future__ import annotations

import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from etl.warehouse.embedded import (
    has_exited,
    release_embedded,
    running_server,
    start_embedded,
    stop_embedded,
)
from tests.reliability.conftest import (
    CHILD_TIMEOUT_S,
    base_env,
    finish,
    postmaster_pid,
    small_reports,
    spawn,
    tipwh,
    wait_for,
)

SLEEP = "select pg_sleep(30)"


@pytest.fixture(scope="module")
def data_dir() -> Iterator[Path]:
    """One embedded data directory for the module (each test leaves its server stopped):
    initialised and migrated once, which keeps these tests short."""
    folder = Path(tempfile.mkdtemp(prefix="tipwh-life-", dir="/tmp"))
    try:
        yield folder / "pg"
    finally:
        stop_embedded(folder / "pg")
        shutil.rmtree(folder, ignore_errors=True)


def _write_stale_pid_file(data_dir: Path, foreign_pid: int) -> None:
    lines = [
        str(foreign_pid),
        str(data_dir),
        str(int(time.time())),
        "5432",
        str(data_dir),
        "",
        "  1234    5678",
        "ready",
    ]
    (data_dir / "postmaster.pid").write_text("\n".join(lines) + "\n")


def _a_query_is_running(data_dir: Path) -> subprocess.Popen[str]:
    """`tipwh sql` sleeping on the embedded server of `data_dir`, once it is running."""
    proc = spawn("sql", SLEEP, "--timeout", "60", env=base_env(TIPWH_DATA_DIR=str(data_dir)))
    wait_for(lambda: running_server(data_dir) is not None, what="the embedded server")
    pid = postmaster_pid(data_dir)

    def sleeping() -> bool:
        for child in psutil.Process(pid).children():
            try:
                if "tipwh_reader" in " ".join(child.cmdline()):
                    return True
            except psutil.Error:  # a backend that just ended
                continue
        return False

    wait_for(sleeping, what="the reader's query")
    return proc


def test_a_stale_pid_file_naming_a_foreign_process_is_cleared_and_the_process_lives(
    data_dir: Path,
) -> None:
    env = base_env(TIPWH_DATA_DIR=str(data_dir))
    start_embedded(data_dir)  # a data directory of a server that ran and stopped
    release_embedded(data_dir)
    foreign = subprocess.Popen(["sleep", "120"])
    try:
        _write_stale_pid_file(data_dir, foreign.pid)
        stopped = tipwh("db", "stop", env=env)
        assert stopped.code == 0 and "stale postmaster.pid" in stopped.err
        assert f"PID {foreign.pid} is not our server" in stopped.err
        assert foreign.poll() is None and not (data_dir / "postmaster.pid").exists()
        _write_stale_pid_file(data_dir, foreign.pid)
        status = tipwh("status", env=env)
        assert status.code == 0, status.err
        assert "documents (current)" in status.out
        assert foreign.poll() is None and running_server(data_dir) is None
    finally:
        foreign.kill()


def test_after_kill_9_the_orphaned_server_is_stopped_truthfully_or_adopted(
    data_dir: Path,
) -> None:
    env = base_env(TIPWH_DATA_DIR=str(data_dir))
    proc = _a_query_is_running(data_dir)
    orphan = postmaster_pid(data_dir)
    proc.kill()
    proc.wait()
    assert not has_exited(orphan), "kill -9 of tipwh leaves its server running"
    stopped = tipwh("db", "stop", env=env)
    assert (
        stopped.code == 0 and f"stopped the embedded server in {data_dir.resolve()}" in stopped.err
    )
    assert f"(PID {orphan})" in stopped.err and has_exited(orphan)
    again = tipwh("db", "stop", env=env)
    assert again.code == 0 and "no embedded server is running" in again.err

    proc = _a_query_is_running(data_dir)
    orphan = postmaster_pid(data_dir)
    proc.kill()
    proc.wait()
    status = tipwh("status", env=env)  # adopts the orphan, and stops it when done
    assert status.code == 0, status.err
    assert has_exited(orphan) and running_server(data_dir) is None


def test_a_server_killed_under_a_query_is_one_line_and_the_next_command_works(
    data_dir: Path,
) -> None:
    proc = _a_query_is_running(data_dir)
    psutil.Process(postmaster_pid(data_dir)).kill()
    done = finish(proc)
    assert done.code == 1
    assert done.err.count("\n") == 1 and done.err.startswith("error:"), done.err
    assert "pg_ctl" not in done.err and "Traceback" not in done.err
    status = tipwh("status", env=base_env(TIPWH_DATA_DIR=str(data_dir)))
    assert status.code == 0 and "documents (current)" in status.out, status.err


def test_a_server_killed_during_dbt_build_is_one_line(data_dir: Path, tmp_path: Path) -> None:
    reports = small_reports(tmp_path / "reports")
    proc = spawn("build", str(reports), env=base_env(TIPWH_DATA_DIR=str(data_dir)))
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stderr), daemon=True)  # type: ignore[arg-type]
    reader.start()
    dbt_started = lambda: any("running dbt build" in line for line in lines)  # noqa: E731
    wait_for(dbt_started, CHILD_TIMEOUT_S, "dbt build")
    time.sleep(1.0)
    psutil.Process(postmaster_pid(data_dir)).kill()
    proc.wait(timeout=CHILD_TIMEOUT_S)
    reader.join(timeout=10)
    errors = [line for line in lines if "error" in line.lower()]
    assert proc.returncode == 1
    assert len(errors) == 1 and errors[0].startswith("error:"), lines
    assert not any("pg_ctl" in line or "Traceback" in line for line in lines), lines
    assert len(lines) <= 4, lines


def test_ctrl_c_is_told_in_one_line_and_stops_the_server(data_dir: Path) -> None:
    proc = _a_query_is_running(data_dir)
    server = postmaster_pid(data_dir)
    proc.send_signal(signal.SIGINT)
    done = finish(proc)
    assert (
        done.code == 130 and done.err.strip() == "tipwh: interrupted (Ctrl-C); the run was stopped"
    )
    assert has_exited(server)
