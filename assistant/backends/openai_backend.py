"""An OpenAI-compatible chat-completions server over HTTP: vLLM, Ollama, LM Studio,
``llamafactory-cli api`` or llama-cpp-python's server.

This is how a team serves one tuned model to many users. Only ``/chat/completions``
(and ``/models`` to find a default model name) is used, with server-sent events
for streaming, so any server that speaks that dialect works.

A grammar goes to the server only where it is known to take one (``grammar=``, setting
``openai_grammar``): llama-cpp-python's server reads GBNF from ``grammar`` in the request body,
vLLM from ``structured_outputs: {"grammar": ...}``. Any other server decodes unconstrained
(``grammar_mode == "none"``), and the caller says so: its output still meets the gate.
"""

from __future__ import annotations

import json
import time
from typing import Iterator
from urllib.parse import urlsplit

import httpx

from ..errors import BackendError
from .base import Message, cut_after_code_block


def normalize_base_url(url: str) -> str:
    """The API root: a bare ``http://host:port`` gets ``/v1``, as all the servers above expect.

    >>> normalize_base_url("http://127.0.0.1:8000")
    'http://127.0.0.1:8000/v1'
    >>> normalize_base_url("http://gpu-box:11434/v1/")
    'http://gpu-box:11434/v1'
    """
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise BackendError(
            f"openai_base_url must be an http(s) URL such as http://127.0.0.1:8000/v1, not {url!r}"
        )
    return url if parts.path not in ("", "/") else url + "/v1"


def parse_sse_line(line: str) -> str | None:
    """The text delta carried by one SSE line; ``None`` for anything that carries no text.

    >>> parse_sse_line('data: {"choices":[{"delta":{"content":"SEL"}}]}')
    'SEL'
    >>> parse_sse_line("data: [DONE]") is None
    True
    """
    line = line.strip()
    if not line.startswith("data:"):
        return None  # comments (": ping"), "event:" lines, blank keep-alives
    data = line[len("data:") :].strip()
    if not data or data == "[DONE]":
        return None
    try:
        event = json.loads(data)
    except ValueError:
        return None
    if isinstance(event, dict) and event.get("error"):
        raise BackendError(f"server error while streaming: {event['error']}")
    choices = event.get("choices") or [] if isinstance(event, dict) else []
    if not choices:
        return None
    delta = choices[0].get("delta") or {}
    return delta.get("content") or None


GRAMMAR_FIELDS = ("none", "llamacpp", "vllm")


def grammar_payload(kind: str, grammar: str) -> dict:
    """The request fields that carry a GBNF grammar to a server of ``kind``.

    >>> grammar_payload("llamacpp", 'root ::= "x"')
    {'grammar': 'root ::= "x"'}
    >>> grammar_payload("vllm", 'root ::= "x"')
    {'structured_outputs': {'grammar': 'root ::= "x"'}}
    """
    if kind == "llamacpp":
        return {"grammar": grammar}
    if kind == "vllm":
        return {"structured_outputs": {"grammar": grammar}}
    return {}


class OpenAIBackend:
    def __init__(
        self,
        base_url: str,
        *,
        model: str = "",
        api_key: str = "",
        max_new_tokens: int = 384,
        temperature: float = 0.0,
        timeout: float = 300.0,
        client: httpx.Client | None = None,
        stop_after_code_block: bool = True,
        grammar: str = "none",
    ) -> None:
        if grammar not in GRAMMAR_FIELDS:
            raise BackendError(
                f"openai_grammar must be one of {', '.join(GRAMMAR_FIELDS)}, not {grammar!r}"
            )
        self.grammar_mode = grammar
        self.base_url = normalize_base_url(base_url)
        self.stop_after_code_block = stop_after_code_block
        self.max_new_tokens = max_new_tokens
        self.temperature = temperature
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        # Long read timeout: a CPU server can think for minutes; connecting should be quick.
        self.client = client or httpx.Client(
            base_url=self.base_url, headers=headers, timeout=httpx.Timeout(timeout, connect=10.0)
        )
        self.model = model or self._first_model()
        self.name = f"openai:{self.model}@{self.base_url}"
        self.last_stats: dict = {}

    def _first_model(self) -> str:
        """The server's first model, for servers that serve one and users who didn't name it."""
        try:
            response = self.client.get("/models")
            response.raise_for_status()
            models = response.json().get("data") or []
            if models and models[0].get("id"):
                return str(models[0]["id"])
        except httpx.HTTPError as exc:
            raise self._error(exc) from exc
        except ValueError:
            pass
        raise BackendError(
            f"{self.base_url}/models lists no model: set openai_model (VGPT_OPENAI_MODEL)"
        )

    def _payload(
        self,
        messages: list[Message],
        stream: bool,
        max_new_tokens: int | None,
        grammar: str | None = None,
    ) -> dict:
        if not messages:
            raise BackendError("no messages to answer")
        return {
            "model": self.model,
            "messages": [{"role": m["role"], "content": m["content"]} for m in messages],
            "max_tokens": max_new_tokens or self.max_new_tokens,
            "temperature": self.temperature,
            "stream": stream,
            **(grammar_payload(self.grammar_mode, grammar) if grammar else {}),
        }

    def generate(
        self,
        messages: list[Message],
        *,
        stream: bool = False,
        max_new_tokens: int | None = None,
        grammar: str | None = None,
    ) -> str | Iterator[str]:
        payload = self._payload(messages, stream, max_new_tokens, grammar)
        if stream:
            return self._stream(payload)
        started = time.perf_counter()
        try:
            response = self.client.post("/chat/completions", json=payload)
            self._check(response)
            body = response.json()
        except httpx.HTTPError as exc:
            raise self._error(exc) from exc
        except ValueError as exc:
            raise BackendError(
                f"{self.base_url}/chat/completions answered with something that is not JSON"
            ) from exc
        try:
            text = body["choices"][0]["message"]["content"] or ""
        except (KeyError, IndexError, TypeError):
            raise BackendError(
                f"{self.base_url}/chat/completions answered without choices[0].message: {str(body)[:200]}"
            ) from None
        tokens = (body.get("usage") or {}).get("completion_tokens")
        self._record(tokens, started)
        if self.stop_after_code_block:  # the same text the streaming path stops at
            text = cut_after_code_block(text) or text
        return text

    def _stream(self, payload: dict) -> Iterator[str]:
        started = time.perf_counter()
        pieces = 0
        try:
            with self.client.stream("POST", "/chat/completions", json=payload) as response:
                if response.status_code >= 400:
                    response.read()
                    self._check(response)
                so_far = ""
                for line in response.iter_lines():
                    piece = parse_sse_line(line)
                    if not piece:
                        continue
                    pieces += 1
                    so_far += piece
                    cut = (
                        cut_after_code_block(so_far)
                        if self.stop_after_code_block and "`" in piece
                        else None
                    )
                    if cut is not None:
                        # closing the response makes the server stop generating
                        rest = piece[: len(piece) - (len(so_far) - len(cut))]
                        if rest:
                            yield rest
                        break
                    yield piece
        except httpx.HTTPError as exc:
            raise self._error(exc) from exc
        self._record(pieces, started)  # servers send about one token per event

    def _check(self, response: httpx.Response) -> None:
        if response.status_code >= 400:
            raise BackendError(
                f"{self.base_url} answered HTTP {response.status_code}: {response.text[:300].strip()}"
            )

    def _error(self, exc: httpx.HTTPError) -> BackendError:
        if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)):
            return BackendError(
                f"cannot reach the model server at {self.base_url}: is it running? ({exc})"
            )
        if isinstance(exc, httpx.TimeoutException):
            return BackendError(f"the model server at {self.base_url} timed out ({exc})")
        return BackendError(f"talking to {self.base_url} failed: {type(exc).__name__}: {exc}")

    def _record(self, tokens: int | None, started: float) -> None:
        seconds = time.perf_counter() - started
        self.last_stats = {
            "new_tokens": tokens,
            "seconds": round(seconds, 3),
            "tokens_per_s": round(tokens / seconds, 2) if tokens and seconds > 0 else None,
        }

    def close(self) -> None:
        self.client.close()
