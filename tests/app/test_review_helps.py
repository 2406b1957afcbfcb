"""Issue 15: review always helps (partial corrections, word diffs, visible carets), honest attempt
counts, Fix it never silent, Mark correct never overwrites silently."""

from __future__ import annotations

import os
from dataclasses import dataclass

from assistant.app import answer as logic
from assistant.app.answer import AttemptView, Reply
from assistant.app.approve import save_approved
from assistant.app.excerpt import caret_excerpt, token_diff
from assistant.app.render import attempts_line, attempts_markdown, reply_markdown

# one certain fix (the b table becomes its view) and one uncertain error (APTH has no Status column)
PARTLY = "SELECT h.Status, h.APRef FROM bAPTH h WHERE h.APCo = 1"


def test_certain_fixes_are_applied_when_an_uncertain_error_remains(deps):
    reply = logic.review_reply(PARTLY, deps)
    assert reply.verdict == "rejected" and reply.corrected_sql is None
    partial = reply.partial
    assert partial is not None
    assert "FROM APTH h" in partial.sql and "bAPTH" not in partial.sql
    assert [f.code for f in partial.remaining if f.severity == "error"] == [
        f.code for f in reply.errors
    ]
    assert "[-bAPTH-]{+APTH+}" in partial.diff
    assert "no full correction" in partial.reason
    text = reply_markdown(reply)
    assert (
        "**Partly corrected SQL**" in text
        and "**Still to fix by hand**" in text
        and "No full correction offered" in text
    )


def test_the_partial_correction_is_revalidated(deps):
    reply = logic.review_reply(PARTLY, deps)
    assert reply.partial.sql in deps.validated or logic._normal_sql(reply.partial.sql) in {
        logic._normal_sql(s) for s in deps.validated
    }


def test_no_partial_correction_when_nothing_certain_applies(deps):
    assert logic.review_reply("SELECT Status FROM APTH", deps).partial is None


def test_token_diff_marks_words_not_lines():
    assert (
        token_diff("SELECT a\nFROM bJCCM j", "SELECT a\nFROM JCCM j")
        == "SELECT a\nFROM [-bJCCM-]{+JCCM+} j"
    )
    assert token_diff("SELECT 1", " SELECT 1 ") == ""


def test_caret_on_a_long_line_is_shown_in_a_window_around_the_column():
    sql = "SELECT " + ", ".join(f"a.Col{i}" for i in range(30)) + ", a.Bogus FROM APVM a"
    at = sql.index("a.Bogus") + 2
    line, carets = caret_excerpt(sql, 1, at + 1, at, at + 4).splitlines()
    assert len(line) < 90 and "…" in line and "Bogus" in line
    assert line.index("Bogus") == carets.index("^") and carets.count("^") == 5


def test_attempts_count_model_attempts_and_validator_fixes_apart():
    attempts = (
        AttemptView("SELECT 1", "rejected", ("VG101",), "model"),
        AttemptView("SELECT 2", "rejected", ("VG102",), "validator-fix"),
        AttemptView("SELECT 3", "rejected", ("VG101",), "model"),
        AttemptView("SELECT 4", "validated", (), "validator-fix"),
    )
    assert attempts_line(attempts) == "Model attempts 2, validator fixes 2"
    assert "Attempt 2 (validator fix)" in attempts_markdown(attempts)
    text = reply_markdown(
        Reply(kind="draft", sql="SELECT 4", verdict="validated", attempts=attempts)
    )
    assert "Model attempts 2, validator fixes 2" in text and "Self-correction took" not in text


def test_fix_it_says_so_when_it_returns_the_same_sql():
    before = Reply(kind="draft", question="q", sql="SELECT Status FROM APTH", verdict="rejected")
    same = Reply(kind="draft", question="q", sql="select Status from APTH;", verdict="rejected")
    said = logic.same_sql_said(same, before)
    assert "could not change this query" in said.message
    other = Reply(kind="draft", question="q", sql="SELECT OpenYN FROM APTH", verdict="validated")
    assert logic.same_sql_said(other, before) is other


@dataclass(frozen=True)
class _Report:
    verdict: str
    errors: tuple = ()


def test_mark_correct_does_not_replace_an_example_with_the_same_question_unasked(tmp_path):
    first = save_approved(
        "Open contracts", "SELECT Contract FROM JCCM WHERE JCCo = 1", tmp_path, _Report("pass")
    )
    again = save_approved(
        "open  contracts",
        "SELECT Contract, Description FROM JCCM WHERE JCCo = 1",
        tmp_path,
        _Report("pass"),
    )
    assert first.created and not again.created and again.existing == first.path
    assert "Description" not in first.path.read_text(encoding="utf-8")
    replaced = save_approved(
        "open contracts",
        "SELECT Contract, Description FROM JCCM WHERE JCCo = 1",
        tmp_path,
        _Report("pass"),
        replace=True,
    )
    assert replaced.created and replaced.replaced and replaced.path == first.path
    assert "Description" in first.path.read_text(encoding="utf-8")
    assert len(list(first.path.parent.glob("*.sql"))) == 1


def test_mark_correct_writes_0644(tmp_path):
    old = os.umask(0o022)
    try:
        saved = save_approved(
            "q", "SELECT Contract FROM JCCM WHERE JCCo = 1", tmp_path, _Report("pass")
        )
    finally:
        os.umask(old)
    assert saved.path.stat().st_mode & 0o777 == 0o644


def test_explain_names_fan_out_and_missing_keys_in_plain_words():
    from types import SimpleNamespace as F

    risks = logic.join_risks(
        [
            F(code="VG202", message="APTL joined to APTH without Mth", line=1, col=40),
            F(code="VG201", message="JCCM and JCCD joined without JCCo", line=2, col=5),
            F(code="VG102", message="unknown column", line=1, col=8),
        ]
    )
    assert len(risks) == 2
    assert (
        "fan-out" in risks[0]
        and "Join on every key column" in risks[0]
        and "line 1, col 40" in risks[0]
    )
    assert "every company" in risks[1]


async def test_mark_correct_in_the_chat_asks_before_replacing_and_keeps_the_file_unless_told(
    app_module, chat, deps
):
    import chainlit as cl
    from chainlit.config import config

    # the docs folder of the runtime the app itself uses (other tests may have installed theirs)
    approved = app_module.deps().settings.docs_path / "Experts_V2" / "approved"
    approved.mkdir(parents=True, exist_ok=True)
    earlier = approved / "901_same_question.sql"
    earlier.write_text(
        "-- Question: Vendors of company 1 by name\nSELECT Vendor FROM APVM WHERE VendorGroup = 1\n",
        encoding="utf-8",
    )
    payload = {
        "question": "Vendors of company 1 by name",
        # a query no other test approves, so only the question matches the earlier file
        "sql": "SELECT Vendor, Name, VendorGroup FROM APVM WHERE VendorGroup = 1",
        "kind": "draft",
    }
    try:
        async with chat() as emitter:
            emitter.ask_answer = None  # the user does not choose "Replace it"
            await config.code.action_callbacks["mark_correct"](
                cl.Action(name="mark_correct", payload=payload)
            )
        asked = [d for e, d in emitter.events if e == "ask"]
        assert (
            asked and "already exists" in asked[0]["output"] and str(earlier) in asked[0]["output"]
        )
        assert "Name" not in earlier.read_text(encoding="utf-8")
        assert "kept unchanged" in emitter.messages()[-1]["output"]
        async with chat() as emitter:
            emitter.ask_answer = {
                "name": "replace_example",
                "payload": {"replace": True},
                "label": "Replace it",
            }
            await config.code.action_callbacks["mark_correct"](
                cl.Action(name="mark_correct", payload=payload)
            )
        assert "Vendor, Name" in earlier.read_text(encoding="utf-8")
        assert (
            "Replaced the approved example" in emitter.messages()[-1]["output"]
            and str(earlier) in emitter.messages()[-1]["output"]
        )
    finally:
        earlier.unlink(missing_ok=True)
