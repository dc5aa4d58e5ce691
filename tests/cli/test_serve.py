"""`tipwh db serve` and `tipwh db credentials`: the embedded warehouse reached over TCP on
127.0.0.1 by a real client, as the read-only role, with its password; nothing else open."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import make_conninfo

from etl.warehouse.embedded import read_secrets, running_server, stop_embedded
from etl.warehouse.secrets import SECRETS_FILE
from tests.cli.conftest import Outcome
from tests.conftest import BUNDLED_REPORTS, PROJECT_ROOT

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason="serves the embedded server"
)


INSERT = "insert into marts.country_year (country_iso3, year) values ('XXX', 1900)"
CREATE = "create table marts.intruder (x int)"


def _env(data_dir: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "TIPWH_DATA_DIR", "TIPWH_READER_PASSWORD")
    }
    env.update(COLUMNS="200", PYTHONUNBUFFERED="1", TIPWH_DATA_DIR=str(data_dir))
    return env


def _tipwh(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "etl", *args],
        cwd=PROJECT_ROOT,
        env=_env(data_dir),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def _unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _accepts(host: str, port: int, family: socket.AddressFamily = socket.AF_INET) -> bool:
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.settimeout(2)
        try:
            probe.connect((host, port))
        except OSError:
            return False
    return True


def _wait(condition: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


@pytest.fixture(scope="module")
def built_data_dir() -> Iterator[Path]:
    """A short data directory in which `tipwh build` loaded the bundled reports."""
    folder = Path(tempfile.mkdtemp(prefix="tipwh-serve-", dir="/tmp"))
    data_dir = folder / "pg"
    try:
        done = _tipwh("build", str(BUNDLED_REPORTS), data_dir=data_dir)
        assert done.returncode == 0, done.stderr
        assert running_server(data_dir) is None  # the build stopped its server
        yield data_dir
    finally:
        stop_embedded(data_dir)
        shutil.rmtree(folder, ignore_errors=True)


def test_serve_reaches_the_marts_over_tcp_as_the_reader_only(built_data_dir: Path) -> None:
    port = _unused_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "etl", "db", "serve", "--port", str(port)],
        cwd=PROJECT_ROOT,
        env=_env(built_data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait(lambda: _accepts("127.0.0.1", port) or proc.poll() is not None, "the TCP port")
        assert proc.poll() is None, proc.communicate()
        shown = _tipwh("db", "credentials", "--json", data_dir=built_data_dir)
        assert shown.returncode == 0, shown.stderr
        given = json.loads(shown.stdout)
        assert given["host"] == "127.0.0.1" and given["port"] == port
        assert given["user"] == "tipwh_reader" and given["database"] == "postgres"
        assert given["jdbc_url"] == f"jdbc:postgresql://127.0.0.1:{port}/postgres?user=tipwh_reader"
        assert given["password"] == read_secrets(built_data_dir)["tipwh_reader"]
        assert (built_data_dir / SECRETS_FILE).stat().st_mode & 0o077 == 0

        reader = make_conninfo(
            host="127.0.0.1", port=port, dbname="postgres", user="tipwh_reader", connect_timeout=10
        )
        with psycopg.connect(given["url"], autocommit=True) as conn:
            rows = conn.execute(
                "select country_iso3, year, count(*) over () from marts.country_year"
            ).fetchall()
            assert rows and all(country and year for country, year, _ in rows)
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("select count(*) from staging.documents")
            with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
                conn.execute(INSERT)
            with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
                conn.execute(CREATE)
            # a read-write transaction asked for: the privileges refuse it still
            for statement in (INSERT, CREATE):
                with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
                    conn.execute("set transaction read write")
                    conn.execute(statement)
            assert conn.execute("select current_user").fetchone() == ("tipwh_reader",)
        with psycopg.connect(reader, password=given["password"]) as conn:
            after = conn.execute("select count(*) from marts.country_year").fetchone()
            assert after == (len(rows),)  # the INSERT left nothing
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            psycopg.connect(reader, password=given["password"] + "x")

        loader = make_conninfo(
            reader, user="postgres", password=read_secrets(built_data_dir)["postgres"]
        )
        with psycopg.connect(loader) as conn:
            assert conn.execute("show listen_addresses").fetchone() == ("127.0.0.1",)
            rules = conn.execute(
                "select type, address, auth_method, user_name from pg_hba_file_rules"
            ).fetchall()
        host_rules = [r for r in rules if r[0] != "local"]
        assert host_rules == [("host", "127.0.0.1", "scram-sha-256", ["postgres", "tipwh_reader"])]
        assert all(rule[2] == "scram-sha-256" for rule in rules)
        assert not _accepts("127.0.0.2", port)  # another loopback address: nothing there
        assert not _accepts("::1", port, socket.AF_INET6)

        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert err.strip().splitlines() == [
        f"tipwh db serve: SIGTERM received; no longer serving on 127.0.0.1:{port}"
    ]
    assert f"jdbc:postgresql://127.0.0.1:{port}/postgres?user=tipwh_reader" in out
    assert f"psql 'postgresql://tipwh_reader@127.0.0.1:{port}/postgres'" in out
    assert "PGPASSFILE=" in out
    assert given["password"] not in out + err
    assert not _accepts("127.0.0.1", port)
    assert running_server(built_data_dir) is None


def test_serve_on_a_taken_port_says_so(built_data_dir: Path) -> None:
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        port = squatter.getsockname()[1]
        done = _tipwh("db", "serve", "--port", str(port), data_dir=built_data_dir)
    assert done.returncode == 1
    assert f"port {port} on 127.0.0.1 is taken by another program" in done.stderr
    assert "--port" in done.stderr
    assert running_server(built_data_dir) is None


def test_serve_with_database_url_prints_the_readers_details(
    empty_database: object,
    tipwh: Callable[..., Outcome],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("TIPWH_READER_PASSWORD", "compose-given-pw-1")  # docker-compose's name
    monkeypatch.setenv("TIPWH_DATA_DIR", str(tmp_path / "data"))  # its pgpass file goes there
    served = tipwh("db", "serve")
    assert served.code == 0, served.err
    assert "DATABASE_URL is set: that server is yours to expose" in served.out
    assert "user tipwh_reader" in served.out and "psql" in served.out
    assert "compose-given-pw-1" not in served.out + served.err

    shown = tipwh("db", "credentials", "--json")
    assert shown.code == 0, shown.err
    given = json.loads(shown.out)
    assert given["password"] == "compose-given-pw-1" and given["user"] == "tipwh_reader"
    with psycopg.connect(given["url"], connect_timeout=10) as conn:
        assert conn.execute("select current_user").fetchone() == ("tipwh_reader",)
