"""VG001 parse-error: the text is not T-SQL that SQL Server could parse."""

from __future__ import annotations

import re
from typing import Iterator

from ...catalog import Catalog
from ..findings import Finding
from ..scope import Analysis
from ._base import check

_TOKEN = re.compile(r"<Token token_type: TokenType\.\w+, text: (.*?), line: \d+.*?>")
_CLASS = re.compile(r"<class 'sqlglot\.expressions\.[\w.]*?(\w+)'>")


@check("VG001", "parse-error", "error")
def parse_error(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """Each statement that does not parse, at the line and column where parsing stopped.

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT Contract FROM JCCM WHERE (JCCo = 1", parse_error)
    ['VG001']
    """
    for issue in analysis.parse_issues:
        message = _CLASS.sub(
            lambda m: m.group(1), _TOKEN.sub(lambda m: repr(m.group(1)), issue.message)
        )
        yield Finding(
            parse_error.code,
            parse_error.rule,
            parse_error.severity,
            message,  # type: ignore[attr-defined]
            issue.line,
            issue.col,
            issue.start,
            issue.end,
            "check the statement near this position for a missing keyword, comma or parenthesis",
        )
