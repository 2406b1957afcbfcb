"""The compact schema context given as a record's input, in the retriever's layout."""

from __future__ import annotations

from ingest.dataset.context import schema_context


def test_context_shows_view_base_company_and_key(tiny_catalog):
    text = schema_context(tiny_catalog, ["JCCM"], {"JCCM": ["ContractStatus"]})
    assert text.startswith(
        "### Tables and views (query the views)\nJCCM (view of bJCCM): JC Contract Master\n"
    )
    assert "  key JCCo, Contract; company JCCo; groups CustGroup" in text


def test_context_shows_used_columns_with_type_and_meanings(tiny_catalog):
    text = schema_context(tiny_catalog, ["JCCM"], {"JCCM": ["ContractStatus", "BilledAmt"]})
    assert "ContractStatus tinyint {0=Pending, 1=Open, 2=Soft Close, 3=Hard Close}" in text
    assert "BilledAmt bDollar" in text


def test_context_is_compact_not_every_column(tiny_catalog):
    text = schema_context(tiny_catalog, ["JCCM"], {"JCCM": ["ContractStatus"]}, padding=0)
    assert "ContractAmt" not in text and "KeyID" not in text


def test_context_lists_every_key_pair_of_the_join_with_view_names(tiny_catalog):
    text = schema_context(tiny_catalog, ["APTH", "APTL"])
    assert (
        "### Joins (use every key pair)\nAPTH JOIN APTL ON APTH.APCo = APTL.APCo AND APTH.Mth = APTL.Mth AND APTH.APTrans = APTL.APTrans"
        in text
    )


def test_context_shows_master_join_through_group(tiny_catalog):
    text = schema_context(tiny_catalog, ["APTH", "APVM"])
    assert "APTH.VendorGroup = APVM.VendorGroup AND APTH.Vendor = APVM.Vendor" in text


def test_compact_objects_are_listed_by_key_only_and_not_joined(tiny_catalog):
    text = schema_context(tiny_catalog, ["APTH", "APVM"], compact=["APVM"])
    # bAPVM carries three group columns: VendorGroup (its key) and the CustGroup and TaxGroup it points at
    assert (
        "### Also relevant\nAPVM (view of bAPVM): AP Vendor Master"
        " [key VendorGroup, Vendor; groups VendorGroup, CustGroup, TaxGroup]" in text
    )
    assert "JOIN" not in text


def test_context_is_deterministic_and_skips_unknown_names(tiny_catalog):
    a = schema_context(tiny_catalog, ["APTH", "Invoice", "APTL"])
    assert a == schema_context(tiny_catalog, ["APTH", "Invoice", "APTL"])
    assert "Invoice" not in a
