"""``vgpt ask``: draft validated SQL for a question (or a file of questions).

Every SQL printed has been through the validator: the verdict and findings are
printed with it, and a draft that still fails after self-correction is shown as
rejected (exit 1). ``--questions FILE`` loads the model once and prints one JSON
object per line, in the order of the file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from assistant.errors import InputError, VgptError
from assistant.settings import Settings, load_settings

from .common import catalog_option, fail, json_option
from .search import require_index


@click.command()
@click.argument("question", required=False)
@click.option(
    "--questions",
    "questions_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Answer every line of FILE (blank lines and #comments skipped); prints JSON lines.",
)
@json_option
@click.option(
    "--backend",
    type=click.Choice(["auto", "transformers", "llamacpp", "openai"]),
    default=None,
    help="Model backend (default: settings).",
)
@click.option(
    "--mode",
    type=click.Choice(["plan", "sql"]),
    default=None,
    help="plan: the model writes a query plan under a schema grammar, the catalog compiles it; "
    "sql: the model writes T-SQL (default: settings, draft_mode).",
)
@click.option(
    "--model",
    default=None,
    help="transformers: a local model folder; openai: the served model's name.",
)
@click.option(
    "--adapter",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="A LoRA adapter folder (transformers).",
)
@click.option(
    "--base-url", default=None, help="OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1."
)
@click.option(
    "--company", type=int, default=None, help="Default company to filter on (JCCo, APCo ...)."
)
@click.option(
    "--max-attempts",
    type=click.IntRange(1, 10),
    default=None,
    help="Model attempts, self-correction included.",
)
@click.option(
    "--review/--no-review",
    default=None,
    help="Let the model review a query that passed the static checks.",
)
@click.option(
    "--dry-run/--no-dry-run", default=None, help="Dry-run in the shadow database when one is built."
)
@catalog_option
def ask(
    question,
    questions_file,
    as_json,
    backend,
    mode,
    model,
    adapter,
    base_url,
    company,
    max_attempts,
    review,
    dry_run,
    catalog_path,
) -> None:
    """Draft a validated T-SQL query that answers QUESTION.

    With --json, one JSON object: sql, verdict, findings, attempts, tables (and in plan mode the plan).
    """
    from assistant.runtime import Runtime
    from ingest.artifacts import ensure_catalog

    if bool(question) == bool(questions_file):
        raise click.UsageError("give either a QUESTION or --questions FILE")
    questions = _read_questions(questions_file) if questions_file else [question]
    settings = _settings(
        backend, model, adapter, base_url, company, max_attempts, review, dry_run, mode
    )
    if settings.backend == "none":
        raise click.UsageError(
            "`vgpt ask` needs a model: set backend to transformers or openai (vgpt.toml, VGPT_BACKEND or --backend)"
        )

    require_index(settings)  # first: a missing index is the commonest first-run problem
    runtime = Runtime(settings, ensure_catalog(settings, catalog=catalog_path))
    if runtime.retriever() is None:
        fail(runtime.retriever_problem)
    backend_ = runtime.backend()
    if backend_ is None:
        fail(runtime.backend_problem)

    batch = questions_file is not None
    stream = not as_json and not batch and sys.stderr.isatty()
    failed = 0
    for q in questions:
        on_token = (lambda piece: click.echo(piece, err=True, nl=False)) if stream else None
        try:
            result = runtime.draft(q, backend=backend_, on_token=on_token)
        except VgptError as exc:
            if not batch:
                # the model call itself failed (a server went away): the query failed, exit 1
                raise click.ClickException(str(exc)) from None
            click.echo(
                json.dumps(
                    {
                        "question": q,
                        "sql": "",
                        "verdict": "fail",
                        "error": str(exc),
                        "findings": [],
                        "attempts": [],
                        "tables": [],
                    }
                )
            )
            failed += 1
            continue
        if stream:
            click.echo("", err=True)
        failed += result.verdict != "pass"
        if as_json or batch:
            click.echo(json.dumps(result.to_dict()))
        else:
            _print_text(result)
    sys.exit(1 if failed else 0)


def _settings(
    backend, model, adapter, base_url, company, max_attempts, review, dry_run, mode=None
) -> Settings:
    """The settings with this command's choices applied (a --base-url alone means the OpenAI backend)."""
    from assistant.runtime import model_settings  # imports the validator (sqlglot): not at start-up

    return model_settings(
        load_settings(),
        backend or ("openai" if base_url else ""),
        model or "",
        company,
        adapter_path=str(adapter) if adapter else None,
        openai_base_url=base_url,
        max_attempts=max_attempts,
        reviewer=review,
        dry_run=dry_run,
        draft_mode=mode,
    )


def _read_questions(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the questions file ({exc})", file=str(path)) from None
    questions = [
        line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")
    ]
    if not questions:
        fail("the file holds no questions", file=path)
    return questions


def _print_text(result) -> None:
    label = "VALIDATED" if result.verdict == "pass" else "REJECTED"
    n = len(result.attempts)
    click.secho(
        f"-- {label} after {n} attempt{'s' if n != 1 else ''}",
        fg="green" if result.verdict == "pass" else "red",
    )
    if getattr(result, "mode", "sql") == "plan":
        click.echo("-- plan:")
        click.echo("\n".join(f"--   {line}" for line in (result.plan or "(none)").splitlines()))
    for note in getattr(result, "notes", ()):
        click.echo(f"-- note: {note}")
    click.echo(result.sql or "-- (no SQL)")
    if result.report.findings:
        click.echo("\nFindings:")
        for f in result.report.findings:
            mark = " [model opinion]" if f.source == "reviewer" else ""
            hint = f" (suggestion: {f.suggestion})" if f.suggestion else ""
            click.echo(
                f"  {f.line}:{f.col} {f.severity} {f.code} {f.rule}: {f.message}{hint}{mark}"
            )
    if result.tables:
        click.echo(f"\nTables: {', '.join(result.tables)}")
