"""Ingest: incremental (add, change, delete), atomic (a failure part-way changes nothing), and careful with bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.catalog import Catalog
from assistant.errors import ConfigError, IndexStoreError
from assistant.retrieval.store import MANIFEST, POINTER, Manifest, open_store
from ingest.index import ingest

NEW_RULE = """# Retainage

Retainage is money held back from each progress payment until the work is accepted.
Subcontract retainage lives on the subcontract items; billed retainage on the contract items.
"""


def current_version(settings) -> str:
    return (settings.index_dir / POINTER).read_text().strip()


def manifest(settings) -> Manifest:
    return Manifest.from_json(
        (settings.index_dir / current_version(settings) / MANIFEST).read_text()
    )


def ids_in(settings, kind: str) -> set[str]:
    store = open_store(settings)
    try:
        return set(store.collection(kind).get(include=[])["ids"])
    finally:
        store.close()


def nearest(settings, embedder, text: str, kind: str = "schema") -> str:
    store = open_store(settings, embedder=embedder)
    try:
        return store.query(kind, embedder.embed([text])[0].tolist(), 1)[0][0]
    finally:
        store.close()


def test_first_ingest_writes_the_catalog_and_every_chunk(settings, embedder):
    result = ingest(settings, embedder=embedder)
    assert (
        result.files_new > 0
        and result.files_changed == result.files_deleted == result.files_unchanged == 0
    )
    assert result.chunks_written == result.chunks_total > 0
    assert result.rebuilt
    catalog = Catalog.load(settings.catalog_path)
    assert catalog.get("JCCD") is not None and catalog.get("APVM") is not None
    assert ids_in(settings, "schema") >= {"object:JCCD", "object:APVM", "object:HQCO"}
    assert any(i.startswith("doc:") for i in ids_in(settings, "docs"))
    assert any(i.startswith("example:") for i in ids_in(settings, "examples"))
    assert set(manifest(settings).chunks) == ids_in(settings, "schema") | ids_in(
        settings, "docs"
    ) | ids_in(settings, "examples")


def test_rerun_without_changes_embeds_nothing_and_does_not_rebuild_the_catalog(
    ingested, embedder, monkeypatch
):
    before = current_version(ingested)

    def no_build(*args, **kwargs):
        raise AssertionError("the catalog was rebuilt although no file changed")

    monkeypatch.setattr("ingest.build.build_catalog", no_build)
    result = ingest(ingested, embedder=embedder)
    assert (
        result.chunks_written,
        result.chunks_deleted,
        result.files_new,
        result.files_changed,
    ) == (0, 0, 0, 0)
    assert result.files_unchanged > 0
    assert current_version(ingested) == before


def test_changed_table_page_reembeds_only_that_tables_chunks(ingested, embedder):
    before = manifest(ingested).chunks
    page = ingested.docs_path / "Viewpoint_Database" / "Tables" / "bJCCT.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text.replace(
            "JC Cost Types", "JC Cost Types, the labor, material and equipment buckets of cost", 1
        ),
        encoding="utf-8",
    )
    result = ingest(ingested, embedder=embedder)
    assert (result.files_changed, result.files_new, result.files_deleted) == (1, 0, 0)
    after = manifest(ingested).chunks
    rewritten = {cid for cid in after if before.get(cid) != after[cid]}
    assert rewritten == {"title:JCCT", "object:JCCT"}
    assert result.chunks_written == 2 and result.chunks_deleted == 0
    assert (
        "labor, material and equipment"
        in Catalog.load(ingested.catalog_path).get("JCCT").description
    )


def test_added_rule_page_is_indexed_and_found(ingested, embedder):
    (ingested.docs_path / "_ai_orchestration" / "rules" / "20_retainage.md").write_text(
        NEW_RULE, encoding="utf-8"
    )
    result = ingest(ingested, embedder=embedder)
    assert result.files_new == 1
    assert result.chunks_written == 1
    assert (
        nearest(ingested, embedder, "how is retainage held back from payments", "docs")
        == "doc:_ai_orchestration/rules/20_retainage.md#1"
    )


def test_deleted_files_remove_their_chunks(ingested, embedder):
    tables = ingested.docs_path / "Viewpoint_Database" / "Tables"
    (tables / "bARTH.sql").unlink()
    (tables / "bARTH.md").unlink()
    (ingested.docs_path / "Viewpoint_Database" / "View" / "ARTH.sql").unlink()
    result = ingest(ingested, embedder=embedder)
    assert result.files_deleted == 3
    assert result.chunks_deleted >= 1
    assert "object:ARTH" not in ids_in(ingested, "schema")
    assert not any(i.startswith("columns:ARTH") for i in ids_in(ingested, "schema"))
    assert Catalog.load(ingested.catalog_path).get("ARTH") is None


@pytest.mark.parametrize(
    "failure", [RuntimeError("embedder crashed"), KeyboardInterrupt()], ids=["crash", "ctrl-c"]
)
def test_a_failure_half_way_leaves_the_previous_index_and_catalog_in_use(
    ingested, embedder, failure
):
    version = current_version(ingested)
    catalog_bytes = ingested.catalog_path.read_bytes()
    schema_before = ids_in(ingested, "schema")
    # a change that touches most object chunks (their "Joins to"), so the run has many batches
    for name in ("header_detail.json", "master_lookups.json"):
        (ingested.docs_path / "Viewpoint_Database" / "_Relationship_Validation" / name).write_text(
            json.dumps({"relationships": []}), encoding="utf-8"
        )
    small = type(embedder)(threads=1, batch_size=4)
    seen: list[tuple[int, int]] = []

    def fail_half_way(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= total // 2:
            raise failure

    with pytest.raises(type(failure)):
        ingest(ingested, embedder=small, on_batch=fail_half_way)
    done, total = seen[-1]
    assert 0 < done < total  # it did stop part-way, with chunks already written to the draft
    assert current_version(ingested) == version
    assert ingested.catalog_path.read_bytes() == catalog_bytes
    assert ids_in(ingested, "schema") == schema_before
    assert nearest(ingested, embedder, "vendor names and addresses").split(":")[1] == "APVM"
    assert not list(ingested.index_dir.glob(".tmp-*"))
    assert not list(ingested.catalog_path.parent.glob(".catalog-new-*"))

    # and the next run completes the change
    result = ingest(ingested, embedder=embedder)
    assert result.files_changed == 2 and result.chunks_written > 0
    assert current_version(ingested) != version


def test_rebuild_reembeds_everything_into_a_new_version(ingested, embedder):
    before = current_version(ingested)
    result = ingest(ingested, embedder=embedder, rebuild=True)
    assert result.rebuilt and result.chunks_written == result.chunks_total
    assert current_version(ingested) != before


def test_old_versions_are_removed_keeping_the_previous_one(ingested, embedder):
    for n in range(3):
        (ingested.docs_path / "_ai_orchestration" / "rules" / f"3{n}_note.md").write_text(
            f"# Note {n}\nText {n}.\n", encoding="utf-8"
        )
        ingest(ingested, embedder=embedder)
    versions = [p for p in ingested.index_dir.iterdir() if p.is_dir() and p.name.startswith("v")]
    assert len(versions) == 2
    assert current_version(ingested) in {p.name for p in versions}


# -- bad input -------------------------------------------------------------------


def test_missing_docs_folder_is_a_clear_error_and_the_index_is_untouched(
    ingested, embedder, tmp_path
):
    version = current_version(ingested)
    with pytest.raises(ConfigError, match="does not exist"):
        ingest(ingested, docs=tmp_path / "no-such-docs", embedder=embedder)
    assert current_version(ingested) == version


def test_empty_docs_folder_is_a_clear_error_and_the_index_is_untouched(
    ingested, embedder, tmp_path
):
    version = current_version(ingested)
    (tmp_path / "empty").mkdir()
    with pytest.raises(ConfigError, match="is empty"):
        ingest(ingested, docs=tmp_path / "empty", embedder=embedder)
    assert current_version(ingested) == version


def test_corrupt_unreadable_and_unparsable_files_are_named_skipped_and_counted(ingested, embedder):
    tables = ingested.docs_path / "Viewpoint_Database" / "Tables"
    (tables / "bJCCT.md").write_bytes(b"# JCCT\n\xff\xfe not utf-8 \xc3\x28\n")
    (tables / "bZZBAD.sql").write_text(
        "CREATE TABLE [dbo].[bZZBAD] ( this is not ) DDL at all ((", encoding="utf-8"
    )
    (tables / "bZZGONE.sql").symlink_to(tables / "no-such-target.sql")
    result = ingest(ingested, embedder=embedder)
    joined = "\n".join(result.warnings)
    assert "bJCCT.md" in joined
    assert "bZZBAD.sql" in joined
    assert "bZZGONE.sql" in joined
    assert result.catalog["warnings"] >= 2
    catalog = Catalog.load(ingested.catalog_path)
    assert (
        catalog.get("JCCD") is not None and catalog.get("APVM") is not None
    )  # the rest is ingested
    assert "object:JCCD" in ids_in(ingested, "schema")


def test_index_written_by_another_embedding_model_is_refused_with_rebuild_advice(
    ingested, embedder
):
    path = ingested.index_dir / current_version(ingested) / MANIFEST
    data = json.loads(path.read_text())
    data["embedder"] = "some-other-model@123456"
    path.write_text(json.dumps(data))
    with pytest.raises(IndexStoreError, match="some-other-model.*--rebuild"):
        ingest(ingested, embedder=embedder)
    with pytest.raises(IndexStoreError, match="--rebuild"):
        open_store(ingested, embedder=embedder)
    assert ingest(ingested, embedder=embedder, rebuild=True).rebuilt


def test_index_of_another_schema_version_is_refused_with_rebuild_advice(ingested, embedder):
    path = ingested.index_dir / current_version(ingested) / MANIFEST
    data = json.loads(path.read_text())
    data["schema_version"] = 0
    path.write_text(json.dumps(data))
    with pytest.raises(IndexStoreError, match="schema version 0.*--rebuild"):
        ingest(ingested, embedder=embedder)


def test_a_folder_that_is_not_a_vgpt_index_is_refused(settings, embedder):
    settings.index_dir.mkdir(parents=True)
    (settings.index_dir / "chroma.sqlite3").write_bytes(b"someone else's")
    with pytest.raises(IndexStoreError, match="not a VGPT index"):
        ingest(settings, embedder=embedder)
    assert ingest(settings, embedder=embedder, rebuild=True).chunks_written > 0


def test_a_catalog_change_lets_the_shadow_database_follow(ingested, embedder, monkeypatch):
    import assistant.shadow

    calls = []
    monkeypatch.setattr(
        assistant.shadow,
        "rebuild_for_ingest",
        lambda s, c: calls.append(c) or Path("shadow.duckdb"),
    )
    assert ingest(ingested, embedder=embedder).notes == ("index is up to date",)
    assert calls == []  # nothing changed: no rebuild
    (ingested.docs_path / "_ai_orchestration" / "rules" / "50_shadow.md").write_text(
        "# Shadow\nA twin.\n", encoding="utf-8"
    )
    result = ingest(ingested, embedder=embedder)
    assert len(calls) == 1 and calls[0].get("JCCD") is not None
    assert any(n.startswith("shadow database up to date") for n in result.notes)
    assert ingest(ingested, embedder=embedder, shadow=False).notes == ("index is up to date",)
