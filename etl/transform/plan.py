"""A build of some countries without starting dbt: the SQL dbt compiled for it, kept and run.

A build of a few countries (run_dbt.py's `changed_countries`) runs the same SQL whichever
countries they are, but for two array literals: the countries' codes and their documents'
ids (macros/build_scope.sql). After a successful dbt build, dbt compiles the models built by
country and their data tests once with markers in those literals; the plan (each node's SQL
in dependency order) is stored in `staging.build_plans` under the dbt project's
fingerprint. A later build of some countries of the same project runs the plan in one
transaction: each model's new rows into a temporary table, the countries' old rows deleted
and the new ones inserted (as the `by_country` strategy does), then every test, judged as
dbt judges it. A failing test rolls the whole build back, so the marts stay those of the
last build. Starting dbt costs seconds of imports and parsing; the plan's SQL takes less.
"""

from __future__ import annotations

import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb

# what the scope variables hold while the plan is compiled; rendered into array literals
COUNTRIES_MARKER = "@countries@"
DOCUMENTS_MARKER = "@documents@"
_ISO3 = re.compile(r"[A-Z]{3}")


class PlanError(RuntimeError):
    """The stored plan could not run (its SQL failed): dbt builds instead."""


@dataclass(frozen=True)
class PlanNode:
    """One node of a plan: a model whose countries' rows are replaced, or a data test."""

    name: str
    kind: str  # "model" or "test"
    sql: str
    relation: str = ""  # a model's table, schema-qualified and quoted
    severity: str = "error"  # a test's: "error" or "warn"
    fail_calc: str = "count(*)"
    warn_if: str = "!= 0"
    error_if: str = "!= 0"


@dataclass
class PlanOutcome:
    """What running a plan did: seconds per node, tests passed, warned and failed."""

    node_seconds: dict[str, float]
    passed: int
    warned: int
    failures: list[str]


# (nodes finished, nodes in all, the node just finished), as run_dbt's progress
ProgressCallback = Callable[[int, int, str], None]


def compile_plan(manifest: Any, project_args: list[str], select: list[str]) -> list[PlanNode]:
    """The plan of a build of some countries: `dbt compile` of the nodes `select` picks,
    with the scope variables set to the markers, on a parsed `manifest` (no second parse).
    Compiled into a temporary target path: the build's own artifacts stay as they are."""
    from dbt.cli.main import dbtRunner

    with tempfile.TemporaryDirectory(prefix="tipwh-plan-") as target:
        # one thread: rendering is Python, threads only wait on each other (1.2 s instead of
        # 1.9 s here), and the nodes come in one order; the artifacts are thrown away unwritten
        outcome = dbtRunner(manifest=manifest).invoke(
            ["compile", *project_args, *select, "--target-path", target]
            + ["--threads", "1", "--no-write-json"]
        )
    if not outcome.success or outcome.result is None:
        raise PlanError(f"dbt could not compile the plan: {outcome.exception}")
    compiled = [r.node for r in getattr(outcome.result, "results", [])]
    return [_plan_node(node) for node in _in_dependency_order(compiled)]


def _in_dependency_order(nodes: list[Any]) -> list[Any]:
    """The nodes with each after the selected nodes it depends on, else in the given order."""
    selected = {node.unique_id for node in nodes}
    placed: set[str] = set()
    ordered: list[Any] = []
    pending = [n for n in nodes if str(n.resource_type) in ("model", "test")]
    while pending:
        ready = [
            n for n in pending if all(d in placed or d not in selected for d in n.depends_on.nodes)
        ]
        if not ready:
            raise PlanError("the compiled nodes depend on each other in a cycle")
        for node in ready:
            ordered.append(node)
            placed.add(node.unique_id)
        pending = [n for n in pending if n.unique_id not in placed]
    return ordered


def _plan_node(node: Any) -> PlanNode:
    if str(node.resource_type) == "model":
        relation = sql.Identifier(node.schema, node.alias).as_string(None)
        return PlanNode(node.name, "model", node.compiled_code, relation=relation)
    config = node.config
    return PlanNode(
        node.name,
        "test",
        node.compiled_code,
        severity=str(config.severity).lower(),
        fail_calc=config.fail_calc,
        warn_if=config.warn_if,
        error_if=config.error_if,
    )


def store_plan(conn: psycopg.Connection, project: str, nodes: list[PlanNode]) -> None:
    """Keep `nodes` as the plan of dbt project version `project` (the only plan kept)."""
    with conn.transaction():
        conn.execute("delete from staging.build_plans")
        conn.execute(
            "insert into staging.build_plans (project_fingerprint, nodes) values (%s, %s)",
            (project, Jsonb([asdict(node) for node in nodes])),
        )


def stored_plan(conn: psycopg.Connection, project: str) -> list[PlanNode] | None:
    """The plan of dbt project version `project`, if one is stored."""
    row = conn.execute(
        "select nodes from staging.build_plans where project_fingerprint = %s", (project,)
    ).fetchone()
    return None if row is None else [PlanNode(**node) for node in row[0]]


def run_plan(
    conn: psycopg.Connection,
    nodes: list[PlanNode],
    countries: list[str],
    documents: list[int],
    on_progress: ProgressCallback | None = None,
) -> PlanOutcome:
    """Rebuild the rows of `countries` (whose documents are `documents`) by the plan, in one
    transaction that a failing test rolls back. Raises PlanError if the SQL fails."""
    if not all(_ISO3.fullmatch(code) for code in countries):
        raise PlanError(f"not ISO3 country codes: {countries}")
    literals = {
        "{" + COUNTRIES_MARKER + "}": "{" + ",".join(countries) + "}",
        "{" + DOCUMENTS_MARKER + "}": "{" + ",".join(str(int(d)) for d in documents) + "}",
    }
    outcome = PlanOutcome(node_seconds={}, passed=0, warned=0, failures=[])
    if on_progress:
        on_progress(0, len(nodes), "")
    try:
        with conn.transaction():
            columns = _columns(conn, [node.relation for node in nodes if node.kind == "model"])
            for done, node in enumerate(nodes, start=1):
                started = time.perf_counter()
                statement = _scoped(node.sql, literals)
                if node.kind == "model":
                    _replace_rows(conn, node, statement, columns[node.relation], literals)
                    outcome.passed += 1
                else:
                    _judge(conn, node, statement, outcome)
                outcome.node_seconds[node.name] = time.perf_counter() - started
                if on_progress:
                    on_progress(done, len(nodes), node.name)
            if outcome.failures:
                raise _TestsFailed
    except _TestsFailed:
        pass  # rolled back: the marts are those of the last build
    except psycopg.Error as exc:
        raise PlanError(f"the stored build plan failed: {exc}") from exc
    return outcome


class _TestsFailed(Exception):
    """Raised inside the plan's transaction to roll it back when a test fails."""


def _scoped(text: str, literals: dict[str, str]) -> str:
    for marker, literal in literals.items():
        text = text.replace(marker, literal)
    return text


def _columns(conn: psycopg.Connection, relations: list[str]) -> dict[str, list[str]]:
    """Each table's columns, in their order (the insert names them, as dbt's strategy does)."""
    rows = conn.execute(
        "select r.name, array_agg(quote_ident(a.attname) order by a.attnum)"
        " from unnest(%s::text[]) as r(name)"
        " join pg_attribute a on a.attrelid = r.name::regclass"
        " where a.attnum > 0 and not a.attisdropped group by r.name",
        (relations,),
    ).fetchall()
    return {name: list(columns) for name, columns in rows}


def _replace_rows(
    conn: psycopg.Connection,
    node: PlanNode,
    statement: str,
    columns: list[str],
    literals: dict[str, str],
) -> None:
    """The by_country strategy of macros/build_scope.sql: the model's rows into a temporary
    table, then the countries' rows of the table replaced by them."""
    new_rows = sql.Identifier(f"tipwh_plan_{node.name}")
    listed = sql.SQL(", ").join(sql.SQL(c) for c in columns)
    countries = literals["{" + COUNTRIES_MARKER + "}"]
    conn.execute(
        sql.SQL("create temporary table {} on commit drop as (\n{}\n)").format(
            new_rows, sql.SQL(statement)
        )
    )
    conn.execute(
        sql.SQL("delete from {} where country_iso3 = any({}::text[])").format(
            sql.SQL(node.relation), sql.Literal(countries)
        )
    )
    conn.execute(
        sql.SQL("insert into {} ({}) select {} from {}").format(
            sql.SQL(node.relation), listed, listed, new_rows
        )
    )


def _judge(conn: psycopg.Connection, node: PlanNode, statement: str, outcome: PlanOutcome) -> None:
    """Run a data test as dbt's test materialization does, and judge it by its config."""
    query = sql.SQL(
        "select {calc} as failures, {calc} {warn_if} as should_warn,"
        " {calc} {error_if} as should_error from (\n{test}\n) dbt_internal_test"
    ).format(
        calc=sql.SQL(node.fail_calc),
        warn_if=sql.SQL(node.warn_if),
        error_if=sql.SQL(node.error_if),
        test=sql.SQL(statement),
    )
    row = conn.execute(query).fetchone()
    failures, should_warn, should_error = row if row else (0, False, False)
    if node.severity == "error" and should_error:
        outcome.failures.append(
            f"{node.name}: got {failures} results, configured to fail if {node.error_if}"
        )
    elif should_warn:
        outcome.warned += 1
    else:
        outcome.passed += 1
