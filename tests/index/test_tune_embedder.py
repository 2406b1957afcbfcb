"""The embedder's training pairs: from the catalog and the approved examples, never the held-out questions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from finetune.tune_embedder import HELD_OUT_FILES, load_questions, too_close, training_pairs

ROOT = Path(__file__).resolve().parents[2]
HELD_OUT = [
    ROOT / "tests" / "data" / "retrieval_heldout.jsonl",
    ROOT / "tests" / "data" / "retrieval_reports.jsonl",
    ROOT / "tests" / "data" / "retrieval_fresh.jsonl",
    ROOT / "tests" / "data" / "retrieval_blind.jsonl",
    ROOT / "tests" / "data" / "retrieval_dev.jsonl",
    ROOT / "tests" / "data" / "retrieval_blind2.jsonl",
]


def test_the_command_starts_and_excludes_every_held_out_set_by_default():
    done = subprocess.run(
        [sys.executable, "-m", "finetune.tune_embedder", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "--exclude" in done.stdout
    assert list(HELD_OUT_FILES) == HELD_OUT
    assert all(p.exists() for p in HELD_OUT_FILES)


@pytest.fixture(scope="module")
def pairs(sample_catalog):
    return training_pairs(sample_catalog, load_questions(HELD_OUT))


def test_pairs_cover_every_source_and_name_catalog_views(pairs, sample_catalog):
    assert len(pairs) > 3000
    assert {p.source for p in pairs} >= {"description", "columns", "link", "glossary", "example"}
    for p in pairs:
        assert sample_catalog.get(p.table) is not None, p


def test_held_out_questions_are_never_training_pairs(pairs):
    held_out = load_questions(HELD_OUT)
    assert len(held_out) >= 130
    anchors = {p.anchor.strip().lower() for p in pairs}
    assert not anchors & {q.strip().lower() for q in held_out}
    assert not [p.anchor for p in pairs if too_close(p.anchor, held_out)]


def test_a_held_out_question_passed_as_an_example_is_dropped(sample_catalog):
    from dataclasses import replace

    from assistant.catalog import Example

    question = load_questions(HELD_OUT[:1])[0]
    leaky = replace(
        sample_catalog,
        examples=sample_catalog.examples + (Example(question, "SELECT * FROM JCCM", "x.sql"),),
    )
    assert any(p.anchor == question for p in training_pairs(leaky, ()))
    assert not any(p.anchor == question for p in training_pairs(leaky, [question]))


def test_the_tuned_embedder_is_the_default_once_trained_and_packaged_forces_the_shipped_one(
    tmp_path,
):
    from assistant.retrieval.embedding import DEFAULT_MODEL, configured_folder, packaged_model_path
    from assistant.settings import load_settings

    settings = load_settings(root=tmp_path, env={})
    assert configured_folder(settings) == (packaged_model_path(), DEFAULT_MODEL)
    tuned = settings.models_dir / "embedder-tuned"
    tuned.mkdir(parents=True)
    for name in ("config.json", "modules.json"):
        (tuned / name).write_text((packaged_model_path() / name).read_text())
    assert configured_folder(settings) == (tuned, "embedder-tuned")
    forced = load_settings(root=tmp_path, env={}, embed_model="packaged")
    assert configured_folder(forced) == (packaged_model_path(), DEFAULT_MODEL)
