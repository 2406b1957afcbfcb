"""Explain a query in business terms, from the catalog alone (no model needed).

The paragraph names the views read (with their documented descriptions), how
they join, what the filters mean (domain values become their documented
meanings: ``ContractStatus = 1`` is "Open"), what is returned or totalled, and
the order. It is deterministic, so the same query always reads the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlglot
from sqlglot import exp

from ..catalog import Catalog, Column, DbObject

_OPS = {
    exp.EQ: "is",
    exp.NEQ: "is not",
    exp.GT: "is greater than",
    exp.GTE: "is at least",
    exp.LT: "is less than",
    exp.LTE: "is at most",
    exp.Like: "matches",
}
_AGG_WORDS = {"sum": "total", "count": "count", "avg": "average", "min": "lowest", "max": "highest"}


@dataclass(frozen=True)
class Explanation:
    paragraph: str
    details: tuple[str, ...]  # one bullet per table, join, filter and output column


def explain(sql: str, catalog: Catalog) -> Explanation:
    """Explain ``sql``; a query that does not parse gets a sentence saying so."""
    try:
        statements = [s for s in sqlglot.parse(sql, read="tsql") if s is not None]
    except Exception:  # a broken query cannot be explained; the findings say why
        return Explanation(
            "This query could not be parsed, so it cannot be explained yet: see the findings.", ()
        )
    select = next((s.find(exp.Select) for s in statements if s.find(exp.Select) is not None), None)
    if select is None:
        kinds = ", ".join(sorted({type(s).__name__.upper() for s in statements})) or "nothing"
        return Explanation(
            f"This is not a read query ({kinds}); VGPT only drafts and reviews SELECT queries.", ()
        )
    return _explain_select(select, catalog)


def _explain_select(select: exp.Select, catalog: Catalog) -> Explanation:
    scope = _scope(select, catalog)
    details: list[str] = []
    sentences: list[str] = []

    sources = []
    for alias, (name, obj) in scope.items():
        if obj is None:
            continue
        label = f"{name} ({_describe(obj)})" if _describe(obj) else name
        if label not in sources:
            sources.append(label)
            details.append(
                f"Reads {label}"
                + (f", the view over {obj.base_table}" if obj.base_table else "")
                + "."
            )
    if sources:
        sentences.append("It reads " + _join_words(sources))

    joins = []
    for join in select.args.get("joins") or []:
        table = join.this if isinstance(join.this, exp.Table) else join.this.find(exp.Table)
        on = join.args.get("on")
        if table is None:
            continue
        cols = (
            sorted({c.name for c in on.find_all(exp.Column)}, key=str.lower)
            if on is not None
            else []
        )
        side = (join.args.get("side") or "").lower()
        kind = f"{side} join" if side else "join"
        text = (
            f"{table.name} is matched ({kind}) on {_join_words(cols)}"
            if cols
            else f"{table.name} is combined ({kind}) without a join condition"
        )
        joins.append(text)
        details.append(text[0].upper() + text[1:] + ".")
    if joins:
        sentences[-1] += ", where " + "; ".join(joins)
    if sentences:
        sentences[-1] += "."

    filters = [_explain_predicate(p, scope, catalog) for p in _conjuncts(select.args.get("where"))]
    filters = [f for f in filters if f]
    if filters:
        sentences.append("It keeps only rows where " + _join_words(filters) + ".")
        details.extend(f"Filter: {f}." for f in filters)

    outputs, aggregates = [], []
    for projection in select.expressions:
        if isinstance(projection, exp.Star) or (
            isinstance(projection, exp.Column) and isinstance(projection.this, exp.Star)
        ):
            outputs.append("every column")
            continue
        inner = projection.this if isinstance(projection, exp.Alias) else projection
        agg = inner if isinstance(inner, exp.AggFunc) else inner.find(exp.AggFunc)
        label = _column_label(
            inner.find(exp.Column) if not isinstance(inner, exp.Column) else inner, scope, catalog
        )
        if agg is not None:
            word = _AGG_WORDS.get(agg.key.lower(), agg.key.lower())
            target = (
                _column_label(agg.find(exp.Column), scope, catalog)
                if agg.find(exp.Column)
                else "rows"
            )
            aggregates.append(f"the {word} of {target}")
        elif label:
            outputs.append(label)
    if outputs:
        sentences.append("It returns " + _join_words(_dedupe(outputs)) + ".")
    if aggregates:
        groups = [
            c.name
            for c in (
                select.args.get("group").find_all(exp.Column) if select.args.get("group") else []
            )
        ]
        by = f" for each {_join_words(_dedupe(groups))}" if groups else ""
        sentences.append("It computes " + _join_words(_dedupe(aggregates)) + by + ".")
    limit = select.args.get("limit")
    top = (
        limit.expression.sql(dialect="tsql", comments=False)
        if isinstance(limit, exp.Limit) and limit.expression is not None
        else None
    )
    order = select.args.get("order")
    if order is not None:
        keys = []
        for o in order.expressions:
            keys.append(
                f"{o.this.sql(dialect='tsql', comments=False)}{' (highest first)' if o.args.get('desc') else ''}"
            )
        sentences.append(
            ("Only the first " + top + " rows are kept, " if top else "Rows are ")
            + "ordered by "
            + _join_words(keys)
            + "."
        )
    elif top:
        sentences.append(f"Only {top} rows are returned, in no guaranteed order.")
    if select.args.get("distinct"):
        sentences.append("Duplicate rows are removed.")
    return Explanation(
        " ".join(sentences) or "This query reads no documented table.", tuple(details)
    )


def _scope(select: exp.Select, catalog: Catalog) -> dict[str, tuple[str, DbObject | None]]:
    """alias (lower) -> (name as written, catalog object) for every table in the query."""
    scope: dict[str, tuple[str, DbObject | None]] = {}
    for table in select.find_all(exp.Table):
        obj = catalog.get(table.name)
        scope[(table.alias_or_name or table.name).lower()] = (table.name, obj)
        scope.setdefault(table.name.lower(), (table.name, obj))
    return scope


def _describe(obj: DbObject) -> str:
    text = obj.description.strip().split("\n")[0].rstrip(".")
    return text[:80]


def _resolve(column: exp.Column, scope, catalog: Catalog) -> tuple[DbObject | None, Column | None]:
    if column.table:
        _, obj = scope.get(column.table.lower(), (column.table, None))
        if obj is not None:
            base = catalog.base_of(obj.name) or obj
            return obj, base.column(column.name) or obj.column(column.name)
        return None, None
    for _, obj in scope.values():
        if obj is None:
            continue
        base = catalog.base_of(obj.name) or obj
        col = base.column(column.name) or obj.column(column.name)
        if col is not None:
            return obj, col
    return None, None


def _column_label(column: exp.Column | None, scope, catalog: Catalog) -> str:
    if column is None:
        return ""
    _, col = _resolve(column, scope, catalog)
    if col is not None and col.description and col.description.lower() != col.name.lower():
        return f"{col.name} ({col.description.strip().rstrip('.')[:60]})"
    return column.name


def _explain_predicate(node: exp.Expr, scope, catalog: Catalog) -> str:
    node = node.unnest() if isinstance(node, exp.Paren) else node
    if isinstance(node, exp.Not):
        inner = _explain_predicate(node.this, scope, catalog)
        return f"not ({inner})" if inner else ""
    if isinstance(node, exp.Or):
        parts = [_explain_predicate(p, scope, catalog) for p in (node.left, node.right)]
        return " or ".join(p for p in parts if p)
    if isinstance(node, exp.Is):
        col = node.this
        return f"{col.sql(dialect='tsql', comments=False)} is {'not ' if isinstance(node.expression, exp.Not) else ''}empty (NULL)"
    if isinstance(node, exp.In) and isinstance(node.this, exp.Column):
        obj, col = _resolve(node.this, scope, catalog)
        values = [_value_text(v, col) for v in node.expressions]
        if node.args.get("query") is not None:
            return f"{node.this.name} appears in a sub-query"
        return f"{node.this.name} is one of {_join_words(values, 'or')}"
    if isinstance(node, exp.Between) and isinstance(node.this, exp.Column):
        low, high = node.args.get("low"), node.args.get("high")
        return f"{node.this.name} is between {low.sql(dialect='tsql', comments=False)} and {high.sql(dialect='tsql', comments=False)}"
    if isinstance(node, exp.Exists):
        return "a matching row exists in a sub-query"
    for kind, word in _OPS.items():
        if isinstance(node, kind):
            left, right = node.this, node.expression
            if not isinstance(left, exp.Column) and isinstance(right, exp.Column):
                left, right = right, left
            if isinstance(left, exp.Column) and isinstance(right, exp.Column):
                return (
                    f"{left.sql(dialect='tsql', comments=False)} equals {right.sql(dialect='tsql', comments=False)}"
                    if kind is exp.EQ
                    else f"{node.sql(dialect='tsql', comments=False)}"
                )
            if isinstance(left, exp.Column):
                obj, col = _resolve(left, scope, catalog)
                if kind is exp.EQ and obj is not None and _is_company(obj, catalog, left.name):
                    return f"the company ({left.name}) is {_value_text(right, None)}"
                return f"{left.name} {word} {_value_text(right, col)}"
            return node.sql(dialect="tsql", comments=False)
    return node.sql(dialect="tsql", comments=False)[:80]


def _is_company(obj: DbObject, catalog: Catalog, column: str) -> bool:
    base = catalog.base_of(obj.name) or obj
    return bool(base.company_column) and base.company_column.lower() == column.lower()


def _value_text(node: exp.Expr, column: Column | None) -> str:
    text = node.sql(dialect="tsql", comments=False)
    if text.startswith("@"):
        return f"the parameter {text}"
    if isinstance(node, exp.Literal) and column is not None and column.domain is not None:
        meaning = column.domain.meaning(node.this)
        if meaning:
            return f"{text} ({meaning})"
    return text


def _conjuncts(where: exp.Where | None) -> list[exp.Expr]:
    if where is None:
        return []
    out, stack = [], [where.this]
    while stack:
        node = stack.pop()
        if isinstance(node, exp.Paren) and isinstance(node.this, exp.And):
            node = node.this
        if isinstance(node, exp.And):
            stack.extend([node.expression, node.this])
        else:
            out.append(node)
    return out


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _join_words(items: list[str], last: str = "and") -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]
