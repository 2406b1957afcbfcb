"""Validated generation: draft() retrieves, prompts, extracts, validates and self-corrects.

Two kinds of test:
- the loop's rules, with a scripted backend (a fixed list of replies) because
  they test OUR loop (what is retried, what is fed back, what is returned), not
  the model; the validator and the catalog are real;
- the whole loop with the real SmolLM2 (marked slow).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.drafting.generate import NO_SQL_CODE, draft
from assistant.errors import BackendError
from assistant.settings import load_settings
from assistant.validate import validate

UNKNOWN_TABLE = "SELECT InvoiceNo FROM Invoice WHERE APCo = 1"  # no certain fix exists
GOOD = "SELECT c.Contract, c.Description FROM JCCM c WHERE c.JCCo = 1"
BASE_TABLE = (
    "SELECT Contract FROM bJCCM WHERE JCCo = 1"  # passes with a warning; the validator can fix it
)
QUESTION = "List the contracts of company 1 with their description."


class ScriptedModel:
    """Replies from a fixed list, in order. Tests the loop's rules, not the model."""

    name = "scripted"

    def __init__(self, *replies: str) -> None:
        self.replies = list(replies)
        self.calls: list[list[dict]] = []

    def generate(self, messages, *, stream=False, max_new_tokens=None):
        self.calls.append([dict(m) for m in messages])
        reply = self.replies[min(len(self.calls), len(self.replies)) - 1]
        if stream:
            return iter([reply[i : i + 7] for i in range(0, len(reply), 7)])
        return reply


class CatalogRetriever:
    """A deterministic stand-in for the index helper's retriever: fixed tables, rendered from the real catalog."""

    def __init__(self, catalog, tables: list[str]) -> None:
        self.catalog, self.tables = catalog, tables

    def retrieve(self, question: str, k: int = 8, budget_tokens: int = 1500):
        catalog, tables = self.catalog, self.tables

        class Context:
            table_names = tables
            examples = ()

            def render(self) -> str:
                lines = []
                for name in tables:
                    base = catalog.base_of(name) or catalog.get(name)
                    cols = ", ".join(f"{c.name} {c.vista_type}" for c in base.columns[:20])
                    lines.append(
                        f"View {name} ({base.description}); key {', '.join(base.business_key)}: {cols}"
                    )
                return "\n".join(lines)

        return Context()


def fenced(sql: str) -> str:
    return f"Here is the query:\n```sql\n{sql}\n```\nIt lists the contracts."


@pytest.fixture
def settings(tmp_path: Path):
    return load_settings(tmp_path, env={}, max_attempts=3, max_new_tokens=256, threads=1)


def run(model, catalog, settings, retriever=None, **kw):
    return draft(
        QUESTION, catalog=catalog, retriever=retriever, backend=model, settings=settings, **kw
    )


def assert_validated(result, catalog) -> None:
    """The contract: the returned SQL, report and verdict are the validator's, on exactly that SQL."""
    again = validate(result.sql, catalog) if result.sql else None
    assert result.report.sql == result.sql
    assert result.verdict == result.report.verdict
    if again is not None:
        assert again.verdict == result.verdict
        assert [f.code for f in again.findings if f.source == "static"] == [
            f.code for f in result.report.findings if f.source == "static"
        ]


def test_first_valid_answer_is_returned_after_one_attempt(sample_catalog, settings) -> None:
    model = ScriptedModel(fenced(GOOD))
    result = run(model, sample_catalog, settings)
    assert result.verdict == "pass" and result.sql == GOOD
    assert [a.source for a in result.attempts] == ["model"] and len(model.calls) == 1
    assert_validated(result, sample_catalog)


def test_findings_are_fed_back_and_the_corrected_query_wins(sample_catalog, settings) -> None:
    model = ScriptedModel(fenced(UNKNOWN_TABLE), fenced(GOOD))
    result = run(model, sample_catalog, settings)
    assert result.verdict == "pass" and result.sql == GOOD
    assert [(a.source, a.report.verdict) for a in result.attempts] == [
        ("model", "fail"),
        ("model", "pass"),
    ]
    first_error = result.attempts[0].report.errors[0]
    correction = model.calls[1]
    assert correction[-2] == {"role": "assistant", "content": f"```sql\n{UNKNOWN_TABLE}\n```"}
    assert first_error.message in correction[-1]["content"]  # the findings, fed back verbatim
    assert f"line {first_error.line}, col {first_error.col}" in correction[-1]["content"]
    assert_validated(result, sample_catalog)


def test_draft_that_keeps_failing_is_returned_rejected_with_findings(
    sample_catalog, settings
) -> None:
    model = ScriptedModel(fenced(UNKNOWN_TABLE))
    result = run(model, sample_catalog, settings.with_(max_attempts=2))
    assert len(model.calls) == 2  # bounded by max_attempts
    assert result.verdict == "fail" and result.sql == UNKNOWN_TABLE
    assert "VG101" in {f.code for f in result.report.errors}
    assert_validated(result, sample_catalog)


def test_reply_without_sql_is_a_failed_attempt(sample_catalog, settings) -> None:
    model = ScriptedModel("I am not sure which table holds contracts.", fenced(GOOD))
    result = run(model, sample_catalog, settings)
    assert [a.report.findings[0].code for a in result.attempts[:1]] == [NO_SQL_CODE]
    assert result.verdict == "pass" and result.sql == GOOD


def test_only_replies_without_sql_give_a_rejected_empty_draft(sample_catalog, settings) -> None:
    result = run(ScriptedModel("No idea."), sample_catalog, settings.with_(max_attempts=2))
    assert result.verdict == "fail" and result.sql == ""
    assert [f.code for f in result.report.errors] == [NO_SQL_CODE]


def test_validators_certain_fix_is_taken_and_revalidated(sample_catalog, settings) -> None:
    model = ScriptedModel(fenced(BASE_TABLE))
    result = run(model, sample_catalog, settings)
    assert [a.source for a in result.attempts] == ["model", "validator-fix"]
    assert result.sql == "SELECT Contract FROM JCCM WHERE JCCo = 1"
    assert result.verdict == "pass" and not result.report.warnings
    assert len(model.calls) == 1  # no model call was needed for a certain fix
    assert_validated(result, sample_catalog)


def test_streamed_tokens_reach_the_callback(sample_catalog, settings) -> None:
    seen: list[str] = []
    result = run(ScriptedModel(fenced(GOOD)), sample_catalog, settings, on_token=seen.append)
    assert len(seen) > 1 and "".join(seen) == result.attempts[0].raw


def test_prompt_carries_context_examples_conventions_and_company(sample_catalog, settings) -> None:
    model = ScriptedModel(fenced(GOOD))
    retriever = CatalogRetriever(sample_catalog, ["JCCM"])
    result = run(model, sample_catalog, settings.with_(default_company=7), retriever=retriever)
    system, *_, user = model.calls[0]
    assert "views" in system["content"] and "company" in system["content"]  # the conventions
    assert "ContractStatus" in user["content"]  # the schema context
    assert "company 7" in user["content"]
    assert QUESTION in user["content"]
    assert result.tables == ["JCCM"]


def test_similar_examples_become_worked_turns(sample_catalog, settings) -> None:
    from assistant.catalog import Example

    retriever = CatalogRetriever(sample_catalog, ["JCCM"])
    inner = retriever.retrieve

    def with_examples(question, k=8, budget_tokens=1500):
        context = inner(question, k, budget_tokens)
        type(context).examples = (Example("Open contracts for company 1?", GOOD, "x.sql"),)
        return context

    retriever.retrieve = with_examples
    model = ScriptedModel(fenced(GOOD))
    run(model, sample_catalog, settings, retriever=retriever)
    roles = [m["role"] for m in model.calls[0]]
    assert roles == ["system", "user", "assistant", "user"]
    assert model.calls[0][2]["content"] == f"```sql\n{GOOD}\n```"


def test_drafting_without_a_model_is_a_backend_error(sample_catalog, settings) -> None:
    with pytest.raises(BackendError, match="backend"):
        run(None, sample_catalog, settings)


def test_reviewer_runs_only_when_enabled_and_never_passes_a_failure(
    sample_catalog, settings
) -> None:
    say_pass = json.dumps({"verdict": "pass", "issues": [], "corrected_sql": None})
    model = ScriptedModel(fenced(UNKNOWN_TABLE), fenced(UNKNOWN_TABLE), say_pass)
    result = run(model, sample_catalog, settings.with_(reviewer=True, max_attempts=2))
    assert result.review is None and len(model.calls) == 2  # a failing draft is not sent to review
    assert result.verdict == "fail"

    fix = "SELECT c.Contract, c.Description FROM JCCM c WHERE c.JCCo = 1 AND c.ContractStatus = 1"
    say_fail = json.dumps(
        {"verdict": "fail", "issues": ["only open contracts were asked for"], "corrected_sql": fix}
    )
    model = ScriptedModel(fenced(GOOD), say_fail)
    result = run(model, sample_catalog, settings.with_(reviewer=True))
    assert result.review is not None and result.sql == fix and result.verdict == "pass"
    assert [a.source for a in result.attempts] == ["model", "reviewer-fix"]
    assert any(f.source == "reviewer" for f in result.report.findings)
    assert_validated(result, sample_catalog)


def test_draft_json_has_the_cli_contract_keys(sample_catalog, settings) -> None:
    data = run(
        ScriptedModel(fenced(UNKNOWN_TABLE), fenced(GOOD)), sample_catalog, settings
    ).to_dict()
    assert {"sql", "verdict", "findings", "attempts", "tables"} <= set(data)
    assert [a["verdict"] for a in data["attempts"]] == ["fail", "pass"]
    json.dumps(data)


# -- the real model ----------------------------------------------------------------------


class Recording:
    """Wraps the real backend and records the messages it was sent (the model itself is untouched)."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self.calls = inner, inner.name, []

    def generate(self, messages, **kw):
        self.calls.append(messages)
        return self.inner.generate(messages, **kw)


@pytest.mark.slow
def test_self_correction_loop_with_the_real_small_model(smol, sample_catalog, settings) -> None:
    model = Recording(smol)
    retriever = CatalogRetriever(sample_catalog, ["JCCM"])
    # 128 new tokens hold a query for this question; the 2-core CI box pays for every token
    result = run(
        model,
        sample_catalog,
        settings.with_(max_attempts=2, max_new_tokens=128),
        retriever=retriever,
    )
    assert 1 <= len(model.calls) <= 2
    assert all(a.report.sql == a.sql for a in result.attempts)
    assert_validated(result, sample_catalog)
    if result.attempts[0].passed:
        assert len(model.calls) == 1
    else:  # the second call saw the first attempt's findings
        first = result.attempts[0].report.findings[0]
        assert len(model.calls) == 2 and first.message in model.calls[1][-1]["content"]
    if result.verdict == "fail":
        assert result.report.errors  # rejected with its findings, never passed off as valid
