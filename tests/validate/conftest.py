"""Fixtures for the validator's unit tests: the tiny catalog of ``tests/catalogs.py``."""

from __future__ import annotations

import pytest

from assistant.catalog import Catalog

from ..catalogs import build_tiny


@pytest.fixture(scope="session")
def tiny() -> Catalog:
    return build_tiny()
