"""Seeded semantic errors: mistakes the static checks cannot see but SQL Server's binder rejects.

Each mutant takes a correct single-query text and adds one error of a class the
dry-run is meant to catch. Used by the tests and the benchmark to measure what
the dry-run adds beyond the static validator.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import sqlglot
from sqlglot import exp

from ..catalog import Catalog, DbObject
from .schema import parse_type


@dataclass(frozen=True)
class SemanticMutant:
    sql: str
    kind: str
    note: str


def _main_source(tree: exp.Select, catalog: Catalog) -> tuple[str, DbObject] | None:
    source = tree.args.get("from_") or tree.args.get("from")
    table = source.this if source is not None else None
    if not isinstance(table, exp.Table):
        return None
    obj = catalog.get(table.name)
    if obj is None:
        return None
    base = catalog.base_of(obj.name) or obj
    return (table.alias_or_name, base)


def _column(obj: DbObject, family: str, *, scale: int | None = None) -> str | None:
    for c in obj.columns:
        t = parse_type(c.base_type)
        if t.family != family or c.identity:
            continue
        if scale is not None and (t.scale or 0) != scale:
            continue
        if family == "string" and (
            c.domain is not None or (t.length or 99) < 4 or c.name.lower().startswith("notes")
        ):
            continue
        return c.name
    return None


def _wrong_args(tree, alias, obj):
    text = _column(obj, "string")
    if not text:
        return None
    tree.select(
        sqlglot.parse_one(f"REPLACE({alias}.{text}, ' ') AS Cleaned", read="tsql"), copy=False
    )
    return f"REPLACE({alias}.{text}, ' ') has 2 arguments; it takes 3"


def _aggregate_in_where(tree, alias, obj):
    money = _column(obj, "decimal", scale=2)
    if not money:
        return None
    tree.where(sqlglot.parse_one(f"SUM({alias}.{money}) > 0", read="tsql"), copy=False)
    return f"SUM({money}) in WHERE"


def _two_column_subquery(tree, alias, obj):
    key = [k for k in obj.business_key if obj.has_column(k)][:2]
    if len(key) < 2:
        return None
    sub = f"(SELECT TOP 1 s.{key[0]}, s.{key[1]} FROM {obj.view or obj.name} s) AS Extra"
    tree.select(sqlglot.parse_one(sub, read="tsql"), copy=False)
    return "a scalar subquery returning two columns"


def _text_vs_money(tree, alias, obj):
    text, money = _column(obj, "string"), _column(obj, "decimal", scale=2)
    if not text or not money:
        return None
    tree.where(sqlglot.parse_one(f"{alias}.{text} = {alias}.{money}", read="tsql"), copy=False)
    return f"{text} (text) compared with {money} (money)"


def _sum_of_text(tree, alias, obj):
    if not tree.args.get("group"):
        return None
    text = _column(obj, "string")
    if not text:
        return None
    tree.select(sqlglot.parse_one(f"SUM({alias}.{text}) AS Total", read="tsql"), copy=False)
    return f"SUM over the text column {text}"


def _union_width(tree, alias, obj):
    if tree.args.get("order") or tree.args.get("limit") or len(tree.expressions) < 2:
        return None
    return "UNION branches with different column counts"


MUTATORS: dict[str, Callable] = {
    "wrong-args": _wrong_args,
    "aggregate-in-where": _aggregate_in_where,
    "two-column-subquery": _two_column_subquery,
    "text-vs-money": _text_vs_money,
    "sum-of-text": _sum_of_text,
    "union-width": _union_width,
}


def semantic_mutants(sql: str, catalog: Catalog) -> list[SemanticMutant]:
    """One mutant per applicable class for a single plain SELECT (batches with variables are skipped)."""
    try:
        trees = sqlglot.parse(sql, read="tsql")
    except Exception:
        return []
    if len(trees) != 1 or not isinstance(trees[0], exp.Select) or trees[0].find(exp.Parameter):
        return []
    out = []
    for kind, mutate in MUTATORS.items():
        tree = trees[0].copy()
        source = _main_source(tree, catalog)
        if source is None:
            continue
        alias, obj = source
        note = mutate(tree, alias, obj)
        if note is None:
            continue
        text = tree.sql(dialect="tsql")
        if kind == "union-width":
            text = f"{text}\nUNION ALL\nSELECT 1"
        out.append(SemanticMutant(text, kind, note))
    return out
