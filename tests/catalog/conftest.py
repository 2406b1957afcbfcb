"""Fixtures for the catalog tests: a tiny Vista export copied into tmp_path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def fixture_docs(tmp_path: Path) -> Path:
    """A writable copy of tests/catalog/fixtures/docs (six tables, their views, rules, metadata)."""
    target = tmp_path / "docs"
    shutil.copytree(FIXTURES / "docs", target)
    return target


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
