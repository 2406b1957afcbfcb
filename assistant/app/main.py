"""The Chainlit app: thin handlers around :mod:`assistant.app.answer`.

Run it with ``vgpt chat`` (or ``chainlit run assistant/app/main.py`` from the
project root). Every answer goes through the validator before it is shown;
the handlers only arrange the steps, the message and its actions.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from dataclasses import replace
from pathlib import Path

import chainlit as cl
from chainlit.config import config as chainlit_config
from chainlit.input_widget import NumberInput, Select, Switch

from assistant.app import answer as logic
from assistant.app import security
from assistant.app.approve import save_approved
from assistant.app.auth import auth_secret, check_login, load_users
from assistant.app.datalayer import make_data_layer
from assistant.app.deps import load_deps
from assistant.app.explain import explain
from assistant.app.offline import StripOffhostLinks
from assistant.app.render import attempts_markdown, context_markdown, reply_markdown
from assistant.app.welcome import write_welcome
from assistant.errors import VgptError
from assistant.limits import size_problem, text_size
from assistant.runtime import Runtime
from assistant.settings import load_settings

log = logging.getLogger("vgpt.app")

SETTINGS = load_settings()
CHAT_DB = SETTINGS.resolve(SETTINGS.state_dir) / "chat.sqlite"
BACKENDS = ["auto", "transformers", "llamacpp", "openai", "none"]
REVIEW_COMMAND = "Review"
# The company drafts use when none is chosen (the plan compiler's default too): the settings show this, not 0.
DEFAULT_COMPANY = SETTINGS.default_company if SETTINGS.default_company is not None else 1
DEFAULT_MAX_FILES = 5

STARTERS = [
    cl.Starter(
        label="Open contracts with billed to date",
        message="list open contracts for company 1 with billed to date",
        icon="/public/starter-question.svg",
    ),
    cl.Starter(
        label="Review a legacy query",
        message="Review this legacy query:\n```sql\nSELECT Status FROM APTH\n```",
        icon="/public/starter-review.svg",
    ),
    cl.Starter(
        label="Which table holds…",
        message="Which table holds the vendor name?",
        icon="/public/starter-lookup.svg",
    ),
]


# -- set-up: data layer, optional login, the server's hardening ----------------------


@cl.data_layer
def _data_layer():
    return make_data_layer(CHAT_DB)


_USERS = load_users(SETTINGS.resolve(SETTINGS.state_dir))
if auth_secret() and _USERS:
    # Chainlit signs its session tokens with CHAINLIT_AUTH_SECRET; ours may be named VGPT_AUTH_SECRET.
    os.environ.setdefault("CHAINLIT_AUTH_SECRET", auth_secret())
    check_login(
        {}, "", ""
    )  # the unknown-user stand-in hash is made now, not in the first login's time

    @cl.password_auth_callback
    async def _login(username: str, password: str):
        # PBKDF2 runs off the event loop, for known and unknown users alike (equal timing)
        if await asyncio.to_thread(check_login, _USERS, username, password):
            return cl.User(identifier=username, metadata={"provider": "credentials"})
        return None


LOGIN_LIMITER = security.LoginLimiter(attempts=5, window=60.0)


def _harden_server() -> None:
    """The socket refuses foreign origins; every response carries security headers; failed logins are throttled."""
    from chainlit.server import app, get_html_template, sio

    run = chainlit_config.run
    origins = security.allowed_origins(
        chainlit_config.project.allow_origins, run.host, run.port, tls=bool(run.ssl_cert)
    )
    security.enforce_socket_origins(sio, origins)
    if origins is None:
        log.warning("allow_origins contains '*': a page on any site may open the chat socket")
    if getattr(app.state, "vgpt_hardened", False):
        return  # a re-import (chainlit --watch) keeps the middlewares it has
    try:
        app.add_middleware(
            StripOffhostLinks
        )  # no CDN fonts or KaTeX: the page asks nothing of other hosts
        app.add_middleware(
            security.LoginThrottle, limiter=LOGIN_LIMITER, path=f"{run.root_path.rstrip('/')}/login"
        )
        app.add_middleware(
            security.SecurityHeaders,
            csp=lambda: security.content_security_policy(
                security.inline_script_hashes(get_html_template(run.root_path))
            ),
        )
    except RuntimeError as exc:  # the server already started: nothing can be added now
        log.warning("security middlewares not installed: %s", exc)
        return
    app.state.vgpt_hardened = True


_harden_server()


def deps() -> Runtime:
    return load_deps(SETTINGS)


def _write_welcome() -> None:
    """Render the welcome page with the catalog's facts (docs folder, when ingested)."""
    try:
        catalog = deps().catalog
    except VgptError:
        catalog = None
    try:
        write_welcome(
            Path(os.environ.get("CHAINLIT_APP_ROOT", SETTINGS.root)), catalog, SETTINGS.docs_path
        )
    except OSError as exc:  # a read-only checkout still serves the plain chainlit.md
        log.warning("welcome page not rendered: %s", exc)


_write_welcome()


def options() -> logic.Options:
    return cl.user_session.get("options") or logic.Options(company=DEFAULT_COMPANY)


# -- chat lifecycle -----------------------------------------------------------------


@cl.set_starters
async def _starters(user=None, language=None):
    return STARTERS


@cl.on_chat_start
async def on_chat_start():
    values = await cl.ChatSettings(
        [
            NumberInput(
                id="company",
                label="Company (JCCo, APCo, …)",
                initial=DEFAULT_COMPANY,
                placeholder="e.g. 1",
                description="Used as the default company filter in drafted queries.",
            ),
            Select(
                id="backend",
                label="Model backend",
                values=BACKENDS,
                initial_value=SETTINGS.backend if SETTINGS.backend in BACKENDS else "auto",
            ),
            Select(
                id="model",
                label="Model",
                values=list(security.model_choices(SETTINGS)),
                initial_value="default",
                description="One of the configured models (vgpt.toml: model_path, openai_model, or a model prepared "
                "under the state folder). 'default' is the configured one.",
            ),
            Select(
                id="mode",
                label="Drafting",
                values=["plan", "sql"],
                initial_value=SETTINGS.draft_mode,
                description="plan: the model writes a query plan under a grammar of your schema and the catalog "
                "compiles it (no invented names); sql: the model writes T-SQL (for strong models).",
            ),
            Switch(id="strict", label="Strict: warnings block the verdict", initial=False),
            Switch(id="show_context", label="Show the retrieved schema context", initial=False),
            Switch(
                id="preview", label="Preview results on sample data (shadow database)", initial=True
            ),
        ]
    ).send()
    cl.user_session.set("options", _options_from(values))
    await cl.context.emitter.set_commands(
        [
            {
                "id": REVIEW_COMMAND,
                "icon": "search-check",
                "description": "Review a pasted query",
                "button": True,
                "persistent": False,
            }
        ]
    )
    try:
        deps()
    except VgptError as exc:
        await cl.Message(
            content=f"⚠️ The schema catalog is not ready: {exc}\n\nRun `vgpt ingest` (or `make chat`), then reload."
        ).send()


@cl.on_chat_resume
async def on_chat_resume(thread):
    cl.user_session.set("options", logic.Options(company=DEFAULT_COMPANY))


@cl.on_settings_update
async def on_settings_update(values: dict):
    _, refused = security.chosen_model(values.get("model"), SETTINGS)
    cl.user_session.set("options", _options_from(values))
    if refused:
        await cl.Message(content=f"⚠️ Model not changed: {refused}").send()


def _options_from(values: dict) -> logic.Options:
    company = values.get("company")
    try:
        company = int(company) if company not in (None, "") else None
    except (TypeError, ValueError):
        company = None
    backend = values.get("backend") or ""
    mode = values.get("mode") or ""
    return logic.Options(
        company=company,
        strict=bool(values.get("strict")),
        show_context=bool(values.get("show_context")),
        preview=bool(values.get("preview", True)),
        backend="" if backend == SETTINGS.backend else backend if backend in BACKENDS else "",
        model=security.chosen_model(values.get("model"), SETTINGS)[
            0
        ],  # only a configured model, never a path
        mode=mode if mode in ("plan", "sql") and mode != SETTINGS.draft_mode else "",
    )


# -- messages -----------------------------------------------------------------------


def max_files() -> int:
    """Files accepted in one message: ``max_files`` of .chainlit/config.toml (the page enforces it too)."""
    spec = chainlit_config.features.spontaneous_file_upload
    return (spec.max_files if spec is not None and spec.max_files else None) or DEFAULT_MAX_FILES


async def refused_for_size(text: str, what: str) -> bool:
    """Say so and return True when ``text`` is over the ``max_query_bytes`` limit (nothing else is done with it)."""
    problem = size_problem(text_size(text or ""), SETTINGS.max_query_bytes, what)
    if problem is None:
        return False
    await cl.Message(
        content=f"⚠️ Not checked: {problem}. Send a smaller query, or raise `max_query_bytes` in vgpt.toml."
    ).send()
    return True


@cl.on_message
async def on_message(message: cl.Message):
    if await refused_for_size(message.content or "", "your message"):
        return
    elements = list(message.elements or [])
    if len(elements) > max_files():
        await cl.Message(
            content=f"⚠️ Not checked: {len(elements)} files in one message; at most {max_files()} are "
            "accepted (`max_files` in .chainlit/config.toml). Send them in smaller groups."
        ).send()
        return
    try:
        d = deps()
    except VgptError as exc:
        await cl.Message(content=f"⚠️ {exc}\n\nRun `vgpt ingest`, then try again.").send()
        return
    opts = options()
    uploads = [
        e for e in elements if (getattr(e, "name", "") or "").lower().endswith((".sql", ".txt"))
    ]
    for element in uploads:
        sql = _read_upload(element)
        if sql is None:
            await cl.Message(content=f"⚠️ Could not read `{element.name}` as text.").send()
            continue
        if await refused_for_size(sql, f"`{element.name}`"):
            continue
        await run_review(d, opts, sql, question=message.content.strip(), source=element.name)
    if uploads and not logic.classify(message.content or "").intent == "review":
        return
    if not (message.content or "").strip():
        return
    parsed = logic.classify(message.content, force_review=(message.command == REVIEW_COMMAND))
    if parsed.intent == "review":
        await run_review(d, opts, parsed.text, question=parsed.question)
    elif parsed.intent == "lookup":
        await run_lookup(d, opts, parsed.text)
    else:
        await run_draft(d, opts, parsed.text)


async def run_review(
    d: Runtime, opts: logic.Options, sql: str, *, question: str = "", source: str = ""
) -> logic.Reply:
    async with cl.Step(name="Validate", type="tool", default_open=False, show_input="sql") as step:
        step.input = sql
        reply = await asyncio.to_thread(logic.review_reply, sql, d, opts, question=question)
        step.output = _validate_summary(reply)
    if source:
        reply = replace(reply, message=f"From the uploaded file `{source}`.")
    await send_reply(reply, opts)
    return reply


async def run_lookup(d: Runtime, opts: logic.Options, question: str) -> logic.Reply:
    async with cl.Step(
        name="Retrieve schema", type="tool", default_open=False, show_input=False
    ) as step:
        step.input = question
        reply = await asyncio.to_thread(logic.lookup, question, d, opts)
        step.output = context_markdown(
            reply.context, reply.context_text, reply.tables, full=opts.show_context
        )
    await cl.Message(content=reply_markdown(reply, show_context=opts.show_context)).send()
    return reply


async def run_draft(
    d: Runtime,
    opts: logic.Options,
    question: str,
    *,
    prompt: str | None = None,
    widen: logic.Reply | None = None,
) -> logic.Reply:
    """Draft SQL for a question; ``widen`` (Fix it) is the rejected reply whose findings' objects join the retrieval."""
    live = LiveDraft()
    await (
        live.start()
    )  # visible at once, before retrieval: the elapsed time runs from the user's send
    async with cl.Step(
        name="Retrieve schema", type="tool", default_open=False, show_input=False
    ) as step:
        step.input = question
        if widen is not None:
            context = await asyncio.to_thread(logic.widened_context, widen, d, question)
        else:
            context = await asyncio.to_thread(d.retrieve, question)
        ctx_dict, ctx_text, tables = logic._context_parts(context)
        step.output = context_markdown(ctx_dict, ctx_text, tables, full=opts.show_context)

    plan_mode = (opts.mode or d.settings.draft_mode) == "plan"
    async with cl.Step(
        name="Draft plan" if plan_mode else "Draft SQL",
        type="llm",
        default_open=False,
        show_input=False,
    ) as step:
        step.input = question
        reply = await _stream_draft(step, d, opts, prompt or question, context, live)
        step.output = (
            attempts_markdown(reply.attempts)
            if reply.attempts
            else (reply.message or "No model output.")
        )
        if plan_mode:  # the plan is this step; the compiled, validated SQL is the answer
            step.output = plan_markdown(reply) + "\n\n" + step.output

    if reply.kind != "notice":
        async with cl.Step(
            name="Validate", type="tool", default_open=False, show_input="sql"
        ) as step:
            step.input = reply.sql
            step.output = _validate_summary(reply)
    if prompt is not None:
        reply = replace(reply, question=question)
    if widen is not None:
        reply = logic.same_sql_said(reply, widen)
    await send_reply(reply, opts)
    return reply


class DraftStopped(Exception):
    """Raised in the model's thread, from its token callback, once the user pressed stop."""


def live_draft_markdown(text: str, seconds: float, *, done: bool = False) -> str:
    """The visible answer while the model writes: elapsed time, a warning, and the draft so far.

    >>> print(live_draft_markdown("SELECT", 3.2))
    ⏳ **Drafting… 3 s** (the model's unvalidated draft, as it is written; press ■ to stop)
    <BLANKLINE>
    SELECT
    """
    head = (
        f"⌛ **Drafted in {seconds:.0f} s**; the validator is checking it"
        if done
        else f"⏳ **Drafting… {seconds:.0f} s** (the model's unvalidated draft, as it is written; press ■ to stop)"
    )
    return head + ("\n\n" + text if text else "")


class LiveDraft:
    """The visible answer while drafting: elapsed time every second, the model's tokens as they come, a stop."""

    def __init__(self) -> None:
        self.message = cl.Message(content="", metadata={"vgpt": {"kind": "live-draft"}})
        self.started = time.monotonic()
        self.written: list[str] = []
        self.stop = threading.Event()
        self._ticking: asyncio.Task | None = None
        self._finished = False

    async def start(self) -> None:
        cl.user_session.set("draft_live", self)
        await self.show()

        async def tick():
            while not self.stop.is_set():
                await asyncio.sleep(1)
                if not self.stop.is_set():
                    await self.show()

        self._ticking = asyncio.create_task(tick())

    async def show(self) -> None:
        text = live_draft_markdown("".join(self.written), time.monotonic() - self.started)
        await self.message.stream_token(text, is_sequence=True)

    async def add(self, token: str) -> None:
        self.written.append(token)
        await self.show()

    async def finish(self, *, stopped: bool) -> None:
        self.stop.set()
        if self._finished:
            return
        self._finished = True
        if self._ticking is not None:
            self._ticking.cancel()
        if stopped:
            self.message.content = (
                f"⏹ Stopped after {time.monotonic() - self.started:.0f} s: "
                "the draft was not validated, so it is not shown."
            )
            await self.message.update()
        else:
            await self.message.remove()  # the validated answer replaces the raw draft


async def _stream_draft(
    step: cl.Step,
    d: Runtime,
    opts: logic.Options,
    question: str,
    context,
    live: LiveDraft | None = None,
) -> logic.Reply:
    """Run the blocking model in a worker thread, streaming its tokens into a visible message with the elapsed time.

    The stop button cancels this task; the model's thread then stops at its next token
    (the token callback raises), so no further attempt is drafted.
    """
    loop = asyncio.get_running_loop()
    if live is None:
        live = LiveDraft()
        await live.start()
    tokens: asyncio.Queue[str | None] = asyncio.Queue()
    await step.stream_token(
        "_The model's draft streams into the chat; the validator checks it next._"
    )

    def on_token(token: str) -> None:
        if live.stop.is_set():
            raise DraftStopped("stopped by the user")
        loop.call_soon_threadsafe(tokens.put_nowait, token)

    async def pump():
        while (token := await tokens.get()) is not None:
            await live.add(token)

    pumping = asyncio.create_task(pump())
    stopped = False
    try:
        reply = await asyncio.to_thread(
            logic.draft_reply, question, d, opts, on_token=on_token, context=context
        )
    except asyncio.CancelledError:
        stopped = True
        raise
    finally:
        live.stop.set()
        loop.call_soon_threadsafe(tokens.put_nowait, None)
        await pumping
        await live.finish(stopped=stopped)
    return reply


def plan_markdown(reply: logic.Reply) -> str:
    """The Draft plan step: the plan the model wrote (under the schema grammar), then what drafting noted."""
    text = (
        f"**Plan** (compiled to the SQL below by the catalog's join paths)\n```\n{reply.plan}\n```"
        if reply.plan
        else "_No plan compiled._"
    )
    return "\n\n".join([text, *(f"_Note: {n}_" for n in reply.draft_notes)])


def _validate_summary(reply: logic.Reply) -> str:
    if reply.verdict == "none":
        return reply.message
    lines = [
        f"Verdict: **{reply.verdict}**",
        f"Errors: {len(reply.errors)}, warnings: {len(reply.warnings)}, notes: {len(reply.notes)}",
    ]
    for f in reply.errors + reply.warnings + reply.notes:
        lines.append(f"- {f.severity} `{f.code}` line {f.line}, col {f.col}: {f.message}")
    if reply.opinions:
        lines.append("Reviewer (model opinion):")
        lines.extend(f"- {f.severity}: {f.message}" for f in reply.opinions)
    elif reply.kind == "review" and not reply.errors:
        lines.append("Reviewer: not run (no model reviewer configured).")
    return "\n".join(lines)


async def send_reply(reply: logic.Reply, opts: logic.Options) -> cl.Message:
    elements = []
    if reply.preview is not None:
        import pandas as pd

        try:
            frame = pd.DataFrame(list(reply.preview.rows), columns=list(reply.preview.columns))
            elements.append(
                cl.Dataframe(data=frame, name=f"Preview: {reply.preview.note}", display="inline")
            )
        except (
            ValueError,
            TypeError,
            OverflowError,
        ) as exc:  # a preview is a nicety: the answer still goes out
            log.warning("preview not shown: %s", exc)
            reply = replace(reply, preview=None)
    content = reply_markdown(reply, show_context=opts.show_context)
    if reply.preview is not None:
        content += f"\n\n_Result preview below: {reply.preview.note}._"
    msg = cl.Message(
        content=content,
        actions=actions_for(reply),
        elements=elements,
        metadata={"vgpt": {"verdict": reply.verdict, "kind": reply.kind}},
    )
    await msg.send()
    return msg


def actions_for(reply: logic.Reply) -> list[cl.Action]:
    if not reply.sql:
        return []
    payload = {"question": reply.question, "sql": reply.sql, "kind": reply.kind}
    actions = [
        cl.Action(
            name="explain",
            payload=payload,
            label="Explain",
            icon="book-open",
            tooltip="Explain this query in business terms",
        )
    ]
    if reply.verdict == "rejected":
        actions.append(
            cl.Action(
                name="fix",
                payload=payload,
                label="Fix it",
                icon="wrench",
                tooltip="Correct the query and validate it again",
            )
        )
    if reply.verdict == "validated":
        actions.append(
            cl.Action(
                name="mark_correct",
                payload=payload,
                label="Mark correct",
                icon="check",
                tooltip="Save as an approved example for the next ingest",
            )
        )
    return actions


# -- actions ------------------------------------------------------------------------


@cl.action_callback("explain")
async def on_explain(action: cl.Action):
    sql = action.payload.get("sql", "")
    if await refused_for_size(sql, "the query"):
        return
    d = deps()
    report = await asyncio.to_thread(d.validate, sql, strict=options().strict)
    expl = explain(report.sql, d.catalog)
    badge = "validated" if logic.verdict_of(report, options().strict) == "validated" else "rejected"
    body = "\n".join(f"- {line}" for line in expl.details)
    risks = logic.join_risks(report.findings)
    if risks:
        body += "\n\n**Join risks**\n" + "\n".join(f"- {line}" for line in risks)
    await cl.Message(
        content=f"**What this query does** ({badge} by the validator)\n\n{expl.paragraph}\n\n{body}".strip()
    ).send()


@cl.action_callback("fix")
async def on_fix(action: cl.Action):
    question, sql = action.payload.get("question", ""), action.payload.get("sql", "")
    if await refused_for_size(question + sql, "the query and its question"):
        return
    d, opts = deps(), options()
    async with cl.Step(name="Validate", type="tool", default_open=False, show_input="sql") as step:
        step.input = sql
        current = await asyncio.to_thread(logic.review_reply, sql, d, opts, question=question)
        step.output = _validate_summary(current)
    if current.corrected_sql:
        fixed = await asyncio.to_thread(logic.fix, current, d, opts)
        await send_reply(logic.same_sql_said(fixed, current), opts)
    elif question:
        fix_prompt = (
            f"{question}\nThe previous query was rejected: "
            + "; ".join(f.message for f in current.errors)
            + f"\nRejected query:\n{sql}"
        )
        await run_draft(d, opts, question, prompt=fix_prompt, widen=current)
    else:
        left = "\n".join(
            f"- `{f.code}` line {f.line}, col {f.col}: {f.message}" for f in current.errors
        )
        await cl.Message(
            content="I could not fix this query: the validator has no certain correction for these errors, and there is "
            "no question to draft it again from.\n\n"
            + left
            + "\n\nAsk the question in your own words and I will draft it."
        ).send()


@cl.on_stop
async def on_stop():
    """The stop button: Chainlit cancels the running task; the model's thread is told to stop too."""
    live = cl.user_session.get("draft_live")
    if live is not None:
        await live.finish(stopped=True)


@cl.action_callback("mark_correct")
async def on_mark_correct(action: cl.Action):
    question, sql = action.payload.get("question", ""), action.payload.get("sql", "")
    if await refused_for_size(question + sql, "the query and its question"):
        return
    d = deps()
    if not question:
        asked = await cl.AskUserMessage(
            content="What question does this query answer? (It is saved with the query.)",
            timeout=300,
        ).send()
        question = (asked or {}).get("output", "") if isinstance(asked, dict) else ""
    report = await asyncio.to_thread(
        d.validate, sql, strict=False
    )  # re-validated: what is saved is what was checked
    saved = save_approved(question, report.sql, d.settings.docs_path, report)
    if saved.existing is not None:
        choice = await cl.AskActionMessage(
            content=f"An approved example with this question already exists:\n`{saved.existing}`\n\nReplace it with this query?",
            actions=[
                cl.Action(name="replace_example", payload={"replace": True}, label="Replace it"),
                cl.Action(
                    name="keep_example", payload={"replace": False}, label="Keep the existing one"
                ),
            ],
            timeout=300,
        ).send()
        if not (choice and (choice.get("payload") or {}).get("replace")):
            await cl.Message(
                content=f"Not saved: the existing example `{saved.existing}` is kept unchanged."
            ).send()
            return
        saved = save_approved(question, report.sql, d.settings.docs_path, report, replace=True)
    if saved.created:
        verb = "Replaced the approved example" if saved.replaced else "Saved as an approved example"
        await cl.Message(
            content=f"✅ {verb}: written to `{saved.path}` (the docs folder's `{saved.path.parent.name}/`). "
            "The next `vgpt ingest` adds it to retrieval and the dataset."
        ).send()
    else:
        await cl.Message(content=f"Not saved: {saved.reason}").send()


@cl.on_feedback
async def on_feedback(feedback):
    # Chainlit's data layer has stored it; a log line makes feedback visible to operators too.
    log.info("feedback %s on %s", feedback.value, feedback.forId)


def _read_upload(element) -> str | None:
    path = getattr(element, "path", None)
    data = Path(path).read_bytes() if path else (getattr(element, "content", None) or b"")
    if isinstance(data, str):
        return data
    for encoding in (
        ("utf-8-sig", "utf-16") if data[:2] not in (b"\xff\xfe", b"\xfe\xff") else ("utf-16",)
    ):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None
