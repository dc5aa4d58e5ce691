"""Run `dbt build` in-process, and skip it when neither the data nor the models changed."""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from etl.load.runs import start_transform_run
from etl.transform.plan import (
    COUNTRIES_MARKER,
    DOCUMENTS_MARKER,
    PlanError,
    compile_plan,
    run_plan,
    store_plan,
    stored_plan,
)
from etl.warehouse import DatabaseUnavailable, Warehouse
from etl.warehouse.locks import DBT_BUILD, lock_session

DBT_PROJECT_DIR = Path(__file__).resolve().parents[2] / "dbt_project"
DBT_INPUT_DIRS = ("models", "macros", "seeds", "tests")
DBT_INPUT_FILES = ("dbt_project.yml", "profiles.yml")
# the countries a build rebuilds and their documents, read by macros/build_scope.sql
BUILD_COUNTRIES_VARIABLE = "TIPWH_BUILD_COUNTRIES"
BUILD_DOCUMENTS_VARIABLE = "TIPWH_BUILD_DOCUMENTS"
SCOPE_VARIABLES = (BUILD_COUNTRIES_VARIABLE, BUILD_DOCUMENTS_VARIABLE)
# a build of some countries: the models built by country and their data tests
_SCOPED_SELECTION = ["--select", "config.materialized:incremental"]

log = logging.getLogger(__name__)


class TransformError(RuntimeError):
    """dbt could not build the models or one of its tests failed."""


@dataclass
class TransformResult:
    skipped: bool
    seconds: float
    passed: int = 0
    warned: int = 0
    failures: list[str] = field(default_factory=list)
    node_seconds: dict[str, float] = field(default_factory=dict)
    # the countries rebuilt (their documents changed); None: a full build of every country
    countries: list[str] | None = None
    # built by the stored plan of the project (etl/transform/plan.py), not by dbt
    by_plan: bool = False
    # the manifest dbt parsed for the build (the plan is compiled on it)
    manifest: Any = field(default=None, repr=False)

    @property
    def runner(self) -> str:
        """What built the models."""
        return "the stored build plan" if self.by_plan else "dbt build"

    def slowest(self, n: int = 3) -> list[tuple[str, float]]:
        """The `n` nodes that took longest, slowest first."""
        return sorted(self.node_seconds.items(), key=lambda kv: -kv[1])[:n]


# (nodes finished, nodes in all, the node just finished); the first call has done = 0
ProgressCallback = Callable[[int, int, str], None]


def project_fingerprint(project_dir: Path = DBT_PROJECT_DIR) -> str:
    """A hash of every file dbt reads from the project (32 hex digits)."""
    digest = hashlib.sha256()
    files = [project_dir / name for name in DBT_INPUT_FILES]
    for folder in DBT_INPUT_DIRS:
        files += sorted(p for p in (project_dir / folder).rglob("*") if p.is_file())
    for path in files:
        if path.exists():
            digest.update(str(path.relative_to(project_dir)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def transform(
    warehouse: Warehouse,
    *,
    force: bool = False,
    on_wait: Callable[[], None] | None = None,
    on_start: Callable[[str], None] | None = None,
    on_progress: ProgressCallback | None = None,
    project_dir: Path = DBT_PROJECT_DIR,
) -> TransformResult:
    """Build the models unless the last successful build had the same inputs; `on_start` is
    told what builds them ("dbt build" or "the stored build plan") as it starts,
    `on_progress` of each node as it finishes.

    The build rebuilds only the countries whose documents changed since the last successful
    build (`changed_countries`), by the stored plan of this dbt project when there is one
    (etl/transform/plan.py), else by dbt; `force`, a changed dbt project, a last build that
    did not succeed and the first build rebuild every country with dbt (--full-refresh).

    One build at a time per database: a second one waits (`on_wait` is told), then looks
    again whether the first one already built the same inputs."""
    started = time.perf_counter()
    project = project_fingerprint(project_dir)
    with warehouse.connect(autocommit=True) as conn:
        lock_session(conn, DBT_BUILD, 0, on_wait=on_wait)
        fingerprint = _inputs_fingerprint(conn, project)
        if not force and _last_build_matches(conn, fingerprint):
            return TransformResult(skipped=True, seconds=time.perf_counter() - started)
        countries = None if force else changed_countries(conn, project)
        build_id = start_transform_run(conn, fingerprint, countries)
        scope = _build_scope(conn, countries)
        try:
            result = _run_stored_plan(conn, project, scope, on_start, on_progress)
            if result is None:
                if on_start:
                    on_start("dbt build")
                result = _dbt_build(warehouse, project_dir, on_progress, scope)
                if not result.failures:
                    _compile_plan_once(conn, project, project_dir, result)
        except BaseException as exc:
            status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
            with suppress(psycopg.Error):  # the server itself may be gone
                _finish(conn, build_id, status, str(exc)[:2000], "dbt")
            raise
        result.seconds = time.perf_counter() - started
        result.countries = countries
        runner = "plan" if result.by_plan else "dbt"
        if result.failures:
            _require_server(warehouse)
            _finish(conn, build_id, "failed", "; ".join(result.failures)[:2000], runner)
            raise TransformError(f"{result.runner} failed: " + "; ".join(result.failures))
        _finish(conn, build_id, "succeeded", None, runner)
    return result


def _run_stored_plan(
    conn: psycopg.Connection,
    project: str,
    scope: BuildScope | None,
    on_start: Callable[[str], None] | None,
    on_progress: ProgressCallback | None,
) -> TransformResult | None:
    """The build of `scope`'s countries by the stored plan of this project, or None when
    dbt must build: a full build, no plan, or a plan whose SQL failed (rolled back)."""
    if scope is None:
        return None
    nodes = stored_plan(conn, project)
    if nodes is None:
        return None
    if on_start:
        on_start("the stored build plan")
    try:
        outcome = run_plan(conn, nodes, scope.countries, scope.documents, on_progress)
    except PlanError as exc:
        log.warning("%s; dbt builds instead (and a new plan is compiled)", exc)
        conn.execute("delete from staging.build_plans")
        return None
    return TransformResult(
        skipped=False,
        seconds=0.0,
        passed=outcome.passed,
        warned=outcome.warned,
        failures=outcome.failures,
        node_seconds=outcome.node_seconds,
        by_plan=True,
    )


def _compile_plan_once(
    conn: psycopg.Connection, project: str, project_dir: Path, result: TransformResult
) -> None:
    """After a successful dbt build, store the plan of this project unless one is stored
    (compiled on the manifest the build parsed). A plan that cannot be compiled is only
    logged: builds of some countries then go on running dbt."""
    if result.manifest is None or stored_plan(conn, project) is not None:
        return
    markers = {
        BUILD_COUNTRIES_VARIABLE: COUNTRIES_MARKER,
        BUILD_DOCUMENTS_VARIABLE: DOCUMENTS_MARKER,
    }
    try:
        with _scope_in_environment(markers):
            nodes = compile_plan(result.manifest, _project_args(project_dir), _SCOPED_SELECTION)
        store_plan(conn, project, nodes)
    except (PlanError, psycopg.Error) as exc:
        log.warning("the build plan was not stored: %s", exc)


@contextmanager
def _scope_in_environment(values: dict[str, str]) -> Iterator[None]:
    """The scope variables set to `values` (none set: a full build) while dbt runs, and
    removed afterwards, whatever was set outside."""
    for name in SCOPE_VARIABLES:
        os.environ.pop(name, None)
    os.environ.update(values)
    try:
        yield
    finally:
        for name in SCOPE_VARIABLES:
            os.environ.pop(name, None)


def _require_server(warehouse: Warehouse) -> None:
    """Raise DatabaseUnavailable in one line when dbt failed because the server went away."""
    try:
        warehouse.connect().close()
    except DatabaseUnavailable as exc:
        raise DatabaseUnavailable(
            f"the warehouse's PostgreSQL went away during dbt build ({exc})"
        ) from exc


def _inputs_fingerprint(conn: psycopg.Connection, project: str) -> str:
    row = conn.execute(
        "select coalesce(md5(string_agg(document_id || ':' || extractor_version || ':'"
        " || (superseded_at is null)::text, ',' order by document_id)), '')"
        " from staging.documents"
    ).fetchone()
    data = row[0] if row else ""
    return f"{project}:{data}"


def changed_countries(conn: psycopg.Connection, project: str | None = None) -> list[str] | None:
    """The countries whose current documents differ from those the last build read, or None
    when every country must be rebuilt: no build yet, the last one did not succeed (its
    tables may be half built) or it was built by another version of the dbt project.

    A document added, superseded, reinstated or rewritten in place (a newer extractor: a new
    `loaded_at`) changes its row in the current documents with a country and report year; the
    last build's `int_documents_ranked` holds those rows as that build read them. The
    countries of the rows found on one side only (both countries of a document whose
    country changed) are the ones to rebuild."""
    last = conn.execute(
        # the latest build of any status: one still 'running' died (this process holds
        # the build lock), so its tables may be half built
        "select status, fingerprint from staging.transform_runs order by transform_id desc limit 1"
    ).fetchone()
    if last is None or last[0] != "succeeded":
        return None
    if last[1].split(":")[0] != (project or project_fingerprint()):
        return None
    built = conn.execute(
        "select to_regclass('intermediate.int_documents_ranked') is not null"
        " and to_regclass('marts.country_year') is not null"
    ).fetchone()
    if not (built and built[0]):
        return None
    rows = conn.execute(
        "with current_documents as ("
        " select document_id, country_iso3::text, report_year::integer, country_name, tier,"
        " source_path, loaded_at from staging.documents"
        " where superseded_at is null and country_iso3 is not null and report_year is not null),"
        " built_documents as ("
        " select document_id, country_iso3, report_year, country_name, tier, source_path,"
        " loaded_at from intermediate.int_documents_ranked),"
        " changed as ((table current_documents except all table built_documents)"
        " union all (table built_documents except all table current_documents))"
        " select distinct country_iso3 from changed order by 1"
    ).fetchall()
    return [row[0] for row in rows]


def _last_build_matches(conn: psycopg.Connection, fingerprint: str) -> bool:
    last = conn.execute(
        "select fingerprint from staging.transform_runs where status = 'succeeded'"
        " order by transform_id desc limit 1"
    ).fetchone()
    marts = conn.execute("select to_regclass('marts.country_year') is not null").fetchone()
    return bool(marts and marts[0] and last and last[0] == fingerprint)


def _finish(
    conn: psycopg.Connection, build_id: int, status: str, message: str | None, runner: str
) -> None:
    conn.execute(
        "update staging.transform_runs set finished_at = now(), status = %s, message = %s,"
        " runner = %s where transform_id = %s",
        (status, message, runner, build_id),
    )


@dataclass(frozen=True)
class BuildScope:
    """The countries a build rebuilds and their documents' ids (superseded ones too)."""

    countries: list[str]
    documents: list[int]

    def environment(self) -> dict[str, str]:
        """What tells the dbt project (macros/build_scope.sql) the scope."""
        return {
            BUILD_COUNTRIES_VARIABLE: ",".join(self.countries),
            BUILD_DOCUMENTS_VARIABLE: ",".join(str(d) for d in self.documents),
        }


def _build_scope(conn: psycopg.Connection, countries: list[str] | None) -> BuildScope | None:
    """The scope of a build of `countries`; None for a full build."""
    if countries is None:
        return None
    rows = conn.execute(
        "select document_id from staging.documents where country_iso3 = any(%s)"
        " order by document_id",
        (countries,),
    ).fetchall()
    return BuildScope(countries, [int(row[0]) for row in rows])


def _dbt_build(
    warehouse: Warehouse,
    project_dir: Path,
    on_progress: ProgressCallback | None,
    scope: BuildScope | None,
) -> TransformResult:
    """`dbt build` of every node (no `scope`), or of the models built by country and their
    tests, for the countries and documents `scope` names. The project is parsed first, and
    the build runs on that manifest (kept in the result for the plan)."""
    os.environ.update(warehouse.dbt_env)
    os.environ["DBT_SEND_ANONYMOUS_USAGE_STATS"] = "false"
    from dbt.cli.main import dbtRunner  # imported late: importing dbt costs seconds

    # unit tests check the models' SQL, not the data: the test suite runs them
    # (unit_tests below), a build does not pay for them every time
    args = [
        "build",
        *_project_args(project_dir),
        "--exclude-resource-type",
        "unit_test",
        *_scope_args(scope),
    ]
    callbacks = [_progress_listener(on_progress)] if on_progress else []
    with _scope_in_environment(scope.environment() if scope else {}):
        parsed = dbtRunner().invoke(["parse", *_project_args(project_dir)])
        if parsed.exception is not None or parsed.result is None:
            _require_server(warehouse)
            raise TransformError(f"dbt could not parse the project: {parsed.exception}")
        runner = dbtRunner(manifest=parsed.result, callbacks=callbacks)  # type: ignore[arg-type]
        result = _results(warehouse, runner.invoke(args))
        result.manifest = parsed.result
        return result


def _scope_args(scope: BuildScope | None) -> list[str]:
    """A full build rebuilds every node from scratch. A build of some countries runs only the
    models built by country and their data tests (limited to those countries by the
    project's `get_where_subquery`): the staging views, the seeds and the constant
    `dim_tier` are what the last build made of the same project, and the data tests of the
    staging views and the singular test reading only them run on full builds."""
    return ["--full-refresh"] if scope is None else _SCOPED_SELECTION


def unit_tests(warehouse: Warehouse) -> TransformResult:
    """Run the dbt project's unit tests (on a warehouse whose models are built)."""
    os.environ.update(warehouse.dbt_env)
    from dbt.cli.main import dbtRunner

    started = time.perf_counter()
    args = ["test", *_project_args(DBT_PROJECT_DIR), "--select", "test_type:unit"]
    result = _results(warehouse, dbtRunner().invoke(args))
    result.seconds = time.perf_counter() - started
    return result


def _project_args(project_dir: Path) -> list[str]:
    return [
        "--project-dir",
        str(project_dir),
        "--profiles-dir",
        str(DBT_PROJECT_DIR),
        "--log-level",
        "none",  # tipwh tells the outcome once; dbt's own log is in dbt_project/logs
    ]


def _results(warehouse: Warehouse, outcome: Any) -> TransformResult:
    """What a dbt invocation did, node by node."""
    if outcome.exception is not None:
        _require_server(warehouse)
        lines = str(outcome.exception).strip().splitlines() or [type(outcome.exception).__name__]
        raise TransformError(f"dbt could not run: {lines[0]}")
    result = TransformResult(skipped=False, seconds=0.0)
    for node in getattr(outcome.result, "results", []) or []:
        result.node_seconds[node.node.name] = float(node.execution_time or 0.0)
        status = str(node.status)
        if status in ("error", "fail", "runtime error"):
            result.failures.append(f"{node.node.name}: {node.message or status}")
        elif status == "warn":
            result.warned += 1
        else:
            result.passed += 1
    return result


def _progress_listener(on_progress: ProgressCallback) -> Callable[[Any], None]:
    """A dbt event callback that reports the node count, then each node as it finishes
    (dbt's threads finish nodes concurrently: one at a time is counted and told)."""
    state = {"total": 0, "done": 0}
    lock = threading.Lock()

    def listen(event: Any) -> None:
        name = event.info.name
        if name == "ConcurrencyLine":
            state["total"] = int(event.data.node_count)
            on_progress(0, state["total"], "")
        elif name == "NodeFinished":
            with lock:
                state["done"] += 1
                on_progress(state["done"], state["total"], event.data.node_info.node_name)

    return listen
