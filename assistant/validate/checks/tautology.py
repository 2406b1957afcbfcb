"""VG203 tautology: a join condition that is always true (``h.Contract = h.Contract``, ``ON 1 = 1``)."""

from __future__ import annotations

from typing import Iterator

from sqlglot import exp

from ...catalog import Catalog
from ..batch import span
from ..equalities import conjuncts
from ..findings import Finding
from ..scope import Analysis, Ref, Scope, Source
from ._base import check, make
from ._joins import canonical, paths_from, ref_name

_COMPARE = (exp.EQ, exp.GTE, exp.LTE)


@check("VG203", "tautology", "error")
def tautology(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """An ON or WHERE conjunct comparing a column with itself, or an ON conjunct comparing two equal constants.

    Either is always true, so the join it was meant to restrict is not restricted:
    ``JOIN JCJM h ON c.JCCo = h.JCCo AND h.Contract = h.Contract`` matches every job of
    the company. The suggestion is the likely intended column (the same name in the
    other table of the join); the fix is certain when one table alone has it.
    ``WHERE 1 = 1`` (a generator's idiom) and ``ON 1 = 1`` to a CTE or derived table
    (a one-row parameter block) are left alone.

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT i.Item FROM JCCM c JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = i.Contract WHERE c.JCCo = 1", tautology)
    ['VG203']
    >>> codes("SELECT c.Contract FROM JCCM c WHERE 1 = 1 AND c.JCCo = 1", tautology)
    []
    """
    ref_of = analysis.ref_of
    for scope in analysis.scopes:
        for join in scope.node.args.get("joins") or ():
            on = join.args.get("on")
            if on is not None:
                for conj in conjuncts(on):
                    if isinstance(conj, _COMPARE):
                        target = next((s for s in scope.order if s.join is join), None)
                        yield from _judge(analysis, catalog, scope, conj, target, ref_of)
        where = scope.node.args.get("where")
        if where is not None:
            for conj in conjuncts(where.this):
                if isinstance(conj, _COMPARE):
                    yield from _judge(analysis, catalog, scope, conj, None, ref_of, in_on=False)


def _judge(
    analysis: Analysis,
    catalog: Catalog,
    scope: Scope,
    conj: exp.Expr,
    target: Source | None,
    ref_of: dict[int, Ref],
    in_on: bool = True,
) -> Iterator[Finding]:
    left, right = _bare(conj.this), _bare(conj.expression)
    if isinstance(left, exp.Column) and isinstance(right, exp.Column):
        ra, rb = ref_of.get(id(left)), ref_of.get(id(right))
        if ra is None or rb is None or ra.source is None or ra.source is not rb.source:
            return
        if (
            ra.status not in ("ok", "opaque")
            or rb.status not in ("ok", "opaque")
            or left.name.lower() != right.name.lower()
        ):
            return
        yield _self_comparison(analysis, catalog, scope, conj, right, ra.source, target)
    elif in_on and _same_constant(left, right) and target is not None and target.obj is not None:
        yield make(
            tautology,
            conj,
            f"{conj.sql('tsql')} is always true: the join to {target.alias or target.name} is not restricted "
            f"and every row of it matches every row before it; equate its key columns, or write CROSS JOIN",
            "equate the joined table's key columns",
        )


def _bare(node: exp.Expr) -> exp.Expr:
    while isinstance(node, exp.Paren):
        node = node.this
    return node


def _same_constant(a: exp.Expr, b: exp.Expr) -> bool:
    if isinstance(a, exp.Literal) and isinstance(b, exp.Literal):
        return a.is_string == b.is_string and a.this == b.this
    if isinstance(a, exp.Parameter) and isinstance(b, exp.Parameter):
        return a.name.lower() == b.name.lower()
    return False


def _self_comparison(
    analysis: Analysis,
    catalog: Catalog,
    scope: Scope,
    conj: exp.Expr,
    column: exp.Column,
    source: Source,
    target: Source | None,
) -> Finding:
    name = column.name
    candidates = _intended(catalog, scope, source, target, name)
    written = f"{ref_name(source)}.{name}"
    suggestion = f"{written} = {ref_name(candidates[0])}.{name}" if candidates else None
    message = (
        f"{conj.sql('tsql')} compares {written} with itself: it is always true (for non-NULL rows)"
    )
    if suggestion:
        message += f"; did you mean {suggestion}?"
    fix = ()
    place = span(column)
    quoted = any(
        isinstance(i, exp.Identifier) and i.args.get("quoted")
        for i in column.find_all(exp.Identifier)
    )
    if len(candidates) == 1 and place is not None and not quoted and column.table:
        fix = ((place[0], place[1] + 1, f"{ref_name(candidates[0])}.{name}"),)
    return make(tautology, conj, message, suggestion, fix)


def _intended(
    catalog: Catalog, scope: Scope, source: Source, target: Source | None, column: str
) -> list[Source]:
    """Other tables of the join that have the column, the joined table first, then tables documented to join on it."""
    visible = []
    current: Scope | None = scope
    while current is not None:
        visible.extend(
            s for s in current.order if s is not source and s.has(column) and s.columns is not None
        )
        current = current.parent
    if target is not None and target is not source:
        if target in visible:
            return [target]
        return []
    if target is source:
        visible = [s for s in visible if s.seq < source.seq]
    related = [s for s in visible if _documented(catalog, source, s, column)]
    return related or visible


def _documented(catalog: Catalog, a: Source, b: Source, column: str) -> bool:
    if a.obj is None or b.obj is None:
        return False
    other = canonical(catalog, b.obj.name)
    return any(
        canonical(catalog, path.right) == other
        and any(l.lower() == column.lower() for l, _ in path.pairs)
        for path in paths_from(catalog, a.obj)
    )
