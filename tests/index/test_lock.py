"""One `vgpt ingest` at a time per state folder: a second one fails at once, and a dead holder never blocks."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest
from click.testing import CliRunner

import ingest.lock as lock_module
from assistant.errors import IndexStoreError
from cli.main import cli
from ingest.index import ingest
from ingest.lock import StateLock, lock_path, read_holder

ROOT = Path(__file__).resolve().parents[2]
# Another process that takes the lock, says so, and holds it until its stdin is closed.
HOLDER = """
import sys
from ingest.lock import StateLock
with StateLock(sys.argv[1]):
    print("locked", flush=True)
    sys.stdin.read()
"""


@contextmanager
def held_by_another_process(path: Path) -> Iterator[subprocess.Popen]:
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        cwd=ROOT,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        try:
            line = proc.stdout.readline()
            assert line.strip() == "locked", f"the holder process failed: {proc.stderr.read()}"
            yield proc
        finally:
            if proc.poll() is None:
                proc.stdin.close()  # lets the holder leave its `with` block
                proc.wait(timeout=30)


def env_for(settings) -> dict[str, str]:
    return {
        "VGPT_ROOT": str(settings.root),
        "VGPT_DOCS_DIR": str(settings.docs_path),
        "VGPT_CHROMA_URL": "",
    }


def test_a_second_ingest_while_one_runs_fails_with_exit_code_2_naming_the_lock_and_its_holder(
    settings,
):
    lock = lock_path(settings)
    assert lock == settings.resolve(settings.state_dir) / "ingest.lock"
    with held_by_another_process(lock) as holder:
        result = CliRunner().invoke(cli, ["ingest", "--json"], env=env_for(settings))
    assert result.exit_code == 2, result.output
    error = json.loads(result.stdout)["error"]["message"]
    for message in (error, result.stderr):
        assert "another vgpt ingest is running" in message
        assert str(lock) in message
        assert f"pid {holder.pid}" in message
    # it stopped before touching anything
    assert not settings.catalog_path.exists()
    assert not settings.index_dir.exists()


def test_a_second_ingest_fails_at_once_instead_of_waiting(settings):
    with held_by_another_process(lock_path(settings)):
        with pytest.raises(IndexStoreError, match="ingest.lock"):
            ingest(settings)  # pytest-timeout would catch a wait; no embedder is ever needed


def test_a_lock_left_by_a_killed_process_does_not_block_the_next_ingest(ingested, embedder):
    lock = lock_path(ingested)
    with held_by_another_process(lock) as holder:
        holder.kill()  # no clean-up at all: the file still names the dead holder
        holder.wait(timeout=30)
    assert read_holder(lock)["pid"] == holder.pid

    result = ingest(ingested, embedder=embedder)
    assert result.notes == ("index is up to date",)
    assert read_holder(lock) == {}  # released, naming no holder


def test_the_lock_is_released_after_a_failed_ingest(settings):
    settings.index_dir.mkdir(parents=True)
    (settings.index_dir / "chroma.sqlite3").write_bytes(b"someone else's")
    with pytest.raises(IndexStoreError, match="not a VGPT index"):
        ingest(settings)
    with StateLock(lock_path(settings)):  # free again: taking it does not raise
        pass


def test_the_holder_is_written_while_held_and_cleared_on_release(tmp_path: Path):
    path = tmp_path / "state" / "ingest.lock"
    with StateLock(path):
        holder = read_holder(path)
        assert holder["pid"] == os.getpid()
        assert holder["host"] and holder["started"]
        with pytest.raises(IndexStoreError, match=f"pid {os.getpid()}"):
            StateLock(path).acquire()  # even a second handle in the same process is refused
    assert path.exists() and read_holder(path) == {}


def test_a_file_system_without_os_locks_warns_and_runs_unprotected(
    tmp_path: Path, monkeypatch, caplog
):
    def no_locks(fd: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(lock_module, "_lock", no_locks)
    with StateLock(tmp_path / "ingest.lock"):
        pass
    assert "not protected against a concurrent vgpt ingest" in caplog.text
