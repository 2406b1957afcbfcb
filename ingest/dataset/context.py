"""The schema context put in a record's ``input``: compact, relevant, deterministic.

At inference time the retriever (``assistant.retrieve``) supplies the context;
here we build the same kind of facts straight from the catalog, without an
embedding index, so that the dataset builds in seconds and identically every
time. Per object: what it is, its company column, its key, and only the columns
the task needs (keys, used columns, a few neighbours) with their Vista types and
domains; then every join path between the objects, with all its column pairs.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from assistant.catalog import Catalog, Column, DbObject, JoinPath

# Columns that say little about a row; never offered as padding.
_NOISE = {"keyid", "uniqueattchid", "notes", "inusebatchid", "inusemth", "batchid", "purge"}


def column_line(column: Column, *, key: bool = False) -> str:
    """``ContractStatus tinyint: 0=Pending, 1=Open`` (the Vista type, its base type, the domain)."""
    kind = column.vista_type
    if column.base_type and column.base_type.lower() != column.vista_type.lower():
        kind = f"{column.vista_type} ({column.base_type})"
    text = f"{column.name} {kind}"
    if key:
        text += " [key]"
    if column.domain is not None and column.domain.describe():
        text += f": {column.domain.describe()}"
    return text


def object_block(catalog: Catalog, obj: DbObject, used: Collection[str] = (), *, padding: int = 2) -> list[str]:
    """The lines describing one view or table: header, company, key, columns."""
    base = catalog.get(obj.base_table) if obj.base_table else None
    title = obj.name
    if base is not None:
        title += f" (view of {base.name})"
    elif obj.kind == "table" and obj.view:
        title += f" (base table; read the view {obj.view})"
    if obj.description:
        title += f": {obj.description}"
    lines = [title]
    facts = []
    if obj.company_column:
        facts.append(f"company column {obj.company_column}")
    if obj.business_key:
        facts.append(f"key ({', '.join(obj.business_key)})")
    if obj.group_columns:
        facts.append(f"groups {', '.join(obj.group_columns)}")
    if obj.row_filter:
        facts.append("rows filtered by the view")
    if facts:
        lines.append("  " + "; ".join(facts))
    wanted = [c.lower() for c in obj.business_key]
    wanted += [c.lower() for c in used if c.lower() not in wanted]
    # A few neighbouring columns the task does not use, so that the model learns to pick.
    spare = [c for c in obj.columns if c.name.lower() not in wanted and c.name.lower() not in _NOISE]
    wanted += [c.name.lower() for c in spare[:padding]]
    for name in wanted:
        column = obj.column(name)
        if column is not None:
            lines.append("  - " + column_line(column, key=column.name in obj.business_key))
    return lines


def join_line(path: JoinPath, names: Mapping[str, str]) -> str:
    left = names.get(path.left.lower(), path.left)
    right = names.get(path.right.lower(), path.right)
    on = " AND ".join(f"{left}.{a} = {right}.{b}" for a, b in path.pairs)
    return f"  {left} -> {right} ({path.kind}): {on}"


def schema_context(
    catalog: Catalog,
    objects: Sequence[str],
    used: Mapping[str, Collection[str]] | None = None,
    *,
    padding: int = 2,
) -> str:
    """The context text for the named objects (views or tables), in the given order.

    ``used`` maps an object name to the columns the task touches; keys are always shown.
    """
    used = {k.lower(): v for k, v in (used or {}).items()}
    lines = ["Schema:"]
    shown: list[DbObject] = []
    for name in objects:
        obj = catalog.get(name)
        if obj is None or obj in shown:
            continue
        shown.append(obj)
        lines += object_block(catalog, obj, used.get(obj.name.lower(), ()), padding=padding)
    joins = join_lines(catalog, shown)
    if joins:
        lines.append("Joins:")
        lines += joins
    return "\n".join(lines)


def join_lines(catalog: Catalog, shown: Sequence[DbObject]) -> list[str]:
    """Every documented join between the shown objects, named as the objects are shown."""
    # join paths are stored on base tables; show them with the names the context uses
    names: dict[str, str] = {}
    for obj in shown:
        names[obj.name.lower()] = obj.name
        if obj.base_table:
            names[obj.base_table.lower()] = obj.name
    lines: list[str] = []
    seen: set[tuple] = set()
    for i, a in enumerate(shown):
        for b in shown[i + 1:]:
            for path in catalog.join_paths_between(a.name, b.name):
                key = (path.left.lower(), path.right.lower(), path.pairs)
                if key not in seen:
                    seen.add(key)
                    lines.append(join_line(path, names))
    return lines
