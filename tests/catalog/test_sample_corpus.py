"""The committed sample corpus (data/viewpoint_documentation) built into a catalog."""

from __future__ import annotations

import filecmp
import json
import sys

import pytest

from assistant.catalog import Catalog

FACTS_VIEWS = 659  # base tables with a view in schema_facts.json


def test_sample_builds_all_tables_views_and_columns_without_warnings(sample_catalog):
    summary = sample_catalog.summary()
    assert summary["tables"] == 697
    assert summary["columns"] == 13888
    assert summary["warnings"] == 0, [str(w) for w in sample_catalog.warnings[:5]]
    assert summary["conflicts"] == 0
    with_view = [t for t in sample_catalog.tables if t.view]
    assert len(with_view) == FACTS_VIEWS
    # the facts document one second view on bJCPPCostTypes besides its own (JCPPCostTypesDtl)
    assert summary["views"] == FACTS_VIEWS + 1
    assert sample_catalog.get("JCPPCostTypes").base_table == "bJCPPCostTypes"
    assert len([t for t in sample_catalog.tables if not t.view]) == 38
    assert summary["join_paths"] > 1000 and summary["domains"] > 1000


def test_jccm_key_company_and_contract_status_meanings(sample_catalog):
    jccm = sample_catalog.get("JCCM")
    assert jccm.business_key == ("JCCo", "Contract")
    assert jccm.company_column == "JCCo"
    status = jccm.column("ContractStatus").domain
    assert status.values == ("0", "1", "2", "3") and status.closed
    assert [status.meaning(v) for v in "0123"] == [
        "Pending",
        "Open",
        "Soft Close",
        "Hard (final) Close",
    ]
    assert not status.allows("A")


def test_apth_has_no_status_column_but_open_yn(sample_catalog):
    apth = sample_catalog.get("APTH")
    assert not apth.has_column("Status")
    assert apth.column("OpenYN").domain.values == ("Y", "N")


def test_apth_to_aptl_join_carries_the_month(sample_catalog):
    paths = sample_catalog.join_paths_between("APTH", "APTL")
    assert any(
        p.pairs == (("APCo", "APCo"), ("Mth", "Mth"), ("APTrans", "APTrans"))
        and p.kind == "header-detail"
        for p in paths
    )


@pytest.mark.parametrize(
    "left, right, pairs",
    [
        ("APTH", "APVM", (("VendorGroup", "VendorGroup"), ("Vendor", "Vendor"))),
        (
            "APTL",
            "APTD",
            (("APCo", "APCo"), ("Mth", "Mth"), ("APTrans", "APTrans"), ("APLine", "APLine")),
        ),
        (
            "JBIN",
            "JBIT",
            (("JBCo", "JBCo"), ("BillMonth", "BillMonth"), ("BillNumber", "BillNumber")),
        ),
        ("JCJM", "JCJP", (("JCCo", "JCCo"), ("Job", "Job"))),
        (
            "JCJP",
            "JCCH",
            (("JCCo", "JCCo"), ("Job", "Job"), ("PhaseGroup", "PhaseGroup"), ("Phase", "Phase")),
        ),
        ("JCJP", "JCPM", (("PhaseGroup", "PhaseGroup"), ("Phase", "Phase"))),
        ("JCCD", "JCCT", (("PhaseGroup", "PhaseGroup"), ("CostType", "CostType"))),
        ("JCCM", "HQCO", (("JCCo", "HQCo"),)),
        ("ARTH", "ARCM", (("CustGroup", "CustGroup"), ("Customer", "Customer"))),
    ],
)
def test_documented_join_paths(sample_catalog, left, right, pairs):
    assert pairs in [p.pairs for p in sample_catalog.join_paths_between(left, right)]


def test_row_filters_of_views(sample_catalog):
    assert sample_catalog.get("JCJM").row_filter == "WHERE a.PCVisibleInJC = 'Y'"
    assert "suser_sname()" in sample_catalog.get("PREH").row_filter
    assert sample_catalog.get("JCCM").row_filter is None


def test_group_and_company_columns(sample_catalog):
    assert sample_catalog.get("APVM").group_columns == ("VendorGroup",)
    assert sample_catalog.get("APVM").company_column is None
    assert sample_catalog.get("JCJP").group_columns == (
        "PhaseGroup",
    )  # a plain tinyint, named like a group
    assert sample_catalog.get("HQCO").company_column == "HQCo"
    assert sample_catalog.get("APTD").company_column == "APCo"


def test_documented_domains(sample_catalog):
    col = lambda t, c: sample_catalog.get(t).column(c).domain  # noqa: E731
    assert col("APTD", "Status").values == ("1", "2", "3", "4")
    assert col("ARCM", "Status").meaning("H") == "Hold"
    assert set(col("ARTH", "ARTransType").values) == set("ACFIMPRVW")
    assert col("JCCD", "JCTransType").closed is False
    assert col("JCJM", "JobStatus").meaning("2") == "Soft Close"


def test_rules_references_and_examples_are_kept(sample_catalog):
    kinds = {d.kind for d in sample_catalog.documents}
    assert kinds == {"rule", "reference"}
    assert len(sample_catalog.examples) >= 60


def test_the_saved_sample_artifact_loads_back_to_the_same_catalog(
    sample_catalog, sample_catalog_path
):
    # how fast it loads is a figure for benchmarks/bench_catalog.py, not a timed test on a shared machine
    loaded = Catalog.load(sample_catalog_path)
    assert loaded.summary() == sample_catalog.summary()
    assert loaded.get("JCCM").business_key == sample_catalog.get("JCCM").business_key


def test_generator_reproduces_the_committed_corpus(project_root, tmp_path):
    facts = project_root.parent / "shared" / "vista" / "schema_facts.json"
    if not facts.exists():
        pytest.skip("the shared schema facts are not on this machine")
    sys.path.insert(0, str(project_root / "data"))
    try:
        import build_sample_docs
    finally:
        sys.path.remove(str(project_root / "data"))
    build_sample_docs.build(json.loads(facts.read_text()), tmp_path / "docs")
    committed = project_root / "data" / "viewpoint_documentation"
    mismatches = _diff(filecmp.dircmp(committed, tmp_path / "docs"))
    assert mismatches == []


def _diff(cmp: filecmp.dircmp) -> list[str]:
    out = [f"{cmp.left}/{n}" for n in cmp.left_only + cmp.right_only + cmp.diff_files]
    for sub in cmp.subdirs.values():
        out += _diff(sub)
    return out
