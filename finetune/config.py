"""Training configuration as data: a flat YAML file → one frozen, validated ``TrainConfig``.

Modelled on LLaMA-Factory's hparams (fields with defaults and ``help`` metadata, unknown
keys refused, bad combinations rejected in ``__post_init__``), so a misspelt key in a
config is an error instead of a silently ignored default. ``--set key=value`` overrides
are coerced to the field's type, and the resolved config is saved beside the adapter so
that every adapter says exactly how it was trained.
"""

from __future__ import annotations

import difflib
import types
import typing
from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Iterable

import yaml

from assistant.errors import ConfigError

CONFIG_DIR = Path(__file__).resolve().parent / "configs"


def _f(default: Any, help: str, choices: tuple | None = None, group: str = "train") -> Any:
    meta = {"help": help, "group": group}
    if choices:
        meta["choices"] = choices
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class TrainConfig:
    # ### model
    model_name_or_path: str = _f(
        "",
        "Local folder of the base model (never a hub id: we run offline). "
        "'{models_dir}' expands to settings.models_dir; relative paths resolve against the project root.",
        group="model",
    )
    template: str = _f(
        "llama3",
        "LLaMA-Factory chat template name, used only by --emit-llamafactory "
        "(our trainer always uses the model's own chat template).",
        group="model",
    )
    # ### method
    finetuning_type: str = _f(
        "lora",
        "Only LoRA adapters are trained (full fine-tuning is out of scope).",
        ("lora",),
        group="method",
    )
    lora_rank: int = _f(16, "LoRA rank r.", group="method")
    lora_alpha: int = _f(32, "LoRA scaling alpha (effective scale alpha/r).", group="method")
    lora_dropout: float = _f(0.05, "Dropout on the LoRA branch.", group="method")
    lora_target: str = _f(
        "all",
        "'all' = every linear layer except lm_head (QLoRA paper), "
        "or a comma-separated list of module names (q_proj,v_proj).",
        group="method",
    )
    quantization_bit: int | None = _f(
        None,
        "Load the base model in 4 (or 8) bits with bitsandbytes (QLoRA); null = full precision.",
        (None, 4, 8),
        group="method",
    )
    quantization_type: str = _f("nf4", "4-bit data type.", ("nf4", "fp4"), group="method")
    double_quantization: bool = _f(
        True, "Quantise the quantisation constants too (saves ~0.4 bit/param).", group="method"
    )
    compute_dtype: str = _f(
        "float32",
        "dtype the model computes in (bf16 on Ampere+ GPUs, float32 on CPU).",
        ("float32", "bfloat16", "float16"),
        group="method",
    )
    # ### dataset
    dataset_dir: str = _f(
        ".vgpt/dataset",
        "Folder holding the Alpaca JSON files and dataset_info.json "
        "(written by `vgpt dataset build`).",
        group="dataset",
    )
    dataset: str = _f(
        "vgpt_train", "Name of the training split in dataset_info.json.", group="dataset"
    )
    eval_dataset: str = _f(
        "vgpt_eval",
        "Name of the evaluation split in dataset_info.json ('' = no eval).",
        group="dataset",
    )
    tasks: str = _f(
        "",
        "Comma-separated record tasks to keep (generation,validation,schema_qa); '' = all records.",
        group="dataset",
    )
    max_samples: int | None = _f(
        None, "Use at most this many training records (a deterministic sample).", group="dataset"
    )
    max_record_chars: int | None = _f(
        None,
        "Skip records longer than this many characters (instruction + input "
        "+ output): a CPU budget knob, since step time grows with length.",
        group="dataset",
    )
    eval_max_samples: int | None = _f(
        64, "Evaluate on at most this many eval records.", group="dataset"
    )
    cutoff_len: int = _f(
        1024,
        "Maximum tokens per example (prompt + completion); longer ones are truncated.",
        group="dataset",
    )
    default_system: str = _f(
        "", "System prompt for records that have none ('' = none).", group="dataset"
    )
    prompt_format: str = _f(
        "draft",
        "How a generation record becomes a chat: 'draft' = exactly the prompt "
        "`vgpt ask` sends (assistant.drafting.prompts: system rules, 'Schema context', 'Question', "
        "a ```sql answer), so the adapter learns the format it is served in; 'plan' = the plan-mode "
        "chat (assistant.drafting.plan_prompt: views, columns, codes, 'Question'; the plan as the "
        "answer), for the vgpt_plan_* datasets; 'alpaca' = instruction+input as the user turn, output "
        "as the answer (LLaMA-Factory's view).",
        ("draft", "plan", "alpaca"),
        group="dataset",
    )
    # ### output
    output_dir: str = _f(
        "", "Where the adapter, checkpoints and training card go (required).", group="output"
    )
    logging_steps: int = _f(5, "Log loss every N optimizer steps.", group="output")
    save_steps: int = _f(
        50, "Write a checkpoint every N optimizer steps (resume with --resume).", group="output"
    )
    save_total_limit: int | None = _f(2, "Keep only the newest N checkpoints.", group="output")
    # ### train
    device: str = _f("auto", "auto = CUDA when available, else CPU.", ("auto", "cpu", "cuda"))
    threads: int = _f(
        1,
        "torch CPU threads. On a busy 2-core machine 1 thread measured 3-4x faster "
        "than torch's default of 2 (see benchmarks/bench_train_threads.py).",
    )
    per_device_train_batch_size: int = _f(1, "Examples per forward pass.")
    gradient_accumulation_steps: int = _f(1, "Forward passes per optimizer step.")
    learning_rate: float = _f(2e-4, "Peak learning rate (LoRA likes ~1e-4..3e-4).")
    num_train_epochs: float = _f(
        1.0, "Epochs over the training split (ignored when max_steps > 0)."
    )
    max_steps: int = _f(-1, "Stop after this many optimizer steps (-1 = use num_train_epochs).")
    lr_scheduler_type: str = _f(
        "cosine",
        "Learning-rate schedule.",
        ("linear", "cosine", "constant", "constant_with_warmup"),
    )
    warmup_ratio: float = _f(0.03, "Fraction of steps spent warming up the learning rate.")
    bf16: bool = _f(
        False, "Mixed precision bf16 (GPU). TRL 1.16 defaults it ON: we always pass it."
    )
    fp16: bool = _f(False, "Mixed precision fp16 (older GPUs).")
    gradient_checkpointing: bool = _f(
        False, "Recompute activations in backward: less memory, ~20% slower."
    )
    optim: str = _f(
        "adamw_torch",
        "Optimizer; paged_adamw_8bit needs CUDA.",
        ("adamw_torch", "adamw_torch_fused", "paged_adamw_8bit", "adamw_8bit", "paged_adamw_32bit"),
    )
    time_budget_minutes: float | None = _f(
        None,
        "Stop (and save) after this many minutes of training, "
        "whatever max_steps says: the budget knob for a shared CPU.",
    )
    eval_steps: int = _f(0, "Evaluate every N steps (0 = only once, at the end).")
    seed: int = _f(42, "Seed for data order, LoRA init and sampling.")

    def __post_init__(self) -> None:
        problems = []
        if self.quantization_bit not in (None, 4, 8):
            problems.append(f"quantization_bit must be 4, 8 or null, not {self.quantization_bit!r}")
        if self.bf16 and self.fp16:
            problems.append("bf16 and fp16 are exclusive")
        if self.device == "cpu" and (self.bf16 or self.fp16):
            problems.append(
                "mixed precision (bf16/fp16) is for GPUs: set bf16: false and fp16: false on CPU"
            )
        if self.device == "cpu" and self.optim.startswith("paged_"):
            problems.append(f"optim {self.optim!r} needs CUDA: use adamw_torch on CPU")
        if self.lora_rank <= 0 or self.lora_alpha <= 0:
            problems.append("lora_rank and lora_alpha must be positive")
        if not 0 <= self.lora_dropout < 1:
            problems.append("lora_dropout must be in [0, 1)")
        if self.threads < 1:
            problems.append("threads must be at least 1")
        if self.max_steps == 0 or (self.max_steps < 0 and self.num_train_epochs <= 0):
            problems.append("set max_steps > 0 or num_train_epochs > 0")
        if self.time_budget_minutes is not None and self.time_budget_minutes <= 0:
            problems.append("time_budget_minutes must be positive (or null)")
        if self.cutoff_len < 16:
            problems.append("cutoff_len is too small to hold a prompt and an answer")
        for f in fields(self):
            choices = f.metadata.get("choices")
            if choices and getattr(self, f.name) not in choices:
                problems.append(
                    f"{f.name}: {getattr(self, f.name)!r} is not one of {', '.join(map(str, choices))}"
                )
        if problems:
            raise ConfigError("invalid training config: " + "; ".join(problems))

    # -- derived values --------------------------------------------------------

    @property
    def task_filter(self) -> tuple[str, ...]:
        return tuple(t.strip() for t in self.tasks.split(",") if t.strip())

    def resolved_device(self) -> str:
        if self.device != "auto":
            return self.device
        import torch

        return "cuda" if torch.cuda.is_available() else "cpu"

    def with_(self, **changes: Any) -> "TrainConfig":
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_yaml(self) -> str:
        """The config as flat YAML in LLaMA-Factory's ``### group`` blocks, one help comment per key."""
        lines: list[str] = []
        group = None
        for f in fields(self):
            if f.metadata["group"] != group:
                group = f.metadata["group"]
                lines.append(f"{'' if not lines else chr(10)}### {group}")
            value = yaml.safe_dump(getattr(self, f.name), default_flow_style=True).strip()
            value = value.removesuffix("\n...").removesuffix("...").strip()
            lines.append(f"{f.name}: {value}  # {f.metadata['help']}")
        return "\n".join(lines) + "\n"

    def save(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.to_yaml(), encoding="utf-8")
        return path


FIELDS = {f.name: f for f in fields(TrainConfig)}


def help_text() -> str:
    """Every key with its type, default and help, for ``vgpt train --list-keys``."""
    out = []
    for f in fields(TrainConfig):
        choices = f.metadata.get("choices")
        extra = f" (one of {', '.join(map(str, choices))})" if choices else ""
        out.append(
            f"{f.name} [{_type_name(f.type)}, default {f.default!r}]{extra}\n    {f.metadata['help']}"
        )
    return "\n".join(out)


def config_from_dict(data: dict[str, Any], *, source: str = "config") -> TrainConfig:
    """A ``TrainConfig`` from plain values; unknown keys are refused with a suggestion."""
    unknown = [k for k in data if k not in FIELDS]
    if unknown:
        hints = []
        for key in unknown:
            close = difflib.get_close_matches(key, FIELDS, n=1)
            hints.append(f"{key!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
        raise ConfigError(
            f"{source}: unknown key(s) {', '.join(hints)}; `vgpt train --list-keys` lists them all"
        )
    values = {k: coerce(k, v) for k, v in data.items()}
    missing = [f.name for f in fields(TrainConfig) if f.default is MISSING and f.name not in values]
    if missing:
        raise ConfigError(f"{source}: missing key(s) {', '.join(missing)}")
    return TrainConfig(**values)


def parse_overrides(pairs: Iterable[str]) -> dict[str, Any]:
    """``["lora_rank=8", "max_steps=2"]`` → ``{"lora_rank": "8", "max_steps": "2"}`` (coerced later)."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"--set expects key=value, got {pair!r}")
        out[key.strip()] = value.strip()
    return out


def load_config(path: str | Path, overrides: Iterable[str] | dict[str, Any] = ()) -> TrainConfig:
    """Read a YAML config, apply ``--set`` overrides, validate. Errors name the file and the key."""
    path = Path(path)
    if not path.exists():
        shipped = sorted(p.name for p in CONFIG_DIR.glob("*.yaml"))
        raise ConfigError(
            f"training config {path} does not exist (shipped configs: {', '.join(shipped)})"
        )
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of key: value")
    extra = overrides if isinstance(overrides, dict) else parse_overrides(overrides)
    unknown_override = [k for k in extra if k not in FIELDS]
    if unknown_override:
        config_from_dict(dict.fromkeys(unknown_override), source="--set")  # raises with suggestions
    return config_from_dict({**data, **extra}, source=str(path))


# -- type coercion ------------------------------------------------------------------


def _type_name(kind: Any) -> str:
    return str(kind).replace("typing.", "")


def _kinds(annotation: Any) -> tuple[type, ...]:
    """The concrete types behind an annotation string like ``'int | None'``."""
    if isinstance(annotation, str):
        annotation = eval(annotation, {"typing": typing}, {})  # our own annotations only
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return tuple(typing.get_args(annotation))
    return (annotation,)


def coerce(name: str, value: Any) -> Any:
    """A YAML or ``--set`` value converted to the field's declared type."""
    kinds = _kinds(FIELDS[name].type)
    if value is None or (isinstance(value, str) and value.strip().lower() in ("null", "none", "~")):
        if type(None) in kinds or str in kinds:
            return None if type(None) in kinds else ""
        raise ConfigError(f"{name}: a value is required")
    for kind in kinds:
        if kind is type(None):
            continue
        try:
            if kind is bool:
                if isinstance(value, bool):
                    return value
                text = str(value).strip().lower()
                if text in ("1", "true", "yes", "on"):
                    return True
                if text in ("0", "false", "no", "off"):
                    return False
                raise ValueError(value)
            if kind is int:
                if isinstance(value, bool):
                    raise ValueError(value)
                if isinstance(value, float) and not value.is_integer():
                    raise ValueError(value)
                return int(value) if not isinstance(value, str) else int(value.strip())
            if kind is float:
                if isinstance(value, bool):
                    raise ValueError(value)
                return float(value)
            if kind is str:
                return str(value)
        except (TypeError, ValueError):
            continue
    raise ConfigError(f"{name}: {value!r} is not a valid {_type_name(FIELDS[name].type)}")


def resolve_model_path(config: TrainConfig, settings: Any) -> Path:
    """The base model folder on disk: '{models_dir}' expanded, relative paths against the project root."""
    raw = config.model_name_or_path.strip()
    if not raw:
        raise ConfigError(
            "model_name_or_path is empty: set it in the config or with --set model_name_or_path=PATH"
        )
    path = settings.resolve(raw.replace("{models_dir}", str(settings.models_dir)))
    if not (path / "config.json").exists():
        hint = (
            "run `vgpt models prepare`"
            if "{models_dir}" in raw
            else "point it at a local copy of the model"
        )
        raise ConfigError(
            f"base model folder {path} has no config.json: {hint} (we never download from a hub)"
        )
    return path
