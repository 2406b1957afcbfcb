"""``vgpt``: a thin click shell over the packages.

Commands are registered by dotted path and imported only when run, so that
``vgpt --help`` is instant and ``assistant`` has no import-time dependency on
``ingest`` or ``finetune`` (the packages stay free of import cycles). Commands
that may (re)build an artifact (catalog, index, shadow) live in ``ingest.commands``
because building is ingest's job; model commands live in ``finetune.commands``.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys

import click

from .errors import VgptError

# name -> "module:attribute" of a click command or group
COMMANDS: dict[str, str] = {
    "catalog": "ingest.commands.catalog:catalog",
    "ingest": "ingest.commands.ingest:ingest",
    "search": "ingest.commands.search:search",
    "dataset": "ingest.commands.dataset:dataset",
    "validate": "ingest.commands.validate:validate",
    "ask": "ingest.commands.ask:ask",
    "shadow": "ingest.commands.shadow:shadow",
    "chat": "ingest.commands.chat:chat",
    "models": "finetune.commands.models:models",
    "train": "finetune.commands.train:train",
    "export": "finetune.commands.train:export",
    "eval": "finetune.commands.evaluate:eval_",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self._available())

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = self._available().get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        return getattr(importlib.import_module(module), attr)

    @staticmethod
    def _available() -> dict[str, str]:
        # A command whose module is not written yet is simply not offered.
        found = {}
        for name, target in COMMANDS.items():
            module, attr = target.split(":")
            try:
                spec = importlib.util.find_spec(module)
            except ModuleNotFoundError:
                spec = None
            if spec is not None:
                found[name] = target
        return found


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vgpt")
def cli() -> None:
    """VGPT: a schema-aware SQL assistant for Trimble Viewpoint Vista.

    Typical use: `vgpt ingest` once, then `vgpt ask "question"`,
    `vgpt validate query.sql`, or `vgpt chat` for the web app.
    """


def main() -> None:
    try:
        cli.main(prog_name="vgpt", standalone_mode=True)
    except VgptError as exc:  # configuration and input problems: a message, not a traceback
        click.secho(f"Error: {exc}", fg="red", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
