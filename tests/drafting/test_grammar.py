"""The plan grammar, run by llguidance itself: what a constrained decoder can and cannot write."""

from __future__ import annotations

import pytest

from assistant.backends.constrain import gbnf_to_lark, grammar_accepts
from assistant.drafting.grammar import plan_grammar
from assistant.drafting.plan import parse_plan, render_plan

CONTEXT = ["JCCM", "ARCM", "JCJM", "APTH", "APVM", "JCCD"]


@pytest.fixture(scope="module")
def accepts(sample_catalog):
    """Whether llguidance, under the grammar for CONTEXT, accepts a whole text (a byte vocabulary: every string is spellable)."""
    grammar = plan_grammar(CONTEXT, sample_catalog)
    return lambda text: grammar_accepts(grammar, text)


def test_the_gbnf_converts_to_a_grammar_llguidance_compiles(sample_catalog):
    from llguidance import LLMatcher

    from assistant.backends.constrain import byte_tokenizer

    lark = gbnf_to_lark(plan_grammar(CONTEXT, sample_catalog))
    is_error, messages = LLMatcher.validate_grammar_with_warnings(
        LLMatcher.grammar_from_lark(lark), byte_tokenizer()
    )
    assert not is_error, messages


VALID = {
    "open-contracts": "SELECT JCCM.Contract, JCCM.Description, ARCM.Name\nWHERE JCCM.ContractStatus = 1\nORDER BY JCCM.Contract",
    "top-vendors": "SELECT TOP 10 APVM.Vendor, APVM.Name, SUM(APTH.InvTotal)\nWHERE APTH.Mth DURING YTD\n"
    "ORDER BY SUM(APTH.InvTotal) DESC",
    "codes-and-params": "SELECT JCCD.Mth, SUM(JCCD.ActualCost)\nWHERE JCCD.Job = @Job\n"
    "AND JCCD.JCTransType NOT IN ('OE', 'CO', 'PF')\nAND JCCD.Mth DURING 2024-01 TO 2024-06\n"
    "PARAM @Job = ' 22896-'",
    "meaning-company": "SELECT JCJM.JobStatus, MEANING(JCJM.JobStatus), COUNT(*)\nWHERE JCJM.JobStatus IN (1, 2)\n"
    "ORDER BY JCJM.JobStatus\nCOMPANY 2",
    "typed-values": "SELECT JCCM.Contract\nWHERE JCCM.Contract = '1000'\nAND JCCM.ContractAmt BETWEEN 1000 AND 5000.5\n"
    "AND ARCM.Name LIKE 'A%'\nAND JCCM.ActualCloseDate >= '2024-01-01'",
    "flag-having-label": "SELECT ARCM.Customer, SUM(JCCM.ContractAmt - JCCM.BilledAmt) AS LeftToBill\n"
    "WHERE ARCM.Status = 'H' OR JCCM.ContractAmt > JCCM.BilledAmt\nHAVING SUM(JCCM.ContractAmt) > 0",
}


@pytest.mark.parametrize("text", VALID.values(), ids=VALID.keys())
def test_valid_plans_over_the_context_are_accepted(text, accepts):
    assert render_plan(parse_plan(text)) == text  # the grammar speaks the canonical spelling
    assert accepts(text)


INVALID = {
    "invented-column": "SELECT JCCM.CustomerName",
    "column-of-another-view": "SELECT ARCM.ContractStatus",
    "view-not-in-context": "SELECT PREH.LastName",
    "code-out-of-domain": "SELECT JCCM.Contract\nWHERE JCCM.ContractStatus = 7",
    "flag-out-of-domain": "SELECT APVM.Name\nWHERE APVM.ActiveYN = 'X'",
    "numeric-code-quoted": "SELECT JCCM.Contract\nWHERE JCCM.ContractStatus = '1'",
    "company-filter": "SELECT JCCM.Contract\nWHERE JCCM.JCCo = 1",
    "number-for-text-key": "SELECT JCCM.Contract\nWHERE JCCM.Contract = 1",
    "text-for-amount": "SELECT JCCM.Contract\nWHERE JCCM.ContractAmt > 'big'",
    "like-on-a-number": "SELECT JCCM.Contract\nWHERE JCCM.ContractAmt LIKE '1%'",
    "during-on-text": "SELECT JCCM.Contract\nWHERE JCCM.Description DURING 2024",
    "free-sql": "SELECT JCCM.Contract\nFROM JCCM",
    "alias": "SELECT c.Contract",
}


@pytest.mark.parametrize("text", INVALID.values(), ids=INVALID.keys())
def test_names_codes_and_clauses_outside_the_plan_language_are_rejected(text, accepts):
    assert not accepts(text)


def test_every_column_of_the_context_and_only_those_is_nameable(sample_catalog, accepts):
    view = sample_catalog.get("ARCM")
    assert all(accepts(f"SELECT ARCM.{c.name}") for c in view.columns)
    assert not accepts("SELECT ARCM.Contract")


def test_a_grammar_needs_a_view_of_the_catalog(sample_catalog):
    with pytest.raises(ValueError):
        plan_grammar(["NoSuchView"], sample_catalog)
