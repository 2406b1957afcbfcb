"""VG402 missing-company-filter (warning): company-keyed data read for every company at once."""

from __future__ import annotations

from typing import Iterator

from ...catalog import Catalog
from ..findings import Finding
from ..scope import Analysis, col_key
from ._base import check, company_key, make
from ._joins import ref_name


@check("VG402", "missing-company-filter", "warning")
def missing_company_filter(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """A company-keyed table whose company column is never tied to a value (``WHERE JCCo = @JCCo``).

    One warning per group of tables whose companies are equated with each other.

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT Contract FROM JCCM", missing_company_filter)
    ['VG402']
    >>> codes("DECLARE @JCCo bCompany = 1; SELECT Contract FROM JCCM WHERE JCCo = @JCCo", missing_company_filter)
    []
    """
    for statement in analysis.statements:
        warned = set()
        eq = analysis.equalities.get(id(statement))
        if eq is None:
            continue
        for scope in statement.scopes:
            for source in scope.catalog_sources:
                obj = source.obj
                company = company_key(obj)
                if company is None or obj.name.lower() in ("hqco", "bhqco"):
                    continue
                key = col_key(source, company)
                if eq.bound(key):
                    continue
                root = eq.find(key)
                if root in warned:
                    continue
                warned.add(root)
                name = obj.column(company).name
                yield make(
                    missing_company_filter, source.node,
                    f"no company filter on {source.name}: it returns every company's rows; "
                    f"filter {ref_name(source)}.{name} = @{name}",
                    f"WHERE {ref_name(source)}.{name} = @{name}",
                )
