"""VG202 join-missing-key: a join must equate every column of the relationship it uses.

A header→detail join without ``Mth`` (APTH→APTL), a master or satellite joined
on part of its business key (APVM on VendorGroup without Vendor, JCCM without
Contract, JCJP without Phase): each multiplies rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Mapping

from ...catalog import Catalog, DbObject, JoinPath
from ..equalities import Equalities, col_key
from ..findings import Finding
from ..links import Edge, Links
from ..scope import Analysis, Scope, Source
from ._base import check, company_key, is_company_column, label, make, master_groups
from ._joins import agree, canonical, conjunction_end, passed_through, ref_name


@check("VG202", "join-missing-key", "error")
def join_missing_key(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """A join that equates part of a documented path or business key, but not all of it.

    Judged on each join the query writes (an edge of its join graph), for every
    relationship the two sides have: a documented join path, or one side's whole
    business key present in the other (JCCD carries JCCP's key). A relationship is
    the one in use when the join's column equalities all belong to it; a join on
    other columns (a lookup on a non-key column) is a different relationship and
    is not judged. Company columns, and the group of a group-keyed master, are
    VG201's. Silent when the joined table cannot multiply rows: its whole unique
    key (business key or a unique index) is bound to earlier tables or to single
    values (``v.Vendor = @Vendor``, a first-row ``= (SELECT MAX(…))`` in the ON
    clause), or the missing column is pinned to one value on both sides; a missing
    column the join compares some other way (``LIKE``, an ``OR``, a range) is not
    judged. A CTE or derived table that passes a table's key columns through
    (renamed, or through ``ISNULL``) stands for that table.

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT l.APLine FROM APTH h JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans WHERE h.APCo = 1", join_missing_key)
    ['VG202']
    >>> codes("SELECT v.Name FROM APTH h JOIN APVM v ON v.VendorGroup = h.VendorGroup WHERE h.APCo = 1", join_missing_key)
    ['VG202']
    >>> codes("SELECT v.Name FROM APTH h JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Vendor = @Vendor WHERE h.APCo = 1", join_missing_key)
    []
    >>> codes("WITH h AS (SELECT APCo, Mth, APTrans FROM APTH WHERE APCo = 1) "
    ...       "SELECT l.APLine FROM h JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans", join_missing_key)
    ['VG202']
    """
    for statement in analysis.statements:
        if not statement.scopes:
            continue
        eq = analysis.equalities[id(statement)]
        links = analysis.links[id(statement)]
        for edge in links.edges.values():
            if not edge.pairs or links.blocked(edge.a, edge.b):
                continue
            for a in _sides(analysis, edge.a):
                for b in _sides(analysis, edge.b):
                    if canonical(catalog, a.obj.name) == canonical(catalog, b.obj.name):
                        continue
                    finding = _judge(analysis, catalog, eq, links, edge, a, b)
                    if finding is not None:
                        yield finding


@dataclass(frozen=True)
class _Side:
    """A join side judged as a catalog table: the table itself, or a CTE/derived table passing its columns through."""

    source: Source
    obj: DbObject
    names: Mapping[str, str] | None = (
        None  # table column (lower) -> the name the CTE exposes it under
    )

    @property
    def proxy(self) -> bool:
        return self.names is not None

    def exposes(self, column: str) -> str | None:
        """The name the query reads a table column by (None when this side does not pass it through)."""
        if self.names is None:
            col = self.obj.column(column)
            return col.name if col is not None else None
        return self.names.get(column.lower())

    def table_column(self, name: str) -> str | None:
        """The table column (lower) behind a name the query reads from this side."""
        if self.names is None:
            return name.lower()
        for column, shown in self.names.items():
            if shown.lower() == name.lower():
                return column
        return None


def _sides(analysis: Analysis, source: Source) -> list[_Side]:
    if source.obj is not None:
        return [_Side(source, source.obj)]
    return list(_proxies(analysis, source))


def _proxies(analysis: Analysis, source: Source) -> Iterator[_Side]:
    """The catalog tables whose columns a CTE or derived table passes through, with their exposed names."""
    by_table: dict[int, tuple[Source, dict[str, str]]] = {}
    for inner, column, shown in passed_through(analysis, source):
        by_table.setdefault(id(inner), (inner, {}))[1].setdefault(column, shown)
    for inner, names in by_table.values():
        yield _Side(source, inner.obj, names)


_RELATIONS: dict[int, tuple[Catalog, dict[tuple[str, str], list[JoinPath]]]] = {}


def relations(catalog: Catalog, a: DbObject, b: DbObject) -> list[JoinPath]:
    """Every relationship between two objects, oriented a → b: documented paths, then whole business keys.

    A whole business key of one side present by name in the other is a relationship
    even when undocumented (JCCD carries JCCP's key; JCCI carries JCCM's). Cached per catalog.
    """
    entry = _RELATIONS.get(id(catalog))
    if entry is None or entry[0] is not catalog:
        if len(_RELATIONS) > 8:
            _RELATIONS.clear()
        entry = _RELATIONS[id(catalog)] = (catalog, {})
    key = (a.name, b.name)
    found = entry[1].get(key)
    if found is None:
        found = entry[1][key] = _relations(catalog, a, b)
    return found


def _relations(catalog: Catalog, a: DbObject, b: DbObject) -> list[JoinPath]:
    found = list(catalog.join_paths_between(a.name, b.name))
    seen = {tuple((l.lower(), r.lower()) for l, r in p.pairs) for p in found}
    for owner, other in ((b, a), (a, b)):
        key = owner.business_key
        if len(key) < 2 or not all(other.has_column(k) for k in key):
            continue
        pairs = tuple((k, k) for k in key)
        lowered = tuple((k.lower(), k.lower()) for k in key)
        if lowered not in seen:
            seen.add(lowered)
            found.append(JoinPath(a.name, b.name, pairs, "business-key", f"{owner.name} key"))
    return found


def _judge(
    analysis: Analysis,
    catalog: Catalog,
    eq: Equalities,
    links: Links,
    edge: Edge,
    a: _Side,
    b: _Side,
) -> Finding | None:
    direct = set()
    for ca, cb in edge.pairs:
        ta, tb = a.table_column(ca), b.table_column(cb)
        if ta is None or tb is None:
            return (
                None  # a column the CTE computes is compared: another grain, another relationship
            )
        direct.add((ta, tb))
    best = None
    for path in relations(catalog, a.obj, b.obj):
        if not all(a.exposes(l) and b.exposes(r) for l, r in path.pairs):
            continue
        own = {(l.lower(), r.lower()) for l, r in path.pairs}
        if (
            any(p not in own and not _companies(a.obj, b.obj, p) for p in direct)
            or not direct & own
        ):
            continue  # not this relationship: the join equates other columns, or none of these
        missing = [
            (l, r)
            for l, r in path.pairs
            if not agree(eq, a.source, a.exposes(l), b.source, b.exposes(r))
            and not _companies(a.obj, b.obj, (l, r))
            and not _master_group(a.obj, b.obj, (l, r))
        ]
        if not missing:
            return None
        if any(
            (id(a.source), a.exposes(l).lower()) in edge.loose
            or (id(b.source), b.exposes(r).lower()) in edge.loose
            for l, r in missing
        ):
            continue  # compared some other way (LIKE, OR, a range): not judged
        if best is None or len(missing) < len(best[1]):
            best = (path, missing)
    if best is None or _bound(catalog, eq, links, b):
        return None
    if _group_lookup(a, [l for l, _ in direct]) or _group_lookup(b, [r for _, r in direct]):
        return None
    return _finding(analysis, edge, a, b, *best)


def _companies(a: DbObject, b: DbObject, pair: tuple[str, str]) -> bool:
    return is_company_column(a, pair[0]) and is_company_column(b, pair[1])


def _master_group(a: DbObject, b: DbObject, pair: tuple[str, str]) -> bool:
    """The group column of a group-keyed master (APVM.VendorGroup): VG201 reports it."""
    return pair[0].lower() in {g.lower() for g in master_groups(a)} or pair[1].lower() in {
        g.lower() for g in master_groups(b)
    }


def _group_lookup(side: _Side, columns: list[str]) -> bool:
    """A company's own row (HQCO) joined on its group columns: the group's members, not a partial key."""
    obj = side.obj
    key = [k.lower() for k in obj.business_key]
    company = company_key(obj)
    if not columns or len(key) != 1 or company is None or key[0] != company.lower():
        return False
    return all(
        c in {g.lower() for g in obj.group_columns}
        or (obj.column(c) is not None and obj.column(c).vista_type.lower() == "bgroup")
        for c in columns
    )


def unique_keys(catalog: Catalog, obj: DbObject) -> list[tuple[str, ...]]:
    """The business key and every unique index of the object (a view's come from its base table)."""
    keys = [tuple(obj.business_key)] if obj.business_key else []
    base = catalog.base_of(obj.name) or obj
    for index in base.indexes or obj.indexes:
        if index.unique and index.columns and tuple(index.columns) not in keys:
            keys.append(tuple(index.columns))
    return keys


def _bound(catalog: Catalog, eq: Equalities, links: Links, side: _Side) -> bool:
    """Whether the joined table contributes at most one row: a whole unique key is bound to
    tables written before it (in its own scope or an outer one) or to single values."""
    return any(
        all(_bound_column(eq, links, side, column) for column in key)
        for key in unique_keys(catalog, side.obj)
    )


def _bound_column(eq: Equalities, links: Links, side: _Side, column: str) -> bool:
    shown = side.exposes(column)
    if shown is None:
        return False
    source = side.source
    chain = _chain(source.scope)
    for member in eq.members(col_key(source, shown)):
        kind = member[0]
        if kind in ("lit", "var", "one"):
            return True
        if kind == "col" and member[1] != id(source):
            other = links.sources.get(member[1])
            if other is not None and other.seq < source.seq and id(other.scope) in chain:
                return True
    return False


def _chain(scope: Scope | None) -> set[int]:
    out = set()
    while scope is not None:
        out.add(id(scope))
        scope = scope.parent
    return out


def _label(side: _Side) -> str:
    return f"{label(side.source)} (from {side.obj.name})" if side.proxy else label(side.source)


def _finding(
    analysis: Analysis, edge: Edge, a: _Side, b: _Side, path: JoinPath, missing
) -> Finding:
    shown = [(b.exposes(r), a.exposes(l)) for l, r in missing]
    predicates = [f"{ref_name(b.source)}.{rb} = {ref_name(a.source)}.{la}" for rb, la in shown]
    what = ", ".join(rb for rb, _ in shown)
    key = ", ".join(r for _, r in path.pairs)
    message = (
        f"{_label(b)} is joined to {_label(a)} without {what}: the join key is ({key}); "
        f"rows of other {'months' if any(r.lower() == 'mth' for _, r in missing) else 'keys'} would match. "
        f"Add {' AND '.join(predicates)}"
    )
    fix = ()
    if a.source.scope is b.source.scope:
        end = conjunction_end(analysis, b.source.join)
        if end is not None:
            fix = ((end, end, "".join(f" AND {p}" for p in predicates)),)
    return make(join_missing_key, b.source.node, message, " AND ".join(predicates), fix)


def _paths(catalog: Catalog, a: DbObject, b: DbObject) -> list[JoinPath]:
    """Documented paths, else a header whose business key is a prefix of the detail's (JCCM → JCCI)."""
    paths = catalog.join_paths_between(a.name, b.name)
    if paths:
        return paths
    ka = [k.lower() for k in a.business_key]
    kb = [k.lower() for k in b.business_key]
    if len(ka) >= 2 and len(kb) > len(ka) and kb[: len(ka)] == ka:
        return [
            JoinPath(
                a.name,
                b.name,
                tuple((k, b.column(k).name) for k in a.business_key),
                "header-detail",
                "business key",
            )
        ]
    if len(kb) >= 2 and len(ka) > len(kb) and ka[: len(kb)] == kb:
        return [
            JoinPath(
                a.name,
                b.name,
                tuple((a.column(k).name, k) for k in b.business_key),
                "header-detail",
                "business key",
            )
        ]
    return []
