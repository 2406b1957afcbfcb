"""The model reviewer: parsing its JSON, and the rules that keep its word an opinion.

The rule tests use a scripted reviewer (a backend object that returns a fixed
reply) because they test OUR rules (re-check of corrections, no pass over a
static error), not the model's judgement. The validator and catalog are real.
"""

from __future__ import annotations

import json

import pytest

from assistant.drafting.review import (
    CORRECTION_APPLIED,
    CORRECTION_REJECTED,
    ISSUE,
    RULE,
    UNPARSED,
    apply_opinion,
    parse_opinion,
    review,
)
from assistant.validate import validate

GOOD = "SELECT h.APCo, h.Mth, h.APTrans, h.APRef FROM APTH h WHERE h.APCo = 1"
GOOD_OPEN_ONLY = (
    "SELECT h.APCo, h.Mth, h.APTrans, h.APRef FROM APTH h WHERE h.APCo = 1 AND h.OpenYN = 'Y'"
)
BROKEN = "SELECT h.Status FROM APTH h WHERE h.APCo = 1"  # APTH has no Status column
QUESTION = "Which AP invoices are still open for company 1?"


class ScriptedReviewer:
    """Stands in for the model: always replies with the same text. Tests our rules, not the model."""

    name = "scripted"

    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[list[dict]] = []

    def generate(self, messages, *, stream=False, max_new_tokens=None):
        self.calls.append(messages)
        return self.reply


def opinion(verdict: str, issues=(), corrected=None) -> str:
    return json.dumps({"verdict": verdict, "issues": list(issues), "corrected_sql": corrected})


# -- parsing -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reply, verdict, issues, corrected",
    [
        pytest.param(opinion("pass"), "pass", [], None, id="plain-json"),
        pytest.param(
            "```json\n" + opinion("fail", ["no open filter"]) + "\n```",
            "fail",
            ["no open filter"],
            None,
            id="fenced",
        ),
        pytest.param(
            "Here is my review:\n" + opinion("fail", ["x"], "SELECT 1") + "\nHope it helps!",
            "fail",
            ["x"],
            "SELECT 1",
            id="text-around",
        ),
        pytest.param(
            '{"verdict": "FAIL", "issues": "missing company filter", "corrected_sql": ""}',
            "fail",
            ["missing company filter"],
            None,
            id="loose-types",
        ),
        pytest.param(
            '{"verdict": "fail", "issues": [{"message": "uses estimate, not actual cost", "severity": "error"}], "corrected_sql": null}',
            "fail",
            ["uses estimate, not actual cost"],
            None,
            id="issue-objects",
        ),
        pytest.param(
            '{"verdict": "fail", "issues": [], "corrected_sql": "```sql\\nSELECT 2\\n```"}',
            "fail",
            [],
            "SELECT 2",
            id="fenced-correction",
        ),
        pytest.param(
            '{"note": "braces {in} text"} then ' + opinion("pass"),
            "pass",
            [],
            None,
            id="first-object-not-the-shape",
        ),
    ],
)
def test_reviewer_reply_is_parsed(reply, verdict, issues, corrected) -> None:
    parsed = parse_opinion(reply)
    assert parsed.verdict == verdict
    assert [i.message for i in parsed.issues] == issues
    assert parsed.corrected_sql == corrected


def test_labelled_reply_of_a_tuned_reviewer_is_read() -> None:
    """The dataset's review task teaches this text shape; a tuned reviewer may answer in it."""
    reply = (
        "Verdict: fail\nFindings:\n- error VG102 (unknown-column) at line 1, column 10: APTH (h) has no column 'Status'.\n"
        "Corrected SQL:\nSELECT h.OpenYN FROM APTH h WHERE h.APCo = 1"
    )
    parsed = parse_opinion(reply)
    assert parsed.verdict == "fail"
    assert [i.message for i in parsed.issues] == [
        "error VG102 (unknown-column) at line 1, column 10: APTH (h) has no column 'Status'."
    ]
    assert [i.severity for i in parsed.issues] == ["warning"]  # still only an opinion
    assert parsed.corrected_sql == "SELECT h.OpenYN FROM APTH h WHERE h.APCo = 1"


def test_labelled_pass_needs_no_correction() -> None:
    parsed = parse_opinion(
        "Verdict: pass\nFindings: none\nCorrected SQL: not needed, the query is correct as written.\nSELECT 1"
    )
    assert (parsed.verdict, parsed.issues, parsed.corrected_sql) == ("pass", (), None)


@pytest.mark.parametrize(
    "reply",
    [
        pytest.param(
            "{'verdict': 'pass', 'issues': [], 'corrected_sql': None}", id="single-quotes"
        ),
        pytest.param("The verdict: it passes, I think.", id="verdict-in-prose"),
        pytest.param("The query looks fine to me.", id="prose"),
        pytest.param('{"verdict": "maybe", "issues": []}', id="unknown-verdict"),
        pytest.param('{"verdict": "pass", "issues": [', id="truncated"),
        pytest.param("", id="empty"),
        pytest.param('["pass"]', id="not-an-object"),
    ],
)
def test_unreadable_reply_is_an_unparsed_opinion(reply) -> None:
    assert parse_opinion(reply).verdict == "unparsed"


def test_model_opinions_are_never_errors() -> None:
    parsed = parse_opinion(
        '{"verdict": "fail", "issues": [{"message": "wrong measure", "severity": "error"}], "corrected_sql": null}'
    )
    assert [i.severity for i in parsed.issues] == ["warning"]


# -- the rules, with the real validator ----------------------------------------------------


@pytest.fixture(scope="module")
def check(sample_catalog):
    return lambda sql: validate(sql, sample_catalog)


def test_fixture_queries_have_the_static_verdicts_the_tests_rely_on(check) -> None:
    assert check(GOOD).verdict == "pass"
    assert check(GOOD_OPEN_ONLY).verdict == "pass"
    assert check(BROKEN).verdict == "fail"


def test_reviewer_cannot_pass_a_query_with_a_static_error(sample_catalog) -> None:
    reviewer = ScriptedReviewer(opinion("pass", ["looks right"]))
    result = review(QUESTION, BROKEN, catalog=sample_catalog, backend=reviewer)
    assert reviewer.calls, "the reviewer was asked"
    assert result.verdict == "fail"
    assert result.sql == BROKEN
    static_errors = [f for f in result.report.errors if f.source == "static"]
    assert static_errors and static_errors == list(validate(BROKEN, sample_catalog).errors)


def test_reviewer_correction_of_a_broken_query_is_offered_not_passed(sample_catalog) -> None:
    reviewer = ScriptedReviewer(opinion("fail", ["APTH has no Status; use OpenYN"], GOOD_OPEN_ONLY))
    result = review(QUESTION, BROKEN, catalog=sample_catalog, backend=reviewer)
    assert result.verdict == "fail" and result.sql == BROKEN  # the pasted query stays rejected
    assert result.offered == GOOD_OPEN_ONLY and result.report.corrected_sql == GOOD_OPEN_ONLY


def test_reviewer_correction_is_rechecked_and_rejected_when_broken(check) -> None:
    parsed = parse_opinion(opinion("fail", ["should only list open invoices"], BROKEN))
    result = apply_opinion(GOOD, check(GOOD), parsed, check)
    assert result.sql == GOOD and result.applied is None  # the broken correction was not used
    assert result.verdict == "pass"
    codes = [f.code for f in result.report.findings if f.source == "reviewer"]
    assert sorted(codes) == sorted([ISSUE, CORRECTION_REJECTED])


def test_valid_reviewer_correction_replaces_the_query(check) -> None:
    parsed = parse_opinion(opinion("fail", ["should only list open invoices"], GOOD_OPEN_ONLY))
    result = apply_opinion(GOOD, check(GOOD), parsed, check)
    assert result.sql == GOOD_OPEN_ONLY
    assert result.applied is not None and result.applied.verdict == "pass"
    assert result.report.sql == GOOD_OPEN_ONLY and result.verdict == "pass"
    assert CORRECTION_APPLIED in {f.code for f in result.report.findings}


def test_reviewer_findings_are_marked_model_opinions(check) -> None:
    parsed = parse_opinion(opinion("fail", ["uses estimate, not actual cost"]))
    result = apply_opinion(GOOD, check(GOOD), parsed, check)
    mine = [f for f in result.report.findings if f.source == "reviewer"]
    assert [(f.code, f.rule, f.severity) for f in mine] == [(ISSUE, RULE, "warning")]
    assert mine[0].message.startswith("model opinion:")
    assert result.verdict == "pass"  # an opinion advises; only the static validator fails a query


def test_unparsed_reply_changes_nothing(check) -> None:
    report = check(GOOD)
    result = apply_opinion(GOOD, report, parse_opinion("{'verdict': 'fail'}"), check)
    assert result.sql == GOOD and result.verdict == "pass"
    assert [f.code for f in result.findings] == [UNPARSED]
    assert [f.severity for f in result.findings] == ["info"]


def test_reviewer_prompt_carries_question_query_and_context(sample_catalog) -> None:
    reviewer = ScriptedReviewer(opinion("pass"))

    class Ctx:
        def render(self) -> str:
            return "APTH (AP Transaction Header): APCo, Mth, APTrans, OpenYN"

    review(QUESTION, GOOD, catalog=sample_catalog, backend=reviewer, context=Ctx())
    system, user = reviewer.calls[0]
    assert '"verdict"' in system["content"] and "corrected_sql" in system["content"]
    assert QUESTION in user["content"] and GOOD in user["content"] and "OpenYN" in user["content"]
