"""The app's runtime per settings root, loaded once per process.

``answer.py`` only calls the small methods of ``assistant.runtime.Runtime``
(``validate``, ``retrieve``, ``draft``, ``preview``…), so tests hand it the same
real parts and the logic stays free of loading concerns.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ..runtime import Runtime
from ..settings import Settings, load_settings

_RUNTIMES: dict[Path, Runtime] = {}
_LOCK = threading.Lock()


def load_deps(settings: Settings | None = None) -> Runtime:
    """The app's runtime for a settings root, loaded once per process."""
    settings = settings or load_settings()
    with _LOCK:
        runtime = _RUNTIMES.get(settings.root)
        if runtime is None:
            runtime = _RUNTIMES[settings.root] = Runtime.load(settings)
        return runtime


def install(runtime: Runtime, root: Path | None = None) -> Runtime:
    """Use ``runtime`` for a settings root from now on (tests and embedding apps inject theirs)."""
    with _LOCK:
        _RUNTIMES[Path(root or runtime.settings.root)] = runtime
    return runtime
