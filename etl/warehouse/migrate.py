"""Bring the staging schema to alembic's head revision."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine, text

from etl.warehouse.connection import Warehouse

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ALEMBIC_INI = PROJECT_ROOT / "alembic.ini"
MIGRATION_LOCK = 4_217_001  # pg advisory lock key: one migrator at a time


def alembic_config(warehouse: Warehouse) -> Config:
    config = Config(str(ALEMBIC_INI))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", warehouse.sqlalchemy_url.replace("%", "%%"))
    return config


def head_revision(config: Config) -> str | None:
    return ScriptDirectory.from_config(config).get_current_head()


def upgrade(warehouse: Warehouse) -> None:
    """Apply pending migrations; a no-op when the schema is at head."""
    config = alembic_config(warehouse)
    engine = create_engine(warehouse.sqlalchemy_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("select pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            current = _current_revision(conn)
            if current == head_revision(config):
                return
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    finally:
        engine.dispose()


def _current_revision(conn: Connection) -> str | None:
    if not conn.execute(text("select to_regclass('public.alembic_version') is not null")).scalar():
        return None
    return conn.execute(text("select version_num from public.alembic_version")).scalar()
