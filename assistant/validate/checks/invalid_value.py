"""VG301 invalid-value: a literal compared to a column that can never hold it."""

from __future__ import annotations

import re
from typing import Iterator

from sqlglot import exp

from ...catalog import Catalog, Column
from ..findings import Finding
from ..scope import Analysis, Ref
from ._base import check, make

DATES = ("date", "datetime", "smalldatetime", "datetime2", "datetimeoffset")
_DATE = re.compile(
    r"^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{8}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}/\d{1,2}/\d{1,2}|"
    r"[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [A-Za-z]{3,9} \d{4})"
    r"([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([AaPp][Mm])?)?\s*$"
)


@check("VG301", "invalid-value", "error")
def invalid_value(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """Literals in =, <>, IN, BETWEEN or a simple CASE that the column's closed domain or base type excludes.

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus = 'A'", invalid_value)
    ['VG301']
    >>> codes("SELECT Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus IN (1, 2)", invalid_value)
    []
    >>> codes("SELECT CASE ContractStatus WHEN 'A' THEN 'Active' END FROM JCCM WHERE JCCo = 1", invalid_value)
    ['VG301']
    """
    for ref in analysis.refs:
        source = ref.source
        if source is None or source.obj is None or ref.status != "ok":
            continue
        column = source.obj.column(ref.name)
        if column is None:
            continue
        for literal in _compared(ref):
            problem = _problem(column, literal)
            if problem:
                message, suggestion = problem
                yield make(
                    invalid_value, literal, f"{source.obj.name}.{column.name} {message}", suggestion
                )


def _compared(ref: Ref) -> Iterator[exp.Expr]:
    node = ref.column
    parent = node.parent
    while isinstance(parent, exp.Paren):
        node, parent = parent, parent.parent
    if isinstance(parent, (exp.EQ, exp.NEQ)):
        other = parent.expression if parent.this is node else parent.this
        if _literal(other) is not None:
            yield other
    elif isinstance(parent, exp.In) and parent.this is node:
        for e in parent.expressions:
            if _literal(e) is not None:
                yield e
    elif (
        isinstance(parent, exp.Case) and parent.this is node
    ):  # CASE col WHEN 'A' THEN … compares col = 'A'
        for when in parent.args.get("ifs") or ():
            if _literal(when.this) is not None:
                yield when.this
    elif isinstance(parent, exp.Between) and parent.this is node:
        for e in (parent.args.get("low"), parent.args.get("high")):
            if e is not None and _literal(e) is not None:
                yield e


def _literal(node: exp.Expr) -> tuple[str, bool] | None:
    """(text, is_string) of a literal, else None."""
    if isinstance(node, exp.Literal):
        return node.this, node.is_string
    if isinstance(node, exp.National):
        return node.this, True
    if isinstance(node, exp.Neg) and isinstance(node.this, exp.Literal) and not node.this.is_string:
        return "-" + node.this.this, False
    return None


def _problem(column: Column, node: exp.Expr) -> tuple[str, str | None] | None:
    text, is_string = _literal(node)
    domain = column.domain
    shown = f"'{text}'" if is_string else text
    if (
        domain is not None
        and domain.closed
        and (domain.values or domain.low is not None or domain.high is not None)
    ):
        if not domain.allows(text):
            allowed = domain.describe()
            return f"cannot be {shown}: allowed values are {allowed}", _suggest(domain, text)
        return None
    # SQL Server converts '' to 0 and to 1900-01-01, and reads many date spellings:
    # only text that cannot be a number or a date at all is certain to fail
    if is_string and column.is_numeric and text.strip() and not any(ch.isdigit() for ch in text):
        return (
            f"is {column.base_type}: {shown} cannot convert to a number (conversion error at run time)",
            None,
        )
    if (
        is_string
        and column.base_name in DATES
        and text.strip()
        and not _DATE.match(text)
        and not _datelike(text)
    ):
        return (
            f"is {column.base_type}: {shown} is not a date SQL Server can convert",
            "use 'YYYY-MM-DD'",
        )
    return None


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _datelike(text: str) -> bool:
    """Loose: a year (four digits in a row), or a month name next to a number."""
    low = text.lower()
    return bool(_YEAR.search(low)) or (
        any(ch.isdigit() for ch in low) and any(m in low for m in _MONTHS)
    )


_YEAR = re.compile(r"\d{4}")


def _suggest(domain, text: str) -> str | None:
    low = text.strip().lower()
    if not low:
        return None
    for value, meaning in domain.meanings:
        if meaning.lower() == low or meaning.lower().startswith(low):
            return value
    for value in domain.values:
        if low.startswith(value.lower()):
            return value
    return domain.values[0] if len(domain.values) == 1 else None
