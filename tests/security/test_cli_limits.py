"""`vgpt validate` refuses empty and oversized input with exit 2, naming the file (issue 11, items 4 and 7).

A 5 MB query once took 39 s and 1 GB of memory to validate, then passed; empty input passed too.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cli.main import cli

QUERY = "SELECT Contract FROM JCCM WHERE JCCo = 1\n"


@pytest.fixture
def run(tmp_path, monkeypatch, sample_catalog_path):
    monkeypatch.chdir(tmp_path)
    for name in ("VGPT_MAX_QUERY_BYTES", "VGPT_STATE_DIR"):
        monkeypatch.delenv(name, raising=False)

    def invoke(*args: str, stdin: str | None = None):
        return CliRunner().invoke(
            cli, ["validate", "--catalog", str(sample_catalog_path), *args], input=stdin
        )

    return invoke


def test_a_file_over_the_size_limit_is_an_input_error_naming_it(run, tmp_path):
    (tmp_path / "huge.sql").write_text(QUERY + "-- padding\n" * 30_000)  # ~330 KB
    done = run("huge.sql")
    assert done.exit_code == 2, done.output
    assert "huge.sql" in done.output and "over the limit of 262,144 bytes" in done.output
    assert "max_query_bytes" in done.output


def test_the_json_error_names_the_file(run, tmp_path):
    (tmp_path / "huge.sql").write_text(QUERY + "-- padding\n" * 30_000)
    done = run("--json", "huge.sql")
    assert done.exit_code == 2
    error = json.loads(done.stdout)["error"]
    assert error["file"] == "huge.sql" and "over the limit" in error["message"]


def test_the_limit_is_a_setting(run, tmp_path, monkeypatch):
    (tmp_path / "q.sql").write_text(QUERY)
    assert run("q.sql").exit_code == 0
    monkeypatch.setenv("VGPT_MAX_QUERY_BYTES", "20")
    done = run("q.sql")
    assert done.exit_code == 2 and "over the limit of 20 bytes" in done.output


def test_nothing_is_validated_when_one_input_is_over_the_limit(run, tmp_path):
    (tmp_path / "q.sql").write_text(QUERY)
    (tmp_path / "huge.sql").write_text(QUERY + "-- padding\n" * 30_000)
    done = run("--json", "q.sql", "huge.sql")
    assert done.exit_code == 2 and list(json.loads(done.stdout)) == ["error"]


@pytest.mark.parametrize("text", ["", "   \n\t\n"], ids=["empty", "blank"])
def test_an_empty_file_is_a_usage_error_not_a_pass(run, tmp_path, text):
    (tmp_path / "empty.sql").write_text(text)
    done = run("empty.sql")
    assert done.exit_code == 2 and "empty.sql" in done.output and "empty" in done.output


def test_empty_stdin_is_a_usage_error_not_a_pass(run):
    done = run("-", stdin="")
    assert done.exit_code == 2 and "empty" in done.output
