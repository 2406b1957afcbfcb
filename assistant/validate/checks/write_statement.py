"""VG002 write-statement: the assistant only reads; anything that writes or runs code is refused."""

from __future__ import annotations

from typing import Iterator

from sqlglot import exp

from ...catalog import Catalog
from ..findings import Finding
from ..scope import Analysis, Statement
from ._base import check, make

WRITES = (exp.Insert, exp.Update, exp.Delete, exp.Merge, exp.Drop, exp.Alter, exp.TruncateTable, exp.Grant, exp.Revoke, exp.Execute)
RISKY = {"xp_cmdshell", "sp_executesql", "openrowset", "opendatasource", "openquery"}
ALLOWED_HEADS = {"SET", "DECLARE", "PRINT", "USE", "IF", "WHILE", "RETURN", "BREAK", "CONTINUE", "RAISERROR", "THROW", "WAITFOR"}


def _local(table: exp.Expr | None) -> bool:
    """Temp tables and table variables live and die with the session: writing them changes nothing."""
    if isinstance(table, exp.Schema):
        table = table.this
    if not isinstance(table, exp.Table):
        return False
    this = table.this
    return isinstance(this, exp.Parameter) or (
        isinstance(this, exp.Identifier) and (bool(this.args.get("temporary")) or this.name.startswith("#"))
    )


def _verb(node: exp.Expr) -> str:
    if isinstance(node, exp.Create):
        return f"CREATE {node.args.get('kind') or ''}".strip()
    if isinstance(node, exp.Drop):
        return f"DROP {node.args.get('kind') or ''}".strip()
    if isinstance(node, exp.TruncateTable):
        return "TRUNCATE TABLE"
    if isinstance(node, exp.Execute):
        return "EXEC"
    return type(node).__name__.upper()


@check("VG002", "write-statement", "error")
def write_statement(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """Refuse INSERT, UPDATE, DELETE, MERGE, DDL, EXEC, GRANT and SELECT … INTO, wherever they hide.

    DECLARE and SET of local variables are allowed, as are writes to ``#temp``
    tables and table variables (they vanish with the session).

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT Contract FROM JCCM WHERE JCCo = 1; DELETE FROM JCCM", write_statement)
    ['VG002']
    >>> codes("DECLARE @JCCo bCompany = 1; SELECT Contract FROM JCCM WHERE JCCo = @JCCo", write_statement)
    []
    """
    for statement in analysis.statements:
        yield from _statement(statement)


def _statement(statement: Statement) -> Iterator[Finding]:
    tree = statement.tree
    head = statement.head
    fn = write_statement
    if tree is None:
        if head in ("EXEC", "EXECUTE", "GRANT", "REVOKE", "DENY", "INSERT", "UPDATE", "DELETE", "MERGE",
                    "DROP", "ALTER", "TRUNCATE", "CREATE", "BACKUP", "RESTORE", "DBCC", "KILL", "SHUTDOWN",
                    "RECONFIGURE", "BULK") and statement.tokens and not statement.condition:
            yield _at_token(statement, f"{head} is not allowed: the assistant only runs read-only queries")
        return
    if isinstance(tree, exp.Command):
        word = (tree.name or head).upper()
        if word in ALLOWED_HEADS or head in ALLOWED_HEADS:
            return
        yield _at_token(statement, f"{word} is not allowed: the assistant only runs read-only queries")
        return
    if isinstance(tree, (exp.Create, exp.Alter)) and (tree.args.get("kind") or "").upper() == "VIEW":
        return  # a pasted view definition (CREATE / ALTER / CREATE OR ALTER): its SELECT body is what gets validated
    if isinstance(tree, exp.Create):
        kind = (tree.args.get("kind") or "").upper()
        if kind == "TABLE" and _local(tree.this):
            return
        yield _at_token(statement, f"{_verb(tree)} is not allowed: the assistant only runs read-only queries")
        return
    if isinstance(tree, exp.Query):
        # a query cannot contain a write; only SELECT … INTO and code-running functions can hide in it
        for scope in statement.scopes:
            into = scope.node.args.get("into")
            if into is not None and not _local(into.this):
                yield make(fn, into, "SELECT … INTO creates a table: the assistant only runs read-only queries",
                           "remove the INTO clause")
        for tok in statement.tokens:
            if tok.text.lower() in RISKY and tok.token_type.name not in ("STRING", "NATIONAL_STRING"):
                yield Finding(fn.code, fn.rule, fn.severity,  # type: ignore[attr-defined]
                              f"{tok.text} runs code or reaches outside the database: not allowed",
                              tok.line, max(1, tok.col - (tok.end - tok.start)), tok.start, tok.end)
        return
    for node in tree.walk():
        if isinstance(node, WRITES):
            if isinstance(node, (exp.Insert, exp.Update, exp.Delete, exp.Drop, exp.TruncateTable)) and _targets_local(node):
                continue
            if node is tree:
                yield _at_token(statement, _message(node))
            else:
                yield make(fn, node, _message(node))
        elif isinstance(node, exp.Select):
            into = node.args.get("into")
            if into is not None and not _local(into.this):
                yield make(fn, into, "SELECT … INTO creates a table: the assistant only runs read-only queries",
                           "remove the INTO clause")
        elif isinstance(node, exp.Anonymous) and node.name.lower() in RISKY:
            yield make(fn, node, f"{node.name} runs code or reaches outside the database: not allowed")


def _targets_local(node: exp.Expr) -> bool:
    if isinstance(node, exp.TruncateTable):
        return all(_local(t) for t in node.expressions)
    if isinstance(node, exp.Drop):
        return _local(node.this)
    return _local(node.this)


def _message(node: exp.Expr) -> str:
    verb = _verb(node)
    if isinstance(node, exp.Execute):
        target = node.this.sql("tsql") if isinstance(node.this, exp.Expr) else ""
        if "xp_cmdshell" in target.lower():
            return "EXEC xp_cmdshell runs operating-system commands: not allowed"
        return f"EXEC {target} runs a procedure that may write: the assistant only runs read-only queries".replace("EXEC  ", "EXEC ")
    return f"{verb} is not allowed: the assistant only runs read-only queries"


def _at_token(statement: Statement, message: str) -> Finding:
    t = statement.tokens[0]
    col = max(1, t.col - (t.end - t.start))
    text = message
    if statement.head in ("EXEC", "EXECUTE") and len(statement.tokens) > 1 and "xp_cmdshell" in statement.tokens[1].text.lower():
        text = "EXEC xp_cmdshell runs operating-system commands: not allowed"
    return Finding(write_statement.code, write_statement.rule, write_statement.severity, text,  # type: ignore[attr-defined]
                   t.line, col, t.start, t.end, "remove the statement: only SELECT queries are run")
