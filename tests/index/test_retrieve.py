"""Retrieval over the small corpus: join expansion, views, examples, rules and the token budget."""

from __future__ import annotations

import pytest

from assistant.retrieval.context import Context, approx_tokens
from assistant.retrieval.retrieve import open_retriever


@pytest.fixture()
def retriever(ingested):
    r = open_retriever(ingested)
    yield r
    r.store.close()


def test_job_cost_detail_brings_the_job_and_phase_keys(retriever):
    context = retriever.retrieve("show job cost detail transactions for a job", k=6)
    names = context.table_names
    assert names[0] == "JCCD"
    assert {"JCJM", "JCJP"} <= set(names)
    joined = {(j.left, j.right) for j in context.join_paths} | {
        (j.right, j.left) for j in context.join_paths
    }
    assert ("JCCD", "JCJP") in joined


def test_vendor_question_brings_the_vendor_master_joined_through_vendor_group(retriever):
    context = retriever.retrieve("which vendors have unpaid invoices", k=6)
    assert {"APTH", "APVM"} <= set(context.table_names)
    join = next(j for j in context.join_paths if {j.left, j.right} == {"APTH", "APVM"})
    assert {a for a, _ in join.pairs} == {"VendorGroup", "Vendor"}
    assert "VendorGroup" in context.render()


def test_views_are_returned_rather_than_base_tables(retriever):
    context = retriever.retrieve("contract billed amounts and contract status", k=8)
    assert context.table_names
    assert all(not (n.startswith("b") and n[1:].isupper()) for n in context.table_names)
    jccm = next(t for t in context.tables if t.name == "JCCM")
    assert jccm.kind == "view" and jccm.base_table == "bJCCM"
    assert all(t.kind == "view" for t in context.tables)


def test_columns_shown_include_keys_company_and_the_ones_asked_about(retriever):
    context = retriever.retrieve("open contracts with billed amount", k=4)
    jccm = next(t for t in context.tables if t.name == "JCCM")
    shown = [c.name for c in jccm.columns]
    assert shown[:2] == ["JCCo", "Contract"]
    assert "BilledAmt" in shown
    status = next((c for c in jccm.columns if c.name == "ContractStatus"), None)
    assert (
        status is not None and "Open" in status.values
    )  # the value meanings travel with the column


def test_similar_approved_example_and_relevant_rules_are_included(retriever):
    context = retriever.retrieve("list the open contracts and what has been billed to date", k=4)
    assert context.examples and context.examples[0].source.endswith(
        "001_jc_open_contracts_billed.sql"
    )
    assert "SELECT" in context.examples[0].sql
    assert context.rules


@pytest.mark.parametrize("budget", [150, 400, 800, 1500, 4000])
def test_rendered_context_stays_within_the_token_budget(retriever, budget):
    context = retriever.retrieve(
        "actual cost by phase for a job with vendor names", k=10, budget_tokens=budget
    )
    assert approx_tokens(context.render()) <= budget
    assert context.tokens <= budget
    assert context.tables  # something always fits: at least the top table, compactly


def test_a_small_budget_shows_lower_ranked_tables_compactly_before_dropping_them(retriever):
    roomy = retriever.retrieve("job cost detail", k=6, budget_tokens=4000)
    tight = retriever.retrieve("job cost detail", k=6, budget_tokens=250)
    assert any(t.compact for t in tight.tables)
    assert tight.table_names[0] == roomy.table_names[0]


def test_to_dict_puts_ranked_table_names_first(retriever):
    d = retriever.retrieve("vendor invoices", k=5).to_dict()
    assert list(d)[0] == "tables"
    assert d["tables"] == [o["name"] for o in d["objects"]]
    assert {"join_paths", "examples", "rules", "tokens", "budget_tokens"} <= set(d)


def test_context_render_is_prompt_text_with_sections(retriever):
    text = retriever.retrieve("open contracts billed to date", k=5).render()
    assert text.startswith("### Tables and views")
    assert "### Approved examples" in text


def test_empty_context_renders_to_nothing():
    assert Context("q").render() == ""
