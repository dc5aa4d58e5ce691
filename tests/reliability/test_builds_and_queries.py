"""Builds and queries with real processes: two concurrent builds, a build killed at a random
point then rerun, `tipwh sql` as an attacker would use it, and no password in any output."""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from etl.warehouse import Warehouse
from tests.cli.conftest import run_cli
from tests.conftest import new_database, table_counts
from tests.reliability.conftest import (
    CHILD_TIMEOUT_S,
    base_env,
    finish,
    small_reports,
    spawn,
    tipwh,
    wait_for,
)

ATTACKS = {
    "commit then drop": "COMMIT; DROP TABLE marts.dim_tier",
    "rollback then drop": "ROLLBACK; DROP TABLE marts.dim_tier",
    "read write then drop": "SET TRANSACTION READ WRITE; DROP TABLE marts.dim_tier",
    "drop in a comment trick": "select 1 /* ; */; drop table marts.dim_tier",
    "drop alone": "DROP TABLE marts.dim_tier",
    "delete": "delete from marts.dim_tier",
    "copy to program": "copy (select 1) to program 'id'",
    "read a server file": "select pg_read_file('/etc/passwd')",
    "list the server's files": "select pg_ls_dir('.')",
    "kill a backend": "select pg_terminate_backend(pid) from pg_stat_activity",
    "read staging": "select count(*) from staging.documents",
    "read stg": "select count(*) from stg.stg_documents",
    "read intermediate": "select count(*) from intermediate.int_documents_ranked",
    "become the loader": "select set_config('role', 'postgres', false)",
    "select into": "select * into public.stolen from marts.dim_tier",
    "data-modifying cte": "with d as (delete from marts.dim_tier returning *) select * from d",
    "lock rows": "select * from marts.dim_tier for update",
    "create a function": "create function public.f() returns int language sql as 'select 1'",
    "a do block": "do $$ begin execute 'drop table marts.dim_tier'; end $$",
    "sleep past the timeout": "select pg_sleep(5)",
}


SEED = int(os.environ.get("TIPWH_FAULT_SEED", time.time_ns() % 10_000))
MART_TABLES = [
    "marts.country_year",
    "marts.fct_victims",
    "marts.fct_law_enforcement",
    "marts.fct_funding",
    "marts.fct_fact_statements",
    "marts.dim_report",
]
build_output: list[str] = []


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_reports(tmp_path_factory.mktemp("builds") / "reports")


@pytest.fixture(scope="module")
def marts(server_url: str, reports: Path) -> Iterator[Warehouse]:
    """A database built twice by two concurrent `tipwh build` processes."""
    with new_database(server_url) as wh:
        env = base_env(DATABASE_URL=wh.url)
        builds = [spawn("build", str(reports), env=env) for _ in range(2)]
        outcomes = [finish(b) for b in builds]
        for outcome in outcomes:
            assert outcome.code == 0, outcome.err
            build_output.extend((outcome.out, outcome.err))
        errors = "".join(o.err for o in outcomes)
        assert "already exists" not in errors
        assert "waiting for another dbt build" in errors or "skipped" in errors
        yield wh


def _country_year(wh: Warehouse) -> list[tuple[object, ...]]:
    with wh.connect() as conn:
        return conn.execute("select * from marts.country_year order by 1, 2").fetchall()


def test_a_build_killed_at_a_random_point_then_rerun_equals_a_clean_build(
    marts: Warehouse, server_url: str, reports: Path
) -> None:
    delay = random.Random(SEED).uniform(0.0, 6.0)
    with new_database(server_url) as wh:
        env = base_env(DATABASE_URL=wh.url)
        assert tipwh("ingest", str(reports), env=env).code == 0
        proc = spawn("transform", env=env)
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(proc.stderr), daemon=True)  # type: ignore[arg-type]
        reader.start()
        wait_for(lambda: any("running dbt build" in line for line in lines), CHILD_TIMEOUT_S, "dbt")
        time.sleep(delay)
        proc.kill()
        proc.wait()
        rerun = tipwh("transform", env=env)
        assert rerun.code == 0, f"seed {SEED}, killed {delay:.2f} s in: {rerun.err}"
        assert _country_year(wh) == _country_year(marts), f"seed {SEED}"
        assert table_counts(wh, MART_TABLES) == table_counts(marts, MART_TABLES)
        with wh.connect() as conn:
            runs = conn.execute(
                "select status from staging.transform_runs order by transform_id"
            ).fetchall()
    assert runs[-1] == ("succeeded",) and ("running",) not in runs, f"seed {SEED}: {runs}"


def test_no_password_in_the_output_of_builds_errors_and_debug(
    marts: Warehouse, monkeypatch: pytest.MonkeyPatch
) -> None:
    password = urlsplit(marts.url).password
    assert password and len(password) >= 24
    shown = list(build_output)
    assert any(f"warehouse: {marts.display_url}" in text for text in shown)
    monkeypatch.setenv("DATABASE_URL", marts.url)
    for args in (("db", "url"), ("--debug", "sql", "select 1/0"), ("-v", "--debug", "status")):
        outcome = run_cli(*args)
        shown += [outcome.out, outcome.err]
    assert "***" in shown[-6] and "division by zero" in shown[-3]
    for bad in (
        marts.url.replace("postgresql://", "mysql://"),
        f"postgresql://postgres:{password}@127.0.0.1:1/tipwh",
        marts.url.replace("postgres:", "nobody:", 1),
    ):
        monkeypatch.setenv("DATABASE_URL", bad)
        outcome = run_cli("--debug", "status")
        assert outcome.code == 1 and "error:" in outcome.err
        shown += [outcome.out, outcome.err]
    assert "not a PostgreSQL URL" in shown[-5] and "***" in shown[-5]
    assert not [text for text in shown if password in text]


def _dim_tier_rows(wh: Warehouse) -> int:
    with wh.connect() as conn:
        return conn.execute("select count(*) from marts.dim_tier").fetchone()[0]


def test_concurrent_builds_both_succeed_and_the_marts_are_whole(marts: Warehouse) -> None:
    with marts.connect() as conn:
        rows = conn.execute("select count(*) from marts.country_year").fetchone()[0]
        builds = conn.execute(
            "select status, count(*) from staging.transform_runs group by 1"
        ).fetchall()
    assert rows >= 7 and _dim_tier_rows(marts) == 5
    assert dict(builds) == {"succeeded": 1}


def _assert_refused(marts: Warehouse, code: int, out: str, err: str) -> None:
    assert code == 1, out
    assert err.startswith("error:") and len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    assert _dim_tier_rows(marts) == 5
    with marts.connect() as conn:
        assert conn.execute("select to_regclass('public.stolen')").fetchone()[0] is None
        assert conn.execute("select to_regproc('public.f')").fetchone()[0] is None


@pytest.mark.parametrize("statement", list(ATTACKS.values()), ids=list(ATTACKS))
def test_an_attack_through_tipwh_sql_is_refused(
    marts: Warehouse, statement: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", marts.url)
    with marts.connect() as loader:  # a loader's session, as a running ingest holds
        loader.execute("select 1")
        outcome = run_cli("sql", statement, "--timeout", "1")
        _assert_refused(marts, outcome.code, outcome.out, outcome.err)
        assert loader.execute("select 1").fetchone() == (1,)  # not terminated


def test_the_reported_attacks_are_refused_in_real_processes(marts: Warehouse) -> None:
    env = base_env(DATABASE_URL=marts.url)
    reported = ("commit then drop", "copy to program", "kill a backend", "read a server file")
    running = [spawn("sql", ATTACKS[name], "--timeout", "5", env=env) for name in reported]
    for proc in running:
        done = finish(proc)
        _assert_refused(marts, done.code, done.out, done.err)


def test_a_query_of_the_marts_runs_with_a_row_limit(marts: Warehouse) -> None:
    env = base_env(DATABASE_URL=marts.url)
    outcome = tipwh("sql", "select tier from marts.dim_tier order by 1", "--csv", env=env)
    assert outcome.code == 0, outcome.err
    assert outcome.out.splitlines()[0] == "tier" and len(outcome.out.splitlines()) == 6
    limited = tipwh("sql", "table marts.dim_tier", "--csv", "--limit", "2", env=env)
    assert limited.code == 0 and len(limited.out.splitlines()) == 3
    assert "first 2 rows" in limited.err


def test_the_reader_holds_no_power_and_only_the_marts(marts: Warehouse) -> None:
    with marts.connect() as conn:
        role = conn.execute(
            "select rolsuper, rolcreaterole, rolcreatedb, array_to_string(rolconfig, ',')"
            " from pg_roles where rolname = 'tipwh_reader'"
        ).fetchone()
        powers = conn.execute(
            "select count(*) from pg_auth_members m join pg_roles u on u.oid = m.member"
            " where u.rolname = 'tipwh_reader'"
        ).fetchone()[0]
        readable = conn.execute(
            "select table_schema, count(*) from information_schema.role_table_grants"
            " where grantee = 'tipwh_reader' and privilege_type = 'SELECT' group by 1"
        ).fetchall()
        usage = {
            schema: conn.execute(
                "select has_schema_privilege('tipwh_reader', %s, 'USAGE')", (schema,)
            ).fetchone()[0]
            for schema in ("marts", "staging", "stg", "intermediate")
        }
    assert role[:3] == (False, False, False) and "statement_timeout" in role[3]
    assert powers == 0
    assert dict(readable).keys() == {"marts"} and dict(readable)["marts"] >= 10
    assert usage == {"marts": True, "staging": False, "stg": False, "intermediate": False}


def test_the_reader_password_is_kept_owner_only_and_never_printed(
    marts: Warehouse, tmp_path: Path
) -> None:
    env = base_env(DATABASE_URL=marts.url, TIPWH_DATA_DIR=str(tmp_path / "pg"))
    outcome = tipwh("sql", "select current_user as who", "--csv", env=env)
    assert outcome.code == 0, outcome.err
    assert outcome.out.splitlines() == ["who", "tipwh_reader"]
    secrets = tmp_path / "pg" / "tipwh-secrets.json"
    assert secrets.stat().st_mode & 0o777 == 0o600
    password = secrets.read_text().split('"tipwh_reader": "')[1].split('"')[0]
    assert len(password) >= 24 and password not in outcome.out + outcome.err
