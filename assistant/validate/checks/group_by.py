"""VG302 group-by: a column neither aggregated nor grouped (SQL Server errors 8120, 8121, 8127)."""

from __future__ import annotations

from typing import Iterator

from sqlglot import exp

from ...catalog import Catalog
from ..findings import Finding
from ..scope import Analysis, is_aggregate
from ._base import check, make


@check("VG302", "group-by", "error")
def group_by(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """In a grouped or aggregated SELECT, every plain column of the select list, HAVING and ORDER BY must be grouped.

    SQL Server rejects them with errors 8120 (select list), 8121 (HAVING) and 8127 (ORDER BY).

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT Contract, Description, SUM(ContractAmt) FROM JCCM WHERE JCCo = 1 GROUP BY Contract", group_by)
    ['VG302']
    >>> codes("SELECT Department, COUNT(*) FROM JCCM WHERE JCCo = 1 GROUP BY Department ORDER BY Contract", group_by)
    ['VG302']
    """
    ref_of = analysis.ref_of
    for scope in analysis.scopes:
        select = scope.node
        group = select.args.get("group")
        if group is None and not scope.aggregated:
            continue
        grouped_keys = set()
        grouped_text = (
            set()
        )  # GROUP BY expressions other than plain columns (YEAR(Mth), CASE …), as text
        for g in group.expressions if group is not None else ():
            if not isinstance(g, exp.Column):
                grouped_text.add(_text(g))
            for c in _bare_columns(g):
                grouped_keys.add(_key(c, ref_of))
        where = (
            "the GROUP BY clause"
            if group is not None
            else "a GROUP BY clause (the query aggregates)"
        )
        projections = [e.this if isinstance(e, exp.Alias) else e for e in select.expressions]
        having = select.args.get("having")
        order = select.args.get("order")
        clauses = [("the select list", 8120, p) for p in projections]
        clauses += [("the HAVING clause", 8121, having.this)] if having is not None else []
        clauses += [
            ("the ORDER BY clause", 8127, o.this)
            for o in (order.expressions if order is not None else ())
        ]
        for clause, error, node in clauses:
            if isinstance(node, exp.Star) or (
                isinstance(node, exp.Column) and isinstance(node.this, exp.Star)
            ):
                if group is not None:
                    yield make(
                        group_by,
                        node,
                        "SELECT * in a grouped query: every column must be in GROUP BY or aggregated",
                    )
                continue
            if grouped_text and not isinstance(node, exp.Column) and _text(node) in grouped_text:
                continue
            for c in _bare_columns(node):
                ref = ref_of.get(id(c))
                if ref is not None and ref.source is not None and ref.source.scope is not scope:
                    continue  # an outer column is a constant here
                if ref is not None and ref.status == "alias":
                    continue
                if _key(c, ref_of) in grouped_keys:
                    continue
                name = c.sql("tsql")
                yield make(
                    group_by,
                    c,
                    f"{name} is in {clause} but is neither aggregated nor in {where} (SQL Server error {error})",
                    f"add {name} to GROUP BY, or aggregate it",
                )


def _walk(node: exp.Expr):
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        if isinstance(n, (exp.Select, exp.Subquery, exp.SetOperation, exp.Window)):
            continue
        if is_aggregate(n):
            continue
        stack.extend(n.iter_expressions())


def _bare_columns(node: exp.Expr):
    for n in _walk(node):
        if isinstance(n, exp.Column) and not isinstance(n.this, exp.Star):
            yield n


def _key(column: exp.Column, ref_of) -> tuple:
    ref = ref_of.get(id(column))
    if ref is not None and ref.source is not None:
        return (id(ref.source), column.name.lower())
    return ("name", column.name.lower())


def _text(node: exp.Expr) -> str:
    return node.sql("tsql").lower()
