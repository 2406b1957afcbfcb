"""`vgpt dataset build` through click's CliRunner."""

from __future__ import annotations

import json

from click.testing import CliRunner

from cli.main import cli


def test_build_writes_the_dataset_and_prints_json(sample_catalog_path, tmp_path):
    out = tmp_path / "ds"
    result = CliRunner().invoke(
        cli,
        ["dataset", "build", "--catalog", str(sample_catalog_path), "--out", str(out), "--json"],
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["records"] >= 1500
    assert summary["splits"]["train"] > summary["splits"]["eval"] > 0
    assert summary["validation"]["validator"] == "assistant.validate"
    for name in ("train.json", "eval.json", "dataset_info.json", "dataset_card.md"):
        assert (out / name).is_file()
    train = json.loads((out / "train.json").read_text())
    assert len(train) == summary["splits"]["train"]
    assert {"instruction", "input", "output", "system", "task", "split"} <= set(train[0])
    assert "seeded errors" in (out / "dataset_card.md").read_text().lower()


def test_catalog_and_docs_together_is_a_usage_error(sample_catalog_path, tmp_path):
    result = CliRunner().invoke(
        cli, ["dataset", "build", "--catalog", str(sample_catalog_path), "--docs", str(tmp_path)]
    )
    assert result.exit_code == 2


def test_missing_catalog_file_exits_2_with_a_message(tmp_path):
    result = CliRunner().invoke(
        cli,
        [
            "dataset",
            "build",
            "--catalog",
            str(tmp_path / "nope.json"),
            "--out",
            str(tmp_path / "o"),
        ],
    )
    assert result.exit_code == 2
    assert "nope.json" in result.output
    assert not (tmp_path / "o").exists()


def test_help_lists_the_options():
    result = CliRunner().invoke(cli, ["dataset", "build", "--help"])
    assert result.exit_code == 0
    for option in ("--catalog", "--docs", "--out", "--seed", "--json"):
        assert option in result.output


def test_docs_folder_without_tables_exits_2_and_writes_nothing(tmp_path):
    docs = tmp_path / "docs"
    (docs / "_ai_orchestration" / "rules").mkdir(parents=True)
    (docs / "_ai_orchestration" / "rules" / "r.md").write_text("# A rule\n\nRead the views.\n")
    out = tmp_path / "o"
    result = CliRunner().invoke(cli, ["dataset", "build", "--docs", str(docs), "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert "no tables" in result.output
    assert not out.exists()


def test_missing_docs_folder_exits_2(tmp_path):
    result = CliRunner().invoke(cli, ["dataset", "build", "--docs", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
