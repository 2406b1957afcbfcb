"""The Chainlit handlers, called in-process through a mocked session and a capturing emitter
(the pattern of Chainlit's own backend tests). Real parts throughout: the sample catalog,
the validator, retrieval, and SmolLM2 for drafting. The rule checked everywhere: no SQL
reaches the page that has not been through the validator.
"""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from .conftest import assert_only_validated_sql

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _settle():
    """Let the data layer's background writes finish before the test looks at the database."""
    pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    if pending:
        await asyncio.wait(pending, timeout=10)


async def _send(app_module, text: str, *, command: str | None = None, elements=None):
    import chainlit as cl
    from chainlit.config import config

    message = cl.Message(
        content=text, author="User", type="user_message", command=command, elements=elements or []
    )
    await config.code.on_message(message)
    await _settle()
    return message


def _final(emitter) -> dict:
    messages = emitter.messages()
    assert messages, "the app answered"
    return messages[-1]


async def test_chat_start_offers_settings_commands_and_three_starters(app_module, chat):
    from chainlit.config import config

    async with chat() as emitter:
        await config.code.on_chat_start()
        starters = await config.code.set_starters(None, "en-US")
    settings = next(data for event, data in emitter.events if event == "chat_settings")
    assert [w["id"] for w in settings] == [
        "company",
        "backend",
        "model",
        "mode",
        "strict",
        "show_context",
        "preview",
    ]
    commands = next(data for event, data in emitter.events if event == "set_commands")
    assert commands[0]["id"] == "Review"
    assert [s.message for s in starters] == [
        "list open contracts for company 1 with billed to date",
        "Review this legacy query:\n```sql\nSELECT Status FROM APTH\n```",
        "Which table holds the vendor name?",
    ]


async def test_pasted_query_is_rejected_with_the_finding_and_its_position(app_module, chat, deps):
    async with chat() as emitter:
        await _send(app_module, "SELECT Status FROM APTH")
    (validate,) = emitter.steps("Validate")
    assert "rejected" in validate["output"] and validate["defaultOpen"] is False
    final = _final(emitter)["output"]
    assert "✘ **Rejected**" in final
    (finding,) = [l for l in final.splitlines() if "unknown-column" in l]
    assert (
        "'Status'" in finding
        and "APTH" in finding
        and "OpenYN" in finding
        and "line 1, col 8" in finding
    )
    assert "  |        ^^^^^^" in final  # the caret under Status
    names = [a["name"] for a in emitter.actions(_final(emitter)["id"])]
    assert names == [
        "explain",
        "fix",
    ]  # a rejected query cannot be marked correct; copy is the code block's own button
    assert not emitter.errors()
    assert_only_validated_sql(emitter, deps)


async def test_warnings_are_listed_apart_and_the_fix_comes_with_a_diff(app_module, chat, deps):
    async with chat() as emitter:
        await _send(
            app_module,
            "Review this legacy query:\n```sql\nSELECT * FROM bJCCM WITH (NOLOCK) WHERE JCCo = 1\n```",
        )
    final = _final(emitter)["output"]
    assert "✔ **Validated**" in final and "**Errors**" not in final
    warnings = final[final.index("**Warnings**") :]
    assert "base-table" in warnings and "select-star" in warnings and "nolock" in warnings
    assert "**Diff**" in final and "[-bJCCM-]{+JCCM+}" in final  # word by word, not whole lines
    # a wide table's preview (dates, money, ids) still reaches the page as a dataframe
    assert any(e == "send_element" and d.get("type") == "dataframe" for e, d in emitter.events)
    assert [a["name"] for a in emitter.actions(_final(emitter)["id"])] == [
        "explain",
        "mark_correct",
    ]
    assert_only_validated_sql(emitter, deps)


async def test_review_command_reviews_text_that_reads_like_english(app_module, chat, deps):
    async with chat() as emitter:
        await _send(app_module, "select open contracts", command="Review")
    assert emitter.steps("Validate") and not emitter.steps("Draft SQL")
    assert "Review of your query" in _final(emitter)["output"]


async def test_an_uploaded_sql_file_is_reviewed(app_module, chat, deps, tmp_path):
    import chainlit as cl

    path = tmp_path / "legacy_ap.sql"
    path.write_bytes(
        "SELECT h.APRef FROM APTH h JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans WHERE h.APCo = 1".encode(
            "utf-16"
        )
    )
    async with chat() as emitter:
        await _send(app_module, "", elements=[cl.File(name="legacy_ap.sql", path=str(path))])
    final = _final(emitter)["output"]
    assert "legacy_ap.sql" in final and "✘ **Rejected**" in final
    assert "join-missing-key" in final and "Mth" in final
    assert_only_validated_sql(emitter, deps)


async def test_which_table_question_answers_from_the_catalog(app_module, chat):
    async with chat() as emitter:
        await _send(app_module, "Which table holds the vendor name?")
    assert emitter.steps("Retrieve schema")
    final = _final(emitter)["output"]
    assert (
        final.index("**APVM**") < final.index("**APFT**")
        if "**APFT**" in final
        else "**APVM**" in final
    )
    assert "```sql" not in final


async def test_a_write_is_refused(app_module, chat, deps):
    async with chat() as emitter:
        await _send(app_module, "UPDATE APTH SET OpenYN = 'N' WHERE APCo = 1")
    final = _final(emitter)["output"]
    assert "✘ **Rejected**" in final and "write-statement" in final


@pytest.mark.slow
async def test_question_streams_a_plan_then_shows_only_validated_sql(app_module, chat, deps):
    async with chat() as emitter:
        await _send(app_module, "list open contracts for company 1 with billed to date")
    names = [s["name"] for s in emitter.final_steps().values() if s.get("type") in ("tool", "llm")]
    assert names[:3] == ["Retrieve schema", "Draft plan", "Validate"]  # plan mode is the default
    assert all(
        not s.get("defaultOpen")
        for s in emitter.final_steps().values()
        if s.get("type") in ("tool", "llm")
    )
    (draft,) = emitter.steps("Draft plan")
    assert len(emitter.tokens()) > 3, "the model's plan was streamed into the step"
    assert "Attempt 1:" in draft["output"] and (
        "**Plan**" in draft["output"] or "No plan compiled" in draft["output"]
    )
    final = _final(emitter)["output"]
    assert "```sql" in final and ("✔ **Validated**" in final or "✘ **Rejected**" in final)
    assert (
        "SELECT JCCM." not in final.split("```sql")[0]
    )  # the answer is the compiled SQL, not the plan
    assert not emitter.errors()
    assert_only_validated_sql(emitter, deps)


@pytest.mark.slow
async def test_sql_mode_streams_a_draft_then_shows_only_validated_sql(app_module, chat, deps):
    from chainlit.config import config

    async with chat() as emitter:
        await config.code.on_settings_update(
            {
                "company": 1,
                "backend": "transformers",
                "model": "",
                "mode": "sql",
                "strict": False,
                "show_context": False,
                "preview": True,
            }
        )
        await _send(app_module, "list open contracts for company 1 with billed to date")
    names = [s["name"] for s in emitter.final_steps().values() if s.get("type") in ("tool", "llm")]
    assert names[:3] == ["Retrieve schema", "Draft SQL", "Validate"]
    assert all(
        not s.get("defaultOpen")
        for s in emitter.final_steps().values()
        if s.get("type") in ("tool", "llm")
    )
    (retrieve,) = emitter.steps("Retrieve schema")
    assert "JCCM" in retrieve["output"]
    (draft,) = emitter.steps("Draft SQL")
    assert len(emitter.tokens()) > 3, "the model's tokens were streamed into the step"
    assert "Attempt 1:" in draft["output"]  # the raw stream is replaced by the validated attempts
    final = _final(emitter)["output"]
    assert "```sql" in final and ("✔ **Validated**" in final or "✘ **Rejected**" in final)
    assert not emitter.errors()
    assert_only_validated_sql(emitter, deps)


async def test_explain_action_revalidates_what_it_shows(app_module, chat, deps):
    import chainlit as cl
    from chainlit.config import config

    payload = {
        "question": "open contracts",
        "sql": "SELECT Contract, BilledAmt FROM JCCM WHERE JCCo = 1 AND ContractStatus = 1",
        "kind": "review",
    }
    async with chat() as emitter:
        await config.code.action_callbacks["explain"](cl.Action(name="explain", payload=payload))
    (explained,) = [m["output"] for m in emitter.messages()]
    assert "ContractStatus is 1 (Open)" in explained and "validated by the validator" in explained
    assert (
        "copy" not in config.code.action_callbacks
    )  # no "Ready to copy" message: the code block copies
    assert_only_validated_sql(emitter, deps)


async def test_fix_it_applies_the_validated_correction(app_module, chat, deps):
    import chainlit as cl
    from chainlit.config import config

    sql = "SELECT h.APRef, l.GrossAmt FROM APTH h JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans WHERE h.APCo = 1"
    async with chat() as emitter:
        await config.code.action_callbacks["fix"](
            cl.Action(name="fix", payload={"question": "AP lines", "sql": sql, "kind": "review"})
        )
    final = _final(emitter)["output"]
    assert "✔ **Validated**" in final and "l.Mth = h.Mth" in final.replace(
        "h.Mth = l.Mth", "l.Mth = h.Mth"
    )
    assert_only_validated_sql(emitter, deps)


async def test_mark_correct_saves_a_validated_pair_once(app_module, chat, deps):
    import chainlit as cl
    from chainlit.config import config

    payload = {
        "question": "Open contracts with billed to date for company 1",
        "sql": "SELECT Contract, BilledAmt FROM JCCM WHERE JCCo = 1 AND ContractStatus = 1",
        "kind": "draft",
    }
    approved = deps.settings.docs_path / "Experts_V2" / "approved"
    before = set(approved.glob("*.sql"))
    async with chat() as emitter:
        await config.code.action_callbacks["mark_correct"](
            cl.Action(name="mark_correct", payload=payload)
        )
        await config.code.action_callbacks["mark_correct"](
            cl.Action(name="mark_correct", payload=payload)
        )
    (new,) = set(approved.glob("*.sql")) - before
    assert new.read_text(encoding="utf-8").startswith(
        "-- Question: Open contracts with billed to date for company 1\n"
    )
    first, second = [m["output"] for m in emitter.messages()]
    assert "Saved as an approved example" in first and str(new) in first  # it says where it wrote
    assert "already approved" in second


async def test_mark_correct_refuses_a_query_that_fails_validation(app_module, chat, deps):
    import chainlit as cl
    from chainlit.config import config

    approved = deps.settings.docs_path / "Experts_V2" / "approved"
    before = set(approved.glob("*.sql"))
    payload = {
        "question": "AP status",
        "sql": "SELECT Status FROM APTH",
        "kind": "review",
    }  # a forged payload
    async with chat() as emitter:
        await config.code.action_callbacks["mark_correct"](
            cl.Action(name="mark_correct", payload=payload)
        )
    assert set(approved.glob("*.sql")) == before
    assert "Not saved" in _final(emitter)["output"]


async def test_mark_correct_asks_for_the_question_when_there_is_none(app_module, chat, deps):
    import chainlit as cl
    from chainlit.config import config

    payload = {
        "question": "",
        "sql": "SELECT Vendor, Name FROM APVM WHERE VendorGroup = 1",
        "kind": "review",
    }
    async with chat() as emitter:
        emitter.ask_answer = {"output": "Vendor names in vendor group 1"}
        await config.code.action_callbacks["mark_correct"](
            cl.Action(name="mark_correct", payload=payload)
        )
    assert any(event == "ask" for event, _ in emitter.events)
    saved = [
        p
        for p in (deps.settings.docs_path / "Experts_V2" / "approved").glob(
            "*vendor_names_in_vendor_group_1.sql"
        )
    ]
    for path in saved:
        path.unlink()  # the shared docs folder is left as found
    assert len(saved) == 1


async def test_strict_setting_makes_warnings_block(app_module, chat):
    from chainlit.config import config

    async with chat() as emitter:
        await config.code.on_settings_update(
            {
                "company": 1,
                "backend": "transformers",
                "model": "",
                "strict": True,
                "show_context": False,
                "preview": True,
            }
        )
        await _send(app_module, "SELECT Contract FROM bJCCM WHERE JCCo = 1")
    final = _final(emitter)["output"]
    assert "✘ **Rejected**" in final and "strict mode" in final


async def test_conversation_is_persisted_in_the_local_database(app_module, chat):
    async with chat() as emitter:
        await _send(app_module, "SELECT Status FROM APTH")
        thread = emitter.session.thread_id
    with sqlite3.connect(app_module.CHAT_DB) as con:
        rows = con.execute(
            'select type, output from steps where "threadId" = ?', (thread,)
        ).fetchall()
    assert any(t == "assistant_message" and "OpenYN" in (o or "") for t, o in rows)


async def test_validated_answer_carries_a_result_preview_on_sample_data(app_module, chat):
    async with chat() as emitter:
        await _send(
            app_module, "SELECT Contract, BilledAmt FROM JCCM WHERE JCCo = 1 AND ContractStatus = 1"
        )
    final = _final(emitter)
    assert (
        "✔ **Validated**" in final["output"]
        and "on sample data, not your database" in final["output"]
    )
    (frame,) = [
        d for e, d in emitter.events if e == "send_element" and d.get("type") == "dataframe"
    ]
    assert frame["forId"] == final["id"] and "on sample data, not your database" in frame["name"]
