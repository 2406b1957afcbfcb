"""SQL DDL reader: CREATE TABLE / VIEW / INDEX / RULE / DEFAULT / TYPE, ALTER TABLE
constraints, ``sp_bindrule`` / ``sp_bindefault``, and procedure/function headers.

Scripts are split into batches on ``GO`` lines, as SSMS writes them. Tables, views,
indexes and constraints are parsed with sqlglot's ``tsql`` dialect; the few
statements sqlglot only knows as opaque commands (CREATE RULE/DEFAULT/TYPE, EXEC)
are recognised by pattern. Type and default *text* is taken from the source line,
because sqlglot re-renders it (``int`` → ``INTEGER``, ``timestamp`` → ``ROWVERSION``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from assistant.catalog import Problem

from . import Read, decode


@dataclass(frozen=True)
class ColumnDef:
    name: str
    vista_type: str | None  # a user-defined type (bCompany), resolved later
    sql_type: str | None  # a plain SQL Server type, normalised (numeric(12,2))
    nullable: bool
    identity: bool = False
    default: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class TableDef:
    name: str
    columns: tuple[ColumnDef, ...]
    path: str
    line: int | None


@dataclass(frozen=True)
class IndexDef:
    table: str
    name: str
    columns: tuple[str, ...]
    unique: bool
    clustered: bool
    primary_key: bool
    path: str
    line: int | None


@dataclass(frozen=True)
class ForeignKeyDef:
    table: str
    name: str
    columns: tuple[str, ...]
    ref_table: str
    ref_columns: tuple[str, ...]
    path: str
    line: int | None


@dataclass(frozen=True)
class CheckDef:
    table: str
    name: str
    text: str
    columns: tuple[str, ...]
    path: str
    line: int | None


@dataclass(frozen=True)
class BindingDef:
    """``EXEC sp_bindrule`` (kind "rule") or ``sp_bindefault`` (kind "default")."""

    kind: str
    name: str
    table: str
    column: str
    path: str
    line: int | None


@dataclass(frozen=True)
class RuleDef:
    name: str
    text: str  # the condition over @value
    path: str
    line: int | None


@dataclass(frozen=True)
class DefaultDef:
    name: str
    text: str
    path: str
    line: int | None


@dataclass(frozen=True)
class TypeDef:
    name: str
    base_type: str
    nullable: bool
    path: str
    line: int | None


@dataclass(frozen=True)
class ViewDef:
    name: str
    base_table: str | None  # the single table it selects from; None for joins
    row_filter: str | None  # the WHERE clause as written
    path: str
    line: int | None


@dataclass(frozen=True)
class RoutineDef:
    """A stored procedure or function: catalogued by name; bodies are not parsed."""

    name: str
    kind: str  # procedure | function
    path: str
    line: int | None


_GO = re.compile(r"^[ \t]*GO[ \t]*(?:\d+[ \t]*)?(?:--.*)?$", re.IGNORECASE | re.MULTILINE)
_NAME = r"(?:\[[^\]]+\]|\"[^\"]+\"|[\w@#$]+)"
_QNAME = rf"((?:{_NAME}\s*\.\s*)*{_NAME})"
_CREATE_RULE = re.compile(rf"^\s*CREATE\s+RULE\s+{_QNAME}\s+AS\s+(.*)$", re.IGNORECASE | re.DOTALL)
_CREATE_DEFAULT = re.compile(
    rf"^\s*CREATE\s+DEFAULT\s+{_QNAME}\s+AS\s+(.*)$", re.IGNORECASE | re.DOTALL
)
_CREATE_TYPE = re.compile(
    rf"^\s*CREATE\s+TYPE\s+{_QNAME}\s+FROM\s+(.+?)\s*(NOT\s+NULL|NULL)?\s*;?\s*$",
    re.IGNORECASE | re.DOTALL,
)
_BIND = re.compile(
    r"^\s*EXEC(?:UTE)?\s+(?:(?:\[?dbo\]?|\[?sys\]?)\.)?\[?(sp_bindrule|sp_bindefault)\]?\s+"
    r"N?'([^']+)'\s*,\s*N?'([^']+)'\s*;?\s*$",
    re.IGNORECASE,
)
_ROUTINE = re.compile(
    rf"^\s*(?:CREATE|ALTER|CREATE\s+OR\s+ALTER)\s+(PROC|PROCEDURE|FUNCTION)\s+{_QNAME}",
    re.IGNORECASE,
)
_SET = re.compile(r"^\s*SET\s+[\w ]+\s+(ON|OFF)\s*;?\s*$", re.IGNORECASE)
_COMMENT_ONLY = re.compile(r"^(\s*(--[^\n]*)?\n?)*\s*$")


def read_ddl(path: str, data: bytes) -> Read:
    text, problems = decode(path, data)
    if text is None:
        return Read((), tuple(problems))
    facts: list = []
    for start, batch in split_batches(text):
        facts.extend(_read_batch(path, start, batch, problems))
    return Read(tuple(facts), tuple(problems))


def split_batches(text: str) -> list[tuple[int, str]]:
    """(first line number, text) of each GO-separated batch that holds more than comments."""
    batches, line, pos = [], 1, 0
    for m in _GO.finditer(text):
        batches.append((line, text[pos : m.start()]))
        line += text[pos : m.end()].count("\n")
        pos = m.end()
    batches.append((line, text[pos:]))
    out = []
    for start, batch in batches:
        stripped = batch.lstrip("\n")
        start += len(batch) - len(stripped)
        if not _COMMENT_ONLY.match(stripped):
            out.append((start, stripped))
    return out


def unquote(name: str) -> str:
    """``[dbo].[bJCCM]`` → ``bJCCM`` (the last part, no brackets or quotes)."""
    parts = re.findall(_NAME, name)
    return parts[-1].strip('[]"') if parts else name.strip()


def _read_batch(path: str, start: int, batch: str, problems: list[Problem]) -> list:
    body = _strip_leading_comments(batch)
    if _SET.match(body):
        return []
    if m := _CREATE_RULE.match(body):
        return [RuleDef(unquote(m.group(1)), m.group(2).strip().rstrip(";"), path, start)]
    if m := _CREATE_DEFAULT.match(body):
        return [DefaultDef(unquote(m.group(1)), m.group(2).strip().rstrip(";"), path, start)]
    if m := _CREATE_TYPE.match(body):
        nullable = not (m.group(3) or "").upper().startswith("NOT")
        return [TypeDef(unquote(m.group(1)), normalize_type(m.group(2)), nullable, path, start)]
    if m := _BIND.match(body):
        parts = [p.strip('[]"') for p in re.findall(_NAME, m.group(3))]
        if len(parts) < 2:
            problems.append(
                Problem(path, start, f"{m.group(1)} target {m.group(3)!r} is not table.column")
            )
            return []
        kind = "rule" if m.group(1).lower() == "sp_bindrule" else "default"
        return [BindingDef(kind, unquote(m.group(2)), parts[-2], parts[-1], path, start)]
    if m := _ROUTINE.match(body):
        kind = "function" if m.group(1).lower() == "function" else "procedure"
        return [RoutineDef(unquote(m.group(2)), kind, path, start)]
    logger = logging.getLogger("sqlglot")
    level = logger.level
    logger.setLevel(
        logging.ERROR
    )  # its "falling back to Command" chatter; we report those ourselves
    try:
        trees = sqlglot.parse(batch, read="tsql")
    except SqlglotError as exc:
        problems.append(_parse_problem(path, start, exc))
        return []
    except Exception as exc:  # sqlglot bugs on odd input must not stop the build
        problems.append(
            Problem(path, start, f"DDL statement could not be parsed: {type(exc).__name__}: {exc}")
        )
        return []
    finally:
        logger.setLevel(level)
    facts: list = []
    for tree in trees:
        if tree is None:
            continue
        facts.extend(_facts_of(path, start, batch, tree, problems))
    return facts


def _strip_leading_comments(batch: str) -> str:
    return re.sub(r"^(\s*--[^\n]*\n)+", "", batch).strip()


def _parse_problem(path: str, start: int, exc: SqlglotError) -> Problem:
    errors = getattr(exc, "errors", None) or []
    first = errors[0] if errors else {}
    line = start + (first.get("line") or 1) - 1
    desc = first.get("description") or str(exc).splitlines()[0]
    return Problem(path, line, f"DDL statement could not be parsed: {desc}")


def _line_of(node: exp.Expression, start: int) -> int | None:
    for ident in [node] + list(node.find_all(exp.Identifier)):
        line = ident.meta.get("line") if hasattr(ident, "meta") else None
        if line:
            return start + line - 1
    return start


def _facts_of(
    path: str, start: int, batch: str, tree: exp.Expression, problems: list[Problem]
) -> list:
    if isinstance(tree, exp.Create):
        kind = (tree.args.get("kind") or "").upper()
        if kind == "TABLE" and isinstance(tree.this, exp.Schema):
            return _table(path, start, batch, tree)
        if kind == "VIEW":
            return [_view(path, start, batch, tree)]
        if kind.endswith("INDEX") and isinstance(tree.this, exp.Index):
            return [_index(path, start, tree)]
    if isinstance(tree, exp.Alter) and isinstance(tree.this, exp.Table):
        return _alter(path, start, tree, problems)
    if isinstance(tree, (exp.Set, exp.Use)):
        return []
    snippet = " ".join(tree.sql(dialect="tsql").split())[:60]
    problems.append(Problem(path, start, f"statement not catalogued (unsupported here): {snippet}"))
    return []


def normalize_type(text: str) -> str:
    """``[numeric](12, 2)`` → ``numeric(12,2)``; ``[dbo].[bCompany]`` → ``bCompany``."""
    text = re.sub(r"\s+", "", text.strip())
    text = (
        re.sub(r"^(\[?dbo\]?\.)", "", text, flags=re.IGNORECASE).replace("[", "").replace("]", "")
    )
    m = re.fullmatch(r"(\w+)(\(.*\))?", text)
    if not m:
        return text
    name = m.group(1)
    if not name.lower().startswith(("b", "v")) or name.lower() in _SQL_TYPES:
        name = name.lower()
    return name + (m.group(2) or "").lower()


_SQL_TYPES = {"bigint", "bit", "binary", "varbinary", "varchar"}


def _source_line(batch: str, line: int | None) -> str:
    if not line:
        return ""
    lines = batch.split("\n")
    return lines[line - 1] if 0 < line <= len(lines) else ""


def _table(path: str, start: int, batch: str, tree: exp.Create) -> list:
    schema = tree.this
    name = schema.this.name
    columns = []
    for cd in schema.expressions:
        if not isinstance(cd, exp.ColumnDef):
            continue
        kind = cd.args.get("kind")
        rel_line = cd.this.meta.get("line") if hasattr(cd.this, "meta") else None
        source = _source_line(batch, rel_line)
        type_text = _type_text(source, cd.name) or (
            kind.sql(dialect="tsql") if kind is not None else ""
        )
        user_defined = kind is not None and kind.this == exp.DataType.Type.USERDEFINED
        nullable, identity, default = True, False, None
        for c in cd.constraints:
            k = c.kind
            if isinstance(k, exp.NotNullColumnConstraint):
                nullable = bool(k.args.get("allow_null"))
            elif isinstance(k, exp.GeneratedAsIdentityColumnConstraint):
                identity = True
            elif isinstance(k, exp.DefaultColumnConstraint):
                default = _default_text(source) or _unparen(k.this.sql(dialect="tsql"))
        norm = normalize_type(type_text)
        columns.append(
            ColumnDef(
                name=cd.name,
                vista_type=norm if user_defined else None,
                sql_type=None if user_defined else norm,
                nullable=nullable,
                identity=identity,
                default=default,
                line=start + rel_line - 1 if rel_line else None,
            )
        )
    facts_line = _line_of(schema.this, start)
    table = TableDef(name, tuple(columns), path, facts_line)
    checks = []
    for con in schema.expressions:
        if isinstance(con, exp.Constraint):
            for ck in con.expressions:
                if isinstance(ck, exp.CheckColumnConstraint):
                    checks.append(_check(path, start, name, con.name, ck))
    return [table, *checks]


_COLUMN_LINE = re.compile(
    r"\s*(?:\[([^\]]+)\]|\"([^\"]+)\"|(\w+))\s+((?:\[?dbo\]?\.)?\[?\w+\]?(?:\s*\([^)]*\))?)",
    re.IGNORECASE,
)


def _type_text(line: str, column: str) -> str | None:
    """The column's type as written on its line (one compiled pattern for every column)."""
    m = _COLUMN_LINE.match(line)
    if not m or (m.group(1) or m.group(2) or m.group(3)).lower() != column.lower():
        return None
    return m.group(4)


def _default_text(line: str) -> str | None:
    m = re.search(r"\bDEFAULT\s*(\(.*\))\s*,?\s*$", line, re.IGNORECASE)
    return _unparen(m.group(1)) if m else None


def _unparen(text: str) -> str:
    """Drop one pair of enclosing parentheses: SSMS writes ``DEFAULT ((0))`` for ``(0)``."""
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        depth = 0
        for i, ch in enumerate(text):
            depth += ch == "("
            depth -= ch == ")"
            if depth == 0 and i < len(text) - 1:
                return text
        return text[1:-1].strip()
    return text


def _check(path: str, start: int, table: str, name: str, ck: exp.CheckColumnConstraint) -> CheckDef:
    cols = tuple(dict.fromkeys(c.name for c in ck.this.find_all(exp.Column)))
    return CheckDef(table, name, ck.this.sql(dialect="tsql"), cols, path, _line_of(ck, start))


def _view(path: str, start: int, batch: str, tree: exp.Create) -> ViewDef:
    name = tree.this.name
    select = tree.expression
    base = None
    if isinstance(select, exp.Select):
        from_ = select.args.get("from_") or select.args.get("from")
        joins = select.args.get("joins")
        if from_ is not None and isinstance(from_.this, exp.Table) and not joins:
            base = from_.this.name
    row_filter = None
    if isinstance(select, exp.Select) and select.args.get("where") is not None:
        m = re.search(r"\bwhere\b", batch, re.IGNORECASE)
        row_filter = (
            batch[m.start() :].strip().rstrip(";").strip()
            if m
            else select.args["where"].sql(dialect="tsql")
        )
    return ViewDef(name, base, row_filter, path, _line_of(tree.this, start))


def _index(path: str, start: int, tree: exp.Create) -> IndexDef:
    index = tree.this
    params = index.args.get("params")
    cols = tuple(
        o.this.name if isinstance(o, exp.Ordered) else o.name
        for o in (params.args.get("columns") if params else []) or []
    )
    kind = (tree.args.get("kind") or "").upper()
    return IndexDef(
        table=index.args["table"].name,
        name=index.name,
        columns=cols,
        unique=bool(tree.args.get("unique")),
        clustered="NONCLUSTERED" not in kind and "CLUSTERED" in kind,
        primary_key=False,
        path=path,
        line=_line_of(index, start),
    )


def _alter(path: str, start: int, tree: exp.Alter, problems: list[Problem]) -> list:
    table = tree.this.name
    facts: list = []
    for action in tree.args.get("actions") or []:
        if not isinstance(action, exp.AddConstraint):
            problems.append(
                Problem(
                    path,
                    start,
                    f"ALTER TABLE {table}: action not catalogued: {action.sql(dialect='tsql')[:60]}",
                )
            )
            continue
        for con in action.expressions:
            if not isinstance(con, exp.Constraint):
                continue
            for part in con.expressions:
                if isinstance(part, exp.ForeignKey):
                    ref = part.args.get("reference")
                    schema = ref.this if ref is not None else None
                    ref_table = (
                        schema.this.name
                        if isinstance(schema, exp.Schema)
                        else (schema.name if schema is not None else "")
                    )
                    ref_cols = (
                        tuple(e.name for e in schema.expressions)
                        if isinstance(schema, exp.Schema)
                        else ()
                    )
                    facts.append(
                        ForeignKeyDef(
                            table,
                            con.name,
                            tuple(e.name for e in part.expressions),
                            ref_table,
                            ref_cols,
                            path,
                            _line_of(con, start),
                        )
                    )
                elif isinstance(part, exp.CheckColumnConstraint):
                    facts.append(_check(path, start, table, con.name, part))
                elif isinstance(part, exp.PrimaryKeyColumnConstraint):
                    cols = []
                    for other in con.expressions:
                        if isinstance(other, exp.ClusteredColumnConstraint):
                            cols = [
                                o.this.name if isinstance(o, exp.Ordered) else o.name
                                for o in other.this
                            ]
                    if not cols:
                        cols = [e.name for e in part.expressions] if part.expressions else []
                    facts.append(
                        IndexDef(
                            table,
                            con.name,
                            tuple(cols),
                            True,
                            True,
                            True,
                            path,
                            _line_of(con, start),
                        )
                    )
    return facts
