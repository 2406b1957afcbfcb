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


def test_a_yes_no_flag_links_on_its_name_and_a_text_code_is_quoted(sample_catalog):
    links = {
        link.means
        for link in question_links(
            "active vendors and customers on hold", _views(sample_catalog, "APVM", "ARCM")
        )
    }
    assert "APVM.ActiveYN = 'Y'" in links and "ARCM.Status = 'H'" in links


def test_no_word_of_the_question_no_link(sample_catalog):
    assert question_links("contract amounts by department", _views(sample_catalog, "JCCM")) == []
    assert links_line([]) == ""


def test_the_plan_prompt_carries_the_terms_between_the_views_and_the_question(sample_catalog):
    prompt = plan_messages("Which contracts are open?", ["JCCM"], sample_catalog)[-1][
        "content"
    ].splitlines()
    assert prompt[0] == "Views:"
    assert prompt[-2] == "Terms: open = JCCM.ContractStatus = 1"
    assert prompt[-1] == "Question: Which contracts are open?"
