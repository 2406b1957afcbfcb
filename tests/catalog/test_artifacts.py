"""Which catalog a command gets: --catalog, --docs, the artifact, or a first build."""

from __future__ import annotations

import pytest

from assistant.errors import CatalogError
from assistant.settings import load_settings
from ingest.artifacts import ensure_catalog
from ingest.build import build_catalog


@pytest.fixture
def settings(tmp_path, fixture_docs):
    return load_settings(tmp_path, env={}, docs_dir=str(fixture_docs))


def test_first_use_builds_from_the_configured_docs_and_saves(settings):
    assert not settings.catalog_path.exists()
    catalog = ensure_catalog(settings)
    assert catalog.summary()["tables"] == 6
    assert settings.catalog_path.exists()


def test_next_use_loads_the_saved_artifact(settings, fixture_docs):
    ensure_catalog(settings)
    (
        fixture_docs / "Viewpoint_Database/Tables/bAPVM.sql"
    ).unlink()  # the artifact is what ingest last built
    assert ensure_catalog(settings).has("APVM")


def test_explicit_catalog_file_wins(settings, tmp_path, fixture_docs):
    other = build_catalog(fixture_docs)
    path = other.save(tmp_path / "other.json")
    assert ensure_catalog(settings, catalog=path).docs_dir == other.docs_dir
    with pytest.raises(CatalogError):
        ensure_catalog(settings, catalog=tmp_path / "missing.json")


def test_explicit_docs_are_built_without_touching_the_artifact(settings, fixture_docs):
    catalog = ensure_catalog(settings, docs=fixture_docs)
    assert catalog.has("JCCM")
    assert not settings.catalog_path.exists()


def test_a_corrupt_artifact_is_rebuilt(settings):
    settings.catalog_path.parent.mkdir(parents=True)
    settings.catalog_path.write_text("{not json")
    assert ensure_catalog(settings).has("JCCM")
