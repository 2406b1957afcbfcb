"""VG103 ambiguous-column: an unqualified column that two joined sources both have (SQL Server error 209)."""

from __future__ import annotations

from typing import Iterator

from ...catalog import Catalog
from ..findings import Finding
from ..scope import Analysis
from ._base import check, label, make


@check("VG103", "ambiguous-column", "error")
def ambiguous_column(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """Unqualified columns that more than one source in the same scope provides.

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT Contract FROM JCCM c JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract WHERE c.JCCo = 1", ambiguous_column)
    ['VG103']
    """
    for ref in analysis.refs:
        if ref.status != "ambiguous":
            continue
        names = [label(s) for s in ref.candidates]
        qualified = [f"{s.alias}.{ref.name}" for s in ref.candidates if s.alias]
        message = f"ambiguous column name {ref.name!r}: it is in {', '.join(names)}; qualify it"
        if qualified:
            message += f" ({' or '.join(qualified)})"
        yield make(ambiguous_column, ref.column, message, qualified[0] if qualified else None)
