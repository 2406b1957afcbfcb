"""Train/eval split by table family, so that evaluation measures generalisation, not recall.

A family is a table's module and stem (``APTH``, ``APTL``, ``APTD`` → ``APT``),
so a header and its lines travel together. A record belongs to every family of
the objects it touches. Families are drawn for eval in a seeded order, dealt
module by module so that eval spans the modules, until eval holds its share of
records; a record goes to eval if it touches any eval family. So no train
record touches an eval family, and eval tables are unseen in training.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence

from assistant.catalog import Catalog

from .records import Record


def stem(name: str) -> str:
    """``bAPTH`` → ``APT``; ``vSMWorkOrder`` → ``SMW``; the first three letters after the b/v prefix."""
    bare = name[1:] if name[:1] in "bv" and name[1:2].isupper() else name
    return bare[:3].upper()


def families(catalog: Catalog) -> dict[str, str]:
    """Base table name (lower) → family (its stem).

    Only the stem, not the closure of join paths: documented header→detail
    paths also link batch tables and masters to their satellites (APVM→APAA),
    and their closure would fold whole modules into one family.
    """
    return {t.name.lower(): stem(t.name) for t in catalog.tables}


def record_families(catalog: Catalog, record: Record, table_families: dict[str, str]) -> list[str]:
    out = set()
    for name in record.objects:
        base = catalog.base_of(name)
        key = (base.name if base is not None else name).lower()
        out.add(table_families.get(key, stem(name)))
    return sorted(out)


def choose_eval_families(
    record_fams: Sequence[list[str]], seed: int, eval_share: float = 0.15
) -> set[str]:
    """Families for eval, drawn in seeded order, skipping any that would overshoot the share by far."""
    total = len(record_fams)
    target = eval_share * total
    touching: dict[str, set[int]] = {}
    for i, fams in enumerate(record_fams):
        for f in fams:
            touching.setdefault(f, set()).add(i)
    order = _interleaved(sorted(touching), random.Random(f"split:{seed}"))
    chosen: set[str] = set()
    in_eval: set[int] = set()
    for fam in order:
        if len(in_eval) >= target:
            break
        new = touching[fam] - in_eval
        if len(in_eval) + len(new) > target * 1.15 + 5:
            continue  # a hub family (HQCO, vendors) would swallow the eval share
        chosen.add(fam)
        in_eval |= new
    return chosen


def _interleaved(names: list[str], rng: random.Random) -> list[str]:
    """Families shuffled within their module, then dealt module by module, so eval spans the modules."""
    by_module: dict[str, list[str]] = {}
    for name in names:
        by_module.setdefault(name[:2], []).append(name)
    queues = []
    for module in sorted(by_module):
        fams = by_module[module]
        rng.shuffle(fams)
        queues.append(fams)
    rng.shuffle(queues)
    order: list[str] = []
    while any(queues):
        for queue in queues:
            if queue:
                order.append(queue.pop())
    return order


def split_records(
    catalog: Catalog,
    records: Sequence[Record],
    seed: int,
    eval_share: float = 0.15,
    basis: Sequence[Record] | None = None,
) -> tuple[dict[str, list[tuple[Record, list[str]]]], set[str]]:
    """{'train': [(record, families)], 'eval': [...]} and the eval families.

    The eval families are drawn from ``basis`` (default: all records), so records
    derived from others (seeded-error reviews) follow the split instead of moving it.
    """
    table_families = families(catalog)
    fams = [record_families(catalog, r, table_families) for r in records]
    basis_fams = (
        fams if basis is None else [record_families(catalog, r, table_families) for r in basis]
    )
    eval_fams = choose_eval_families(basis_fams, seed, eval_share)
    out: dict[str, list[tuple[Record, list[str]]]] = {"train": [], "eval": []}
    for record, f in zip(records, fams):
        out["eval" if eval_fams.intersection(f) else "train"].append((record, f))
    return out, eval_fams


def family_counts(split: dict[str, list[tuple[Record, list[str]]]]) -> dict[str, Counter]:
    return {name: Counter(f for _, fams in rows for f in fams) for name, rows in split.items()}
