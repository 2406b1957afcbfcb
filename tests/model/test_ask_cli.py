"""`vgpt ask`: validated SQL on the command line, one question or a file of them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.main import cli


def invoke(args: list[str], root: Path, monkeypatch) -> "object":
    monkeypatch.chdir(root)
    for name in ("VGPT_BACKEND", "VGPT_MODEL_PATH", "VGPT_ADAPTER_PATH", "VGPT_OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("VGPT_ROOT", str(root))
    return CliRunner().invoke(cli, ["ask", *args])


def test_question_is_required(tmp_path: Path, monkeypatch) -> None:
    result = invoke([], tmp_path, monkeypatch)
    assert result.exit_code == 2 and "QUESTION" in result.output


def test_question_and_questions_file_exclude_each_other(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "q.txt").write_text("open contracts\n")
    result = invoke(
        ["open contracts", "--questions", str(tmp_path / "q.txt")], tmp_path, monkeypatch
    )
    assert result.exit_code == 2


def test_empty_questions_file_is_a_usage_error(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "q.txt").write_text("\n# only a comment\n")
    result = invoke(["--questions", str(tmp_path / "q.txt")], tmp_path, monkeypatch)
    assert result.exit_code == 2 and "no questions" in result.output


def test_missing_index_says_to_run_ingest(tmp_path: Path, monkeypatch) -> None:
    result = invoke(["list open contracts"], tmp_path, monkeypatch)
    assert result.exit_code == 2
    assert "vgpt ingest" in result.output


def test_backend_none_cannot_draft(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "vgpt.toml").write_text('backend = "none"\n')
    result = invoke(["list open contracts"], tmp_path, monkeypatch)
    assert result.exit_code == 2 and "needs a model" in result.output


@pytest.mark.slow
def test_ask_json_prints_one_validated_object(ask_project: Path, monkeypatch) -> None:
    result = invoke(
        ["--json", "List open contracts for company 1 with billed to date"],
        ask_project,
        monkeypatch,
    )
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.stdout)
    assert {"sql", "verdict", "findings", "attempts", "tables"} <= set(data)
    assert "JCCM" in data["tables"]
    assert len(data["attempts"]) >= 1 and data["attempts"][-1]["verdict"] in ("pass", "fail")
    assert result.exit_code == (0 if data["verdict"] == "pass" else 1)
    # the printed verdict is the validator's verdict on exactly the printed SQL
    from assistant.catalog import Catalog
    from assistant.settings import load_settings
    from assistant.validate import validate

    if data["sql"]:
        catalog = Catalog.load(load_settings(ask_project, env={}).catalog_path)
        assert validate(data["sql"], catalog).verdict == data["verdict"]


@pytest.mark.slow
def test_questions_file_answers_each_line_and_loads_the_model_once(
    ask_project: Path, monkeypatch, tmp_path: Path
) -> None:
    import assistant.backends as backends

    loads = []
    real = backends.make_backend

    def counting(settings):
        loads.append(settings.backend)
        return real(settings)

    monkeypatch.setattr(backends, "make_backend", counting)
    questions = tmp_path / "questions.txt"
    questions.write_text(
        "List open contracts for company 1\n\n# skipped\nShow the items of contract 1000 in company 1\n"
    )
    result = invoke(["--questions", str(questions)], ask_project, monkeypatch)
    assert result.exit_code in (0, 1), result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["question"] for d in lines] == [
        "List open contracts for company 1",
        "Show the items of contract 1000 in company 1",
    ]
    assert all(d["verdict"] in ("pass", "fail") for d in lines)
    assert len(loads) == 1  # one model load for the whole file


@pytest.mark.slow
@pytest.mark.server
def test_ask_through_an_openai_compatible_server(
    ask_project: Path, llama_server: str, monkeypatch
) -> None:
    result = invoke(
        ["--json", "--base-url", llama_server, "List open contracts for company 1"],
        ask_project,
        monkeypatch,
    )
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.stdout)
    assert (
        data["attempts"] and data["attempts"][0]["raw"]
    )  # the server's reply, extracted and validated
    assert data["verdict"] in ("pass", "fail") and "JCCM" in data["tables"]


def test_an_unknown_mode_is_a_usage_error(tmp_path: Path, monkeypatch) -> None:
    result = invoke(["--mode", "prose", "list open contracts"], tmp_path, monkeypatch)
    assert result.exit_code == 2 and "--mode" in result.output


@pytest.mark.slow
def test_ask_in_plan_mode_prints_the_plan_and_the_sql_compiled_from_it(
    ask_project: Path, monkeypatch
) -> None:
    result = invoke(
        ["--json", "--mode", "plan", "Which contracts in company 1 are open?"],
        ask_project,
        monkeypatch,
    )
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.stdout)
    assert data["mode"] == "plan" and data["attempts"]
    assert data["attempts"][0]["raw"].startswith(
        "SELECT "
    )  # the grammar's first word: no prose, no fences
    if data["verdict"] == "pass":
        assert data["plan"].startswith("SELECT ") and "FROM" in data["sql"]


@pytest.mark.slow
def test_ask_in_sql_mode_is_the_free_sql_path(ask_project: Path, monkeypatch) -> None:
    result = invoke(
        ["--json", "--mode", "sql", "List open contracts for company 1"], ask_project, monkeypatch
    )
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.stdout)
    assert data["mode"] == "sql" and "plan" not in data
