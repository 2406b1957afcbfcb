"""``vgpt chat``: make sure the catalog, index and local model exist, then start the web app.

Ingest, model preparation and the shadow database are prepared in this process
(``ingest.index.ingest``, ``finetune.prepare.prepare_model``); only Chainlit runs
as a subprocess. Each step is skipped when its artifact is already there, so the
second start is quick.

One chat per state folder: ``<state_dir>/chat.lock`` (``ingest.lock.StateLock``) is
taken before anything else, so a second ``vgpt chat`` exits 2 naming the running one
(PID, URL, start time) before Chainlit starts; Chainlit removes its ``.files`` folder
when it stops, which is how a second instance used to empty the first one's previews.
The Chainlit child inherits the locked file, so the lock lasts as long as the server.
A port in use is found by binding it first (exit 1). The child runs in its own process
group: SIGINT, SIGTERM and SIGHUP to ``vgpt chat`` are passed to that whole group, and
what has not stopped after ``STOP_GRACE_S`` is killed.
"""

from __future__ import annotations

import getpass
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from importlib.util import find_spec
from pathlib import Path

import click

from assistant.settings import Settings, load_settings

from .common import docs_option

CONFIG_TEMPLATE = Path(__file__).resolve().parents[1] / ".chainlit" / "config.toml"
CHAT_LOCK = "chat.lock"
STOP_GRACE_S = 10.0  # after a stop signal, how long Chainlit may take before it is killed
STOP_SIGNALS = tuple(
    getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n)
)


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
    import importlib.util

    from assistant.backends.base import DEFAULT_MODEL_DIRNAME
    from assistant.backends.gguf_convert import PREPARED_GGUF

    if (
        settings.backend not in ("auto", "transformers", "llamacpp")
        or settings.model_path
        or settings.gguf_path
    ):
        return False
    folder = settings.models_dir / DEFAULT_MODEL_DIRNAME
    if not (folder / "config.json").exists():
        return True
    # llama.cpp runs the prepared model's F16 GGUF, written by the same preparation
    return (
        importlib.util.find_spec("llama_cpp") is not None and not (folder / PREPARED_GGUF).exists()
    )


def chat_lock(settings: Settings, host: str, port: int):
    """The lock that keeps a second chat off this state folder (not yet taken)."""
    from ingest.lock import StateLock

    return StateLock(
        settings.resolve(settings.state_dir) / CHAT_LOCK,
        "vgpt chat",
        info={"url": f"http://{host}:{port}", "port": port},
        advice="Use that one, or stop it first (kill <pid>), or start this one with another state folder (VGPT_STATE_DIR)",
    )


def check_port(host: str, port: int) -> None:
    """Fail (exit 1) if ``host:port`` cannot be bound, the way the server would bind it."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise click.ClickException(f"cannot serve on {host}:{port}: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as s:
        if (
            os.name != "nt"
        ):  # as uvicorn does; on Windows SO_REUSEADDR would let two servers share a port
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(address)
        except OSError as exc:
            raise click.ClickException(
                f"port {port} on {host} is in use ({exc.strerror}): another server is listening there. "
                f"Stop it, or choose another port: vgpt chat --port {port + 1}"
            ) from None


def run_server(
    argv: list[str], *, cwd: Path, env: dict[str, str], pass_fds: tuple[int, ...] = ()
) -> int:
    """Run the server child until it exits; a stop signal to us stops its whole process group.

    Returns the child's exit code, or 0 when it was stopped by one of ``STOP_SIGNALS``.
    """
    posix = os.name == "posix"
    proc = subprocess.Popen(
        argv, cwd=cwd, env=env, start_new_session=posix, pass_fds=pass_fds if posix else ()
    )
    stopping: list[float] = []

    def forward(signum: int, frame: object) -> None:
        if not stopping:
            stopping.append(time.monotonic())
        _signal_tree(proc, signum)

    previous = {s: signal.signal(s, forward) for s in STOP_SIGNALS}
    try:
        while True:
            try:
                code = proc.wait(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                if stopping and time.monotonic() - stopping[0] > STOP_GRACE_S:
                    _signal_tree(proc, getattr(signal, "SIGKILL", signal.SIGTERM))
    finally:
        if proc.poll() is None:  # our own failure (not a signal): leave nothing serving
            _signal_tree(proc, getattr(signal, "SIGKILL", signal.SIGTERM))
            proc.wait()
        if stopping and posix:  # what the child started and left behind in its group
            _signal_tree(proc, signal.SIGKILL)
        for s, handler in previous.items():
            signal.signal(s, handler)
    return 0 if stopping else code


def _signal_tree(proc: subprocess.Popen, signum: int) -> None:
    try:
        if os.name == "posix":
            os.killpg(proc.pid, signum)  # the child leads its own group (start_new_session)
        else:
            proc.terminate()
    except (ProcessLookupError, PermissionError):
        pass


def chainlit_argv(host: str, port: int, headless: bool) -> list[str]:
    argv = [
        sys.executable,
        "-m",
        "chainlit",
        "run",
        str(app_file()),
        "--host",
        host,
        "--port",
        str(port),
    ]
    return argv + (["--headless"] if headless else [])


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to serve on (keep the loopback unless behind a proxy).",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@docs_option
@click.option(
    "--ingest/--no-ingest",
    "reingest",
    default=False,
    help="Run an (incremental) ingest even when an index exists.",
)
@click.option(
    "--open/--headless",
    "open_browser",
    default=False,
    help="Open a browser tab (default: only print the URL).",
)
@click.option(
    "--add-user",
    metavar="NAME",
    default=None,
    help="Add or replace a login in the users file (asks for the password), then exit.",
)
def chat(
    host: str,
    port: int,
    docs: Path | None,
    reingest: bool,
    open_browser: bool,
    add_user: str | None,
) -> None:
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
        click.echo(
            f"{add_user} can log in (users file: {path}). Set VGPT_AUTH_SECRET to turn login on."
        )
        return
    lock = chat_lock(settings, host, port)
    lock.acquire()  # a second chat on this state folder stops here (exit 2), before it touches anything
    try:
        _serve(settings, host, port, docs, reingest, open_browser, lock)
    finally:
        lock.release()


def _serve(
    settings: Settings,
    host: str,
    port: int,
    docs: Path | None,
    reingest: bool,
    open_browser: bool,
    lock,
) -> None:
    check_port(host, port)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            f"vgpt chat: serving on {host}: anyone who can reach it can use the app; see README (team set-up).",
            err=True,
        )

    if reingest or needs_ingest(settings):
        from ingest.index import ingest

        click.echo("vgpt chat: ingesting the documentation ...", err=True)
        done = ingest(
            settings, docs=settings.resolve(docs) if docs else None, progress=sys.stderr.isatty()
        )
        click.echo(
            f"vgpt chat: ingested {done.docs_dir} in {done.seconds:.1f} s "
            f"({done.chunks_total} chunks)",
            err=True,
        )
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

    check_port(host, port)  # again: ingest can take minutes
    click.echo(f"vgpt chat: open http://{host}:{port} (Ctrl-C stops)", err=True)
    argv = chainlit_argv(host, port, headless=not open_browser)
    fd = lock.fileno()
    code = run_server(
        argv, cwd=settings.root, env=_env(settings), pass_fds=(fd,) if fd is not None else ()
    )
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
