"""Merging partial facts: precedence, conflicts, domains, company and group columns."""

from __future__ import annotations

import json

from assistant.catalog import Catalog
from ingest.build import build_catalog
from ingest.domains import domain_from_condition, parse_documented


def _conflicts(catalog: Catalog):
    return {(c.object, c.column, c.field): c for c in catalog.conflicts}


def test_fixture_export_builds_without_warnings(fixture_docs):
    catalog = build_catalog(fixture_docs)
    assert catalog.warnings == ()
    assert catalog.conflicts == ()
    assert catalog.summary()["tables"] == 6 and catalog.summary()["views"] == 6


def test_view_carries_base_columns_key_and_company(fixture_docs):
    catalog = build_catalog(fixture_docs)
    view, table = catalog.get("JCCM"), catalog.get("bJCCM")
    assert view.kind == "view" and view.base_table == "bJCCM" and table.view == "JCCM"
    assert view.columns == table.columns
    assert view.business_key == ("JCCo", "Contract") and view.company_column == "JCCo"


def test_descriptions_come_from_metadata_then_page(fixture_docs):
    col = build_catalog(fixture_docs).get("JCCM").column
    assert col("Contract").description == "Contract code"  # both agree
    assert col("JCCo").description == "JC company"  # page only


def test_metadata_description_wins_and_the_disagreement_is_a_conflict(fixture_docs):
    meta = fixture_docs / "Viewpoint_Database/_Metadata/columns.json"
    doc = json.loads(meta.read_text())
    doc["columns"][1]["description"] = "The contract number"
    meta.write_text(json.dumps(doc))
    catalog = build_catalog(fixture_docs)
    assert catalog.get("JCCM").column("Contract").description == "The contract number"
    conflict = _conflicts(catalog)[("bJCCM", "Contract", "description")]
    assert (
        conflict.chosen,
        conflict.chosen_source,
        conflict.rejected,
        conflict.rejected_source,
    ) == ("The contract number", "metadata", "Contract code", "page")


def test_ddl_wins_on_type_and_nullability_with_conflicts(fixture_docs):
    meta = fixture_docs / "Viewpoint_Database/_Metadata/columns.json"
    doc = json.loads(meta.read_text())
    doc["columns"][0].update(vista_type="bGroup", is_nullable="YES")
    meta.write_text(json.dumps(doc))
    catalog = build_catalog(fixture_docs)
    column = catalog.get("bJCCM").column("JCCo")
    assert (column.vista_type, column.nullable) == ("bCompany", False)
    found = _conflicts(catalog)
    assert found[("bJCCM", "JCCo", "vista_type")].rejected == "bGroup"
    assert found[("bJCCM", "JCCo", "nullable")].chosen == "NOT NULL"
    assert catalog.summary()["conflicts"] == 2


def test_business_key_from_metadata_over_page_with_conflict(fixture_docs):
    page = fixture_docs / "Viewpoint_Database/Tables/bJCCM.md"
    page.write_text(page.read_text().replace("JCCo, Contract\n", "Contract\n"))
    catalog = build_catalog(fixture_docs)
    assert catalog.get("JCCM").business_key == ("JCCo", "Contract")
    assert _conflicts(catalog)[("bJCCM", None, "business_key")].rejected == "Contract"


def test_business_key_falls_back_to_the_bi_index(fixture_docs):
    assert build_catalog(fixture_docs).get("APTL").business_key == (
        "APCo",
        "Mth",
        "APTrans",
        "APLine",
    )


def test_domains_from_bound_rule_check_type_and_documented_values(fixture_docs):
    col = build_catalog(fixture_docs).get("bJCCM").column
    status = col("ContractStatus").domain
    assert status.values == ("0", "1", "2", "3") and status.numeric and status.closed
    assert status.meaning("1") == "Open" and status.allows(3) and not status.allows("A")
    complete = col("CompleteYN").domain
    assert complete.values == ("Y", "N") and complete.source.startswith("rule brYesNo")
    bill = col("BillType").domain
    assert bill.values == ("T", "P", "B") and bill.source.startswith("check CK_bJCCM_BillType")
    assert bill.meaning("P") == "Progress"  # the page's meanings join the check's values
    assert col("Description").domain is None


def test_documented_values_that_disagree_with_a_check_are_a_conflict(fixture_docs):
    page = fixture_docs / "Viewpoint_Database/Tables/bJCCM.md"
    page.write_text(
        page.read_text().replace(
            "T=Time and material, P=Progress, B=Both", "T=Time, P=Progress, X=Other"
        )
    )
    catalog = build_catalog(fixture_docs)
    assert catalog.get("bJCCM").column("BillType").domain.values == ("T", "P", "B")
    conflict = _conflicts(catalog)[("bJCCM", "BillType", "domain")]
    assert conflict.chosen == "T, P, B" and conflict.rejected == "T, P, X"


def test_company_and_group_columns(fixture_docs):
    catalog = build_catalog(fixture_docs)
    assert catalog.get("APTH").company_column == "APCo"  # not CMCo: the key's bCompany column
    assert catalog.get("HQCO").company_column == "HQCo"
    assert catalog.get("APVM").company_column is None  # keyed by group, not company
    assert catalog.get("APVM").group_columns == ("VendorGroup",)


def test_join_paths_from_relationships_and_foreign_keys(fixture_docs):
    catalog = build_catalog(fixture_docs)
    (path,) = catalog.join_paths_between("APTH", "APTL")
    assert (
        path.pairs == (("APCo", "APCo"), ("Mth", "Mth"), ("APTrans", "APTrans"))
        and path.kind == "header-detail"
    )
    (fk,) = catalog.join_paths_between("JCCM", "JCCI")
    assert fk.kind == "foreign-key" and fk.pairs == (("JCCo", "JCCo"), ("Contract", "Contract"))


def test_join_naming_an_unknown_column_is_a_warning(fixture_docs):
    rels = fixture_docs / "Viewpoint_Database/_Relationship_Validation/joins.json"
    rels.write_text(
        rels.read_text().replace(
            '"from": "Vendor", "to": "Vendor"', '"from": "Vendor", "to": "VendorNo"'
        )
    )
    catalog = build_catalog(fixture_docs)
    assert catalog.join_paths_between("APTH", "APVM") == []
    assert any("APVM.VendorNo" in w.message for w in catalog.warnings)


def test_column_only_in_metadata_is_a_warning_naming_file_and_line(fixture_docs):
    meta = fixture_docs / "Viewpoint_Database/_Metadata/columns.json"
    meta.write_text(meta.read_text().replace('"column": "OpenYN"', '"column": "Status"'))
    catalog = build_catalog(fixture_docs)
    (warning,) = catalog.warnings
    assert warning.path.endswith("_Metadata/columns.json") and warning.line == 5
    assert "bAPTH.Status" in warning.message
    assert not catalog.get("APTH").has_column("Status")


def test_table_without_ddl_is_built_from_its_page_with_a_warning(fixture_docs):
    (fixture_docs / "Viewpoint_Database/Tables/bJCCM.sql").unlink()
    catalog = build_catalog(fixture_docs)
    assert catalog.get("bJCCM").column("ContractStatus").base_type == "tinyint"
    assert any("no CREATE TABLE" in w.message for w in catalog.warnings)


def test_check_and_rule_condition_forms():
    assert domain_from_condition(
        "([ECM]='M' OR [ECM]='C' OR [ECM]='E' OR [ECM]=NULL)", "ECM", False, False, "c"
    ).values == ("M", "C", "E")
    numeric = domain_from_condition("([Opt]=(3) OR [Opt]=(2) OR [Opt]=(1))", "Opt", True, True, "c")
    assert numeric.values == ("3", "2", "1") and numeric.allows(2) and not numeric.allows(4)
    ranged = domain_from_condition("([I] IS NULL OR [I]>(1) AND [I]<(11))", "I", True, True, "c")
    assert (ranged.low, ranged.high) == (2, 10)
    rule = domain_from_condition("([v] > 0 and [v] <10000) or [v] is null", "v", True, True, "r")
    assert (rule.low, rule.high) == (1, 9999)
    assert domain_from_condition("([A] IS NULL OR [B] IS NOT NULL)", "A", False, False, "c") is None


def test_documented_values_with_ellipsis_are_an_open_domain():
    domain = parse_documented(
        "OE=Original estimate, CO=Change order estimate, PF=Projected final, AP, PO ...",
        False,
        "doc",
    )
    assert domain.closed is False and domain.allows("XX")
    assert (
        domain.values == ("OE", "CO", "PF", "AP", "PO")
        and domain.meaning("PF") == "Projected final"
    )


def test_documented_values_named_in_parentheses_count():
    domain = parse_documented("'A'=Active (others I=Inactive, D=Down)", False, "doc")
    assert domain.values == ("A", "I", "D") and domain.meaning("D") == "Down"
    assert parse_documented(
        "1=Open,2=On Hold,3=Paid (4=Cleared per Vista code)", True, "doc"
    ).values == ("1", "2", "3", "4")


def test_catalog_round_trips_through_its_artifact(fixture_docs, tmp_path):
    catalog = build_catalog(fixture_docs)
    loaded = Catalog.load(catalog.save(tmp_path / "c.json"))
    assert loaded.objects == catalog.objects
    assert loaded.join_paths == catalog.join_paths
    assert loaded.get("bJCCM").column("ContractStatus").nullable is False
    assert loaded.documents == catalog.documents and loaded.examples == catalog.examples
