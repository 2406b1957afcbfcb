"""Input limits in the chat (issue 11, item 4): an oversized paste, upload or action payload is
refused with a message that says the limit, before anything parses it; too many files in one
message are refused as a whole. Poisoned SQL (item 3) is never shown as validated.
"""

from __future__ import annotations

import asyncio
from importlib.util import find_spec

import pytest

from .conftest import assert_only_validated_sql

pytestmark = pytest.mark.asyncio(loop_scope="session")

BIG = (
    "SELECT Contract FROM JCCM WHERE JCCo = 1\n"
    + "-- padding padding padding padding padding\n" * 7000
)  # ~330 KB


async def _send(text: str, *, elements=None, command=None):
    import chainlit as cl
    from chainlit.config import config

    message = cl.Message(
        content=text, author="User", type="user_message", command=command, elements=elements or []
    )
    await config.code.on_message(message)
    pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    if pending:
        await asyncio.wait(pending, timeout=10)


def _outputs(emitter) -> list[str]:
    return [m.get("output") or "" for m in emitter.messages()]


async def test_a_paste_over_the_size_limit_is_refused_with_the_limit_and_not_validated(
    app_module, chat, deps
):
    assert len(BIG.encode()) > app_module.SETTINGS.max_query_bytes
    before = len(deps.validated)
    async with chat() as emitter:
        await _send(BIG)
    (answer,) = _outputs(emitter)
    assert "over the limit of 262,144 bytes" in answer and "max_query_bytes" in answer
    assert emitter.steps("Validate") == [] and len(deps.validated) == before


async def test_a_query_just_under_the_limit_is_still_reviewed(app_module, chat):
    async with chat() as emitter:
        await _send("SELECT Status FROM APTH\n" + "-- note\n" * 1000)
    assert emitter.steps("Validate") and "Rejected" in _outputs(emitter)[-1]


async def test_an_uploaded_file_over_the_limit_is_refused_by_name(app_module, chat, tmp_path, deps):
    import chainlit as cl

    path = tmp_path / "huge_report.sql"
    path.write_text(BIG, encoding="utf-8")
    before = len(deps.validated)
    async with chat() as emitter:
        await _send("", elements=[cl.File(name="huge_report.sql", path=str(path))])
    (answer,) = _outputs(emitter)
    assert "`huge_report.sql` is" in answer and "over the limit" in answer
    assert len(deps.validated) == before


async def test_more_files_than_max_files_in_one_message_are_refused_as_a_whole(
    app_module, chat, tmp_path, deps
):
    import chainlit as cl

    limit = app_module.max_files()  # max_files of the Chainlit config in use
    paths = []
    for n in range(limit + 1):
        paths.append(tmp_path / f"q{n}.sql")
        paths[-1].write_text("SELECT Vendor FROM APVM WHERE VendorGroup = 1", encoding="utf-8")
    before = len(deps.validated)
    async with chat() as emitter:
        await _send("", elements=[cl.File(name=p.name, path=str(p)) for p in paths])
    (answer,) = _outputs(emitter)
    assert f"{limit + 1} files in one message" in answer and f"at most {limit}" in answer
    assert len(deps.validated) == before


async def test_the_shipped_chainlit_config_caps_uploads():
    import tomllib

    from ..helpers import ROOT

    spec = tomllib.loads((ROOT / ".chainlit" / "config.toml").read_text())["features"][
        "spontaneous_file_upload"
    ]
    assert spec["max_files"] == 5 and spec["max_size_mb"] == 1


@pytest.mark.parametrize(
    "action", ["explain", "fix", "mark_correct"]
)  # no copy action: the code block copies
async def test_an_action_with_an_oversized_query_is_refused(app_module, chat, deps, action):
    import chainlit as cl
    from chainlit.config import config

    before = len(deps.validated)
    async with chat() as emitter:
        await config.code.action_callbacks[action](
            cl.Action(name=action, payload={"question": "q", "sql": BIG})
        )
    (answer,) = _outputs(emitter)
    assert "over the limit" in answer and len(deps.validated) == before


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM bAPTH",
        "EXEC xp_cmdshell 'whoami'",
        pytest.param(
            "PRINT 'x' DELETE FROM bAPTH",
            marks=pytest.mark.xfail(
                find_spec("assistant.validate.gate") is None,
                strict=True,
                reason="the allow-list gate VG002 (issue 11, item 1) refuses a write after PRINT",
            ),
        ),
    ],
)
async def test_a_poisoned_example_pasted_into_the_chat_is_never_shown_validated(
    app_module, chat, deps, sql
):
    async with chat() as emitter:
        await _send(f"Review this query:\n```sql\n{sql}\n```")
    final = emitter.messages()[-1]
    assert "✘ **Rejected**" in final["output"] and "Validated" not in final["output"]
    assert "mark_correct" not in [a["name"] for a in emitter.actions(final["id"])]
    assert_only_validated_sql(emitter, deps)
