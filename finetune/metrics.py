"""Evaluation metrics over SQL: pure functions, no model and no I/O.

- ``referenced_tables``: the catalog objects a query reads (CTE names excluded).
- ``table_recall``: the share of the gold tables the query reads (a view and its b-table count as one).
- ``structural_key`` / ``structural_match``: two queries are the same once sqlglot has
  normalised away what does not change meaning: case, ``dbo.``, brackets, table hints,
  table aliases, projection aliases, and the order of AND-ed predicates and of ``=`` sides.
- ``hallucinations``: unknown-table and unknown-column findings in a validator report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

import sqlglot
from sqlglot import exp

HALLUCINATION_RULES = frozenset({"unknown-table", "unknown-column"})


def _parse(sql: str) -> exp.Expression | None:
    """The query statement of ``sql`` (the last SELECT-like statement; DECLAREs skipped), or None."""
    try:
        trees = [t for t in sqlglot.parse(sql, read="tsql") if t is not None]
    except sqlglot.errors.SqlglotError:
        return None
    queries = [t for t in trees if isinstance(t, (exp.Query,))]
    return queries[-1] if queries else None


def referenced_tables(sql: str, catalog: Any = None) -> set[str]:
    """Lower-case names of the tables a query reads; with a catalog, a view and its base table are one name.

    >>> sorted(referenced_tables("WITH c AS (SELECT 1 AS x) SELECT * FROM dbo.[JCCM] m JOIN c ON 1=1"))
    ['jccm']
    """
    tree = _parse(sql)
    if tree is None:
        return set()
    ctes = {c.alias_or_name.lower() for c in tree.find_all(exp.CTE)}
    names = set()
    for table in tree.find_all(exp.Table):
        name = table.name.lower()
        temporary = isinstance(table.this, exp.Identifier) and table.this.args.get("temporary")
        if not name or name in ctes or temporary or name.startswith(("#", "@")):
            continue
        names.add(_canonical(name, catalog))
    return names


def _canonical(name: str, catalog: Any) -> str:
    if catalog is None:
        return name
    base = catalog.base_of(name)
    return base.name.lower() if base is not None else name


def table_recall(sql: str, gold_tables: Iterable[str], catalog: Any = None) -> float | None:
    """|read ∩ gold| / |gold|; None when there are no gold tables to recall."""
    gold = {_canonical(t.split(".")[-1].strip("[]").lower(), catalog) for t in gold_tables if t}
    if not gold:
        return None
    return len(referenced_tables(sql, catalog) & gold) / len(gold)


def structural_key(sql: str) -> str | None:
    """A canonical text of the query, equal for structurally equal queries; None when it does not parse.

    >>> structural_key("select h.Mth from dbo.APTH h with (nolock) where h.APCo = 1 and 'Y' = h.OpenYN") == \\
    ...     structural_key("SELECT Mth FROM APTH WHERE OpenYN = 'Y' AND APCo = 1")
    True
    """
    tree = _parse(sql)
    if tree is None:
        return None
    tree = tree.copy()
    aliases: dict[str, str] = {}
    tables = list(tree.find_all(exp.Table))
    for table in tables:
        name = table.name.lower()
        if table.alias:
            aliases[table.alias.lower()] = name
        for key in ("db", "catalog", "alias", "hints"):
            table.set(key, None)
    single_source = len(tables) == 1 and not list(tree.find_all(exp.Subquery))
    for column in tree.find_all(exp.Column):
        qualifier = column.table.lower()
        if single_source:
            column.set("table", None)
        elif qualifier:
            column.set("table", exp.to_identifier(aliases.get(qualifier, qualifier)))
    for select in tree.find_all(exp.Select):
        select.set(
            "expressions", [e.this if isinstance(e, exp.Alias) else e for e in select.expressions]
        )
    for ident in tree.find_all(exp.Identifier):
        ident.set("this", ident.name.lower())
        ident.set("quoted", False)
    tree = tree.transform(_sort_equality).transform(_sort_conjunctions)
    return tree.sql(dialect="tsql", normalize=True, pretty=False)


def _sort_equality(node: exp.Expression) -> exp.Expression:
    if isinstance(node, exp.EQ):
        left, right = sorted((node.left, node.right), key=lambda e: e.sql())
        return exp.EQ(this=left.copy(), expression=right.copy())
    return node


def _sort_conjunctions(node: exp.Expression) -> exp.Expression:
    if isinstance(node, exp.And) and not isinstance(node.parent, exp.And):
        parts = sorted((p.copy() for p in node.flatten()), key=lambda e: e.sql())
        return exp.and_(*parts, copy=False)
    return node


def structural_match(sql: str, gold: str) -> bool:
    key = structural_key(sql)
    return key is not None and key == structural_key(gold)


def hallucinations(report: Any) -> int:
    """Unknown-table and unknown-column findings in a validator report (what the gate had to stop)."""
    return sum(
        1 for f in getattr(report, "findings", ()) if getattr(f, "rule", "") in HALLUCINATION_RULES
    )


@dataclass(frozen=True)
class PR:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
        }


def precision_recall(flags_on_bad: Iterable[bool], flags_on_good: Iterable[bool]) -> PR:
    """Reviewer P/R: a flag on a seeded mutant is a true positive, a flag on the gold query a false one."""
    bad = list(flags_on_bad)
    return PR(tp=sum(bad), fp=sum(1 for f in flags_on_good if f), fn=sum(1 for f in bad if not f))


def mean(values: Iterable[float | int | bool | None]) -> float | None:
    kept = [float(v) for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


def percentile(values: Iterable[float], q: float) -> float | None:
    data = sorted(values)
    if not data:
        return None
    index = min(len(data) - 1, max(0, round(q * (len(data) - 1))))
    return data[index]
