"""Context text is cut at line or word boundaries, never mid-word (issue 15)."""

from __future__ import annotations

import doctest

import ingest.chunks as chunks
from assistant.retrieval import context
from assistant.retrieval.context import clip
from ingest.chunks import _pieces


def test_a_long_table_is_split_between_rows():
    rows = ["| Code | Meaning |", "|---|---|"] + [
        f"| JB{i:03d} | JB Company number {i} of the test |" for i in range(200)
    ]
    table = "\n".join(rows)
    pieces = list(_pieces(table, 600))
    assert len(pieces) > 1
    assert all(len(p) <= 600 for p in pieces)
    assert all(line in rows for p in pieces for line in p.splitlines())
    assert "\n".join(pieces) == table


def test_one_endless_line_is_cut_between_words():
    text = " ".join(f"JBCO{i} (JB Company {i})" for i in range(300))
    pieces = list(_pieces(text, 500))
    assert all(len(p) <= 500 for p in pieces)
    assert " ".join(pieces).split() == text.split()


def test_a_clipped_domain_ends_at_a_word_with_an_ellipsis():
    domain = ", ".join(f"{c}=JB Company {c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    out = clip(domain, 200)
    assert len(out) <= 200 and out.endswith("…")
    assert domain.startswith(out[:-1]) and domain[len(out) - 1] in " ,"


def test_the_cut_functions_doctests_pass():
    for module in (chunks, context):
        assert doctest.testmod(module).failed == 0
