"""Model backends behind one ``Backend`` protocol, chosen by settings."""

from __future__ import annotations

from pathlib import Path

from ..errors import BackendError, ConfigError
from ..settings import Settings
from .base import DEFAULT_MODEL_DIRNAME, Backend, Message, bundled_gguf, grammar_mode

BACKENDS = ("transformers", "llamacpp", "openai", "none")

__all__ = ["BACKENDS", "Backend", "BackendError", "Message", "default_gguf_path", "default_model_path", "grammar_mode",
           "make_backend"]


def default_model_path(settings: Settings) -> Path:
    """The base model folder: ``model_path`` when set, else the prepared default under ``models_dir``."""
    return settings.resolve(settings.model_path) if settings.model_path else settings.models_dir / DEFAULT_MODEL_DIRNAME


def default_gguf_path(settings: Settings) -> Path:
    """The GGUF the llamacpp backend runs: ``gguf_path`` when set, else the bundled SmolLM2."""
    return settings.resolve(settings.gguf_path) if settings.gguf_path else bundled_gguf()


def make_backend(settings: Settings) -> Backend | None:
    """The configured backend, loaded and ready; ``None`` when ``backend = "none"`` (static checks only)."""
    kind = settings.backend.strip().lower()
    if kind == "none":
        return None
    if kind == "transformers":
        from .transformers_backend import TransformersBackend, adapter_base

        adapter = settings.resolve(settings.adapter_path) if settings.adapter_path else None
        base = default_model_path(settings)
        if adapter is not None and not settings.model_path:
            # an adapter records the base it was trained on; a local one wins over the default
            recorded = adapter_base(adapter)
            if recorded and (Path(recorded) / "config.json").is_file():
                base = Path(recorded)
        return TransformersBackend(
            base,
            adapter_path=adapter,
            threads=settings.threads,
            max_new_tokens=settings.max_new_tokens,
            temperature=settings.temperature,
            quantize=settings.quantize,
        )
    if kind == "llamacpp":
        if settings.adapter_path and not settings.gguf_path:
            raise ConfigError("backend 'llamacpp' runs a GGUF: write the adapter's with "
                              "`vgpt export --adapter DIR --gguf FILE` and set gguf_path to it")
        from .llamacpp_backend import LlamaCppBackend

        return LlamaCppBackend(
            default_gguf_path(settings),
            threads=settings.threads,
            max_new_tokens=settings.max_new_tokens,
            temperature=settings.temperature,
        )
    if kind == "openai":
        if not settings.openai_base_url:
            raise ConfigError("backend 'openai' needs openai_base_url (VGPT_OPENAI_BASE_URL), e.g. http://127.0.0.1:8000/v1")
        from .openai_backend import OpenAIBackend

        return OpenAIBackend(
            settings.openai_base_url,
            model=settings.openai_model,
            api_key=settings.openai_api_key,
            max_new_tokens=settings.max_new_tokens,
            temperature=settings.temperature,
            grammar=settings.openai_grammar,
        )
    raise ConfigError(f"unknown backend {settings.backend!r} (choose {', '.join(BACKENDS)})")
