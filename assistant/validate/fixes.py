"""Certain fixes, applied to the user's own text: their formatting and identifier case survive.

A finding may carry edits (start, end, replacement) when the repair is certain:
one close column spelling, a missing company, group or key predicate, a
b-table read instead of its view. They are applied together, right to left,
and the result is offered only after it validates with fewer errors.
"""

from __future__ import annotations

from typing import Iterable

from .findings import Finding

Edit = tuple[int, int, str]


def collect(findings: Iterable[Finding]) -> list[Edit]:
    """Every edit of every finding, without duplicates or overlaps (first come, first kept)."""
    edits: list[Edit] = []
    for f in findings:
        for edit in f.fix:
            if edit in edits:
                continue
            same_point = next(
                (i for i, e in enumerate(edits) if e[0] == e[1] == edit[0] == edit[1]), None
            )
            if same_point is not None:  # two predicates appended to one ON clause: keep both
                start, end, text = edits[same_point]
                if edit[2] not in text:
                    edits[same_point] = (start, end, text + edit[2])
                continue
            if any(_overlap(edit, e) for e in edits):
                continue
            edits.append(edit)
    return edits


def _overlap(a: Edit, b: Edit) -> bool:
    if a[0] == a[1] or b[0] == b[1]:  # insertions: only a clash when at the same point
        return a[0] == b[0] and a[1] == b[1] or (a[0] < b[0] < a[1]) or (b[0] < a[0] < b[1])
    return a[0] < b[1] and b[0] < a[1]


def apply(sql: str, edits: Iterable[Edit]) -> str:
    """Apply edits to the text from the right, so earlier offsets stay valid.

    >>> apply("SELECT Contrat FROM bJCCM", [(7, 14, "Contract"), (20, 25, "JCCM")])
    'SELECT Contract FROM JCCM'
    """
    out = sql
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        out = out[:start] + text + out[end:]
    return out
