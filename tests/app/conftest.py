"""Fixtures for the chat app: real parts (sample catalog, validator, retrieval, SmolLM2) and
Chainlit's handlers called in-process through a mocked session and a capturing emitter,
the pattern of Chainlit's own ``backend/tests/conftest.py``.
"""

from __future__ import annotations

import copy
import importlib
import os
import re
import tempfile
import uuid
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from unittest.mock import AsyncMock, Mock

import pytest

ROOT = Path(__file__).resolve().parents[2]
SQL_BLOCK = re.compile(r"```sql\n(.*?)```", re.DOTALL)


def normal(sql: str) -> str:
    return " ".join(sql.split()).rstrip(";").lower()


@pytest.fixture(scope="session")
def app_state(request, tmp_path_factory) -> Path:
    """The app's state folder (catalog, index, shadow, chat database), kept in pytest's cache.

    Ingest is incremental, so a later run re-ingests only what changed in the sample
    docs (seconds) instead of rebuilding the whole index (minutes on two cores).
    With the cache plugin off (-p no:cacheprovider) it is built afresh in tmp.
    """
    cache = getattr(request.config, "cache", None)
    if cache is None:
        return tmp_path_factory.mktemp("vgpt-app-state")
    return Path(cache.mkdir("vgpt-app-state"))


@pytest.fixture(scope="session")
def app_settings(app_state: Path, project_root: Path, tmp_path_factory):
    """Settings for the tests: state in the cache, an editable docs folder in tmp, the prepared SmolLM2."""
    from assistant.backends.base import DEFAULT_MODEL_DIRNAME
    from assistant.settings import load_settings

    docs = tmp_path_factory.mktemp("app-docs")  # approvals are written here, never into the repo
    (docs / "Experts_V2" / "approved").mkdir(parents=True)
    model = load_settings(root=project_root, env={}).models_dir / DEFAULT_MODEL_DIRNAME
    return load_settings(
        root=project_root,
        env={},
        state_dir=str(app_state / "state"),
        docs_dir=str(docs),
        model_path=str(model),
        max_new_tokens=160,
        max_attempts=2,
    )


@pytest.fixture(scope="session")
def app_index(app_settings, project_root):
    """The sample corpus ingested once into the test state folder: catalog, index (and shadow)."""
    from ingest.index import ingest

    ingest(app_settings, docs=project_root / "data" / "viewpoint_documentation")
    return app_settings.index_dir


@pytest.fixture(scope="session")
def deps(app_settings, app_index):
    """The app's real dependencies on the ingested sample (retrieval and the model load lazily)."""
    from assistant.catalog import Catalog
    from assistant.runtime import Runtime

    return Runtime(settings=app_settings, catalog=Catalog.load(app_settings.catalog_path))


@pytest.fixture(scope="session")
def app_module(app_settings, deps):
    """``assistant.app.main`` imported with its state in tmp, and the test deps installed."""
    saved = {
        k: os.environ.get(k)
        for k in ("VGPT_STATE_DIR", "VGPT_DOCS_DIR", "CHAINLIT_APP_ROOT", "VGPT_ROOT")
    }
    app_root = tempfile.mkdtemp(prefix="vgpt-chainlit-root-")
    os.environ["VGPT_ROOT"] = str(app_settings.root)
    os.environ["VGPT_STATE_DIR"] = str(app_settings.state_dir)
    os.environ["VGPT_DOCS_DIR"] = str(app_settings.docs_dir)
    os.environ.setdefault("CHAINLIT_APP_ROOT", app_root)
    try:
        main = importlib.import_module("assistant.app.main")
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    from assistant.app.deps import install

    install(deps, main.SETTINGS.root)
    return main


class CapturingEmitter:
    """Records what the app sends to the browser (built on Chainlit's stub emitter)."""

    def __new__(cls, session):
        from chainlit.emitter import BaseChainlitEmitter

        class _Capturing(BaseChainlitEmitter):
            def __init__(self, session):
                super().__init__(session)
                self.events: list[tuple[str, Any]] = []
                self.ask_answer: Any = None

            async def emit(self, event, data):
                self.events.append((event, copy.deepcopy(data)))

            async def send_step(self, step_dict):
                self.events.append(("send_step", copy.deepcopy(step_dict)))

            async def update_step(self, step_dict):
                self.events.append(("update_step", copy.deepcopy(step_dict)))

            async def delete_step(self, step_dict):
                self.events.append(("delete_step", copy.deepcopy(step_dict)))

            async def stream_start(self, step_dict):
                self.events.append(("stream_start", copy.deepcopy(step_dict)))

            async def send_token(self, id, token, is_sequence=False, is_input=False):
                self.events.append(("send_token", {"id": id, "token": token}))

            async def send_element(self, element_dict):
                self.events.append(("send_element", copy.deepcopy(element_dict)))

            def set_chat_settings(self, settings):  # synchronous, as in ChainlitEmitter
                self.session.chat_settings = settings

            async def set_commands(self, commands):
                self.events.append(("set_commands", copy.deepcopy(commands)))

            async def send_toast(self, message, type="info"):
                self.events.append(("toast", {"message": message, "type": type}))

            async def send_ask_user(self, step_dict, spec, raise_on_timeout=False):
                self.events.append(("ask", copy.deepcopy(step_dict)))
                return self.ask_answer

            # -- reading what was sent ------------------------------------------------
            def final_steps(self) -> dict[str, dict]:
                """Each step or message in its last state, in the order first sent."""
                out: dict[str, dict] = {}
                for event, data in self.events:
                    if event in ("send_step", "update_step", "stream_start") and isinstance(
                        data, dict
                    ):
                        out[data["id"]] = {**out.get(data["id"], {}), **data}
                return out

            def messages(self) -> list[dict]:
                return [
                    s for s in self.final_steps().values() if s.get("type") == "assistant_message"
                ]

            def steps(self, name: str) -> list[dict]:
                return [
                    s
                    for s in self.final_steps().values()
                    if s.get("name") == name and s.get("type") != "assistant_message"
                ]

            def actions(self, for_id: str | None = None) -> list[dict]:
                return [
                    d
                    for e, d in self.events
                    if e == "action" and (for_id is None or d.get("forId") == for_id)
                ]

            def tokens(self) -> list[str]:
                return [d["token"] for e, d in self.events if e == "send_token"]

            def errors(self) -> list[dict]:
                return [s for s in self.final_steps().values() if s.get("isError")]

            def shown_sql(self) -> list[str]:
                """Every SQL block in the final state of every step and message."""
                found = []
                for s in self.final_steps().values():
                    for field in ("output", "input"):
                        found.extend(m.group(1) for m in SQL_BLOCK.finditer(s.get(field) or ""))
                return found

        return _Capturing(session)


@asynccontextmanager
async def chainlit_context(chat_settings: dict | None = None):
    """A Chainlit context around a mocked websocket session and a capturing emitter."""
    from chainlit.context import ChainlitContext, context_var
    from chainlit.session import WebsocketSession

    session = Mock(spec=WebsocketSession)
    session.id = f"test-session-{uuid.uuid4()}"
    session.thread_id = str(uuid.uuid4())
    session.user_env = {}
    session.chat_settings = dict(chat_settings or {})
    session.user = None
    session.chat_profile = None
    session.client_type = "webapp"
    session.languages = ["en-US"]
    session.has_first_interaction = True
    session.thread_queues = {}
    session.files = {}
    session.files_spec = {}
    session.emit = AsyncMock()
    session.persist_file = AsyncMock(side_effect=lambda **kw: {"id": str(uuid.uuid4())})
    emitter = CapturingEmitter(session)
    context = ChainlitContext(session, emitter=emitter)
    token = context_var.set(context)
    try:
        yield emitter
    finally:
        context_var.reset(token)


@pytest.fixture
def chat():
    return chainlit_context


def assert_only_validated_sql(emitter, deps) -> None:
    """The app's rule: every SQL block shown went through the validator."""
    validated = {normal(s) for s in deps.validated}
    shown = emitter.shown_sql()
    for sql in shown:
        assert normal(sql) in validated, f"unvalidated SQL shown:\n{sql}"
