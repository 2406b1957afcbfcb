"""What the join checks share: columns passed through CTEs, paths, agreement of two columns, where fixes go."""

from __future__ import annotations

from typing import Iterator

from sqlglot import exp

from ...catalog import Catalog, DbObject, JoinPath
from ..batch import span
from ..equalities import Equalities, col_key
from ..scope import Analysis, Source


def passed_through(analysis: Analysis, source: Source) -> Iterator[tuple[Source, str, str]]:
    """(inner catalog source, its column in lower case, the name the query reads it by) for each
    column a CTE or derived table passes straight through, in select-list order."""
    if source.obj is not None or source.inner is None:
        return
    for name, column in source.inner.lineage.items():
        ref = analysis.ref_of.get(id(column))
        inner = ref.source if ref is not None else None
        if inner is None or inner.obj is None:
            continue
        shown = (source.columns or {}).get(name, column.name)
        yield inner, column.name.lower(), getattr(shown, "name", shown)


_CACHE: dict[int, tuple[Catalog, dict[str, list[JoinPath]], dict[str, str]]] = {}


def _cache(catalog: Catalog) -> tuple[Catalog, dict[str, list[JoinPath]], dict[str, str]]:
    entry = _CACHE.get(id(catalog))
    if entry is None or entry[0] is not catalog:
        if len(_CACHE) > 8:
            _CACHE.clear()
        entry = _CACHE[id(catalog)] = (catalog, {}, {})
    return entry


def paths_from(catalog: Catalog, obj: DbObject) -> list[JoinPath]:
    """Documented paths leaving ``obj`` (cached per catalog: the catalog's own lookup scans every path)."""
    cache = _cache(catalog)[1]
    name = obj.name.lower()
    found = cache.get(name)
    if found is None:
        found = cache[name] = catalog.join_paths_from(obj.name)
    return found


def canonical(catalog: Catalog, name: str) -> str:
    """The base table's name in lower case: a view and its table are one object (cached per catalog)."""
    cache = _cache(catalog)[2]
    found = cache.get(name)
    if found is None:
        base = catalog.base_of(name)
        found = cache[name] = (base.name if base is not None else name).lower()
    return found


def agree(eq: Equalities, a: Source, ca: str, b: Source, cb: str) -> bool:
    """``a.ca`` and ``b.cb`` hold the same value, or each is pinned to one value: no row of one
    side can meet rows of several values of the other (``a.JCCo = @JCCo AND b.JCCo = @JCCo``)."""
    ka, kb = col_key(a, ca), col_key(b, cb)
    return eq.same(ka, kb) or (eq.pinned(ka) and eq.pinned(kb))


def conjunction_end(analysis: Analysis, join: exp.Join | None) -> int | None:
    """Offset just after a join's ON condition when it is a plain AND chain, else None.

    Only then can ``AND x = y`` be appended without changing what the condition means.
    """
    if join is None:
        return None
    on = join.args.get("on")
    if on is None:
        return None
    for node in on.walk():
        if isinstance(node, (exp.Or, exp.Not)):
            return None
    s = span(on)
    if s is None:
        return None
    end = s[1] + 1
    text = analysis.sql
    # step over closing parentheses (and a closing quote already inside the span) that belong to the condition
    opened = text[join_start(analysis, on, s[0]) : end].count("(") - text[
        join_start(analysis, on, s[0]) : end
    ].count(")")
    while opened > 0:
        nxt = text.find(")", end)
        if nxt == -1:
            return None
        end = nxt + 1
        opened -= 1
    return end


def join_start(analysis: Analysis, on: exp.Expr, start: int) -> int:
    # the ON condition may open with parentheses before its first positioned token
    text = analysis.sql
    i = start
    while i > 0 and text[i - 1] in " \t\r\n(":
        i -= 1
    return i


def ref_name(source: Source) -> str:
    return source.alias or source.name
