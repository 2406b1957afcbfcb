"""`vgpt chat` as real processes: one chat per state folder, a port in use, and stop signals.

Each test runs the real command (``python -m cli.main chat``) on a state folder in tmp that
already looks ingested (a catalog file, a non-empty index folder, a model path, dry runs
off), so the command goes straight to starting Chainlit; the app starts and serves its page
without a usable catalog (it says so in the chat), which is all these tests need.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ..helpers import ROOT, free_port, http_ok, stop_process, wait_for_server

pytestmark = [pytest.mark.server, pytest.mark.skipif(os.name != "posix", reason="POSIX signals")]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    state = tmp_path / ".vgpt"
    (state / "index" / "chroma").mkdir(parents=True)
    (state / "catalog.json").write_text("{}")
    return tmp_path


def _env(root: Path) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if k != "LITERAL_API_KEY" and not k.startswith("VGPT_")
    }
    env.update(VGPT_ROOT=str(root), VGPT_MODEL_PATH=str(root / "no-model"), VGPT_DRY_RUN="false")
    return env


def _argv(port: int) -> list[str]:
    return [sys.executable, "-m", "cli.main", "chat", "--port", str(port)]


def _start(root: Path, port: int) -> tuple[subprocess.Popen, Path]:
    log = root / f"chat-{port}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            _argv(port), cwd=ROOT, env=_env(root), stdout=out, stderr=subprocess.STDOUT
        )
    wait_for_server(
        proc, http_ok(f"http://127.0.0.1:{port}"), what="vgpt chat", timeout=180, log=log
    )
    return proc, log


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has stopped


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def test_a_second_chat_on_the_same_state_folder_exits_2_naming_the_first_and_deletes_nothing(root):
    port = free_port()
    first, _ = _start(root, port)
    try:
        keep = (
            root / ".files" / "session" / "preview.csv"
        )  # what Chainlit serves result previews from
        keep.parent.mkdir(parents=True, exist_ok=True)
        keep.write_text("a,b\n1,2\n")
        second = subprocess.run(
            _argv(free_port()),
            cwd=ROOT,
            env=_env(root),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert second.returncode == 2, second.stderr
        assert f"pid {first.pid}" in second.stderr and f"http://127.0.0.1:{port}" in second.stderr
        assert keep.exists()
        assert http_ok(f"http://127.0.0.1:{port}")()
    finally:
        stop_process(first)


def test_a_port_in_use_exits_1_before_starting_anything(root):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        started = time.monotonic()
        run = subprocess.run(
            _argv(port), cwd=ROOT, env=_env(root), capture_output=True, text=True, timeout=120
        )
    assert run.returncode == 1, run.stderr
    assert f"port {port}" in run.stderr and "in use" in run.stderr
    assert "open http://" not in run.stderr
    assert time.monotonic() - started < 60
    assert not (root / ".files").exists()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_stops_chainlit_too_and_frees_the_port(root, signum):
    port = free_port()
    proc, log = _start(root, port)
    try:
        children = _children(proc.pid)
        assert children, "vgpt chat runs Chainlit as a child process"
        proc.send_signal(signum)
        assert proc.wait(timeout=40) == 0, log.read_text(errors="replace")[-2000:]
        deadline = time.monotonic() + 10
        while any(_alive(c) for c in children) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(c) for c in children)
        assert not _listening(port)
    finally:
        if proc.poll() is None:
            stop_process(proc)
