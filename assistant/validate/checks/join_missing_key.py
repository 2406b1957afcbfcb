"""VG202 join-missing-key: a header→detail join must carry every key column (APTH→APTL needs Mth)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Mapping

from ...catalog import Catalog, DbObject, JoinPath
from ..findings import Finding
from ..scope import Analysis, Scope, Source
from ._base import check, is_company_column, is_group_column, label, make
from ._joins import UNRESOLVED, conjunction_end, equated, linked, pairs, passed_through, ref_name


@check("VG202", "join-missing-key", "error")
def join_missing_key(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """Joined tables that equate part of a documented join path (or business key) but not all of it.

    Company and group columns are left to VG201; a join that equates none of
    the path's other columns is a different relationship and is not judged,
    unless it is a documented header→detail pair tied only by company. A CTE or
    derived table that passes a table's key columns through stands for that
    table, so the header→detail rule holds through ``WITH h AS (… FROM APTH)``.

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT l.APLine FROM APTH h JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans WHERE h.APCo = 1", join_missing_key)
    ['VG202']
    >>> codes("WITH h AS (SELECT APCo, Mth, APTrans FROM APTH WHERE APCo = 1) "
    ...       "SELECT l.APLine FROM h JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans", join_missing_key)
    ['VG202']
    """
    for scope in analysis.scopes:
        eq = analysis.equalities_for(scope)
        for a, b in _sides(analysis, scope):
            if not linked(eq, a.source, b.source) or catalog.base_of(a.obj.name) is catalog.base_of(b.obj.name):
                continue
            best = None
            satisfied_any = False
            for path in _paths(catalog, a.obj, b.obj):
                key_pairs = [(l, r) for l, r in path.pairs if not _shared(a.obj, l) and not _shared(b.obj, r)]
                if not key_pairs or not all(a.exposes(l) and b.exposes(r) for l, r in key_pairs):
                    continue
                done = [p for p in key_pairs if equated(eq, a.source, a.exposes(p[0]), b.source, b.exposes(p[1]))]
                missing = [p for p in key_pairs if p not in done]
                if not missing:
                    satisfied_any = True
                    break
                # equating none of the key is a different relationship, except header→detail
                # tables tied only by company: every header then matches every detail line
                tied_by_company = path.kind == "header-detail" and a.source.scope is b.source.scope and not a.proxy and not b.proxy
                if (done or tied_by_company) and (best is None or len(done) > len(best[1])):
                    best = (path, done, missing)
            if satisfied_any or best is None:
                continue
            yield _finding(analysis, a, b, *best)


@dataclass(frozen=True)
class _Side:
    """A join side judged as a catalog table: the table itself, or a CTE/derived table passing its columns through."""

    source: Source
    obj: DbObject
    names: Mapping[str, str] | None = None  # table column (lower) -> the name the CTE exposes it under

    @property
    def proxy(self) -> bool:
        return self.names is not None

    def exposes(self, column: str) -> str | None:
        if self.names is None:
            return column if self.obj.has_column(column) else None
        return self.names.get(column.lower())


def _sides(analysis: Analysis, scope: Scope) -> Iterator[tuple[_Side, _Side]]:
    for a, b in pairs(analysis, scope):
        if a.obj is not None and b.obj is not None:
            yield _Side(a, a.obj), _Side(b, b.obj)
    if any(r.scope is scope and r.status in UNRESOLVED for r in analysis.refs):
        return
    tables = scope.catalog_sources
    for derived in scope.order:
        for proxy in _proxies(analysis, derived):
            for other in tables:
                first = scope.order.index(derived) < scope.order.index(other)
                yield (proxy, _Side(other, other.obj)) if first else (_Side(other, other.obj), proxy)


def _proxies(analysis: Analysis, source: Source) -> Iterator[_Side]:
    """The catalog tables whose columns a CTE or derived table passes through, with their exposed names."""
    by_table: dict[int, tuple[Source, dict[str, str]]] = {}
    for inner, column, shown in passed_through(analysis, source):
        by_table.setdefault(id(inner), (inner, {}))[1].setdefault(column, shown)
    for inner, names in by_table.values():
        yield _Side(source, inner.obj, names)


def _shared(obj: DbObject, column: str) -> bool:
    return is_company_column(obj, column) or is_group_column(obj, column)


def _paths(catalog: Catalog, a: DbObject, b: DbObject) -> list[JoinPath]:
    paths = catalog.join_paths_between(a.name, b.name)
    if paths:
        return paths
    # undocumented: a header whose business key is a prefix of the detail's (JCCM → JCCI)
    ka = [k.lower() for k in a.business_key]
    kb = [k.lower() for k in b.business_key]
    if len(ka) >= 2 and len(kb) > len(ka) and kb[: len(ka)] == ka:
        return [JoinPath(a.name, b.name, tuple((k, b.column(k).name) for k in a.business_key), "header-detail", "business key")]
    if len(kb) >= 2 and len(ka) > len(kb) and ka[: len(kb)] == kb:
        return [JoinPath(a.name, b.name, tuple((a.column(k).name, k) for k in b.business_key), "header-detail", "business key")]
    return []


def _label(side: _Side) -> str:
    return f"{label(side.source)} (from {side.obj.name})" if side.proxy else label(side.source)


def _finding(analysis: Analysis, a: _Side, b: _Side, path: JoinPath, done, missing) -> Finding:
    predicates = [f"{ref_name(b.source)}.{b.exposes(r)} = {ref_name(a.source)}.{a.exposes(l)}" for l, r in missing]
    names = ", ".join(r for _, r in missing)
    key = ", ".join(r for _, r in path.pairs)
    message = (
        f"{_label(b)} is joined to {_label(a)} without {names}: the join key is ({key}); "
        f"rows of other {'months' if any(r.lower() == 'mth' for _, r in missing) else 'keys'} would match. "
        f"Add {' AND '.join(predicates)}"
    )
    fix = ()
    if a.source.scope is b.source.scope:
        end = conjunction_end(analysis, b.source.join)
        if end is not None:
            fix = ((end, end, "".join(f" AND {p}" for p in predicates)),)
    return make(join_missing_key, b.source.node, message, " AND ".join(predicates), fix)
