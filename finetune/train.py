"""LoRA / QLoRA supervised fine-tuning with TRL's ``SFTTrainer``, on our Alpaca dataset.

One entry point, ``train(config, settings)``: it reads the train and eval splits, loads
the base model (optionally 4-bit NF4 through bitsandbytes, CPU included), wraps it in a
LoRA adapter, trains with the model's own chat template and completion-only loss, and
saves the adapter with its resolved config and a training card (config, dataset hash,
metrics, duration, hardware). Checkpoints go under the output folder; ``resume=True``
continues from the newest one.

Measured traps handled here: TRL 1.16's ``SFTConfig`` turns bf16 and gradient
checkpointing ON by default (we always pass both, and ``use_cpu`` on CPU), and torch's
default thread count is much slower than 1 thread on a busy 2-core machine (we set it).
"""

from __future__ import annotations

import json
import logging
import os
import platform
import shutil
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from assistant.errors import ConfigError

from . import data
from .config import TrainConfig, resolve_model_path

log = logging.getLogger(__name__)

CONFIG_NAME = "train_config.yaml"
CARD_JSON = "training_card.json"
CARD_MD = "training_card.md"
DTYPES = ("float32", "bfloat16", "float16")


@dataclass(frozen=True)
class TrainResult:
    output_dir: Path
    card: dict[str, Any]
    metrics: dict[str, Any] = field(default_factory=dict)


# -- pure helpers -----------------------------------------------------------------


def checkpoints(output_dir: Path) -> list[Path]:
    """Checkpoint folders, oldest first (by step number, not by name)."""
    found = [
        p for p in output_dir.glob("checkpoint-*") if p.is_dir() and p.name.split("-")[-1].isdigit()
    ]
    return sorted(found, key=lambda p: int(p.name.split("-")[-1]))


def lora_targets(config: TrainConfig) -> str | list[str]:
    """``all`` → peft's ``all-linear`` (every linear layer except the output head), else the named modules."""
    if config.lora_target.strip() == "all":
        return "all-linear"
    return [m.strip() for m in config.lora_target.split(",") if m.strip()]


def card_markdown(card: dict[str, Any]) -> str:
    """The training card as a short human page beside the adapter."""
    m = card.get("metrics", {})
    hw = card.get("hardware", {})
    ds = card.get("dataset", {})
    lines = [
        f"# Training card: {Path(card['output_dir']).name}",
        "",
        f"- base model: `{card['base_model']}`",
        f"- method: LoRA r={card['config']['lora_rank']} alpha={card['config']['lora_alpha']} "
        f"target={card['config']['lora_target']}, quantization: "
        f"{str(card['config']['quantization_bit']) + '-bit ' + card['config']['quantization_type'] if card['config']['quantization_bit'] else 'none'}",
        f"- started {card['started_at']}, finished {card['finished_at']}, duration {card['duration_s']:.1f} s"
        + (f" (resumed from {card['resumed_from']})" if card.get("resumed_from") else ""),
        f"- device: {hw.get('device')} ({hw.get('gpu') or hw.get('processor') or hw.get('machine')}), "
        f"threads {hw.get('threads')}, peak memory {hw.get('peak_memory_mb', 0):.0f} MB",
        "",
        "## Dataset",
        "",
        "| split | name | records used | sha256 |",
        "|---|---|---|---|",
    ]
    for split in ("train", "eval"):
        if split in ds:
            d = ds[split]
            lines.append(
                f"| {split} | {d['name']} | {d['used']} of {d['records']} | `{d['sha256'][:16]}` |"
            )
    lines += ["", "## Metrics", "", "| metric | value |", "|---|---|"]
    for key, value in m.items():
        lines.append(
            f"| {key} | {value:.4g} |" if isinstance(value, float) else f"| {key} | {value} |"
        )
    lines += ["", "## Config", "", "```yaml", card.get("config_yaml", "").rstrip(), "```", ""]
    return "\n".join(lines)


# -- the edges: torch, transformers, peft, trl ---------------------------------------


def set_threads(threads: int) -> None:
    import torch

    torch.set_num_threads(threads)
    os.environ["OMP_NUM_THREADS"] = str(threads)  # for any child process (tokenizers, dataloader)


def load_model(model_path: Path, config: TrainConfig, device: str):
    """Base model and tokenizer; 4/8-bit through bitsandbytes when asked (QLoRA), prepared for k-bit training."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    dtype = getattr(torch, config.compute_dtype)
    kwargs: dict[str, Any] = {"dtype": dtype}
    if config.quantization_bit:
        from transformers import BitsAndBytesConfig

        if config.quantization_bit == 4:
            kwargs["quantization_config"] = BitsAndBytesConfig(
                load_in_4bit=True,
                bnb_4bit_quant_type=config.quantization_type,
                bnb_4bit_use_double_quant=config.double_quantization,
                bnb_4bit_compute_dtype=dtype,
                bnb_4bit_quant_storage=dtype if device == "cpu" else torch.uint8,
            )
        else:
            kwargs["quantization_config"] = BitsAndBytesConfig(load_in_8bit=True)
        kwargs["device_map"] = {"": "cpu"} if device == "cpu" else {"": 0}
    try:
        tokenizer = AutoTokenizer.from_pretrained(model_path)
        model = AutoModelForCausalLM.from_pretrained(model_path, **kwargs)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot load the base model from {model_path}: {exc}") from None
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    if not tokenizer.chat_template:
        raise ConfigError(f"{model_path} has no chat template: use an instruct model")
    if config.quantization_bit:
        from peft import prepare_model_for_kbit_training

        model = prepare_model_for_kbit_training(
            model, use_gradient_checkpointing=config.gradient_checkpointing
        )
    elif device == "cuda":
        model = model.to("cuda")
    return model, tokenizer


def _progress_callback(enabled: bool):
    """Progress bar and loss lines on stderr (stdout stays clean for --json)."""
    from tqdm.auto import tqdm
    from transformers import TrainerCallback

    class Progress(TrainerCallback):
        bar = None

        def on_train_begin(self, args, state, control, **kwargs):
            if enabled:
                self.bar = tqdm(
                    total=state.max_steps,
                    initial=state.global_step,
                    desc="train",
                    unit="step",
                    file=sys.stderr,
                    dynamic_ncols=True,
                )

        def on_step_end(self, args, state, control, **kwargs):
            if self.bar is not None:
                self.bar.update(state.global_step - self.bar.n)

        def on_log(self, args, state, control, logs=None, **kwargs):
            logs = {k: round(v, 4) if isinstance(v, float) else v for k, v in (logs or {}).items()}
            if self.bar is not None and "loss" in logs:
                self.bar.set_postfix(loss=logs["loss"])
            log.info("step %s: %s", state.global_step, logs)

        def on_train_end(self, args, state, control, **kwargs):
            if self.bar is not None:
                self.bar.close()

    return Progress()


def _time_budget(minutes: float):
    """Stop training once ``minutes`` of wall time have passed; the Trainer then saves as at the end."""
    from transformers import TrainerCallback

    class TimeBudget(TrainerCallback):
        started = None

        def on_train_begin(self, args, state, control, **kwargs):
            self.started = time.perf_counter()

        def on_step_end(self, args, state, control, **kwargs):
            if time.perf_counter() - self.started > minutes * 60:
                log.warning(
                    "time budget of %.1f min reached at step %d: stopping",
                    minutes,
                    state.global_step,
                )
                control.should_training_stop = True
                control.should_save = True

    return TimeBudget()


def sft_config(
    config: TrainConfig, output_dir: Path, device: str, *, progress: bool, has_eval: bool
):
    from trl import SFTConfig

    return SFTConfig(
        output_dir=str(output_dir),
        use_cpu=device == "cpu",
        # TRL 1.16 defaults: bf16=True, gradient_checkpointing=True. Always say what we mean.
        bf16=config.bf16,
        fp16=config.fp16,
        gradient_checkpointing=config.gradient_checkpointing,
        per_device_train_batch_size=config.per_device_train_batch_size,
        per_device_eval_batch_size=config.per_device_train_batch_size,
        gradient_accumulation_steps=config.gradient_accumulation_steps,
        learning_rate=config.learning_rate,
        num_train_epochs=config.num_train_epochs,
        max_steps=config.max_steps,
        lr_scheduler_type=config.lr_scheduler_type,
        warmup_steps=config.warmup_ratio,  # transformers 5: a float < 1 is a ratio
        optim=config.optim,
        seed=config.seed,
        data_seed=config.seed,
        logging_steps=config.logging_steps,
        logging_first_step=True,
        save_strategy="steps",
        save_steps=config.save_steps,
        save_total_limit=config.save_total_limit,
        eval_strategy="steps" if (has_eval and config.eval_steps) else "no",
        eval_steps=config.eval_steps or None,
        max_length=config.cutoff_len,
        completion_only_loss=True,
        packing=False,
        dataloader_num_workers=0,
        include_num_input_tokens_seen="non_padding",
        report_to="none",
        disable_tqdm=True,  # our own bar, on stderr
        log_level="warning",
    )


def hardware(device: str, threads: int) -> dict[str, Any]:
    import torch

    info: dict[str, Any] = {
        "device": device,
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor": platform.processor(),
        "cpu_count": os.cpu_count(),
        "threads": threads,
        "python": platform.python_version(),
    }
    for package in ("torch", "transformers", "peft", "trl", "bitsandbytes", "datasets"):
        try:
            info[package] = __import__(package).__version__
        except Exception:  # a missing optional package is a fact for the card, not an error
            info[package] = None
    if device == "cuda" and torch.cuda.is_available():
        info["gpu"] = torch.cuda.get_device_name(0)
        info["peak_memory_mb"] = torch.cuda.max_memory_allocated() / 2**20
    else:
        import resource

        # ru_maxrss is KiB on Linux
        info["peak_memory_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return info


def train(
    config: TrainConfig,
    settings: Any,
    *,
    resume: bool | str = False,
    overwrite: bool = False,
    progress: bool = True,
) -> TrainResult:
    """Train a LoRA adapter as ``config`` says; returns where it is and its training card."""
    if not config.output_dir:
        raise ConfigError("output_dir is empty: set it in the config or with --set output_dir=DIR")
    output_dir = settings.resolve(config.output_dir)
    model_path = resolve_model_path(config, settings)
    device = config.resolved_device()
    if device == "cuda":
        import torch

        if not torch.cuda.is_available():
            raise ConfigError(
                "the config asks for device cuda but no CUDA GPU is available (use the CPU config)"
            )
    dataset_dir = settings.resolve(config.dataset_dir)

    existing = checkpoints(output_dir) if output_dir.exists() else []
    resume_from: str | None = None
    if resume:
        if isinstance(resume, str) and resume not in ("true", "latest"):
            if not Path(resume).is_dir():
                raise ConfigError(f"--resume {resume}: no such checkpoint folder")
            resume_from = resume
        elif not existing:
            raise ConfigError(f"--resume: {output_dir} has no checkpoint-* folder to resume from")
        else:
            resume_from = str(existing[-1])
    elif existing:
        if not overwrite:
            raise ConfigError(
                f"{output_dir} already holds checkpoints ({existing[-1].name}): "
                "pass --resume to continue, or --overwrite to start again"
            )
        for path in existing:
            shutil.rmtree(path)

    train_split = data.load_split(dataset_dir, config.dataset)
    train_records = data.select(
        train_split.records,
        tasks=config.task_filter,
        limit=config.max_samples,
        seed=config.seed,
        max_chars=config.max_record_chars,
    )
    if not train_records:
        raise ConfigError(f"no training records in {config.dataset!r} for tasks {config.tasks!r}")
    eval_split = data.load_split(dataset_dir, config.eval_dataset) if config.eval_dataset else None
    eval_records = (
        data.select(
            eval_split.records,
            tasks=config.task_filter,
            limit=config.eval_max_samples,
            seed=config.seed,
            max_chars=config.max_record_chars,
        )
        if eval_split
        else []
    )

    set_threads(config.threads)
    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from trl import SFTTrainer

    started = time.perf_counter()
    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    if device == "cuda":
        torch.cuda.reset_peak_memory_stats()
    model, tokenizer = load_model(model_path, config, device)
    peft_config = LoraConfig(
        r=config.lora_rank,
        lora_alpha=config.lora_alpha,
        lora_dropout=config.lora_dropout,
        target_modules=lora_targets(config),
        bias="none",
        task_type="CAUSAL_LM",
    )
    to_example = lambda r: data.to_example(r, config.prompt_format, config.default_system)  # noqa: E731
    train_ds = Dataset.from_list([to_example(r) for r in train_records])
    eval_ds = Dataset.from_list([to_example(r) for r in eval_records]) if eval_records else None
    trainer = SFTTrainer(
        model=model,
        args=sft_config(
            config, output_dir, device, progress=progress, has_eval=eval_ds is not None
        ),
        train_dataset=train_ds,
        eval_dataset=eval_ds,
        processing_class=tokenizer,
        peft_config=peft_config,
        callbacks=[_progress_callback(progress)]
        + ([_time_budget(config.time_budget_minutes)] if config.time_budget_minutes else []),
    )
    kept = len(trainer.train_dataset)
    if kept == 0:
        # TRL drops a record whose answer is cut off entirely: say so, not "num_samples=0"
        raise ConfigError(
            f"cutoff_len={config.cutoff_len}: every one of the {len(train_ds)} training records has a "
            "prompt that long or longer, so no answer is left to learn; raise cutoff_len "
            "(or lower max_record_chars)"
        )
    if kept < len(train_ds):
        log.warning(
            "%d of %d training records dropped: their answer lies past cutoff_len=%d tokens",
            len(train_ds) - kept,
            len(train_ds),
            config.cutoff_len,
        )
    from transformers.trainer_callback import PrinterCallback

    trainer.remove_callback(PrinterCallback)  # it prints log dicts on stdout; ours logs to stderr
    trainable, total = trainer.model.get_nb_trainable_parameters()
    log.info(
        "training %s: %d/%d parameters trainable (%.2f%%) on %d records, device %s, %d thread(s)",
        model_path.name,
        trainable,
        total,
        100 * trainable / total,
        len(train_ds),
        device,
        config.threads,
    )
    result = trainer.train(resume_from_checkpoint=resume_from)
    metrics: dict[str, Any] = {
        k: v for k, v in result.metrics.items() if isinstance(v, (int, float))
    }
    metrics["global_step"] = trainer.state.global_step
    metrics["stopped_by_time_budget"] = bool(
        config.time_budget_minutes and trainer.state.global_step < trainer.state.max_steps
    )
    metrics["linear4bit_modules"] = sum(
        1 for m in trainer.model.modules() if type(m).__name__ == "Linear4bit"
    )
    metrics["trainable_parameters"] = trainable
    metrics["total_parameters"] = total
    tokens = int(getattr(trainer.state, "num_input_tokens_seen", 0) or 0)
    if tokens:
        metrics["tokens_seen"] = tokens
        # a resumed run's counter starts at the checkpoint's: only this run's tokens count for its speed
        before = 0
        state_file = Path(resume_from) / "trainer_state.json" if resume_from else None
        if state_file is not None and state_file.exists():
            before = int(json.loads(state_file.read_text()).get("num_input_tokens_seen", 0) or 0)
        if metrics.get("train_runtime"):
            metrics["train_tokens_per_second"] = (tokens - before) / metrics["train_runtime"]
    if eval_ds is not None:
        eval_metrics = trainer.evaluate()
        metrics.update({k: v for k, v in eval_metrics.items() if isinstance(v, (int, float))})

    output_dir.mkdir(parents=True, exist_ok=True)
    trainer.save_model(str(output_dir))
    tokenizer.save_pretrained(str(output_dir))
    config.save(output_dir / CONFIG_NAME)
    duration = time.perf_counter() - started
    card = {
        "output_dir": str(output_dir),
        "base_model": str(model_path),
        "started_at": started_at,
        "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "duration_s": duration,
        "resumed_from": resume_from,
        "config": config.to_dict(),
        "config_yaml": config.to_yaml(),
        "dataset": {
            "dir": str(dataset_dir),
            "tasks": list(config.task_filter),
            "train": {**train_split.summary(), "used": len(train_records)},
            **({"eval": {**eval_split.summary(), "used": len(eval_records)}} if eval_split else {}),
        },
        "metrics": metrics,
        "hardware": hardware(device, config.threads),
    }
    (output_dir / CARD_JSON).write_text(json.dumps(card, indent=2, default=str), encoding="utf-8")
    (output_dir / CARD_MD).write_text(card_markdown(card), encoding="utf-8")
    return TrainResult(output_dir, card, metrics)
