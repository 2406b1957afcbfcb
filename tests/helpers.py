"""Helpers that several test folders share: a small copy of the sample docs, and local server processes.

Import them relatively (``from ..helpers import small_docs``): pytest runs with
``--import-mode=importlib`` and names test modules after their path, so ``tests`` is a
package there even without an ``__init__.py``, whether pytest is started as ``pytest``
or as ``python -m pytest``.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "viewpoint_documentation"


# -- a small documentation folder ---------------------------------------------------------


def small_docs(dest: Path, tables: Iterable[str], examples: Iterable[str] = ()) -> Path:
    """A docs folder at ``dest`` with only ``tables`` (and their views) of the sample docs.

    Also copied: the types, rules and defaults pages, the conventions, the named approved
    examples, and the join definitions among ``tables`` only, so the catalog builds
    without "unknown table" warnings.
    """
    tables = tuple(tables)
    db, out = SAMPLE / "Viewpoint_Database", dest / "Viewpoint_Database"
    (out / "Tables").mkdir(parents=True)
    (out / "View").mkdir()
    for name in tables:
        for suffix in (".sql", ".md"):
            src = db / "Tables" / f"b{name}{suffix}"
            if src.exists():
                shutil.copy(src, out / "Tables" / src.name)
        shutil.copy(db / "View" / f"{name}.sql", out / "View" / f"{name}.sql")
    for folder in ("User_Defined_Types", "Rules", "Defaults"):
        if (db / folder).exists():
            shutil.copytree(db / folder, out / folder)
    keep = {n.lower() for n in tables}
    (out / "_Relationship_Validation").mkdir()
    for src in (db / "_Relationship_Validation").glob("*.json"):
        data = json.loads(src.read_text(encoding="utf-8"))
        data["relationships"] = [
            r
            for r in data.get("relationships", [])
            if r["from"].get("view", "").lower() in keep and r["to"].get("view", "").lower() in keep
        ]
        (out / "_Relationship_Validation" / src.name).write_text(
            json.dumps(data, indent=1), encoding="utf-8"
        )
    shutil.copytree(SAMPLE / "_ai_orchestration", dest / "_ai_orchestration")
    # the sample glossary names tables beyond these few: a test that wants one writes its own
    (dest / "_ai_orchestration" / "reference" / "glossary.md").unlink(missing_ok=True)
    approved = dest / "Experts_V2" / "approved"
    approved.mkdir(parents=True)
    for name in examples:
        src = SAMPLE / "Experts_V2" / "approved" / name
        if src.exists():
            shutil.copy(src, approved / name)
    return dest


# -- local server processes -----------------------------------------------------------------


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_ok(url: str) -> Callable[[], bool]:
    """A readiness probe: ``url`` answers 200."""

    def probe() -> bool:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                return r.status == 200
        except OSError:
            return False

    return probe


def port_open(port: int, host: str = "127.0.0.1") -> Callable[[], bool]:
    """A readiness probe: something accepts TCP connections on ``host:port``."""

    def probe() -> bool:
        try:
            with socket.create_connection((host, port), timeout=1):
                return True
        except OSError:
            return False

    return probe


def wait_for_server(
    proc: subprocess.Popen,
    ready: Callable[[], bool],
    *,
    what: str,
    timeout: float,
    log: Path | None = None,
    tail: int = 3000,
    interval: float = 0.5,
) -> None:
    """Poll ``ready`` until it holds; fail the test with the end of ``log`` if ``proc`` exits or time runs out."""
    deadline = time.monotonic() + timeout
    while not ready():
        if proc.poll() is not None:
            pytest.fail(f"{what} exited with code {proc.returncode}:\n{_tail(log, tail)}")
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not answer within {timeout:.0f} s:\n{_tail(log, tail)}")
        time.sleep(interval)


def stop_process(proc: subprocess.Popen, timeout: float = 20) -> None:
    """Terminate ``proc``; kill it if it is still there after ``timeout`` seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _tail(log: Path | None, chars: int) -> str:
    if log is None:
        return ""
    try:
        return Path(log).read_text(errors="replace")[-chars:]
    except OSError as exc:
        return f"(no log: {exc})"


# -- a headless browser -------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@contextmanager
def headless_chromium(
    *, window: str = "1400,1800", logging_prefs: dict[str, str] | None = None
) -> Iterator:
    """Debian's Chromium, headless, driven through the system chromedriver (no browser download),
    in a throwaway profile; ``logging_prefs`` turns on Chrome's ``browser`` or ``performance`` log."""
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.fail(
            "the browser test needs Debian's chromium and chromium-driver (make system-deps)"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="vgpt-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        f"--window-size={window}",
    ):
        options.add_argument(flag)
    if logging_prefs:
        options.set_capability("goog:loggingPrefs", logging_prefs)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_clickable(driver, element_id: str, timeout: float = 60):
    """The element with ``element_id`` once it can be clicked. React re-renders the page while it
    loads, so an element found a moment ago may be replaced: that is waited out, not an error."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(
        driver, timeout, ignored_exceptions=(StaleElementReferenceException,)
    ).until(EC.element_to_be_clickable((By.ID, element_id)))
