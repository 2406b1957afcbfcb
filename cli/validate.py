"""``vgpt validate``: check T-SQL files (or stdin) against the schema catalog.

Exit 0 when every input passes, 1 when any fails, 2 on usage or internal error.
``--json`` prints exactly one JSON object per input, one per line, on stdout.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from assistant.errors import VgptError


def _fail(message: str) -> None:
    click.secho(f"Error: {message}", fg="red", err=True)
    sys.exit(2)


@click.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--catalog", "catalog_path", type=click.Path(path_type=Path, dir_okay=False), help="Catalog artifact to validate against.")
@click.option("--docs", "docs", type=click.Path(path_type=Path, file_okay=False), help="Build the catalog from this documentation folder.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per input: verdict, findings, corrected_sql.")
@click.option("--strict", is_flag=True, help="Warnings fail the verdict too.")
@click.option("--no-dry-run", is_flag=True, help="Skip the dry run in the shadow database (on when an up-to-date shadow exists).")
def validate(files: tuple[str, ...], catalog_path: Path | None, docs: Path | None, as_json: bool, strict: bool, no_dry_run: bool) -> None:
    """Validate T-SQL FILES (use - for stdin) against the Vista schema catalog.

    Without --catalog or --docs, uses the catalog ingest last built, or builds
    one from the configured documentation folder.
    """
    from assistant.settings import load_settings
    from assistant.validate import validate as run

    if catalog_path is not None and docs is not None:
        raise click.UsageError("give --catalog or --docs, not both")
    inputs = []
    for name in files:
        if name == "-":
            inputs.append(("<stdin>", sys.stdin.read()))
            continue
        path = Path(name)
        try:
            inputs.append((name, path.read_text(encoding="utf-8-sig")))
        except FileNotFoundError:
            _fail(f"{name}: no such file")
        except UnicodeDecodeError:
            _fail(f"{name}: not UTF-8 text")
        except OSError as exc:
            _fail(f"{name}: {exc.strerror or exc}")
    try:
        from ingest.artifacts import ensure_catalog

        settings = load_settings()
        catalog = ensure_catalog(settings, catalog_path, docs, progress=not as_json and sys.stderr.isatty())
    except VgptError as exc:
        _fail(str(exc))
    from assistant.shadow import stages_for

    stages = stages_for(settings, catalog, enabled=not no_dry_run)
    failed = False
    console = None
    if not as_json:
        from rich.console import Console

        console = Console(highlight=False)
    for name, sql in inputs:
        try:
            report = run(sql, catalog, strict=strict, stages=stages)
        except Exception as exc:  # the validator never raises on SQL; this is our bug
            _fail(f"{name}: internal error: {exc!r}")
        failed = failed or report.verdict == "fail"
        if as_json:
            click.echo(json.dumps(report.to_dict()))
        else:
            from assistant.validate.render import render_rich

            console.print(render_rich(report, name))
    sys.exit(1 if failed else 0)
