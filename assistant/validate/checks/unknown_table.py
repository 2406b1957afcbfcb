"""VG101 unknown-table: every FROM/JOIN/APPLY target must be a documented table or view."""

from __future__ import annotations

from typing import Iterator

from sqlglot import exp

from ...catalog import Catalog
from ...similarity import typo_distance
from ..findings import Finding
from ..scope import Analysis
from ..suggest import objects_with, prefer_views, table_suggestions
from ._base import check, make


@check("VG101", "unknown-table", "error")
def unknown_table(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """Tables and views the catalog does not know, and qualifiers that name no table in scope.

    CTEs, derived tables, ``#temp`` tables and table variables are resolved, not flagged.

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT * FROM Invoice", unknown_table)
    ['VG101']
    >>> codes("WITH c AS (SELECT JCCo, Contract FROM JCCM) SELECT Contract FROM c", unknown_table)
    []
    """
    for scope in analysis.scopes:
        for source in scope.order:
            if source.kind != "unknown" or not source.name:
                continue
            name = source.name
            suggestions = table_suggestions(catalog, name)
            message = f"unknown table or view {name!r}: it is not in the documented schema"
            if suggestions:
                message += f"; did you mean {', '.join(suggestions)}?"
            holders = objects_with(catalog, name)
            if holders:
                message += f" ({name} is a column of {', '.join(holders)})"
            yield make(
                unknown_table,
                source.node,
                message,
                suggestions[0] if suggestions else None,
                _typo_fix(catalog, source.node),
            )
    for ref in analysis.refs:
        if ref.status != "unbound-qualifier":
            continue
        qualifier = ref.column.table
        names = sorted({s.alias for s in ref.scope.order if s.alias})
        message = (
            f"the multi-part identifier {qualifier}.{ref.name} could not be bound: "
            f"no table or alias {qualifier!r} in this query"
        )
        if names:
            message += f" (in scope: {', '.join(names)})"
        table_node = ref.column.args.get("table")
        yield make(
            unknown_table,
            table_node if table_node is not None else ref.column,
            message,
            names[0] if len(names) == 1 else None,
        )


def _typo_fix(catalog: Catalog, table: exp.Expr) -> tuple:
    """Replace the name when exactly one documented object is one keystroke away (JCMM → JCCM... not JCPM too)."""
    ident = table.this if isinstance(table, exp.Table) else None
    meta = ident._meta if isinstance(ident, exp.Identifier) else None
    if not meta or "start" not in meta:
        return ()
    target = ident.name.lower()
    near = prefer_views(
        catalog, [o.name for o in catalog.objects if typo_distance(target, o.name) == 1]
    )
    if len(near) != 1:
        return ()
    text = f"[{near[0]}]" if ident.args.get("quoted") else near[0]
    return ((meta["start"], meta["end"] + 1, text),)
