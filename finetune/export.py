"""Merge a LoRA adapter into its base model and save plain fp16 weights.

vLLM, Ollama (via llama.cpp's convert_hf_to_gguf.py) and llama.cpp want one ordinary
Hugging Face model folder, not base + adapter. The merge always loads the base in full
precision, even when the adapter was trained on a 4-bit base (QLoRA): merging into
quantised weights would round the LoRA update away.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

from assistant.backends.gguf_convert import adapter_base
from assistant.errors import ConfigError

log = logging.getLogger(__name__)

DTYPES = {
    "float16": "float16",
    "fp16": "float16",
    "bfloat16": "bfloat16",
    "bf16": "bfloat16",
    "float32": "float32",
    "fp32": "float32",
}


def merge(
    adapter_dir: Path,
    out_dir: Path,
    *,
    base: str | Path | None = None,
    dtype: str = "float16",
    overwrite: bool = False,
) -> dict[str, Any]:
    """Write base+adapter merged into ``out_dir`` (safetensors + tokenizer); returns a summary."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if dtype not in DTYPES:
        raise ConfigError(
            f"--dtype {dtype!r}: use one of {', '.join(sorted(set(DTYPES.values())))}"
        )
    if out_dir.exists() and any(out_dir.iterdir()):
        if not overwrite:
            raise ConfigError(f"{out_dir} is not empty: pass --overwrite to replace it")
        shutil.rmtree(out_dir)
    base_path = adapter_base(adapter_dir, base)
    torch_dtype = getattr(torch, DTYPES[dtype])
    model = AutoModelForCausalLM.from_pretrained(base_path, dtype=torch_dtype)
    model = PeftModel.from_pretrained(model, str(adapter_dir))
    merged = model.merge_and_unload()
    merged = merged.to(torch_dtype)
    out_dir.mkdir(parents=True, exist_ok=True)
    merged.save_pretrained(out_dir, safe_serialization=True)
    # the adapter folder holds the tokenizer and chat template it was trained with
    tokenizer_dir = adapter_dir if (adapter_dir / "tokenizer_config.json").exists() else base_path
    AutoTokenizer.from_pretrained(tokenizer_dir).save_pretrained(out_dir)
    for name in ("training_card.json", "training_card.md", "train_config.yaml"):
        if (adapter_dir / name).exists():
            shutil.copy2(adapter_dir / name, out_dir / name)
    size = sum(p.stat().st_size for p in out_dir.glob("*.safetensors"))
    log.info(
        "merged %s into %s: %.0f MB of %s weights",
        adapter_dir,
        out_dir,
        size / 2**20,
        DTYPES[dtype],
    )
    return {
        "adapter": str(adapter_dir),
        "base": str(base_path),
        "out": str(out_dir),
        "dtype": DTYPES[dtype],
        "weights_mb": round(size / 2**20, 1),
    }
