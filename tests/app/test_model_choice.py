"""The chat's model setting offers the configured models only (issue 11, item 5): a value sent
for anything else (a folder such as /etc) is refused with a message, and the default is kept.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.asyncio(loop_scope="session")

SETTINGS = {
    "company": 1,
    "backend": "transformers",
    "strict": False,
    "show_context": False,
    "preview": True,
}


async def test_the_model_setting_is_a_choice_of_the_configured_models(app_module, chat):
    from chainlit.config import config

    async with chat() as emitter:
        await config.code.on_chat_start()
    widgets = next(data for event, data in emitter.events if event == "chat_settings")
    (model,) = [w for w in widgets if w["id"] == "model"]
    assert model["type"] == "select" and model["initial"] == "default"
    assert [i["value"] for i in model["items"]] == list(
        app_module.security.model_choices(app_module.SETTINGS)
    )


@pytest.mark.parametrize("value", ["/etc", "/tmp/someone-elses-model", "../../.ssh"])
async def test_a_model_path_that_is_not_configured_is_refused(app_module, chat, value):
    import chainlit as cl
    from chainlit.config import config

    async with chat() as emitter:
        await config.code.on_settings_update({**SETTINGS, "model": value})
        chosen = cl.user_session.get("options")
    assert chosen.model == "" and chosen.company == 1
    (message,) = [m["output"] for m in emitter.messages()]
    assert "Model not changed" in message and "not one of the configured models" in message


async def test_the_default_model_is_accepted_without_a_message(app_module, chat):
    import chainlit as cl
    from chainlit.config import config

    async with chat() as emitter:
        await config.code.on_settings_update({**SETTINGS, "model": "default"})
        chosen = cl.user_session.get("options")
    assert chosen.model == "" and emitter.messages() == []
