"""Shadows of the sample catalog for the plan round trips: two seeds, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.catalog import Catalog
from assistant.shadow import Shadows, build_shadow

ROWS = 120  # as tests/shadow: every link and filter matters, quick to build


@pytest.fixture(scope="session")
def plan_shadows(sample_catalog: Catalog, tmp_path_factory: pytest.TempPathFactory):
    """Two shadows (seeds 0 and 1): a query right by accident on one is caught on the other."""
    folder: Path = tmp_path_factory.mktemp("plan-shadows")
    paths = []
    for seed in (0, 1):
        paths.append(folder / f"shadow{seed}.duckdb")
        build_shadow(sample_catalog, paths[-1], seed=seed, rows=ROWS)
    shadows = Shadows.open(paths)
    yield shadows
    shadows.close()
