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


def ensure_catalog(settings: Settings, catalog: Path | None = None, docs: Path | None = None, *, progress: bool = False) -> Catalog:
    """The catalog a command should use.

    1. ``catalog``: load that artifact (CatalogError if it is missing or corrupt);
    2. ``docs``: build from that folder (not saved: the artifact stays the configured docs');
    3. the artifact at ``settings.catalog_path``, if there is one and it loads;
    4. else build from ``settings.docs_path`` and save it there for next time (an artifact
       of another schema version or a corrupt one is rebuilt, with a log message).
    """
    if catalog is not None:
        return Catalog.load(settings.resolve(catalog))
    if docs is not None:
        return build_catalog(settings.resolve(docs), cache_dir=cache_dir(settings), progress=progress)
    if settings.catalog_path.exists():
        try:
            return Catalog.load(settings.catalog_path)
        except CatalogError as exc:
            logging.getLogger(__name__).warning("%s; rebuilding from %s", exc, settings.docs_path)
    built = build_catalog(settings.docs_path, cache_dir=cache_dir(settings), progress=progress)
    built.save(settings.catalog_path)
    return built
