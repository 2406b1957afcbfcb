"""The question's words linked to documented codes and columns, shown to the model as ``Terms:``."""

from __future__ import annotations

from assistant.drafting.linking import links_line, question_links
from assistant.drafting.plan_prompt import plan_messages


def _views(catalog, *names):
    return [catalog.get(n) for n in names]


def test_open_contracts_with_customer_name_link_the_status_code_and_the_master_name(
    sample_catalog,
):
    links = question_links(
        "Which contracts in company 1 are open, with their customer name?",
        _views(sample_catalog, "JCCM", "ARCM"),
    )
    assert [str(link) for link in links] == [
        "open = JCCM.ContractStatus = 1",
        "customer name = ARCM.Name",
    ]


def test_the_trade_s_everyday_words_link_as_vista_s(sample_catalog):
    # a supplier is APVM's vendor, a client ARCM's customer (``assistant.thesaurus``)
    links = question_links(
        "Open contracts with the client's name, and each supplier name",
        _views(sample_catalog, "JCCM", "ARCM", "APVM"),
    )
    assert {"customer name = ARCM.Name", "vendor name = APVM.Name"} <= {str(l) for l in links}


def test_reading_the_everyday_words_does_not_break_a_phrase_said_as_written(sample_catalog):
    # "invoice" also reads Vista's "transaction"; "invoice total" is still APTH.InvTotal, once
    links = [
        str(link)
        for link in question_links(
            "Supplier invoices with the invoice total", _views(sample_catalog, "APTH")
        )
    ]
    assert links.count("invoice total = APTH.InvTotal") == 1


def test_a_yes_no_flag_links_on_its_name_and_a_text_code_is_quoted(sample_catalog):
    links = {
        link.means
        for link in question_links(
            "active vendors and customers on hold", _views(sample_catalog, "APVM", "ARCM")
        )
    }
    assert "APVM.ActiveYN = 'Y'" in links and "ARCM.Status = 'H'" in links


def test_no_word_of_the_question_no_link_and_a_negated_word_none_either(sample_catalog):
    assert question_links("contracts by department", _views(sample_catalog, "JCCM")) == []
    assert question_links("contracts that are not open", _views(sample_catalog, "JCCM")) == []
    assert links_line([]) == ""


def test_a_flag_set_to_no_or_not_marked_links_to_n(sample_catalog):
    def flag(question: str) -> set[str]:
        return {
            link.means for link in question_links(question, _views(sample_catalog, "SLHD", "APVM"))
        }

    assert "APVM.ActiveYN = 'N'" in flag("vendors with active set to No")
    assert "APVM.ActiveYN = 'N'" in flag("vendors that are not marked active")
    assert "APVM.ActiveYN = 'Y'" in flag("vendors flagged active")
    assert "APVM.ActiveYN = 'Y'" in flag("vendors with active = yes")


def test_a_column_said_in_its_own_words_links_when_one_view_has_it(sample_catalog):
    links = [
        str(link)
        for link in question_links(
            "Customers on hold with their name and credit limit", _views(sample_catalog, "ARCM")
        )
    ]
    assert "credit limit = ARCM.CreditLimit" in links
    # a possessive is its noun: "the customer's name" is the customer name
    said = question_links(
        "Contracts with the customer's name", _views(sample_catalog, "JCCM", "ARCM")
    )
    assert [str(link) for link in said] == ["customer name = ARCM.Name"]


def test_the_plan_prompt_carries_the_terms_between_the_views_and_the_question(sample_catalog):
    prompt = plan_messages("Which contracts are open?", ["JCCM"], sample_catalog)[-1][
        "content"
    ].splitlines()
    assert prompt[0] == "Views:"
    assert prompt[-2] == "Terms: open = JCCM.ContractStatus = 1"
    assert prompt[-1] == "Question: Which contracts are open?"


def test_a_plan_that_dropped_the_stated_filter_and_column_gets_them_back(sample_catalog):
    from assistant.drafting.linking import complete_plan
    from assistant.drafting.plan import parse_plan, render_plan

    links = question_links(
        "Which contracts in company 1 are open, with their customer name?",
        _views(sample_catalog, "JCCM", "ARCM"),
    )
    plan, added = complete_plan(parse_plan("SELECT JCCM.Contract, ARCM.Customer"), links)
    assert render_plan(plan) == (
        "SELECT JCCM.Contract, ARCM.Customer, ARCM.Name\nWHERE JCCM.ContractStatus = 1"
    )
    assert len(added) == 2 and '"open"' in added[0]


def test_a_plan_that_chose_its_own_filter_or_aggregates_is_left_alone(sample_catalog):
    from assistant.drafting.linking import complete_plan
    from assistant.drafting.plan import parse_plan

    links = question_links(
        "open contracts by customer name", _views(sample_catalog, "JCCM", "ARCM")
    )
    own = parse_plan("SELECT JCCM.Contract, ARCM.Name\nWHERE JCCM.ContractStatus IN (1, 2)")
    assert complete_plan(own, links) == (own, [])
    counted = parse_plan("SELECT COUNT(*)\nWHERE JCCM.ContractStatus = 1")
    assert complete_plan(counted, links) == (counted, [])
