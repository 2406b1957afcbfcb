"""Constrained decoding with the real SmolLM2: under the plan grammar the model names nothing that is not listed.

Through each constrained backend (transformers + llguidance, llama.cpp in process + llguidance,
and a real llama-cpp-python OpenAI-compatible server taking the GBNF in the request), for a few
business questions: whatever the model writes parses as a plan (a reply cut at the token limit
loses only its unfinished last item), and every ``View.Column`` and code in it is one the prompt
listed: 0 invented identifiers. The untrained base model's plans are often poor answers; that
they are *well-formed and grounded* is what the grammar guarantees and what is tested here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.catalog import Catalog
from assistant.drafting.grammar import plan_grammar
from assistant.drafting.plan_draft import draft_plan, invented_names, settle_plan
from assistant.drafting.plan_prompt import listed_views, plan_messages
from assistant.settings import load_settings

pytestmark = pytest.mark.slow

MAX_NEW = 64
QUESTIONS = {
    "open-contracts": (
        "Which contracts in company 1 are open, with their customer name?",
        ("JCCM", "ARCM"),
    ),
    "vendor-invoices": ("Which vendors sent us the largest invoices this year?", ("APTH", "APVM")),
    "job-cost": ("Show actual job cost by phase for a job", ("JCCD", "JCJP", "JCJM")),
}


@pytest.fixture(scope="module")
def requests_(sample_catalog):
    """Each question's chat and grammar, as plan mode builds them (the listed views and only those)."""
    out = {}
    for key, (question, names) in QUESTIONS.items():
        views = listed_views(names, sample_catalog)
        out[key] = (
            plan_messages(question, names, sample_catalog),
            plan_grammar(views, Catalog(tuple(views))),
            views,
        )
    return out


def check_grounded(text: str, views, new_tokens: int) -> None:
    cut = (
        new_tokens >= MAX_NEW
    )  # the token limit may stop it inside a name: that unfinished item is dropped
    plan, rendered, problem = settle_plan(text, cut=cut)
    assert problem is None, (text, problem)
    assert plan.columns, text
    assert invented_names(rendered if cut else text, views) == [], text


@pytest.fixture(scope="module")
def llama_inproc(gguf_path: Path):
    from assistant.backends.llamacpp_backend import LlamaCppBackend

    return LlamaCppBackend(gguf_path, threads=1, max_new_tokens=MAX_NEW)


@pytest.mark.parametrize("key", QUESTIONS)
def test_transformers_under_the_grammar_names_only_what_is_listed(key, requests_, smol):
    messages, grammar, views = requests_[key]
    text = smol.generate(messages, max_new_tokens=MAX_NEW, grammar=grammar)
    assert smol.last_stats["constrained"] == "llguidance"
    check_grounded(text, views, smol.last_stats["new_tokens"])


@pytest.mark.parametrize("key", QUESTIONS)
def test_llamacpp_in_process_under_the_grammar_names_only_what_is_listed(
    key, requests_, llama_inproc
):
    messages, grammar, views = requests_[key]
    text = llama_inproc.generate(messages, max_new_tokens=MAX_NEW, grammar=grammar)
    assert llama_inproc.last_stats["constrained"] == "llguidance"
    check_grounded(text, views, llama_inproc.last_stats["new_tokens"])


@pytest.mark.server
@pytest.mark.parametrize("key", QUESTIONS)
def test_a_llamacpp_server_given_the_grammar_names_only_what_is_listed(
    key, requests_, llama_server
):
    from assistant.backends.openai_backend import OpenAIBackend

    backend = OpenAIBackend(llama_server, grammar="llamacpp", max_new_tokens=MAX_NEW)
    messages, grammar, views = requests_[key]
    text = backend.generate(messages, max_new_tokens=MAX_NEW, grammar=grammar)
    check_grounded(text, views, backend.last_stats["new_tokens"] or 0)


def test_the_streamed_plan_is_the_plan(requests_, smol):
    messages, grammar, _ = requests_["open-contracts"]
    text = smol.generate(messages, max_new_tokens=MAX_NEW, grammar=grammar)
    assert (
        "".join(smol.generate(messages, stream=True, max_new_tokens=MAX_NEW, grammar=grammar))
        == text
    )


def test_a_plan_mode_draft_with_the_real_model_is_validated_sql_or_says_why(
    sample_catalog, smol, tmp_path
):
    class Views:
        def retrieve(self, question, k=8, budget_tokens=1500):
            class Context:
                tables = table_names = ["JCCM", "ARCM"]
                examples = ()

            return Context()

    settings = load_settings(
        tmp_path, env={}, max_attempts=2, max_new_tokens=MAX_NEW, default_company=1
    )
    result = draft_plan(
        QUESTIONS["open-contracts"][0],
        catalog=sample_catalog,
        retriever=Views(),
        backend=smol,
        settings=settings,
    )
    assert result.mode == "plan" and result.attempts
    for attempt, stats in zip(result.attempts, result.generation):
        _, rendered, _ = settle_plan(attempt.raw, cut=stats["new_tokens"] >= MAX_NEW)
        assert invented_names(rendered, listed_views(["JCCM", "ARCM"], sample_catalog)) == []
        if attempt.sql:  # compiled: the validator's verdict is on exactly that SQL
            assert attempt.report.sql == attempt.sql
        else:  # not compiled: the compiler (or the parser) said why
            assert attempt.report.errors
    assert (result.verdict == "pass") == bool(result.sql and result.report.passed)
