"""Ranked "did you mean" for tables and columns: edit distance first, then meaning.

Edit distance finds typos (``Contrat`` → ``Contract``); it cannot know that a
model asking for ``APTH.Status`` means ``OpenYN``, or ``ARTH.Amount`` means
``AmountDue``/``Invoiced``. A small vocabulary of Vista naming habits covers
the hallucinations we see most.
"""

from __future__ import annotations

from typing import Iterable

from ..catalog import Catalog, DbObject, normalize
from ..similarity import typo_distance
from ..vocabulary import split_identifier

# a word a user or model writes -> fragments of Vista column names that carry that meaning
MEANINGS: dict[str, tuple[str, ...]] = {
    "status": ("status", "openyn", "activeyn", "completeyn"),
    "open": ("openyn", "status"),
    "active": ("activeyn", "status"),
    "closed": ("status", "closedate", "monthclosed"),
    "amount": ("amount", "amt", "invoiced", "invtotal", "total", "cost"),
    "amt": ("amount", "amt"),
    "total": ("total", "amt", "amount"),
    "cost": ("cost",),
    "price": ("price", "unitcost"),
    "date": ("date", "mth"),
    "month": ("mth", "month"),
    "name": ("name", "description", "sortname"),
    "desc": ("description",),
    "description": ("description",),
    "number": ("no", "num", "nbr", "number", "trans", "ref"),
    "num": ("no", "num", "nbr", "number"),
    "id": ("id", "keyid"),
    "invoice": ("invoice", "apref", "invid", "invdate", "invtotal"),
    "vendor": ("vendor",),
    "customer": ("customer", "cust"),
    "company": ("co",),
    "job": ("job",),
    "phase": ("phase",),
    "paid": ("paid", "paidamt", "paiddate"),
    "due": ("due", "amountdue", "duedate"),
    "balance": ("amountdue", "due", "balance"),
    "billed": ("billed",),
    "retainage": ("retainage", "retain", "retg"),
    "hours": ("hours", "hrs"),
    "type": ("type",),
}


def words(name: str) -> list[str]:
    """``InvoiceAmount`` → ['invoice', 'amount']; ``APTrans`` → ['ap', 'trans']."""
    return [w.lower() for w in split_identifier(name)] or [name.lower()]


def close_names(name: str, candidates: Iterable[str], n: int = 5) -> list[str]:
    """Typos: candidates within a small edit distance, nearest first."""
    target = normalize(name)
    limit = 1 if len(target) <= 3 else 2 if len(target) <= 6 else 3
    scored = []
    for cand in candidates:
        d = typo_distance(target, cand)
        if d <= limit:
            scored.append((d, cand))
    scored.sort(key=lambda t: (t[0], t[1]))
    return [c for _, c in scored[:n]]


def by_meaning(name: str, candidates: Iterable[str], n: int = 5) -> list[str]:
    """Columns whose name carries a word of ``name`` or one of its Vista equivalents."""
    wanted = words(name)
    fragments: list[str] = []
    for w in wanted:
        fragments.extend(MEANINGS.get(w, ()))
        if len(w) >= 4:
            fragments.append(w)
    if not fragments:
        return []
    scored = []
    for cand in candidates:
        low = cand.lower()
        for rank, frag in enumerate(fragments):
            if frag in low:
                scored.append((rank, len(low), cand))
                break
    scored.sort()
    return [c for _, _, c in scored[:n]]


def column_suggestions(name: str, columns: Iterable[str], n: int = 3) -> list[str]:
    columns = list(columns)
    out = close_names(name, columns, n)
    for c in by_meaning(name, columns, n):
        if c not in out and c.lower() != name.lower():
            out.append(c)
    return out[:n]


def table_suggestions(catalog: Catalog, name: str, n: int = 3) -> list[str]:
    """Views first (what users should read): true typos, then module + meaning, then spelling."""
    names = [o.name for o in catalog.objects]
    found = [o.name for o in _by_description(catalog, name)][:n]
    letters = sorted(normalize(name))
    # same letters first (a swap is the likeliest typo), then the better-connected object
    typos = sorted(
        close_names(name, names, n=8),
        key=lambda c: (
            typo_distance(name, c),
            sorted(c.lower()) != letters,
            -_joins(catalog, c),
            c,
        ),
    )
    for typo in prefer_views(catalog, typos):
        if typo not in found:
            found.append(typo)
    if not found:
        found = prefer_views(catalog, catalog.closest_tables(name, n=8))
    return found[:n]


# abbreviations in invented table names -> words of Vista table descriptions
TABLE_WORDS = {
    "mast": "master",
    "mstr": "master",
    "hdr": "header",
    "det": "detail",
    "dtl": "detail",
    "trans": "transaction",
    "inv": "invoice",
    "cust": "customer",
    "vend": "vendor",
    "emp": "employee",
    "invoices": "invoice",
    "contracts": "contract",
    "jobs": "job",
    "vendors": "vendor",
}


def prefer_views(catalog: Catalog, names: list[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        view = catalog.view_of(name)
        shown = view.name if view is not None else name
        if shown not in out:
            out.append(shown)
    return out


def _by_description(catalog: Catalog, name: str) -> list[DbObject]:
    """Objects whose description carries the name's words, in the module its prefix names."""
    parts = words(
        normalize(name)
        if name.islower()
        else name.lstrip("bv")
        if name[:1] in "bv" and name[1:2].isupper()
        else name
    )
    modules = {o.module.lower() for o in catalog.objects if o.module}
    module = parts[0] if parts and parts[0] in modules else ""
    wanted = [TABLE_WORDS.get(w, w) for w in parts if len(w) >= 3 and w != module]
    if not wanted:
        return []
    hits = []
    for obj in catalog.objects:
        if obj.kind != "view" and catalog.view_of(obj.name) is not None:
            continue  # its view will be offered instead
        if module and obj.module.lower() != module:
            continue
        desc = obj.description.lower()
        score = sum(1 for w in wanted if w in desc or (w.endswith("s") and w[:-1] in desc))
        if score:
            hits.append((-score, -_joins(catalog, obj.name), len(obj.name), obj.name, obj))
    hits.sort(key=lambda t: t[:4])
    return [h[4] for h in hits[:5]]


def _joins(catalog: Catalog, name: str) -> int:
    """How connected an object is: hubs (ARTH, JCCM) are likelier meanings than side tables."""
    return len(catalog.join_paths_from(name))


def objects_with(
    catalog: Catalog, column: str, near: DbObject | None = None, n: int = 3
) -> list[str]:
    """Well-known objects that have a column, same module first, shown by their view name."""
    objs = catalog.objects_with_column(column)
    module = near.module if near is not None else ""
    objs = sorted(
        objs, key=lambda o: (o.module != module, -_joins(catalog, o.name), o.name.lower())
    )
    return prefer_views(catalog, [o.name for o in objs])[:n]
