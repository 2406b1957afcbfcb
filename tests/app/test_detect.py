"""Telling a pasted query from a question (flow 2 vs flow 1), by shape and by explicit request."""

import pytest

from assistant.app.detect import classify, looks_like_sql


@pytest.mark.parametrize(
    "text",
    [
        "SELECT Status FROM APTH",
        "select c.Contract from JCCM c where c.JCCo = 1",
        "WITH open_jobs AS (SELECT Job FROM JCJM WHERE JobStatus = 1) SELECT * FROM open_jobs",
        "DECLARE @JCCo bCompany = 1\nSELECT Contract FROM JCCM WHERE JCCo = @JCCo",
        "DELETE FROM APTH WHERE APCo = 1",
        "exec xp_cmdshell 'dir'",
        "-- legacy report\nSELECT Vendor, Name FROM APVM",
    ],
)
def test_pasted_sql_is_reviewed(text):
    parsed = classify(text)
    assert parsed.intent == "review"
    assert parsed.text == text.strip()


@pytest.mark.parametrize(
    "text",
    [
        "list open contracts for company 1 with billed to date",
        "select all open contracts for company 1",
        "select open contracts",
        "update me on unpaid AP invoices",
        "With the open contracts, what is billed?",
        "show vendors on hold",
    ],
)
def test_questions_are_drafted(text):
    assert classify(text).intent == "question"


def test_fenced_query_is_reviewed_and_the_review_instruction_is_not_a_question():
    parsed = classify("Review this legacy query:\n```sql\nSELECT Status FROM APTH\n```")
    assert (parsed.intent, parsed.text, parsed.question) == (
        "review",
        "SELECT Status FROM APTH",
        "",
    )


def test_words_around_a_fenced_query_are_kept_as_its_question():
    parsed = classify(
        "Does this list unpaid invoices?\n```sql\nSELECT APRef FROM APTH WHERE OpenYN = 'Y'\n```"
    )
    assert parsed.intent == "review"
    assert parsed.question == "Does this list unpaid invoices?"


def test_review_prefix_forces_review():
    parsed = classify("review: SELECT * FROM bJCCM")
    assert (parsed.intent, parsed.text) == ("review", "SELECT * FROM bJCCM")


def test_review_command_forces_review_of_any_text():
    assert classify("select open contracts", force_review=True).intent == "review"


@pytest.mark.parametrize(
    "text",
    [
        "Which table holds the vendor name?",
        "what view has the contract retainage",
        "where is the job phase stored?",
    ],
)
def test_which_table_questions_are_lookups(text):
    assert classify(text).intent == "lookup"


def test_english_starting_with_select_is_not_sql():
    assert not looks_like_sql("select the contracts that are still open?")
