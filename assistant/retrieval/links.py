"""Where a table's columns lead: references to masters and headers, and the details behind a header.

Vista documents few foreign keys, but its names are regular: a column that carries
another table's whole business key points at that table. ``JCJM`` has ``JCCo`` and
``ProjectMgr``, the key of ``JCMP`` (JC Project Managers); ``PREH`` has ``PRCo`` and
``PRDept``, the key of ``PRDP``; ``APTD``'s key extends ``APTH``'s, so an AP detail
row belongs to one header. :func:`reference_links` finds every such link from the
catalog alone (keys, company and group columns, column names), no word list:

* each key column of the target must be a column of the source; the target's
  company column may be the source's own (``JBIN.JBCo`` for ``JCCM.JCCo``: one
  company number across modules), and a single naming column may carry a role
  prefix (``INMT.LastVendor`` → ``APVM.Vendor``, ``CMTT.FromCMAcct``);
* a column of a master's own Vista type links under any name when that type keys one
  group-keyed master and nothing else (``APTL.Supplier`` is a ``bVendor``: ``APVM``;
  ``POIT.SupplierGroup`` carries its group); company-keyed tables share their types
  across modules (``bLoc``, ``bEmployee``), so those link by name only;
* a name the documented joins give a key column elsewhere links too, on a column of the
  key's own type (``PMSL.Project = JCJM.Job``: every PM table's ``Project`` is a job);
* the columns that name the target (its key less company, group and month columns)
  must say something: a key of only ``Seq`` or ``Status`` links nothing.

A :class:`Link` runs source → target. ``detail`` links are the ones whose source key
extends the target's: ``APTD`` → ``APTH``. Retrieval follows links both ways: up to
the masters a question names by what they hold ("project manager" → ``JCMP``), down
to the details and satellites a header needs (``APTH`` → ``APTD``). Ingest uses them
to say what an undescribed table references and who references it
(``ingest.descriptions``).
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from ..catalog import Catalog, Column, DbObject
from ..vocabulary import split_identifier

# key columns that do not identify anything on their own
QUIET_KEY = frozenset(
    {
        "seq",
        "mth",
        "month",
        "line",
        "batchid",
        "batchseq",
        "oldnew",
        "keyid",
        "status",
        "type",
        "template",
        "taxyear",
        "frequency",
        "country",
        "state",
        "description",
        "item",
        "trans",
    }
)
_ROLE = re.compile(r"^(?:[A-Z][a-z]+)+$")  # a role prefix: "Last", "From", "To", "Responsible"
_NOT_ROLES = frozenset({"Old", "New", "Prev", "Orig"})
_USER_TYPE = re.compile(r"^b[A-Z]")  # a Vista user-defined type (bVendor), not a base type (int)


@dataclass(frozen=True)
class Link:
    """``source`` carries ``target``'s key: ``pairs`` equate source → target columns."""

    source: str
    target: str
    pairs: tuple[tuple[str, str], ...]
    naming: tuple[
        str, ...
    ]  # the source columns that name the target (no company, group or month columns)
    detail: bool = False  # the source's key extends the target's: a detail row of the target

    def render(self) -> str:
        on = " AND ".join(f"{self.source}.{a} = {self.target}.{b}" for a, b in self.pairs)
        return f"{self.source} JOIN {self.target} ON {on}"


def user_name(catalog: Catalog, obj: DbObject) -> str:
    """The name users query an object by: a base table's view, else the object itself."""
    view = catalog.view_of(obj.name)
    return view.name if view is not None else obj.name


def _naming_columns(obj: DbObject) -> list[str]:
    skip = {(obj.company_column or "").lower(), *(g.lower() for g in obj.group_columns)}
    return [
        k for k in obj.business_key if k.lower() not in skip and k.lower() not in ("mth", "month")
    ]


def _match_column(
    source: DbObject,
    target: DbObject,
    wanted: str,
    allow_role: bool,
    typed: dict[str, DbObject] | None = None,
    aliases: dict[str, frozenset[str]] | None = None,
) -> str | None:
    col = source.column(wanted)
    if col is not None:
        return col.name
    want = target.column(wanted)
    for c in source.columns:
        # a name the docs use for this key elsewhere, of the key's own type: PM's Project is a Job
        if wanted.lower() in (aliases or {}).get(c.name.lower(), ()) and (
            want is not None and c.vista_type.lower() == want.vista_type.lower()
        ):
            return c.name
    if not allow_role:
        return None
    for c in source.columns:
        if len(c.name) > len(wanted) and c.name.lower().endswith(wanted.lower()):
            prefix = c.name[: -len(wanted)]
            # a role prefix on a column of the same Vista type: LastVendor bVendor, FromCMAcct bCMAcct
            if (
                _ROLE.match(prefix)
                and prefix not in _NOT_ROLES
                and want is not None
                and c.vista_type.lower() == want.vista_type.lower()
            ):
                return c.name
    if want is not None and (typed or {}).get(want.vista_type.lower()) is target:
        # the master's key under another name: APTL.Supplier is a bVendor, and bVendor keys APVM
        same = [
            c
            for c in source.columns
            if c.vista_type.lower() == want.vista_type.lower()
            and not any(c.name.startswith(r) for r in _NOT_ROLES)
        ]
        if len(same) == 1:
            return same[0].name
    return None


def master_types(tables: list[DbObject]) -> dict[str, DbObject]:
    """The Vista types that are the key of exactly one group-keyed master, with that master:
    ``bvendor`` → ``bAPVM``.

    A column of such a type holds that master's key whatever its name (``APTL.Supplier``).
    Only masters keyed by a group and one column named for its type count: company-keyed
    tables share their types across modules (``bLoc`` is an IN and an EM location,
    ``bEmployee`` a PR employee and a PM contact), so their types say nothing on their own.
    """
    owners: dict[str, list[DbObject]] = {}
    for t in tables:
        naming = _naming_columns(t)
        col = t.column(naming[0]) if len(naming) == 1 else None
        if (
            col is not None
            and not t.company_column
            and t.group_columns
            and len(t.business_key) == 2
            and _named_for_its_type(col)
        ):
            owners.setdefault(col.vista_type.lower(), []).append(t)
    return {kind: found[0] for kind, found in owners.items() if len(found) == 1}


def documented_aliases(catalog: Catalog) -> dict[str, frozenset[str]]:
    """Column names the documented joins equate with another table's key column under another
    name: ``PMSL.Project = JCJM.Job`` says a PM project column holds a job, in every PM table.

    Company columns are left out (the company rule covers them), and so are names that equate
    with several key names: such a name says nothing for sure.
    """
    seen: dict[str, set[str]] = {}
    for path in catalog.join_paths:
        left, right = catalog.get(path.left), catalog.get(path.right)
        if left is None or right is None or path.kind == "company":
            continue
        companies = {(left.company_column or "").lower(), (right.company_column or "").lower()}
        for a, b in path.pairs:
            if a.lower() != b.lower() and a.lower() not in companies and b.lower() not in companies:
                seen.setdefault(a.lower(), set()).add(b.lower())
    return {a: frozenset(bs) for a, bs in seen.items() if len(bs) == 1}


def _named_for_its_type(col: Column) -> bool:
    """``Vendor bVendor``, ``Material bMatl``: the type is named for what the column holds."""
    if not _USER_TYPE.match(col.vista_type):
        return False
    kind, name = col.vista_type[1:].lower(), col.name.lower()
    return min(len(kind), len(name)) >= 3 and (name.startswith(kind) or kind.startswith(name))


def links_between(
    catalog: Catalog,
    source: DbObject,
    target: DbObject,
    typed: dict[str, DbObject] | None = None,
    aliases: dict[str, frozenset[str]] | None = None,
) -> Link | None:
    """The link ``source`` → ``target`` if the source's columns carry the target's whole key.

    ``typed``: the Vista types that key one master (:func:`master_types`); a source column of
    such a type links under any name, with the group column under the same name
    (``POIT.SupplierGroup`` with ``POIT.Supplier``) or the master's own. ``aliases``: the other
    names the documented joins give a key column (:func:`documented_aliases`).
    """
    if source is target or not target.business_key or not source.columns:
        return None
    naming = _naming_columns(target)
    if (
        not naming
        or all(n.lower() in QUIET_KEY for n in naming)
        or any(n.lower() == "batchid" for n in naming)
    ):
        return None  # nothing names the target, or it is a batch (work) table
    company = (target.company_column or "").lower()
    single = len(naming) == 1
    matched: dict[str, str] = {}
    used: set[str] = set()
    # the naming column first: the group column may follow the name it was found under
    for key in sorted(target.business_key, key=lambda k: k not in naming):
        found = _match_column(source, target, key, single and key in naming, typed, aliases)
        if (
            single
            and key in target.group_columns
            and matched.get(naming[0], naming[0]) != naming[0]
        ):
            grouped = source.column(f"{matched[naming[0]]}Group")
            found = grouped.name if grouped is not None else found
        if found is None and key.lower() == company:
            # one company number across modules: JBIN.JBCo is the JC company of its contract
            found = source.company_column
        if found is None or found.lower() in used:
            return None
        used.add(found.lower())
        matched[key] = found
    pairs = [(matched[key], key) for key in target.business_key]
    src_key = {k.lower() for k in source.business_key}
    tgt_key = {k.lower() for k in target.business_key}
    detail = bool(src_key) and tgt_key < src_key
    if not detail and any(k in QUIET_KEY for k in tgt_key):
        # a month or sequence in the target's key is the source's own unless the source is its detail
        return None
    named = tuple(s for s, t in pairs if t in naming)
    return Link(user_name(catalog, source), user_name(catalog, target), tuple(pairs), named, detail)


_CACHE: dict[int, tuple[weakref.ref, tuple[Link, ...]]] = {}


def reference_links(catalog: Catalog) -> tuple[Link, ...]:
    """Every link between the catalog's base tables (by their user-facing names), computed once per catalog."""
    hit = _CACHE.get(id(catalog))
    if hit is not None and hit[0]() is catalog:
        return hit[1]
    links = tuple(_compute(catalog))
    for key in [k for k, (ref, _) in _CACHE.items() if ref() is None]:
        del _CACHE[key]
    _CACHE[id(catalog)] = (weakref.ref(catalog), links)
    return links


def _compute(catalog: Catalog) -> list[Link]:
    tables = [o for o in catalog.tables if o.columns]
    # index targets by a naming column, so each source is tested only against tables it can reach
    by_column: dict[str, list[DbObject]] = {}
    for t in tables:
        naming = _naming_columns(t)
        if naming and not all(n.lower() in QUIET_KEY for n in naming):
            by_column.setdefault(naming[-1].lower(), []).append(t)
    typed = master_types(tables)
    aliases = documented_aliases(catalog)
    out: list[Link] = []
    for source in tables:
        seen: set[str] = set()
        candidates: list[DbObject] = []
        for c in source.columns:
            parts = split_identifier(c.name)
            # the column itself, its trailing words (a role prefix before a key name), its type
            names = {"".join(parts[i:]).lower() for i in range(len(parts))} | {c.name.lower()}
            names |= aliases.get(c.name.lower(), frozenset())
            found = [t for name in names for t in by_column.get(name, ())]
            if c.vista_type.lower() in typed:
                found.append(typed[c.vista_type.lower()])
            for t in found:
                if t.name not in seen:
                    seen.add(t.name)
                    candidates.append(t)
        found_here: list[tuple[Link, bool]] = []
        for target in candidates:
            link = links_between(catalog, source, target, typed, aliases)
            if link is not None and link.source != link.target:
                found_here.append((link, _borrows_company(source, target, link)))
        out += _own_module_first(found_here, _naming_columns(source))
    # documented paths the naming rule does not find: company joins to HQCO, documented lookups
    found = {(l.source.lower(), l.target.lower()) for l in out}
    for path in catalog.join_paths:
        left, right = catalog.get(path.left), catalog.get(path.right)
        if left is None or right is None:
            continue
        source, target = user_name(catalog, left), user_name(catalog, right)
        if (
            source.lower() == target.lower()
            or {(source.lower(), target.lower()), (target.lower(), source.lower())} & found
        ):
            continue
        found.add((source.lower(), target.lower()))
        lbase, rbase = catalog.base_of(left.name) or left, catalog.base_of(right.name) or right
        detail = bool(rbase.business_key) and {k.lower() for k in rbase.business_key} < {
            k.lower() for k in lbase.business_key
        }
        naming = tuple(
            a
            for a, _ in path.pairs
            if path.kind == "company"
            or a.lower()
            not in {(lbase.company_column or "").lower(), *(g.lower() for g in lbase.group_columns)}
        )
        if naming:
            out.append(Link(source, target, path.pairs, naming, detail))
    return out


def _borrows_company(source: DbObject, target: DbObject, link: Link) -> bool:
    """Whether the link stands the source's company in for another module's (``JBIN.JBCo`` for
    ``JCCM.JCCo``): the tables are in different modules and their company columns differ."""
    company = (target.company_column or "").lower()
    return bool(source.module and target.module and source.module != target.module) and any(
        b.lower() == company and a.lower() != b.lower() for a, b in link.pairs
    )


def _own_module_first(found: list[tuple[Link, bool]], own_key: list[str]) -> list[Link]:
    """Of the links one source's columns carry to several targets (``JCCM.Department`` keys both
    ``JCDM`` and ``EMDM``), the ones in the source's own module are kept when there are any: the
    others only share a column name. So is a master's link to another module's master keyed
    like itself (``EMDM`` is an EM department, not a JC one).
    """
    own = {link.naming for link, borrowed in found if not borrowed}
    mine = tuple(k.lower() for k in own_key)
    return [
        link
        for link, borrowed in found
        if not (borrowed and (link.naming in own or tuple(n.lower() for n in link.naming) == mine))
    ]


def links_from(catalog: Catalog) -> dict[str, list[Link]]:
    """Links by source name (lower case)."""
    out: dict[str, list[Link]] = {}
    for link in reference_links(catalog):
        out.setdefault(link.source.lower(), []).append(link)
    return out


def links_to(catalog: Catalog) -> dict[str, list[Link]]:
    """Links by target name (lower case): who references each object."""
    out: dict[str, list[Link]] = {}
    for link in reference_links(catalog):
        out.setdefault(link.target.lower(), []).append(link)
    return out


def derived_core(text: str) -> str:
    """The part of a derived description that says what the table itself is: what a row is and whose detail
    it is, without the tables it references or its column list (those would pull in other tables' questions)."""
    keep = [
        s
        for s in text.split(". ")
        if not s.startswith(("References ", "Referenced by ", "Columns: "))
    ]
    return ". ".join(keep).rstrip(".")
