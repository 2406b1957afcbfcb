"""VG402 missing-company-filter (warning): company-keyed data read for every company at once."""

from __future__ import annotations

from typing import Iterator

from ...catalog import Catalog
from ..equalities import col_key
from ..findings import Finding
from ..scope import Analysis
from ._base import check, company_key, make
from ._joins import ref_name


@check("VG402", "missing-company-filter", "warning")
def missing_company_filter(analysis: Analysis, catalog: Catalog) -> Iterator[Finding]:
    """A statement reading company-keyed tables without tying any company to a value (``WHERE JCCo = @JCCo``).

    One warning per statement, on its first company-keyed table. When some company
    is filtered, a table left out of that filter is a join problem, which VG201 reports.

    >>> from assistant.validate.checks._examples import codes
    >>> codes("SELECT Contract FROM JCCM", missing_company_filter)
    ['VG402']
    >>> codes("DECLARE @JCCo bCompany = 1; SELECT Contract FROM JCCM WHERE JCCo = @JCCo", missing_company_filter)
    []
    """
    for statement in analysis.statements:
        eq = analysis.equalities.get(id(statement))
        if eq is None:
            continue
        keyed = []
        for scope in statement.scopes:
            for source in scope.catalog_sources:
                company = company_key(source.obj)
                if company is None or source.obj.name.lower() in ("hqco", "bhqco"):
                    continue
                keyed.append((source, company))
        if not keyed or any(eq.bound(col_key(source, company)) for source, company in keyed):
            continue
        source, company = keyed[0]
        name = source.obj.column(company).name
        yield make(
            missing_company_filter,
            source.node,
            f"no company filter: {source.name} returns every company's rows; "
            f"filter {ref_name(source)}.{name} = @{name}",
            f"WHERE {ref_name(source)}.{name} = @{name}",
        )
