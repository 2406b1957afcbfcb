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
from typing import Callable, Literal

from ..retrieval.lookup import find_objects
from ..runtime import Preview
from ..validate.fixes import apply as apply_edits
from ..validate.fixes import collect as collect_edits
from .detect import classify
from .excerpt import caret_excerpt, token_diff
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
    mode: str = (
        ""  # "" = the configured draft_mode; plan (a plan under the schema grammar, compiled) | sql
    )

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
    source: str = (
        "model"  # "model", "validator-fix" (the validator's own certain fix) or "reviewer-fix"
    )

    @property
    def by_model(self) -> bool:
        return self.source == "model"


@dataclass(frozen=True)
class PartialCorrection:
    """The validator's certain fixes applied although uncertain errors remain: re-validated, never offered as final."""

    sql: str
    diff: str
    remaining: tuple[FindingView, ...]  # the errors (and warnings) the re-validation still finds
    reason: str  # why no full correction is offered


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
    partial: PartialCorrection | None = None  # certain fixes applied, errors left (shown as such)
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
    plan: str = (
        ""  # plan mode: the plan the SQL was compiled from (shown as a step; the SQL is the answer)
    )
    # what drafting says besides findings (decoded without a grammar, context widened)
    draft_notes: tuple[str, ...] = ()

    @property
    def validated(self) -> bool:
        return self.verdict == "validated"

    def all_sql(self) -> tuple[str, ...]:
        """Every SQL text this reply would show (what the no-unvalidated-SQL rule covers)."""
        items = [self.sql, self.corrected_sql or "", self.partial.sql if self.partial else ""] + [
            a.sql for a in self.attempts
        ]
        return tuple(s for s in items if s)


# -- the entry points ---------------------------------------------------------


def answer(
    message: str,
    deps,
    options: Options = Options(),
    *,
    on_token: Callable[[str], None] | None = None,
    force_review: bool = False,
) -> Reply:
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
    if corrected is None:
        reply = replace(reply, partial=partial_correction(report, deps))
    return _finish(reply, deps, options, started)


def replace_sql(report, corrected: str):
    """A stand-in report whose correction is ``corrected`` (re-validated by the caller)."""

    @dataclass(frozen=True)
    class _Offer:
        sql: str
        corrected_sql: str

    return _Offer(report.sql, corrected)


def draft_reply(
    question: str,
    deps,
    options: Options = Options(),
    *,
    on_token: Callable[[str], None] | None = None,
    context=None,
) -> Reply:
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
    result = deps.draft(
        question,
        backend=backend,
        choice=options.choice,
        company=options.company,
        on_token=on_token,
        mode=options.mode,
        context=context,
    )
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
            plan=result.plan,
            draft_notes=result.notes,
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
    reply = replace(
        reply,
        attempts=attempts,
        context=ctx_dict,
        context_text=ctx_text,
        tables=ctx_tables,
        partial=partial_correction(report, deps) if corrected is None else None,
        plan=result.plan,
        draft_notes=result.notes,
    )
    return _finish(reply, deps, options, started)


def fix(
    reply: Reply,
    deps,
    options: Options = Options(),
    *,
    on_token: Callable[[str], None] | None = None,
) -> Reply:
    """ "Fix it": the validator's certain correction first, else the model's self-correction."""
    if reply.corrected_sql:
        fixed = review_reply(reply.corrected_sql, deps, options, question=reply.question)
        if fixed.validated:
            return replace(fixed, message="Applied the validator's correction.")
    if reply.question and deps.backend(*options.choice) is not None:
        findings = "; ".join(f"{f.message} (line {f.line}, col {f.col})" for f in reply.errors)
        prompt = reply.question
        if (
            reply.sql and not reply.plan
        ):  # plan mode drafts from the question; the compiler's findings are its own
            prompt = (
                f"{reply.question}\nThis query was rejected: {findings}\nWrong query:\n{reply.sql}"
            )
        drafted = draft_reply(
            prompt, deps, options, on_token=on_token, context=widened_context(reply, deps)
        )
        return same_sql_said(replace(drafted, question=reply.question), reply)
    again = review_reply(reply.sql, deps, options, question=reply.question) if reply.sql else reply
    return same_sql_said(again, reply)


def widened_context(reply: Reply, deps, question: str | None = None):
    """Retrieval for the question with the objects the findings name added: Fix it sees more schema than the draft did."""
    names = []
    for f in reply.errors + reply.warnings:
        for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", f"{f.message} {f.suggestion or ''}"):
            if deps.catalog.has(word):
                names.append(word)
    names = list(dict.fromkeys(names))
    query = (question or reply.question) + ("\nTables: " + ", ".join(names) if names else "")
    return deps.retrieve(query)


def same_sql_said(fixed: Reply, before: Reply) -> Reply:
    """When Fix it comes back with the query it started from, say so and what it could not fix."""
    if not before.sql or _normal_sql(fixed.sql) != _normal_sql(before.sql) or fixed.validated:
        return fixed
    left = (
        "; ".join(f"`{f.code}` {f.message} (line {f.line}, col {f.col})" for f in fixed.errors)
        or "the findings above"
    )
    note = (
        f"Fix it could not change this query: the model returned the same SQL even with the wider schema context. "
        f"Not fixed: {left}. Rephrase the question or name the table you mean."
    )
    return replace(fixed, message=(fixed.message + "\n\n" if fixed.message else "") + note)


def _normal_sql(sql: str) -> str:
    return " ".join((sql or "").split()).rstrip(";").lower()


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
        line = (
            f"- **{obj.name}**"
            + (f" ({base.name})" if base is not obj else "")
            + (f": {desc}" if desc else "")
        )
        if columns:
            line += "\n  - columns: " + ", ".join(
                f"`{c.name}`" + (f" ({c.description})" if c.description else "")
                for c in columns[:4]
            )
        if base.business_key:
            line += "\n  - key: " + ", ".join(base.business_key)
        lines.append(line)
    message = (
        "The documented objects that best match your question:\n" + "\n".join(lines)
        if lines
        else (
            "I found no documented table that matches. Try other words, or ask a question to draft SQL."
        )
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


def _from_report(
    report,
    *,
    kind: Kind,
    question: str,
    options: Options,
    explanation: str,
    explanation_details,
    corrected_sql,
    diff,
    extra_opinions=(),
) -> Reply:
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
    return check.sql, token_diff(report.sql, check.sql)


def partial_correction(report, deps) -> PartialCorrection | None:
    """The validator's certain fixes when errors remain after them: the partly corrected query, re-validated.

        Offered when it changes something, adds no error and leaves fewer problems (a b-table
    made a view, a missing key added); never as a final answer.
    """
    if not report.errors:
        return None
    corrected = report.corrected_sql or apply_edits(
        report.sql, collect_edits(f for f in report.findings if not is_opinion(f))
    )
    if not corrected or corrected.strip() == report.sql.strip():
        return None
    check = deps.validate(corrected, strict=False)
    before, after = len(report.errors), len(check.errors)
    if not after or after > before or after + len(check.warnings) >= before + len(report.warnings):
        return None  # no error left (a full correction) or nothing better
    remaining = tuple(
        _view(f, check.sql)
        for f in check.findings
        if not is_opinion(f) and f.severity in ("error", "warning")
    )
    codes = ", ".join(sorted({f.code for f in check.errors}))
    reason = (
        f"{len(check.errors)} error{'s' if len(check.errors) != 1 else ''} ({codes}) "
        "{} no certain fix: the right change depends on what the query is meant to return, "
        "so no full correction is offered."
    ).format("has" if len(check.errors) == 1 else "have")
    return PartialCorrection(check.sql, token_diff(report.sql, check.sql), remaining, reason)


def _attempt(attempt, deps, options: Options) -> AttemptView:
    sql = attempt if isinstance(attempt, str) else attempt.sql
    source = "model" if isinstance(attempt, str) else str(attempt.source)
    if not sql.strip():
        return AttemptView("", "rejected", ("no-sql",), source)
    report = deps.validate(sql, strict=options.strict)
    return AttemptView(
        report.sql, verdict_of(report, options.strict), tuple(f.code for f in report.errors), source
    )


_JOIN_RISK = {
    "VG201": "Rows can multiply across companies: {msg} Each row may be matched with the rows of every company, "
    "so totals come out too high. Join on the company column as well.",
    "VG202": "Rows can multiply (fan-out): {msg} Without the whole key, one row matches many on the other side, "
    "so counts and sums are inflated. Join on every key column.",
    "VG203": "This join condition is always true: {msg} It matches every row with every row (a cross join).",
}


def join_risks(findings) -> tuple[str, ...]:
    """The validator's join findings (VG201, VG202, VG203) in plain words: fan-out risks and missing keys.

    >>> from types import SimpleNamespace as F
    >>> join_risks([F(code="VG202", message="APTL joined to APTH without Mth", line=1, col=30)])[0][:45]
    'Rows can multiply (fan-out): APTL joined to A'
    """
    out = []
    for f in findings:
        template = _JOIN_RISK.get(f.code)
        if template:
            msg = f.message.strip().rstrip(".") + f" (line {f.line}, col {f.col})."
            out.append(template.format(msg=msg))
    return tuple(out)


def attempt_counts(attempts: tuple[AttemptView, ...]) -> tuple[int, int]:
    """(model attempts, validator fixes): the validator's own fixes are not model attempts.

    >>> attempt_counts((AttemptView("a", "rejected", (), "model"), AttemptView("b", "validated", (), "validator-fix")))
    (1, 1)
    """
    model = sum(1 for a in attempts if a.source == "model")
    return model, sum(1 for a in attempts if a.source == "validator-fix")


_PARAM = re.compile(r"(?<![@\w])@(\w+)")
_DECLARED = re.compile(r"\bdeclare\s+@(\w+)", re.IGNORECASE)


def bind_company_parameters(sql: str, company: int | None) -> tuple[str, tuple[str, ...]]:
    r"""Declare undeclared company parameters (``@JCCo``…) so a preview can run; other parameters stay.

    >>> bind_company_parameters("SELECT 1 FROM JCCM WHERE JCCo = @JCCo", 3)
    ('DECLARE @JCCo tinyint = 3;\nSELECT 1 FROM JCCM WHERE JCCo = @JCCo', ('@JCCo = 3',))
    """
    declared = {m.lower() for m in _DECLARED.findall(sql)}
    names = dict.fromkeys(
        n for n in _PARAM.findall(sql) if n.lower() not in declared and n.lower().endswith("co")
    )
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
