"""``vgpt ingest``: bring the catalog artifact and the vector index up to date with the docs."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from assistant.settings import load_settings

from .common import docs_option, json_option

SHOWN_WARNINGS = 20


@click.command()
@docs_option
@click.option(
    "--rebuild",
    is_flag=True,
    help="Re-embed everything into a fresh index (needed after a model or version change).",
)
@click.option(
    "--no-shadow", is_flag=True, help="Do not rebuild the shadow database after a catalog change."
)
@json_option
def ingest(docs: Path | None, rebuild: bool, no_shadow: bool, as_json: bool) -> None:
    """Ingest the Vista documentation: catalog artifact + incremental vector index.

    Only files that changed since the last run are re-read, and only chunks whose
    text changed are re-embedded. A run that fails part-way (a crash, Ctrl-C) leaves
    the previous index and catalog in use, untouched. One ingest runs at a time per
    state folder: a second one exits at once with code 2, naming the one that runs.
    """
    from ingest.index import ingest as run_ingest

    settings = load_settings()
    docs = settings.resolve(docs) if docs is not None else None
    try:
        result = run_ingest(
            settings,
            docs=docs,
            rebuild=rebuild,
            shadow=not no_shadow,
            progress=not as_json and sys.stderr.isatty(),
        )
    except KeyboardInterrupt:
        click.secho(
            "Interrupted: the previous index and catalog are unchanged.", fg="yellow", err=True
        )
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(result.to_dict()))
        return
    _print(result)


def _print(result) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    title = f"Ingest of {result.docs_dir} in {result.seconds:.1f} s"
    table = Table(title=title, show_header=False)
    table.add_row(
        "files new / changed / deleted / unchanged",
        f"{result.files_new} / {result.files_changed} / {result.files_deleted} / {result.files_unchanged}",
    )
    table.add_row(
        "chunks written / deleted / total",
        f"{result.chunks_written} / {result.chunks_deleted} / {result.chunks_total}",
    )
    if result.catalog:
        table.add_row("catalog", ", ".join(f"{k} {v:,}" for k, v in result.catalog.items()))
    table.add_row("index", f"{result.index} ({result.version})")
    for note in result.notes:
        table.add_row("note", note)
    console.print(table)
    if result.warnings:
        err = Console(stderr=True)
        err.print(f"[yellow]{len(result.warnings)} warnings (files skipped or partly read):[/]")
        for w in result.warnings[:SHOWN_WARNINGS]:
            err.print(f"  {w}", markup=False, highlight=False)
        if len(result.warnings) > SHOWN_WARNINGS:
            err.print(f"  ... and {len(result.warnings) - SHOWN_WARNINGS} more (see --json)")
