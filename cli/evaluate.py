"""``vgpt eval``: base vs tuned (or any backend) on the eval split and the labelled questions.

The work is ``finetune.run_eval.run_eval``; this command parses options, prints and exits.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from .common import catalog_option, json_option


@click.command("eval")
@click.option(
    "--adapter",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    help="Tuned LoRA adapter to compare against the base model.",
)
@click.option(
    "--model",
    "model_path",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    help="Base model folder (default: settings.model_path, else the prepared SmolLM2).",
)
@click.option(
    "--no-base", is_flag=True, help="Evaluate only the adapter (or the configured backend)."
)
@click.option(
    "--backend",
    type=click.Choice(["transformers", "openai"]),
    help="Evaluate the configured backend of this kind instead of local base/tuned models.",
)
@click.option(
    "--dataset-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Dataset folder with dataset_info.json [default: <state_dir>/dataset].",
)
@click.option(
    "--split", "split_name", default="vgpt_eval", show_default=True, help="Eval split name."
)
@click.option(
    "--questions",
    "questions_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Labelled question set (JSON lines) [default: the set shipped in finetune/eval_questions.jsonl].",
)
@click.option("--no-questions", is_flag=True, help="Skip the labelled question set.")
@click.option(
    "--limit", type=click.IntRange(min=1), help="At most N cases per source (a seeded sample)."
)
@click.option(
    "--context",
    "context_mode",
    type=click.Choice(["auto", "retrieval", "record"]),
    default="auto",
    show_default=True,
    help="Eval-split context: the retriever's, or the record's own schema context (auto: retrieval "
    "when an index exists).",
)
@click.option(
    "--attempts", type=click.IntRange(min=1), help="Model calls per question (default: settings)."
)
@click.option(
    "--max-new-tokens",
    type=click.IntRange(min=16),
    help="Token budget per reply (default: settings).",
)
@click.option(
    "--reviewer-limit",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Score the model reviewer on this many seeded mutants (0 = skip).",
)
@catalog_option
@click.option(
    "--out", type=click.Path(path_type=Path, dir_okay=False), help="Write the JSON result here."
)
@click.option(
    "--markdown",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write a Markdown table here.",
)
@click.option(
    "--note", "notes", multiple=True, help="A note line for the Markdown report (repeatable)."
)
@click.option(
    "--baseline-json",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Reuse the systems of an earlier `vgpt eval --out` run (e.g. the base model) in the comparison "
    "instead of re-running them; its cases must be the same (same --limit and --seed).",
)
@click.option("--seed", type=int, default=42, show_default=True)
@json_option
def eval_(
    adapter,
    model_path,
    no_base,
    backend,
    dataset_dir,
    split_name,
    questions_path,
    no_questions,
    limit,
    context_mode,
    attempts,
    max_new_tokens,
    reviewer_limit,
    catalog_path,
    out,
    markdown,
    notes,
    baseline_json,
    seed,
    as_json,
) -> None:
    """Score base vs tuned models on drafting validated Vista SQL.

    \b
    Examples:
      vgpt eval --adapter .vgpt/adapters/smollm2-135m-lora --limit 20
      vgpt eval --backend openai --no-base --json
    """
    from rich.console import Console

    from assistant.settings import load_settings
    from finetune.evaluate import print_tables
    from finetune.run_eval import EvalOptions, run_eval, write_reports

    logging.basicConfig(
        level=logging.WARNING if as_json else logging.INFO,
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )
    err = Console(stderr=True, quiet=as_json)
    options = EvalOptions(
        adapter=adapter,
        model_path=model_path,
        no_base=no_base,
        backend=backend,
        dataset_dir=dataset_dir,
        split=split_name,
        questions=questions_path,
        use_questions=not no_questions,
        limit=limit,
        context=context_mode,
        attempts=attempts,
        max_new_tokens=max_new_tokens,
        reviewer_limit=reviewer_limit,
        catalog_path=catalog_path,
        baseline_json=baseline_json,
        seed=seed,
    )

    def progress(system: str, r) -> None:
        mark = "pass" if r.final_pass else "FAIL"
        err.print(
            f"[dim]{system} {r.source} {r.id}: first {'pass' if r.first_pass else 'fail'}, final {mark}, "
            f"halluc {r.hallucinations}, {r.latency_s:.1f}s[/]"
        )

    run = run_eval(load_settings(), options, progress=progress)
    write_reports(run.result, out=out, markdown=markdown, notes=notes)
    if as_json:
        click.echo(json.dumps(run.result, default=str))
    else:
        print_tables(run.result, Console())
    if run.mismatch is not None:
        # this run's results are written above; only the comparison is refused
        click.secho(
            f"--baseline-json {baseline_json}: not merged: {run.mismatch}", fg="red", err=True
        )
        sys.exit(1)
    sys.exit(1 if run.errors else 0)
