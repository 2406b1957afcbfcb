"""The chat's logic without Chainlit: a message in, a :class:`Reply` out.

Three flows: a question is drafted into SQL by the model (``assistant.drafting.generate``),
a pasted query is reviewed, and a "which table holds…" question is answered
from the catalog. The one rule every flow keeps: **no SQL reaches a Reply that
has not been through the validator here** (attempts, final query and
corrections are each validated, and carry their own verdict).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Literal

from ..retrieval.lookup import find_objects
from ..runtime import Preview
from .detect import classify
from .excerpt import caret_excerpt, unified_diff
from .explain import explain

Verdict = Literal["validated", "rejected", "none"]
Kind = Literal["draft", "review", "lookup", "notice"]


@dataclass(frozen=True)
class Options:
    """What the user chose in the chat settings."""

    company: int | None = None  # default company filter for drafts
    strict: bool = False  # warnings block the verdict
    show_context: bool = False  # show the retrieved schema context in the answer
    preview: bool = True  # a result preview on sample data (needs the shadow)
    backend: str = ""  # "" = the configured backend; transformers | openai | none
    model: str = ""  # "" = the configured model (a local folder, or the server's model name)

    @property
    def choice(self) -> tuple[str, str]:
        return (self.backend, self.model)


@dataclass(frozen=True)
class FindingView:
    """A finding as the chat shows it: where, what, a caret excerpt, and its origin."""

    code: str
    rule: str
    severity: str
    message: str
    line: int
    col: int
    suggestion: str | None
    source: str  # "static" (the validator) or the model reviewer's mark
    excerpt: str

    @property
    def is_opinion(self) -> bool:
        return self.source == "reviewer"


@dataclass(frozen=True)
class AttemptView:
    """One model attempt during drafting, with the validator's verdict on it."""

    sql: str
    verdict: Verdict
    codes: tuple[str, ...]


@dataclass(frozen=True)
class Reply:
    kind: Kind
    question: str = ""
    sql: str = ""  # the query the verdict is about; always validated
    verdict: Verdict = "none"
    errors: tuple[FindingView, ...] = ()
    warnings: tuple[FindingView, ...] = ()
    notes: tuple[FindingView, ...] = ()
    opinions: tuple[FindingView, ...] = ()  # the model reviewer's, never decisive
    corrected_sql: str | None = None  # validated, with no error left
    diff: str = ""
    explanation: str = ""
    explanation_details: tuple[str, ...] = ()
    context: dict | None = None
    context_text: str = ""
    tables: tuple[str, ...] = ()
    attempts: tuple[AttemptView, ...] = ()
    preview: Preview | None = None
    message: str = ""  # prose for look-ups and notices
    strict: bool = False  # whether warnings blocked the verdict
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def validated(self) -> bool:
        return self.verdict == "validated"

    def all_sql(self) -> tuple[str, ...]:
        """Every SQL text this reply would show (what the no-unvalidated-SQL rule covers)."""
        items = [self.sql, self.corrected_sql or ""] + [a.sql for a in self.attempts]
        return tuple(s for s in items if s)


# -- the entry points ---------------------------------------------------------


def answer(message: str, deps, options: Options = Options(), *, on_token: Callable[[str], None] | None = None, force_review: bool = False) -> Reply:
    """Route a chat message to the review, look-up or drafting flow."""
    parsed = classify(message, force_review=force_review)
    if parsed.intent == "review":
        return review_reply(parsed.text, deps, options, question=parsed.question)
    if parsed.intent == "lookup":
        return lookup(parsed.text, deps, options)
    return draft_reply(parsed.text, deps, options, on_token=on_token)


def review_reply(sql: str, deps, options: Options = Options(), *, question: str = "") -> Reply:
    """Review a pasted query: verdict, findings with carets, a validated correction and its diff."""
    started = time.perf_counter()
    report = deps.validate(sql, strict=options.strict)
    corrected, diff = _validated_correction(report, deps, options)
    expl = explain(report.sql, deps.catalog)
    opinions: tuple[FindingView, ...] = ()
    if not report.errors:
        found, offered = deps.review_opinion(report, question, options.choice)
        opinions = tuple(_view(f, report.sql) for f in found)
        if offered and corrected is None:
            corrected, diff = _validated_correction(replace_sql(report, offered), deps, options)
    reply = _from_report(
        report,
        kind="review",
        question=question,
        options=options,
        explanation=expl.paragraph,
        explanation_details=expl.details,
        corrected_sql=corrected,
        diff=diff,
        extra_opinions=opinions,
    )
    return _finish(reply, deps, options, started)


def replace_sql(report, corrected: str):
    """A stand-in report whose correction is ``corrected`` (re-validated by the caller)."""

    @dataclass(frozen=True)
    class _Offer:
        sql: str
        corrected_sql: str

    return _Offer(report.sql, corrected)


def draft_reply(question: str, deps, options: Options = Options(), *, on_token: Callable[[str], None] | None = None, context=None) -> Reply:
    """Draft SQL for a question with the model, self-correcting against the validator."""
    started = time.perf_counter()
    context = context if context is not None else deps.retrieve(question)
    ctx_dict, ctx_text, ctx_tables = _context_parts(context)
    backend = deps.backend(*options.choice)
    if backend is None:
        return Reply(
            kind="notice",
            question=question,
            message=(
                "No language model is available, so I cannot draft SQL. "
                f"{deps.backend_problem or ''} Paste a query to have it reviewed, or ask which table holds something."
            ).strip(),
            context=ctx_dict,
            context_text=ctx_text,
            tables=ctx_tables,
        )
    result = deps.draft(question, backend=backend, choice=options.choice, company=options.company, on_token=on_token)
    attempts = tuple(_attempt(a, deps, options) for a in result.attempts)
    final_sql = result.sql or ""
    if not final_sql.strip():
        return Reply(
            kind="draft",
            question=question,
            verdict="rejected",
            message="The model produced no SQL for this question, even after self-correction.",
            attempts=attempts,
            context=ctx_dict,
            context_text=ctx_text,
            tables=ctx_tables,
        )
    # Re-validate here whatever the generator says: the app's own guarantee.
    report = deps.validate(final_sql, strict=options.strict)
    reviewer = tuple(f for f in result.report.findings if is_opinion(f))
    expl = explain(report.sql, deps.catalog)
    corrected, diff = _validated_correction(report, deps, options)
    gen_context = result.context
    if gen_context is not None:
        ctx_dict, ctx_text, ctx_tables = _context_parts(gen_context)
    reply = _from_report(
        report,
        kind="draft",
        question=question,
        options=options,
        explanation=expl.paragraph,
        explanation_details=expl.details,
        corrected_sql=corrected,
        diff=diff,
        extra_opinions=tuple(_view(f, report.sql) for f in reviewer),
    )
    reply = replace(reply, attempts=attempts, context=ctx_dict, context_text=ctx_text, tables=ctx_tables)
    return _finish(reply, deps, options, started)


def fix(reply: Reply, deps, options: Options = Options(), *, on_token: Callable[[str], None] | None = None) -> Reply:
    """"Fix it": the validator's certain correction first, else the model's self-correction."""
    if reply.corrected_sql:
        fixed = review_reply(reply.corrected_sql, deps, options, question=reply.question)
        if fixed.validated:
            return replace(fixed, message="Applied the validator's correction.")
    if reply.question and deps.backend(*options.choice) is not None:
        findings = "; ".join(f"{f.message} (line {f.line}, col {f.col})" for f in reply.errors)
        prompt = reply.question
        if reply.sql:
            prompt = f"{reply.question}\nThis query was rejected: {findings}\nWrong query:\n{reply.sql}"
        drafted = draft_reply(prompt, deps, options, on_token=on_token)
        return replace(drafted, question=reply.question)
    return review_reply(reply.sql, deps, options, question=reply.question) if reply.sql else reply


def lookup(question: str, deps, options: Options = Options()) -> Reply:
    """ "Which table holds…": the views (and columns) that match, from retrieval and the catalog."""
    started = time.perf_counter()
    context = deps.retrieve(question)
    ctx_dict, ctx_text, ctx_tables = _context_parts(context)
    matches = find_objects(question, deps.catalog, ctx_tables)
    lines = []
    for match in matches:
        obj, base, columns = match.obj, match.base, match.columns
        desc = obj.description or base.description
        line = f"- **{obj.name}**" + (f" ({base.name})" if base is not obj else "") + (f": {desc}" if desc else "")
        if columns:
            line += "\n  - columns: " + ", ".join(f"`{c.name}`" + (f" ({c.description})" if c.description else "") for c in columns[:4])
        if base.business_key:
            line += "\n  - key: " + ", ".join(base.business_key)
        lines.append(line)
    message = "The documented objects that best match your question:\n" + "\n".join(lines) if lines else (
        "I found no documented table that matches. Try other words, or ask a question to draft SQL."
    )
    return Reply(
        kind="lookup",
        question=question,
        message=message,
        tables=tuple(match.obj.name for match in matches),
        context=ctx_dict,
        context_text=ctx_text,
        timings={"total_s": time.perf_counter() - started},
    )


# -- helpers ----------------------------------------------------------------------


def is_opinion(finding) -> bool:
    """The model reviewer's findings are opinions; the validator's (static, dry-run) decide."""
    return finding.source == "reviewer"



def verdict_of(report, strict: bool) -> Verdict:
    if report.verdict != "pass":
        return "rejected"
    if strict and report.warnings:
        return "rejected"
    return "validated"


def _from_report(report, *, kind: Kind, question: str, options: Options, explanation: str, explanation_details, corrected_sql, diff, extra_opinions=()) -> Reply:
    static = [f for f in report.findings if not is_opinion(f)]
    opinions = tuple(_view(f, report.sql) for f in report.findings if is_opinion(f))
    return Reply(
        kind=kind,
        question=question,
        sql=report.sql,
        verdict=verdict_of(report, options.strict),
        errors=tuple(_view(f, report.sql) for f in static if f.severity == "error"),
        warnings=tuple(_view(f, report.sql) for f in static if f.severity == "warning"),
        notes=tuple(_view(f, report.sql) for f in static if f.severity not in ("error", "warning")),
        opinions=opinions + tuple(extra_opinions),
        corrected_sql=corrected_sql,
        diff=diff,
        explanation=explanation,
        explanation_details=tuple(explanation_details),
        strict=options.strict,
        timings=dict(report.timings),
    )


def _view(f, sql: str) -> FindingView:
    if isinstance(f, FindingView):
        return f
    return FindingView(
        code=f.code,
        rule=f.rule,
        severity=f.severity,
        message=f.message,
        line=f.line,
        col=f.col,
        suggestion=f.suggestion,
        source=f.source,
        excerpt=caret_excerpt(sql, f.line, f.col, f.start, f.end) if f.line else "",
    )


def _validated_correction(report, deps, options: Options) -> tuple[str | None, str]:
    """The validator's correction, re-checked here; offered only when it has no error left."""
    corrected = report.corrected_sql
    if not corrected or corrected.strip() == report.sql.strip():
        return None, ""
    check = deps.validate(corrected, strict=False)
    if check.errors:
        return None, ""
    return check.sql, unified_diff(report.sql, check.sql)


def _attempt(attempt, deps, options: Options) -> AttemptView:
    sql = attempt if isinstance(attempt, str) else attempt.sql
    if not sql.strip():
        return AttemptView("", "rejected", ("no-sql",))
    report = deps.validate(sql, strict=options.strict)
    return AttemptView(report.sql, verdict_of(report, options.strict), tuple(f.code for f in report.errors))


_PARAM = re.compile(r"(?<![@\w])@(\w+)")
_DECLARED = re.compile(r"\bdeclare\s+@(\w+)", re.IGNORECASE)


def bind_company_parameters(sql: str, company: int | None) -> tuple[str, tuple[str, ...]]:
    r"""Declare undeclared company parameters (``@JCCo``…) so a preview can run; other parameters stay.

    >>> bind_company_parameters("SELECT 1 FROM JCCM WHERE JCCo = @JCCo", 3)
    ('DECLARE @JCCo tinyint = 3;\nSELECT 1 FROM JCCM WHERE JCCo = @JCCo', ('@JCCo = 3',))
    """
    declared = {m.lower() for m in _DECLARED.findall(sql)}
    names = dict.fromkeys(n for n in _PARAM.findall(sql) if n.lower() not in declared and n.lower().endswith("co"))
    if not names:
        return sql, ()
    value = 1 if company is None else company
    head = "".join(f"DECLARE @{n} tinyint = {value};\n" for n in names)
    return head + sql, tuple(f"@{n} = {value}" for n in names)


def _finish(reply: Reply, deps, options: Options, started: float) -> Reply:
    timings = dict(reply.timings)
    preview = None
    if reply.validated and options.preview:
        # A preview runs the validated query itself; only company parameters get a sample value.
        sql, bound = bind_company_parameters(reply.sql, options.company)
        preview = deps.preview(sql)
        if preview is not None and bound:
            preview = replace(preview, note=f"{preview.note}, with {', '.join(bound)}")
    timings["total_s"] = time.perf_counter() - started
    return replace(reply, preview=preview, timings=timings)


def _context_parts(context) -> tuple[dict | None, str, tuple[str, ...]]:
    if context is None:
        return None, "", ()
    ctx_dict = context.to_dict()
    text = context.render()
    tables = tuple(context.table_names)
    return ctx_dict, text, tables
