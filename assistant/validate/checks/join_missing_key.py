"""VG202 join-missing-key: a header→detail join must carry every key column (APTH→APTL needs Mth)."""

from __future__ import annotations

from typing import Iterator

from ...catalog import Catalog, DbObject, JoinPath
from ..findings import Finding
from ..scope import Analysis, Source
from ._base import check, is_company_column, is_group_column, label, make
from ._joins import conjunction_end, equated, linked, pairs, ref_name


@check("VG202", "join-missing-key", "error")
def join_missing_key(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """Joined tables that equate part of a documented join path (or business key) but not all of it.

    Company and group columns are left to VG201; a join that equates none of
    the path's other columns is a different relationship and is not judged,
    unless it is a documented header→detail pair tied only by company.

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT l.APLine FROM APTH h JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans WHERE h.APCo = 1", join_missing_key)
    ['VG202']
    """
    for scope in analysis.scopes:
        eq = analysis.equalities_for(scope)
        for a, b in pairs(analysis, scope):
            if a.obj is None or b.obj is None or not linked(eq, a, b):
                continue
            if catalog.base_of(a.obj.name) is catalog.base_of(b.obj.name):
                continue
            best = None
            satisfied_any = False
            for path in _paths(catalog, a.obj, b.obj):
                key_pairs = [(l, r) for l, r in path.pairs if not _shared(a.obj, l) and not _shared(b.obj, r)]
                if not key_pairs or not all(a.obj.has_column(l) and b.obj.has_column(r) for l, r in key_pairs):
                    continue
                done = [p for p in key_pairs if equated(eq, a, p[0], b, p[1])]
                missing = [p for p in key_pairs if p not in done]
                if not missing:
                    satisfied_any = True
                    break
                # equating none of the key is a different relationship, except header→detail
                # tables tied only by company: every header then matches every detail line
                related = done or (path.kind == "header-detail" and a.scope is b.scope)
                if related and (best is None or len(done) > len(best[1])):
                    best = (path, done, missing)
            if satisfied_any or best is None:
                continue
            yield _finding(analysis, a, b, *best)


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


def _finding(analysis: Analysis, a: Source, b: Source, path: JoinPath, done, missing) -> Finding:
    predicates = [f"{ref_name(b)}.{r} = {ref_name(a)}.{l}" for l, r in missing]
    names = ", ".join(r for _, r in missing)
    key = ", ".join(r for _, r in path.pairs)
    message = (
        f"{label(b)} is joined to {label(a)} without {names}: the join key is ({key}); "
        f"rows of other {'months' if any(r.lower() == 'mth' for _, r in missing) else 'keys'} would match. "
        f"Add {' AND '.join(predicates)}"
    )
    fix = ()
    if a.scope is b.scope:
        end = conjunction_end(analysis, b.join)
        if end is not None:
            fix = ((end, end, "".join(f" AND {p}" for p in predicates)),)
    return make(join_missing_key, b.node, message, " AND ".join(predicates), fix)
