"""``vgpt chat``: make sure the catalog, index and local model exist, then start the web app.

Ingest, model preparation and the shadow database are prepared in this process
(``ingest.index.ingest``, ``finetune.prepare.prepare_model``); only Chainlit runs
as a subprocess. Each step is skipped when its artifact is already there, so the
second start is quick.
"""

from __future__ import annotations

import getpass
import os
import shutil
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import click

from assistant.settings import Settings, load_settings

from .common import docs_option

CONFIG_TEMPLATE = Path(__file__).resolve().parents[1] / ".chainlit" / "config.toml"


def app_file() -> Path:
    """The chat app's module file, found through the package (without importing Chainlit here)."""
    spec = find_spec("assistant.app.main")
    if spec is None or spec.origin is None:
        raise click.ClickException("the chat app (assistant.app.main) is not installed")
    return Path(spec.origin)


def _env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    # No outbound connections: Literal AI is used only when its key is set.
    env.pop("LITERAL_API_KEY", None)
    env["VGPT_ROOT"] = str(settings.root)
    env["CHAINLIT_APP_ROOT"] = str(settings.root)
    return env


def needs_ingest(settings: Settings) -> bool:
    index = settings.index_dir
    return not settings.catalog_path.exists() or not index.exists() or not any(index.iterdir())


def needs_model(settings: Settings) -> bool:
    from assistant.backends.base import DEFAULT_MODEL_DIRNAME

    if settings.backend != "transformers" or settings.model_path:
        return False
    return not (settings.models_dir / DEFAULT_MODEL_DIRNAME / "config.json").exists()


def chainlit_argv(host: str, port: int, headless: bool) -> list[str]:
    argv = [sys.executable, "-m", "chainlit", "run", str(app_file()), "--host", host, "--port", str(port)]
    return argv + (["--headless"] if headless else [])


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to serve on (keep the loopback unless behind a proxy).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@docs_option
@click.option("--ingest/--no-ingest", "reingest", default=False, help="Run an (incremental) ingest even when an index exists.")
@click.option("--open/--headless", "open_browser", default=False, help="Open a browser tab (default: only print the URL).")
@click.option("--add-user", metavar="NAME", default=None, help="Add or replace a login in the users file (asks for the password), then exit.")
def chat(host: str, port: int, docs: Path | None, reingest: bool, open_browser: bool, add_user: str | None) -> None:
    """Start the chat app on http://HOST:PORT (first run: ingest the docs and prepare the model)."""
    settings = load_settings()
    if add_user:
        from assistant.app.auth import add_user as add
        from assistant.app.auth import users_file

        password = getpass.getpass(f"Password for {add_user}: ")
        if password != getpass.getpass("Again: "):
            raise click.UsageError("the passwords differ")
        path = users_file(settings.resolve(settings.state_dir))
        add(path, add_user, password)
        click.echo(f"{add_user} can log in (users file: {path}). Set VGPT_AUTH_SECRET to turn login on.")
        return
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"vgpt chat: serving on {host}: anyone who can reach it can use the app; see README (team set-up).", err=True)

    if reingest or needs_ingest(settings):
        from ingest.index import ingest

        click.echo("vgpt chat: ingesting the documentation ...", err=True)
        done = ingest(settings, docs=settings.resolve(docs) if docs else None, progress=sys.stderr.isatty())
        click.echo(f"vgpt chat: ingested {done.docs_dir} in {done.seconds:.1f} s "
                   f"({done.chunks_total} chunks)", err=True)
    if needs_model(settings):
        from finetune.prepare import default_model_dir, prepare_model

        click.echo("vgpt chat: preparing the local model ...", err=True)
        prepare_model(default_model_dir(settings.models_dir))
    if settings.dry_run and not settings.shadow_path.exists():
        _build_shadow(settings)

    config = settings.root / ".chainlit" / "config.toml"
    if not config.exists() and CONFIG_TEMPLATE.exists():
        config.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(CONFIG_TEMPLATE, config)

    click.echo(f"vgpt chat: open http://{host}:{port} (Ctrl-C stops)", err=True)
    argv = chainlit_argv(host, port, headless=not open_browser)
    try:
        code = subprocess.call(argv, cwd=settings.root, env=_env(settings))
    except KeyboardInterrupt:
        code = 0
    sys.exit(0 if code in (0, -2, 130) else 1)


def _build_shadow(settings: Settings) -> None:
    """The shadow database (sample data for dry runs); optional: the app runs without dry runs."""
    from assistant.shadow import ensure_shadow
    from ingest.artifacts import ensure_catalog

    click.echo("vgpt chat: building the shadow database (sample data for dry runs) ...", err=True)
    try:
        ensure_shadow(settings, ensure_catalog(settings))
    except Exception as exc:  # noqa: BLE001 - a missing shadow only turns dry runs off
        click.echo(f"vgpt chat: no shadow database ({exc}); continuing without dry runs", err=True)
