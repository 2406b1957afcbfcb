"""Merge the readers' partial facts into one :class:`assistant.catalog.Catalog`.

Pure functions: facts in, catalog (plus warnings and conflicts) out. No file I/O.

Precedence, where sources disagree (each disagreement is recorded as a Conflict,
the winner named first):

- **Existence, column set and order, types, nullability, identity, defaults,
  indexes, foreign keys:** the DDL (``Tables/*.sql``). A Vista type's base type comes
  from ``User_Defined_Types``; then the metadata's ``sql_type``; then the page's.
  Columns that metadata or a page list but the DDL lacks are warnings (the DDL is
  what SQL Server has). A table with no DDL is built from its page, else from the
  metadata, with a warning.
- **Descriptions:** metadata JSON/CSV, then the markdown page.
- **Table description, module:** the page; the module falls back to the name
  (``bJCCM`` → JC).
- **Business key:** metadata ``key_ordinal``, then the page's "Business key", then the
  DDL (the unique clustered ``bi<Table>`` index, else another unique index that is not
  ``KeyID`` alone). Not ``KeyID``.
- **Row filter of a view:** the view DDL, then the page.
- **Value domains:** exact values from a bound rule or a single-column CHECK
  (``[X]='A' OR [X]='B'``, ``IN``, ranges), else from the type (``bYN`` → Y/N); the
  documented allowed values (metadata, then page) add meanings, and alone make a
  domain, open (``closed=False``) when the list ends in "...". Documented values
  that differ from a rule's or check's are a conflict; the rule/check wins.
- **Company column:** the ``bCompany`` column of the business key, preferring
  ``<Module>Co`` then ``Co`` (HQCO's is HQCo); for tables without a business key, the
  table's ``bCompany`` columns. **Group columns:** business-key columns typed
  ``bGroup`` or named like an HQCO group (JCJP's PhaseGroup is a plain tinyint).
- **Join paths:** relationship files, then foreign keys not already documented.
  A path naming an unknown object or column is a warning and is dropped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Iterable

from assistant.catalog import (
    Catalog,
    Column,
    Conflict,
    DbObject,
    Document,
    Domain,
    Example,
    ForeignKey,
    Index,
    JoinPath,
    Problem,
    normalize,
)

from .descriptions import add_derived_descriptions
from .domains import domain_from_condition, parse_documented, parse_meanings
from .keys import key_from_indexes
from .readers.ddl import (
    BindingDef,
    CheckDef,
    ColumnDef,
    DefaultDef,
    ForeignKeyDef,
    IndexDef,
    RoutineDef,
    RuleDef,
    TableDef,
    TypeDef,
    ViewDef,
)
from .readers.glossary import GlossaryEntry, resolve_glossary
from .readers.markdown import TablePage
from .readers.metadata import MetaColumn

GROUP_NAMES = frozenset(
    n.lower()
    for n in ("VendorGroup", "CustGroup", "PhaseGroup", "MatlGroup", "TaxGroup", "EMGroup")
)
_NUMERIC = re.compile(
    r"^(tinyint|smallint|int|bigint|numeric|decimal|bit|money|smallmoney|float|real)\b"
)
_INTEGER = re.compile(r"^(tinyint|smallint|int|bigint|bit)\b")


@dataclass
class Facts:
    """Everything the readers found, grouped by kind (the merge's input)."""

    tables: list[TableDef] = field(default_factory=list)
    checks: list[CheckDef] = field(default_factory=list)
    indexes: list[IndexDef] = field(default_factory=list)
    foreign_keys: list[ForeignKeyDef] = field(default_factory=list)
    bindings: list[BindingDef] = field(default_factory=list)
    rules: list[RuleDef] = field(default_factory=list)
    defaults: list[DefaultDef] = field(default_factory=list)
    types: list[TypeDef] = field(default_factory=list)
    views: list[ViewDef] = field(default_factory=list)
    routines: list[RoutineDef] = field(default_factory=list)
    pages: list[TablePage] = field(default_factory=list)
    metadata: list[MetaColumn] = field(default_factory=list)
    join_paths: list[JoinPath] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    _SLOTS = {
        TableDef: "tables",
        CheckDef: "checks",
        IndexDef: "indexes",
        ForeignKeyDef: "foreign_keys",
        BindingDef: "bindings",
        RuleDef: "rules",
        DefaultDef: "defaults",
        TypeDef: "types",
        ViewDef: "views",
        RoutineDef: "routines",
        TablePage: "pages",
        MetaColumn: "metadata",
        JoinPath: "join_paths",
        Document: "documents",
        Example: "examples",
        Problem: "problems",
        GlossaryEntry: "glossary",
    }

    def add(self, items: Iterable[Any]) -> None:
        for item in items:
            getattr(self, self._SLOTS[type(item)]).append(item)


def merge(facts: Facts, *, docs_dir: str = "", built_at: str = "") -> Catalog:
    """The one catalog the facts describe, with every warning and conflict recorded."""
    problems = list(facts.problems)
    conflicts: list[Conflict] = []
    types = {t.name.lower(): t for t in facts.types}
    rules = {r.name.lower(): r for r in facts.rules}
    defaults = {d.name.lower(): d for d in facts.defaults}
    pages = _unique({}, facts.pages, lambda p: p.table, problems, "table page")
    meta: dict[str, dict[str, MetaColumn]] = defaultdict(dict)
    for m in facts.metadata:
        cols = meta[m.object.lower()]
        if m.column.lower() in cols:
            problems.append(
                Problem(
                    m.path, m.line, f"{m.object}.{m.column} listed twice in metadata; first kept"
                )
            )
            continue
        cols[m.column.lower()] = m
    ddl = _unique({}, facts.tables, lambda t: t.name, problems, "CREATE TABLE")

    by_table: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for kind, items in (
        ("checks", facts.checks),
        ("indexes", facts.indexes),
        ("fks", facts.foreign_keys),
        ("bindings", facts.bindings),
    ):
        for item in items:
            by_table[item.table.lower()][kind].append(item)

    names = list(
        dict.fromkeys(
            [t.name for t in facts.tables]
            + [p.table for p in facts.pages]
            + [m.object for m in facts.metadata]
        )
    )
    tables: list[DbObject] = []
    for name in names:
        key = name.lower()
        table = _table(
            name,
            ddl.get(key),
            pages.get(key),
            meta.get(key, {}),
            by_table.get(key, {}),
            types,
            rules,
            defaults,
            problems,
            conflicts,
        )
        if table is not None:
            tables.append(table)
    tables_by = {t.name.lower(): t for t in tables}

    views = _views(facts.views, tables_by, pages, problems, conflicts)
    view_names = defaultdict(list)
    for v in views:
        if v.base_table:
            view_names[v.base_table.lower()].append(v.name)
    final_tables = []
    for t in tables:
        page = pages.get(t.name.lower())
        candidates = view_names.get(t.name.lower(), [])
        primary = _primary_view(t.name, candidates, page.view if page else None)
        final_tables.append(replace(t, view=primary))
    routines = [
        DbObject(name=r.name, kind=r.kind, module=_module_of(r.name, None), sources=(r.path,))
        for r in facts.routines
    ]

    objects = (
        tuple(sorted(final_tables, key=lambda o: o.name.lower()))
        + tuple(sorted(views, key=lambda o: o.name.lower()))
        + tuple(routines)
    )
    index = {o.name.lower(): o for o in objects}
    joins = _join_paths(facts.join_paths, final_tables, index, problems)
    catalog = Catalog(
        objects=objects,
        join_paths=tuple(joins),
        documents=tuple(sorted(facts.documents, key=lambda d: d.path)),
        examples=tuple(sorted(facts.examples, key=lambda e: e.path)),
        conflicts=tuple(conflicts),
        docs_dir=docs_dir,
        built_at=built_at,
    )
    # every table gets a description (derived from the catalog's facts when the docs give none),
    # and the user's glossary is checked against the objects and columns it names
    catalog = add_derived_descriptions(catalog)
    glossary, glossary_problems = resolve_glossary(
        sorted(facts.glossary, key=lambda g: (g.path, g.line)), catalog
    )
    return replace(catalog, glossary=tuple(glossary), warnings=tuple(problems + glossary_problems))


def _unique(seed: dict, items: Iterable, name_of, problems: list[Problem], what: str) -> dict:
    out = dict(seed)
    for item in items:
        key = name_of(item).lower()
        if key in out:
            first = out[key]
            problems.append(
                Problem(
                    item.path,
                    item.line,
                    f"{what} {name_of(item)} is also defined in {first.path}; the first is kept",
                )
            )
            continue
        out[key] = item
    return out


# -- tables ----------------------------------------------------------------------


def _module_of(name: str, page: TablePage | None) -> str:
    if page and page.module:
        return page.module
    stem = name[1:] if name[:1] in "bv" and len(name) > 3 and name[1:3].isupper() else name
    return stem[:2].upper()


@lru_cache(maxsize=None)
def _norm_sql(t: str | None) -> str | None:
    if not t:
        return None
    t = re.sub(r"\s+", "", t.lower())
    t = re.sub(r"^decimal", "numeric", t)
    return re.sub(r"^integer\b", "int", t)


def _table(
    name,
    ddl: TableDef | None,
    page: TablePage | None,
    meta: dict[str, MetaColumn],
    extra: dict,
    types,
    rules,
    defaults,
    problems,
    conflicts,
) -> DbObject | None:
    sources = []
    if ddl is not None:
        sources.append(ddl.path)
        col_defs = list(ddl.columns)
    else:
        where = page.path if page else next(iter(meta.values())).path
        line = page.line if page else next(iter(meta.values())).line
        problems.append(
            Problem(
                where,
                line,
                f"{name} is documented but has no CREATE TABLE; built from its {'page' if page else 'metadata'}",
            )
        )
        if page is not None:
            col_defs = [
                ColumnDef(
                    c.name,
                    c.vista_type,
                    c.sql_type if not c.vista_type else None,
                    c.nullable is not False,
                )
                for c in page.columns
            ]
        else:
            ordered = sorted(meta.values(), key=lambda m: m.ordinal or 0)
            col_defs = [
                ColumnDef(
                    m.column,
                    m.vista_type,
                    m.sql_type if not m.vista_type else None,
                    m.nullable is not False,
                )
                for m in ordered
            ]
    if page is not None:
        sources.append(page.path)
    if meta:
        sources.append(next(iter(meta.values())).path)
    page_cols = {c.name.lower(): c for c in (page.columns if page else ())}
    ddl_names = {c.name.lower() for c in col_defs}
    for m in meta.values():
        if m.column.lower() not in ddl_names:
            problems.append(
                Problem(
                    m.path,
                    m.line,
                    f"{name}.{m.column} is in the metadata but not in the table's DDL; not catalogued",
                )
            )
    for c in page_cols.values():
        if c.name.lower() not in ddl_names:
            problems.append(
                Problem(
                    page.path,
                    c.line,
                    f"{name}.{c.name} is on the page but not in the table's DDL; not catalogued",
                )
            )

    bound_rule = {b.column.lower(): b for b in extra.get("bindings", ()) if b.kind == "rule"}
    bound_default = {b.column.lower(): b for b in extra.get("bindings", ()) if b.kind == "default"}
    for b in extra.get("bindings", ()):
        if b.column.lower() not in ddl_names:
            problems.append(
                Problem(b.path, b.line, f"sp_bind{b.kind} on {b.table}.{b.column}: no such column")
            )
        elif b.kind == "rule" and b.name.lower() not in rules:
            problems.append(
                Problem(
                    b.path,
                    b.line,
                    f"sp_bindrule {b.name}: the rule is not defined in the documentation",
                )
            )
        elif b.kind == "default" and b.name.lower() not in defaults:
            problems.append(
                Problem(
                    b.path,
                    b.line,
                    f"sp_bindefault {b.name}: the default is not defined in the documentation",
                )
            )
    checks_by_col: dict[str, list[CheckDef]] = defaultdict(list)
    for ck in extra.get("checks", ()):
        if len(ck.columns) == 1:
            checks_by_col[ck.columns[0].lower()].append(ck)

    columns = []
    for cd in col_defs:
        key = cd.name.lower()
        m, pc = meta.get(key), page_cols.get(key)
        vista = cd.vista_type
        if vista and m and m.vista_type and m.vista_type.lower() != vista.lower():
            conflicts.append(
                Conflict(name, cd.name, "vista_type", vista, "ddl", m.vista_type, "metadata")
            )
        if vista and pc and pc.vista_type and pc.vista_type.lower() != vista.lower():
            conflicts.append(
                Conflict(name, cd.name, "vista_type", vista, "ddl", pc.vista_type, "page")
            )
        if vista:
            typedef = types.get(vista.lower())
            base = (
                typedef.base_type
                if typedef
                else (m.sql_type if m and m.sql_type else (pc.sql_type if pc else None))
            )
            if typedef is None and base is None:
                problems.append(
                    Problem(
                        ddl.path if ddl else "",
                        cd.line,
                        f"{name}.{cd.name}: type {vista} is not defined in User_Defined_Types",
                    )
                )
            base = base or vista
            base_source = "type" if typedef else "metadata"
        else:
            base = (
                cd.sql_type
                or (m.sql_type if m else None)
                or (pc.sql_type if pc else None)
                or "sql_variant"
            )
            vista = base
            base_source = "ddl"
        for other, src in (
            (m.sql_type if m else None, "metadata"),
            (pc.sql_type if pc else None, "page"),
        ):
            if other and _norm_sql(other) != _norm_sql(base):
                conflicts.append(
                    Conflict(name, cd.name, "base_type", base, base_source, other, src)
                )
        for other, src in (
            (m.nullable if m else None, "metadata"),
            (pc.nullable if pc else None, "page"),
        ):
            if other is not None and ddl is not None and other != cd.nullable:
                conflicts.append(
                    Conflict(name, cd.name, "nullable", _yn(cd.nullable), "ddl", _yn(other), src)
                )
        description = ""
        meta_desc, page_desc = (m.description if m else ""), (pc.description if pc else "")
        description = meta_desc or page_desc
        if meta_desc and page_desc and meta_desc.strip() != page_desc.strip():
            conflicts.append(
                Conflict(name, cd.name, "description", meta_desc, "metadata", page_desc, "page")
            )
        default = cd.default
        if default is None and key in bound_default and bound_default[key].name.lower() in defaults:
            default = defaults[bound_default[key].name.lower()].text
        documented = (m.allowed_values if m and m.allowed_values else "") or (
            pc.allowed_values if pc and not _is_copy(pc.allowed_values) else ""
        )
        documented_src = "metadata" if m and m.allowed_values else "page"
        rule = rules.get(bound_rule[key].name.lower()) if key in bound_rule else None
        domain = column_domain(
            name,
            cd.name,
            vista,
            base,
            rule,
            checks_by_col.get(key, ()),
            documented,
            documented_src,
            conflicts,
        )
        columns.append(
            Column(cd.name, vista, base, cd.nullable, default, description, cd.identity, domain)
        )

    indexes = tuple(
        Index(i.name, i.columns, i.unique, i.clustered, i.primary_key)
        for i in extra.get("indexes", ())
    )
    fks = tuple(
        ForeignKey(f.name, f.columns, f.ref_table, f.ref_columns) for f in extra.get("fks", ())
    )
    key_cols = _business_key(name, meta, page, indexes, conflicts)
    present = {c.name.lower(): c.name for c in columns}
    missing = [k for k in key_cols if k.lower() not in present]
    if missing:
        problems.append(
            Problem(
                page.path if page else (ddl.path if ddl else ""),
                page.line if page else None,
                f"{name}: business key column(s) {', '.join(missing)} not in the table; key ignored",
            )
        )
        key_cols = ()
    key_cols = tuple(present[k.lower()] for k in key_cols)
    module = _module_of(name, page)
    obj = DbObject(
        name=name,
        kind="table",
        module=module,
        description=page.description if page else "",
        columns=tuple(columns),
        business_key=key_cols,
        indexes=indexes,
        foreign_keys=fks,
        sources=tuple(sources),
    )
    return replace(obj, company_column=company_column(obj), group_columns=group_columns(obj))


def _yn(value: bool) -> str:
    return "NULL" if value else "NOT NULL"


def _is_copy(text: str) -> bool:
    """A page's "rule ..."/"check ..." cell repeats the DDL; it is not a separate statement."""
    return text.lower().startswith(("rule ", "check "))


def _business_key(name, meta, page, indexes, conflicts) -> tuple[str, ...]:
    from_meta = tuple(
        m.column
        for m in sorted((m for m in meta.values() if m.key_ordinal), key=lambda m: m.key_ordinal)
    )
    from_page = page.business_key if page else None
    if (
        from_meta
        and from_page is not None
        and [c.lower() for c in from_meta] != [c.lower() for c in from_page]
    ):
        conflicts.append(
            Conflict(
                name,
                None,
                "business_key",
                ", ".join(from_meta),
                "metadata",
                ", ".join(from_page) or "(none)",
                "page",
            )
        )
    if from_meta:
        return from_meta
    if from_page is not None:
        return from_page
    return key_from_indexes(name, indexes)


def company_column(obj: DbObject) -> str | None:
    """The column that holds the HQ company number the rows belong to."""
    if obj.name.lower() in ("bhqco", "hqco"):
        return "HQCo" if obj.has_column("HQCo") else None
    names = obj.business_key or obj.column_names
    cands = [
        c
        for c in names
        if (col := obj.column(c)) is not None and col.vista_type.lower() == "bcompany"
    ]
    if not cands:
        return None
    for want in (f"{obj.module}Co", "Co"):
        for c in cands:
            if c.lower() == want.lower():
                return c
    return cands[0]


def group_columns(obj: DbObject) -> tuple[str, ...]:
    out = []
    for c in obj.business_key:
        col = obj.column(c)
        if col is not None and (col.vista_type.lower() == "bgroup" or c.lower() in GROUP_NAMES):
            out.append(c)
    return tuple(out)


# -- domains -----------------------------------------------------------------------


def column_domain(
    table,
    column,
    vista,
    base,
    rule: RuleDef | None,
    checks,
    documented: str,
    documented_src: str,
    conflicts,
) -> Domain | None:
    numeric = bool(_NUMERIC.match((base or "").lower()))
    exact: Domain | None = None
    if rule is not None:
        exact = domain_from_condition(
            rule.text.replace("@value", "[__v]").replace("@VALUE", "[__v]"),
            "__v",
            numeric,
            _is_int(base),
            f"rule {rule.name}",
        )
        if exact is not None:
            comment = re.search(r"/\*(.*?)\*/", rule.text)
            if comment:
                exact = replace(exact, meanings=tuple(parse_meanings(comment.group(1))))
    for ck in checks:
        if exact is None:
            exact = domain_from_condition(
                ck.text, column, numeric, _is_int(base), f"check {ck.name}"
            )
    if exact is None and vista.lower() == "byn":
        exact = Domain(values=("Y", "N"), source="type bYN")
    doc = parse_documented(documented, numeric, documented_src) if documented else None
    if exact is None:
        return doc
    if doc is None:
        return exact
    exact_set = {v.lower() for v in exact.values}
    doc_set = {v.lower() for v in doc.values}
    if exact.values and doc.closed and doc_set and doc_set != exact_set:
        conflicts.append(
            Conflict(
                table,
                column,
                "domain",
                ", ".join(exact.values),
                exact.source,
                ", ".join(doc.values),
                doc.source,
            )
        )
    meanings = tuple((v, m) for v, m in doc.meanings if v.lower() in exact_set) or exact.meanings
    return replace(exact, meanings=meanings, source=f"{exact.source}; documented ({doc.source})")


def _is_int(base: str | None) -> bool:
    return bool(_INTEGER.match((base or "").lower()))


# -- views and joins ---------------------------------------------------------------


def _views(
    defs: list[ViewDef],
    tables: dict[str, DbObject],
    pages: dict[str, TablePage],
    problems,
    conflicts,
) -> list[DbObject]:
    out: dict[str, DbObject] = {}
    for v in defs:
        key = v.name.lower()
        if key in out or key in tables:
            problems.append(
                Problem(
                    v.path,
                    v.line,
                    f"view {v.name} is defined twice (or shares a table's name); the first is kept",
                )
            )
            continue
        base = tables.get((v.base_table or "").lower())
        if base is None:
            what = (
                f"its base table {v.base_table} is not documented"
                if v.base_table
                else "it reads more than one table"
            )
            problems.append(
                Problem(v.path, v.line, f"view {v.name}: {what}; catalogued without columns")
            )
            out[key] = DbObject(
                name=v.name,
                kind="view",
                module=_module_of(v.name, None),
                base_table=v.base_table,
                row_filter=v.row_filter,
                sources=(v.path,),
            )
            continue
        row_filter = v.row_filter
        page = pages.get(base.name.lower())
        if page is not None and page.view and page.view.lower() == key and page.row_filter:
            if row_filter is None:
                row_filter = page.row_filter
            elif " ".join(row_filter.split()).lower() != " ".join(page.row_filter.split()).lower():
                conflicts.append(
                    Conflict(
                        v.name, None, "row_filter", row_filter, "view ddl", page.row_filter, "page"
                    )
                )
        out[key] = DbObject(
            name=v.name,
            kind="view",
            module=base.module,
            description=base.description,
            columns=base.columns,
            business_key=base.business_key,
            company_column=base.company_column,
            group_columns=base.group_columns,
            base_table=base.name,
            row_filter=row_filter,
            sources=(v.path,),
        )
    return list(out.values())


def _primary_view(table: str, candidates: list[str], documented: str | None) -> str | None:
    if not candidates:
        return None
    lowered = {c.lower(): c for c in candidates}
    if documented and documented.lower() in lowered:
        return lowered[documented.lower()]
    stem = table[1:].lower() if table[:1] in "bv" else table.lower()
    return lowered.get(stem, sorted(candidates)[0])


def _join_paths(
    documented: list[JoinPath], tables: list[DbObject], index: dict[str, DbObject], problems
) -> list[JoinPath]:
    out: list[JoinPath] = []
    seen: set = set()

    def canon(name: str) -> str:
        obj = index.get(normalize(name))
        return (obj.base_table or obj.name).lower() if obj is not None else normalize(name)

    def signature(p: JoinPath):
        a, b = canon(p.left), canon(p.right)
        pairs = frozenset((l.lower(), r.lower()) for l, r in p.pairs)
        rev = frozenset((r, l) for l, r in pairs)
        return min((a, b, pairs), (b, a, rev), key=lambda t: (t[0], t[1]))

    for p in documented:
        left, right = index.get(normalize(p.left)), index.get(normalize(p.right))
        if left is None or right is None:
            missing = p.left if left is None else p.right
            problems.append(
                Problem(
                    p.source,
                    None,
                    f"join {p.left}→{p.right}: {missing} is not in the catalog; dropped",
                )
            )
            continue
        bad = [f"{p.left}.{l}" for l, _ in p.pairs if not left.has_column(l)] + [
            f"{p.right}.{r}" for _, r in p.pairs if not right.has_column(r)
        ]
        if bad and left.columns and right.columns:
            problems.append(
                Problem(
                    p.source, None, f"join {p.left}→{p.right}: no column {', '.join(bad)}; dropped"
                )
            )
            continue
        sig = signature(p)
        if sig in seen:
            continue
        seen.add(sig)
        out.append(p)
    for t in tables:
        for fk in t.foreign_keys:
            ref = index.get(normalize(fk.ref_table))
            if ref is None or len(fk.columns) != len(fk.ref_columns):
                continue
            left = t.view or t.name
            right = ref.view or ref.name if ref.kind == "table" else ref.name
            p = JoinPath(
                left, right, tuple(zip(fk.columns, fk.ref_columns)), "foreign-key", fk.name
            )
            sig = signature(p)
            if sig in seen:
                continue
            seen.add(sig)
            out.append(p)
    return out
