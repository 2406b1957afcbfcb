"""Validated generation: retrieve, prompt, extract, validate, and self-correct.

``draft()`` is the only way the product turns a question into SQL, and it never
returns a query the validator has not seen: every attempt carries its report,
and a draft whose best attempt still fails is returned with ``verdict="fail"``
and its findings, never passed off as valid.

The loop (DIN-SQL style self-correction):
1. retrieve the schema context, similar approved examples and rules;
2. prompt the model; extract the SQL from its reply;
3. validate it against the catalog;
4. on failure, first try the validator's own ``corrected_sql`` (re-validated
   here, never trusted blindly), else feed the findings back to the model and
   try again, up to ``settings.max_attempts`` model calls.
With ``settings.reviewer`` on, a statically passing query then goes to the model
reviewer (``assistant.drafting.review``), which may add opinions but never overturn an error.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Literal

from ..backends.base import Backend, Message
from ..catalog import Catalog
from ..errors import BackendError
from ..retrieval.protocols import Retriever
from ..settings import Settings
from ..validate.findings import Finding, Report, sort_findings
from .extract import extract_sql
from .prompts import correction_messages, draft_messages

Source = Literal[
    "model", "validator-fix", "reviewer-fix", "plan-fix"
]  # plan-fix: plan mode's joinable part
Validator = Callable[[str], Report]

# A reply with no SQL in it is a failed attempt like any other; this is its finding.
NO_SQL_CODE = "GEN001"


@dataclass(frozen=True)
class Attempt:
    number: int  # 1-based, in the order tried
    source: Source
    raw: str  # the model's reply (or a note on where the SQL came from)
    sql: str
    report: Report
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return self.report.verdict == "pass"

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "source": self.source,
            "sql": self.sql,
            "verdict": self.report.verdict,
            "findings": [f.to_dict() for f in self.report.findings],
            "raw": self.raw,
            "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True)
class Draft:
    question: str
    attempts: tuple[Attempt, ...]
    context: Any  # assistant.retrieval.context.Context, or None when drafted without retrieval
    sql: str
    report: Report
    verdict: Literal["pass", "fail"]
    review: Any = None  # assistant.drafting.review.Review when the model reviewer ran
    timings: dict[str, float] = field(default_factory=dict)
    mode: Literal["sql", "plan"] = (
        "sql"  # plan: the SQL was compiled from a plan (assistant.drafting.plan_draft)
    )
    plan: str = ""  # plan mode: the plan the final SQL was compiled from
    notes: tuple[
        str, ...
    ] = ()  # what else the report says: decoded without a grammar, context widened
    plan_findings: tuple[
        Finding, ...
    ] = ()  # plan mode: the compiler's findings, positioned in the plan
    generation: tuple[
        dict, ...
    ] = ()  # the backend's figures for each model call (tokens, seconds, constrained)

    @property
    def passed(self) -> bool:
        return self.verdict == "pass"

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.report.findings

    @property
    def tables(self) -> list[str]:
        return list(getattr(self.context, "table_names", None) or [])

    def to_dict(self) -> dict[str, Any]:
        """The ``vgpt ask --json`` object: sql, verdict, findings, attempts, tables (+ timings; mode, plan)."""
        data = {
            "question": self.question,
            "mode": self.mode,
            "sql": self.sql,
            "verdict": self.verdict,
            "findings": [finding_dict(f) for f in self.report.findings],
            "attempts": [a.to_dict() for a in self.attempts],
            "tables": self.tables,
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
        }
        if self.mode == "plan":
            data["plan"] = self.plan
            data["plan_findings"] = [finding_dict(f) for f in self.plan_findings]
        if self.notes:
            data["notes"] = list(self.notes)
        return data


def finding_dict(finding: Finding) -> dict[str, Any]:
    data = finding.to_dict()
    data["source"] = finding.source  # "static" or "reviewer": reviewer findings are model opinions
    return data


def drafting_question(question: str, backend: Backend | None) -> str:
    """The question, stripped, once there is a model to draft with and something to ask it."""
    if backend is None:
        raise BackendError(
            "drafting needs a model backend; backend is 'none' (set backend in vgpt.toml or VGPT_BACKEND)"
        )
    question = question.strip()
    if not question:
        raise ValueError("empty question")
    return question


def draft(
    question: str,
    *,
    catalog: Catalog,
    retriever: Retriever | None,
    backend: Backend,
    settings: Settings,
    on_token: Callable[[str], None] | None = None,
    on_attempt: Callable[[Attempt], None] | None = None,
    stages: Iterable[Callable] = (),
    context: Any = None,
) -> Draft:
    """Draft validated SQL for ``question``. See the module docstring for the loop.

    ``retriever`` may be None (no schema context). ``on_token`` receives streamed
    text as the model writes it; ``on_attempt`` each attempt once validated.
    ``stages`` are extra validator stages (the shadow dry-run). ``context`` is a retrieval
    result to use instead of retrieving again (the chat shows it first).
    """
    question = drafting_question(question, backend)
    from ..validate import validate

    stages = tuple(stages)

    def check(sql: str) -> Report:
        return validate_extracted(sql, lambda s: validate(s, catalog, stages=stages))

    timings: dict[str, float] = {}
    started = time.perf_counter()
    if context is None and retriever is not None:
        context = retriever.retrieve(question, k=8, budget_tokens=settings.context_tokens)
    timings["retrieve"] = time.perf_counter() - started
    context_text = context.render() if context is not None else ""
    base = draft_messages(
        question,
        context_text,
        examples=getattr(context, "examples", ()) or (),
        company=settings.default_company,
    )

    attempts: list[Attempt] = []
    messages: list[Message] = base
    model_calls = 0
    generate_seconds = 0.0
    max_calls = max(1, settings.max_attempts)
    while model_calls < max_calls:
        t0 = time.perf_counter()
        reply = _generate(backend, messages, settings.max_new_tokens, on_token)
        model_calls += 1
        generate_seconds += time.perf_counter() - t0
        sql = extract_sql(reply)
        attempt = Attempt(
            len(attempts) + 1, "model", reply, sql, check(sql), time.perf_counter() - t0
        )
        _record(attempts, attempt, on_attempt)
        fix = _validator_fix(attempt, check, len(attempts) + 1)
        if attempt.passed:
            # a certain fix of warnings only (bJCCM -> JCCM) is taken when it validates cleaner
            if (
                fix is not None
                and fix.passed
                and len(fix.report.warnings) < len(attempt.report.warnings)
            ):
                _record(attempts, fix, on_attempt)
            break
        if fix is not None:
            _record(attempts, fix, on_attempt)
            if fix.passed:
                break
        messages = correction_messages(
            base, reply, sql, attempt.report.errors or attempt.report.findings
        )
    timings["generate"] = generate_seconds

    final = best_attempt(attempts)
    review = None
    if settings.reviewer and final.passed:
        from .review import review_query

        t0 = time.perf_counter()
        review = review_query(
            question,
            final.sql,
            final.report,
            backend=backend,
            check=check,
            context_text=context_text,
            max_new_tokens=settings.max_new_tokens,
        )
        timings["review"] = time.perf_counter() - t0
        if review.applied is not None:
            _record(
                attempts,
                Attempt(
                    len(attempts) + 1,
                    "reviewer-fix",
                    review.opinion.raw,
                    review.sql,
                    review.applied,
                    0.0,
                ),
                on_attempt,
            )
    report = review.report if review is not None else final.report
    sql = review.sql if review is not None else final.sql
    timings["total"] = time.perf_counter() - started
    # The verdict is the validator's, on exactly the SQL returned: never anything else.
    return Draft(question, tuple(attempts), context, sql, report, report.verdict, review, timings)


def validate_extracted(sql: str, validate_fn: Validator) -> Report:
    """Validate extracted SQL; a reply with no SQL at all fails with its own finding."""
    if not sql.strip():
        return Report(
            sql="",
            verdict="fail",
            findings=(
                Finding(
                    NO_SQL_CODE,
                    "no-sql",
                    "error",
                    "the answer contained no SQL query; answer with one SELECT query in a ```sql block",
                    source="generator",
                ),
            ),
        )
    return validate_fn(sql)


def best_attempt(attempts: list[Attempt]) -> Attempt:
    """The last passing attempt (a later one is a cleaner fix); else the fewest errors, the latest on a tie."""
    if not attempts:
        raise ValueError("no attempts")
    for attempt in reversed(attempts):
        if attempt.passed:
            return attempt
    return min(reversed(attempts), key=lambda a: (len(a.report.errors), not a.sql))


def _validator_fix(attempt: Attempt, check: Callable[[str], Report], number: int) -> Attempt | None:
    """The validator's own correction, re-validated here before it may count."""
    corrected = (attempt.report.corrected_sql or "").strip()
    if not corrected or corrected == attempt.sql.strip():
        return None
    t0 = time.perf_counter()
    report = check(corrected)
    return Attempt(
        number,
        "validator-fix",
        f"validator corrected attempt {attempt.number}",
        corrected,
        report,
        time.perf_counter() - t0,
    )


def _generate(
    backend: Backend,
    messages: list[Message],
    max_new_tokens: int,
    on_token: Callable[[str], None] | None,
) -> str:
    if on_token is None:
        return str(backend.generate(messages, stream=False, max_new_tokens=max_new_tokens))
    pieces = []
    for piece in backend.generate(messages, stream=True, max_new_tokens=max_new_tokens):
        pieces.append(piece)
        on_token(piece)
    return "".join(pieces)


def _record(
    attempts: list[Attempt], attempt: Attempt, callback: Callable[[Attempt], None] | None
) -> None:
    attempts.append(attempt)
    if callback is not None:
        callback(attempt)


def merge_reports(base: Report, extra: Iterable[Finding]) -> Report:
    """``base`` with more findings; the verdict stays ``base``'s (extra findings are opinions)."""
    return Report(
        base.sql,
        base.verdict,
        sort_findings([*base.findings, *extra]),
        base.corrected_sql,
        dict(base.timings),
    )
