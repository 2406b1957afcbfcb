"""State faults give clear errors, and a killed run cleans up after itself (issue 11, item 7).

- A read-only or full state folder: `vgpt ingest` and `vgpt validate` print one error line and
  exit 2, never a traceback. (The tests run as root, whom file modes do not stop, so "read-only"
  is a folder no process may write in, /sys, and "full" is a file-size limit of the process,
  which fails writes with EFBIG as a full disk fails them with ENOSPC.)
- `vgpt search` and `vgpt validate` work on an index mounted read-only.
- A run stopped with SIGTERM removes its draft and temporary files; what a SIGKILLed run leaves
  (its draft, its `.catalog-new-*`, a shadow temp file) the next ingest removes.
- A truncated catalog.json is rebuilt from the docs folder the index was built from.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.catalog import Catalog
from assistant.settings import load_settings
from cli.main import cli
from ingest.index import ingest

from ..helpers import ROOT

pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals, mounts and rlimits are POSIX")


def vgpt(
    args: list[str],
    project: Path,
    env: dict[str, str] | None = None,
    preexec=None,
    timeout: float = 600,
):
    """Run the real CLI (``python -m cli.main``) in ``project`` with this checkout's code."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("VGPT_")}
    full.update(PYTHONPATH=str(ROOT), VGPT_ROOT=str(project), VGPT_EMBED_THREADS="1", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args],
        cwd=project,
        env=full,
        text=True,
        capture_output=True,
        timeout=timeout,
        preexec_fn=preexec,
    )


def assert_clear_error(done: subprocess.CompletedProcess) -> None:
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and done.stderr.strip().startswith("Error:"), done.stderr


@pytest.fixture
def project(tmp_path: Path, docs: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    (root / "q.sql").write_text("SELECT Contract FROM JCCM WHERE JCCo = 1\n")
    return root


# -- read-only and full state folders -------------------------------------------------------

READ_ONLY = Path("/sys")  # a folder the kernel lets no process write in, root included


def _writable(folder: Path) -> bool:
    try:
        (folder / "vgpt-probe").mkdir()
    except OSError:
        return False
    (folder / "vgpt-probe").rmdir()
    return True


@pytest.mark.skipif(not READ_ONLY.is_dir() or _writable(READ_ONLY), reason="no read-only /sys here")
@pytest.mark.parametrize("args", [["ingest"], ["validate", "q.sql"]], ids=["ingest", "validate"])
def test_a_read_only_state_folder_is_a_clear_error(project, docs, args):
    done = vgpt(args, project, env={"VGPT_STATE_DIR": str(READ_ONLY), "VGPT_DOCS_DIR": str(docs)})
    assert_clear_error(done)
    assert "/sys" in done.stderr  # names the place it could not write


def _small_file_limit():
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


@pytest.mark.slow
@pytest.mark.parametrize("args", [["ingest"], ["validate", "q.sql"]], ids=["ingest", "validate"])
def test_a_full_state_folder_is_a_clear_error(project, docs, args):
    done = vgpt(args, project, env={"VGPT_DOCS_DIR": str(docs)}, preexec=_small_file_limit)
    assert_clear_error(done)
    assert "File too large" in done.stderr


# -- a read-only index ---------------------------------------------------------------------------


def _read_only_mount_prefix(probe_dir: Path) -> list[str] | None:
    """An ``unshare`` command line that may bind-mount read-only (as root, or in a user namespace)."""
    if shutil.which("unshare") is None:
        return None
    for prefix in (["unshare", "--mount"], ["unshare", "--user", "--map-root-user", "--mount"]):
        probe = subprocess.run(
            [*prefix, "sh", "-c", f"mount --bind -o ro '{probe_dir}' '{probe_dir}'"],
            capture_output=True,
            text=True,
        )
        if probe.returncode == 0:
            return prefix
    return None


@pytest.mark.slow
def test_search_and_validate_work_on_an_index_mounted_read_only(ingested, tmp_path):
    state = ingested.resolve(ingested.state_dir)
    prefix = _read_only_mount_prefix(tmp_path)
    if prefix is None:
        pytest.skip("this machine allows no read-only bind mount (needs root or user namespaces)")
    project = Path(ingested.root)
    (project / "q.sql").write_text(
        "SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND SUM(c.ContractAmt) > 0\n"
    )
    python = f"PYTHONPATH='{ROOT}' VGPT_ROOT='{project}' VGPT_DOCS_DIR='{ingested.docs_path}' '{sys.executable}' -m cli.main"
    script = textwrap.dedent(f"""\
        mount --bind -o ro '{state}' '{state}' || exit 99
        touch '{state}/probe' 2>/dev/null && exit 98
        cd '{project}'
        {python} search --json "open contracts billed to date" > search.json 2> search.err; echo "search=$?"
        {python} validate --json q.sql > validate.json 2> validate.err; echo "validate=$?"
        """)
    # the outputs go to the project folder, which is not mounted read-only
    done = subprocess.run(
        [*prefix, "sh", "-c", script], capture_output=True, text=True, timeout=600
    )
    assert "search=0" in done.stdout, (project / "search.err").read_text()[-3000:]
    assert "JCCM" in json.loads((project / "search.json").read_text())["tables"]
    assert "validate=1" in done.stdout, (project / "validate.err").read_text()[-3000:]
    assert [f["rule"] for f in json.loads((project / "validate.json").read_text())["findings"]] == [
        "dry-run"
    ]
    assert not list(Path(os.environ.get("TMPDIR", "/tmp")).glob("vgpt-index-*/v*")), (
        "the private copy is gone"
    )


# -- killed runs -----------------------------------------------------------------------------

RUN_AND_WAIT = textwrap.dedent("""\
    import sys, time
    from assistant.settings import load_settings
    from ingest.index import ingest

    settings = load_settings(root=sys.argv[1], env={}, docs_dir=sys.argv[2], embed_threads=1)

    def pause(done, total):
        print("embedding", done, total, flush=True)
        time.sleep(120)  # the test stops the run here, mid-way through the index

    ingest(settings, on_batch=pause)
    """)


def start_run_and_wait_mid_way(root: Path, docs: Path) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", RUN_AND_WAIT, str(root), str(docs)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    line = proc.stdout.readline()
    if not line.startswith("embedding"):
        proc.kill()
        pytest.fail(f"the run did not reach the embedding step: {line}{proc.stderr.read()[-3000:]}")
    return proc


def leftovers(settings) -> list[str]:
    state = settings.resolve(settings.state_dir)
    found = list(state.glob(".catalog-new-*")) + list(settings.index_dir.glob(".tmp-*"))
    found += list(state.glob(".shadow.duckdb.*.tmp*"))
    return sorted(p.name for p in found)


@pytest.mark.slow
def test_a_run_stopped_with_sigterm_removes_its_draft_and_temporary_files(tmp_path, docs):
    settings = load_settings(root=tmp_path, env={}, docs_dir=str(docs))
    proc = start_run_and_wait_mid_way(tmp_path, docs)
    assert leftovers(settings), "mid-way, the draft and the new catalog exist"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    assert leftovers(settings) == []
    assert not settings.catalog_path.exists(), "nothing was published"


@pytest.mark.slow
def test_what_a_killed_run_left_is_removed_by_the_next_ingest(tmp_path, docs, embedder):
    settings = load_settings(root=tmp_path, env={}, docs_dir=str(docs))
    proc = start_run_and_wait_mid_way(tmp_path, docs)
    proc.kill()
    proc.wait(timeout=60)
    left = leftovers(settings)
    assert any(n.startswith(".catalog-new-") for n in left) and any(
        n.startswith(".tmp-") for n in left
    )
    result = ingest(settings, embedder=embedder, shadow=False)
    assert leftovers(settings) == []
    assert any(
        n.startswith(f"removed {len(left)} leftovers of killed runs") for n in result.notes
    ), result.notes
    assert Catalog.load(settings.catalog_path).get("JCCM") is not None


def test_a_dead_builders_shadow_temp_file_goes_and_a_live_ones_stays(ingested, embedder):
    state = ingested.resolve(ingested.state_dir)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left_by_dead = state / f".shadow.duckdb.{dead.pid}.tmp"
    being_built = state / f".shadow.duckdb.{os.getppid()}.tmp"  # a live process (pytest's parent)
    for path in (left_by_dead, being_built):
        path.write_bytes(b"\0" * 4096)
    result = ingest(ingested, embedder=embedder, shadow=False)
    assert not left_by_dead.exists() and being_built.exists()
    assert any(left_by_dead.name in n for n in result.notes)


# -- a truncated catalog -----------------------------------------------------------------------


def test_a_truncated_catalog_is_rebuilt_from_the_docs_it_was_built_from(
    tmp_path, docs, embedder, monkeypatch
):
    settings = load_settings(
        root=tmp_path, env={}
    )  # the configured docs folder does not exist here
    assert not settings.docs_path.exists()
    ingest(settings, docs=docs, embedder=embedder, shadow=False)
    text = settings.catalog_path.read_text()
    settings.catalog_path.write_text(text[: len(text) // 2])  # a crash or a full disk mid-write
    monkeypatch.chdir(tmp_path)
    (tmp_path / "q.sql").write_text("SELECT Status FROM APTH\n")
    done = CliRunner().invoke(cli, ["validate", "--json", "q.sql"])
    assert done.exit_code == 1, done.output
    assert "unknown-column" in [
        f["rule"] for f in json.loads(done.stdout)["findings"]
    ]  # APTH has no Status
    assert Catalog.load(settings.catalog_path).docs_dir == str(docs.resolve())
