"""What a killed run leaves behind, removed by the next ``vgpt ingest`` (under the ingest lock).

A run stopped by an exception, Ctrl-C or SIGTERM cleans up after itself (``ingest.index``
turns SIGTERM into an exception for the length of the run). One killed outright (SIGKILL,
a power cut) cannot: it leaves its index draft (a copy of the whole index), its
``.catalog-new-*`` file and, when it was building the shadow database, a
``.shadow.duckdb.<pid>.tmp`` as large as the shadow itself. About 125 MB were left after
five kills. The next ingest, holding the lock, removes them:

* index drafts and pointer temp files, and ``.catalog-new-*``: only ingest writes them, and
  the lock says no other ingest runs;
* a shadow temp file: only when the process named in it is gone (``vgpt shadow build`` and
  ``vgpt chat`` build shadows without the ingest lock);
* temp files of catalog and cache saves (``vgpt validate`` and ``vgpt catalog build`` write
  them without the lock): only when older than a minute, far longer than a save takes.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path
from typing import Any

STALE_AFTER_S = 60.0
_SHADOW_TMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.tmp(\.wal)?$")


def discard_leftovers(settings: Any, location: Any) -> list[str]:
    """Remove what killed runs left in the state folder; the paths removed (for the run's notes)."""
    removed = list(location.discard_drafts())
    catalog_dir = Path(settings.catalog_path).parent
    removed += _remove(catalog_dir.glob(".catalog-new-*"))
    removed += _remove(p for p in catalog_dir.glob(".catalog-*.json") if _old(p))
    from .artifacts import cache_dir

    removed += _remove(p for p in Path(cache_dir(settings)).glob(".cache-*") if _old(p))
    shadow = Path(settings.shadow_path)
    for path in shadow.parent.glob(f".{shadow.name}.*.tmp*"):
        m = _SHADOW_TMP.match(path.name)
        if m and m.group("name") == shadow.name and not _alive(int(m.group("pid"))):
            removed += _remove([path])
    return removed


def describe(removed: list[str]) -> str:
    """One note for the run's report.

    >>> describe(["/s/.catalog-new-1.json", "/s/index/.tmp-v1"])
    'removed 2 leftovers of killed runs (.catalog-new-1.json, .tmp-v1)'
    """
    names = ", ".join(Path(p).name for p in removed[:5]) + (", …" if len(removed) > 5 else "")
    return f"removed {len(removed)} leftover{'s' if len(removed) != 1 else ''} of killed runs ({names})"


def _remove(paths) -> list[str]:
    gone = []
    for path in paths:
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            continue  # not ours to remove after all (permissions): leave it, the run goes on
        gone.append(str(path))
    return gone


def _old(path: Path) -> bool:
    try:
        return path.stat().st_mtime < time.time() - STALE_AFTER_S
    except OSError:
        return False


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name == "nt":
        return True  # on Windows os.kill(pid, 0) would terminate the process: never ask there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's live process
    return True
