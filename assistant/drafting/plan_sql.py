"""Plan expressions and conditions as T-SQL text, in the house style of the compiler.

Column references are written with their view's name (``JCCM.Contract``): the
compiled query has no aliases, so every name in it is one the plan used. Job,
contract and phase codes are stored right-justified behind a mask (``' 22896-'``);
in the output they are shown trimmed (``LTRIM(RTRIM(JCCM.Contract)) AS Contract``)
and compared raw everywhere else, as ``shared/vista/conventions.md`` says.

>>> render_condition(During(ColumnRef("JCCD", "Mth"), Period("year", "2024")), {})
"JCCD.Mth >= '2024-01-01' AND JCCD.Mth < '2025-01-01'"
"""

from __future__ import annotations

import re
from typing import Callable, Mapping, NamedTuple

from ..catalog import Column
from .plan import (
    Aggregate,
    Arith,
    Between,
    ColumnRef,
    Compare,
    Condition,
    During,
    InList,
    IsNull,
    Like,
    Meaning,
    Number,
    Param,
    Period,
    PlanColumn,
    PlanFilter,
    Text,
)

# Vista types stored formatted to an input mask: trimmed for display, compared raw.
FORMATTED = frozenset({"bjob", "bcontract", "bphase"})
YEAR_START = "DATEFROMPARTS(YEAR(GETDATE()), 1, 1)"
_OP_WORDS = {"+": "Plus", "-": "Minus", "*": "Times", "/": "Per"}
_RESERVED = frozenset(
    {
        "add",
        "all",
        "and",
        "any",
        "as",
        "asc",
        "between",
        "by",
        "case",
        "check",
        "column",
        "constraint",
        "create",
        "current",
        "default",
        "delete",
        "desc",
        "distinct",
        "drop",
        "else",
        "end",
        "exists",
        "file",
        "for",
        "from",
        "full",
        "group",
        "having",
        "in",
        "index",
        "inner",
        "insert",
        "into",
        "is",
        "join",
        "key",
        "left",
        "like",
        "not",
        "null",
        "of",
        "on",
        "or",
        "order",
        "outer",
        "percent",
        "plan",
        "primary",
        "public",
        "right",
        "rule",
        "select",
        "set",
        "table",
        "then",
        "to",
        "top",
        "union",
        "unique",
        "update",
        "user",
        "values",
        "view",
        "when",
        "where",
        "with",
    }
)


class Resolved(NamedTuple):
    """What a ``View.Column`` of the plan names: the view to read (its catalog spelling) and the column."""

    view: str
    column: Column


# (view lower, column lower) as the plan wrote them -> what they name; the compiler resolves every reference first
Columns = Mapping[tuple[str, str], Resolved]


def ref_key(ref: ColumnRef) -> tuple[str, str]:
    return ref.view.lower(), ref.column.lower()


def quote_label(label: str) -> str:
    return (
        f"[{label}]"
        if label.lower() in _RESERVED or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", label)
        else label
    )


def render_expr(expr, columns: Columns) -> str:
    """An expression in SELECT, HAVING or ORDER BY position (no display trimming here)."""
    if isinstance(expr, ColumnRef):
        return _name(expr, columns)
    if isinstance(expr, Aggregate):
        if expr.arg is None:
            return "COUNT(*)"
        if expr.func == "COUNT DISTINCT":
            return f"COUNT(DISTINCT {render_expr(expr.arg, columns)})"
        return f"{expr.func}({render_expr(expr.arg, columns)})"
    if isinstance(expr, Arith):
        out = render_expr(expr.terms[0], columns)
        for op, term in zip(expr.ops, expr.terms[1:]):
            out += f" {op} {render_expr(term, columns)}"
        return out
    if isinstance(expr, Meaning):
        return _meaning(expr.column, columns)
    return str(expr)  # Number, Text, Param: the plan's literal text is T-SQL already


def _name(ref: ColumnRef, columns: Columns) -> str:
    found = columns.get(ref_key(ref))
    return f"{found.view}.{found.column.name}" if found is not None else str(ref)


def _column(ref: ColumnRef, columns: Columns) -> Column | None:
    found = columns.get(ref_key(ref))
    return found.column if found is not None else None


def _meaning(ref: ColumnRef, columns: Columns) -> str:
    column = _column(ref, columns)
    domain = column.domain
    literal: Callable[[str], str] = (
        (lambda v: v) if domain.numeric else (lambda v: "'" + v.replace("'", "''") + "'")
    )
    whens = " ".join(
        f"WHEN {literal(v)} THEN '{m.replace(chr(39), chr(39) * 2)}'" for v, m in domain.meanings
    )
    return f"CASE {_name(ref, columns)} {whens} END"


def has_meanings(column: Column | None) -> bool:
    return column is not None and column.domain is not None and bool(column.domain.meanings)


def is_month_column(column: Column) -> bool:
    """A posting month (``bMonth``: Mth, PaidMth, BillMonth), always the first of a month."""
    name = column.name.lower()
    return column.vista_type.lower() == "bmonth" or (
        "date" in column.base_type.lower() and (name.endswith("mth") or name.endswith("month"))
    )


def is_formatted(column: Column | None) -> bool:
    return column is not None and column.vista_type.lower() in FORMATTED


def default_label(expr, columns: Columns) -> str:
    """The heading a select item gets when the plan gives none: SUM(JCCD.ActualCost) → ActualCost."""
    if isinstance(expr, ColumnRef):
        column = _column(expr, columns)
        return column.name if column is not None else expr.column
    if isinstance(expr, Meaning):
        return default_label(expr.column, columns) + "Meaning"
    if isinstance(expr, Aggregate):
        if expr.arg is None:
            return "Count"
        inner = default_label(expr.arg, columns)
        return {"SUM": inner, "AVG": "Avg" + inner, "MIN": "Min" + inner, "MAX": "Max" + inner}.get(
            expr.func, inner + "Count"
        )
    if isinstance(expr, Arith):
        out = default_label(expr.terms[0], columns)
        for op, term in zip(expr.ops, expr.terms[1:]):
            out += _OP_WORDS[op] + default_label(term, columns)
        return out
    return "Value"


def render_select_item(item: PlanColumn, label: str, columns: Columns) -> str:
    """``JCCM.Description``, ``LTRIM(RTRIM(JCCM.Contract)) AS Contract``, ``SUM(JCCD.ActualCost) AS ActualCost``."""
    expr = item.expr
    if isinstance(expr, ColumnRef):
        column = _column(expr, columns)
        text = (
            f"LTRIM(RTRIM({_name(expr, columns)}))"
            if is_formatted(column)
            else _name(expr, columns)
        )
        natural = column.name if column is not None else expr.column
        if text == _name(expr, columns) and label == natural:
            return text
        return f"{text} AS {quote_label(label)}"
    return f"{render_expr(expr, columns)} AS {quote_label(label)}"


def render_filter(line: PlanFilter, columns: Columns) -> str:
    """One plan line: a condition, or its alternatives in parentheses."""
    parts = [render_condition(c, columns) for c in line.any_of]
    if len(parts) == 1:
        return parts[0]
    return (
        "("
        + " OR ".join(f"({p})" if " AND " in p and not p.startswith("(") else p for p in parts)
        + ")"
    )


def render_condition(cond: Condition, columns: Columns) -> str:
    if isinstance(cond, During):
        return render_period(_name(cond.column, columns), cond.period)
    left = render_expr(cond.left, columns)
    if isinstance(cond, Compare):
        return f"{left} {cond.op} {_value(cond.right, columns)}"
    if isinstance(cond, InList):
        return f"{left} {'NOT IN' if cond.negated else 'IN'} ({', '.join(_value(v, columns) for v in cond.values)})"
    if isinstance(cond, Between):
        return f"{left} BETWEEN {_value(cond.low, columns)} AND {_value(cond.high, columns)}"
    if isinstance(cond, Like):
        return f"{left} {'NOT LIKE' if cond.negated else 'LIKE'} {_value(cond.pattern, columns)}"
    if isinstance(cond, IsNull):
        return f"{left} IS {'NOT NULL' if cond.negated else 'NULL'}"
    raise TypeError(f"not a condition: {cond!r}")


def _value(value, columns: Columns) -> str:
    if isinstance(value, (Number, Text, Param)):
        return str(value)
    return render_expr(value, columns)


def render_period(column: str, period: Period) -> str:
    """A posting-month span as a sargable range on the raw month column.

    >>> render_period("APTH.Mth", Period("ytd"))
    'APTH.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)'
    >>> render_period("APTH.Mth", Period("range", "2024-01", "2024-06"))
    "APTH.Mth BETWEEN '2024-01-01' AND '2024-06-01'"
    """
    if period.kind == "ytd":
        return f"{column} >= {YEAR_START}"
    if period.kind == "year":
        year = int(period.start)
        return f"{column} >= '{year}-01-01' AND {column} < '{year + 1}-01-01'"
    if period.kind == "month":
        return f"{column} = '{period.start}-01'"
    return f"{column} BETWEEN '{period.start}-01' AND '{period.end}-01'"


def expr_refs_sql(refs, columns: Columns) -> list[str]:
    """GROUP BY items: raw column names, each once, in order."""
    return list(dict.fromkeys(_name(r, columns) for r in refs))


__all__ = [
    "FORMATTED",
    "YEAR_START",
    "Columns",
    "Resolved",
    "default_label",
    "expr_refs_sql",
    "has_meanings",
    "is_formatted",
    "is_month_column",
    "quote_label",
    "ref_key",
    "render_condition",
    "render_expr",
    "render_filter",
    "render_period",
    "render_select_item",
]
