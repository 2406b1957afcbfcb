"""``vgpt dataset build``: the fine-tuning dataset (Alpaca JSON + LLaMA-Factory dataset_info + card)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from assistant.catalog import Catalog
from assistant.settings import load_settings

from .common import catalog_option, docs_option, fail, json_option


@click.group()
def dataset() -> None:
    """Build the fine-tuning dataset from the schema catalog."""


def load_catalog(
    settings, catalog_path: Path | None, docs: Path | None, *, progress: bool = False
) -> Catalog:
    """The catalog from --catalog, or built from --docs, or the artifact last built (else the sample docs)."""
    from ingest.artifacts import ensure_catalog

    if docs is not None and not settings.resolve(docs).is_dir():
        fail("no such documentation folder", file=docs)
    return ensure_catalog(settings, catalog=catalog_path, docs=docs, progress=progress)


DEFAULT_TOKENIZER = "smollm2-135m-instruct"  # prepared by `vgpt models prepare`


def token_counter(tokenizer: Path | None):
    """Exact counts with a local tokenizer (given, or the prepared default model's), else the estimate."""
    if tokenizer is None:
        from ingest.dataset.card import APPROX_METHOD, approx_tokens

        return approx_tokens, APPROX_METHOD
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(tokenizer), local_files_only=True)
    return (
        lambda text: len(tok(text, add_special_tokens=False)["input_ids"])
    ), f"counted with the tokenizer in `{tokenizer.name}`"


@dataset.command("build")
@catalog_option
@docs_option
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    help="Output folder [default: <state_dir>/dataset].",
)
@click.option(
    "--seed",
    type=int,
    default=None,
    help="Seed for phrasing, sampling and the split [default: 13].",
)
@click.option(
    "--eval-share",
    type=click.FloatRange(0.01, 0.9),
    default=0.15,
    show_default=True,
    help="Share of records held out for eval (by table family).",
)
@click.option(
    "--tokenizer",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="A local Hugging Face tokenizer folder for exact token lengths in the card "
    "[default: the prepared SmolLM2 if there is one, else an estimate].",
)
@json_option
def build(catalog_path, docs, out, seed, eval_share, tokenizer, as_json) -> None:
    """Write train.json, eval.json, plan_train.json, plan_eval.json, dataset_info.json and dataset_card.md.

    Every SQL the dataset shows as correct passes `assistant.validate`; failures
    are dropped and counted. Exit 0 on success, 1 when the build is not trustworthy
    (no validator to gate on), 2 on bad input.
    """
    from rich.console import Console

    from ingest.dataset import DEFAULT_SEED, build_dataset, write_dataset

    if catalog_path is not None and docs is not None:
        raise click.UsageError("give --catalog or --docs, not both")
    err = Console(stderr=True, quiet=as_json)
    settings = load_settings()
    catalog = load_catalog(
        settings, catalog_path, docs, progress=not as_json and sys.stderr.isatty()
    )
    if tokenizer is None and (settings.models_dir / DEFAULT_TOKENIZER / "tokenizer.json").is_file():
        tokenizer = settings.models_dir / DEFAULT_TOKENIZER
    try:
        count, method = token_counter(tokenizer)
    except OSError as exc:
        fail(f"cannot load the tokenizer: {exc}", file=tokenizer)
    if not catalog.tables:
        fail(
            "the catalog has no tables, so there is nothing to build a dataset from "
            "(is this the Vista documentation folder?)",
            file=docs or catalog_path or catalog.docs_dir,
        )
    seed = DEFAULT_SEED if seed is None else seed
    out = (
        settings.resolve(out)
        if out is not None
        else settings.resolve(settings.state_dir) / "dataset"
    )
    with err.status("building the dataset") as status:
        result = build_dataset(
            catalog,
            seed=seed,
            eval_share=eval_share,
            count_tokens=count,
            token_method=method,
            progress=lambda msg: status.update(f"dataset: {msg}"),
        )
        rows = result.rows()
        files = write_dataset(out, rows, result.card(), result.info)
    info = result.info
    gate = info["gate"]
    summary = {
        "out": str(out),
        "files": {k: str(v) for k, v in files.items()},
        "records": sum(len(v) for k, v in rows.items() if not k.startswith("plan_")),
        "splits": {k: len(v) for k, v in rows.items()},
        "plan": info["plan"]["splits"],
        "by_task": {
            t: sum(s["by_task"][t] for s in info["stats"]["splits"].values())
            for t in next(iter(info["stats"]["splits"].values()))["by_task"]
        },
        "validation": gate,
        "mutants": info["mutants"],
        "eval_families": info["eval_families"],
        "seed": seed,
        "seconds": info["seconds"],
    }
    if as_json:
        click.echo(json.dumps(summary))
    else:
        _print_summary(summary)
    if gate["validator"] == "missing":
        click.secho(
            "warning: assistant.validate is not available; the SQL in this dataset is NOT validated",
            fg="yellow",
            err=True,
        )
        sys.exit(1)


def _print_summary(summary: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"dataset → {summary['out']}")
    table.add_column("task")
    table.add_column("records", justify="right")
    for task, n in summary["by_task"].items():
        table.add_row(task, str(n))
    table.add_row("all", str(summary["records"]))
    console = Console()
    console.print(table)
    gate = summary["validation"]
    console.print(
        f"splits: {summary['splits']}; validator: {gate['validator']}, checked {gate['checked']}, "
        f"dropped {gate['dropped']}; {summary['seconds']} s"
    )
    for name, plan in summary["plan"].items():
        console.print(
            f"{name}: {plan['rows']} rows, {plan['questions']} questions "
            f"({plan['paraphrases_per_question']} paraphrases each), {plan['multi_view_share']:.0%} over 2+ views, "
            f"{plan['three_plus_share']:.0%} over 3+, {plan['monthly_share']:.0%} monthly"
        )
