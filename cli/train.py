"""``vgpt train`` and ``vgpt export``: thin click shells over finetune.train and finetune.export."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from assistant.errors import VgptError

from .common import json_option


def _logging(quiet: bool) -> None:
    logging.basicConfig(
        level=logging.WARNING if quiet else logging.INFO,
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )


@click.command()
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="Training config YAML, or the name of a shipped one (smollm2-135m-cpu, llama3-8b-qlora) "
    "[default: smollm2-135m-cpu].",
)
@click.option(
    "--set",
    "overrides",
    multiple=True,
    metavar="KEY=VALUE",
    help="Override a config value; repeatable (--set max_steps=20 --set lora_rank=8).",
)
@click.option("--resume", is_flag=True, help="Continue from the newest checkpoint in output_dir.")
@click.option(
    "--resume-from",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    help="Continue from this checkpoint folder.",
)
@click.option(
    "--overwrite", is_flag=True, help="Delete old checkpoints in output_dir and start again."
)
@click.option(
    "--emit-llamafactory",
    "emit",
    type=click.Path(path_type=Path),
    help="Write the equivalent LLaMA-Factory YAML to this file and exit (no training).",
)
@click.option("--print-config", is_flag=True, help="Print the resolved config and exit.")
@click.option("--list-keys", is_flag=True, help="List every config key with its help and exit.")
@json_option
def train(
    config_path: Path,
    overrides: tuple[str, ...],
    resume: bool,
    resume_from: Path | None,
    overwrite: bool,
    emit: Path | None,
    print_config: bool,
    list_keys: bool,
    as_json: bool,
) -> None:
    """Fine-tune a LoRA (or QLoRA) adapter on the Alpaca dataset with TRL's SFTTrainer.

    \b
    Examples:
      vgpt train                                   # CPU default: SmolLM2-135M, fp32 LoRA
      vgpt train --set max_steps=20 --set quantization_bit=4
      vgpt train --config finetune/configs/llama3-8b-qlora.yaml --set model_name_or_path=/models/llama3
      vgpt train --config finetune/configs/llama3-8b-qlora.yaml --emit-llamafactory llama3.yaml
    """
    from assistant.settings import load_settings
    from finetune.config import CONFIG_DIR, help_text, load_config

    if config_path is None:
        config_path = CONFIG_DIR / "smollm2-135m-cpu.yaml"
    elif not config_path.exists() and (CONFIG_DIR / f"{config_path}.yaml").exists():
        config_path = CONFIG_DIR / f"{config_path}.yaml"  # a shipped config by name

    if list_keys:
        click.echo(help_text())
        return
    if resume and resume_from:
        raise click.UsageError("use --resume or --resume-from, not both")
    if (resume or resume_from) and overwrite:
        raise click.UsageError("--overwrite starts again: it cannot be combined with --resume")
    config = load_config(config_path, overrides)
    settings = load_settings()
    if print_config:
        click.echo(config.to_yaml(), nl=False)
        return
    if emit is not None:
        from finetune.config import resolve_model_path
        from finetune.llamafactory import llamafactory_yaml

        try:
            model_path = str(resolve_model_path(config, settings))
        except VgptError:
            model_path = (
                None  # the user may emit a config for a machine where the model lives elsewhere
            )
        emit.parent.mkdir(parents=True, exist_ok=True)
        emit.write_text(llamafactory_yaml(config, model_path=model_path), encoding="utf-8")
        click.echo(json.dumps({"llamafactory_yaml": str(emit)}) if as_json else f"wrote {emit}")
        return

    from finetune.train import train as run_training

    _logging(as_json)
    try:
        result = run_training(
            config,
            settings,
            resume=str(resume_from) if resume_from else resume,
            overwrite=overwrite,
            progress=not as_json and sys.stderr.isatty(),
        )
    except VgptError:
        raise  # bad input (a config, a dataset): exit 2
    except Exception as exc:  # a failed run is exit 1 with its reason, not a traceback
        logging.getLogger("finetune").exception("training failed")
        raise click.ClickException(f"training failed: {exc}") from None
    if as_json:
        click.echo(json.dumps(result.card, default=str))
    else:
        m = result.metrics
        click.echo(
            f"adapter saved to {result.output_dir} ({m.get('global_step')} steps, "
            f"train loss {m.get('train_loss', float('nan')):.4f}"
            + (f", eval loss {m['eval_loss']:.4f}" if "eval_loss" in m else "")
            + f", {result.card['duration_s']:.0f} s); card: {result.output_dir / 'training_card.md'}"
        )


@click.command()
@click.option(
    "--adapter",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    required=True,
    help="The adapter folder written by `vgpt train`.",
)
@click.option(
    "--out", type=click.Path(path_type=Path), default=None, help="Folder for the merged model."
)
@click.option(
    "--gguf",
    "gguf_file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write a GGUF file instead, for the llamacpp backend (gguf_path).",
)
@click.option(
    "--quantize",
    type=click.Choice(["none", "Q4_1", "Q8_0"]),
    default="none",
    show_default=True,
    help="--gguf: quantize with llama.cpp (Q4_1 is the bundled model's precision).",
)
@click.option(
    "--base",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    help="Base model folder (default: the one recorded in the adapter).",
)
@click.option("--dtype", default="float16", show_default=True, help="float16 | bfloat16 | float32.")
@click.option(
    "--overwrite",
    is_flag=True,
    help="Replace a non-empty --out folder (or an existing --gguf file).",
)
@json_option
def export(
    adapter: Path,
    out: Path | None,
    gguf_file: Path | None,
    quantize: str,
    base: Path | None,
    dtype: str,
    overwrite: bool,
    as_json: bool,
) -> None:
    """Merge a LoRA adapter into its base model: plain fp16 weights (vLLM, Ollama), or a GGUF (--gguf, llama.cpp)."""
    if (out is None) == (gguf_file is None):
        raise click.UsageError(
            "give either --out DIR (merged weights) or --gguf FILE (a GGUF for llama.cpp)"
        )
    _logging(as_json)
    if gguf_file is not None:
        from assistant.backends.gguf_convert import write_gguf

        summary = write_gguf(
            adapter,
            gguf_file,
            base=base,
            outtype="f32" if dtype in ("float32", "fp32") else "f16",
            quantize="" if quantize == "none" else quantize,
            overwrite=overwrite,
        )
        if as_json:
            click.echo(json.dumps(summary))
        else:
            click.echo(
                f"GGUF written to {summary['out']} ({summary['size_mb']} MB); run it with "
                f'backend = "llamacpp" and gguf_path = "{summary["out"]}"'
            )
        return
    from finetune.export import merge

    summary = merge(adapter, out, base=base, dtype=dtype, overwrite=overwrite)
    if as_json:
        click.echo(json.dumps(summary))
    else:
        click.echo(
            f"merged model written to {summary['out']} ({summary['weights_mb']} MB, {summary['dtype']}); "
            "llama.cpp: python convert_hf_to_gguf.py " + summary["out"]
        )
