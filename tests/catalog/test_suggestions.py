"""'Did you mean' for tables: spelling, module and description words."""

from __future__ import annotations


def test_b_table_spelled_wrong_offers_the_job_master(sample_catalog):
    assert "JCJM" in sample_catalog.closest_tables("bJCMast")


def test_a_business_word_offers_tables_described_by_it(sample_catalog):
    assert sample_catalog.closest_tables("Invoice")[:5] and {"ARTH", "ARTL"} & set(
        sample_catalog.closest_tables("Invoice")
    )
    assert sample_catalog.closest_tables("Vendor")[0] == "APVM"
    assert sample_catalog.closest_tables("Customer")[0] == "ARCM"
    assert sample_catalog.closest_tables("PRTimecard")[0] == "PRTH"


def test_near_spelling_comes_first_and_views_before_base_tables(sample_catalog):
    assert sample_catalog.closest_tables("JCCMM")[0] == "JCCM"
    assert sample_catalog.closest_tables("jccm")[0] == "JCCM"
    assert "bJCCM" not in sample_catalog.closest_tables("JCCMM")  # one name per table family


def test_gibberish_has_no_suggestion(sample_catalog):
    assert sample_catalog.closest_tables("xyzzy") == []


def test_lookups_are_case_insensitive_and_strip_schema(sample_catalog):
    assert sample_catalog.get("[dbo].[jccm]").name == "JCCM"
    assert sample_catalog.base_of("JCCM").name == "bJCCM"
    assert sample_catalog.view_of("bJCCM").name == "JCCM"
    assert sample_catalog.view_of("bHQMA") is None  # one of the 38 tables without a view
