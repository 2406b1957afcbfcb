"""A description for every table the docs leave undescribed, derived from what the catalog knows.

491 of the sample's 697 tables have no description, so the embedder and the word
match see only a cryptic name (``bCMTT``). This writes one from the table's facts:

* its module and what one row is, from the key's naming columns written out
  (``CMCo, Mth, CMTransferTrans`` → "one row per transfer transaction and month"); a table
  whose docs name no key says it from its DDL's unique key (``ingest.keys``);
* the header its rows belong to and the masters it references, with their own
  descriptions ("references APVM (AP Vendor Master) by vendor");
* who references it, by column ("referenced by PREH.PRDept" says *department*);
* its first columns with their abbreviations written out.

A description from the docs always wins: only undescribed tables get one, and it is
kept apart (``DbObject.derived_description``) so that every place that shows it can
say it is derived. Pure: catalog in, catalog out.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.catalog import Catalog, DbObject
from assistant.retrieval.links import Link, links_from, links_to
from assistant.vocabulary import MODULES

from .chunks import column_words
from .keys import key_from_indexes

MAX_REFERENCES = 4
MAX_REFERENCED_BY = 4
MAX_COLUMNS = 12
QUIET = frozenset(
    {"keyid", "uniqueattchid", "notes", "inusebatchid", "inusemth", "purge", "audityn", "batchid"}
)


def _module_name(module: str) -> str:
    return MODULES.get(module, module).split(" (")[0]


def _about(catalog: Catalog, name: str) -> str:
    obj = catalog.get(name)
    info = catalog.base_of(name) if obj is not None else None
    text = (obj.description if obj else "") or (info.description if info else "")
    return text


def derive_description(
    catalog: Catalog, table: DbObject, out_links: list[Link], in_links: list[Link]
) -> str:
    """The derived description of one table (empty when there is nothing to say)."""
    module = table.module
    company = (table.company_column or "").lower()
    groups = {g.lower() for g in table.group_columns}
    # no documented key: the DDL's unique key still says what a row is (PMTM: project, transmittal)
    row_key = table.business_key or key_from_indexes(table.name, table.indexes)
    naming = [k for k in row_key if k.lower() != company and k.lower() not in groups]
    parts: list[str] = []
    head = f"{_module_name(module)} ({module})" if module in MODULES else (module or "Table")
    if naming:
        row = " and ".join(dict.fromkeys(column_words(k, module) for k in naming))
        parts.append(f"{head}: one row per {row}.")
    else:
        parts.append(f"{head} table.")
    headers = [l for l in out_links if l.detail]
    if headers:
        h = headers[0]
        about = _about(catalog, h.target)
        # "belongs to", not "detail of": a word on hundreds of tables would drown "cost detail"
        parts.append(f"Rows belong to {h.target}" + (f" ({about})" if about else "") + ".")
    refs = []
    for l in out_links:
        if l.detail or not l.naming or l.target.upper() == "HQCO":
            continue
        about = _about(catalog, l.target)
        by = ", ".join(dict.fromkeys(column_words(c, module) for c in l.naming))
        refs.append(f"{l.target}" + (f" ({about})" if about else "") + f" by {by}")
        if len(refs) >= MAX_REFERENCES:
            break
    if refs:
        parts.append("References " + "; ".join(refs) + ".")
    by_cols: dict[str, str] = {}
    for l in in_links:
        for c in l.naming:
            key = c.lower()
            if key not in by_cols and key != company:
                by_cols[key] = f"{l.source}.{c}"
    if by_cols:
        parts.append("Referenced by " + ", ".join(list(by_cols.values())[:MAX_REFERENCED_BY]) + ".")
    said = {k.lower() for k in row_key}  # the row's key is already said above
    columns = [
        c for c in table.columns if c.name.lower() not in said and c.name.lower() not in QUIET
    ]
    shown = list(dict.fromkeys(column_words(c.name, module) for c in columns))[:MAX_COLUMNS]
    if shown:
        parts.append("Columns: " + ", ".join(shown) + ".")
    return " ".join(parts)


def add_derived_descriptions(catalog: Catalog) -> Catalog:
    """The catalog with a derived description on every undescribed table and on its views."""
    outgoing, incoming = links_from(catalog), links_to(catalog)
    derived: dict[str, str] = {}
    for t in catalog.tables:
        if t.description:
            continue
        user = catalog.view_of(t.name) or t
        if user.description:
            continue
        key = user.name.lower()
        text = derive_description(catalog, t, outgoing.get(key, []), incoming.get(key, []))
        if text:
            derived[t.name.lower()] = text
    if not derived:
        return catalog
    objects = []
    for o in catalog.objects:
        base = (o.base_table or o.name).lower() if o.kind in ("table", "view") else ""
        text = derived.get(o.name.lower()) or (
            derived.get(base) if o.kind == "view" and not o.description else None
        )
        objects.append(replace(o, derived_description=text) if text else o)
    return replace(catalog, objects=tuple(objects))
