"""The OpenAI-compatible backend against a real local server: llama-cpp-python running the SmolLM2 GGUF."""

from __future__ import annotations

import pytest

from assistant.backends.openai_backend import OpenAIBackend, normalize_base_url, parse_sse_line
from assistant.errors import BackendError

from ..helpers import free_port

MESSAGES = [
    {"role": "system", "content": "You write T-SQL for Viewpoint Vista."},
    {
        "role": "user",
        "content": "Write a SQL query listing the contracts in table JCCM for company 1.",
    },
]


def test_bare_server_url_gets_the_api_root() -> None:
    assert normalize_base_url("http://127.0.0.1:8000") == "http://127.0.0.1:8000/v1"
    assert normalize_base_url("http://gpu:11434/v1/") == "http://gpu:11434/v1"
    with pytest.raises(BackendError):
        normalize_base_url("127.0.0.1:8000")


def test_sse_lines_yield_only_text_deltas() -> None:
    assert parse_sse_line('data: {"choices":[{"delta":{"role":"assistant"}}]}') is None
    assert parse_sse_line('data: {"choices":[{"delta":{"content":" FROM"}}]}') == " FROM"
    assert parse_sse_line(": keep-alive") is None
    assert parse_sse_line("data: [DONE]") is None
    with pytest.raises(BackendError, match="server error"):
        parse_sse_line('data: {"error": {"message": "model crashed"}}')


def test_reply_is_cut_after_its_first_code_block() -> None:
    from assistant.backends.base import cut_after_code_block

    assert (
        cut_after_code_block("Sure:\n```sql\nSELECT 1\n```\nIt returns 1.\n```sql\nSELECT 2\n```")
        == "Sure:\n```sql\nSELECT 1\n```"
    )
    assert cut_after_code_block("```sql\nSELECT 1") is None  # still open: keep generating


def test_unreachable_server_is_a_clear_backend_error() -> None:
    port = free_port()  # a port nobody listens on
    with pytest.raises(BackendError, match="cannot reach the model server"):
        OpenAIBackend(f"http://127.0.0.1:{port}/v1", model="smol").generate(MESSAGES)


@pytest.mark.server
@pytest.mark.slow
def test_server_answers_without_streaming(llama_server: str) -> None:
    backend = OpenAIBackend(llama_server, max_new_tokens=48)
    assert backend.model.endswith(".gguf")  # found through /v1/models when not configured
    text = backend.generate(MESSAGES)
    assert isinstance(text, str) and "SELECT" in text.upper()
    assert text.rstrip().endswith(
        "```"
    )  # the reply ends where its code block closes, as the local backend's does
    assert 0 < backend.last_stats["new_tokens"] <= 48


@pytest.mark.server
@pytest.mark.slow
def test_server_streams_the_same_answer(llama_server: str) -> None:
    backend = OpenAIBackend(llama_server, max_new_tokens=48)
    whole = backend.generate(MESSAGES)
    pieces = list(backend.generate(MESSAGES, stream=True))
    assert len(pieces) > 5  # token by token over server-sent events
    assert "".join(pieces) == whole  # temperature 0: the same text either way


@pytest.mark.server
@pytest.mark.slow
def test_server_http_error_is_reported_with_its_status(llama_server: str) -> None:
    backend = OpenAIBackend(llama_server, model="x", max_new_tokens=8)
    # a message role the server must refuse (llama.cpp answers 500 with the validation errors)
    with pytest.raises(BackendError, match=r"answered HTTP [45]\d\d: .*role"):
        backend.generate([{"role": "nobody", "content": "hi"}])
