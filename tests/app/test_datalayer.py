"""Chat history and feedback persist in a local SQLite file across restarts."""

import asyncio
import sqlite3
import uuid

from chainlit.types import Feedback

from assistant.app.datalayer import create_schema, make_data_layer


def test_schema_is_idempotent(tmp_path):
    path = create_schema(tmp_path / "chat.sqlite")
    create_schema(path)
    tables = {
        r[0]
        for r in sqlite3.connect(path).execute("select name from sqlite_master where type='table'")
    }
    assert {"users", "threads", "steps", "elements", "feedbacks"} <= tables


def test_steps_and_feedback_survive_a_restart(tmp_path, chat):
    path = tmp_path / "chat.sqlite"
    thread, step = str(uuid.uuid4()), str(uuid.uuid4())

    async def write():
        layer = make_data_layer(path)
        async with chat():  # the layer reads the session, as it does in the server
            await layer.update_thread(thread, name="open contracts", tags=["vgpt"])
            await layer.create_step(
                {
                    "id": step,
                    "threadId": thread,
                    "name": "VGPT",
                    "type": "assistant_message",
                    "streaming": False,
                    "output": "```sql\nSELECT 1\n```",
                    "metadata": {"vgpt": {"verdict": "validated"}},
                    "createdAt": "2026-01-01T00:00:00Z",
                }
            )
            await layer.upsert_feedback(
                Feedback(forId=step, value=1, threadId=thread, comment="right views")
            )
        await layer.engine.dispose()

    async def read():
        layer = make_data_layer(path)  # a new process would do exactly this
        async with chat():  # reading threads needs a Chainlit context, as in the server
            got = await layer.get_thread(thread)
        await layer.engine.dispose()
        return got

    asyncio.run(write())
    got = asyncio.run(read())
    assert got["name"] == "open contracts"
    (saved,) = [s for s in got["steps"] if s["id"] == step]
    assert saved["feedback"]["value"] == 1 and saved["feedback"]["comment"] == "right views"
