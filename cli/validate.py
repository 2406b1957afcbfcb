"""``vgpt validate``: check T-SQL files (or stdin) against the schema catalog.

Exit 0 when every input passes, 1 when any fails, 2 on usage or input error.
``--json`` prints exactly one JSON object per input, one per line, on stdout.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from assistant.errors import InputError

from .common import catalog_option, docs_option, fail, json_option


@click.command()
@click.argument("files", nargs=-1)
@catalog_option
@docs_option
@json_option
@click.option("--strict", is_flag=True, help="Warnings fail the verdict too.")
@click.option(
    "--no-dry-run",
    is_flag=True,
    help="Skip the dry run in the shadow database (on when an up-to-date shadow exists).",
)
def validate(
    files: tuple[str, ...],
    catalog_path: Path | None,
    docs: Path | None,
    as_json: bool,
    strict: bool,
    no_dry_run: bool,
) -> None:
    """Validate T-SQL FILES (use - for stdin) against the Vista schema catalog.

    Without --catalog or --docs, uses the catalog ingest last built, or builds
    one from the configured documentation folder.
    """
    from assistant.runtime import Runtime
    from assistant.settings import load_settings
    from ingest.artifacts import ensure_catalog

    if not files:
        raise click.UsageError("give files or - for stdin")
    if catalog_path is not None and docs is not None:
        raise click.UsageError("give --catalog or --docs, not both")
    settings = load_settings()
    inputs = [(name, _checked(name, _read(name), settings.max_query_bytes)) for name in files]
    catalog = ensure_catalog(
        settings, catalog_path, docs, progress=not as_json and sys.stderr.isatty()
    )
    runtime = Runtime(settings, catalog)
    failed = False
    console = None
    if not as_json:
        from rich.console import Console

        console = Console(highlight=False)
    for name, sql in inputs:
        try:
            report = runtime.validate(sql, strict=strict, dry_run=not no_dry_run)
        except Exception as exc:  # the validator never raises on SQL; this is our bug
            fail(f"internal error: {exc!r}", file=name)
        failed = failed or report.verdict == "fail"
        if as_json:
            click.echo(json.dumps(report.to_dict()))
        else:
            from assistant.validate.render import render_rich

            console.print(render_rich(report, name))
    sys.exit(1 if failed else 0)


def _checked(name: str, sql: str, limit: int) -> str:
    """An input that is neither empty nor over ``max_query_bytes`` (else exit 2, naming it)."""
    from assistant.limits import check_query_size

    if not sql.strip():
        raise InputError("the input is empty: nothing to validate", file=name)
    return check_query_size(sql, limit, file=name)


def _read(name: str) -> str:
    """The text of one input: a file, or stdin for ``-``."""
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        problem = "no such file"
    except UnicodeDecodeError:
        problem = "not UTF-8 text"
    except OSError as exc:
        problem = exc.strerror or str(exc)
    raise InputError(problem, file=name)
