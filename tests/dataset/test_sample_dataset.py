"""The dataset of the full sample corpus: size, validity, seeded errors, split, LLaMA-Factory shape."""

from __future__ import annotations

import json

import pytest

from assistant.validate import validate
from ingest.dataset import build_dataset, write_dataset
from ingest.dataset.records import TASKS
from ingest.dataset.split import families, record_families


def test_sample_corpus_yields_at_least_1500_records(sample_build):
    assert len(sample_build.records) >= 1500


def test_every_task_is_in_both_splits(sample_build):
    for split in ("train", "eval"):
        tasks = {r.task for r, _ in sample_build.splits[split]}
        assert tasks == set(TASKS), (split, tasks)


def test_every_sql_shown_as_correct_passes_the_validator(sample_build, sample_catalog):
    checked = 0
    for record in sample_build.records:
        if record.sql is None:
            continue
        assert record.output.rstrip().endswith(
            record.sql.rstrip()
        )  # the SQL in the output is the checked one
        report = validate(record.sql, sample_catalog)
        assert report.verdict == "pass", (
            record.template,
            record.sql,
            [f.message for f in report.errors],
        )
        checked += 1
    assert checked > 1000


def test_gate_stats_are_recorded_and_nearly_everything_passes(sample_build):
    gate = sample_build.info["gate"]
    assert gate["validator"] == "assistant.validate"
    assert gate["checked"] == gate["passed"] + gate["dropped"]
    assert gate["pass_rate"] >= 0.95


def test_seeded_errors_are_caught_with_their_intended_rule(sample_build, sample_catalog):
    seeded = [
        r for r in sample_build.records if r.task == "validation" and r.template != "review-correct"
    ]
    assert seeded, "no seeded-error records: is assistant.validate.mutants available?"
    # the build keeps only caught mutants; re-check an even sample of every class (all of them takes a minute)
    by_rule: dict[str, list] = {}
    for record in seeded:
        by_rule.setdefault(record.template, []).append(record)
    for record in [r for rows in by_rule.values() for r in rows[:: max(1, len(rows) // 25)]]:
        rule = record.template.removeprefix("review-")
        query = record.input.split("\nQuery:\n", 1)[1]
        report = validate(query, sample_catalog)
        assert any(rule in (f.rule, f.code) for f in report.findings), (rule, query)
        assert record.output.startswith(f"Verdict: {report.verdict}")


def test_seeded_errors_cover_every_validator_class(sample_build):
    from assistant.validate.mutants import CLASSES, rule_of

    rules = {
        r.template.removeprefix("review-") for r in sample_build.records if r.task == "validation"
    }
    wanted = {
        rule_of(kind) for kind in CLASSES
    }  # a partial master key is reviewed as join-missing-key
    assert wanted <= rules, wanted - rules
    mutants = sample_build.info["mutants"]
    assert all(m["caught"] + m["dropped"] == m["seeded"] for m in mutants.values())


def test_no_train_record_touches_an_eval_family(sample_build, sample_catalog):
    table_families = families(sample_catalog)
    eval_families = sample_build.eval_families
    assert eval_families
    for record, fams in sample_build.splits["train"]:
        assert fams == record_families(sample_catalog, record, table_families)
        assert not eval_families.intersection(fams), (record.objects, fams)
    eval_share = len(sample_build.splits["eval"]) / len(sample_build.records)
    assert 0.08 <= eval_share <= 0.3


def test_same_seed_rebuilds_the_same_dataset(sample_build, sample_catalog):
    again = build_dataset(sample_catalog, seed=13, mutator=None)
    first = {
        r.id
        for r in sample_build.records
        if not (r.task == "validation" and r.template != "review-correct")
    }
    assert {r.id for r in again.records} == first
    assert again.eval_families == sample_build.eval_families


def test_another_seed_draws_another_split(sample_build, sample_catalog):
    other = build_dataset(sample_catalog, seed=14, validator=None, mutator=None)
    assert other.eval_families != sample_build.eval_families


def test_expert_examples_are_included(sample_build, sample_catalog):
    experts = [r for r in sample_build.records if r.template == "expert-example"]
    assert len(experts) >= len(sample_catalog.examples) * 0.9


def test_written_files_load_as_llamafactory_alpaca_datasets(sample_build, tmp_path):
    datasets = pytest.importorskip("datasets")
    write_dataset(tmp_path, sample_build.rows(), sample_build.card(), sample_build.info)
    info = json.loads((tmp_path / "dataset_info.json").read_text())
    assert {"vgpt_train", "vgpt_eval"} <= set(
        info
    )  # and the plan-mode datasets (test_sample_plans.py)
    for name, entry in info.items():
        if name.startswith("vgpt_plan_"):
            continue
        # LLaMA-Factory's DatasetAttr keys (llamafactory/data/parser.py)
        assert entry["formatting"] == "alpaca"
        assert entry["columns"] == {
            "prompt": "instruction",
            "query": "input",
            "response": "output",
            "system": "system",
        }
        loaded = datasets.load_dataset(
            "json", data_files=str(tmp_path / entry["file_name"]), split="train"
        )
        assert {"instruction", "input", "output", "system"} <= set(loaded.column_names)
        assert len(loaded) == len(sample_build.splits[name.removeprefix("vgpt_")])
        assert all(row["instruction"] and row["output"] for row in loaded.select(range(50)))


def test_card_reports_counts_tokens_and_validation(sample_build):
    card = sample_build.card()
    for heading in (
        "## Counts by task and split",
        "## Counts by module and split",
        "## Token lengths",
        "## Validation",
    ):
        assert heading in card
    assert sample_build.info["token_method"] in card
    assert f"{sample_build.info['gate']['checked']} checked" in card
