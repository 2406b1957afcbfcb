"""T-SQL → DuckDB for the shadow: typed, de-qualified, variables bound, or refused with a reason.

sqlglot does the translation; this module prepares the tree so the result
binds the way SQL Server would bind the original:

- ``dbo.X``, ``Viewpoint.dbo.X`` and ``[X]`` name shadow objects (the shadow
  keeps everything in one schema);
- ``@variables`` become typed literals: their ``DECLARE``/``SET`` value, else a
  typed NULL (``DECLARE @JCCo bCompany`` → ``CAST(NULL AS SMALLINT)``);
- ``+`` between strings becomes ``||`` once the tree is typed against the
  shadow's columns (DuckDB has no string ``+``);
- hints DuckDB has no use for (``OPTION (RECOMPILE)``, ``COLLATE``) go.

A construct that cannot be expressed in DuckDB is an :class:`Unsupported`,
never a failure of the query: the dry-run turns it into an info finding.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from sqlglot import exp
from sqlglot.errors import ErrorLevel, SqlglotError
from sqlglot.optimizer.annotate_types import annotate_types
from sqlglot.optimizer.qualify import qualify
from sqlglot.tokens import TokenType

from ..validate.batch import DIALECT, GO_LINE, split_statements
from .schema import duck_type

# (construct, why it cannot run in the shadow): every entry has a test in tests/shadow
UNSUPPORTED: dict[str, str] = {
    "for-xml": "FOR XML / FOR JSON output has no DuckDB equivalent",
    "temp-table": "temporary tables (#name) do not exist in the shadow",
    "table-variable": "table variables (@name as a table) do not exist in the shadow",
    "system-variable": "@@system variables have no DuckDB equivalent",
    "system-catalog": "SQL Server system catalog views (sys.*) are not in the shadow",
    "table-function": "table-valued functions are not in the shadow",
    "user-function": "Vista's scalar functions (dbo.vf…/bf…) are not in the shadow",
    "remote-source": "OPENQUERY / OPENROWSET / OPENDATASOURCE read outside the database",
    "top-with-ties": "TOP … WITH TIES has no DuckDB equivalent",
    "no-query": "the batch has no SELECT to run",
    "transpile": "sqlglot cannot express this construct in DuckDB",
}

_TYPE_FIXES = {
    "MONEY": "DECIMAL(19,4)",
    "SMALLMONEY": "DECIMAL(10,4)",
    "BIT": "TINYINT",
    "UTINYINT": "SMALLINT",
    "TINYINT": "SMALLINT",
    "DATETIME2": "TIMESTAMP",
    "SMALLDATETIME": "TIMESTAMP",
    "DATETIME": "TIMESTAMP",
    "UNIQUEIDENTIFIER": "UUID",
    "IMAGE": "BLOB",
    "XML": "VARCHAR",
}
_REMOTE = {"openquery", "openrowset", "opendatasource", "openxml"}


@dataclass(frozen=True)
class Unsupported:
    construct: str
    detail: str = ""

    @property
    def reason(self) -> str:
        base = UNSUPPORTED.get(self.construct, self.construct)
        return f"{base} ({self.detail})" if self.detail else base


@dataclass(frozen=True)
class Prepared:
    """One query of the batch, ready for DuckDB: its T-SQL node (for positions) and its DuckDB text."""

    node: exp.Expr
    sql: str
    has_order: bool = False


@dataclass
class ShadowSchema:
    """What the shadow holds: object → column → DuckDB type, and Vista type → DuckDB type."""

    tables: dict[str, dict[str, str]] = field(default_factory=dict)
    vista_types: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_connection(cls, con) -> "ShadowSchema":
        tables: dict[str, dict[str, str]] = {}
        rows = con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"
        ).fetchall()
        for table, column, kind in rows:
            tables.setdefault(table.lower(), {})[column.lower()] = kind
        vista: dict[str, str] = {}
        try:
            for name, duck in con.execute(
                "SELECT vista_type, duck_type FROM vgpt.vista_types"
            ).fetchall():
                vista[name.lower()] = duck
        except (
            Exception
        ):  # a shadow without its description: Vista types fall back to their documented defaults
            pass
        return cls(tables, vista)

    def type_of_text(self, text: str) -> str:
        """The DuckDB type for a declared type's text (``bCompany``, ``numeric(12,2)``, ``dbo.bMonth``)."""
        name = text.split(".")[-1].strip().strip("[]").lower()
        if name in self.vista_types:
            return self.vista_types[name]
        return duck_type(text) if text else "VARCHAR"

    def type_of(self, kind: exp.DataType) -> str:
        """The DuckDB type for a declared T-SQL type (``bCompany`` → ``SMALLINT``)."""
        if kind.this == exp.DType.USERDEFINED:
            name = (
                str(kind.args.get("kind") or kind.sql(dialect="tsql"))
                .split(".")[-1]
                .strip("[]")
                .lower()
            )
            return self.vista_types.get(name, "VARCHAR")
        return duck_type(kind.sql(dialect="tsql"))


def _unsupported_in(tree: exp.Expr) -> Unsupported | None:
    if tree.find(exp.ForClause) is not None:
        return Unsupported("for-xml")
    for options in tree.find_all(exp.LimitOptions):
        if options.args.get("with_ties"):
            return Unsupported("top-with-ties")
    for table in tree.find_all(exp.Table):
        ident = table.this
        if isinstance(ident, exp.Identifier) and ident.args.get("temporary"):
            return Unsupported("temp-table", f"#{ident.name}")
        if isinstance(ident, exp.Parameter):
            return Unsupported("table-variable", f"@{ident.name}")
        if isinstance(ident, (exp.Anonymous, exp.Func)):
            name = (
                ident.name
                if isinstance(ident, exp.Anonymous)
                else ident.sql(dialect="tsql").split("(")[0]
            )
            if name.lower() in _REMOTE:
                return Unsupported("remote-source", name)
            return Unsupported("table-function", name)
        if table.db.lower() in ("sys", "information_schema"):
            return Unsupported("system-catalog", f"{table.db}.{table.name}")
    for lateral in tree.find_all(exp.Lateral):
        if not isinstance(lateral.this, (exp.Subquery, exp.Query)):
            return Unsupported("table-function", lateral.this.sql(dialect="tsql")[:60])
    for param in tree.find_all(exp.Parameter):
        if isinstance(param.this, exp.Parameter):
            return Unsupported("system-variable", f"@@{param.this.name}")
    for dot in tree.find_all(exp.Dot):
        if isinstance(dot.expression, (exp.Anonymous, exp.Func)):
            return Unsupported("user-function", dot.sql(dialect="tsql")[:60])
    for anon in tree.find_all(exp.Anonymous):
        if anon.name.lower() in _REMOTE:
            return Unsupported("remote-source", anon.name)
    return None


@dataclass(frozen=True)
class Batch:
    """A T-SQL batch split as SQL Server runs it: its queries (trees positioned in the text) and its variables."""

    queries: list[exp.Expr]
    declared: dict[str, str]  # @name (lower) → declared type text
    values: dict[str, exp.Expr]  # @name (lower) → literal from DECLARE … = x or SET @x = x


def split_batch(sql: str) -> Batch:
    """Statements at the token level (the validator's splitter), so DECLARE with Vista types and
    statements without semicolons parse; trees keep positions in the original text."""
    text = GO_LINE.sub(lambda m: ";" + " " * (len(m.group(0)) - 1), sql)
    tokens = DIALECT.tokenize(text)
    queries: list[exp.Expr] = []
    declared: dict[str, str] = {}
    values: dict[str, exp.Expr] = {}
    for chunk, head, condition in split_statements(tokens):
        if condition:
            continue
        if head == "DECLARE":
            _declare(chunk, declared, values)
            continue
        if head == "SET":
            if (
                len(chunk) > 4
                and chunk[1].token_type == TokenType.PARAMETER
                and chunk[3].token_type == TokenType.EQ
            ):
                literal = _literal(chunk[4:])
                name = chunk[2].text.lower()
                if literal is not None:
                    values[name] = literal
                else:
                    values.pop(name, None)
            continue
        if head not in ("SELECT", "WITH", "(", "CREATE"):
            continue
        trees = [t for t in DIALECT.parser().parse(chunk, sql) if t is not None]
        for tree in trees:
            if isinstance(tree, exp.Create) and isinstance(tree.expression, exp.Query):
                queries.append(tree.expression)  # a pasted CREATE VIEW: its SELECT
            elif isinstance(tree, exp.Query):
                queries.append(tree)
    return Batch(queries, declared, values)


def _literal(tokens) -> exp.Expr | None:
    """A one-token literal (or a negative number) as an expression; anything else is not a constant we can use."""
    if len(tokens) == 1 and tokens[0].token_type == TokenType.STRING:
        return exp.Literal.string(tokens[0].text)
    if len(tokens) == 1 and tokens[0].token_type == TokenType.NUMBER:
        return exp.Literal.number(tokens[0].text)
    if (
        len(tokens) == 2
        and tokens[0].token_type == TokenType.DASH
        and tokens[1].token_type == TokenType.NUMBER
    ):
        return exp.Literal.number("-" + tokens[1].text)
    return None


def _declare(chunk, declared: dict[str, str], values: dict[str, exp.Expr]) -> None:
    i, n = 1, len(chunk)
    while i < n:
        if chunk[i].token_type != TokenType.PARAMETER or i + 1 >= n:
            i += 1
            continue
        name = chunk[i + 1].text.lower()
        j = i + 2
        if j < n and chunk[j].token_type == TokenType.ALIAS:
            j += 1
        depth = 0
        kind: list = []
        default: list = []
        target = kind
        while j < n:
            tok = chunk[j]
            if tok.token_type == TokenType.L_PAREN:
                depth += 1
            elif tok.token_type == TokenType.R_PAREN:
                depth -= 1
            elif depth == 0 and tok.token_type == TokenType.COMMA:
                break
            elif depth == 0 and tok.token_type == TokenType.EQ and target is kind:
                target = default
                j += 1
                continue
            target.append(tok)
            j += 1
        declared[name] = "".join(t.text if t.token_type != TokenType.COMMA else "," for t in kind)
        literal = _literal(default)
        if literal is not None:
            values[name] = literal
        i = j + 1


def variables(batch: Batch, schema: ShadowSchema) -> dict[str, exp.Expr]:
    """@name → the typed literal to put in its place: its value if it has one, else a typed NULL."""
    out: dict[str, exp.Expr] = {}
    for name, kind in batch.declared.items():
        if kind.upper().startswith("TABLE"):
            continue
        duck = schema.type_of_text(kind)
        value = batch.values.get(name)
        literal = value.copy() if value is not None else exp.null()
        out[name] = exp.cast(literal, exp.DataType.build(duck, dialect="duckdb"))
    return out


def _rewrite(tree: exp.Expr, binds: dict[str, exp.Expr]) -> exp.Expr:
    def fix(node: exp.Expr) -> exp.Expr:
        if isinstance(node, exp.Table) and isinstance(node.this, exp.Identifier):
            node.set("db", None)
            node.set("catalog", None)
            return node
        if isinstance(node, exp.Parameter) and isinstance(node.this, exp.Var):
            bound = binds.get(node.name.lower())
            # an undeclared variable (a report parameter): an untyped NULL binds anywhere
            return bound.copy() if bound is not None else exp.null()
        if isinstance(node, exp.Column) and (node.args.get("db") or node.args.get("catalog")):
            node.set("db", None)  # dbo.JCCM.Contract → JCCM.Contract
            node.set("catalog", None)
            return node
        if (
            isinstance(node, exp.Anonymous)
            and node.name.upper() == "CHOOSE"
            and len(node.expressions) >= 2
        ):
            index, *options = node.expressions
            case = exp.Case(this=index.copy())
            for i, option in enumerate(options, 1):
                case = case.when(exp.Literal.number(i), option.copy())
            return case
        if (
            isinstance(node, exp.DateAdd)
            and isinstance(node.this, exp.Literal)
            and not node.this.is_string
        ):
            # DATEADD(mm, n, 0): T-SQL reads the number as days after 1900-01-01 (the first-of-month idiom)
            day = _dt.date(1900, 1, 1) + _dt.timedelta(days=int(float(node.this.name)))
            node.set(
                "this",
                exp.cast(exp.Literal.string(day.isoformat()), exp.DataType.build("TIMESTAMP")),
            )
            return node
        if isinstance(node, exp.Literal) and node.is_string:
            iso = _iso_date(node.name)
            return exp.Literal.string(iso) if iso else node
        if isinstance(node, exp.Collate):
            return node.this
        if isinstance(node, exp.DataType):
            if node.this == exp.DType.USERDEFINED:
                return node  # resolved by the caller with the schema
            fixed = _TYPE_FIXES.get(node.this.name)
            if fixed:
                return exp.DataType.build(fixed, dialect="duckdb")
            if node.this in (
                exp.DType.VARCHAR,
                exp.DType.NVARCHAR,
                exp.DType.CHAR,
                exp.DType.NCHAR,
                exp.DType.TEXT,
            ):
                return exp.DataType.build("VARCHAR", dialect="duckdb")
        return node

    tree = tree.transform(fix, copy=False)
    for join in list(tree.find_all(exp.Join)):
        lateral = join.this
        if isinstance(lateral, exp.Lateral) and lateral.args.get("cross_apply") is not None:
            # CROSS/OUTER APPLY (subquery) → [LEFT] JOIN LATERAL (subquery) ON TRUE
            outer = lateral.args.get("cross_apply") is False
            join.replace(
                exp.Join(
                    this=exp.Lateral(this=lateral.this, alias=lateral.args.get("alias")),
                    side="LEFT" if outer else None,
                    on=exp.true(),
                )
            )
    with_ = tree.args.get("with_") or tree.args.get("with")
    if isinstance(with_, exp.With):
        # T-SQL CTEs recurse without a keyword; DuckDB wants WITH RECURSIVE
        for cte in with_.expressions:
            if any(
                t.name.lower() == cte.alias_or_name.lower() for t in cte.this.find_all(exp.Table)
            ):
                with_.set("recursive", True)
    if isinstance(tree, exp.Query):
        tree.set("options", None)  # OPTION (RECOMPILE, MAXDOP 1): plan hints, nothing to bind
    return tree


_DATE_FORMATS = (
    (re.compile(r"^\d{8}$"), "%Y%m%d"),
    (re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$"), "%m/%d/%Y"),
    (re.compile(r"^\d{1,2}-[A-Za-z]{3}-\d{4}$"), "%d-%b-%Y"),
    (re.compile(r"^[A-Za-z]{3} \d{1,2},? \d{4}$"), "%b %d %Y"),
)


def _iso_date(text: str) -> str | None:
    """A date literal SQL Server reads (``'20240101'``, ``'1/1/2024'``, ``'15-Jan-2024'``) in the form DuckDB reads."""
    for pattern, fmt in _DATE_FORMATS:
        if pattern.match(text):
            try:
                return _dt.datetime.strptime(text.replace(",", ""), fmt).date().isoformat()
            except ValueError:
                return None
    return None


def _resolve_user_types(tree: exp.Expr, schema: ShadowSchema) -> None:
    for dt in list(tree.find_all(exp.DataType)):
        if dt.this == exp.DType.USERDEFINED:
            dt.replace(exp.DataType.build(schema.type_of(dt), dialect="duckdb"))


def _type_arithmetic(tree: exp.Expr, schema: ShadowSchema) -> None:
    """Give ``+``/``-`` their T-SQL meaning, typing a copy against the shadow and mapping back.

    - ``+`` between strings is concatenation: ``||`` in DuckDB;
    - a date plus or minus a number adds days (``GETDATE() - 30``): ``± INTERVAL (n) DAY``.

    The copy is qualified and annotated (which rewrites it); the original keeps
    the user's output names. Operators are paired by their order in the tree,
    which qualification does not change (stars and alias references are not expanded).
    """
    ops = list(tree.find_all(exp.Add, exp.Sub, bfs=False))
    if not ops:
        return
    typed: list[tuple | None] = [None] * len(ops)
    try:
        copy = tree.copy()
        for ident in copy.find_all(exp.Identifier):
            # the shadow's names are case-insensitive: [JCJM] and jcjm are the same object
            ident.set("quoted", False)
            ident.set("this", ident.name.lower())
        # only the tables this query reads: normalising the whole shadow's schema costs ~0.5 s a call
        used = {t.name.lower() for t in copy.find_all(exp.Table)}
        tables = {name: schema.tables[name] for name in used if name in schema.tables}
        qualified = qualify(
            copy,
            schema=tables,
            dialect="duckdb",
            expand_stars=False,
            expand_alias_refs=False,
            validate_qualify_columns=False,
            quote_identifiers=False,
            identify=False,
            qualify_columns=True,
        )
        annotated = list(
            annotate_types(qualified, schema=tables, dialect="duckdb").find_all(
                exp.Add, exp.Sub, bfs=False
            )
        )
        if len(annotated) == len(ops) and all(type(a) is type(o) for a, o in zip(annotated, ops)):
            typed = [(a.type, a.this.type, a.expression.type) for a in annotated]
    except Exception:  # typing is best effort: the literal rule below still applies
        pass
    text = exp.DataType.TEXT_TYPES
    dates = exp.DataType.TEMPORAL_TYPES - {exp.DType.TIME, exp.DType.TIMETZ}
    numbers = exp.DataType.INTEGER_TYPES
    for original, types in reversed(list(zip(ops, typed))):  # inner operators first
        t, left, right = types or (None, None, None)
        if isinstance(original, exp.Add):
            # a quoted string (or a concatenation) on either side is concatenation as T-SQL writers mean it
            literal = any(
                isinstance(side.unnest(), exp.DPipe)
                or (isinstance(side.unnest(), exp.Literal) and side.unnest().is_string)
                for side in (original.this, original.expression)
            )
            if literal or (t is not None and t.this in text):
                original.replace(
                    exp.DPipe(this=original.this, expression=original.expression, safe=True)
                )
                continue
        if left is not None and right is not None and left.this in dates and right.this in numbers:
            days = exp.Interval(
                this=exp.paren(original.expression.copy(), copy=False), unit=exp.var("DAY")
            )
            original.set("expression", days)


def prepare(sql: str, schema: ShadowSchema) -> tuple[list[Prepared], Unsupported | None]:
    """The batch's queries as DuckDB SQL, or the reason it cannot run in the shadow."""
    try:
        batch = split_batch(sql)
    except SqlglotError as exc:
        return [], Unsupported("transpile", f"parse: {str(exc).splitlines()[0][:120]}")
    queries = batch.queries
    if not queries:
        return [], Unsupported("no-query")
    binds = variables(batch, schema)
    out = []
    for query in queries:
        problem = _unsupported_in(query)
        if problem is not None:
            return [], problem
        work = query.copy()
        has_order = work.args.get("order") is not None
        work = _rewrite(work, binds)
        _resolve_user_types(work, schema)
        _type_arithmetic(work, schema)
        try:
            text = work.sql(dialect="duckdb", unsupported_level=ErrorLevel.RAISE)
        except SqlglotError as exc:
            return [], Unsupported("transpile", str(exc).splitlines()[0][:120])
        except Exception as exc:  # a generator bug is sqlglot's, not the query's
            return [], Unsupported("transpile", f"{exc.__class__.__name__}: {exc}"[:120])
        out.append(Prepared(query, text, has_order))
    return out, None


_STRING_LITERAL = re.compile(r"'((?:[^']|'')*)'")


def string_literals(sql: str) -> set[str]:
    """Every quoted literal in the text, unescaped: a conversion error about one of these is the dialect's, not the data's."""
    return {m.group(1).replace("''", "'") for m in _STRING_LITERAL.finditer(sql)}
