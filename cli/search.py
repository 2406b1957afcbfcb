"""``vgpt search``: show what retrieval gives the model for a question."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from assistant.errors import VgptError
from assistant.settings import load_settings


def _fail(message: str, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps({"error": message}))
    click.secho(f"Error: {message}", fg="red", err=True)
    sys.exit(2)


@click.command()
@click.argument("question", required=False)
@click.option("--k", "k", type=click.IntRange(1, 50), default=8, show_default=True, help="Tables and views to return.")
@click.option("--budget", "budget", type=click.IntRange(100, 100_000), default=None,
              help="Token budget of the rendered context (default: settings context_tokens).")
@click.option("--questions", "questions", type=click.Path(path_type=Path, dir_okay=False),
              help="Answer one question per line of FILE (JSON lines with --json); the model loads once.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per question: \"tables\" in rank order first, then the context.")
def search(question: str | None, k: int, budget: int | None, questions: Path | None, as_json: bool) -> None:
    """Retrieve the schema context for QUESTION: ranked tables/views, joins, examples and rules."""
    if (question is None) == (questions is None):
        raise click.UsageError("give either a QUESTION or --questions FILE")
    try:
        settings = load_settings()
        if questions is not None:
            path = settings.resolve(questions)
            try:
                asked = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            except (OSError, UnicodeDecodeError) as exc:
                raise click.UsageError(f"{path}: cannot read the questions file ({exc})") from None
        else:
            asked = [question or ""]
        from assistant.retrieval.retrieve import open_retriever

        retriever = open_retriever(settings)
        retriever.embed("warm up")  # load the model now, so per-question timings are per question
    except VgptError as exc:
        _fail(str(exc), as_json)
    budget = budget or settings.context_tokens
    for q in asked:
        context = retriever.retrieve(q, k=k, budget_tokens=budget)
        if as_json:
            click.echo(json.dumps(context.to_dict()))
        else:
            _print(context)


def _print(context) -> None:
    click.secho(f"Q: {context.question}", bold=True)
    ranked = ", ".join(f"{t.name} ({t.reason})" for t in context.tables)
    click.echo(f"tables: {ranked}")
    click.echo(f"context: ~{context.tokens} of {context.budget_tokens} tokens, {context.timings.get('total', 0) * 1000:.0f} ms\n")
    click.echo(context.render())
    click.echo()
