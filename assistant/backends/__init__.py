"""Model backends behind one ``Backend`` protocol, chosen by settings."""

from __future__ import annotations

from pathlib import Path

from ..errors import BackendError, ConfigError
from ..settings import Settings
from .base import DEFAULT_MODEL_DIRNAME, Backend, Message, bundled_gguf, grammar_mode

BACKENDS = ("auto", "transformers", "llamacpp", "openai", "none")

__all__ = [
    "BACKENDS",
    "Backend",
    "BackendError",
    "Message",
    "default_gguf_path",
    "default_model_path",
    "grammar_mode",
    "make_backend",
    "resolved_backend",
]


def default_model_path(settings: Settings) -> Path:
    """The base model folder: ``model_path`` when set, else the prepared default under ``models_dir``."""
    return (
        settings.resolve(settings.model_path)
        if settings.model_path
        else settings.models_dir / DEFAULT_MODEL_DIRNAME
    )


def default_gguf_path(settings: Settings) -> Path:
    """The GGUF the llamacpp backend runs: ``gguf_path`` when set; else the adapter's (base + adapter merged,
    written beside it on first use); else the prepared model's F16 GGUF (``vgpt models prepare``); else the
    bundled Q4_1 GGUF as it ships."""
    if settings.gguf_path:
        return settings.resolve(settings.gguf_path)
    from .gguf_convert import adapter_gguf, prepared_gguf

    if settings.adapter_path:
        return adapter_gguf(settings.resolve(settings.adapter_path))
    if settings.model_path:
        raise ConfigError(
            "backend 'llamacpp' runs a GGUF file: set gguf_path for the model at model_path "
            "(or use backend 'transformers' for a model folder)"
        )
    return prepared_gguf(default_model_path(settings), write=False) or bundled_gguf()


def resolved_backend(settings: Settings) -> str:
    """The backend ``settings.backend`` means: "auto" is transformers on a CUDA machine (4-bit NF4 on the GPU),
    llama.cpp on a CPU when llama-cpp-python is installed (measured 2-3x faster there), transformers otherwise."""
    kind = settings.backend.strip().lower()
    if kind != "auto":
        return kind
    if settings.model_path and not settings.gguf_path:
        return "transformers"  # a model folder is a transformers model
    import importlib.util

    if importlib.util.find_spec("llama_cpp") is None:
        return "transformers"
    try:
        import torch

        if torch.cuda.is_available():
            return "transformers"
    except ImportError:
        pass
    return "llamacpp"


def make_backend(settings: Settings) -> Backend | None:
    """The configured backend, loaded and ready; ``None`` when ``backend = "none"`` (static checks only)."""
    kind = resolved_backend(settings)
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
        from .llamacpp_backend import LlamaCppBackend

        return LlamaCppBackend(
            default_gguf_path(settings),
            threads=settings.threads,
            max_new_tokens=settings.max_new_tokens,
            temperature=settings.temperature,
        )
    if kind == "openai":
        if not settings.openai_base_url:
            raise ConfigError(
                "backend 'openai' needs openai_base_url (VGPT_OPENAI_BASE_URL), e.g. http://127.0.0.1:8000/v1"
            )
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
