"""Plan mode's loop: draft_plan() lists the views, decodes a plan, compiles and validates it, self-corrects.

These test OUR loop (what the model is shown, what grammar it gets, what is fed back, what is
returned) with a scripted model: a fixed list of replies. The catalog, grammar, compiler and
validator are real. The real SmolLM2 under the grammar is in tests/model/test_plan_decoding.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.backends.constrain import grammar_accepts
from assistant.drafting.generate import Draft
from assistant.drafting.plan import parse_plan, render_plan
from assistant.drafting.plan_draft import (
    NO_VIEW_CODE,
    PLAN_SYNTAX_CODE,
    dedupe,
    draft_plan,
    invented_names,
    joinable_part,
    linking_views,
    named_company,
    settle_plan,
)
from assistant.settings import load_settings

QUESTION = "Which contracts are open, with their customer name?"
OPEN_WITH_CUSTOMER = "SELECT JCCM.Contract, JCCM.Description, ARCM.Name\nWHERE JCCM.ContractStatus = 1\nORDER BY JCCM.Contract"


class ScriptedModel:
    """Replies from a fixed list, in order; records what it was asked. Tests the loop, not the model."""

    name = "scripted"

    def __init__(self, *replies: str, grammar_mode: str = "llguidance") -> None:
        self.replies = list(replies)
        self.grammar_mode = grammar_mode
        self.calls: list[dict] = []

    def generate(self, messages, *, stream=False, max_new_tokens=None, **kwargs):
        self.calls.append({"messages": [dict(m) for m in messages], **kwargs})
        reply = self.replies[min(len(self.calls), len(self.replies)) - 1]
        return iter([reply[i : i + 5] for i in range(0, len(reply), 5)]) if stream else reply


class NamedViews:
    """A retriever that returns the named views (a deterministic stand-in for the index)."""

    def __init__(self, *names: str) -> None:
        self.names = list(names)

    def retrieve(self, question: str, k: int = 8, budget_tokens: int = 1500):
        names = self.names

        class Context:
            tables = names
            table_names = names
            examples = ()

        return Context()


@pytest.fixture
def settings(tmp_path: Path):
    return load_settings(tmp_path, env={}, max_attempts=3, max_new_tokens=256, default_company=1)


def run(model, catalog, settings, *views: str, question: str = QUESTION, **kw) -> Draft:
    return draft_plan(
        question,
        catalog=catalog,
        retriever=NamedViews(*(views or ("JCCM", "ARCM"))),
        backend=model,
        settings=settings,
        **kw,
    )


def test_a_compiled_plan_is_validated_and_returned_with_its_plan(sample_catalog, settings):
    result = run(ScriptedModel(OPEN_WITH_CUSTOMER), sample_catalog, settings)
    assert result.mode == "plan" and result.verdict == "pass"
    assert result.plan == OPEN_WITH_CUSTOMER
    assert (
        "ARCM.CustGroup = JCCM.CustGroup" in result.sql
        and "ARCM.Customer = JCCM.Customer" in result.sql
    )
    assert result.to_dict()["plan"] == OPEN_WITH_CUSTOMER


def test_the_model_is_shown_the_listed_views_and_given_their_grammar(sample_catalog, settings):
    model = ScriptedModel(OPEN_WITH_CUSTOMER)
    run(model, sample_catalog, settings)
    call = model.calls[0]
    prompt = call["messages"][-1]["content"]
    assert prompt.startswith("Views:\nJCCM contracts:") and "ARCM customers:" in prompt
    grammar = call["grammar"]
    assert grammar_accepts(grammar, OPEN_WITH_CUSTOMER)
    assert not grammar_accepts(grammar, "SELECT JCCM.Contract, APVM.Name")  # a view not listed
    assert not grammar_accepts(
        grammar, "SELECT JCCM.Contract\nWHERE JCCM.ContractStatus = 9"
    )  # a code not documented


def test_only_the_listed_columns_are_nameable(sample_catalog, settings):
    model = ScriptedModel(OPEN_WITH_CUSTOMER)
    run(model, sample_catalog, settings)
    prompt, grammar = model.calls[0]["messages"][-1]["content"], model.calls[0]["grammar"]
    listed = prompt.split("ARCM customers: ")[1].split("\n")[0]
    hidden = next(c.name for c in sample_catalog.get("ARCM").columns if c.name not in listed)
    assert not grammar_accepts(grammar, f"SELECT ARCM.{hidden}")


def test_a_company_the_question_names_is_the_one_filtered(sample_catalog, settings):
    result = run(
        ScriptedModel("SELECT JCCM.Contract"),
        sample_catalog,
        settings,
        question="Which contracts in company 3 are open?",
    )
    assert "DECLARE @JCCo bCompany = 3;" in result.sql


def test_a_plan_with_no_join_path_is_fed_back_and_the_context_widened_once(
    sample_catalog, settings
):
    no_path = "SELECT PREH.LastName, PRCC.Description"
    model = ScriptedModel(no_path, no_path, no_path)
    result = run(
        model,
        sample_catalog,
        settings,
        "PREH",
        "PRCC",
        question="Which employees are in each craft class?",
    )
    assert [a.source for a in result.attempts] == ["model", "model", "model", "plan-fix"]
    assert [f.code for f in result.attempts[0].report.errors] == ["PL201"]
    second = model.calls[1]["messages"]
    assert second[-2] == {"role": "assistant", "content": no_path}
    assert "no documented join path connects PREH with PRCC" in second[-1]["content"]
    added = linking_views(parse_plan(no_path), sample_catalog, ["PREH", "PRCC"])
    assert added and all(
        f"\n{v} " in second[-3]["content"] or f"\n{v}:" in second[-3]["content"] for v in added
    )
    assert sum("widened the context" in n for n in result.notes) == 1  # once, not every round


def test_when_every_attempt_names_a_view_nothing_joins_the_joinable_part_is_compiled_and_said(
    sample_catalog, settings
):
    no_path = "SELECT PREH.LastName, PRCC.Description\nWHERE PRCC.Description LIKE 'A%'\nORDER BY PREH.LastName"
    result = run(
        ScriptedModel(no_path),
        sample_catalog,
        settings,
        "PREH",
        "PRCC",
        question="Employees by craft class",
    )
    assert result.verdict == "pass" and result.attempts[-1].source == "plan-fix"
    assert (
        result.plan == "SELECT PREH.LastName\nORDER BY PREH.LastName"
    )  # the items on PRCC are left out
    assert any(n.startswith("dropped PRCC") for n in result.notes)
    assert "PRCC" not in result.sql


def test_the_joinable_part_keeps_the_first_view_and_the_most_others(sample_catalog):
    plan = parse_plan(
        "SELECT JCCM.Contract, ARCM.Name, PRCC.Description\nWHERE PRCC.Craft = @Craft\nPARAM @Craft = 'X'"
    )
    part, dropped = joinable_part(plan, sample_catalog, None, 1)
    assert render_plan(part) == "SELECT JCCM.Contract, ARCM.Name" and dropped == ["PRCC"]


def test_a_backend_without_a_grammar_decodes_freely_and_says_so(sample_catalog, settings):
    model = ScriptedModel("SELECT JCCM.Contract FROM JCCM", OPEN_WITH_CUSTOMER, grammar_mode="none")
    result = run(model, sample_catalog, settings)
    assert "grammar" not in model.calls[0]
    assert result.verdict == "pass" and len(result.attempts) == 2
    assert result.attempts[0].report.errors[0].code == PLAN_SYNTAX_CODE
    assert any("without a grammar" in n for n in result.notes)


def test_a_reply_cut_at_the_token_limit_loses_its_unfinished_item():
    plan, text, problem = settle_plan(
        "SELECT JCCM.Contract, JCCM.Description\nWHERE JCCM.ContractSta", cut=True
    )
    assert problem is None and text == "SELECT JCCM.Contract, JCCM.Description"


def test_an_item_written_twice_is_kept_once():
    plan = dedupe(parse_plan("SELECT A.X, A.Y, A.X\nORDER BY A.X, A.X\nPARAM @J = 1\nPARAM @J = 2"))
    assert [str(c) for c in plan.columns] == ["A.X", "A.Y"]
    assert [str(o) for o in plan.order] == ["A.X"] and [str(p) for p in plan.params] == [
        "PARAM @J = 1"
    ]


def test_an_order_a_grouped_or_distinct_plan_cannot_sort_by_is_dropped_not_rejected():
    plan, text, problem = settle_plan(
        "SELECT JCCH.Phase, SUM(JCCH.OrigCost)\nORDER BY JCCH.Phase, JCCH.CostType"
    )
    assert problem is None
    assert text == "SELECT JCCH.Phase, SUM(JCCH.OrigCost)\nORDER BY JCCH.Phase"
    plan, text, problem = settle_plan("SELECT DISTINCT JCCM.Contract\nORDER BY JCCM.StartMonth")
    assert problem is None and text == "SELECT DISTINCT JCCM.Contract"
    # an order by an aggregate or an output column stays
    kept = "SELECT ARCM.Name, SUM(ARTH.Retainage)\nORDER BY SUM(ARTH.Retainage) DESC"
    assert settle_plan(kept)[1] == kept


def test_a_plan_that_names_no_view_is_refused_before_compiling():
    plan, text, problem = settle_plan("SELECT COUNT(*)")
    assert plan is None and text == "SELECT COUNT(*)" and problem.code == NO_VIEW_CODE


def test_a_reply_that_is_no_plan_is_a_positioned_finding():
    plan, text, problem = settle_plan("Here is the query: SELECT * FROM JCCM")
    assert plan is None and problem.code == PLAN_SYNTAX_CODE and problem.severity == "error"


@pytest.mark.parametrize(
    "question, company",
    [
        ("Which contracts in company 1 are open?", 1),
        ("open jobs for Company #12", 12),
        ("open jobs", None),
    ],
)
def test_the_company_a_question_names(question, company):
    assert named_company(question) == company


def test_invented_names_are_those_outside_the_listing(sample_catalog):
    jccm = sample_catalog.get("JCCM")
    assert invented_names(
        "SELECT JCCM.Contract, JCCM.Name\nWHERE JCCM.Description LIKE 'A.B'", [jccm]
    ) == ["JCCM.Name"]
