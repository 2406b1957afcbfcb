"""Lift a T-SQL report into a plan, when the plan language can say what it does.

``plan_from_sql(sql, catalog)`` is the inverse of the compiler on the queries both
understand: one SELECT over catalog views joined by column equalities, company
filters, simple conditions, aggregates, HAVING, ORDER BY and TOP. Joins and company
filters are dropped (the compiler derives them again), ``LTRIM(RTRIM(code))`` becomes
the bare code (the compiler trims for display), ``Mth >= DATEFROMPARTS(YEAR(GETDATE()),
1, 1)`` becomes ``DURING YTD``, a year's pair of month bounds ``DURING 2024``, and a CASE
that spells out a column's documented meanings ``MEANING(...)``. Anything else (CTEs,
subqueries, window functions, a query over every company) returns None.

Whether the lifted plan really means the same is for the round trip to tell:
compile it, validate it and compare rows on the shadow database
(``benchmarks/bench_plan_coverage.py``, ``tests/drafting/test_round_trip.py``). The dataset
builder uses this to give each generation record a plan as its output.

>>> from assistant.catalog import Catalog, Column, DbObject
>>> cm = DbObject("JCCM", "view", columns=(Column("JCCo", "bCompany", "tinyint"), Column("Contract", "bContract", "varchar(10)")),
...               business_key=("JCCo", "Contract"), company_column="JCCo")
>>> print(render_plan(plan_from_sql("DECLARE @JCCo bCompany = 2; SELECT LTRIM(RTRIM(c.Contract)) AS Contract FROM JCCM c WHERE c.JCCo = @JCCo", Catalog((cm,)))))
SELECT JCCM.Contract
COMPANY 2
"""

from __future__ import annotations

import sqlglot
from sqlglot import exp

from ..catalog import Catalog, DbObject
from .compiler import company_key
from .plan import (
    Aggregate,
    Arith,
    Between,
    ColumnRef,
    Compare,
    During,
    Expr,
    InList,
    IsNull,
    Like,
    Meaning,
    Number,
    OrderItem,
    Param,
    ParamValue,
    Period,
    Plan,
    PlanColumn,
    PlanFilter,
    Text,
    bare_refs,
    render_plan,
)
from .plan_sql import YEAR_START, is_month_column
from .sql_batch import Declared, split_batch

__all__ = ["plan_from_sql", "render_plan"]

_YEAR_START_SQL = sqlglot.parse_one(YEAR_START, read="tsql").sql("tsql")
_COMPARE = {exp.EQ: "=", exp.NEQ: "<>", exp.GT: ">", exp.GTE: ">=", exp.LT: "<", exp.LTE: "<="}
_FLIP = {"=": "=", "<>": "<>", ">": "<", ">=": "<=", "<": ">", "<=": ">="}
_ARITH = {exp.Add: "+", exp.Sub: "-", exp.Mul: "*", exp.Div: "/"}
_AGG = {exp.Sum: "SUM", exp.Avg: "AVG", exp.Min: "MIN", exp.Max: "MAX", exp.Count: "COUNT"}


class _NotExpressible(Exception):
    """Internal: the query says something a plan cannot (caught in ``plan_from_sql``)."""


def plan_from_sql(sql: str, catalog: Catalog) -> Plan | None:
    """The plan that compiles back to ``sql``'s meaning, or None when the plan language cannot express it."""
    batch = split_batch(sql)
    if batch.query is None:
        return None
    try:
        tree = sqlglot.parse_one(batch.query, read="tsql")
    except (sqlglot.errors.SqlglotError, ValueError):
        return None
    if (
        not isinstance(tree, exp.Select)
        or tree.args.get("with_")
        or tree.args.get("with")
        or _nested(tree)
    ):
        return None
    try:
        return _Lifter(tree, batch.declared, catalog).plan()
    except _NotExpressible:
        return None


def _nested(tree: exp.Select) -> bool:
    return any(
        isinstance(n, (exp.Subquery, exp.Window, exp.Union))
        or (isinstance(n, exp.Select) and n is not tree)
        for n in tree.walk()
    )


class _Lifter:
    def __init__(self, tree: exp.Select, declared: dict[str, Declared], catalog: Catalog) -> None:
        self.tree, self.declared, self.catalog = tree, declared, catalog
        self.sources: dict[str, DbObject] = {}  # alias (or table name) -> the view it reads
        self.views: dict[str, DbObject] = {}  # view name -> view
        self.params: dict[str, ParamValue] = {}
        self.companies: list[tuple[int, ...]] = []

    def fail(self, why: str = "") -> _NotExpressible:
        return _NotExpressible(why)

    # -- the query ----------------------------------------------------------------

    def plan(self) -> Plan:
        t = self.tree
        self._sources()
        if (
            t.args.get("offset")
            or t.args.get("fetch")
            or (t.args.get("distinct") and t.args["distinct"].args.get("on"))
        ):
            raise self.fail("offset, fetch or DISTINCT ON")
        columns = tuple(self._select_item(e) for e in t.expressions)
        where = self._conjuncts(t.args.get("where"))
        filters = self._filters(where)
        having = [self._filter_line(c) for c in self._conjuncts(t.args.get("having"))]
        order = self._order(columns)
        top = self._top()
        plan = Plan(
            columns,
            tuple(filters),
            tuple(having),
            order,
            top,
            bool(t.args.get("distinct")),
            self._company(),
            tuple(self.params[k] for k in sorted(self.params)),
        )
        self._check_grouping(plan)
        return plan

    def _sources(self) -> None:
        t = self.tree
        if t.args.get("from_") is None:
            raise self.fail("no FROM")
        tables = [t.args["from_"].this]
        for join in t.args.get("joins") or ():
            if (
                join.args.get("side") not in (None, "LEFT")
                or join.args.get("kind") not in (None, "INNER")
                or join.args.get("using")
            ):
                raise self.fail("join kind")
            if join.args.get("on") is None:
                raise self.fail("join without ON")
            for pred in self._conjuncts(join.args["on"]):
                if not (
                    isinstance(pred, exp.EQ)
                    and isinstance(pred.this, exp.Column)
                    and isinstance(pred.expression, exp.Column)
                ):
                    raise self.fail("join condition other than column equality")
            tables.append(join.this)
        for table in tables:
            if not isinstance(table, exp.Table):
                raise self.fail("derived table")
            obj = self.catalog.get(table.name)
            if obj is None:
                raise self.fail(f"unknown {table.name}")
            view = self.catalog.view_of(obj.name) or obj
            self.sources[(table.alias_or_name).lower()] = view
            self.views[view.name.lower()] = view

    def _conjuncts(self, node) -> list[exp.Expression]:
        if node is None:
            return []
        if isinstance(node, (exp.Where, exp.Having)):
            node = node.this
        if isinstance(node, exp.And):
            return self._conjuncts(node.this) + self._conjuncts(node.expression)
        return [node]

    # -- names ---------------------------------------------------------------------

    def _ref(self, column: exp.Column) -> ColumnRef:
        if column.table:
            view = self.sources.get(column.table.lower())
            if view is None:
                raise self.fail(f"unknown alias {column.table}")
        else:
            owners = [v for v in self.sources.values() if v.has_column(column.name)]
            if len(owners) != 1:
                raise self.fail(f"unqualified {column.name}")
            view = owners[0]
        found = view.column(column.name)
        if found is None:
            raise self.fail(f"{view.name} has no {column.name}")
        return ColumnRef(view.name, found.name)

    def _bare(self, node) -> ColumnRef:
        """A column, possibly trimmed for display (LTRIM/RTRIM): the compiler trims codes itself."""
        while isinstance(node, exp.Trim) or (
            isinstance(node, exp.Anonymous) and node.name.upper() in ("LTRIM", "RTRIM")
        ):
            node = node.this if isinstance(node, exp.Trim) else node.expressions[0]
        if not isinstance(node, exp.Column):
            raise self.fail("not a column")
        return self._ref(node)

    # -- expressions ------------------------------------------------------------------

    def _select_item(self, node) -> PlanColumn:
        label = None
        if isinstance(node, exp.Alias):
            label, node = node.alias, node.this
        expr = self._expr(node)
        # keep a heading only where the compiler's own would be clumsy (ContractAmtMinusBilledAmt)
        return PlanColumn(
            expr, label if isinstance(expr, Arith) and label and label.isidentifier() else None
        )

    def _expr(self, node) -> Expr:
        if isinstance(node, exp.Paren):
            raise self.fail("parenthesised expression")
        if type(node) in _ARITH:
            terms, ops = self._arith(node)
            return Arith(tuple(terms), tuple(ops))
        if type(node) in _AGG:
            return self._aggregate(node)
        if isinstance(node, exp.Case):
            return self._meaning(node)
        if isinstance(node, (exp.Literal, exp.Neg)):
            value = self._value(node)
            if isinstance(value, Number):
                return value
            raise self.fail("text output")
        return self._bare(node)

    def _arith(self, node) -> tuple[list, list]:
        """In-order terms and operators: the text keeps SQL's precedence, so no parentheses are needed."""
        if type(node) in _ARITH:
            lt, lo = self._arith(node.this)
            rt, ro = self._arith(node.expression)
            return lt + rt, lo + [_ARITH[type(node)]] + ro
        if type(node) in _AGG:
            return [self._aggregate(node)], []
        if isinstance(node, (exp.Literal, exp.Neg)):
            value = self._value(node)
            if not isinstance(value, Number):
                raise self.fail("text in arithmetic")
            return [value], []
        if isinstance(node, exp.Paren):
            raise self.fail("parenthesised arithmetic")
        return [self._bare(node)], []

    def _aggregate(self, node) -> Aggregate:
        func = _AGG[type(node)]
        arg = node.this
        if isinstance(arg, exp.Star):
            if func != "COUNT":
                raise self.fail("star")
            return Aggregate("COUNT", None)
        if isinstance(arg, exp.Distinct):
            if func != "COUNT" or len(arg.expressions) != 1:
                raise self.fail("distinct aggregate")
            return Aggregate("COUNT DISTINCT", self._bare(arg.expressions[0]))
        inner = self._expr(arg)
        if isinstance(inner, (Aggregate, Meaning)) or (
            isinstance(inner, Arith)
            and any(isinstance(t, (Aggregate, Meaning)) for t in inner.terms)
        ):
            raise self.fail("nested aggregate")
        return Aggregate(func, inner)

    def _meaning(self, node: exp.Case) -> Meaning:
        """``CASE col WHEN v THEN 'meaning' ... END`` that spells out exactly the documented meanings."""
        if node.this is None:
            raise self.fail("searched CASE")
        ref = self._bare(node.this)
        column = self.views[ref.view.lower()].column(ref.column)
        default = node.args.get("default")
        if default is not None and not (
            isinstance(default, exp.Literal) and default.this == "Other"
        ):
            raise self.fail("CASE default")
        spelled = set()
        for when in node.args.get("ifs") or ():
            if not isinstance(when.this, exp.Literal) or not isinstance(
                when.args.get("true"), exp.Literal
            ):
                raise self.fail("CASE branch")
            spelled.add((str(when.this.this), str(when.args["true"].this).lower()))
        # the documented meanings, each value once; the wording's case may differ ('Soft close')
        if column.domain is None or spelled != {(v, m.lower()) for v, m in column.domain.meanings}:
            raise self.fail("CASE is not the documented meanings")
        return Meaning(ref)

    def _value(self, node):
        if (
            isinstance(node, exp.Neg)
            and isinstance(node.this, exp.Literal)
            and not node.this.is_string
        ):
            return Number("-" + str(node.this.this))
        if isinstance(node, exp.Literal):
            return Text(node.this) if node.is_string else Number(str(node.this))
        if isinstance(node, exp.Parameter):
            return self._param(node.name)
        if isinstance(node, exp.Column):
            return self._ref(node)
        if type(node) in _ARITH or type(node) in _AGG:
            return self._expr(node)
        raise self.fail(f"value {node.sql('tsql')}")

    def _param(self, name: str):
        declared = self.declared.get(name.lower())
        if declared is None:
            raise self.fail(f"undeclared @{name}")
        if declared.default is None:
            return Param(declared.name)
        try:
            default = sqlglot.parse_one(declared.default, read="tsql")
        except sqlglot.errors.SqlglotError:
            raise self.fail("default") from None
        if isinstance(default, (exp.Literal, exp.Neg)):
            self.params[declared.name.lower()] = ParamValue(declared.name, self._value(default))
            return Param(declared.name)
        return default  # an expression default (DATEFROMPARTS(...)): stands in for the parameter

    # -- conditions ----------------------------------------------------------------------

    def _filters(self, conjuncts: list) -> list[PlanFilter]:
        rest = [c for c in conjuncts if not self._is_company(c)]
        years = self._years(rest)
        out = []
        for c in rest:
            if id(c) in years:
                if years[id(c)] is not None:
                    out.append(PlanFilter((years[id(c)],)))
                continue
            out.append(self._filter_line(c))
        return out

    def _filter_line(self, node) -> PlanFilter:
        if isinstance(node, exp.Paren):
            node = node.this
        alternatives = []
        stack = [node]
        while stack:
            n = stack.pop(0)
            if isinstance(n, exp.Or):
                stack[:0] = [n.this, n.expression]
            else:
                alternatives.append(self._condition(n.this if isinstance(n, exp.Paren) else n))
        return PlanFilter(tuple(alternatives))

    def _condition(self, node):
        negated = isinstance(node, exp.Not)
        inner = node.this if negated else node
        if isinstance(inner, exp.Is) and isinstance(inner.expression, exp.Null):
            return IsNull(self._expr(inner.this), negated)
        if isinstance(inner, exp.In) and not inner.args.get("query"):
            return InList(
                self._expr(inner.this), tuple(self._value(v) for v in inner.expressions), negated
            )
        if isinstance(inner, exp.Like):
            pattern = self._value(inner.expression)
            if not isinstance(pattern, (Text, Param)):
                raise self.fail("LIKE pattern")
            return Like(self._expr(inner.this), pattern, negated)
        if negated:
            raise self.fail("NOT")
        if isinstance(node, exp.Between):
            return Between(
                self._expr(node.this), self._plain(node.args["low"]), self._plain(node.args["high"])
            )
        if type(node) in _COMPARE:
            op, left, right = _COMPARE[type(node)], node.this, node.expression
            if (
                not isinstance(left, exp.Column)
                and isinstance(right, exp.Column)
                and type(left) not in _AGG
            ):
                left, right, op = right, left, _FLIP[op]
            lhs = self._expr(left)
            rhs = right if right.sql("tsql") == _YEAR_START_SQL else self._value(right)
            if isinstance(
                rhs, exp.Expression
            ):  # the year's start, written out or as a parameter's default
                if (
                    op == ">="
                    and isinstance(lhs, ColumnRef)
                    and rhs.sql("tsql") == _YEAR_START_SQL
                    and self._month(lhs)
                ):
                    return During(lhs, Period("ytd"))
                raise self.fail("expression")
            return Compare(lhs, op, rhs)
        raise self.fail(f"condition {node.sql('tsql')}")

    def _plain(self, node):
        value = self._value(node)
        if isinstance(value, exp.Expression):
            raise self.fail("expression default")
        return value

    def _month(self, ref: ColumnRef) -> bool:
        return is_month_column(self.views[ref.view.lower()].column(ref.column))

    def _years(self, conjuncts: list) -> dict[int, During | None]:
        """``Mth >= '2024-01-01' AND Mth < '2025-01-01'``: one DURING 2024 (the first), nothing for the second."""
        lows, highs = {}, {}
        for c in conjuncts:
            if (
                type(c) in (exp.GTE, exp.LT)
                and isinstance(c.this, exp.Column)
                and isinstance(c.expression, exp.Literal)
                and c.expression.is_string
                and len(c.expression.this) == 10
                and c.expression.this.endswith("-01-01")
            ):
                ref = self._ref(c.this)
                if self._month(ref):
                    (lows if isinstance(c, exp.GTE) else highs)[
                        (ref, int(c.expression.this[:4]))
                    ] = c
        out: dict[int, During | None] = {}
        for (ref, year), low in lows.items():
            high = highs.get((ref, year + 1))
            if high is not None:
                out[id(low)] = During(ref, Period("year", str(year)))
                out[id(high)] = None
        return out

    # -- company ----------------------------------------------------------------------------

    def _is_company(self, node) -> bool:
        """A filter on a view's own company column (or HQCO.HQCo): recorded as the plan's company."""
        if isinstance(node, exp.EQ) and isinstance(node.this, exp.Column):
            column, values = node.this, [node.expression]
        elif (
            isinstance(node, exp.In)
            and isinstance(node.this, exp.Column)
            and not node.args.get("query")
        ):
            column, values = node.this, node.expressions
        else:
            return False
        if any(isinstance(v, exp.Column) for v in values):
            return False  # a join written in WHERE, not a company filter
        ref = self._ref(column)
        view = self.views[ref.view.lower()]
        if ref.column != company_key(view):
            return False
        numbers = tuple(self._company_number(v) for v in values)
        self.companies.append(tuple(sorted(set(numbers))))
        return True

    def _company_number(self, node) -> int:
        if isinstance(node, exp.Parameter):
            declared = self.declared.get(node.name.lower())
            node = (
                sqlglot.parse_one(declared.default, read="tsql")
                if declared and declared.default
                else None
            )
        if isinstance(node, exp.Literal) and not node.is_string and str(node.this).isdigit():
            return int(node.this)
        raise self.fail("company is not a number")

    def _company(self) -> tuple[int, ...]:
        if len(set(self.companies)) > 1:
            raise self.fail("two different companies")
        if not self.companies:
            if any(company_key(v) or v.group_columns for v in self.sources.values()):
                raise self.fail("every company's rows")
            return ()
        return self.companies[0]

    # -- grouping, order, top ------------------------------------------------------------------

    def _check_grouping(self, plan: Plan) -> None:
        group = self.tree.args.get("group")
        grouped = {self._bare(g) for g in group.expressions} if group is not None else set()
        bare = {r for c in plan.columns for r in bare_refs(c.expr)}
        if plan.aggregated and grouped != bare:
            raise self.fail("GROUP BY is not the plain output columns")
        if not plan.aggregated and group is not None:
            raise self.fail("GROUP BY without aggregates")

    def _order(self, columns: tuple[PlanColumn, ...]) -> tuple[OrderItem, ...]:
        order = self.tree.args.get("order")
        if order is None:
            return ()
        aliases = {}
        for node, item in zip(self.tree.expressions, columns):
            if isinstance(node, exp.Alias):
                aliases[node.alias.lower()] = item.expr
        items = []
        for o in order.expressions:
            node = o.this
            if isinstance(node, exp.Column) and not node.table and node.name.lower() in aliases:
                expr = aliases[node.name.lower()]
            elif isinstance(node, exp.Literal) and not node.is_string:
                expr = columns[int(node.this) - 1].expr
            else:
                expr = self._expr(node)
            items.append(OrderItem(expr, bool(o.args.get("desc"))))
        return tuple(items)

    def _top(self) -> int | None:
        limit = self.tree.args.get("limit")
        if limit is None:
            return None
        value = limit.expression
        if isinstance(value, exp.Paren):
            value = value.this
        if not (isinstance(value, exp.Literal) and str(value.this).isdigit()) or limit.args.get(
            "percent"
        ):
            raise self.fail("TOP")
        return int(value.this)
