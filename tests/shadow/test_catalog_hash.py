"""The shadow follows the catalog that ingest saved (issue 11, item 6): the in-memory catalog ingest
builds the shadow from and the same catalog saved and loaded by ``vgpt validate`` hash alike, so the
dry run is on after every ingest instead of being skipped as "stale".
"""

from __future__ import annotations

from assistant.catalog import Catalog, Column, DbObject, Domain
from assistant.shadow import catalog_hash
from ingest.build import build_catalog

from ..helpers import SAMPLE


def test_the_sample_catalog_saved_and_loaded_hashes_the_same(tmp_path):
    built = build_catalog(SAMPLE)
    loaded = Catalog.load(built.save(tmp_path / "catalog.json"))
    assert catalog_hash(loaded) == catalog_hash(built)
    assert loaded == built


def test_a_zero_bound_survives_save_and_load(tmp_path):
    # CHECK (SubCO >= 0): the 0 once dropped as if it were False, so the loaded catalog lost the
    # bound (the validator no longer refused SubCO = -1) and hashed differently
    domain = Domain(numeric=True, low=0.0, source="check CK_bPMSL_SubCO")
    table = DbObject(
        "bPMSL", "table", columns=(Column("SubCO", "smallint", "smallint", domain=domain),)
    )
    loaded = Catalog.load(Catalog(objects=(table,)).save(tmp_path / "catalog.json"))
    assert loaded.get("bPMSL").column("SubCO").domain == domain
    assert not loaded.get("bPMSL").column("SubCO").domain.allows(-1)
