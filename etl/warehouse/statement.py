"""What `tipwh sql` accepts: exactly one query, parsed by PostgreSQL's own parser (pglast)."""

from __future__ import annotations

from pglast import ast, parse_sql
from pglast.parser import ParseError


class StatementRefused(ValueError):
    """The text is not a single read-only query."""


def check_single_query(text: str) -> None:
    """Refuse anything but one SELECT (or TABLE, VALUES, WITH ... SELECT), EXPLAIN of one, or
    SHOW. Nothing is sent to the server when this raises."""
    try:
        statements = parse_sql(text)
    except ParseError as exc:
        raise StatementRefused(f"not valid SQL: {exc}") from exc
    if len(statements) != 1:
        raise StatementRefused(
            f"one statement at a time: the text holds {len(statements)} statements"
        )
    statement = statements[0].stmt
    inner = statement.query if isinstance(statement, ast.ExplainStmt) else statement
    if isinstance(inner, ast.VariableShowStmt) and inner is statement:
        return
    if not isinstance(inner, ast.SelectStmt):
        kind = type(inner).__name__.removesuffix("Stmt").upper()
        raise StatementRefused(f"tipwh sql runs read-only queries only, not {kind}")
    if inner.intoClause is not None:
        raise StatementRefused("tipwh sql runs read-only queries only, not SELECT ... INTO")
    if inner.lockingClause:
        raise StatementRefused("tipwh sql runs read-only queries only, not SELECT ... FOR UPDATE")
