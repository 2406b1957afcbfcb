"""The key a table's indexes imply, for tables whose docs name none (used by ``derive`` and ``descriptions``)."""

from __future__ import annotations

from typing import Iterable

from assistant.catalog import Index


def key_from_indexes(name: str, indexes: Iterable[Index]) -> tuple[str, ...]:
    """The business key an index list implies: bi<Table> unique clustered, else any unique non-KeyID index."""
    stem = name[1:] if name[:1] in "bv" else name
    usable = [i for i in indexes if i.unique and [c.lower() for c in i.columns] != ["keyid"]]
    for test in (
        lambda i: i.clustered and i.name.lower() == f"bi{stem}".lower(),
        lambda i: i.name.lower() == f"bi{stem}".lower(),
        lambda i: i.clustered and not i.primary_key,
        lambda i: True,
    ):
        for i in usable:
            if test(i):
                return tuple(i.columns)
    return ()
