"""VG403 select-star (warning): SELECT * ties a report to the table's column order and width."""

from __future__ import annotations

from typing import Iterator

from sqlglot import exp

from ...catalog import Catalog
from ..findings import Finding
from ..scope import Analysis
from ._base import check, make


@check("VG403", "select-star", "warning")
def select_star(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """``SELECT *`` or ``t.*`` in a select list (not inside EXISTS, where it is idiomatic).

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT * FROM JCCM WHERE JCCo = 1", select_star)
    ['VG403']
    """
    for scope in analysis.scopes:
        if isinstance(scope.node.parent, exp.Exists):
            continue
        for e in scope.node.expressions:
            if isinstance(e, exp.Star) or (
                isinstance(e, exp.Column) and isinstance(e.this, exp.Star)
            ):
                yield make(
                    select_star,
                    e,
                    "SELECT * returns every column (Vista tables are wide): list the columns you need",
                    "name the columns",
                )
