"""A real Chainlit server running the VGPT app, for the hardening tests (socket origins, headers, login).

The app starts on an empty state folder (no catalog: it says so when a chat starts), with
its own app root in tmp, so these tests need no ingest and write nothing into the checkout.
The Chainlit config is the shipped ``.chainlit/config.toml`` with ``allow_origins`` set by the test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from ..helpers import ROOT, free_port, http_ok, stop_process, wait_for_server

PROXY_ORIGIN = "https://vgpt.example.com"


@dataclass
class App:
    url: str
    port: int
    root: Path
    log: Path


def start_app(root: Path, *, allow_origins: list[str], env: dict[str, str] | None = None):
    """``chainlit run assistant/app/main.py`` on a free loopback port; returns (App, process)."""
    (root / ".chainlit").mkdir(parents=True, exist_ok=True)
    config = (ROOT / ".chainlit" / "config.toml").read_text(encoding="utf-8")
    assert "allow_origins = []" in config
    config = config.replace("allow_origins = []", f"allow_origins = {json.dumps(allow_origins)}")
    (root / ".chainlit" / "config.toml").write_text(config, encoding="utf-8")
    port = free_port()
    full_env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LITERAL_API_KEY", "VGPT_AUTH_SECRET", "CHAINLIT_AUTH_SECRET", "VGPT_USERS")
    }
    full_env.update(
        PYTHONPATH=str(ROOT),
        VGPT_ROOT=str(root),
        CHAINLIT_APP_ROOT=str(root),
        VGPT_STATE_DIR=str(root / "state"),
        VGPT_DOCS_DIR=str(root / "docs"),
        VGPT_USERS_FILE=str(root / "users.txt"),
        **(env or {}),
    )
    log = root / "chainlit.log"
    argv = [
        sys.executable,
        "-m",
        "chainlit",
        "run",
        str(ROOT / "assistant" / "app" / "main.py"),
        "--headless",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    with open(log, "wb") as out:
        proc = subprocess.Popen(argv, cwd=root, env=full_env, stdout=out, stderr=subprocess.STDOUT)
    app = App(f"http://127.0.0.1:{port}", port, root, log)
    try:
        wait_for_server(proc, http_ok(app.url), what="chainlit", timeout=120, log=log)
    except BaseException:
        stop_process(proc)
        raise
    return app, proc


@pytest.fixture(scope="module")
def open_app(tmp_path_factory):
    """The app without login, with a reverse proxy's origin configured."""
    app, proc = start_app(tmp_path_factory.mktemp("open-app"), allow_origins=[PROXY_ORIGIN])
    try:
        yield app
    finally:
        stop_process(proc)


@pytest.fixture(scope="module")
def login_app(tmp_path_factory):
    """The app with login on: users alice and dave (password 'right horse battery'), Chainlit's JWT secret set."""
    from assistant.app.auth import hash_password

    users = ",".join(f"{name}:{hash_password('right horse battery')}" for name in ("alice", "dave"))
    env = {"VGPT_AUTH_SECRET": "s" * 64, "VGPT_USERS": users}
    app, proc = start_app(
        tmp_path_factory.mktemp("login-app"), allow_origins=[PROXY_ORIGIN], env=env
    )
    try:
        yield app
    finally:
        stop_process(proc)
