"""VG401 base-table (warning): a ``b``-table read where its view should be."""

from __future__ import annotations

from typing import Iterator

from sqlglot import exp

from ...catalog import Catalog
from ..findings import Finding
from ..scope import Analysis
from ._base import check, make


@check("VG401", "base-table", "warning")
def base_table(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """Reading ``bJCCM`` instead of ``JCCM``: report logins can read only views, and views apply row security.

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT Contract FROM bJCCM WHERE JCCo = 1", base_table)
    ['VG401']
    """
    for scope in analysis.scopes:
        for source in scope.order:
            obj = source.obj
            if obj is None or obj.kind != "table":
                continue
            view = catalog.view_of(obj.name)
            if view is None:
                continue
            ident = source.node.this if isinstance(source.node, exp.Table) else None
            fix = ()
            if isinstance(ident, exp.Identifier) and ident._meta and "start" in ident._meta:
                text = f"[{view.name}]" if ident.args.get("quoted") else view.name
                fix = ((ident._meta["start"], ident._meta["end"] + 1, text),)
            note = f" (the view filters rows: {view.row_filter})" if view.row_filter else ""
            yield make(
                base_table,
                source.node,
                f"{source.name} is a base table: read the view {view.name} instead{note}; "
                "ordinary and report logins are granted SELECT on views only",
                view.name,
                fix,
            )
