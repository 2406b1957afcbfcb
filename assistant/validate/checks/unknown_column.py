"""VG102 unknown-column: every column must exist in the table, view, CTE or derived table it reads."""

from __future__ import annotations

from typing import Iterator

from ...catalog import Catalog
from ...similarity import typo_distance
from ..findings import Finding
from ..scope import Analysis, Ref, Scope
from ..suggest import column_suggestions, objects_with
from ._base import check, label, make


@check("VG102", "unknown-column", "error")
def unknown_column(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """A column the source it names (or every source in scope) does not have.

    Suggests columns of that table, says where the column does exist, and
    offers a fix when exactly one column is a close spelling.

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT h.Status FROM APTH h WHERE h.APCo = 1", unknown_column)
    ['VG102']
    """
    for ref in analysis.refs:
        if ref.status == "unknown-column":
            yield _finding(ref, catalog)


def _in_scope(scope: Scope):
    current: Scope | None = scope
    while current is not None:
        yield from current.order
        current = current.parent


def _finding(ref: Ref, catalog: Catalog) -> Finding:
    name = ref.name
    column = ref.column
    source = ref.source
    if source is None and len(ref.scope.order) == 1 and ref.scope.order[0].columns is not None:
        source = ref.scope.order[0]  # one table in scope: the column was meant for it
    others = [
        s
        for s in _in_scope(ref.scope)
        if s is not source and s.columns is not None and name.lower() in s.columns
    ]
    if source is not None:
        columns = [getattr(v, "name", v) for v in source.columns.values()] if source.columns else []
        suggestions = column_suggestions(name, columns)
        message = f"{label(source)} has no column {name!r}"
        near = source.obj
    else:
        columns = [
            getattr(v, "name", v)
            for s in _in_scope(ref.scope)
            if s.columns
            for v in s.columns.values()
        ]
        suggestions = column_suggestions(name, columns)
        tables = ", ".join(label(s) for s in ref.scope.order) or "no table"
        message = f"unknown column {name!r}: not in {tables}"
        near = next((s.obj for s in ref.scope.order if s.obj is not None), None)
    notes = []
    if source is not None and source.obj is None and source.columns is not None:
        shown = [getattr(v, "name", v) for v in source.columns.values()]
        kind = {
            "cte": "the CTE",
            "derived": "the derived table",
            "temp": "the temp table",
            "tablevar": "the table variable",
        }.get(source.kind, "it")
        notes.append(
            f"{kind} {source.alias} returns {', '.join(shown[:12])}{', …' if len(shown) > 12 else ''}"
        )
    if others:
        notes.append(f"{name} exists in {', '.join(label(s) for s in others)}")
    elif source is None or source.obj is not None:
        holders = objects_with(catalog, name, near)
        if holders:
            notes.append(f"{name} is a column of {', '.join(holders)}")
    if suggestions:
        notes.append(f"did you mean {', '.join(suggestions)}?")
    if notes:
        message += "; " + "; ".join(notes)
    fix = ()
    close = [s for s in suggestions if typo_distance(s, name) <= 2]
    if len(close) == 1:
        meta = column.this._meta
        if meta and "start" in meta:
            quoted = column.this.args.get("quoted")
            text = f"[{close[0]}]" if quoted else close[0]
            fix = ((meta["start"], meta["end"] + 1, text),)
    return make(unknown_column, column, message, suggestions[0] if suggestions else None, fix)
