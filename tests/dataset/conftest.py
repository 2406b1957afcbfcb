"""Fixtures for the dataset tests: the tiny catalog of ``tests/catalogs.py`` and the full sample build."""

from __future__ import annotations

import pytest

from assistant.catalog import Catalog

from ..catalogs import build_tiny


@pytest.fixture(scope="session")
def tiny_catalog() -> Catalog:
    return build_tiny()


@pytest.fixture(scope="session")
def sample_build(sample_catalog):
    """The dataset of the full sample corpus, built once with the real validator and mutants."""
    from ingest.dataset import build_dataset

    return build_dataset(sample_catalog, seed=13)
