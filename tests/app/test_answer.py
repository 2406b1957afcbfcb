"""The chat's logic without Chainlit: review, look-up and drafting, always through the validator."""

from dataclasses import replace

import pytest

from assistant.app import answer as logic
from assistant.app.render import reply_markdown
from assistant.runtime import Runtime

from .conftest import normal


def _validated_all(reply, deps):
    seen = {normal(s) for s in deps.validated}
    return all(normal(s) in seen for s in reply.all_sql())


def test_review_rejects_apth_status_and_suggests_openyn(deps):
    reply = logic.answer("SELECT Status FROM APTH", deps)
    assert (reply.kind, reply.verdict) == ("review", "rejected")
    (error,) = reply.errors
    assert (error.rule, error.line, error.col, error.suggestion) == (
        "unknown-column",
        1,
        8,
        "OpenYN",
    )
    assert "APTH" in error.message and "Status" in error.message
    assert error.excerpt.splitlines()[1].endswith("^^^^^^")
    text = reply_markdown(reply)
    assert "✘ **Rejected**" in text and "OpenYN" in text and "line 1, col 8" in text
    assert _validated_all(reply, deps)


def test_b_table_select_star_and_nolock_are_warnings_apart_from_errors(deps):
    reply = logic.answer("SELECT * FROM bJCCM WITH (NOLOCK) WHERE JCCo = 1", deps)
    assert reply.verdict == "validated" and reply.errors == ()
    rules = {f.rule for f in reply.warnings + reply.notes}
    assert {"base-table", "select-star", "nolock"} <= rules
    text = reply_markdown(reply)
    assert "**Errors**" not in text and "**Warnings**" in text


def test_certain_fix_is_offered_validated_with_a_diff(deps):
    reply = logic.review_reply("SELECT Contract FROM bJCCM WHERE JCCo = 1", deps)
    assert reply.corrected_sql == "SELECT Contract FROM JCCM WHERE JCCo = 1"
    assert reply.diff == "SELECT Contract FROM [-bJCCM-]{+JCCM+} WHERE JCCo = 1"  # word by word
    assert normal(reply.corrected_sql) in {normal(s) for s in deps.validated}


def test_strict_mode_makes_warnings_block(deps):
    sql = "SELECT Contract FROM bJCCM WHERE JCCo = 1"
    assert logic.review_reply(sql, deps).verdict == "validated"
    assert logic.review_reply(sql, deps, logic.Options(strict=True)).verdict == "rejected"


def test_writes_are_refused(deps):
    reply = logic.answer("DELETE FROM APTH WHERE APCo = 1", deps)
    assert reply.verdict == "rejected"
    assert "write-statement" in {f.rule for f in reply.errors}
    assert "not a read query" in reply.explanation


def test_review_explains_the_query_in_business_terms(deps):
    reply = logic.review_reply(
        "SELECT Contract, BilledAmt FROM JCCM WHERE JCCo = 1 AND ContractStatus = 1", deps
    )
    assert reply.verdict == "validated"
    assert (
        "ContractStatus is 1 (Open)" in reply.explanation
        and "JC Contract Master" in reply.explanation
    )


def test_which_table_holds_the_vendor_name_answers_apvm(deps):
    reply = logic.answer("Which table holds the vendor name?", deps)
    assert reply.kind == "lookup" and reply.tables[0] == "APVM"
    assert "`Name`" in reply.message and reply.sql == ""


def test_without_a_model_a_question_gets_a_notice_and_no_sql(deps):
    no_model = Runtime(settings=deps.settings.with_(backend="none"), catalog=deps.catalog)
    reply = logic.answer("list open contracts for company 1 with billed to date", no_model)
    assert reply.kind == "notice" and reply.all_sql() == ()
    assert "Paste a query" in reply.message


@pytest.mark.slow
def test_draft_with_the_real_model_is_validated_before_it_is_returned(deps):
    tokens = []
    reply = logic.answer(
        "list open contracts for company 1 with billed to date",
        deps,
        logic.Options(company=1),
        on_token=tokens.append,
    )
    assert tokens, "the model's tokens are streamed"
    assert reply.kind == "draft" and reply.verdict in ("validated", "rejected")
    assert reply.attempts and all(a.verdict in ("validated", "rejected") for a in reply.attempts)
    if reply.sql:
        assert _validated_all(reply, deps)
    if reply.verdict == "rejected":
        assert reply.errors or reply.message  # a failing draft says what is wrong


def test_fix_applies_the_validators_certain_correction(deps):
    rejected = logic.review_reply(
        "SELECT h.APRef, l.GrossAmt FROM APTH h JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans WHERE h.APCo = 1",
        deps,
    )
    assert rejected.verdict == "rejected"
    fixed = logic.fix(replace(rejected, question="AP invoice lines for company 1"), deps)
    assert fixed.verdict == "validated"
    assert "Mth" in fixed.sql
    assert _validated_all(fixed, deps)


def test_validated_query_is_previewed_on_sample_data(deps):
    assert deps.settings.shadow_path.exists(), "ingest builds the shadow database"
    reply = logic.review_reply(
        "SELECT Contract, Description, BilledAmt FROM JCCM WHERE JCCo = 1 AND ContractStatus = 1",
        deps,
    )
    assert reply.verdict == "validated"
    assert reply.preview is not None and reply.preview.columns == (
        "Contract",
        "Description",
        "BilledAmt",
    )
    assert 0 < len(reply.preview.rows) <= 10
    assert reply.preview.note == "on sample data, not your database"


def test_no_preview_for_a_rejected_query_or_when_switched_off(deps):
    assert logic.review_reply("SELECT Status FROM APTH", deps).preview is None
    sql = "SELECT Contract FROM JCCM WHERE JCCo = 1"
    assert logic.review_reply(sql, deps, logic.Options(preview=False)).preview is None


def test_a_dry_run_error_rejects_the_query_as_an_error_not_an_opinion(deps):
    reply = logic.review_reply(
        "SELECT Contract FROM JCCM WHERE JCCo = 1 AND SUM(BilledAmt) > 0", deps
    )
    assert reply.verdict == "rejected"
    assert "dry-run" in {f.rule for f in reply.errors}
    assert reply.opinions == ()


def test_preview_gives_company_parameters_the_chosen_company(deps):
    reply = logic.review_reply(
        "SELECT Contract, BilledAmt FROM JCCM WHERE JCCo = @JCCo AND ContractStatus = 1",
        deps,
        logic.Options(company=1),
    )
    assert reply.verdict == "validated" and reply.sql.startswith(
        "SELECT"
    )  # the query shown is the user's own
    assert reply.preview is not None and reply.preview.rows
    assert reply.preview.note.endswith("with @JCCo = 1")


@pytest.mark.slow
def test_plan_mode_answers_with_the_validated_sql_compiled_from_the_plan(deps):
    reply = logic.answer(
        "Which contracts in company 1 are open?", deps, logic.Options(company=1, mode="plan")
    )
    assert reply.kind == "draft" and reply.attempts
    if reply.sql:
        assert _validated_all(reply, deps)  # compiled SQL goes through the app's own validation too
        assert reply.plan.startswith("SELECT ") and "FROM" in reply.sql and "FROM" not in reply.plan
