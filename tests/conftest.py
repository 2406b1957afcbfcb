"""Shared fixtures: the project root and the sample catalog, built once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DOCS = ROOT / "data" / "viewpoint_documentation"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture(scope="session")
def project_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def sample_catalog_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole sample corpus built into a catalog artifact, once per test session."""
    from ingest.build import build_catalog

    path = tmp_path_factory.mktemp("catalog") / "catalog.json"
    build_catalog(SAMPLE_DOCS).save(path)
    return path


@pytest.fixture(scope="session")
def sample_catalog(sample_catalog_path: Path):
    from assistant.catalog import Catalog

    return Catalog.load(sample_catalog_path)
