"""The query plan: what the model writes instead of T-SQL (``docs/plan.md``).

A plan names output columns as ``View.Column``, with aggregates, filters, an
order, a row limit and (rarely) a company. It never names FROM, JOIN, ON,
GROUP BY, company filters or aliases: the compiler (``compiler.py``) takes
those from the catalog. The text is line-oriented, so a grammar can constrain
a small model to it (``grammar.py``)::

    SELECT JCCM.Contract, JCCM.Description, ARCM.Name
    WHERE JCCM.ContractStatus = 1
    ORDER BY JCCM.Contract

This module holds the typed plan (frozen dataclasses) and ``render_plan``, the
canonical text; ``parse_plan`` (in ``plan_parser.py``, re-exported here) reads
text back, and ``render_plan(parse_plan(text))`` is a fixed point.

>>> plan = parse_plan("select top 5 APVM.Name, sum(APTH.InvTotal)\\norder by sum(APTH.InvTotal) desc")
>>> print(render_plan(plan))
SELECT TOP 5 APVM.Name, SUM(APTH.InvTotal)
ORDER BY SUM(APTH.InvTotal) DESC
>>> plan.views
('APVM', 'APTH')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Literal, Union

# (line, col), 1-based, of the first character of a node in the plan text; (0, 0) when built in code.
Pos = tuple[int, int]
NOWHERE: Pos = (0, 0)

AggregateName = Literal["SUM", "COUNT", "AVG", "MIN", "MAX", "COUNT DISTINCT"]
AGGREGATES: tuple[str, ...] = ("SUM", "COUNT", "AVG", "MIN", "MAX")
ARITHMETIC: tuple[str, ...] = ("+", "-", "*", "/")
COMPARISONS: tuple[str, ...] = ("=", "<>", "<", "<=", ">", ">=")


# -- expressions ---------------------------------------------------------------


@dataclass(frozen=True)
class ColumnRef:
    """``View.Column``: the only way a plan names data."""

    view: str
    column: str
    at: Pos = field(default=NOWHERE, compare=False, repr=False)

    def __str__(self) -> str:
        return f"{self.view}.{self.column}"


@dataclass(frozen=True)
class Aggregate:
    """``SUM(x)``, ``COUNT(*)`` (``arg`` None), ``COUNT(DISTINCT View.Column)``."""

    func: AggregateName
    arg: "Expr | None" = None
    at: Pos = field(default=NOWHERE, compare=False, repr=False)

    def __str__(self) -> str:
        if self.arg is None:
            return "COUNT(*)"
        if self.func == "COUNT DISTINCT":
            return f"COUNT(DISTINCT {self.arg})"
        return f"{self.func}({self.arg})"


@dataclass(frozen=True)
class Meaning:
    """``MEANING(View.Column)``: a coded column's documented meaning (ContractStatus 1 → 'Open')."""

    column: ColumnRef
    at: Pos = field(default=NOWHERE, compare=False, repr=False)

    def __str__(self) -> str:
        return f"MEANING({self.column})"


@dataclass(frozen=True)
class Number:
    text: str  # as written: 12, -3, 0.5
    at: Pos = field(default=NOWHERE, compare=False, repr=False)

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Text:
    value: str  # unquoted; rendered as '...' with '' for a quote
    at: Pos = field(default=NOWHERE, compare=False, repr=False)

    def __str__(self) -> str:
        return "'" + self.value.replace("'", "''") + "'"


@dataclass(frozen=True)
class Param:
    """``@Job``: a report parameter; the compiler declares it with the type of the column it meets."""

    name: str  # without the @
    at: Pos = field(default=NOWHERE, compare=False, repr=False)

    def __str__(self) -> str:
        return f"@{self.name}"


@dataclass(frozen=True)
class Arith:
    """``a - b`` or ``SUM(a) / COUNT(*)``: terms joined left to right by + - * / (SQL precedence, no parentheses)."""

    terms: tuple["Expr", ...]
    ops: tuple[str, ...]
    at: Pos = field(default=NOWHERE, compare=False, repr=False)

    def __str__(self) -> str:
        out = str(self.terms[0])
        for op, term in zip(self.ops, self.terms[1:]):
            out += f" {op} {term}"
        return out


Expr = Union[ColumnRef, Aggregate, Meaning, Number, Arith]
Value = Union[Number, Text, Param, ColumnRef, Arith, Aggregate]


# -- conditions ------------------------------------------------------------------


@dataclass(frozen=True)
class Compare:
    left: Expr
    op: str  # one of COMPARISONS
    right: Value

    def __str__(self) -> str:
        return f"{self.left} {self.op} {self.right}"


@dataclass(frozen=True)
class InList:
    left: Expr
    values: tuple[Value, ...]
    negated: bool = False

    def __str__(self) -> str:
        return (
            f"{self.left} {'NOT IN' if self.negated else 'IN'} ({', '.join(map(str, self.values))})"
        )


@dataclass(frozen=True)
class Between:
    left: Expr
    low: Value
    high: Value

    def __str__(self) -> str:
        return f"{self.left} BETWEEN {self.low} AND {self.high}"


@dataclass(frozen=True)
class Like:
    left: Expr
    pattern: Union[Text, Param]
    negated: bool = False

    def __str__(self) -> str:
        return f"{self.left} {'NOT LIKE' if self.negated else 'LIKE'} {self.pattern}"


@dataclass(frozen=True)
class IsNull:
    left: Expr
    negated: bool = False

    def __str__(self) -> str:
        return f"{self.left} IS {'NOT NULL' if self.negated else 'NULL'}"


PeriodKind = Literal["year", "month", "range", "ytd"]


@dataclass(frozen=True)
class Period:
    """A span of posting months: ``2024`` (a calendar year), ``2024-05``, ``2024-01 TO 2024-06``, ``YTD``."""

    kind: PeriodKind
    start: str = ""  # "2024" for a year, "2024-05" for a month or a range's first month
    end: str = ""  # a range's last month (inclusive)

    def __str__(self) -> str:
        if self.kind == "ytd":
            return "YTD"
        if self.kind == "range":
            return f"{self.start} TO {self.end}"
        return self.start


@dataclass(frozen=True)
class During:
    """``View.Mth DURING 2024``: a month column within a period (Mth is always the first of a month)."""

    column: ColumnRef
    period: Period

    @property
    def left(self) -> ColumnRef:
        return self.column

    def __str__(self) -> str:
        return f"{self.column} DURING {self.period}"


Condition = Union[Compare, InList, Between, Like, IsNull, During]


@dataclass(frozen=True)
class PlanFilter:
    """One WHERE/AND line: its conditions are alternatives (OR); the lines of a plan all hold (AND)."""

    any_of: tuple[Condition, ...]
    at: Pos = field(default=NOWHERE, compare=False, repr=False)

    def __str__(self) -> str:
        return " OR ".join(map(str, self.any_of))


# -- the plan ------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanColumn:
    """An output column: an expression and, optionally, its heading (``AS Remaining``)."""

    expr: Expr
    label: str | None = None

    def __str__(self) -> str:
        return f"{self.expr} AS {self.label}" if self.label else str(self.expr)


@dataclass(frozen=True)
class OrderItem:
    expr: Expr
    descending: bool = False

    def __str__(self) -> str:
        return f"{self.expr} DESC" if self.descending else str(self.expr)


@dataclass(frozen=True)
class ParamValue:
    """``PARAM @Job = ' 22896-'``: a parameter's default value in the compiled DECLARE."""

    name: str
    value: Union[Number, Text]

    def __str__(self) -> str:
        return f"PARAM @{self.name} = {self.value}"


@dataclass(frozen=True)
class Plan:
    columns: tuple[PlanColumn, ...]
    filters: tuple[PlanFilter, ...] = ()
    having: tuple[PlanFilter, ...] = ()
    order: tuple[OrderItem, ...] = ()
    top: int | None = None
    distinct: bool = False
    companies: tuple[int, ...] = ()  # COMPANY 2 (or 1, 2); empty: the compiler's default company
    params: tuple[ParamValue, ...] = ()

    @property
    def views(self) -> tuple[str, ...]:
        """Every view the plan names, in order of first mention (the first is the query's root)."""
        seen: dict[str, str] = {}
        for ref in self.column_refs():
            seen.setdefault(ref.view.lower(), ref.view)
        return tuple(seen.values())

    def column_refs(self) -> Iterator[ColumnRef]:
        """Every ``View.Column`` in the plan, in text order."""
        for c in self.columns:
            yield from refs(c.expr)
        for f in (*self.filters, *self.having):
            for cond in f.any_of:
                yield from condition_refs(cond)
        for o in self.order:
            yield from refs(o.expr)

    @property
    def aggregated(self) -> bool:
        return bool(self.having) or any(has_aggregate(c.expr) for c in self.columns)


def refs(node) -> Iterator[ColumnRef]:
    """Column references inside an expression or value, in text order."""
    if isinstance(node, ColumnRef):
        yield node
    elif isinstance(node, Aggregate) and node.arg is not None:
        yield from refs(node.arg)
    elif isinstance(node, Meaning):
        yield node.column
    elif isinstance(node, Arith):
        for t in node.terms:
            yield from refs(t)


def condition_refs(cond: Condition) -> Iterator[ColumnRef]:
    yield from refs(cond.left)
    for value in condition_values(cond):
        yield from refs(value)


def condition_values(cond: Condition) -> tuple:
    """The right-hand sides of a condition (values, parameters or expressions)."""
    if isinstance(cond, Compare):
        return (cond.right,)
    if isinstance(cond, InList):
        return cond.values
    if isinstance(cond, Between):
        return (cond.low, cond.high)
    if isinstance(cond, Like):
        return (cond.pattern,)
    return ()


def has_aggregate(node) -> bool:
    if isinstance(node, Aggregate):
        return True
    if isinstance(node, Arith):
        return any(has_aggregate(t) for t in node.terms)
    return False


def bare_refs(node) -> Iterator[ColumnRef]:
    """Column references outside any aggregate: what GROUP BY must hold."""
    if isinstance(node, ColumnRef):
        yield node
    elif isinstance(node, Meaning):
        yield node.column
    elif isinstance(node, Arith):
        for t in node.terms:
            yield from bare_refs(t)


# -- rendering ---------------------------------------------------------------------


def render_plan(plan: Plan) -> str:
    """The canonical text of a plan: one clause per line, keywords upper case, single spaces.

    >>> print(render_plan(Plan((PlanColumn(ColumnRef("JCCM", "Contract")),),
    ...       (PlanFilter((Compare(ColumnRef("JCCM", "ContractStatus"), "=", Number("1")),)),),
    ...       companies=(2,))))
    SELECT JCCM.Contract
    WHERE JCCM.ContractStatus = 1
    COMPANY 2
    """
    head = (
        "SELECT "
        + ("DISTINCT " if plan.distinct else "")
        + (f"TOP {plan.top} " if plan.top is not None else "")
    )
    lines = [head + ", ".join(map(str, plan.columns))]
    lines += [("WHERE " if i == 0 else "AND ") + str(f) for i, f in enumerate(plan.filters)]
    lines += [("HAVING " if i == 0 else "AND ") + str(f) for i, f in enumerate(plan.having)]
    if plan.order:
        lines.append("ORDER BY " + ", ".join(map(str, plan.order)))
    if plan.companies:
        lines.append("COMPANY " + ", ".join(map(str, plan.companies)))
    lines += [str(p) for p in plan.params]
    return "\n".join(lines)


from .plan_parser import PlanSyntaxError, parse_plan  # noqa: E402  (the parser builds these types)

__all__ = [
    "Aggregate",
    "Arith",
    "Between",
    "ColumnRef",
    "Compare",
    "Condition",
    "During",
    "Expr",
    "InList",
    "IsNull",
    "Like",
    "Meaning",
    "Number",
    "OrderItem",
    "Param",
    "ParamValue",
    "Period",
    "Plan",
    "PlanColumn",
    "PlanFilter",
    "PlanSyntaxError",
    "Pos",
    "Text",
    "Value",
    "bare_refs",
    "condition_refs",
    "condition_values",
    "has_aggregate",
    "parse_plan",
    "refs",
    "render_plan",
]
