"""What every ``vgpt`` command shares: option decorators and one failure path.

A usage or input problem exits 2. In ``--json`` mode it prints one JSON object on
stdout, ``{"error": {"message": ..., "file": ..., "line": ...}}``, whatever the
command; otherwise the message goes to stderr. Commands raise; they never print
errors or call ``sys.exit`` themselves.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from assistant.errors import InputError, VgptError

F = TypeVar("F", bound=Callable[..., Any])

EXIT_CODES_HELP = (
    "Exit codes: 0 success (a query passed), 1 a query failed validation or a run failed, "
    "2 a usage or input error."
)

USAGE_EXIT = 2
JSON_MODE = "vgpt.json"  # ctx.meta key: was --json given anywhere on the line


def json_option(func: F) -> F:
    """``--json``: one JSON document on stdout, logs and progress on stderr."""
    return click.option(
        "--json",
        "as_json",
        is_flag=True,
        help="Print one JSON document on stdout (errors too); logs go to stderr.",
    )(func)


def docs_option(func: F) -> F:
    """``--docs DIR``: the documentation folder (default: settings ``docs_dir``)."""
    return click.option(
        "--docs",
        "docs",
        type=click.Path(path_type=Path),
        default=None,
        help="Documentation folder (default: settings docs_dir).",
    )(func)


def catalog_option(func: F) -> F:
    """``--catalog FILE``: a catalog artifact instead of the state folder's."""
    return click.option(
        "--catalog",
        "catalog_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Catalog artifact to use (default: the state folder's, built if missing).",
    )(func)


def verbose_option(func: F) -> F:
    """``-v/--verbose``: let the model libraries show their loading bars and log messages."""
    return click.option(
        "-v",
        "--verbose",
        "verbose",
        is_flag=True,
        help="Show the model libraries' loading progress and messages (hidden by default).",
    )(func)


def quiet_models(verbose: bool = False) -> None:
    """Silence Hugging Face progress bars ("Loading weights") and library logging unless ``verbose``.

    Call it before the model libraries are imported: the variables are read at import; the
    ``transformers`` switches below cover an import that already happened.
    """
    if verbose:
        return
    import logging
    import os
    import sys

    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    for name in (
        "transformers",
        "sentence_transformers",
        "huggingface_hub",
        "bitsandbytes",
        "chromadb",
    ):
        logging.getLogger(name).setLevel(logging.ERROR)
    if "transformers" in sys.modules:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()


def fail(message: str, *, file: str | Path | None = None, line: int | None = None) -> NoReturn:
    """Stop the command with an input error (exit 2)."""
    raise InputError(message, file=str(file) if file is not None else None, line=line)


def error_object(message: str, file: str | None = None, line: int | None = None) -> dict:
    """The one shape of a ``--json`` error.

    >>> error_object("no such file", "q.sql")
    {'error': {'message': 'no such file', 'file': 'q.sql', 'line': None}}
    """
    return {"error": {"message": message, "file": file, "line": line}}


class Failure(click.ClickException):
    """A command failed on its input: exit 2, one JSON error object in ``--json`` mode."""

    exit_code = USAGE_EXIT

    def __init__(
        self,
        message: str,
        *,
        as_json: bool,
        file: str | None = None,
        line: int | None = None,
        exit_code: int = USAGE_EXIT,
    ) -> None:
        super().__init__(message)
        self.as_json, self.file, self.line, self.exit_code = as_json, file, line, exit_code

    def show(self, file: Any = None) -> None:
        if self.as_json:
            click.echo(json.dumps(error_object(self.message, self.file, self.line)))
        where = (
            f"{self.file}:{self.line}: "
            if self.file and self.line
            else (f"{self.file}: " if self.file else "")
        )
        click.secho(f"Error: {where}{self.message}", fg="red", err=True)


class VgptGroup(click.Group):
    """The root group: the one failure path, and "did you mean" for a mistyped command."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta[JSON_MODE] = "--json" in args
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx: click.Context, args: list[str]):
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            close = difflib.get_close_matches(name, self.list_commands(ctx), n=3, cutoff=0.6)
            hint = f" Did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
            ctx.fail(f"No such command {name!r}.{hint}")
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        as_json = bool(ctx.meta.get(JSON_MODE))
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.Abort, Failure):
            raise
        except click.UsageError as exc:
            if not as_json:
                raise
            raise Failure(exc.format_message(), as_json=True) from None
        except click.ClickException as exc:
            raise Failure(exc.format_message(), as_json=as_json, exit_code=exc.exit_code) from None
        except VgptError as exc:
            raise Failure(str(exc), as_json=as_json, file=exc.file, line=exc.line) from None
        except OSError as exc:
            # A read-only or full state folder, a missing file: say which, never a traceback.
            name = str(exc.filename) if exc.filename else None
            raise Failure(exc.strerror or str(exc), as_json=as_json, file=name) from None
