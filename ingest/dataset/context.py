"""The schema context put in a record's ``input``: compact, relevant, deterministic.

At inference time the retriever (``assistant.retrieval.retrieve``) picks the objects and
renders them; a model trained on another layout would meet an unfamiliar prompt.
So the records use the retriever's own context types and renderer, filled here
straight from the catalog without an embedding index: the dataset builds in
seconds, identically every time, and in the layout the model will be served.
Per object: what it is, its key, company and group columns, and only the
columns the task needs (keys, used columns, a few neighbours) with Vista types
and domains; then every join path between the objects, with all its pairs.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from assistant.catalog import Catalog, DbObject
from assistant.retrieval.context import ColumnContext, JoinContext, TableContext, render_sections

# Columns that say little about a row; never offered as padding.
_NOISE = {"keyid", "uniqueattchid", "notes", "inusebatchid", "inusemth", "batchid", "purge"}


def table_context(
    obj: DbObject, used: Collection[str] = (), *, padding: int = 2, compact: bool = False
) -> TableContext:
    """One object as the retriever shows it: keys, company and group columns, used columns, a few neighbours."""
    wanted = [c.lower() for c in obj.business_key]
    for name in [obj.company_column or "", *obj.group_columns, *used]:
        if name and name.lower() not in wanted:
            wanted.append(name.lower())
    # a few columns the task does not use, so that the model learns to pick
    spare = [
        c for c in obj.columns if c.name.lower() not in wanted and c.name.lower() not in _NOISE
    ]
    wanted += [c.name.lower() for c in spare[:padding]]
    columns = [obj.column(name) for name in wanted]
    return TableContext(
        name=obj.name,
        kind=obj.kind,
        module=obj.module,
        description=obj.description,
        score=1.0,
        reason="similar",
        key=tuple(obj.business_key),
        company_column=obj.company_column,
        group_columns=tuple(obj.group_columns),
        base_table=obj.base_table if obj.kind != "table" else None,
        row_filter=None if compact else obj.row_filter,
        columns=()
        if compact
        else tuple(
            ColumnContext(
                c.name, c.vista_type, c.description, c.domain.describe()[:200] if c.domain else ""
            )
            for c in columns
            if c is not None
        ),
        compact=compact,
    )


def join_contexts(catalog: Catalog, shown: Sequence[DbObject]) -> list[JoinContext]:
    """Every documented join between the shown objects (the one with most pairs), named as shown."""
    names: dict[str, str] = {}
    for obj in shown:
        names[obj.name.lower()] = obj.name
        if obj.base_table:
            names[obj.base_table.lower()] = obj.name
    out: list[JoinContext] = []
    for i, a in enumerate(shown):
        for b in shown[i + 1 :]:
            paths = catalog.join_paths_between(a.name, b.name)
            if paths:
                best = max(paths, key=lambda p: len(p.pairs))
                out.append(
                    JoinContext(
                        names.get(best.left.lower(), a.name),
                        names.get(best.right.lower(), b.name),
                        best.pairs,
                        best.kind,
                    )
                )
    return out


def schema_context(
    catalog: Catalog,
    objects: Sequence[str],
    used: Mapping[str, Collection[str]] | None = None,
    *,
    padding: int = 2,
    compact: Collection[str] = (),
) -> str:
    """The context text for the named objects (views or tables), in the given order.

    ``used`` maps an object name to the columns the task touches (keys are always
    shown); objects named in ``compact`` are listed by name, description and key only,
    as the retriever lists its lower-ranked candidates.
    """
    used = {k.lower(): v for k, v in (used or {}).items()}
    compact = {c.lower() for c in compact}
    shown: list[DbObject] = []
    tables: list[TableContext] = []
    for name in objects:
        obj = catalog.get(name)
        if obj is None or obj in shown:
            continue
        shown.append(obj)
        tables.append(
            table_context(
                obj,
                used.get(obj.name.lower(), ()),
                padding=padding,
                compact=obj.name.lower() in compact,
            )
        )
    full = [o for o in shown if o.name.lower() not in compact]
    return render_sections(tables, join_contexts(catalog, full), (), ())
