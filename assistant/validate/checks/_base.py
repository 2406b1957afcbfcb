"""What every check shares: the registry decorator and naming helpers."""

from __future__ import annotations

from typing import Callable, Iterator

from sqlglot import exp

from ...catalog import Catalog, DbObject
from ..findings import Finding, Severity
from ..scope import Analysis, Source

Check = Callable[[Analysis, Catalog], Iterator[Finding]]


def check(code: str, rule: str, severity: Severity) -> Callable[[Check], Check]:
    """Give a check its stable code, rule name and default severity."""

    def mark(fn: Check) -> Check:
        fn.code, fn.rule, fn.severity = code, rule, severity  # type: ignore[attr-defined]
        return fn

    return mark


def make(
    fn: Check, node: exp.Expr | None, message: str, suggestion: str | None = None, fix=()
) -> Finding:
    return Finding.at(node, fn.code, fn.rule, fn.severity, message, suggestion, fix=tuple(fix))  # type: ignore[attr-defined]


def label(source: Source) -> str:
    """How a message names a source: ``APTH`` or ``APTH (h)``."""
    if source.name and source.alias and source.alias.lower() != source.name.lower():
        return f"{source.name} ({source.alias})"
    return source.name or source.alias


def is_company_column(obj: DbObject, column: str) -> bool:
    col = obj.column(column)
    if col is None:
        return False
    return (
        col.vista_type.lower() == "bcompany" or (obj.company_column or "").lower() == column.lower()
    )


def is_group_column(obj: DbObject, column: str) -> bool:
    col = obj.column(column)
    return col is not None and (col.vista_type.lower() == "bgroup" or column in obj.group_columns)


def company_columns(obj: DbObject) -> list[str]:
    return [
        c.name
        for c in obj.columns
        if c.vista_type.lower() == "bcompany" or c.name == obj.company_column
    ]


def prefer_views(catalog: Catalog, names: list[str]) -> list[str]:
    """Replace base tables by their views (what users should read), keeping order, no duplicates."""
    out: list[str] = []
    for name in names:
        view = catalog.view_of(name)
        shown = view.name if view is not None else name
        if shown not in out:
            out.append(shown)
    return out


def company_key(obj: DbObject) -> str | None:
    """The company column that keys the table (None for group-keyed masters like APVM)."""
    co = obj.company_column
    if co is None:
        return None
    if obj.business_key and not any(k.lower() == co.lower() for k in obj.business_key):
        return None
    return co


def master_groups(obj: DbObject) -> list[str]:
    """Group columns keying a master table (APVM: VendorGroup); empty for company-keyed tables."""
    if company_key(obj) is not None:
        return []
    keys = obj.business_key or obj.group_columns
    return [k for k in keys if is_group_column(obj, k)]
