"""The plan grammar, run by xgrammar itself: what a constrained decoder can and cannot write."""

from __future__ import annotations

import pytest

xgrammar = pytest.importorskip("xgrammar")  # a declared dependency; skipped only where it has no wheel

from assistant.drafting.grammar import plan_grammar  # noqa: E402
from assistant.drafting.plan import parse_plan, render_plan  # noqa: E402

CONTEXT = ["JCCM", "ARCM", "JCJM", "APTH", "APVM", "JCCD"]
STOP = 256


@pytest.fixture(scope="module")
def accepts(sample_catalog):
    """Whether the grammar for CONTEXT accepts a whole text (a byte-level vocabulary: every string is spellable)."""
    info = xgrammar.TokenizerInfo([bytes([i]) for i in range(256)] + [b"</s>"], xgrammar.VocabType.RAW, stop_token_ids=[STOP])
    compiled = xgrammar.GrammarCompiler(info).compile_grammar(xgrammar.Grammar.from_ebnf(plan_grammar(CONTEXT, sample_catalog)))

    def run(text: str) -> bool:
        matcher = xgrammar.GrammarMatcher(compiled)
        return matcher.accept_string(text) and matcher.accept_token(STOP)

    return run


VALID = {
    "open-contracts": "SELECT JCCM.Contract, JCCM.Description, ARCM.Name\nWHERE JCCM.ContractStatus = 1\nORDER BY JCCM.Contract",
    "top-vendors": "SELECT TOP 10 APVM.Vendor, APVM.Name, SUM(APTH.InvTotal)\nWHERE APTH.Mth DURING YTD\n"
                   "ORDER BY SUM(APTH.InvTotal) DESC",
    "codes-and-params": "SELECT JCCD.Mth, SUM(JCCD.ActualCost)\nWHERE JCCD.Job = @Job\n"
                        "AND JCCD.JCTransType NOT IN ('OE', 'CO', 'PF')\nAND JCCD.Mth DURING 2024-01 TO 2024-06\n"
                        "PARAM @Job = ' 22896-'",
    "meaning-company": "SELECT JCJM.JobStatus, MEANING(JCJM.JobStatus), COUNT(*)\nWHERE JCJM.JobStatus IN (1, 2)\n"
                       "ORDER BY JCJM.JobStatus\nCOMPANY 2",
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
