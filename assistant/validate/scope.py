"""Resolve every SELECT scope of a T-SQL batch once, for all checks to share.

:class:`Analysis` parses each statement that :mod:`.batch` splits off, then
walks each query once: every SELECT becomes a :class:`Scope` with its sources
(catalog objects, CTEs, derived tables, APPLY, ``#temp`` tables, table
variables) and its column references, each resolved to the source it reads
(:class:`Ref`). Equalities from ON and WHERE feed one union-find per statement
(:mod:`.equalities`), so join checks see transitive predicates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterator, Mapping

from sqlglot import exp
from sqlglot.errors import ParseError, SqlglotError, TokenError
from sqlglot.tokens import Token, TokenType

from ..catalog import Catalog, DbObject
from .batch import (
    DIALECT,
    GO_LINE,
    ParseIssue,
    line_col,
    offset_of,
    span,
    split_statements,
    start_col,
    stricter_than_sqlglot,
    tokenize,
    unterminated,
)
from .equalities import Equalities, carried, col_key, conjuncts, scope_conditions, term
from .links import Links

T = TokenType


# -- statements ------------------------------------------------------------------


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
    inner: "Scope | None" = (
        None  # the SELECT a CTE or derived table reads from (its column lineage)
    )
    seq: int = 0  # creation order in the statement: outer and earlier sources first

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
    lineage: dict[str, exp.Column] = field(
        default_factory=dict
    )  # output name -> the column it passes through

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
        self.source_count = 0
        self._parse()
        for statement in self.statements:
            if statement.tree is not None:
                _Builder(self, statement).build()
        self._resolve()

    # -- parsing -----------------------------------------------------------

    def _parse(self) -> None:
        text = GO_LINE.sub(lambda m: ";" + " " * (len(m.group(0)) - 1), self.sql)
        if text.startswith(
            "\ufeff"
        ):  # a byte-order mark pasted with the file: same length, no meaning
            text = " " + text[1:]
        try:
            tokens = tokenize(text)
        except TokenError as exc:
            opened = unterminated(text)
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
            strict = stricter_than_sqlglot(chunk)
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
                    self.parse_issues.append(
                        ParseIssue(_first_line(str(exc)), t0.line, *start_col(t0), t0.start, t0.end)
                    )
                continue
            except RecursionError:
                t0 = chunk[0]
                self.parse_issues.append(
                    ParseIssue(
                        "statement nested too deeply to analyse", t0.line, 1, t0.start, t0.end
                    )
                )
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
                line, col, start = t.line, start_col(t)[0], t.start
            else:
                col = max(1, col - len(highlight) + 1) if highlight else col
                start = offset_of(self.sql, line, col)
            near = f" near {highlight!r}" if highlight else ""
            seen = True
            yield ParseIssue(
                f"syntax error{near}: {_first_line(desc)}",
                line,
                col,
                start,
                start + max(len(highlight) - 1, 0),
            )
        if not seen:
            t = chunk[0]
            yield ParseIssue(
                f"syntax error: {_first_line(str(exc))}", t.line, start_col(t)[0], t.start, t.end
            )

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
                        renamed = {
                            e.alias.lower()
                            for e in scope.node.expressions
                            if isinstance(e, exp.Alias)
                        }
                    name = column.name.lower()
                    if name in renamed or (
                        ref.status in ("unknown-column", "ambiguous") and name in outputs
                    ):
                        ref.status = "alias"
                self.refs.append(ref)

    @cached_property
    def ref_of(self) -> dict[int, Ref]:
        return {id(r.column): r for r in self.refs}

    @cached_property
    def equalities(self) -> dict[int, "Equalities"]:
        """One union-find per statement over ON/WHERE equalities, keyed by id(statement)."""
        return self._predicates[0]

    @cached_property
    def links(self) -> dict[int, "Links"]:
        """One join graph per statement (which sources each conjunct relates), keyed by id(statement)."""
        return self._predicates[1]

    def links_for(self, scope: Scope) -> "Links":
        return self.links[id(scope.statement)]

    @cached_property
    def _predicates(self) -> tuple[dict[int, "Equalities"], dict[int, "Links"]]:
        # one pass over every conjunct feeds both the union-find and the join graph
        result, graphs = {}, {}
        ref_of = self.ref_of
        for statement in self.statements:
            eq = Equalities()
            links = Links()
            for scope in statement.scopes:
                for cond in scope_conditions(scope):
                    for conj in conjuncts(cond):
                        links.add(conj, scope, ref_of, eq.add(conj, ref_of))
                for source in scope.order:
                    # a CTE or derived column that passes a column through *is* that column:
                    # a filter on either side binds the other
                    if source.inner is not None:
                        for name, column in source.inner.lineage.items():
                            key = term(column, ref_of)
                            if key is not None and key[0] == "col":
                                eq.union(col_key(source, name), key)
            result[id(statement)] = eq
            graphs[id(statement)] = links
        return result, graphs

    def equalities_for(self, scope: Scope) -> "Equalities":
        return self.equalities[id(scope.statement)]


def _resolve_column(scope: Scope, column: exp.Column, in_order: bool) -> Ref:
    name = column.name.lower()
    qualifier = column.table
    if qualifier:
        source = scope.lookup(qualifier)
        if source is None:
            return Ref(column, scope, "unbound-qualifier", in_order=in_order)
        if source.has(name):
            return Ref(
                column, scope, "opaque" if source.opaque else "ok", source, in_order=in_order
            )
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
        self.produced: Scope | None = (
            None  # the SELECT scope the last query() call returned columns of
        )
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
                        c.name.lower(): c.name
                        for c in tree.this.expressions
                        if isinstance(c, exp.ColumnDef)
                    }

    def query(self, node: exp.Expr, parent: Scope | None, ctes: dict) -> dict[str, str] | None:
        if isinstance(node, exp.Subquery):
            return self.query(node.this, parent, ctes)
        with_ = node.args.get("with_")
        if with_ is not None:
            ctes = dict(ctes)
            for cte in with_.expressions:
                name = cte.alias_or_name.lower()
                declared = [
                    c.name for c in (cte.args.get("alias").columns if cte.args.get("alias") else [])
                ]
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
                    self.a.parse_issues.append(
                        ParseIssue(
                            "syntax error: JOIN without ON (SQL Server requires ON; use CROSS JOIN for a cartesian product)",
                            line,
                            col,
                            place[0],
                            place[1],
                        )
                    )
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

    def walk(
        self, value: Any, scope: Scope, ctes: dict, in_order: bool, projections: bool = False
    ) -> None:
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
        alias = (
            node.alias
            if isinstance(node, (exp.Table, exp.Subquery, exp.Lateral, exp.Values))
            else ""
        )
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
            # PIVOT/UNPIVOT reshape the columns: the result is read under the pivot's alias, and no
            # column of it is known to stand for a column of what it reads
            columns, inner_scope = None, None
            if kind != "unknown":
                kind, obj = "derived", None
            alias = pivots[-1].alias or alias
        key = alias or name
        a.source_count += 1
        source = Source(
            key, name, kind, node, scope, obj, columns, join, inner_scope, a.source_count
        )
        if key:
            scope.sources[key.lower()] = source
        scope.order.append(source)

    def outputs(self, scope: Scope) -> dict[str, str] | None:
        result: dict[str, str] = {}
        for e in scope.node.expressions:
            if isinstance(e, exp.Alias):
                result[e.alias.lower()] = e.alias
                column = carried(
                    e.this
                )  # a plain column, or one reshaped but kept (ISNULL(PCOType, '') AS PCOType)
                if column is not None:
                    scope.lineage[e.alias.lower()] = column
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
    return isinstance(node, exp.AggFunc) or (
        isinstance(node, exp.Anonymous) and node.name.lower().endswith("_agg")
    )


def _needs_on(join: exp.Join) -> bool:
    """A keyword JOIN (not a comma, CROSS JOIN or APPLY) that has no ON: sqlglot allows it, SQL Server does not."""
    if isinstance(join.this, exp.Lateral) or (join.args.get("kind") or "").upper() == "CROSS":
        return False
    if join.args.get("on") is not None or join.args.get("using"):
        return False
    return "pivots" in join.args  # sqlglot sets it only for joins written with the JOIN keyword


def _temp_key(table: exp.Table) -> str | None:
    this = table.this
    if isinstance(this, exp.Parameter):
        return "@" + this.name.lower()
    if isinstance(this, exp.Identifier) and (
        this.args.get("temporary") or this.name.startswith("#")
    ):
        name = this.name.lower()
        return name if name.startswith("#") else "#" + name
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


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else "syntax error"


def analyse(sql: str, catalog: Catalog) -> Analysis:
    return Analysis(sql, catalog)


__all__ = ["Analysis", "Scope", "Source", "Ref", "Statement", "analyse", "is_aggregate"]
