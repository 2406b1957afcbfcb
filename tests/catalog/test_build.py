"""Building from a folder: bad files, unknown files, the per-file cache, missing folders."""

from __future__ import annotations

import pytest

import ingest.build as build_module
from assistant.errors import CatalogError
from ingest.build import build_catalog, reader_for


def test_bad_files_are_warnings_naming_file_and_line_and_the_build_continues(fixture_docs):
    db = fixture_docs / "Viewpoint_Database"
    (db / "Tables/bLatin.sql").write_bytes(
        "CREATE TABLE [dbo].[bLatin]([Caf\u00e9] [int] NULL)\n".encode("latin-1")
    )
    (db / "_Metadata/broken.json").write_text('{"columns": [\n  {"object": "bJCCM",,}\n]}')
    (db / "Tables/bBad.sql").write_text(
        "CREATE TABLE [dbo].[bBad](\n  [A] [int] NOT NULL,\n  CONSTRAINT [CK] CHECK ([A]= OR)\n)\nGO\n"
    )
    catalog = build_catalog(fixture_docs)
    where = {(w.path, w.line) for w in catalog.warnings}
    assert ("Viewpoint_Database/Tables/bLatin.sql", 1) in where
    assert ("Viewpoint_Database/_Metadata/broken.json", 2) in where
    assert ("Viewpoint_Database/Tables/bBad.sql", 3) in where
    assert catalog.summary()["warnings"] == 3
    assert catalog.summary()["tables"] == 6  # everything else was read


def test_a_file_no_reader_knows_is_a_warning_and_readmes_are_skipped(fixture_docs):
    (fixture_docs / "notes.txt").write_text("hello")
    (fixture_docs / "Viewpoint_Database/README.md").write_text("# Export\n")
    catalog = build_catalog(fixture_docs)
    assert [(w.path, "no reader" in w.message) for w in catalog.warnings] == [("notes.txt", True)]


def test_missing_or_empty_docs_folder_is_a_catalog_error(tmp_path):
    with pytest.raises(CatalogError, match="no such documentation folder"):
        build_catalog(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(CatalogError, match="empty"):
        build_catalog(tmp_path / "empty")


def test_rebuild_rereads_only_the_changed_file(fixture_docs, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = build_catalog(fixture_docs, cache_dir=cache)
    read = []
    real = build_module._safe_read
    monkeypatch.setattr(
        build_module,
        "_safe_read",
        lambda reader, rel, data: read.append(rel) or real(reader, rel, data),
    )
    again = build_catalog(fixture_docs, cache_dir=cache)
    assert read == []
    assert again.objects == first.objects
    page = fixture_docs / "Viewpoint_Database/Tables/bJCCM.md"
    page.write_text(page.read_text().replace("Billed to date", "Billed to date (running total)"))
    changed = build_catalog(fixture_docs, cache_dir=cache)
    assert read == ["Viewpoint_Database/Tables/bJCCM.md"]
    assert changed.get("JCCM").column("BilledAmt").description == "Billed to date (running total)"


def test_a_corrupt_cache_is_ignored(fixture_docs, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / build_module.CACHE_FILE).write_bytes(b"not a pickle")
    assert build_catalog(fixture_docs, cache_dir=cache).summary()["tables"] == 6


def test_a_cache_written_by_other_code_is_not_reused(fixture_docs, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    build_catalog(fixture_docs, cache_dir=cache)
    reads = []
    monkeypatch.setattr(build_module, "reader_version", lambda: "other code")
    monkeypatch.setattr(
        build_module, "_safe_read", lambda reader, rel, data: reads.append(rel) or reader(rel, data)
    )
    assert build_catalog(fixture_docs, cache_dir=cache).summary()["tables"] == 6
    assert reads  # every file read again, none taken from the old cache


def test_progress_bar_goes_to_stderr(fixture_docs, capsys):
    build_catalog(fixture_docs, progress=True)
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize(
    "rel, kind",
    [
        ("Viewpoint_Database/Tables/bJCCM.sql", "ddl"),
        ("Viewpoint_Database/Tables/bJCCM.md", "page"),
        ("Viewpoint_Database/View/JCCM.sql", "ddl"),
        ("Viewpoint_Database/_Metadata/columns.csv", "metadata"),
        ("Viewpoint_Database/_Relationship_Validation/x.json", "relationships"),
        ("_ai_orchestration/rules/a.md", "rule"),
        ("_ai_orchestration/reference/a.md", "reference"),
        ("Experts_V2/approved/1.sql", "example"),
        ("Viewpoint_Database/Stored_Procedures/bspX.sql", "ddl"),
    ],
)
def test_files_are_read_by_their_place_in_the_export(rel, kind):
    assert reader_for(rel)[0] == kind
