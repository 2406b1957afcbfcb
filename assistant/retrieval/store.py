"""Where the vector index lives: embedded Chroma by default, a Chroma server when a URL is set.

Three collections, after Vanna's ddl/documentation/sql split: ``schema`` (tables,
views and their column chunks), ``docs`` (rules and reference pages) and
``examples`` (approved question → SQL pairs).

An index is *versioned*, so that a half-finished ingest never damages the one in use:

* embedded (``settings.index_dir``): ``CURRENT`` names a version folder holding a
  Chroma database and its ``manifest.json``. An update copies the current folder,
  changes the copy, and only then swaps ``CURRENT`` with ``os.replace``.
* server (``VGPT_CHROMA_URL``): each version is a set of collections
  ``vgpt-<kind>-<version>``; the ``vgpt-meta`` collection holds the pointer and the
  manifest. An update fills new collections and then moves the pointer.

Readers only ever see a committed version. The manifest records the index schema
version and the embedder's identity, so an index written by another model or by
another version of VGPT is refused with a message that says to rebuild it.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import shutil
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator
from urllib.parse import urlparse

from ..errors import ConfigError, IndexStoreError
from .protocols import Embedder

log = logging.getLogger(__name__)

INDEX_SCHEMA_VERSION = 1
KINDS = ("schema", "docs", "examples")
POINTER = "CURRENT"
MANIFEST = "manifest.json"
META_COLLECTION = "vgpt-meta"
KEEP_VERSIONS = 2  # the current one and the one before it, which a running app may still read


@dataclass(frozen=True)
class Manifest:
    """What an index version holds: the files it was built from and every chunk's hash."""

    embedder: str
    schema_version: int = INDEX_SCHEMA_VERSION
    files: dict[str, str] = field(default_factory=dict)  # docs-relative path -> sha256
    chunks: dict[str, list[str]] = field(
        default_factory=dict
    )  # chunk id -> [collection, content hash]
    docs_dir: str = ""
    catalog_hash: str = ""  # sha256 of the catalog artifact saved with this version
    pipeline: str = ""  # reader and chunker versions: a change re-checks every chunk
    built_at: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "Manifest":
        data = json.loads(text)
        return cls(
            embedder=data.get("embedder", ""),
            schema_version=data.get("schema_version", 0),
            files=dict(data.get("files", {})),
            chunks={k: list(v) for k, v in data.get("chunks", {}).items()},
            docs_dir=data.get("docs_dir", ""),
            catalog_hash=data.get("catalog_hash", ""),
            pipeline=data.get("pipeline", ""),
            built_at=data.get("built_at", ""),
        )

    def problem_with(self, embedder_identity: str) -> str | None:
        """Why this index cannot be used with that embedder, or None if it can."""
        if self.schema_version != INDEX_SCHEMA_VERSION:
            return (
                f"the index was written by index schema version {self.schema_version}, "
                f"this VGPT uses {INDEX_SCHEMA_VERSION}"
            )
        if self.embedder != embedder_identity:
            return f"the index was written with embedding model {self.embedder!r}, the configured one is {embedder_identity!r}"
        return None


def chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def chroma_url(settings: Any) -> str:
    """The Chroma server URL (settings ``chroma_url``, which ``VGPT_CHROMA_URL`` sets); empty = embedded."""
    return (getattr(settings, "chroma_url", "") or "").strip()


def collection_config(embedder: Embedder) -> dict[str, Any]:
    return {"hnsw": {"space": "cosine"}, "embedding_function": embedder}


# -- locations ------------------------------------------------------------------


class Location:
    """One place an index can live. Subclasses: a local folder or a Chroma server."""

    description: str

    def current(self) -> tuple[str, Manifest] | None:
        raise NotImplementedError

    def client_for(self, version: str) -> Any:
        raise NotImplementedError

    def names(self, version: str) -> dict[str, str]:
        raise NotImplementedError

    def begin(self, base: str | None, embedder: Embedder) -> "PendingVersion":
        raise NotImplementedError

    def discard_drafts(self) -> list[str]:
        """Remove what killed runs left behind here (unfinished drafts); call only under the ingest lock."""
        return []

    def close(self) -> None:
        pass


@dataclass
class PendingVersion:
    """A version being written: not visible to readers until ``commit``."""

    location: Location
    version: str
    client: Any
    names: dict[str, str]
    embedder: Embedder
    _collections: dict[str, Any] = field(default_factory=dict)

    def collection(self, kind: str) -> Any:
        if kind not in self._collections:
            self._collections[kind] = self.client.get_or_create_collection(
                self.names[kind],
                configuration=collection_config(self.embedder),
                embedding_function=self.embedder,
            )
        return self._collections[kind]

    def upsert(
        self,
        kind: str,
        ids: list[str],
        embeddings: list[Any],
        documents: list[str],
        metadatas: list[dict],
    ) -> None:
        if ids:
            self.collection(kind).upsert(
                ids=ids, embeddings=embeddings, documents=documents, metadatas=metadatas
            )

    def delete(self, kind: str, ids: list[str]) -> None:
        for start in range(0, len(ids), 1000):
            self.collection(kind).delete(ids=ids[start : start + 1000])

    def commit(self, manifest: Manifest) -> None:
        self.location._commit(self, manifest)  # type: ignore[attr-defined]

    def abort(self) -> None:
        self.location._abort(self)  # type: ignore[attr-defined]


def new_version() -> str:
    # Names sort in creation order (microseconds), so "older than" is a string comparison even for
    # versions made within one second; the random tail only keeps two machines' names apart.
    now = time.time()
    stamp = (
        time.strftime("v%Y%m%d-%H%M%S", time.gmtime(now))
        + f"{int(now * 1_000_000) % 1_000_000:06d}"
    )
    return stamp + "-" + uuid.uuid4().hex[:6]


class LocalLocation(Location):
    """An index folder: ``CURRENT`` + one folder per version (each a Chroma database)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.description = str(self.root)
        self._clients: dict[str, Any] = {}
        self._copies: list[Path] = []  # private copies of versions this process may not write

    def current(self) -> tuple[str, Manifest] | None:
        pointer = self.root / POINTER
        if not pointer.exists():
            # only drafts of failed runs may be here; anything else is someone else's folder
            foreign = (
                [p for p in self.root.iterdir() if not p.name.startswith(".")]
                if self.root.exists()
                else []
            )
            if foreign:
                raise IndexStoreError(
                    f"{self.root}: not a VGPT index (no {POINTER} file; perhaps an older layout): "
                    "rebuild it with `vgpt ingest --rebuild`"
                )
            return None
        version = pointer.read_text(encoding="utf-8").strip()
        try:
            manifest = Manifest.from_json(
                (self.root / version / MANIFEST).read_text(encoding="utf-8")
            )
        except (OSError, ValueError) as exc:
            raise IndexStoreError(
                f"{self.root}: index version {version!r} is unreadable ({exc}): rebuild it with `vgpt ingest --rebuild`"
            ) from None
        return version, manifest

    def client_for(self, version: str) -> Any:
        if version not in self._clients:
            import chromadb

            folder = self.root / version
            if not _writable(folder):
                folder = self._private_copy(folder)
            try:
                client = chromadb.PersistentClient(path=str(folder), settings=chroma_settings())
            except Exception as exc:  # Chroma opens its database read-write, even to search
                if (
                    "readonly" not in str(exc).replace("-", "").lower()
                    or folder != self.root / version
                ):
                    raise
                client = chromadb.PersistentClient(
                    path=str(self._private_copy(folder)), settings=chroma_settings()
                )
            self._clients[version] = client
        return self._clients[version]

    def _private_copy(self, folder: Path) -> Path:
        """A copy of a committed version to search in, for an index this process may not write
        (a read-only mount, another user's folder). It goes when the location is closed."""
        copy = Path(tempfile.mkdtemp(prefix="vgpt-index-")) / folder.name
        atexit.register(shutil.rmtree, copy.parent, True)  # also when no one closes the location
        shutil.copytree(folder, copy)
        self._copies.append(copy.parent)
        log.info("the index at %s is read-only: searching a private copy in %s", folder, copy)
        return copy

    def discard_drafts(self) -> list[str]:
        """Remove the drafts and pointer files of runs that were killed (the ingest lock is held)."""
        if not self.root.is_dir():
            return []
        gone = []
        for stale in sorted(self.root.glob(".tmp-*")) + sorted(self.root.glob(".pointer-*")):
            if stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
            else:
                stale.unlink(missing_ok=True)
            gone.append(str(stale))
        return gone

    def names(self, version: str) -> dict[str, str]:
        return {kind: f"vgpt-{kind}" for kind in KINDS}

    def begin(self, base: str | None, embedder: Embedder) -> PendingVersion:
        import chromadb

        self.root.mkdir(parents=True, exist_ok=True)
        version = new_version()
        work = self.root / f".tmp-{version}"
        if base is not None:
            # copy the committed version; its own folder is never written again
            shutil.copytree(self.root / base, work, ignore=shutil.ignore_patterns(MANIFEST))
        else:
            work.mkdir()
        client = chromadb.PersistentClient(path=str(work), settings=chroma_settings())
        return PendingVersion(self, version, client, self.names(version), embedder)

    def _commit(self, draft: PendingVersion, manifest: Manifest) -> None:
        work = self.root / f".tmp-{draft.version}"
        (work / MANIFEST).write_text(manifest.to_json(), encoding="utf-8")
        _close(draft.client)
        os.replace(work, self.root / draft.version)
        fd, tmp = tempfile.mkstemp(prefix=".pointer-", dir=self.root)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(draft.version + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.root / POINTER)  # the one atomic step that publishes the new version
        self._collect(draft.version)

    def _abort(self, draft: PendingVersion) -> None:
        _close(draft.client)
        shutil.rmtree(self.root / f".tmp-{draft.version}", ignore_errors=True)

    def _collect(self, current: str) -> None:
        versions = sorted(
            p.name for p in self.root.iterdir() if p.is_dir() and p.name.startswith("v")
        )
        for old in [v for v in versions if v != current][: -(KEEP_VERSIONS - 1) or None]:
            shutil.rmtree(self.root / old, ignore_errors=True)
        for stale in self.root.glob(".tmp-*"):  # drafts of runs that died without cleaning up
            if stale.stat().st_mtime < time.time() - 3600:
                shutil.rmtree(stale, ignore_errors=True)

    def close(self) -> None:
        for client in self._clients.values():
            _close(client)
        self._clients.clear()
        for copy in self._copies:
            shutil.rmtree(copy, ignore_errors=True)
        self._copies.clear()


class ServerLocation(Location):
    """A Chroma server: versioned collections plus a pointer record in ``vgpt-meta``."""

    def __init__(self, url: str) -> None:
        import chromadb

        parsed = urlparse(url if "://" in url else f"http://{url}")
        if not parsed.hostname:
            raise ConfigError(f"chroma_url {url!r} is not a URL like http://127.0.0.1:8000")
        self.description = url
        try:
            self.client = chromadb.HttpClient(
                host=parsed.hostname,
                port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                ssl=parsed.scheme == "https",
                settings=chroma_settings(),
            )
            self.client.heartbeat()
        except Exception as exc:  # connection refused, DNS, TLS: all mean "not reachable"
            raise IndexStoreError(f"cannot reach the Chroma server at {url}: {exc}") from None

    def _meta(self) -> Any:
        from .embedding import VgptEmbeddingFunction  # noqa: F401  (registered: no default embedder)

        return self.client.get_or_create_collection(META_COLLECTION, embedding_function=None)

    def current(self) -> tuple[str, Manifest] | None:
        got = self._meta().get(ids=["current"], include=["documents", "metadatas"])
        if not got["ids"]:
            return None
        version = got["metadatas"][0]["version"]
        return version, Manifest.from_json(got["documents"][0])

    def client_for(self, version: str) -> Any:
        return self.client

    def names(self, version: str) -> dict[str, str]:
        return {kind: f"vgpt-{kind}-{version}" for kind in KINDS}

    def begin(self, base: str | None, embedder: Embedder) -> PendingVersion:
        version = new_version()
        draft = PendingVersion(self, version, self.client, self.names(version), embedder)
        if base is not None:
            # a server cannot copy a collection: carry the old records (with their vectors) over
            old = self.names(base)
            for kind in KINDS:
                try:
                    source = self.client.get_collection(old[kind], embedding_function=embedder)
                except Exception:
                    continue
                total = source.count()
                for offset in range(0, total, 1000):
                    got = source.get(
                        limit=1000, offset=offset, include=["embeddings", "documents", "metadatas"]
                    )
                    draft.upsert(
                        kind,
                        got["ids"],
                        list(got["embeddings"]),
                        got["documents"],
                        got["metadatas"],
                    )
        return draft

    def _commit(self, draft: PendingVersion, manifest: Manifest) -> None:
        self._meta().upsert(
            ids=["current"],
            embeddings=[[1.0]],
            documents=[manifest.to_json()],
            metadatas=[{"version": draft.version}],
        )
        versions = sorted(
            {c.name.split("-", 2)[2] for c in self._versioned() if c.name.count("-") >= 2}
        )
        for old in [v for v in versions if v != draft.version][: -(KEEP_VERSIONS - 1) or None]:
            for name in self.names(old).values():
                try:
                    self.client.delete_collection(name)
                except Exception:
                    pass

    def _versioned(self) -> list[Any]:
        return [
            c
            for c in self.client.list_collections()
            if c.name.startswith("vgpt-") and c.name != META_COLLECTION
        ]

    def _abort(self, draft: PendingVersion) -> None:
        for name in draft.names.values():
            try:
                self.client.delete_collection(name)
            except Exception:
                pass


def _writable(folder: Path) -> bool:
    """Whether this process may write a version folder and its database (false on a read-only mount)."""
    database = folder / "chroma.sqlite3"
    return os.access(folder, os.W_OK) and (not database.exists() or os.access(database, os.W_OK))


def _close(client: Any) -> None:
    try:
        client.close()
    except Exception:  # closing is best effort: the data is already on disk
        pass


def open_location(settings: Any, *, path: Path | None = None) -> Location:
    """The index location the settings name: the Chroma server if a URL is set, else the folder."""
    url = chroma_url(settings)
    if url and path is None:
        return ServerLocation(url)
    return LocalLocation(Path(path) if path is not None else settings.index_dir)


# -- the read side ---------------------------------------------------------------


@dataclass
class Store:
    """A committed index version, opened for reading with our embedder attached."""

    location: Location
    version: str
    manifest: Manifest
    embedder: Embedder
    _collections: dict[str, Any] = field(default_factory=dict)

    def collection(self, kind: str) -> Any:
        if kind not in self._collections:
            name = self.location.names(self.version)[kind]
            client = self.location.client_for(self.version)
            try:
                self._collections[kind] = client.get_collection(
                    name, embedding_function=self.embedder
                )
            except ValueError as exc:
                raise IndexStoreError(
                    f"{self.location.description}: collection {name!r}: {exc}; rebuild with `vgpt ingest --rebuild`"
                ) from None
            except Exception as exc:
                if "does not exist" in str(exc) or "NotFound" in type(exc).__name__:
                    self._collections[kind] = client.get_or_create_collection(
                        name,
                        configuration=collection_config(self.embedder),
                        embedding_function=self.embedder,
                    )
                else:
                    raise
        return self._collections[kind]

    def count(self, kind: str) -> int:
        return self.collection(kind).count()

    def all(
        self, kind: str, include: Iterable[str] = ("embeddings", "metadatas", "documents")
    ) -> dict[str, Any]:
        """Every record of a collection (the schema collection is small: a few thousand chunks)."""
        coll = self.collection(kind)
        out: dict[str, list] = {"ids": [], **{k: [] for k in include}}
        total = coll.count()
        for offset in range(0, total, 2000):
            got = coll.get(limit=2000, offset=offset, include=list(include))
            out["ids"].extend(got["ids"])
            for k in include:
                out[k].extend(list(got[k]) if got[k] is not None else [])
        return out

    def query(
        self, kind: str, embedding: Any, n: int, where: dict | None = None
    ) -> list[tuple[str, float, dict, str]]:
        """The ``n`` nearest records as (id, similarity, metadata, document), best first."""
        coll = self.collection(kind)
        if n <= 0 or coll.count() == 0:
            return []
        got = coll.query(
            query_embeddings=[embedding],
            n_results=min(n, coll.count()),
            where=where,
            include=["metadatas", "documents", "distances"],
        )
        return [
            (i, 1.0 - float(d), m or {}, doc or "")
            for i, d, m, doc in zip(
                got["ids"][0], got["distances"][0], got["metadatas"][0], got["documents"][0]
            )
        ]

    def close(self) -> None:
        self.location.close()


def open_store(
    settings: Any, *, embedder: Embedder | None = None, path: Path | None = None
) -> Store:
    """Open the committed index named by the settings, refusing one built another way."""
    from .embedding import make_embedder

    embedder = embedder or make_embedder(settings)
    location = open_location(settings, path=path)
    found = location.current()
    if found is None:
        raise IndexStoreError(f"no index at {location.description}: build it with `vgpt ingest`")
    version, manifest = found
    problem = manifest.problem_with(embedder.identity)
    if problem:
        raise IndexStoreError(
            f"{location.description}: {problem}; rebuild it with `vgpt ingest --rebuild`"
        )
    return Store(location, version, manifest, embedder)


def batched(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
