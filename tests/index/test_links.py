"""Links from columns to the tables they name, and the descriptions derived from them (catalog only)."""

from __future__ import annotations

import pytest

from assistant.retrieval.links import links_from, links_to, reference_links
from ingest.descriptions import column_words


def targets(catalog, source: str) -> dict[str, tuple[str, ...]]:
    return {l.target: l.naming for l in links_from(catalog).get(source.lower(), [])}


@pytest.mark.parametrize(
    ("source", "target", "naming"),
    [
        ("JCJM", "JCMP", ("ProjectMgr",)),  # a job's project manager
        ("JCCM", "JCDM", ("Department",)),  # a contract's department
        ("PREH", "PRDP", ("PRDept",)),  # an employee's payroll department
        ("JCJM", "HQTX", ("TaxCode",)),  # through TaxGroup and TaxCode
        ("PREH", "PRCC", ("Craft", "Class")),
        ("PREC", "HQET", ("EarnType",)),
        ("JBIN", "JCCM", ("Contract",)),  # the bill's company stands for the contract's JC company
        ("INMT", "APVM", ("LastVendor",)),  # a role prefix on the vendor column
        ("ARTL", "JCJM", ("Job",)),
    ],
)
def test_a_column_carrying_another_tables_key_links_to_it(sample_catalog, source, target, naming):
    assert targets(sample_catalog, source).get(target) == naming


def test_a_column_of_a_masters_own_type_links_under_any_name(sample_catalog):
    # Supplier is a bVendor, and bVendor keys one group-keyed master: APVM
    by_target = {l.target: l for l in links_from(sample_catalog)["aptl"]}
    assert by_target["APVM"].pairs == (("VendorGroup", "VendorGroup"), ("Supplier", "Vendor"))
    # the group column follows the name the key was found under
    poit = {l.target: l for l in links_from(sample_catalog)["poit"]}
    assert poit["APVM"].pairs == (("SupplierGroup", "VendorGroup"), ("Supplier", "Vendor"))
    assert targets(sample_catalog, "EMRD").get("JCPM") == ("JCPhase",)  # a bPhase


def test_a_type_shared_by_several_masters_links_nothing_by_type(sample_catalog):
    from assistant.retrieval.links import master_types

    typed = master_types([o for o in sample_catalog.tables if o.columns])
    assert typed["bvendor"].name == "bAPVM"
    # bLoc keys IN and EM locations, bEmployee PR employees: company-keyed, never by type
    assert "bloc" not in typed and "bemployee" not in typed
    assert "EMLM" not in targets(sample_catalog, "POHD")


def test_a_detail_row_links_to_its_header_and_is_marked_detail(sample_catalog):
    up = {l.target: l for l in links_from(sample_catalog)["aptd"]}
    assert up["APTH"].detail and up["APTL"].detail
    assert ("Mth", "Mth") in up["APTH"].pairs and ("APTrans", "APTrans") in up["APTH"].pairs
    assert not up["APPH"].detail


def test_sequence_and_status_keys_link_nothing_on_their_own(sample_catalog):
    # PRDD is keyed (PRCo, Employee, Seq): PRCW's own Seq does not make it an employee's deposit
    assert "PRDD" not in targets(sample_catalog, "PRCW")
    # HQDS is keyed by Status alone: a Status column is no reference to it (documented foreign keys still are)
    assert not any(l.target == "HQDS" for l in reference_links(sample_catalog))
    assert "PMSC" in targets(sample_catalog, "PMRI")  # FK_bPMRI_bPMSC in the DDL


def test_every_company_keyed_table_links_to_hqco(sample_catalog):
    into = {l.source for l in links_to(sample_catalog)["hqco"]}
    assert {"JCCM", "APTH", "PREH", "GLAC"} <= into


def test_column_words_drop_the_tables_own_module_code():
    assert column_words("CMTransferTrans", "CM") == "transfer transaction"
    assert column_words("FromCMAcct", "CM") == "from account"
    assert column_words("ProjectMgr", "JC") == "project manager"


def test_every_undescribed_table_gets_a_derived_description_and_documented_ones_win(sample_catalog):
    for table in sample_catalog.tables:
        if table.description:
            assert table.derived_description == "" and table.about == (table.description, False)
        else:
            assert table.derived_description, table.name
            assert table.about == (table.derived_description, True)
    assert sum(1 for t in sample_catalog.tables if t.derived_description) == 491


def test_a_derived_description_says_what_a_row_is_what_it_references_and_who_references_it(
    sample_catalog,
):
    text = sample_catalog.get("bCMTT").derived_description
    assert text.startswith("Cash Management (CM): one row per month and transfer transaction.")
    assert "CMAC (CM Accounts) by from account" in text
    apvh = sample_catalog.get("APVH").derived_description  # the view carries its table's text
    assert "Rows belong to APVM (AP Vendor Master)" in apvh and "hold code" in apvh


def test_a_table_without_a_documented_key_says_what_a_row_is_from_its_primary_key(sample_catalog):
    # bPMTM's page documents no business key; its DDL's primary key is PMCo, Project, Transmittal
    assert sample_catalog.get("bPMTM").business_key == ()
    text = sample_catalog.get("bPMTM").derived_description
    assert text.startswith("Project Management (PM): one row per project and transmittal.")
    # what a row is is said once: the column list goes on with what else it holds
    columns = text.split("Columns: ", 1)[1]
    assert columns.startswith("subject,") and "transmittal" not in columns


def test_derived_descriptions_survive_save_and_load(sample_catalog, tmp_path):
    from assistant.catalog import Catalog

    loaded = Catalog.load(sample_catalog.save(tmp_path / "c.json"))
    assert (
        loaded.get("bCMTT").derived_description == sample_catalog.get("bCMTT").derived_description
    )
    assert loaded.glossary == sample_catalog.glossary


def test_catalog_show_marks_a_derived_description(sample_catalog_path):
    import json

    from click.testing import CliRunner

    from cli.main import cli

    shown = CliRunner().invoke(
        cli, ["catalog", "show", "CMTT", "--catalog", str(sample_catalog_path), "--json"]
    )
    assert shown.exit_code == 0, shown.output
    page = json.loads(shown.output)
    assert page["description_derived"] is True and page["description"].startswith(
        "Cash Management (CM)"
    )
    documented = json.loads(
        CliRunner()
        .invoke(cli, ["catalog", "show", "JCCM", "--catalog", str(sample_catalog_path), "--json"])
        .output
    )
    assert (
        documented["description"] == "JC Contract Master"
        and documented["description_derived"] is False
    )
    text = (
        CliRunner()
        .invoke(cli, ["catalog", "show", "CMTT", "--catalog", str(sample_catalog_path)])
        .output
    )
    assert "derived" in text


@pytest.mark.parametrize(
    ("source", "kept", "dropped"),
    [
        ("JCCM", "JCDM", "EMDM"),  # a contract's department is a JC department, not an EM one
        ("JCCI", "JCDM", "EMDM"),
        (
            "APPH",
            None,
            "PRPH",
        ),  # an AP check is not a payroll check, though both carry a CM reference
    ],
)
def test_a_column_shared_with_another_modules_master_links_to_its_own_module(
    sample_catalog, source, kept, dropped
):
    found = targets(sample_catalog, source)
    assert dropped not in found
    if kept:
        assert kept in found


def test_a_master_does_not_link_to_another_modules_master_keyed_like_itself(sample_catalog):
    assert "JCDM" not in targets(sample_catalog, "EMDM")
    assert "EMDM" not in targets(sample_catalog, "JCDM")
    # the company number still stands in across modules where nothing else is named
    assert targets(sample_catalog, "JBIN").get("JCCM") == ("Contract",)


def test_a_name_the_documented_joins_give_a_key_links_every_table_that_uses_it(sample_catalog):
    from assistant.retrieval.links import documented_aliases

    # the docs join PMSL.Project to JCJM.Job: a PM project is a JC job, in every PM table
    assert documented_aliases(sample_catalog)["project"] == frozenset({"job"})
    pmol = {l.target: l for l in links_from(sample_catalog)["pmol"]}
    assert ("Project", "Job") in pmol["JCJP"].pairs and ("PMCo", "JCCo") in pmol["JCJP"].pairs
    # AP lines charged to equipment: Equip is documented as Equipment elsewhere
    assert targets(sample_catalog, "APTL").get("EMEM") == ("Equip",)


def test_aliases_leave_out_company_columns_and_names_with_several_meanings(sample_catalog):
    from assistant.retrieval.links import documented_aliases

    aliases = documented_aliases(sample_catalog)
    # company columns are the company rule's, and a name equated with several keys says nothing
    assert "pmco" not in aliases and "jcco" not in aliases
    assert all(len(names) == 1 for names in aliases.values())
