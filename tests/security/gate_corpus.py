"""The allow-list gate's corpus: payloads that must fail and read-only batches that must pass.

``tests/data/gate/must_fail.sql`` and ``must_pass.sql`` hold ``-- name: CLASS.SLUG`` blocks
(the validator corpus format, read by ``tests/validate/corpus.py``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..validate.corpus import Case, load_corpus

GATE_DIR = Path(__file__).resolve().parent.parent / "data" / "gate"


def must_fail() -> list[Case]:
    return load_corpus(GATE_DIR, "must_fail.sql")


def must_pass() -> list[Case]:
    return load_corpus(GATE_DIR, "must_pass.sql")


def kind(case: Case) -> str:
    """The class of a case: the part of its name before the dot."""
    return case.name.split(".", 1)[0]


def counts(cases: list[Case]) -> Counter:
    return Counter(kind(c) for c in cases)
