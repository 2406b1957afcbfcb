"""VG002 write-statement: the allow-list gate. Only statements known to be read-only pass."""

from __future__ import annotations

from typing import Iterator

from ...catalog import Catalog
from ..findings import Finding
from ..gate import CODE, RULE, SEVERITY, gate
from ..scope import Analysis
from ._base import check


@check(CODE, RULE, SEVERITY)
def read_only(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """Refuse every statement that is not on the allow-list (docs/validator.md, "The allow-list gate").

    Allowed: SELECT and WITH … SELECT (INTO only a ``#temp`` table), DECLARE, SET @var and
    harmless SET options, IF/WHILE/BEGIN…END/TRY…CATCH blocks of these, PRINT, INSERT into a
    ``#temp`` table or ``@table`` variable. Everything else is refused, wherever it hides.

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT Contract FROM JCCM WHERE JCCo = 1; DELETE FROM JCCM", read_only)
    ['VG002']
    >>> codes("SELECT 1\\nGO\\nbspAPHBPost", read_only)
    ['VG002']
    >>> codes("DECLARE @JCCo bCompany = 1; SELECT Contract FROM JCCM WHERE JCCo = @JCCo", read_only)
    []
    """
    yield from gate(analysis.sql, catalog, analysis)
