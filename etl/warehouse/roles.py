"""The read-only role `tipwh_reader`: SELECT on the marts, nothing else, a statement timeout.

The loader (the role of the warehouse URL) creates it when it may (superuser or CREATEROLE:
always so on the embedded server) and grants it USAGE on schema `marts`, SELECT on its
tables and views, and the same by default on every table the loader creates there later
(dbt rebuilds the marts; `+grants` in dbt_project.yml grants them again too).
"""

from __future__ import annotations

import psycopg
from psycopg import sql

from etl.warehouse.connection import READER, DatabaseUnavailable, Warehouse

ROLE_LOCK = 4_217_002  # pg advisory lock key: one role set-up at a time per database
READER_STATEMENT_TIMEOUT = "60s"
MARTS = "marts"
SERVER_POWERS = (  # predefined roles the reader must never hold
    "pg_read_server_files",
    "pg_write_server_files",
    "pg_execute_server_program",
    "pg_signal_backend",
)


class ReaderRoleMissing(DatabaseUnavailable):
    """The read-only role does not exist and the loader may not create it."""


def ensure_reader(warehouse: Warehouse) -> None:
    """Create or repair `tipwh_reader` where the loader may, and grant it the marts."""
    password = warehouse.reader_password()
    with warehouse.connect(autocommit=True) as conn, conn.transaction():
        conn.execute("select pg_advisory_xact_lock(%s)", (ROLE_LOCK,))
        exists = conn.execute("select 1 from pg_roles where rolname = %s", (READER,)).fetchone()
        may_create = conn.execute(
            "select rolsuper or rolcreaterole from pg_roles where rolname = current_user"
        ).fetchone()
        if may_create and may_create[0] and not _reader_is_sound(conn, warehouse):
            _define_reader(conn, password, create=exists is None)
        elif exists is None:
            raise ReaderRoleMissing(missing_role_instructions(warehouse))
        _grant_marts(conn)


def reader_statements(secret: sql.Composable) -> list[sql.Composed]:
    """The statements that define the reader, with `secret` as its password (a
    `sql.Literal`, quoted by psycopg: utility statements take no parameters)."""
    reader = sql.Identifier(READER)
    return [
        sql.SQL(
            "alter role {} with login nosuperuser nocreatedb nocreaterole noreplication"
            " nobypassrls noinherit connection limit 20 password {}"
        ).format(reader, secret),
        sql.SQL("alter role {} set statement_timeout = {}").format(
            reader, sql.Literal(READER_STATEMENT_TIMEOUT)
        ),
        sql.SQL("alter role {} set default_transaction_read_only = on").format(reader),
        sql.SQL("alter role {} set idle_in_transaction_session_timeout = '60s'").format(reader),
    ]


def missing_role_instructions(warehouse: Warehouse) -> str:
    """What an administrator must run when the loader may not create the reader."""
    parts = warehouse.dbt_env
    lines = [
        f"the read-only role {READER} does not exist and {parts['TIPWH_PGUSER']} may not"
        " create roles; as an administrator of the server, run:",
        f"  create role {READER};",
        *(
            "  " + s.as_string(None) + ";"  # type: ignore[arg-type]
            for s in reader_statements(sql.SQL("'<a password>'"))
        ),
        "then give tipwh that password in TIPWH_READER_PASSWORD",
    ]
    return "\n".join(lines)


def _define_reader(conn: psycopg.Connection, password: str, *, create: bool) -> None:
    reader = sql.Identifier(READER)
    if create:
        try:
            with conn.transaction():
                conn.execute(sql.SQL("create role {}").format(reader))
        except (psycopg.errors.DuplicateObject, psycopg.errors.UniqueViolation):
            # another database of the same cluster made it meanwhile
            pass
    for statement in reader_statements(sql.Literal(password)):
        conn.execute(statement)
    held = conn.execute(
        "select r.rolname from pg_auth_members m join pg_roles r on r.oid = m.roleid"
        " join pg_roles u on u.oid = m.member where u.rolname = %s",
        (READER,),
    ).fetchall()
    for (role,) in held:
        conn.execute(
            sql.SQL("revoke {} from {}").format(sql.Identifier(role), sql.Identifier(READER))
        )


def _reader_is_sound(conn: psycopg.Connection, warehouse: Warehouse) -> bool:
    """The reader exists, holds no role, has its settings, and our password logs it in."""
    row = conn.execute(
        "select r.rolsuper or r.rolcreaterole or r.rolcreatedb or r.rolbypassrls,"
        " coalesce(array_to_string(r.rolconfig, ','), ''),"
        " exists (select 1 from pg_auth_members m where m.member = r.oid)"
        " from pg_roles r where r.rolname = %s",
        (READER,),
    ).fetchone()
    if row is None or row[0] or row[2] or "statement_timeout" not in row[1]:
        return False
    try:
        warehouse.connect(warehouse.reader_url()).close()
    except DatabaseUnavailable:
        return False
    return True


def _grant_marts(conn: psycopg.Connection) -> None:
    reader, marts = sql.Identifier(READER), sql.Identifier(MARTS)
    database = conn.execute("select current_database()").fetchone()[0]  # type: ignore[index]
    conn.execute(
        sql.SQL("grant connect on database {} to {}").format(sql.Identifier(database), reader)
    )
    conn.execute(sql.SQL("create schema if not exists {}").format(marts))
    conn.execute(sql.SQL("grant usage on schema {} to {}").format(marts, reader))
    conn.execute(sql.SQL("grant select on all tables in schema {} to {}").format(marts, reader))
    conn.execute(
        sql.SQL("alter default privileges in schema {} grant select on tables to {}").format(
            marts, reader
        )
    )
