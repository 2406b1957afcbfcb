"""Validation records: labels come from the real validator; uncaught seeded errors are dropped."""

from __future__ import annotations

import random
from collections import namedtuple

from assistant.validate import validate
from ingest.dataset.gate import Gate
from ingest.dataset.records import Record
from ingest.dataset.validation import MutantStats, validation_records

Mutant = namedtuple("Mutant", "sql rule note")

GOOD = (
    "SELECT th.APCo, th.Mth, th.APTrans, tl.APLine\nFROM APTH th\nJOIN APTL tl\n    ON th.APCo = tl.APCo\n"
    "    AND th.Mth = tl.Mth\n    AND th.APTrans = tl.APTrans\nWHERE th.APCo = 1;"
)
NO_MONTH = GOOD.replace("    AND th.Mth = tl.Mth\n", "")
BAD_COLUMN = GOOD.replace("tl.APLine", "th.Status")


def source():
    return Record(
        "generation",
        "header-detail",
        "Show AP invoice lines for company 1",
        "Schema: ...",
        GOOD,
        "",
        ("APTH", "APTL"),
        "AP",
        sql=GOOD,
    )


def seeded(sql, catalog, rng):
    return [
        Mutant(NO_MONTH, "join-missing-key", "drop Mth from the join"),
        Mutant(BAD_COLUMN, "unknown-column", "a column APTH does not have"),
        Mutant(GOOD.replace("th.APCo = 1", "th.APCo = 2"), "invalid-value", "not an error at all"),
    ]


def build(catalog, mutator=seeded, pass_share=1.0, per_query=5):
    stats = MutantStats()
    gate = Gate(catalog, validate)
    records = list(
        validation_records(
            catalog,
            [source()],
            gate,
            random.Random(1),
            mutator=mutator,
            stats=stats,
            pass_share=pass_share,
            per_query=per_query,
        )
    )
    return records, stats


def test_correct_query_is_labelled_pass_with_no_findings(tiny_catalog):
    records, _ = build(tiny_catalog)
    correct = [r for r in records if r.template == "review-correct"]
    assert len(correct) == 1
    assert correct[0].output.startswith("Verdict: pass\nFindings: none")
    assert correct[0].output.rstrip().endswith(GOOD)


def test_caught_mutants_are_labelled_with_the_validators_findings(tiny_catalog):
    records, stats = build(tiny_catalog)
    by_rule = {r.template: r for r in records}
    missing_key = by_rule["review-join-missing-key"]
    assert missing_key.output.startswith(
        "Verdict: fail\nFindings:\n- error VG202 (join-missing-key) at line"
    )
    assert NO_MONTH in missing_key.input and missing_key.output.rstrip().endswith(GOOD)
    assert "VG102 (unknown-column)" in by_rule["review-unknown-column"].output
    assert stats.caught["join-missing-key"] == 1 and stats.caught["unknown-column"] == 1


def test_a_mutant_the_validator_does_not_catch_is_dropped_and_counted(tiny_catalog):
    records, stats = build(tiny_catalog)
    assert "review-invalid-value" not in {r.template for r in records}
    assert stats.missed["invalid-value"] == 1
    assert stats.to_dict()["invalid-value"] == {"seeded": 1, "caught": 0, "dropped": 1}


def test_at_most_per_query_mutants_are_kept(tiny_catalog):
    records, _ = build(tiny_catalog, pass_share=0.0, per_query=1)
    assert len(records) == 1


def test_no_mutator_still_gives_pass_records(tiny_catalog):
    records, stats = build(tiny_catalog, mutator=None)
    assert [r.template for r in records] == ["review-correct"]
    assert not stats.seeded
