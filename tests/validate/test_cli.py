"""``vgpt validate``: exit codes, the --json contract, stdin, and human output."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cli.main import cli


@pytest.fixture()
def catalog_file(tmp_path, tiny):
    return str(tiny.save(tmp_path / "catalog.json"))


@pytest.fixture()
def queries(tmp_path):
    good = tmp_path / "good.sql"
    good.write_text("SELECT Contract FROM JCCM WHERE JCCo = 1\n")
    bad = tmp_path / "bad.sql"
    bad.write_text("SELECT h.Status\nFROM APTH h\nWHERE h.APCo = 1\n")
    return str(good), str(bad)


def test_pass_exits_0(catalog_file, queries):
    result = CliRunner().invoke(cli, ["validate", "--catalog", catalog_file, queries[0]])
    assert result.exit_code == 0, result.output
    assert "PASS" in result.output


def test_fail_exits_1_with_caret_and_suggestion(catalog_file, queries):
    result = CliRunner().invoke(cli, ["validate", "--catalog", catalog_file, queries[1]])
    assert result.exit_code == 1, result.output
    assert "VG102" in result.output and "^~~~~~" in result.output and "OpenYN" in result.output


def test_json_is_one_object_per_input_with_exact_keys(catalog_file, queries):
    result = CliRunner().invoke(cli, ["validate", "--json", "--catalog", catalog_file, *queries])
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first == {"verdict": "pass", "findings": [], "corrected_sql": None}
    assert set(second) == {"verdict", "findings", "corrected_sql"} and second["verdict"] == "fail"
    finding = second["findings"][0]
    assert set(finding) == {"code", "rule", "severity", "message", "line", "col", "suggestion"}
    assert (finding["rule"], finding["line"], finding["col"], finding["suggestion"]) == (
        "unknown-column",
        1,
        10,
        "OpenYN",
    )


def test_stdin_dash(catalog_file):
    result = CliRunner().invoke(
        cli,
        ["validate", "--json", "--catalog", catalog_file, "-"],
        input="SELECT Contract FROM JCCM WHERE JCCo = 1; DELETE FROM JCCM",
    )
    assert result.exit_code == 1
    assert json.loads(result.stdout)["findings"][0]["rule"] == "write-statement"


def test_strict_fails_on_warnings(catalog_file, tmp_path):
    q = tmp_path / "warn.sql"
    q.write_text("SELECT Contract FROM bJCCM WHERE JCCo = 1")
    assert CliRunner().invoke(cli, ["validate", "--catalog", catalog_file, str(q)]).exit_code == 0
    assert (
        CliRunner()
        .invoke(cli, ["validate", "--strict", "--catalog", catalog_file, str(q)])
        .exit_code
        == 1
    )


def test_usage_errors_exit_2(catalog_file, tmp_path):
    runner = CliRunner()
    no_files = runner.invoke(cli, ["validate", "--catalog", catalog_file])
    assert no_files.exit_code == 2 and "give files or - for stdin" in no_files.output
    assert (
        runner.invoke(
            cli, ["validate", "--catalog", catalog_file, str(tmp_path / "missing.sql")]
        ).exit_code
        == 2
    )
    assert (
        runner.invoke(
            cli, ["validate", "--catalog", str(tmp_path / "none.json"), "-"], input="SELECT 1"
        ).exit_code
        == 2
    )
    both = runner.invoke(
        cli, ["validate", "--catalog", catalog_file, "--docs", str(tmp_path), "-"], input="SELECT 1"
    )
    assert both.exit_code == 2
