"""The static checks, one small module each, registered in one tuple.

Each check is a pure function ``(analysis, catalog) -> Iterator[Finding]`` with a
stable ``code``, a ``rule`` name and a default ``severity``; it never raises on
bad SQL and never mutates the tree. ``validate(checks=...)`` takes any subset.
"""

from __future__ import annotations

from ._base import Check
from .ambiguous_column import ambiguous_column
from .base_table import base_table
from .group_by import group_by
from .invalid_value import invalid_value
from .join_missing_company import join_missing_company
from .join_missing_key import join_missing_key
from .missing_company_filter import missing_company_filter
from .nolock import nolock
from .parse_error import parse_error
from .read_only import read_only
from .select_star import select_star
from .tautology import tautology
from .top_without_order_by import top_without_order_by
from .unknown_column import unknown_column
from .unknown_table import unknown_table

CHECKS: tuple[Check, ...] = (
    parse_error,
    read_only,
    unknown_table,
    unknown_column,
    ambiguous_column,
    join_missing_company,
    join_missing_key,
    tautology,
    invalid_value,
    group_by,
    base_table,
    missing_company_filter,
    select_star,
    top_without_order_by,
    nolock,
)

__all__ = ["CHECKS", "Check"] + [c.__name__ for c in CHECKS]
