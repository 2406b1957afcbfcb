"""An exclusive, inter-process lock on a state folder, so two ``vgpt ingest`` runs cannot interleave
(and, with its own lock file, two ``vgpt chat`` servers cannot share one state folder).

Why: two ingests on the same ``state_dir`` would both read the same index version,
both build a draft and both publish; the last one wins and the other's work (and
possibly the catalog / index pairing) is lost. ``ingest.index.ingest`` therefore holds
``<state_dir>/ingest.lock`` for its whole run, and a second run fails at once with
an error that names the lock file and its holder, instead of waiting.

How: the lock is the operating system's, taken without blocking on an open file:
``fcntl.flock`` on Linux and macOS, ``msvcrt.locking`` on Windows. The OS drops it
when the process ends, however it ends (a crash, ``kill -9``, a power cut), so a
lock file left behind never blocks the next run: only a live process can hold the
lock, and the PID, host and start time in the file are there just for the message.
The file itself is never deleted: removing it while another process has it open
would let two processes lock two different files of the same name. Its contents
are cleared on release.

Limits: the lock covers one state folder. Two machines that share a Chroma server
(``chroma_url``) with separate state folders are not serialised against each other,
on a file system without OS locks the run goes ahead with a warning, unprotected,
and a child process *forked* during the run would keep the lock until it exits
(``subprocess`` children do not: the file is opened non-inheritable).
Only the standard library is used, so the ≈0.1 s no-change run stays that fast.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import socket
import sys
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import Any

from assistant.errors import IndexStoreError

log = logging.getLogger(__name__)

LOCK_NAME = "ingest.lock"
# Windows locks byte ranges, and a locked range cannot even be read by other
# processes: lock one byte far past the holder information so that stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 30
# errno values that mean "someone else holds it" (POSIX: EWOULDBLOCK/EAGAIN; Windows: EACCES/EDEADLOCK)
_HELD = {
    errno.EAGAIN,
    errno.EWOULDBLOCK,
    errno.EACCES,
    getattr(errno, "EDEADLOCK", errno.EDEADLK),
    errno.EDEADLK,
}


def lock_path(settings: Any) -> Path:
    """Where the ingest lock of these settings lives: ``<state_dir>/ingest.lock``."""
    return settings.resolve(settings.state_dir) / LOCK_NAME


class StateLock:
    """Hold ``path`` exclusively while in the ``with`` block; raise at once if another process holds it.

    ``IndexStoreError`` (exit code 2 on the command line) says which file is locked and by whom.
    """

    def __init__(
        self,
        path: str | Path,
        what: str = "vgpt ingest",
        *,
        info: dict[str, Any] | None = None,
        advice: str = "Wait for it to finish and run again",
    ) -> None:
        self.path = Path(path)
        self.what = what
        self.info = dict(info or {})  # more holder details for the message (``url`` for a chat)
        self.advice = advice
        self._fd: int | None = None

    def fileno(self) -> int | None:
        """The locked file's descriptor (None when not held): pass it to a child that must keep the lock."""
        return self._fd

    def acquire(self) -> None:
        if self._fd is not None:
            raise RuntimeError(f"{self.path} is already held by this StateLock")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            if isinstance(exc, BlockingIOError) or exc.errno in _HELD:
                raise IndexStoreError(self._held_message()) from None
            # a file system without OS locks: run as before the lock existed rather than not at all
            log.warning(
                "cannot lock %s (%s); not protected against a concurrent %s",
                self.path,
                exc,
                self.what,
            )
            return
        self._fd = fd
        try:
            _write_holder(fd, self.what, self.info)
        except OSError:  # the lock is what matters; the holder information is a courtesy
            pass

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)  # a free lock names no holder
        except OSError:
            pass
        try:
            _unlock(fd)
        finally:
            os.close(fd)  # closing releases the OS lock in any case

    def __enter__(self) -> "StateLock":
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def _held_message(self) -> str:
        holder = read_holder(self.path)
        who = describe_holder(holder)
        return (
            f"another {holder.get('what') or self.what} is running on this state folder: "
            f"the lock {self.path} is held{' by ' + who if who else ''}. "
            f"{self.advice} (the lock is freed when that process ends, even if it crashes)."
        )


def read_holder(path: str | Path) -> dict[str, Any]:
    """The holder information written into the lock file; {} if there is none or it is unreadable."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        data = json.loads(text) if text.strip() else {}
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def describe_holder(holder: dict[str, Any]) -> str:
    """``pid 123 on host build-01 since 2024-05-01T10:00:00+00:00``, with whatever parts are known."""
    parts = []
    if holder.get("pid"):
        parts.append(f"pid {holder['pid']}")
    if holder.get("host"):
        parts.append(f"on host {holder['host']}")
    if holder.get("started"):
        parts.append(f"since {holder['started']}")
    if holder.get("url"):
        parts.append(f"serving {holder['url']}")
    return " ".join(parts)


def _write_holder(fd: int, what: str, extra: dict[str, Any] | None = None) -> None:
    info = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "what": what,
        **(extra or {}),
    }
    data = (json.dumps(info) + "\n").encode("utf-8")
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # OSError (EACCES / EDEADLOCK) when held elsewhere

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # BlockingIOError when held elsewhere

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
