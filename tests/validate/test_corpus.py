"""The corpus against the full sample catalog: no false rejects, every seeded error caught by its rule."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from assistant.validate import validate
from assistant.validate.mutants import CLASSES, seed_mutants

from .corpus import load_corpus

CASES = load_corpus()


def test_corpus_is_large_and_covers_the_dialect():
    assert len(CASES) >= 150
    text = "\n".join(c.sql.upper() for c in CASES)
    for feature in (
        "WITH ",
        "EXISTS",
        "CROSS APPLY",
        "OUTER APPLY",
        "UNION",
        "OVER (",
        "CASE ",
        "WITH (NOLOCK)",
        "(NOLOCK)",
        "[DBO].",
        "DBO.",
        "DECLARE @",
        "BCOMPANY",
        "\nGO\n",
        "#",
        "INTERSECT",
    ):
        assert feature in text, feature


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_correct_query_passes(sample_catalog, case):
    report = validate(case.sql, sample_catalog)
    assert report.verdict == "pass", [(f.code, f.line, f.col, f.message) for f in report.errors]


@pytest.fixture(scope="module")
def mutants(sample_catalog):
    out = []
    for case in CASES:
        for m in seed_mutants(case.sql, sample_catalog, random.Random(case.name)):
            out.append((case.name, m))
    return out


def test_every_class_is_seeded(mutants):
    counts = Counter(m.kind for _, m in mutants)
    for rule in CLASSES:
        assert counts[rule] >= 8, (rule, counts)


def test_every_mutant_is_caught_with_its_rule(sample_catalog, mutants):
    missed = []
    for name, m in mutants:
        report = validate(m.sql, sample_catalog)
        if report.verdict != "fail" or m.rule not in report.rules():
            missed.append((name, m.rule, m.note))
    assert missed == []


def test_every_partial_master_key_comes_with_a_fix_that_validates(sample_catalog, mutants):
    unfixed = []
    for name, m in mutants:
        if m.kind == "partial-master-key":
            corrected = validate(m.sql, sample_catalog).corrected_sql
            if corrected is None or validate(corrected, sample_catalog).verdict != "pass":
                unfixed.append((name, m.note))
    assert unfixed == []


def test_mutants_are_deterministic_given_the_rng(sample_catalog):
    case = next(c for c in CASES if c.name == "ap_invoice_detail_status")
    first = seed_mutants(case.sql, sample_catalog, random.Random(7))
    again = seed_mutants(case.sql, sample_catalog, random.Random(7))
    assert first == again and len({m.kind for m in first}) == len(first)


def test_a_query_that_does_not_parse_has_no_mutants(sample_catalog):
    assert seed_mutants("SELECT FROM WHERE", sample_catalog, random.Random(1)) == []


def _committed():
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "data" / "validator" / "mutants.jsonl"
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def test_committed_mutants_cover_every_class():
    counts = Counter(m.get("kind", m["rule"]) for m in _committed())
    assert set(CLASSES) <= set(counts) and min(counts[r] for r in CLASSES) >= 8


def test_committed_mutants_are_caught(sample_catalog):
    missed = []
    for m in _committed():
        report = validate(m["sql"], sample_catalog)
        if report.verdict != "fail" or m["rule"] not in report.rules():
            missed.append((m["case"], m["rule"], m["note"]))
    assert missed == []
