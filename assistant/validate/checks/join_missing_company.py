"""VG201 join-missing-company: joined company-keyed tables must equate their companies; masters their group."""

from __future__ import annotations

from typing import Iterator

from ...catalog import Catalog
from ..equalities import Equalities, col_key
from ..findings import Finding
from ..links import Edge, Links
from ..scope import Analysis, Source
from ._base import (
    check,
    company_columns,
    company_key,
    is_company_column,
    label,
    make,
    master_groups,
)
from ._joins import agree, canonical, conjunction_end, passed_through, paths_from, ref_name
from .join_missing_key import relations


@check("VG201", "join-missing-company", "error")
def join_missing_company(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """Two company-keyed tables joined without equating companies, or a master joined without its group.

    Judged on the joins the query writes (the edges of its join graph): the
    company columns of the documented path in use must hold one value (AR line
    to JC: ``ARTL.JCCo``, not ``ARCo``), directly, transitively, or pinned to a
    value on both sides (``a.JCCo = @JCCo AND b.JCCo = @JCCo``). Tables that share
    a company only through a third table are not judged against each other;
    company-keyed tables with no join between them at all (a cartesian product)
    must agree on company.

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT i.Item FROM JCCM c JOIN JCCI i ON i.Contract = c.Contract WHERE c.JCCo = 1", join_missing_company)
    ['VG201']
    >>> codes("SELECT v.Name FROM APTH h JOIN APVM v ON v.Vendor = h.Vendor WHERE h.APCo = 1", join_missing_company)
    ['VG201']
    >>> codes("SELECT i.Item FROM JCCM c JOIN JCCI i ON i.Contract = c.Contract WHERE c.JCCo = @Co AND i.JCCo = @Co", join_missing_company)
    []
    """
    for statement in analysis.statements:
        if not statement.scopes:
            continue
        eq = analysis.equalities[id(statement)]
        links = analysis.links[id(statement)]
        for edge in links.edges.values():
            a, b = edge.a, edge.b
            if links.blocked(a, b):
                continue
            if a.obj is not None and b.obj is not None:
                yield from _edge(analysis, catalog, eq, edge)
            elif a.obj is None and b.obj is not None:
                yield from _through_derived(analysis, eq, a, b)
            elif b.obj is None and a.obj is not None:
                yield from _through_derived(analysis, eq, b, a)
        carriers = None
        for scope in statement.scopes:
            keyed = [s for s in scope.catalog_sources if company_key(s.obj)]
            if len(keyed) > 1:
                if carriers is None:
                    carriers = _carriers(analysis, links)
                yield from _cartesian(analysis, eq, links, keyed, carriers)


def _edge(analysis: Analysis, catalog: Catalog, eq: Equalities, edge: Edge) -> Iterator[Finding]:
    a, b = edge.a, edge.b
    if company_key(a.obj) and company_key(b.obj):
        options = path_companies(catalog, eq, a, b) or shared_master_companies(catalog, edge)
        if options:
            if not any(all(agree(eq, a, ca, b, cb) for ca, cb in option) for option in options):
                ca, cb = next((ca, cb) for ca, cb in options[0] if not agree(eq, a, ca, b, cb))
                yield _company(analysis, a, b, (a.obj.column(ca).name, b.obj.column(cb).name))
        elif not _any_company_agrees(eq, a, b):
            yield _company(analysis, a, b)
    for master, other in ((a, b), (b, a)):
        for group in master_groups(master.obj):
            key = col_key(master, group)
            if not [k for k in eq.members(key) if k != key]:
                yield _group(analysis, master, other, group)


def path_companies(
    catalog: Catalog, eq: Equalities, a: Source, b: Source
) -> list[list[tuple[str, str]]]:
    """The company pairs of the relationships the join uses (most of their other columns equated).

    An AR line joins JC on (JCCo, Contract): the documented path (or a whole business
    key one side carries) says which company column of each side must agree. Empty when
    no relationship is in use.
    """
    best, options = 0, []
    for path in relations(catalog, a.obj, b.obj):
        companies = [
            (l, r)
            for l, r in path.pairs
            if is_company_column(a.obj, l) and is_company_column(b.obj, r)
        ]
        rest = [(l, r) for l, r in path.pairs if (l, r) not in companies]
        if not companies or not rest:
            continue
        done = sum(eq.same(col_key(a, l), col_key(b, r)) for l, r in rest)
        if done and done > best:
            best, options = done, [companies]
        elif done and done == best:
            options.append(companies)
    return options


def shared_master_companies(catalog: Catalog, edge: Edge) -> list[list[tuple[str, str]]]:
    """Company pairs for two tables joined through the key of a master both reference.

    INMO and SLHD both point at JCJM by (JCCo, Job): joined on Job, they must
    agree on the JCCo each uses for that master, whatever their own companies.
    """
    a, b = edge.a, edge.b
    pairs = [
        (ca, cb)
        for ca, cb in edge.pairs
        if not is_company_column(a.obj, ca) and not is_company_column(b.obj, cb)
    ]
    if not pairs:
        return []
    to_master: dict[str, list] = {}
    for path in paths_from(catalog, a.obj):
        to_master.setdefault(canonical(catalog, path.right), []).append(path)
    best, options = 0, []
    for theirs in paths_from(catalog, b.obj):
        for ours in to_master.get(canonical(catalog, theirs.right), ()):
            mine = {l.lower(): r.lower() for l, r in ours.pairs}
            other = {l.lower(): r.lower() for l, r in theirs.pairs}
            matched = sum(
                1 for ca, cb in pairs if mine.get(ca) is not None and mine.get(ca) == other.get(cb)
            )
            if not matched or matched < best:
                continue
            companies = [
                (la, lb)
                for la, m in ours.pairs
                for lb, n in theirs.pairs
                if m.lower() == n.lower()
                and is_company_column(a.obj, la)
                and is_company_column(b.obj, lb)
            ]
            if not companies:
                continue
            if matched > best:
                best, options = matched, []
            options.append(companies)
    return options


def _any_company_agrees(eq: Equalities, a: Source, b: Source) -> bool:
    if any(
        agree(eq, a, ca, b, cb) for ca in company_columns(a.obj) for cb in company_columns(b.obj)
    ):
        return True
    return False


def _carriers(analysis: Analysis, links: Links) -> set[int]:
    """Sources that carry a company: company-keyed tables, CTEs and derived tables passing one through."""
    return {
        i
        for i, s in links.sources.items()
        if (s.obj is not None and company_key(s.obj))
        or (s.obj is None and s.inner is not None and _derived_companies(analysis, s))
    }


def _cartesian(
    analysis: Analysis, eq: Equalities, links: Links, keyed: list[Source], carriers: set[int]
) -> Iterator[Finding]:
    """Company-keyed tables of one FROM with no chain of company-keyed joins between them.

    A CROSS JOIN or a comma, or two tables related only through a group-keyed master
    (APTH and POHD through APVM): nothing makes them agree on company, so they must say so.
    """
    component = links.components(keyed, carriers)
    firsts: dict[int, Source] = {}  # component -> its first table: one finding per table left apart
    for b in keyed:
        if component[id(b)] in firsts:
            continue
        for a in firsts.values():
            if not links.blocked(a, b) and not _any_company_agrees(eq, a, b):
                yield _company(analysis, a, b)
                break
        firsts[component[id(b)]] = b


def _derived_companies(analysis: Analysis, source: Source) -> list[str]:
    """Output columns of a CTE or derived table that pass a company-keyed table's company through."""
    return [
        shown
        for inner, column, shown in passed_through(analysis, source)
        if company_key(inner.obj) and column == company_key(inner.obj).lower()
    ]


def _through_derived(
    analysis: Analysis, eq: Equalities, d: Source, other: Source
) -> Iterator[Finding]:
    """A CTE/derived table carrying a company, joined to a company-keyed table without equating them."""
    if d.inner is None or not company_key(other.obj):
        return
    outs = _derived_companies(analysis, d)
    if not outs:
        return
    if any(agree(eq, d, o.lower(), other, c) for o in outs for c in company_columns(other.obj)):
        return
    co = company_key(other.obj)
    predicate = f"{ref_name(d)}.{outs[0]} = {ref_name(other)}.{co}"
    first, second = (d, other) if d.seq < other.seq else (other, d)
    message = (
        f"{label(second)} is joined to {label(first)} without equating their companies "
        f"({d.alias}.{outs[0]} comes from a company-keyed table): rows of every company would match; add {predicate}"
    )
    fix = ()
    if first.scope is second.scope:
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


def _company(
    analysis: Analysis, a: Source, b: Source, columns: tuple[str, str] | None = None
) -> Finding:
    ca, cb = columns or _pick(a, b)
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
        target = master if master.seq > other.seq else other
        end = conjunction_end(analysis, target.join)
        if end is not None:
            fix = ((end, end, f" AND {predicate}"),)
    return make(join_missing_company, master.node, message, predicate, fix)
