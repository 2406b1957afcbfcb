"""``vgpt search``: show what retrieval gives the model for a question."""

from __future__ import annotations

import json
from pathlib import Path

import click

from assistant.errors import InputError
from assistant.settings import load_settings

from .common import fail, json_option, quiet_models, verbose_option


@click.command()
@click.argument("question", required=False)
@click.option(
    "--k",
    "k",
    type=click.IntRange(1, 50),
    default=8,
    show_default=True,
    help="Tables and views to return.",
)
@click.option(
    "--budget",
    "budget",
    type=click.IntRange(100, 100_000),
    default=None,
    help="Token budget of the rendered context (default: settings context_tokens).",
)
@click.option(
    "--questions",
    "questions",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Answer one question per line of FILE (JSON lines with --json); the model loads once.",
)
@json_option
@verbose_option
def search(
    question: str | None,
    k: int,
    budget: int | None,
    questions: Path | None,
    as_json: bool,
    verbose: bool,
) -> None:
    """Retrieve the schema context for QUESTION: ranked tables/views, joins, examples and rules."""
    if (question is None) == (questions is None):
        raise click.UsageError("give either a QUESTION or --questions FILE")
    quiet_models(verbose)
    from assistant.runtime import Runtime
    from ingest.artifacts import ensure_catalog

    settings = load_settings()
    asked = (
        _read_questions(settings.resolve(questions)) if questions is not None else [question or ""]
    )
    require_index(settings)
    runtime = Runtime(settings, ensure_catalog(settings))
    retriever = runtime.retriever()
    if retriever is None:
        fail(runtime.retriever_problem)
    retriever.embed("warm up")  # load the model now, so per-question timings are per question
    budget = budget or settings.context_tokens
    for q in asked:
        context = retriever.retrieve(q, k=k, budget_tokens=budget)
        if as_json:
            click.echo(json.dumps(context.to_dict()))
        else:
            _print(context)


def require_index(settings) -> None:
    """Stop with "run `vgpt ingest`" when there is no index yet (the commonest first-run problem)."""
    index = settings.index_dir
    if not settings.chroma_url and (not index.exists() or not any(index.iterdir())):
        fail(f"no search index at {index}: run `vgpt ingest` first")


def _read_questions(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the questions file ({exc})", file=str(path)) from None
    return [line.strip() for line in lines if line.strip()]


def _print(context) -> None:
    click.secho(f"Q: {context.question}", bold=True)
    ranked = ", ".join(f"{t.name} ({t.reason})" for t in context.tables)
    click.echo(f"tables: {ranked}")
    click.echo(
        f"context: ~{context.tokens} of {context.budget_tokens} tokens, {context.timings.get('total', 0) * 1000:.0f} ms\n"
    )
    click.echo(context.render())
    click.echo()
