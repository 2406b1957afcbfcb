"""VG201 join-missing-company: joined company-keyed tables must equate their companies; masters their group."""

from __future__ import annotations

from typing import Iterator

from ...catalog import Catalog
from ..equalities import col_key
from ..findings import Finding
from ..scope import Analysis, Source
from ._base import check, company_columns, company_key, label, make, master_groups
from ._joins import conjunction_end, equated, linked, pairs, passed_through, ref_name


@check("VG201", "join-missing-company", "error")
def join_missing_company(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """Two company-keyed tables joined without equating companies, or a master joined without its group.

    The predicate may sit in ON or WHERE, directly or through equalities
    (``a.JCCo = @JCCo AND b.JCCo = @JCCo``).

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT i.Item FROM JCCM c JOIN JCCI i ON i.Contract = c.Contract WHERE c.JCCo = 1", join_missing_company)
    ['VG201']
    >>> codes("SELECT v.Name FROM APTH h JOIN APVM v ON v.Vendor = h.Vendor WHERE h.APCo = 1", join_missing_company)
    ['VG201']
    """
    for scope in analysis.scopes:
        eq = analysis.equalities_for(scope)
        for a, b in pairs(analysis, scope):
            if a.obj is None or b.obj is None:
                continue
            # two company-keyed tables side by side must agree on company even when nothing
            # else ties them (a bare CROSS JOIN multiplies every company's rows)
            if company_key(a.obj) and company_key(b.obj) and (a.scope is b.scope or linked(eq, a, b)):
                if not any(equated(eq, a, ca, b, cb) for ca in company_columns(a.obj) for cb in company_columns(b.obj)):
                    yield _company(analysis, a, b)
            if not linked(eq, a, b):
                continue
            for master, other in ((a, b), (b, a)):
                for group in master_groups(master.obj):
                    key = col_key(master, group)
                    members = [k for k in eq.members(key) if k != key]
                    if not members:
                        yield _group(analysis, master, other, group)
        yield from _through_derived(analysis, scope, eq)


def _derived_companies(analysis: Analysis, source: Source) -> list[str]:
    """Output columns of a CTE or derived table that pass a company-keyed table's company through."""
    return [shown for inner, column, shown in passed_through(analysis, source)
            if company_key(inner.obj) and column == company_key(inner.obj).lower()]


def _through_derived(analysis: Analysis, scope, eq) -> Iterator[Finding]:
    """A CTE/derived table carrying a company, joined to a company-keyed table without equating them."""
    from ._joins import UNRESOLVED

    if any(r.scope is scope and r.status in UNRESOLVED for r in analysis.refs):
        return
    derived = [(s, _derived_companies(analysis, s)) for s in scope.order if s.obj is None and s.inner is not None]
    for d, outs in derived:
        if not outs:
            continue
        for other in scope.order:
            if other is d or other.obj is None or not company_key(other.obj) or not linked(eq, d, other):
                continue
            if any(equated(eq, d, o.lower(), other, c) for o in outs for c in company_columns(other.obj)):
                continue
            co = company_key(other.obj)
            predicate = f"{ref_name(d)}.{outs[0]} = {ref_name(other)}.{co}"
            first, second = (d, other) if scope.order.index(d) < scope.order.index(other) else (other, d)
            message = (
                f"{label(second)} is joined to {label(first)} without equating their companies "
                f"({d.alias}.{outs[0]} comes from a company-keyed table): rows of every company would match; add {predicate}"
            )
            fix = ()
            end = conjunction_end(analysis, second.join)
            if end is not None:
                fix = ((end, end, f" AND {predicate}"),)
            yield make(join_missing_company, second.node, message, predicate, fix)


def _pick(a: Source, b: Source) -> tuple[str, str]:
    """The company columns to equate: same-named if both have it (APTL.JCCo = JCJM.JCCo), else each one's own."""
    ca, cb = company_key(a.obj), company_key(b.obj)
    if b.obj.has_column(ca):
        return ca, b.obj.column(ca).name
    if a.obj.has_column(cb):
        return a.obj.column(cb).name, cb
    return ca, cb


def _company(analysis: Analysis, a: Source, b: Source) -> Finding:
    ca, cb = _pick(a, b)
    predicate = f"{ref_name(b)}.{cb} = {ref_name(a)}.{ca}"
    message = (
        f"{label(b)} is joined to {label(a)} without equating their companies: "
        f"rows of every company would match; add {predicate}"
    )
    fix = ()
    if b.scope is a.scope:
        end = conjunction_end(analysis, b.join)
        if end is not None:
            fix = ((end, end, f" AND {predicate}"),)
    return make(join_missing_company, b.node, message, predicate, fix)


def _group(analysis: Analysis, master: Source, other: Source, group: str) -> Finding:
    if other.obj.has_column(group):
        predicate = f"{ref_name(master)}.{group} = {ref_name(other)}.{other.obj.column(group).name}"
    else:
        predicate = f"{ref_name(master)}.{group} = <{group} of the company>"
    message = (
        f"{label(master)} is keyed by {group}, but the join does not equate {group}: "
        f"the same code in another group would match; add {predicate}"
    )
    fix = ()
    if other.obj.has_column(group) and master.scope is other.scope:
        order = master.scope.order
        target = master if order.index(master) > order.index(other) else other
        end = conjunction_end(analysis, target.join)
        if end is not None:
            fix = ((end, end, f" AND {predicate}"),)
    return make(join_missing_company, master.node, message, predicate, fix)
