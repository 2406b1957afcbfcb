"""``vgpt eval``: base vs tuned (or any backend) on the eval split and the labelled questions."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from assistant.errors import VgptError

DEFAULT_QUESTIONS = Path("tests/data/retrieval_questions.jsonl")


def _catalog(settings, catalog_path: Path | None):
    from assistant.catalog import Catalog

    if catalog_path is not None:
        return Catalog.load(catalog_path)
    try:
        from ingest.artifacts import ensure_catalog
    except ImportError:
        ensure_catalog = None
    if ensure_catalog is not None:
        return ensure_catalog(settings)
    if settings.catalog_path.exists():
        return Catalog.load(settings.catalog_path)
    from ingest.build import build_catalog

    return build_catalog(settings.docs_path)


def _retriever(settings):
    """The real retriever when the index exists; None (and why) otherwise."""
    try:
        from assistant.retrieval.retrieve import open_retriever
    except ImportError as exc:
        return None, f"retrieval not available ({exc})"
    try:
        return open_retriever(settings), "retrieval"
    except VgptError as exc:
        return None, f"no index ({exc}); run `vgpt ingest`"


@click.command("eval")
@click.option("--adapter", type=click.Path(path_type=Path, exists=True, file_okay=False),
              help="Tuned LoRA adapter to compare against the base model.")
@click.option("--model", "model_path", type=click.Path(path_type=Path, exists=True, file_okay=False),
              help="Base model folder (default: settings.model_path, else the prepared SmolLM2).")
@click.option("--no-base", is_flag=True, help="Evaluate only the adapter (or the configured backend).")
@click.option("--backend", type=click.Choice(["transformers", "openai"]),
              help="Evaluate the configured backend of this kind instead of local base/tuned models.")
@click.option("--dataset-dir", type=click.Path(path_type=Path, file_okay=False),
              help="Dataset folder with dataset_info.json [default: <state_dir>/dataset].")
@click.option("--split", "split_name", default="vgpt_eval", show_default=True, help="Eval split name.")
@click.option("--questions", "questions_path", type=click.Path(path_type=Path, dir_okay=False),
              help=f"Labelled question set (JSON lines) [default: {DEFAULT_QUESTIONS} when present].")
@click.option("--no-questions", is_flag=True, help="Skip the labelled question set.")
@click.option("--limit", type=click.IntRange(min=1), help="At most N cases per source (a seeded sample).")
@click.option("--context", "context_mode", type=click.Choice(["auto", "retrieval", "record"]), default="auto",
              show_default=True,
              help="Eval-split context: the retriever's, or the record's own schema context (auto: retrieval "
                   "when an index exists).")
@click.option("--attempts", type=click.IntRange(min=1), help="Model calls per question (default: settings).")
@click.option("--max-new-tokens", type=click.IntRange(min=16), help="Token budget per reply (default: settings).")
@click.option("--reviewer-limit", type=click.IntRange(min=0), default=0, show_default=True,
              help="Score the model reviewer on this many seeded mutants (0 = skip).")
@click.option("--catalog", "catalog_path", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="Catalog artifact (default: the one ingest built).")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), help="Write the JSON result here.")
@click.option("--markdown", type=click.Path(path_type=Path, dir_okay=False), help="Write a Markdown table here.")
@click.option("--note", "notes", multiple=True, help="A note line for the Markdown report (repeatable).")
@click.option("--baseline-json", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="Reuse the systems of an earlier `vgpt eval --out` run (e.g. the base model) in the comparison "
                   "instead of re-running them; its cases must be the same (same --limit and --seed).")
@click.option("--seed", type=int, default=42, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the JSON result on stdout.")
def eval_(adapter, model_path, no_base, backend, dataset_dir, split_name, questions_path, no_questions, limit,
          context_mode, attempts, max_new_tokens, reviewer_limit, catalog_path, out, markdown, notes, baseline_json,
          seed, as_json) -> None:
    """Score base vs tuned models on drafting validated Vista SQL.

    \b
    Examples:
      vgpt eval --adapter .vgpt/adapters/smollm2-135m-lora --limit 20
      vgpt eval --backend openai --no-base --json
    """
    from rich.console import Console

    from assistant.settings import load_settings
    from finetune import evaluate as ev

    logging.basicConfig(level=logging.WARNING if as_json else logging.INFO, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    err = Console(stderr=True, quiet=as_json)
    try:
        settings = load_settings()
    except VgptError as exc:
        raise click.UsageError(str(exc)) from None
    changes = {}
    if attempts:
        changes["max_attempts"] = attempts
    if max_new_tokens:
        changes["max_new_tokens"] = max_new_tokens
    if model_path:
        changes["model_path"] = str(model_path.resolve())
    settings = settings.with_(**changes)

    systems = []
    if backend == "openai":
        systems.append(ev.System(f"openai:{settings.openai_model or 'default'}",
                                 settings.with_(backend="openai"), f"OpenAI-compatible server {settings.openai_base_url}"))
    else:
        local = settings.with_(backend="transformers")
        name = Path(settings.model_path).name if settings.model_path else "smollm2-135m-instruct"
        if not no_base:
            systems.append(ev.System("base", local.with_(adapter_path=""), f"{name}, no adapter"))
        if adapter is not None:
            systems.append(ev.System("tuned", local.with_(adapter_path=str(adapter.resolve())),
                                     f"{name} + LoRA {adapter}"))
        elif no_base:
            raise click.UsageError("--no-base needs --adapter or --backend")
    if not systems:
        raise click.UsageError("nothing to evaluate")

    try:
        catalog = _catalog(settings, catalog_path)
    except VgptError as exc:
        raise click.UsageError(str(exc)) from None
    retriever, retrieval_note = _retriever(settings)
    if context_mode == "auto":
        context_mode = "retrieval" if retriever is not None else "record"
    if context_mode == "retrieval" and retriever is None:
        raise click.UsageError(f"--context retrieval: {retrieval_note}")

    cases = []
    dataset_dir = settings.resolve(dataset_dir) if dataset_dir else settings.resolve(settings.state_dir) / "dataset"
    try:
        cases += ev.eval_split_cases(dataset_dir, split_name, limit=limit, seed=seed)
    except VgptError as exc:
        raise click.UsageError(str(exc)) from None
    if not no_questions:
        path = questions_path or settings.resolve(DEFAULT_QUESTIONS)
        if questions_path is not None and not path.exists():
            raise click.UsageError(f"--questions {path}: no such file")
        if path.exists() and retriever is None:
            err.print(f"[yellow]skipping the question set: {retrieval_note}[/]")
        elif path.exists():
            cases += ev.question_cases(path, limit=limit, seed=seed)
    if not cases:
        raise click.UsageError("no cases to evaluate")

    exec_match, exec_note = ev.shadow_exec_match(settings, catalog)
    stages = ev.dry_run_stages(settings)
    err.print(f"{len(cases)} cases × {len(systems)} system(s); context: {context_mode}; execution match: {exec_note}; "
              f"dry-run stage: {'on' if stages else 'off'}")

    def progress(system: str, r) -> None:
        mark = "pass" if r.final_pass else "FAIL"
        err.print(f"[dim]{system} {r.source} {r.id}: first {'pass' if r.first_pass else 'fail'}, final {mark}, "
                  f"halluc {r.hallucinations}, {r.latency_s:.1f}s[/]")

    try:
        result = ev.evaluate(systems, cases, catalog=catalog, retriever=retriever, context_mode=context_mode,
                             exec_match=exec_match, exec_note=exec_note, reviewer_limit=reviewer_limit, stages=stages,
                             progress=progress, seed=seed)
    except VgptError as exc:
        raise click.UsageError(str(exc)) from None
    mismatch = None
    if baseline_json is not None:
        earlier = json.loads(baseline_json.read_text(encoding="utf-8"))
        ours = [c.id for c in cases]
        if earlier.get("context") != result["context"]:
            mismatch = f"context {earlier.get('context')} vs {result['context']}"
        for name, system in earlier["systems"].items():
            if [r["id"] for r in system["results"]] != ours:
                mismatch = f"{name} ran on other cases (same dataset, --limit and --seed needed)"
        if mismatch is None:
            result["systems"] = {**earlier["systems"], **{k: v for k, v in result["systems"].items()
                                                          if k not in earlier["systems"]}}
            ev.resummarize(result)  # one metric definition for every system, whenever it ran
    try:
        from finetune.data import load_split

        split = load_split(dataset_dir, split_name)
        result["dataset"] = {"dir": str(dataset_dir), "split": split_name, "sha256": split.sha256}
    except VgptError:
        pass
    result["settings"] = {"max_attempts": settings.max_attempts, "max_new_tokens": settings.max_new_tokens,
                          "threads": settings.threads, "temperature": settings.temperature, "limit": limit,
                          "seed": seed, "split": split_name}
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=2, default=str) + "\n", encoding="utf-8")
    if markdown:
        markdown.parent.mkdir(parents=True, exist_ok=True)
        markdown.write_text(ev.to_markdown(result, notes=notes), encoding="utf-8")
    if as_json:
        click.echo(json.dumps(result, default=str))
    else:
        ev.print_tables(result, Console())
    if mismatch is not None:
        # this run's results are written above; only the comparison is refused
        click.secho(f"--baseline-json {baseline_json}: not merged: {mismatch}", fg="red", err=True)
        sys.exit(1)
    if any(s["metrics"].get(src, {}).get("errors") for s in result["systems"].values() for src in ev.SOURCES):
        sys.exit(1)
