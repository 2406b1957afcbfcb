"""VG404 top-without-order-by (warning): TOP without ORDER BY returns arbitrary rows."""

from __future__ import annotations

from typing import Iterator

from sqlglot import exp

from ...catalog import Catalog
from ..findings import Finding
from ..scope import Analysis
from ._base import check, make


@check("VG404", "top-without-order-by", "warning")
def top_without_order_by(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """``SELECT TOP n`` with no ORDER BY: which n rows come back is up to the server.

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT TOP 10 Contract FROM JCCM WHERE JCCo = 1", top_without_order_by)
    ['VG404']
    """
    for scope in analysis.scopes:
        select = scope.node
        limit = select.args.get("limit")
        if (
            limit is None
            or select.args.get("order") is not None
            or isinstance(select.parent, exp.Exists)
        ):
            continue
        parent = select.parent
        if isinstance(parent, exp.SetOperation) and parent.args.get("order") is not None:
            continue
        yield make(
            top_without_order_by,
            limit,
            "TOP without ORDER BY returns an arbitrary set of rows: add ORDER BY",
            "add ORDER BY",
        )
