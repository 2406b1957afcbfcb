"""Approved expert queries of the sample: (slug, question, tags, T-SQL).

Each is checked against the catalog by tests/catalog/test_sample_experts.py:
views only, real columns, every key column in joins, company filters.
"""

EXPERTS: list[tuple[str, str, tuple[str, ...], str]] = [
]
