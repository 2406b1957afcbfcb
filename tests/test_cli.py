"""``vgpt`` as a whole: one error shape, "did you mean", the help, and loud import failures.

Every test goes through the root group, ``cli.main.cli``, with what a user types.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from cli.main import cli

ROOT = Path(__file__).resolve().parent.parent

# A cheap usage or input error for every command that has --json ("{tmp}": a fresh folder).
JSON_ERRORS = {
    "ask": ["ask", "--json"],  # neither a QUESTION nor --questions
    "catalog build": ["catalog", "build", "--json", "--docs", "{tmp}/nope"],
    "catalog show": ["catalog", "show", "JCCM", "--json", "--catalog", "{tmp}/none.json"],
    "dataset build": ["dataset", "build", "--json", "--catalog", "{tmp}/none.json"],
    "eval": ["eval", "--json", "--no-base"],  # nothing left to evaluate
    "export": ["export", "--json"],  # --adapter missing
    "ingest": ["ingest", "--json", "--docs", "{tmp}/nope"],
    "models list": ["models", "list", "--json", "--no-such-option"],
    "models prepare": ["models", "prepare", "--json", "--dtype", "int3"],
    "search": ["search", "--json"],
    "shadow build": ["shadow", "build", "--json", "--catalog", "{tmp}/c.json", "--docs", "{tmp}"],
    "train": ["train", "--json", "--set", "lora_rnak=4"],
    "validate": ["validate", "--json", "{tmp}/missing.sql"],
}


def commands(group: click.Group, prefix: str = ""):
    """Every leaf command under ``group`` as ("parent child", command)."""
    for name, command in group.commands.items():
        path = f"{prefix} {name}".strip()
        if isinstance(command, click.Group):
            yield from commands(command, path)
        else:
            yield path, command


@pytest.fixture
def project(tmp_path, monkeypatch):
    """An empty project folder: settings resolve .vgpt/ and the docs under it."""
    monkeypatch.chdir(tmp_path)
    for key in ("VGPT_DOCS_DIR", "VGPT_STATE_DIR", "VGPT_BACKEND", "VGPT_CHROMA_URL"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("VGPT_ROOT", str(tmp_path))
    return tmp_path


def test_every_json_command_is_covered_below():
    with_json = {
        path for path, command in commands(cli) if any(p.name == "as_json" for p in command.params)
    }
    assert with_json == set(JSON_ERRORS)


@pytest.mark.parametrize("name", sorted(JSON_ERRORS))
def test_every_json_command_reports_an_error_as_one_object_and_exits_2(name, project):
    args = [a.replace("{tmp}", str(project)) for a in JSON_ERRORS[name]]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout
    error = json.loads(lines[0])
    assert list(error) == ["error"]
    assert set(error["error"]) == {"message", "file", "line"}
    assert error["error"]["message"]
    assert error["error"]["message"] in result.stderr  # the human line too, on stderr


def test_an_input_error_in_a_file_names_the_file(project):
    missing = project / "missing.sql"
    result = CliRunner().invoke(cli, ["validate", "--json", str(missing)])
    assert result.exit_code == 2
    assert json.loads(result.stdout) == {
        "error": {"message": "no such file", "file": str(missing), "line": None}
    }


def test_a_mistyped_command_suggests_the_right_one():
    result = CliRunner().invoke(cli, ["valdate"])
    assert result.exit_code == 2
    assert "Did you mean 'validate'?" in result.output


def test_help_lists_every_command_and_the_exit_codes():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0, result.output
    for name in cli.commands:
        assert f"  {name} " in result.output
    assert "Exit codes" in result.output
    assert "2 a usage or input error" in " ".join(result.output.split())


@pytest.mark.parametrize("json_mode", [False, True])
def test_validate_without_files_says_how_to_give_them(json_mode, project):
    result = CliRunner().invoke(cli, ["validate", *(["--json"] if json_mode else [])])
    assert result.exit_code == 2
    assert "give files or - for stdin" in result.stderr
    if json_mode:
        assert json.loads(result.stdout)["error"]["message"] == "give files or - for stdin"


def test_a_command_that_fails_to_import_fails_help_loudly():
    # None in sys.modules makes `import cli.shadow` raise, as a broken module would
    code = (
        "import sys; sys.modules['cli.shadow'] = None; sys.argv = ['vgpt', '--help']; "
        "from cli.main import main; main()"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0
    assert "cli.shadow" in done.stderr and "Traceback" in done.stderr
    assert "Usage:" not in done.stdout  # no help that silently lacks a command
