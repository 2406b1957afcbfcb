"""Small builders for the T-SQL the templates emit, in one house style.

The style is what the validator and Vista experts expect: views not b-tables,
short aliases, every join key equated, a company filter on every company-keyed
table (a declared ``bCompany`` parameter or a literal), first-of-month ``Mth``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from assistant.catalog import Column, DbObject

_TEXTY = ("char", "varchar", "nvarchar", "nchar")


def alias_for(name: str, taken: set[str]) -> str:
    """``JCCM`` → ``cm``, ``APTL`` → ``tl``; longer names use their initials; unique in a query."""
    stem = (
        name[2:] if len(name) == 4 else "".join(ch for ch in name if ch.isupper())[:3] or name[:3]
    )
    base = stem.lower() or "t"
    alias, n = base, 2
    while alias in taken or alias in _RESERVED:
        alias, n = f"{base}{n}", n + 1
    taken.add(alias)
    return alias


_RESERVED = {
    "as",
    "by",
    "on",
    "or",
    "in",
    "is",
    "if",
    "to",
    "of",
    "at",
    "go",
    "do",
    "end",
    "top",
    "and",
    "not",
    "key",
    "all",
    "add",
    "set",
    "use",
    "for",
    "asc",
    "desc",
}


@dataclass(frozen=True)
class Company:
    """How a query pins its company: ``DECLARE @JCCo bCompany = 1`` or a literal ``1``."""

    column: str
    number: int
    declared: bool

    @property
    def value(self) -> str:
        return f"@{self.column}" if self.declared else str(self.number)

    def declare(self) -> str:
        return f"DECLARE @{self.column} bCompany = {self.number};\n\n" if self.declared else ""

    def words(self, rng: random.Random) -> str:
        if self.declared and rng.random() < 0.4:
            return rng.choice(
                ("for the company in @{c}", "for a given {c}", "for the selected company")
            ).format(c=self.column)
        return rng.choice(
            ("for company {n}", "in company {n}", "for {c} {n}", "(company {n})")
        ).format(n=self.number, c=self.column)


def pick_company(column: str, rng: random.Random) -> Company:
    return Company(column, rng.choice((1, 1, 1, 2, 5, 10, 20)), rng.random() < 0.5)


def is_money(column: Column) -> bool:
    return column.vista_type.lower() == "bdollar"


def is_text(column: Column) -> bool:
    return column.base_type.lower().startswith(_TEXTY) and "max" not in column.base_type.lower()


def label_columns(obj: DbObject, limit: int = 2) -> list[Column]:
    """Columns that name a row for a reader: Description, Name, then short text columns."""
    preferred = [
        obj.column(n)
        for n in ("Description", "Name", "SortName", "Title", "FullName", "LastName", "FirstName")
    ]
    picked = [c for c in preferred if c is not None]
    if len(picked) < limit:
        key = {k.lower() for k in obj.business_key}
        picked += [
            c
            for c in obj.columns
            if is_text(c)
            and c.name.lower() not in key
            and c not in picked
            and not c.name.endswith("YN")
            and c.domain is None
            and c.name.lower() not in ("notes",)
        ]
    return picked[:limit]


def money_columns(obj: DbObject) -> list[Column]:
    return [c for c in obj.columns if is_money(c)]


def key_columns(obj: DbObject, *, without_company: bool = True) -> list[str]:
    return [k for k in obj.business_key if not (without_company and k == obj.company_column)]


def select_list(items: list[str]) -> str:
    return "SELECT\n    " + ",\n    ".join(items)


def join_on(left_alias: str, right_alias: str, pairs) -> str:
    return "\n    AND ".join(f"{left_alias}.{a} = {right_alias}.{b}" for a, b in pairs)


# Codes stored formatted to an input mask, right-justified with leading blanks (' 22896-').
FORMATTED = {"bjob", "bcontract", "bphase"}


def shown(alias: str, obj: DbObject, name: str, trim: bool) -> str:
    """A select-list item; formatted codes are trimmed for display (joins and filters keep the raw column)."""
    column = obj.column(name)
    if trim and column is not None and column.vista_type.lower() in FORMATTED:
        return f"LTRIM(RTRIM({alias}.{name})) AS {name}"
    return f"{alias}.{name}"
