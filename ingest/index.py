"""Ingest: docs folder → catalog artifact + vector index, incrementally and atomically.

One run:

1. hash every file of the docs folder and compare with the manifest of the index
   in use (new / changed / deleted / unchanged);
2. if nothing changed and the catalog artifact is the one the index was built with,
   stop: no catalog build, no model load (this is the ≤ 3 s re-run);
3. otherwise build the catalog (``ingest.build.build_catalog``, whose per-file cache
   re-reads only changed files), chunk it, and diff chunk hashes with the manifest:
   only new or changed chunks are embedded, vanished ones are deleted;
4. write into a *draft* version of the index (``assistant.retrieval.store``), save the catalog
   beside it, then publish both. Any failure before that (a crash, Ctrl-C, a bad
   model) discards the draft: the previous index and catalog stay in use, untouched.

The catalog and the index are published together and the manifest records the
catalog's hash, so validator and retrieval always read the same documentation; if a
crash ever falls between the two final renames, the next run notices the mismatch
and repairs it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import signal
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from assistant.catalog import Catalog
from assistant.errors import ConfigError, IndexStoreError
from assistant.retrieval.store import INDEX_SCHEMA_VERSION, KINDS, Manifest, open_location

from .chunks import CHUNK_VERSION, Chunk, chunk_catalog, outsized_pages
from .leftovers import describe, discard_leftovers
from .lock import StateLock, lock_path

log = logging.getLogger(__name__)

# Called after each embedded batch with (chunks done, chunks to do); tests use it to
# interrupt a run part-way, the CLI to drive its progress bar.
OnBatch = Callable[[int, int], None]


@dataclass(frozen=True)
class IngestResult:
    docs_dir: str
    index: str
    version: str
    files_new: int
    files_changed: int
    files_deleted: int
    files_unchanged: int
    chunks_total: int
    chunks_written: int
    chunks_deleted: int
    seconds: float
    rebuilt: bool
    catalog: dict[str, int] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.chunks_written or self.chunks_deleted or self.rebuilt)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["warnings"] = list(self.warnings)
        d["notes"] = list(self.notes)
        d["files"] = {
            "new": self.files_new,
            "changed": self.files_changed,
            "deleted": self.files_deleted,
            "unchanged": self.files_unchanged,
        }
        d["chunks"] = {
            "total": self.chunks_total,
            "written": self.chunks_written,
            "deleted": self.chunks_deleted,
        }
        return d


def pipeline_version() -> str:
    from .build import reader_version
    from .screen import SCREEN_VERSION

    return f"index{INDEX_SCHEMA_VERSION}-chunks{CHUNK_VERSION}-readers{reader_version()}-screen{SCREEN_VERSION}"


def check_docs(docs: Path) -> list[str]:
    """The docs folder's files (relative posix paths), or a clear error if there are none."""
    from .build import list_files

    if not docs.exists():
        raise ConfigError(
            f"documentation folder {docs} does not exist (pass --docs DIR or set docs_dir)"
        )
    if not docs.is_dir():
        raise ConfigError(
            f"{docs} is not a folder (pass --docs DIR with the Vista documentation export)"
        )
    files = list_files(docs)
    if not files:
        raise ConfigError(f"documentation folder {docs} is empty: nothing to ingest")
    return files


def hash_files(docs: Path, files: list[str]) -> tuple[dict[str, str], list[str]]:
    """sha256 of each file; unreadable files are left out and named in the warnings."""
    hashes: dict[str, str] = {}
    problems: list[str] = []
    for rel in files:
        try:
            hashes[rel] = hashlib.sha256((docs / rel).read_bytes()).hexdigest()
        except OSError as exc:
            problems.append(f"{rel}: cannot read the file ({exc.strerror or exc}); skipped")
    return hashes, problems


def file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def diff_files(old: dict[str, str], new: dict[str, str]) -> dict[str, int]:
    return {
        "new": sum(1 for f in new if f not in old),
        "changed": sum(1 for f in new if f in old and old[f] != new[f]),
        "deleted": sum(1 for f in old if f not in new),
        "unchanged": sum(1 for f in new if old.get(f) == new[f]),
    }


def diff_chunks(
    old: dict[str, list[str]], chunks: list[Chunk]
) -> tuple[list[Chunk], list[tuple[str, str]]]:
    """(chunks to embed, (collection, id) to delete): only what differs from the manifest."""
    wanted = {c.id: c for c in chunks}
    write = [c for c in chunks if old.get(c.id) != [c.collection, c.hash]]
    delete = [
        (coll, cid)
        for cid, (coll, _) in old.items()
        if cid not in wanted or wanted[cid].collection != coll
    ]
    return write, delete


def ingest(
    settings: Any,
    *,
    docs: Path | None = None,
    rebuild: bool = False,
    embedder: Any = None,
    progress: bool = False,
    on_batch: OnBatch | None = None,
    shadow: bool = True,
) -> IngestResult:
    """Bring the catalog artifact and the index up to date with the docs folder.

    ``shadow``: also let the shadow database follow a changed catalog (when that part
    is installed); its time is reported in the notes, apart from the index's.

    The run holds ``<state_dir>/ingest.lock``; while another process holds it, this
    raises ``IndexStoreError`` at once, naming the lock and its holder. Holding it, the run
    first removes what killed runs left behind (``ingest.leftovers``); a SIGTERM during the
    run stops it like Ctrl-C, so it removes its own draft and temporary files on the way out.
    """
    started = time.perf_counter()
    docs = Path(docs) if docs is not None else settings.docs_path
    docs = docs.resolve()
    files = check_docs(docs)
    # one ingest at a time per state folder; a second one fails at once (see ingest.lock)
    with StateLock(lock_path(settings)), _terminate_stops_the_run():
        location = open_location(settings)
        try:
            removed = discard_leftovers(settings, location)
            result = _ingest(
                settings,
                docs,
                files,
                location,
                rebuild,
                embedder,
                progress,
                on_batch,
                started,
                shadow,
            )
        finally:
            location.close()
    if removed:
        log.info("%s", describe(removed))
        result = replace(result, notes=(describe(removed),) + result.notes)
    return result


@contextmanager
def _terminate_stops_the_run():
    """SIGTERM (and SIGHUP) raise ``SystemExit`` here, so the run's cleanup runs before the process exits."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise SystemExit(128 + signum)

    wanted = [
        s
        for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None))
        if s is not None
    ]
    previous = {}
    for sig in wanted:
        try:
            previous[sig] = signal.signal(sig, stop)
        except (ValueError, OSError):  # not settable here (embedded interpreters)
            continue
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _ingest(
    settings, docs, files, location, rebuild, embedder, progress, on_batch, started, shadow
) -> IngestResult:
    from assistant.retrieval.embedding import configured_identity, make_embedder

    # the embedder's identity is enough to decide whether anything changed; building the
    # embedder itself imports chromadb (seconds), so wait until there is work to do
    identity = embedder.identity if embedder is not None else configured_identity(settings)
    try:
        found = location.current()
    except IndexStoreError:
        if not rebuild:
            raise
        found = None  # a foreign or broken index folder: --rebuild replaces it
    if found is not None and not rebuild:
        problem = found[1].problem_with(identity)
        if problem:
            raise IndexStoreError(
                f"{location.description}: {problem}; run `vgpt ingest --rebuild` to rebuild it"
            )
    base_version, old = found if found is not None else (None, None)
    if rebuild:
        base_version, old = None, None

    hashes, read_problems = hash_files(docs, files)
    counts = diff_files(old.files if old else {}, hashes)
    catalog_path = settings.catalog_path
    pipeline = pipeline_version()
    if (
        old is not None
        and old.files == hashes
        and old.pipeline == pipeline
        and old.catalog_hash
        and file_hash(catalog_path) == old.catalog_hash
    ):
        # Nothing to do: not even a catalog build (the ≤ 3 s no-change run), unless a
        # killed run left the shadow database behind the catalog.
        notes = ["index is up to date"] + (
            _stale_shadow_hook(settings, catalog_path) if shadow else []
        )
        return IngestResult(
            str(docs),
            location.description,
            base_version or "",
            0,
            0,
            0,
            counts["unchanged"],
            len(old.chunks),
            0,
            0,
            round(time.perf_counter() - started, 3),
            False,
            notes=tuple(notes),
        )

    from .build import build_catalog

    embedder = embedder or make_embedder(settings)
    from .artifacts import cache_dir

    catalog = build_catalog(docs, cache_dir=cache_dir(settings), progress=progress)
    warnings = [str(p) for p in catalog.warnings]
    warnings += [
        p
        for p in read_problems
        if not any(p.split(":")[0] == str(w).split(":")[0] for w in catalog.warnings)
    ]
    cap = getattr(settings, "max_chunks_per_page", 0)
    warnings += outsized_pages(catalog.documents, cap)
    chunks = chunk_catalog(catalog, max_chunks_per_page=cap)
    write, delete = diff_chunks(old.chunks if old else {}, chunks)

    # Save the catalog to a temporary file beside the artifact; published after the index.
    catalog_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_catalog = tempfile.mkstemp(
        prefix=".catalog-new-", suffix=".json", dir=catalog_path.parent
    )
    os.close(fd)
    draft = None
    try:
        catalog.save(tmp_catalog)
        catalog_hash = file_hash(Path(tmp_catalog))
        draft = location.begin(base_version, embedder)
        _apply(draft, write, delete, embedder, progress, on_batch)
        manifest = Manifest(
            embedder=embedder.identity,
            files=hashes,
            chunks={c.id: [c.collection, c.hash] for c in chunks},
            docs_dir=str(docs),
            catalog_hash=catalog_hash,
            pipeline=pipeline,
            built_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        )
        draft.commit(manifest)
        draft = None
        os.replace(tmp_catalog, catalog_path)
    except BaseException:
        if draft is not None:
            draft.abort()
        Path(tmp_catalog).unlink(missing_ok=True)
        raise
    seconds = round(time.perf_counter() - started, 3)
    notes = list(_shadow_hook(settings, catalog)) if shadow else []
    return IngestResult(
        str(docs),
        location.description,
        manifest_version(location),
        counts["new"],
        counts["changed"],
        counts["deleted"],
        counts["unchanged"],
        len(chunks),
        len(write),
        len(delete),
        seconds,
        rebuild or base_version is None,
        catalog.summary(),
        tuple(warnings),
        tuple(notes),
    )


def manifest_version(location: Any) -> str:
    found = location.current()
    return found[0] if found else ""


def _apply(
    draft: Any,
    write: list[Chunk],
    delete: list[tuple[str, str]],
    embedder: Any,
    progress: bool,
    on_batch: OnBatch | None,
) -> None:
    for kind in KINDS:
        ids = [cid for coll, cid in delete if coll == kind]
        if ids:
            draft.delete(kind, ids)
    if not write:
        return
    size = max(1, int(getattr(embedder, "batch_size", 128)))
    # Batches of similar length pad least: sentence-transformers pads each batch to its
    # longest text, and our chunks run from ~20 to ~260 tokens. Measured 1.9x faster
    # than document order (benchmarks/bench_embed_batch.py). Upserts are by id, so the
    # order is free to choose.
    write = sorted(write, key=lambda c: len(c.text))
    bar = _Bar(len(write)) if progress else None
    done = 0
    try:
        for start in range(0, len(write), size):
            batch = write[start : start + size]
            vectors = embedder.embed([c.text for c in batch])
            for kind in KINDS:
                picked = [(c, v) for c, v in zip(batch, vectors) if c.collection == kind]
                if picked:
                    draft.upsert(
                        kind,
                        [c.id for c, _ in picked],
                        [v for _, v in picked],
                        [c.text for c, _ in picked],
                        [c.metadata for c, _ in picked],
                    )
            done += len(batch)
            if bar:
                bar.advance(len(batch))
            if on_batch is not None:
                on_batch(done, len(write))
    finally:
        if bar:
            bar.close()


def _stale_shadow_hook(settings: Any, catalog_path: Path) -> list[str]:
    """Rebuild a shadow database that exists but was built from another catalog."""
    from assistant.shadow import catalog_hash, read_meta

    path = Path(settings.shadow_path)
    if not path.exists():
        return []
    catalog = Catalog.load(catalog_path)
    meta = read_meta(path)
    if meta is not None and meta.get("catalog_hash") == catalog_hash(catalog):
        return []
    return _shadow_hook(settings, catalog)


def _shadow_hook(settings: Any, catalog: Catalog) -> list[str]:
    """Let the shadow database follow the catalog; a shadow problem never fails ingest."""
    from assistant.shadow import rebuild_for_ingest

    started = time.perf_counter()
    built = rebuild_for_ingest(settings, catalog)
    if built is None:
        return ["shadow database not rebuilt (see the log)"]
    return [f"shadow database up to date ({time.perf_counter() - started:.1f} s)"]


class _Bar:
    """A rich progress bar on stderr for the embedding step."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("embedding chunks"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(file=sys.stderr),
            transient=True,
        )
        self._task = self._progress.add_task("embed", total=total)
        self._progress.start()

    def advance(self, n: int) -> None:
        self._progress.update(self._task, advance=n)

    def close(self) -> None:
        self._progress.stop()
