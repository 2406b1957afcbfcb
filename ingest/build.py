"""Build the catalog from a documentation folder: find files, read each with its reader
(through a per-file cache), merge (``ingest.derive``).

Which reader reads a file is decided by where it sits, as in a Vista export:

- ``Viewpoint_Database/Tables/*.sql``, ``View/``, ``Rules/``, ``Defaults/``,
  ``User_Defined_Types/``, ``Stored_Procedures/``, ``Functions/`` ``*.sql``: DDL;
- ``Viewpoint_Database/Tables/*.md``: table pages;
- ``_Metadata/*.json|*.csv``: column metadata;
- ``_Relationship_Validation/*.json``: join definitions;
- ``_ai_orchestration/reference/glossary.md|yaml``: the business glossary;
- ``_ai_orchestration/rules/*.md`` and ``reference/*.md``: prose documents;
- ``Experts_V2/**/*.sql``: approved examples.

Approved examples and rules pages that fail the gate are then refused
(``ingest.screen``): poisoned docs never become examples or reference.

``README.md`` files describe a folder, not the schema, and are skipped; any other
file is a warning ("no reader"), so nothing is dropped silently.

The cache in ``cache_dir`` maps each file's relative path to the hash of its bytes and
what its reader returned, so a rebuild re-reads only changed files. Beside it sits the
last merged catalog with the fingerprint of the files it came from: when nothing changed
(the common re-run of ingest) the build is hashing plus one unpickle.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from datetime import datetime, timezone
from functools import cache, partial
from pathlib import Path
from typing import Callable

from assistant.catalog import Catalog, Problem
from assistant.errors import CatalogError

from .derive import Facts, merge
from .readers import Read
from .readers.ddl import read_ddl
from .readers.experts import read_example
from .readers.glossary import is_glossary, read_glossary
from .readers.markdown import read_table_page
from .readers.metadata import read_metadata
from .readers.relationships import read_relationships
from .readers.rules import read_document
from .screen import screen_catalog


@cache
def reader_version() -> str:
    """A digest of the code that shapes the catalog: the readers, the merge, the derived
    descriptions and the vocabulary and links they are written from. A cache made by other code
    (an upgrade, a fix to an abbreviation) is then never reused, with no number to bump."""
    here = Path(__file__).resolve().parent
    sources = sorted(here.glob("*.py")) + sorted((here / "readers").glob("*.py"))
    assistant = here.parent / "assistant"
    # the vocabulary writes names out; the links say what an undescribed table references
    sources += [
        assistant / "vocabulary.py",
        assistant / "catalog.py",
        assistant / "retrieval" / "links.py",
    ]
    digest = hashlib.sha256()
    for source in sources:
        if source.is_file():  # an install without sources hashes what it has
            digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


CACHE_FILE = "catalog-cache.pickle"
MERGED_FILE = "catalog-merged.pickle"
_DDL_FOLDERS = {
    "tables",
    "view",
    "views",
    "rules",
    "defaults",
    "user_defined_types",
    "stored_procedures",
    "functions",
}

Reader = Callable[[str, bytes], Read]


def reader_for(rel: str) -> tuple[str, Reader] | None:
    """The reader for a file, by its place in the export (``rel`` uses forward slashes)."""
    parts = [p.lower() for p in rel.split("/")]
    name = parts[-1]
    suffix = os.path.splitext(name)[1]
    if "experts_v2" in parts and suffix == ".sql":
        return "example", read_example
    if is_glossary(rel):
        return "glossary", read_glossary
    if "_ai_orchestration" in parts and suffix == ".md":
        kind = "reference" if "reference" in parts else "rule"
        return kind, partial(read_document, kind=kind)
    if "_metadata" in parts and suffix in (".json", ".csv"):
        return "metadata", read_metadata
    if "_relationship_validation" in parts and suffix == ".json":
        return "relationships", read_relationships
    if len(parts) >= 2 and parts[-2] == "tables" and suffix == ".md":
        return "page", read_table_page
    if suffix == ".sql" and any(p in _DDL_FOLDERS for p in parts[:-1]):
        return "ddl", read_ddl
    return None


def list_files(docs_dir: Path) -> list[str]:
    """Every file under the folder, as sorted relative posix paths (hidden files ignored)."""
    out = []
    for root, dirs, files in os.walk(docs_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in files:
            if not f.startswith("."):
                out.append(Path(root, f).relative_to(docs_dir).as_posix())
    return sorted(out)


def build_catalog(
    docs_dir: Path, *, cache_dir: Path | None = None, progress: bool = False
) -> Catalog:
    """Read the documentation folder into one catalog (warnings and conflicts inside it)."""
    docs_dir = Path(docs_dir)
    if not docs_dir.is_dir():
        raise CatalogError(f"{docs_dir}: no such documentation folder")
    files = list_files(docs_dir)
    if not files:
        raise CatalogError(f"{docs_dir}: the documentation folder is empty")
    digests: dict[str, str] = {}
    unreadable: list[Problem] = []
    for rel in files:
        try:
            digests[rel] = hashlib.sha256((docs_dir / rel).read_bytes()).hexdigest()
        except OSError as exc:
            unreadable.append(
                Problem(rel, None, f"cannot read the file: {exc.strerror or exc}; skipped")
            )
    fingerprint = hashlib.sha256(
        repr((reader_version(), str(docs_dir), sorted(digests.items()), unreadable)).encode()
    ).hexdigest()
    if cache_dir is not None:
        merged = _load_merged(cache_dir, fingerprint)
        if merged is not None:
            return screen_catalog(merged)
    cache = _load_cache(cache_dir)
    fresh: dict[str, tuple[str, Read]] = {}
    facts = Facts()
    facts.add(unreadable)
    bar = _progress(len(files)) if progress else None
    try:
        for rel in files:
            if bar:
                bar.advance(rel)
            if rel not in digests or rel.split("/")[-1].lower() == "readme.md":
                continue
            found = reader_for(rel)
            if found is None:
                facts.add([Problem(rel, None, "no reader for this kind of file; skipped")])
                continue
            _, reader = found
            digest = digests[rel]
            hit = cache.get(rel)
            if hit is not None and hit[0] == digest:
                result = hit[1]
            else:
                try:
                    data = (docs_dir / rel).read_bytes()
                except OSError as exc:
                    facts.add(
                        [
                            Problem(
                                rel, None, f"cannot read the file: {exc.strerror or exc}; skipped"
                            )
                        ]
                    )
                    continue
                result = _safe_read(reader, rel, data)
            fresh[rel] = (digest, result)
            facts.add(result.facts)
            facts.add(result.problems)
    finally:
        if bar:
            bar.close()
    built_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    catalog = merge(facts, docs_dir=str(docs_dir), built_at=built_at)
    if cache_dir is not None:
        if fresh != cache:
            _save_cache(cache_dir, fresh)
        _write_pickle(
            Path(cache_dir) / MERGED_FILE,
            {"version": reader_version(), "fingerprint": fingerprint, "catalog": catalog},
        )
    # screened after the cache, so a stricter gate applies to an unchanged docs folder too
    return screen_catalog(catalog)


def _safe_read(reader: Reader, rel: str, data: bytes) -> Read:
    """Readers do not raise on bad input; a reader bug must still not stop the build."""
    try:
        return reader(rel, data)
    except Exception as exc:  # noqa: BLE001 - reported, with the file named
        return Read(
            (), (Problem(rel, None, f"reader failed: {type(exc).__name__}: {exc}; skipped"),)
        )


def _load_cache(cache_dir: Path | None) -> dict[str, tuple[str, Read]]:
    if cache_dir is None:
        return {}
    data = _read_pickle(Path(cache_dir) / CACHE_FILE)
    if not isinstance(data, dict) or data.get("version") != reader_version():
        return {}
    return data.get("files", {})


def _save_cache(cache_dir: Path, files: dict[str, tuple[str, Read]]) -> None:
    _write_pickle(Path(cache_dir) / CACHE_FILE, {"version": reader_version(), "files": files})


def _load_merged(cache_dir: Path, fingerprint: str) -> Catalog | None:
    data = _read_pickle(Path(cache_dir) / MERGED_FILE)
    if (
        not isinstance(data, dict)
        or data.get("version") != reader_version()
        or data.get("fingerprint") != fingerprint
    ):
        return None
    catalog = data.get("catalog")
    return catalog if isinstance(catalog, Catalog) else None


def _read_pickle(path: Path) -> object | None:
    """A cache file's content; None when it is missing, unreadable or written by other code."""
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (
        OSError,
        pickle.PickleError,
        EOFError,
        AttributeError,
        ImportError,
        TypeError,
        ValueError,
    ):
        return None


def _write_pickle(path: Path, data: object) -> None:
    """Atomically: a crash mid-write leaves the previous cache, never half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".cache-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class _progress:
    """A rich progress bar on stderr (transient, so the summary stays readable)."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self._progress = Progress(
            TextColumn("reading docs"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.fields[file]}", style="dim"),
            console=Console(file=sys.stderr),
            transient=True,
        )
        self._task = self._progress.add_task("read", total=total, file="")
        self._progress.start()

    def advance(self, rel: str) -> None:
        self._progress.update(self._task, advance=1, file=rel[-50:])

    def close(self) -> None:
        self._progress.stop()
