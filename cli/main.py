"""``vgpt``: a thin click shell over the packages.

Every command is imported directly, so a command whose module fails to import
fails ``vgpt --help`` loudly instead of silently disappearing. Heavy third-party
packages (torch, chromadb, transformers) are imported inside the commands, which
keeps ``vgpt --help`` fast.
"""

from __future__ import annotations

import click

from .ask import ask
from .catalog import catalog
from .chat import chat
from .common import EXIT_CODES_HELP, VgptGroup
from .dataset import dataset
from .evaluate import eval_
from .ingest import ingest
from .models import models
from .search import search
from .shadow import shadow
from .train import export, train
from .validate import validate

COMMANDS: dict[str, click.Command] = {
    "ask": ask,
    "catalog": catalog,
    "chat": chat,
    "dataset": dataset,
    "eval": eval_,
    "export": export,
    "ingest": ingest,
    "models": models,
    "search": search,
    "shadow": shadow,
    "train": train,
    "validate": validate,
}


@click.group(
    cls=VgptGroup,
    commands=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=EXIT_CODES_HELP,
)
@click.version_option(package_name="vgpt")
def cli() -> None:
    """VGPT: a schema-aware SQL assistant for Trimble Viewpoint Vista.

    Typical use: `vgpt ingest` once, then `vgpt ask "question"`,
    `vgpt validate query.sql`, or `vgpt chat` for the web app.
    """


def main() -> None:
    cli.main(prog_name="vgpt")


if __name__ == "__main__":
    main()
