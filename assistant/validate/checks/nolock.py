"""VG405 nolock (info): NOLOCK reads uncommitted data."""

from __future__ import annotations

from typing import Iterator

from sqlglot import exp

from ...catalog import Catalog
from ..findings import Finding
from ..scope import Analysis
from ._base import check, make


@check("VG405", "nolock", "info")
def nolock(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """A note per statement using ``WITH (NOLOCK)`` or a bare ``(nolock)`` hint: a habit, not an error.

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT Contract FROM JCCM WITH (NOLOCK) WHERE JCCo = 1", nolock)
    ['VG405']
    """
    for statement in analysis.statements:
        hints = []
        for scope in statement.scopes:
            for source in scope.order:
                for hint in source.node.args.get("hints") or ():
                    if isinstance(hint, exp.WithTableHint) and any(
                        isinstance(e, exp.Var) and e.name.lower() in ("nolock", "readuncommitted")
                        for e in hint.expressions
                    ):
                        hints.append(source)
        if hints:
            names = ", ".join(dict.fromkeys(s.name for s in hints))
            yield make(
                nolock,
                hints[0].node,
                f"NOLOCK on {names} reads uncommitted data: fine for a report, not for figures that must reconcile",
            )
