"""Shadows of the sample catalog, built once per session (two seeds, for test-suite execution match)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.catalog import Catalog
from assistant.shadow import build_shadow, open_shadow

ROWS = 120  # enough rows for every link and filter to matter, quick to build
CORPUS_DIR = Path(__file__).resolve().parent.parent / "data" / "validator"
_NAME = re.compile(r"^-- name: (\S+)\s*$", re.MULTILINE)


def load_corpus() -> list[tuple[str, str]]:
    """The validator's correct queries: ``-- name: id`` blocks of tests/data/validator/*.sql but wrong.sql."""
    cases = []
    for path in sorted(CORPUS_DIR.glob("*.sql")):
        if path.name == "wrong.sql":
            continue  # the validator's known-bad queries
        text = path.read_text(encoding="utf-8")
        marks = list(_NAME.finditer(text))
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
            cases.append((m.group(1), text[m.end() : end].strip() + "\n"))
    return cases


@pytest.fixture(scope="session")
def shadow_build(sample_catalog: Catalog, tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("shadow") / "shadow.duckdb"
    info = build_shadow(sample_catalog, path, seed=0, rows=ROWS)
    return path, info


@pytest.fixture(scope="session")
def shadow_path(shadow_build) -> Path:
    return shadow_build[0]


@pytest.fixture(scope="session")
def shadow_info(shadow_build):
    return shadow_build[1]


@pytest.fixture(scope="session")
def shadow_con(shadow_path):
    con = open_shadow(shadow_path)
    yield con
    con.close()


@pytest.fixture(scope="session")
def shadow_seed1_path(sample_catalog: Catalog, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("shadow1") / "shadow.seed1.duckdb"
    build_shadow(sample_catalog, path, seed=1, rows=ROWS)
    return path


@pytest.fixture(scope="session")
def small_catalog(sample_catalog: Catalog) -> Catalog:
    """A slice of the sample (job cost, AP, AR with their masters) for tests that build many times."""
    keep = {
        "bHQCO",
        "bJCCM",
        "bJCCI",
        "bJCJM",
        "bJCJP",
        "bJCPM",
        "bJCCH",
        "bJCCT",
        "bAPTH",
        "bAPTL",
        "bAPTD",
        "bAPVM",
        "bARCM",
        "bARTH",
        "bGLAC",
        "bPREH",
    }
    objects = tuple(o for o in sample_catalog.objects if (o.base_table or o.name) in keep)
    names = {o.name.lower() for o in objects}
    paths = tuple(
        p for p in sample_catalog.join_paths if p.left.lower() in names and p.right.lower() in names
    )
    return Catalog(objects=objects, join_paths=paths)
