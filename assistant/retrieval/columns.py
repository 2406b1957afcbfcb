"""The columns worth showing of a retrieved table: its keys and join columns, then the ones the question names."""

from __future__ import annotations

from functools import lru_cache

from ..catalog import Catalog, Column, DbObject
from ..vocabulary import split_identifier, stem, terms, words
from .context import FULL_TABLES

MAX_COLUMNS = 14  # columns shown per table at most


def column_terms(column: Column) -> frozenset[str]:
    return _column_terms(column.name, column.description)


@lru_cache(maxsize=65536)
def _column_terms(name: str, description: str) -> frozenset[str]:
    from_name = terms(words(name)) | {stem(p.lower()) for p in split_identifier(name)}
    return frozenset(from_name | terms(description))


@lru_cache(maxsize=16384)
def _meaning_terms(meanings: tuple[tuple[str, str], ...]) -> frozenset[str]:
    return frozenset(terms(" ".join(m for _, m in meanings)))


def pick_columns(
    catalog: Catalog,
    obj: DbObject,
    info: DbObject,
    columns: tuple[Column, ...],
    question: str,
    others: list[str],
    limit: int = MAX_COLUMNS,
    extra: list[str] | None = None,
) -> list[Column]:
    """The columns worth showing: keys, company and group columns, join columns (``extra``: link and
    glossary columns), then the ones the question names."""
    by_name = {c.name.lower(): c for c in columns}
    wanted: list[str] = []

    def add(name: str) -> None:
        if name.lower() in by_name and name.lower() not in wanted:
            wanted.append(name.lower())

    for name in info.business_key or obj.business_key:
        add(name)
    if info.company_column:
        add(info.company_column)
    for name in info.group_columns:
        add(name)
    for other in others[:FULL_TABLES]:
        for path in catalog.join_paths_between(obj.name, other)[:1]:
            if path.kind != "company":
                for left, _ in path.pairs:
                    add(left)
    for name in extra or ():
        add(name)
    asked = terms(question)
    # a word that matches many of this table's columns ("date", "contract") says less
    # than one that matches few ("billed"): weight each matched word by 1 / its matches
    matches: dict[str, int] = {}
    column_words = []
    for c in columns:
        found = asked & column_terms(c)
        column_words.append(found)
        for t in found:
            matches[t] = matches.get(t, 0) + 1
    scored = []
    for i, (c, found) in enumerate(zip(columns, column_words)):
        overlap = sum(1.0 / matches[t] for t in found)
        if c.domain is not None and c.domain.meanings:
            overlap += len(asked & _meaning_terms(c.domain.meanings)) * 0.5
        if overlap:
            scored.append((-overlap, i, c.name))
    for _, _, name in sorted(scored):
        if len(wanted) >= limit:
            break
        add(name)
    return [by_name[n] for n in wanted]
