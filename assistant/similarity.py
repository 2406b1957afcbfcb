"""How far apart two names are: the edit distances behind every "did you mean".

Pure functions on strings, no catalog: :mod:`assistant.catalog` ranks tables and
columns with :func:`edit_distance`, the validator's suggestions with
:func:`typo_distance`.
"""

from __future__ import annotations


def edit_distance(a: str, b: str, *, swaps: bool = False) -> int:
    """Levenshtein distance; with ``swaps``, a swap of two neighbours counts as one edit.

    Case-sensitive. With ``swaps`` this is the optimal string alignment distance
    (no substring is edited twice).

    >>> edit_distance("Contrat", "Contract")
    1
    >>> edit_distance("APHT", "APTH"), edit_distance("APHT", "APTH", swaps=True)
    (2, 1)
    >>> edit_distance("", "JCCo"), edit_distance("JCCo", "jcco")
    (4, 3)
    """
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    before: list[int] = []
    previous = list(range(len(b) + 1))
    last = ""
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if swaps and j > 1 and ca == b[j - 2] and last == cb and before[j - 2] + 1 < d:
                d = before[j - 2] + 1
            current.append(d)
        before, previous, last = previous, current, ca
    return previous[-1]


def typo_distance(a: str, b: str) -> int:
    """Edit distance ignoring case, counting a swap of two neighbours as one edit (``APHT`` is one typo from ``APTH``).

    Names more than three letters apart in length are no typo of each other: their
    length difference is returned, a lower bound, without the full computation.

    >>> typo_distance("apht", "APTH")
    1
    >>> typo_distance("JCCo", "JCContractItemDetail")
    16
    """
    a, b = a.lower(), b.lower()
    if abs(len(a) - len(b)) > 3:
        return abs(len(a) - len(b))
    return edit_distance(a, b, swaps=True)
