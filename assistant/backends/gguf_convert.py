"""A tuned model as a GGUF file, so that the llama.cpp backend runs it: base + LoRA adapter, merged.

``write_gguf(adapter_dir, out_file)`` merges the adapter into its base (in float32, so the LoRA
update is not rounded away), then writes a GGUF with the ``gguf`` package, taking everything but
the weights (architecture, hyper-parameters, tokenizer, chat template) from the bundled SmolLM2
GGUF the base was prepared from. Weight names follow llama.cpp's (``gguf.TensorNameMap``), and
the query/key projections are permuted back to llama.cpp's rotary layout, as its own
``convert_hf_to_gguf.py`` does. Matrices are written in float16 (``outtype="f16"``) or float32,
norms in float32; ``quantize="Q4_1"`` (or ``Q8_0``) then quantizes the file with llama.cpp's own
quantizer, the precision of the bundled model.

No llama.cpp checkout and no download: llama-cpp-python and gguf, both installed, do it all.
"""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError
from .base import bundled_gguf

log = logging.getLogger(__name__)

OUTTYPES = ("f16", "f32")
QUANTIZE = {"": None, "none": None, "Q4_1": 3, "Q8_0": 7, "Q4_0": 2}  # llama_ftype values


def permute(weights: np.ndarray, n_head: int, n_head_kv: int | None) -> np.ndarray:
    """Hugging Face's q/k projection rows in llama.cpp's rotary order (convert_hf_to_gguf's ``permute``).

    >>> permute(np.arange(8).reshape(8, 1), 2, 2).ravel().tolist()
    [0, 2, 1, 3, 4, 6, 5, 7]
    """
    if n_head_kv is not None and n_head != n_head_kv:
        n_head = n_head_kv
    return (
        weights.reshape(n_head, 2, weights.shape[0] // n_head // 2, *weights.shape[1:])
        .swapaxes(1, 2)
        .reshape(weights.shape)
    )


def adapter_base(adapter_dir: Path, base: str | Path | None = None) -> Path:
    """The base model folder an adapter was trained on: given, else from its adapter_config.json."""
    import json

    config_path = Path(adapter_dir) / "adapter_config.json"
    if not config_path.exists():
        raise ConfigError(f"{adapter_dir} is not a LoRA adapter folder (no adapter_config.json)")
    if base is None:
        base = (
            json.loads(config_path.read_text(encoding="utf-8")).get("base_model_name_or_path") or ""
        )
    path = Path(base)
    if not (path / "config.json").exists():
        raise ConfigError(
            f"base model {str(base)!r} of {adapter_dir} is not a local model folder: pass --base DIR"
        )
    return path


def merged_state(
    adapter_dir: Path | None, base: Path | None = None
) -> tuple[dict[str, np.ndarray], Any]:
    """The merged model's weights (float32 numpy, Hugging Face names) and its config (the base alone
    when ``adapter_dir`` is None)."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    if adapter_dir is None and base is None:
        raise ConfigError("give an adapter or a base model folder")
    base_path = adapter_base(adapter_dir, base) if adapter_dir is not None else Path(base)
    model = AutoModelForCausalLM.from_pretrained(base_path, dtype=torch.float32)
    if adapter_dir is not None:
        model = PeftModel.from_pretrained(model, str(adapter_dir)).merge_and_unload()
    state = {k: v.detach().to(torch.float32).numpy() for k, v in model.state_dict().items()}
    return state, model.config


def write_gguf(
    adapter_dir: Path | None,
    out_file: Path,
    *,
    base: Path | None = None,
    template: Path | None = None,
    outtype: str = "f16",
    quantize: str = "",
    overwrite: bool = False,
) -> dict[str, Any]:
    """Write base+adapter merged as a GGUF; returns a summary (path, size, tensors, seconds)."""
    import gguf

    if outtype not in OUTTYPES:
        raise ConfigError(f"outtype {outtype!r}: use one of {', '.join(OUTTYPES)}")
    if quantize not in QUANTIZE:
        raise ConfigError(
            f"quantize {quantize!r}: use one of {', '.join(k for k in QUANTIZE if k)}"
        )
    out_file = Path(out_file)
    if out_file.exists() and not overwrite:
        raise ConfigError(f"{out_file} exists: pass --overwrite to replace it")
    started = time.perf_counter()
    template = Path(template) if template else bundled_gguf()
    reader = gguf.GGUFReader(str(template))
    arch_name = str(reader.get_field(gguf.Keys.General.ARCHITECTURE).contents())
    if arch_name != "llama":
        raise ConfigError(
            f"{template} is a {arch_name!r} model; only llama-architecture GGUFs are written"
        )
    state, config = merged_state(Path(adapter_dir) if adapter_dir is not None else None, base)
    n_head = config.num_attention_heads
    n_head_kv = getattr(config, "num_key_value_heads", None) or n_head
    names = gguf.get_tensor_name_map(gguf.MODEL_ARCH.LLAMA, config.num_hidden_layers)
    wanted = {t.name for t in reader.tensors}

    tensors: dict[str, np.ndarray] = {}
    for hf_name, data in state.items():
        name = names.get_name(hf_name, try_suffixes=(".weight", ".bias"))
        if name is None:
            raise ConfigError(f"no llama.cpp name for tensor {hf_name!r}")
        if name not in wanted:
            continue  # lm_head tied to the embeddings: the template has no output.weight
        if hf_name.endswith("q_proj.weight"):
            data = permute(data, n_head, n_head)
        elif hf_name.endswith("k_proj.weight"):
            data = permute(data, n_head, n_head_kv)
        tensors[name] = data.astype(
            np.float16 if outtype == "f16" and data.ndim == 2 else np.float32
        )
    missing = wanted - set(tensors)
    if missing:
        raise ConfigError(
            f"the merged model lacks {len(missing)} tensors of {template.name}: {sorted(missing)[:5]}"
        )

    out_file.parent.mkdir(parents=True, exist_ok=True)
    target = (
        out_file
        if not QUANTIZE[quantize]
        else Path(tempfile.mkstemp(suffix=".gguf", dir=out_file.parent)[1])
    )
    writer = gguf.GGUFWriter(str(target), arch=arch_name)
    for field in reader.fields.values():
        if field.name == gguf.Keys.General.ARCHITECTURE or field.name.startswith("GGUF."):
            continue
        value_type = field.types[0]
        value = field.contents()
        if field.name == gguf.Keys.General.FILE_TYPE:
            value = 1 if outtype == "f16" else 0  # MOSTLY_F16 / ALL_F32
        sub_type = field.types[-1] if value_type == gguf.GGUFValueType.ARRAY else None
        writer.add_key_value(field.name, value, value_type, sub_type=sub_type)
    if adapter_dir is not None:
        writer.add_string("general.source.adapter", str(adapter_dir))
    for tensor in reader.tensors:  # the template's order
        writer.add_tensor(tensor.name, tensors[tensor.name])
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    if QUANTIZE[quantize]:
        _quantize(target, out_file, QUANTIZE[quantize])
        target.unlink()
    size = out_file.stat().st_size
    seconds = time.perf_counter() - started
    log.info("wrote %s (%.0f MB) in %.1fs", out_file, size / 2**20, seconds)
    return {
        "adapter": str(adapter_dir),
        "out": str(out_file),
        "template": str(template),
        "outtype": outtype,
        "quantize": quantize or None,
        "tensors": len(tensors),
        "size_mb": round(size / 2**20, 1),
        "seconds": round(seconds, 1),
    }


def _quantize(source: Path, target: Path, ftype: int) -> None:
    """Quantize a GGUF with llama.cpp's own quantizer (llama-cpp-python's binding of llama_model_quantize)."""
    import llama_cpp
    from llama_cpp._utils import suppress_stdout_stderr

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = ftype
    with suppress_stdout_stderr(disable=False):  # llama.cpp logs a line per tensor on stderr
        status = llama_cpp.llama_model_quantize(str(source).encode(), str(target).encode(), params)
    if status != 0:
        raise ConfigError(f"llama.cpp could not quantize {source}")


# -- the GGUFs the llamacpp backend runs by default ---------------------------------

PREPARED_GGUF = "model.f16.gguf"  # in a prepared model folder: `vgpt models prepare` writes it
ADAPTER_GGUF = "vgpt-merged.f16.gguf"  # inside an adapter folder: written on first use, then reused
# float16, not quantized. Measured (benchmarks/bench_engines.py, CPU time on one thread): the bundled Q4_1
# prefills a 550-token plan prompt in 3.9 s, F16 in 2.2 s (Q8_0 2.0 s); F16 then decodes at 18 ms a token.
# And F16 gives the transformers backend's greedy plan (6 of 6 prompts with the tuned adapter; Q8_0 3 of 6).


def prepared_gguf(model_dir: Path, *, write: bool = True) -> Path | None:
    """The F16 GGUF of a prepared model folder (written from it when missing and ``write``); None if none."""
    path = Path(model_dir) / PREPARED_GGUF
    if path.is_file():
        return path
    if not write or not (Path(model_dir) / "config.json").is_file():
        return None
    staging = path.with_name(f".{path.name}.partial")
    write_gguf(None, staging, base=Path(model_dir), overwrite=True)
    staging.replace(path)  # complete or absent: never a half-written file that looks ready
    return path


def adapter_gguf(adapter_dir: Path) -> Path:
    """The F16 GGUF of base + adapter merged, written into the adapter folder on first use (about 30 s),
    and again whenever the adapter's weights are newer than it."""
    adapter_dir = Path(adapter_dir)
    path = adapter_dir / ADAPTER_GGUF
    weights = [p for p in adapter_dir.glob("adapter_model.*") if p.is_file()]
    if not weights:
        raise ConfigError(f"{adapter_dir} is not a LoRA adapter folder (no adapter_model weights)")
    if path.is_file() and path.stat().st_mtime >= max(p.stat().st_mtime for p in weights):
        return path
    log.info("writing %s (base + adapter merged) for the llamacpp backend", path)
    staging = path.with_name(f".{path.name}.partial")
    write_gguf(adapter_dir, staging, overwrite=True)
    staging.replace(path)
    return path
