"""`vgpt chat`: what it prepares before starting, and how it starts Chainlit."""

from click.testing import CliRunner

from assistant.app.auth import load_users, verify_password
from assistant.settings import load_settings
from cli import chat as command
from cli.main import cli


def test_first_start_needs_ingest_and_model_then_not(tmp_path):
    settings = load_settings(root=tmp_path, env={})
    assert command.needs_ingest(settings) and command.needs_model(settings)
    settings.catalog_path.parent.mkdir(parents=True)
    settings.catalog_path.write_text("{}")
    (settings.index_dir / "x").mkdir(parents=True)
    model = settings.models_dir / "smollm2-135m-instruct"
    model.mkdir(parents=True)
    (model / "config.json").write_text("{}")
    (model / "model.f16.gguf").write_bytes(
        b""
    )  # what llama.cpp runs (written by the same preparation)
    assert not command.needs_ingest(settings) and not command.needs_model(settings)


def test_with_llama_cpp_the_prepared_model_includes_its_gguf(tmp_path):
    import importlib.util

    settings = load_settings(root=tmp_path, env={})
    model = settings.models_dir / "smollm2-135m-instruct"
    model.mkdir(parents=True)
    (model / "config.json").write_text("{}")
    assert command.needs_model(settings) == (importlib.util.find_spec("llama_cpp") is not None)


def test_a_server_backend_needs_no_local_model(tmp_path):
    assert not command.needs_model(load_settings(root=tmp_path, env={}, backend="openai"))


def test_chainlit_runs_headless_on_the_loopback_by_default():
    argv = command.chainlit_argv("127.0.0.1", 8123, headless=True)
    assert argv[1:4] == ["-m", "chainlit", "run"] and argv[4].endswith("assistant/app/main.py")
    assert argv[5:] == ["--host", "127.0.0.1", "--port", "8123", "--headless"]


def test_no_literal_ai_key_reaches_the_server(tmp_path, monkeypatch):
    monkeypatch.setenv("LITERAL_API_KEY", "sk-should-not-pass")
    env = command._env(load_settings(root=tmp_path, env={}))
    assert "LITERAL_API_KEY" not in env and env["CHAINLIT_APP_ROOT"] == str(tmp_path)


def test_add_user_writes_a_hashed_login(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("VGPT_ROOT", str(tmp_path))
    monkeypatch.setattr(command.getpass, "getpass", lambda prompt="": "pa55word")
    result = CliRunner().invoke(cli, ["chat", "--add-user", "alice"])
    assert result.exit_code == 0, result.output
    users = load_users(tmp_path / ".vgpt", env={})
    assert verify_password("pa55word", users["alice"])
    assert "pa55word" not in (tmp_path / ".vgpt" / "users.txt").read_text()
