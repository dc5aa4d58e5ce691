"""The staging schema is alembic's: one head, reversible, with constraints that refuse bad rows."""

from __future__ import annotations

import psycopg
import pytest
from alembic import command
from alembic.script import ScriptDirectory

from etl.warehouse import Warehouse
from etl.warehouse.migrate import alembic_config, upgrade

STAGING_TABLES = {
    "documents",
    "sentences",
    "facts",
    "funding_facts",
    "directions",
    "load_runs",
    "load_errors",
    "transform_runs",
    "build_plans",
}


def _staging_tables(wh: Warehouse) -> set[str]:
    with wh.connect() as conn:
        rows = conn.execute(
            "select table_name from information_schema.tables where table_schema = 'staging'"
        ).fetchall()
    return {r[0] for r in rows}


def test_migrations_have_a_single_head(empty_database: Warehouse) -> None:
    heads = ScriptDirectory.from_config(alembic_config(empty_database)).get_heads()
    assert len(heads) == 1


def test_upgrade_downgrade_upgrade_round_trips(empty_database: Warehouse) -> None:
    config = alembic_config(empty_database)
    command.upgrade(config, "head")
    assert _staging_tables(empty_database) == STAGING_TABLES
    command.downgrade(config, "base")
    assert _staging_tables(empty_database) == set()
    command.upgrade(config, "head")
    assert _staging_tables(empty_database) == STAGING_TABLES


def test_upgrade_is_a_no_op_at_head(warehouse: Warehouse) -> None:
    upgrade(warehouse)
    assert _staging_tables(warehouse) == STAGING_TABLES


def test_schema_refuses_a_negative_count_and_an_unknown_metric(warehouse: Warehouse) -> None:
    with warehouse.connect() as conn:
        run_id = conn.execute(
            "insert into staging.load_runs (command) values ('t') returning run_id"
        ).fetchone()[0]
        doc_id = conn.execute(
            "insert into staging.documents (content_sha256, source_path, encoding, body, run_id,"
            " extractor_version) values (repeat('a', 64), 'x.txt', 'utf-8', 'text', %s, 'v')"
            " returning document_id",
            (run_id,),
        ).fetchone()[0]
        conn.execute("insert into staging.sentences values (%s, 0, 0, 4, null, 'text')", (doc_id,))
        conn.commit()
        for metric, value in (("victims_identified", -1), ("victims_rescued", 3)):
            with pytest.raises(psycopg.errors.CheckViolation):
                conn.execute(
                    "insert into staging.facts (document_id, sentence_no, metric, year, value,"
                    " unit, start_char, end_char, rule) values (%s, 0, %s, 2016, %s, 'persons',"
                    " 0, 2, 'test')",
                    (doc_id, metric, value),
                )
            conn.rollback()


def test_schema_accepts_exactly_the_metrics_purposes_and_tiers_of_the_model(
    warehouse: Warehouse,
) -> None:
    from etl.model import COUNT_METRICS, FUNDING_PURPOSES, TIERS

    with warehouse.connect() as conn:
        checks = " ".join(
            row[0]
            for row in conn.execute(
                "select pg_get_constraintdef(oid) from pg_constraint"
                " where connamespace = 'staging'::regnamespace and contype = 'c'"
            ).fetchall()
        )
    for value in (*COUNT_METRICS, *FUNDING_PURPOSES, *TIERS):
        assert f"'{value}'::text" in checks, value
