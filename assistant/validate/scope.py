"""Parse a T-SQL batch once and resolve every SELECT scope once, for all checks to share.

SQL Server batches are not what ``sqlglot.parse`` expects: statements run on
without semicolons (``DECLARE @JCCo bCompany`` then ``SELECT …``), ``GO``
separates batches, and a ``DECLARE`` with a Vista type makes sqlglot swallow the
rest of the text as one opaque command. So the text is tokenized once, split
into statements at the token level (keeping every token's offset in the
original text), and each statement is parsed from its own tokens.

Then each query is walked once: every SELECT becomes a :class:`Scope` with its
sources (catalog objects, CTEs, derived tables, APPLY, ``#temp`` tables, table
variables) and its column references, each resolved to the source it reads.
Equalities from ON and WHERE feed one union-find per statement, so join checks
see transitive predicates (``a.JCCo = @JCCo AND b.JCCo = @JCCo``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterator, Mapping

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ParseError, SqlglotError, TokenError
from sqlglot.tokens import Token, TokenType

from ..catalog import Catalog, DbObject, normalize

DIALECT = Dialect.get_or_raise("tsql")


class _QuietFallback(logging.Filter):
    # sqlglot logs a warning each time it keeps an unsupported statement as a
    # Command; for a validator that is an expected outcome, not news.
    def filter(self, record: logging.LogRecord) -> bool:
        return "unsupported syntax" not in record.getMessage()


logging.getLogger("sqlglot").addFilter(_QuietFallback())

GO_LINE = re.compile(r"^[ \t]*GO(?:[ \t]+\d+)?[ \t]*;?[ \t]*$", re.IGNORECASE | re.MULTILINE)

T = TokenType
# tokens that begin a new statement when met at the top level of a batch
STARTS = {
    T.SELECT, T.WITH, T.INSERT, T.UPDATE, T.DELETE, T.MERGE, T.DECLARE, T.SET, T.EXECUTE,
    T.CREATE, T.ALTER, T.DROP, T.TRUNCATE, T.GRANT, T.REVOKE, T.USE, T.COMMAND,
}
CONTROL_WORDS = {"if", "while", "return", "deny", "break", "continue", "waitfor", "raiserror", "throw"}
QUERY_STARTS = {T.SELECT, T.WITH, T.INSERT, T.UPDATE, T.DELETE, T.MERGE}
SET_OPS = {T.UNION, T.EXCEPT, T.INTERSECT, T.ALL, T.DISTINCT, T.L_PAREN}


# -- parse results ---------------------------------------------------------------


@dataclass(frozen=True)
class ParseIssue:
    message: str
    line: int
    col: int
    start: int
    end: int


@dataclass(eq=False)
class Statement:
    """One statement of the batch: its tokens, its tree (None when it did not parse)."""

    tokens: list[Token]
    head: str  # the first word, upper case (SELECT, DECLARE, EXEC, …)
    tree: exp.Expr | None = None
    condition: bool = False  # an IF/WHILE condition, not a statement of its own
    scopes: list["Scope"] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.tokens[0].start if self.tokens else 0

    @property
    def end(self) -> int:
        return self.tokens[-1].end if self.tokens else 0


# -- scopes ----------------------------------------------------------------------


@dataclass(eq=False)
class Source:
    """Something a FROM, JOIN or APPLY reads, under the name the query uses for it."""

    alias: str  # as written: the alias, else the table name
    name: str  # the table / CTE name as written ("" for derived tables)
    kind: str  # object | cte | derived | temp | tablevar | function | system | unknown
    node: exp.Expr
    scope: "Scope"
    obj: DbObject | None = None
    columns: Mapping[str, Any] | None = None  # lower name -> anything; None = not known
    join: exp.Join | None = None
    inner: "Scope | None" = None  # the SELECT a CTE or derived table reads from (its column lineage)

    @property
    def opaque(self) -> bool:
        return self.columns is None

    def has(self, column: str) -> bool:
        return self.columns is None or column.lower() in self.columns


@dataclass(eq=False)
class Ref:
    """A column reference and what it resolved to."""

    column: exp.Column
    scope: "Scope"
    status: str  # ok | opaque | alias | unknown-column | unbound-qualifier | ambiguous
    source: Source | None = None
    candidates: tuple[Source, ...] = ()
    in_order: bool = False

    @property
    def name(self) -> str:
        return self.column.name


@dataclass(eq=False)
class Scope:
    node: exp.Select
    parent: "Scope | None"
    statement: Statement
    sources: dict[str, Source] = field(default_factory=dict)
    order: list[Source] = field(default_factory=list)
    columns: list[tuple[exp.Column, bool]] = field(default_factory=list)  # (column, in ORDER BY)
    children: list["Scope"] = field(default_factory=list)
    outputs: dict[str, str] | None = None
    aggregated: bool = False  # an aggregate (not a window) in the select list
    lineage: dict[str, exp.Column] = field(default_factory=dict)  # output name -> the column it passes through

    def lookup(self, alias: str) -> Source | None:
        scope: Scope | None = self
        key = alias.lower()
        while scope is not None:
            found = scope.sources.get(key)
            if found is not None:
                return found
            scope = scope.parent
        return None

    @property
    def catalog_sources(self) -> list[Source]:
        return [s for s in self.order if s.obj is not None]

    @property
    def depth(self) -> int:
        d, s = 0, self.parent
        while s is not None:
            d, s = d + 1, s.parent
        return d


# -- the analysis: everything checks share -----------------------------------------


class Analysis:
    """The parsed batch with its scopes and resolved references; built once per validate()."""

    def __init__(self, sql: str, catalog: Catalog):
        self.sql = sql
        self.catalog = catalog
        self.statements: list[Statement] = []
        self.parse_issues: list[ParseIssue] = []
        self.scopes: list[Scope] = []
        self.refs: list[Ref] = []
        self.variables: dict[str, str] = {}  # @name (lower) -> declared type text
        self.temps: dict[str, dict[str, str] | None] = {}  # #t / @t (lower) -> columns
        self._columns_cache: dict[int, dict[str, Any]] = {}
        self._parse()
        for statement in self.statements:
            if statement.tree is not None:
                _Builder(self, statement).build()
        self._resolve()

    # -- parsing -----------------------------------------------------------

    def _parse(self) -> None:
        text = GO_LINE.sub(lambda m: ";" + " " * (len(m.group(0)) - 1), self.sql)
        if text.startswith("\ufeff"):  # a byte-order mark pasted with the file: same length, no meaning
            text = " " + text[1:]
        try:
            tokens = _tokenize(text)
        except TokenError as exc:
            opened = _unterminated(text)
            if opened is not None:
                start, what = opened
                message = f"syntax error: unterminated {what} starting here"
            else:
                start = exc.start if exc.start is not None else 0
                message = _first_line(str(exc))
            line, col = line_col(self.sql, start)
            self.parse_issues.append(ParseIssue(message, line, col, start, start))
            return
        for chunk, head, condition in split_statements(tokens):
            statement = Statement(chunk, head, condition=condition)
            self.statements.append(statement)
            if head == "DECLARE":
                self._declare(chunk)
                continue
            if head == "SET" and len(chunk) > 1 and chunk[1].token_type != T.PARAMETER:
                continue  # a session option (NOCOUNT, TRANSACTION ISOLATION LEVEL, DATEFORMAT…): nothing to check
            strict = _stricter_than_sqlglot(chunk)
            if strict is not None:
                if not condition:
                    self.parse_issues.append(strict)
                continue
            try:
                parser = DIALECT.parser()
                trees = [t for t in parser.parse(chunk, self.sql) if t is not None]
                if condition and trees and isinstance(trees[0], exp.Command):
                    trees = []
            except ParseError as exc:
                if not condition:
                    self.parse_issues.extend(self._issues(exc, chunk))
                continue
            except SqlglotError as exc:  # any other sqlglot failure is still a parse problem
                if not condition:
                    t0 = chunk[0]
                    self.parse_issues.append(ParseIssue(_first_line(str(exc)), t0.line, *_start_col(t0), t0.start, t0.end))
                continue
            except RecursionError:
                t0 = chunk[0]
                self.parse_issues.append(ParseIssue("statement nested too deeply to analyse", t0.line, 1, t0.start, t0.end))
                continue
            if trees:
                statement.tree = trees[0]

    def _issues(self, exc: ParseError, chunk: list[Token]) -> Iterator[ParseIssue]:
        seen = False
        for err in exc.errors[:3]:
            line, col = err.get("line"), err.get("col")
            highlight = err.get("highlight") or ""
            desc = err.get("description") or "syntax error"
            if line is None or col is None:
                t = chunk[-1]
                line, col, start = t.line, _start_col(t)[0], t.start
            else:
                col = max(1, col - len(highlight) + 1) if highlight else col
                start = offset_of(self.sql, line, col)
            near = f" near {highlight!r}" if highlight else ""
            seen = True
            yield ParseIssue(f"syntax error{near}: {_first_line(desc)}", line, col, start, start + max(len(highlight) - 1, 0))
        if not seen:
            t = chunk[0]
            yield ParseIssue(f"syntax error: {_first_line(str(exc))}", t.line, _start_col(t)[0], t.start, t.end)

    def _declare(self, chunk: list[Token]) -> None:
        """Variables and table variables from a DECLARE, read from tokens (never fails)."""
        depth, i, n = 0, 1, len(chunk)
        while i < n:
            tok = chunk[i]
            if tok.token_type == T.PARAMETER and depth == 0 and i + 1 < n:
                name = "@" + chunk[i + 1].text.lower()
                j = i + 2
                if j < n and chunk[j].token_type == T.ALIAS:  # DECLARE @x AS int
                    j += 1
                if j < n and chunk[j].token_type == T.TABLE:
                    self.temps[name] = _column_defs(chunk, j + 1)
                    self.variables[name] = "TABLE"
                else:
                    self.variables[name] = chunk[j].text if j < n else ""
                i = j
                continue
            if tok.token_type == T.L_PAREN:
                depth += 1
            elif tok.token_type == T.R_PAREN:
                depth -= 1
            i += 1

    # -- resolution ----------------------------------------------------------

    def columns_of(self, obj: DbObject) -> Mapping[str, Any]:
        # the object's own lower-name index: read-only here, and built once per catalog load
        cols = getattr(obj, "_by_name", None)
        if cols is None or len(cols) != len(obj.columns):
            cols = self._columns_cache.get(id(obj))
            if cols is None:
                cols = {c.name.lower(): c for c in obj.columns}
                self._columns_cache[id(obj)] = cols
        return cols

    def _resolve(self) -> None:
        for scope in self.scopes:
            outputs = renamed = None
            for column, in_order in scope.columns:
                ref = _resolve_column(scope, column, in_order)
                # ORDER BY reads the select list first: a name it outputs is neither unknown nor
                # ambiguous, and an alias wins over a column of the same name (SUM(x) AS x … ORDER BY x)
                if in_order and not column.table:
                    if outputs is None:
                        outputs = _select_aliases(scope.node)
                        renamed = {e.alias.lower() for e in scope.node.expressions if isinstance(e, exp.Alias)}
                    name = column.name.lower()
                    if name in renamed or (ref.status in ("unknown-column", "ambiguous") and name in outputs):
                        ref.status = "alias"
                self.refs.append(ref)

    @cached_property
    def ref_of(self) -> dict[int, Ref]:
        return {id(r.column): r for r in self.refs}

    @cached_property
    def equalities(self) -> dict[int, "Equalities"]:
        """One union-find per statement over ON/WHERE equalities, keyed by id(statement)."""
        result = {}
        ref_of = self.ref_of
        for statement in self.statements:
            eq = Equalities()
            for scope in statement.scopes:
                for cond in scope_conditions(scope):
                    for conj in conjuncts(cond):
                        eq.add(conj, ref_of)
                for source in scope.order:
                    # a CTE or derived column that passes a column through *is* that column:
                    # a filter on either side binds the other
                    if source.inner is not None:
                        for name, column in source.inner.lineage.items():
                            term = _term(column, ref_of)
                            if term is not None and term[0] == "col":
                                eq.union(col_key(source, name), term)
            result[id(statement)] = eq
        return result

    def equalities_for(self, scope: Scope) -> "Equalities":
        return self.equalities[id(scope.statement)]


def scope_conditions(scope: Scope) -> Iterator[exp.Expr]:
    where = scope.node.args.get("where")
    if where is not None:
        yield where.this
    for join in scope.node.args.get("joins") or ():
        on = join.args.get("on")
        if on is not None:
            yield on


def conjuncts(cond: exp.Expr) -> Iterator[exp.Expr]:
    stack = [cond]
    while stack:
        node = stack.pop()
        if isinstance(node, exp.And):
            stack.append(node.expression)
            stack.append(node.this)
        elif isinstance(node, exp.Paren):
            stack.append(node.this)
        else:
            yield node


class Equalities:
    """Union-find over (source, column), variables and literals."""

    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, key: Any) -> Any:
        parent = self.parent
        if key not in parent:
            parent[key] = key
            return key
        root = key
        while parent[root] != root:
            root = parent[root]
        while parent[key] != root:
            parent[key], key = root, parent[key]
        return root

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb

    def same(self, a: Any, b: Any) -> bool:
        return self.find(a) == self.find(b)

    @cached_property
    def classes(self) -> dict[Any, list[Any]]:
        groups: dict[Any, list[Any]] = {}
        for key in list(self.parent):
            groups.setdefault(self.find(key), []).append(key)
        return groups

    def members(self, key: Any) -> list[Any]:
        return self.classes.get(self.find(key), [key])

    def bound(self, key: Any) -> bool:
        """Whether the class holds a constant (a literal, a variable, an IN list)."""
        return any(k[0] != "col" for k in self.members(key))

    def add(self, node: exp.Expr, ref_of: dict[int, Ref]) -> None:
        if isinstance(node, exp.EQ):
            a, b = _term(node.this, ref_of), _term(node.expression, ref_of)
            if a is not None and b is not None and (a[0] == "col" or b[0] == "col"):
                self.union(a, b)
        elif isinstance(node, (exp.In, exp.Between)):
            a = _term(node.this, ref_of)
            if a is not None and a[0] == "col":
                self.union(a, ("const", id(node)))
        self.__dict__.pop("classes", None)


def col_key(source: Source, column: str) -> tuple[str, int, str]:
    return ("col", id(source), column.lower())


def _term(node: exp.Expr, ref_of: dict[int, Ref]) -> tuple | None:
    while isinstance(node, exp.Paren):
        node = node.this
    if isinstance(node, exp.Column):
        ref = ref_of.get(id(node))
        if ref is not None and ref.source is not None:
            return col_key(ref.source, node.name)
        return None
    if isinstance(node, exp.Literal):
        return ("lit", node.this.lower())
    if isinstance(node, exp.Parameter):
        return ("var", node.name.lower())
    return None


def _resolve_column(scope: Scope, column: exp.Column, in_order: bool) -> Ref:
    name = column.name.lower()
    qualifier = column.table
    if qualifier:
        source = scope.lookup(qualifier)
        if source is None:
            return Ref(column, scope, "unbound-qualifier", in_order=in_order)
        if source.has(name):
            return Ref(column, scope, "opaque" if source.opaque else "ok", source, in_order=in_order)
        return Ref(column, scope, "unknown-column", source, in_order=in_order)
    current: Scope | None = scope
    while current is not None:
        matches = [s for s in current.order if s.columns is not None and name in s.columns]
        if len(matches) == 1:
            return Ref(column, scope, "ok", matches[0], in_order=in_order)
        if len(matches) > 1:
            return Ref(column, scope, "ambiguous", matches[0], tuple(matches), in_order=in_order)
        if any(s.columns is None for s in current.order):
            return Ref(column, scope, "opaque", in_order=in_order)
        current = current.parent
    return Ref(column, scope, "unknown-column", in_order=in_order)


def _select_aliases(select: exp.Select) -> set[str]:
    names = set()
    for e in select.expressions:
        if isinstance(e, exp.Alias):
            names.add(e.alias.lower())
        elif isinstance(e, exp.Column):
            names.add(e.name.lower())
    return names


# -- the scope builder -----------------------------------------------------------------


class _Builder:
    def __init__(self, analysis: Analysis, statement: Statement):
        self.a = analysis
        self.statement = statement
        self.produced: Scope | None = None  # the SELECT scope the last query() call returned columns of
        self.cte_scopes: dict[str, Scope | None] = {}

    def build(self) -> None:
        tree = self.statement.tree
        roots = []
        if isinstance(tree, exp.Query):
            roots.append(tree)
        else:
            # writes, CREATE VIEW bodies, SET @x = (SELECT …): analyse every outermost query
            stack = [tree]
            while stack:
                node = stack.pop()
                if isinstance(node, (exp.Select, exp.SetOperation)):
                    roots.append(node)
                    continue
                if isinstance(node, exp.Subquery):
                    roots.append(node.this)
                    continue
                stack.extend(reversed(list(node.iter_expressions())))
        for root in roots:
            outputs = self.query(root, None, {})
            into = root.args.get("into") if isinstance(root, exp.Select) else None
            if into is not None and isinstance(into.this, exp.Table):
                key = _temp_key(into.this)
                if key:
                    self.a.temps[key] = outputs
        if isinstance(tree, exp.Create) and isinstance(tree.this, exp.Schema):
            table = tree.this.this
            if isinstance(table, exp.Table):
                key = _temp_key(table)
                if key:
                    self.a.temps[key] = {
                        c.name.lower(): c.name for c in tree.this.expressions if isinstance(c, exp.ColumnDef)
                    }

    def query(self, node: exp.Expr, parent: Scope | None, ctes: dict) -> dict[str, str] | None:
        if isinstance(node, exp.Subquery):
            return self.query(node.this, parent, ctes)
        with_ = node.args.get("with_")
        if with_ is not None:
            ctes = dict(ctes)
            for cte in with_.expressions:
                name = cte.alias_or_name.lower()
                declared = [c.name for c in (cte.args.get("alias").columns if cte.args.get("alias") else [])]
                if declared:
                    ctes[name] = {c.lower(): c for c in declared}
                else:
                    ctes.setdefault(name, None)  # a recursive CTE sees itself, columns unknown yet
                outputs = self.query(cte.this, parent, ctes)
                self.cte_scopes[name] = self.produced if not declared else None
                if not declared:
                    ctes[name] = outputs
        if isinstance(node, exp.SetOperation):
            left = self.query(node.this, parent, ctes)
            self.query(node.expression, parent, ctes)
            self.produced = None  # rows of several branches: no single column lineage
            return left
        if isinstance(node, exp.Select):
            outputs = self.select(node, parent, ctes)
            self.produced = self.a.scopes[self._index_of(node)]
            return outputs
        self.produced = None
        return None

    def _index_of(self, node: exp.Select) -> int:
        for i in range(len(self.a.scopes) - 1, -1, -1):
            if self.a.scopes[i].node is node:
                return i
        raise LookupError("scope not built")

    def select(self, node: exp.Select, parent: Scope | None, ctes: dict) -> dict[str, str] | None:
        scope = Scope(node, parent, self.statement)
        self.a.scopes.append(scope)
        self.statement.scopes.append(scope)
        if parent is not None:
            parent.children.append(scope)
        from_ = node.args.get("from_")
        if from_ is not None:
            self.add_source(scope, from_.this, None, ctes)
        joins = node.args.get("joins") or ()
        for join in joins:
            self.add_source(scope, join.this, join, ctes)
            if _needs_on(join):
                place = span(join.this)
                if place is not None:
                    line, col = line_col(self.a.sql, place[0])
                    self.a.parse_issues.append(ParseIssue(
                        "syntax error: JOIN without ON (SQL Server requires ON; use CROSS JOIN for a cartesian product)",
                        line, col, place[0], place[1]))
        for key, value in node.args.items():
            if key in ("from_", "joins", "with_") or value is None:
                continue
            self.walk(value, scope, ctes, key == "order", key == "expressions")
        for join in joins:
            for key in ("on", "using"):
                if join.args.get(key) is not None:
                    self.walk(join.args[key], scope, ctes, False)
        scope.outputs = self.outputs(scope)
        return scope.outputs

    def walk(self, value: Any, scope: Scope, ctes: dict, in_order: bool, projections: bool = False) -> None:
        stack = list(value) if isinstance(value, list) else [value]
        while stack:
            node = stack.pop()
            if not isinstance(node, exp.Expr):
                continue
            if projections:
                if isinstance(node, exp.Window):
                    # aggregates under OVER() do not make the query aggregated
                    self.walk(list(node.iter_expressions()), scope, ctes, in_order, False)
                    continue
                if is_aggregate(node):
                    scope.aggregated = True
            if isinstance(node, exp.Column):
                if not isinstance(node.this, exp.Star):
                    scope.columns.append((node, in_order))
                continue
            if isinstance(node, (exp.Select, exp.SetOperation)):
                self.query(node, scope, ctes)
                continue
            if isinstance(node, exp.Subquery):
                self.query(node.this, scope, ctes)
                continue
            if isinstance(node, exp.Table):  # INTO #t, function tables: not column references
                continue
            stack.extend(node.iter_expressions())

    def add_source(self, scope: Scope, node: exp.Expr, join: exp.Join | None, ctes: dict) -> None:
        a = self.a
        alias = node.alias if isinstance(node, (exp.Table, exp.Subquery, exp.Lateral, exp.Values)) else ""
        alias_cols = []
        ta = node.args.get("alias")
        if isinstance(ta, exp.TableAlias):
            alias_cols = [c.name for c in ta.columns]
        name, kind, obj, columns, inner_scope = "", "unknown", None, None, None
        if isinstance(node, exp.Table):
            this = node.this
            if isinstance(this, exp.Parameter):
                name = "@" + this.name
                kind = "tablevar"
                columns = a.temps.get(name.lower())
            elif isinstance(this, exp.Identifier):
                name = this.name
                db = (node.db or "").lower()
                if this.args.get("temporary") or name.startswith("#"):
                    name = name if name.startswith("#") else "#" + name
                    kind, columns = "temp", a.temps.get(name.lower())
                elif db in ("sys", "information_schema"):
                    kind = "system"
                elif not db and name.lower() in ctes:
                    kind, columns = "cte", ctes[name.lower()]
                    inner_scope = self.cte_scopes.get(name.lower())
                else:
                    obj = a.catalog.get(name)
                    if obj is not None:
                        kind, columns = "object", a.columns_of(obj)
            else:
                kind = "function"
                name = this.name if isinstance(this, exp.Expr) else ""
                self.walk(this, scope, ctes, False)
        elif isinstance(node, exp.Subquery):
            kind = "derived"
            columns = self.query(node.this, scope.parent, ctes)
            inner_scope = self.produced
        elif isinstance(node, exp.Lateral):
            inner = node.this
            if isinstance(inner, exp.Subquery):
                kind = "derived"
                columns = self.query(inner.this, scope, ctes)  # APPLY sees the sources on its left
                inner_scope = self.produced
            else:
                kind = "function"
                self.walk(inner, scope, ctes, False)
        elif isinstance(node, exp.Values):
            kind = "derived"
            self.walk(node.expressions, scope, ctes, False)
        else:
            self.walk(node, scope, ctes, False)
        if alias_cols:
            columns = {c.lower(): c for c in alias_cols}
            inner_scope = None  # renamed columns: positions, not names, carry the lineage
        pivots = node.args.get("pivots") if isinstance(node, (exp.Table, exp.Subquery)) else None
        if pivots:
            # PIVOT/UNPIVOT reshape the columns: the result is read under the pivot's alias
            columns = None
            if kind != "unknown":
                kind, obj = "derived", None
            alias = pivots[-1].alias or alias
        key = alias or name
        source = Source(key, name, kind, node, scope, obj, columns, join, inner_scope)
        if key:
            scope.sources[key.lower()] = source
        scope.order.append(source)

    def outputs(self, scope: Scope) -> dict[str, str] | None:
        result: dict[str, str] = {}
        for e in scope.node.expressions:
            if isinstance(e, exp.Alias):
                result[e.alias.lower()] = e.alias
                if isinstance(e.this, exp.Column) and not isinstance(e.this.this, exp.Star):
                    scope.lineage[e.alias.lower()] = e.this
            elif isinstance(e, exp.Column):
                if isinstance(e.this, exp.Star):
                    source = scope.sources.get(e.table.lower())
                    if source is None or source.columns is None:
                        return None
                    result.update({k: k for k in source.columns})
                else:
                    result[e.name.lower()] = e.name
                    scope.lineage[e.name.lower()] = e
            elif isinstance(e, exp.Star):
                for source in scope.order:
                    if source.columns is None:
                        return None
                    result.update({k: k for k in source.columns})
        return result


def is_aggregate(node: exp.Expr) -> bool:
    return isinstance(node, exp.AggFunc) or (isinstance(node, exp.Anonymous) and node.name.lower().endswith("_agg"))


def _needs_on(join: exp.Join) -> bool:
    """A keyword JOIN (not a comma, CROSS JOIN or APPLY) that has no ON: sqlglot allows it, SQL Server does not."""
    if isinstance(join.this, exp.Lateral) or (join.args.get("kind") or "").upper() == "CROSS":
        return False
    if join.args.get("on") is not None or join.args.get("using"):
        return False
    return "pivots" in join.args  # sqlglot sets it only for joins written with the JOIN keyword


def _unterminated(text: str) -> tuple[int, str] | None:
    """Where an unterminated string, bracketed name or block comment opens, if one does."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "-" and text.startswith("--", i):
            nl = text.find("\n", i)
            i = n if nl == -1 else nl + 1
            continue
        if ch == "/" and text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end == -1:
                return i, "comment"
            i = end + 2
            continue
        closer = {"'": "'", "[": "]", '"': '"'}.get(ch)
        if closer is None:
            i += 1
            continue
        j = i + 1
        while True:
            j = text.find(closer, j)
            if j == -1:
                return i, "string" if ch == "'" else "quoted name"
            if text.startswith(closer * 2, j):  # '' and ]] escape themselves
                j += 2
                continue
            break
        i = j + 1
    return None


def _temp_key(table: exp.Table) -> str | None:
    this = table.this
    if isinstance(this, exp.Parameter):
        return "@" + this.name.lower()
    if isinstance(this, exp.Identifier) and (this.args.get("temporary") or this.name.startswith("#")):
        name = this.name.lower()
        return name if name.startswith("#") else "#" + name
    return None


_LIST_END = {T.COMMA, T.FROM, T.R_PAREN, T.WHERE, T.GROUP_BY, T.ORDER_BY, T.HAVING, T.UNION, T.SEMICOLON}
_AFTER_FROM = {T.FROM, T.SELECT, T.WHERE, T.JOIN, T.COMMA, T.ON, T.GROUP_BY, T.ORDER_BY}


def _stricter_than_sqlglot(chunk: list[Token]) -> ParseIssue | None:
    """Syntax sqlglot forgives but SQL Server rejects: a dangling comma, ``FROM FROM``, FROM-first queries."""
    for prev, tok in zip(chunk, chunk[1:]):
        if prev.token_type == T.COMMA and tok.token_type in _LIST_END:
            why = f"a list cannot end with a comma before {tok.text!r}"
        elif prev.token_type == T.FROM and tok.token_type in _AFTER_FROM:
            why = f"FROM must be followed by a table, not {tok.text!r}"
        else:
            continue
        col = max(1, tok.col - (tok.end - tok.start))
        return ParseIssue(f"syntax error near {tok.text!r}: {why}", tok.line, col, tok.start, tok.end)
    return None


def _column_defs(chunk: list[Token], i: int) -> dict[str, str] | None:
    """Column names of ``TABLE ( col type, … )`` starting at token i (the parenthesis)."""
    if i >= len(chunk) or chunk[i].token_type != T.L_PAREN:
        return None
    cols: dict[str, str] = {}
    depth, expect = 0, True
    for tok in chunk[i:]:
        if tok.token_type == T.L_PAREN:
            depth += 1
            continue
        if tok.token_type == T.R_PAREN:
            depth -= 1
            if depth == 0:
                break
            continue
        if depth == 1 and tok.token_type == T.COMMA:
            expect = True
            continue
        if depth == 1 and expect:
            if tok.text.upper() not in ("PRIMARY", "UNIQUE", "CONSTRAINT", "INDEX", "CHECK"):
                cols[tok.text.lower()] = tok.text
            expect = False
    return cols


# -- tokens and statements ------------------------------------------------------------------


def _tokenize(text: str) -> list[Token]:
    tokens = DIALECT.tokenize(text)
    merge, command, join = T.MERGE, T.COMMAND, T.JOIN
    last = len(tokens) - 1
    for i, tok in enumerate(tokens):
        tt = tok.token_type
        if tt is merge and i < last and tokens[i + 1].token_type is join:
            # the MERGE join hint (LEFT MERGE JOIN) is not the MERGE statement: read it like HASH or LOOP
            tok.token_type = T.VAR
        elif tt is command and i < last:
            # A command word (PRINT, …) at the start of a statement makes the tokenizer read
            # the rest of the text as its argument; split after that line and go on, so a
            # write hidden behind a PRINT is still seen.
            nxt = tokens[i + 1]
            newline = text.find("\n", tok.end, nxt.end + 1)
            if newline != -1 and nxt.end > newline:
                masked = re.sub(r"[^\n]", " ", text[: newline + 1]) + text[newline + 1 :]
                return tokens[: i + 1] + [_semicolon(newline)] + _tokenize(masked)
    return tokens


def _semicolon(offset: int) -> Token:
    return Token(T.SEMICOLON, ";", line=0, col=0, start=offset, end=offset)


_CASE, _END, _LP, _RP, _SEMI, _BEGIN, _ELSE, _VAR, _WITH, _SELECT, _SET, _EXEC, _ALIAS, _FOR, _OR, _ALTER = (
    T.CASE, T.END, T.L_PAREN, T.R_PAREN, T.SEMICOLON, T.BEGIN, T.ELSE, T.VAR, T.WITH, T.SELECT, T.SET,
    T.EXECUTE, T.ALIAS, T.FOR, T.OR, T.ALTER,
)
# tokens the splitter must look at; everything else just joins the current statement
_WATCHED = frozenset(STARTS | {_CASE, _END, _LP, _RP, _SEMI, _BEGIN, _ELSE, _VAR, _WITH})
_ABSORB = {"WITH": 1, "INSERT": 1, "UPDATE": 1}


def split_statements(tokens: list[Token]) -> Iterator[tuple[list[Token], str, bool]]:
    """Split a batch into statements: (tokens, HEAD, is_condition).

    A statement starts at a top-level statement keyword unless the current one
    still expects it (``WITH … SELECT``, ``INSERT … SELECT``, ``UPDATE … SET``,
    ``CREATE VIEW … AS SELECT``, the branches of a UNION).
    """
    cur: list[Token] = []
    head = ""
    absorb = 0
    depth = 0
    case_depth = 0
    condition = False
    n = len(tokens)
    for i, tok in enumerate(tokens):
        tt = tok.token_type
        if tt not in _WATCHED:
            cur.append(tok)
            continue
        if tt is _CASE:
            case_depth += 1
        elif tt is _END and case_depth > 0:
            case_depth -= 1
            cur.append(tok)
            continue
        elif tt is _LP:
            depth += 1
        elif tt is _RP:
            depth = max(depth - 1, 0)
        if depth or case_depth:
            cur.append(tok)
            continue
        if tt is _SEMI:
            if cur:
                yield cur, head, condition
            cur, head, absorb, condition = [], "", 0, False
            continue
        if tt is _VAR:
            word = tok.text.lower()
            if word in ("try", "catch", "tran", "transaction") and i and tokens[i - 1].token_type in (_BEGIN, _END):
                if cur:
                    yield cur, head, condition
                cur, head, absorb, condition = [], "", 0, False
                continue
            if word in CONTROL_WORDS and head != "MERGE":
                if cur:
                    yield cur, head, condition
                cur, head, absorb, condition = [], "", 0, False
                head = word.upper()
                if word in ("if", "while"):
                    condition = True
                    continue
                cur.append(tok)
                continue
            cur.append(tok)
            continue
        if tt in (_BEGIN, _END, _ELSE):
            if cur:
                yield cur, head, condition
            cur, head, absorb, condition = [], "", 0, False
            continue
        starts = tt in STARTS
        if tt is _WITH:
            nxt = tokens[i + 1] if i + 1 < n else None
            after = tokens[i + 2] if i + 2 < n else None
            starts = nxt is not None and nxt.token_type is not _LP and after is not None and after.token_type in (_ALIAS, _LP)
        if starts and cur:
            prev = cur[-1].token_type
            if condition and tt in STARTS:
                pass  # the IF/WHILE condition ends where its statement begins
            elif tt is _SELECT and prev in SET_OPS:
                starts = False
            elif head == "MERGE":
                starts = False
            elif absorb and (tt in QUERY_STARTS or tt is _EXEC or (tt is _SET and head == "UPDATE")):
                absorb -= 1
                if tt is _WITH:
                    absorb += 1
                starts = False
            elif head in ("CREATE", "ALTER") and prev is _ALIAS and tt in (_SELECT, _WITH):
                starts = False
                if tt is _WITH:
                    absorb = 1
            elif head == "DECLARE" and prev is _FOR and tt is _SELECT:
                starts = False
            elif head == "CREATE" and prev is _OR and tt is _ALTER:  # CREATE OR ALTER VIEW
                starts = False
            if starts:
                yield cur, head, condition
                cur, head, absorb, condition = [], "", 0, False
        if not cur and (not condition or starts):
            condition = False
            head = "EXEC" if tt is _EXEC else tok.text.upper()
            absorb = _ABSORB.get(head, 0)
        cur.append(tok)
    if cur:
        yield cur, head, condition


# -- positions -------------------------------------------------------------------


def line_col(text: str, offset: int) -> tuple[int, int]:
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def offset_of(text: str, line: int, col: int) -> int:
    pos = 0
    for _ in range(line - 1):
        nxt = text.find("\n", pos)
        if nxt == -1:
            break
        pos = nxt + 1
    return min(pos + col - 1, len(text))


def _start_col(tok: Token) -> tuple[int]:
    return (max(1, tok.col - (tok.end - tok.start)),)


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else "syntax error"


def span(node: exp.Expr) -> tuple[int, int] | None:
    """(start, end) offsets, inclusive, of every positioned token under a node."""
    starts, ends = [], []
    for n in node.walk():
        m = n._meta
        if m and "start" in m:
            starts.append(m["start"])
            ends.append(m["end"])
    if not starts:
        return None
    return min(starts), max(ends)


def analyse(sql: str, catalog: Catalog) -> Analysis:
    return Analysis(sql, catalog)


__all__ = [
    "Analysis", "Scope", "Source", "Ref", "Statement", "ParseIssue", "Equalities",
    "analyse", "col_key", "conjuncts", "scope_conditions", "span", "line_col", "normalize",
]
