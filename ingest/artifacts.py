"""Where a command gets its catalog: an explicit file, an explicit docs folder, the
artifact last built, or (first run) a build of the configured docs that is then saved."""

from __future__ import annotations

import logging
from pathlib import Path

from assistant.catalog import Catalog
from assistant.errors import CatalogError
from assistant.settings import Settings

from .build import build_catalog


def cache_dir(settings: Settings) -> Path:
    """Per-file reader cache, beside the catalog artifact."""
    return settings.resolve(settings.state_dir) / "cache" / "catalog"


def ensure_catalog(
    settings: Settings,
    catalog: Path | None = None,
    docs: Path | None = None,
    *,
    progress: bool = False,
) -> Catalog:
    """The catalog a command should use.

    1. ``catalog``: load that artifact (CatalogError if it is missing or corrupt);
    2. ``docs``: build from that folder (not saved: the artifact stays the configured docs');
    3. the artifact at ``settings.catalog_path``, if there is one and it loads;
    4. else build it and save it there for next time: from the docs folder the index was
       built from (its manifest records it), else from ``settings.docs_path``. So an artifact
       that is truncated, corrupt or of another schema version is rebuilt from the docs it
       came from, with a log message, not from whatever folder is configured now.
    """
    if catalog is not None:
        return Catalog.load(settings.resolve(catalog))
    if docs is not None:
        return build_catalog(
            settings.resolve(docs), cache_dir=cache_dir(settings), progress=progress
        )
    source = settings.docs_path
    if settings.catalog_path.exists():
        try:
            return Catalog.load(settings.catalog_path)
        except CatalogError as exc:
            source = indexed_docs(settings) or source
            logging.getLogger(__name__).warning("%s; rebuilding it from %s", exc, source)
    built = build_catalog(source, cache_dir=cache_dir(settings), progress=progress)
    built.save(settings.catalog_path)
    return built


def indexed_docs(settings: Settings) -> Path | None:
    """The docs folder the current index was built from (its manifest's ``docs_dir``), if it still exists."""
    from assistant.errors import VgptError
    from assistant.retrieval.store import open_location

    try:
        location = open_location(settings)
        try:
            found = location.current()
        finally:
            location.close()
    except (VgptError, OSError, ValueError):
        return None
    if found is None or not found[1].docs_dir or not Path(found[1].docs_dir).is_dir():
        return None
    return Path(found[1].docs_dir)
