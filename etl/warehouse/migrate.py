"""Bring the staging schema to alembic's head revision."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from etl.warehouse.connection import Warehouse

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ALEMBIC_INI = PROJECT_ROOT / "alembic.ini"
MIGRATIONS = PROJECT_ROOT / "migrations"
MIGRATION_LOCK = 4_217_001  # pg advisory lock key: one migrator at a time
_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([\w-]+|None)['\"]?", re.MULTILINE)


def alembic_config(warehouse: Warehouse) -> Config:
    from alembic.config import Config

    config = Config(str(ALEMBIC_INI))
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", warehouse.sqlalchemy_url.replace("%", "%%"))
    return config


def head_revision(config: Config) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config).get_current_head()


def upgrade(warehouse: Warehouse) -> None:
    """Apply pending migrations; a no-op when the schema is at head.

    The common case (already at head) is told without importing alembic, which takes
    seconds: by the revision the database stores against the migration files' single head.
    """
    head = _head_in_files()
    if head is not None and _stored_revision(warehouse) == head:
        return
    from alembic import command
    from sqlalchemy import create_engine, text

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


def _head_in_files() -> str | None:
    """The one revision no migration file names as its down_revision (None if not one)."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found: dict[str, str] = {m[1]: m[2] for m in _REVISION.finditer(path.read_text())}
        if "revision" in found:
            revisions.add(found["revision"])
            parents.add(found.get("down_revision"))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(warehouse: Warehouse) -> str | None:
    with warehouse.connect() as conn:
        exists = conn.execute("select to_regclass('public.alembic_version')").fetchone()
        if not exists or exists[0] is None:
            return None
        row = conn.execute("select version_num from public.alembic_version").fetchone()
    return row[0] if row else None


def _current_revision(conn: Connection) -> str | None:
    from sqlalchemy import text

    if not conn.execute(text("select to_regclass('public.alembic_version') is not null")).scalar():
        return None
    return conn.execute(text("select version_num from public.alembic_version")).scalar()
