"""`vgpt catalog build` and `vgpt catalog show`, through click's CliRunner."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cli.main import cli

SUMMARY_KEYS = {"tables", "views", "columns", "join_paths", "domains", "warnings", "conflicts"}


@pytest.fixture
def runner(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # settings resolve .vgpt/ under the current directory
    for key in ("VGPT_ROOT", "VGPT_DOCS_DIR", "VGPT_STATE_DIR"):
        monkeypatch.delenv(key, raising=False)
    return CliRunner()


def test_build_json_prints_exactly_the_summary(runner, fixture_docs, tmp_path):
    out = tmp_path / "catalog.json"
    result = runner.invoke(
        cli, ["catalog", "build", "--docs", str(fixture_docs), "--out", str(out), "--json"]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert set(summary) == SUMMARY_KEYS
    assert (summary["tables"], summary["views"], summary["warnings"], summary["conflicts"]) == (
        6,
        6,
        0,
        0,
    )
    assert out.exists()


def test_build_prints_a_human_summary(runner, fixture_docs, tmp_path):
    result = runner.invoke(
        cli, ["catalog", "build", "--docs", str(fixture_docs), "--out", str(tmp_path / "c.json")]
    )
    assert result.exit_code == 0, result.output
    assert "join paths" in result.stdout and "conflicts" in result.stdout


def test_build_lists_warnings_on_stderr(runner, fixture_docs, tmp_path):
    (fixture_docs / "Viewpoint_Database/_Metadata/bad.json").write_text("{")
    result = runner.invoke(
        cli,
        [
            "catalog",
            "build",
            "--docs",
            str(fixture_docs),
            "--out",
            str(tmp_path / "c.json"),
            "--json",
        ],
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout)["warnings"] == 1


@pytest.mark.parametrize("make", ["missing", "empty"])
def test_build_without_usable_docs_is_a_usage_error(runner, tmp_path, make):
    docs = tmp_path / "docs"
    if make == "empty":
        docs.mkdir()
    result = runner.invoke(
        cli, ["catalog", "build", "--docs", str(docs), "--out", str(tmp_path / "c.json"), "--json"]
    )
    assert result.exit_code == 2
    # --json: the one error object on stdout, whatever the command
    error = json.loads(result.stdout)["error"]
    assert error["file"] == str(docs) and error["line"] is None and error["message"]
    assert str(docs) in result.stderr


def test_show_jccm_has_contract_status_meanings_and_key(runner, sample_catalog_path):
    result = runner.invoke(
        cli,
        ["catalog", "show", "JCCM", "--catalog", str(sample_catalog_path)],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "ContractStatus" in text
    assert (
        "0=Pending" in text
        and "1=Open" in text
        and "2=Soft Close" in text
        and "3=Hard (final) Close" in text
    )
    assert "Business key: JCCo, Contract" in text
    assert "Company column: JCCo" in text
    assert "JCCI" in text  # a join


def test_show_json_is_the_page_as_data(runner, sample_catalog_path):
    result = runner.invoke(
        cli, ["catalog", "show", "jccm", "--catalog", str(sample_catalog_path), "--json"]
    )
    assert result.exit_code == 0, result.output
    page = json.loads(result.stdout)
    assert page["name"] == "JCCM" and page["base_table"] == "bJCCM"
    assert page["business_key"] == ["JCCo", "Contract"] and page["company_column"] == "JCCo"
    status = next(c for c in page["columns"] if c["name"] == "ContractStatus")
    assert (
        status["domain"]["values"] == ["0", "1", "2", "3"]
        and status["domain"]["meanings"]["1"] == "Open"
    )
    assert any(
        j["right"] == "JCCI" and ["Contract", "Contract"] in j["pairs"] for j in page["joins"]
    )


def test_show_unknown_name_suggests_and_exits_2(runner, sample_catalog_path):
    result = runner.invoke(
        cli, ["catalog", "show", "bJCMast", "--catalog", str(sample_catalog_path)]
    )
    assert result.exit_code == 2
    assert "did you mean" in result.stderr and "JCJM" in result.stderr


def test_show_without_catalog_builds_from_docs_and_saves_it(runner, fixture_docs, tmp_path):
    result = runner.invoke(
        cli, ["catalog", "show", "APTH", "--json"], env={"VGPT_DOCS_DIR": str(fixture_docs)}
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["company_column"] == "APCo"
    assert (tmp_path / ".vgpt" / "catalog.json").exists()


def test_show_with_missing_catalog_file_exits_2(runner, tmp_path):
    result = runner.invoke(
        cli, ["catalog", "show", "JCCM", "--catalog", str(tmp_path / "none.json")]
    )
    assert result.exit_code == 2 and "vgpt catalog build" in result.stderr


def test_build_that_cannot_write_its_artifact_fails_with_exit_1(runner, fixture_docs, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = runner.invoke(
        cli,
        [
            "catalog",
            "build",
            "--docs",
            str(fixture_docs),
            "--out",
            str(blocker / "c.json"),
            "--json",
        ],
    )
    assert result.exit_code == 1
    assert "cannot write" in result.stderr
    assert json.loads(result.stdout)["error"]["message"].startswith("cannot write")
