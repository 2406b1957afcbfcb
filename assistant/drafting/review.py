"""The model reviewer: the "model" half of the validator.

After the static checks pass, the model reads the question, the schema context and
the query, and answers in a strict JSON shape::

    {"verdict": "pass" | "fail", "issues": ["..."], "corrected_sql": "..." | null}

It catches meaning errors the static layer cannot see (the wrong measure, a
missing filter, actual vs estimate cost). Its word is an opinion, and the rules
here keep it one:

- Reviewer findings carry ``source="reviewer"``, rule ``model-review``, and at
  most ``warning`` severity: only the static validator can fail a query.
- The verdict of a review is always the static validator's verdict on the SQL
  returned; the reviewer can never turn a static error into a pass.
- A reviewer correction replaces the query only after the static validator has
  passed it; a rejected correction is reported, not used.
- A reply that is not the JSON shape (prose, single quotes, broken JSON) is an
  ``unparsed`` opinion that changes nothing. One other shape is read: the
  labelled text the dataset's review task teaches a tuned model
  (``Verdict: fail`` / ``Findings:`` / ``Corrected SQL:``), so a tuned reviewer
  is understood whichever of the two it answers in.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Callable, Literal

from ..backends.base import Backend
from ..validate.findings import Finding, Report, sort_findings
from .extract import extract_sql
from .prompts import review_messages

RULE = "model-review"
ISSUE, UNPARSED, CORRECTION_REJECTED, CORRECTION_APPLIED = "MR001", "MR002", "MR003", "MR004"
FENCE = re.compile(r"```[A-Za-z]*\s*\n?(.*?)(?:```|\Z)", re.DOTALL)


@dataclass(frozen=True)
class Issue:
    message: str
    severity: Literal["warning", "info"] = "warning"


@dataclass(frozen=True)
class Opinion:
    verdict: Literal["pass", "fail", "unparsed"]
    issues: tuple[Issue, ...] = ()
    corrected_sql: str | None = None
    raw: str = ""
    error: str = ""  # why an unparsed reply could not be read


@dataclass(frozen=True)
class Review:
    opinion: Opinion
    findings: tuple[Finding, ...]  # the reviewer's own findings (model opinions)
    sql: str  # the query after review: the original, or a re-validated correction
    report: (
        Report  # the static report of ``sql`` plus the reviewer's findings; its verdict is static
    )
    applied: Report | None = (
        None  # the correction's static report, when the correction replaced the query
    )
    offered: str | None = None  # a re-validated correction offered for a query that stays rejected

    @property
    def verdict(self) -> str:
        return self.report.verdict

    def to_dict(self) -> dict[str, Any]:
        return {
            "opinion": self.opinion.verdict,
            "issues": [i.message for i in self.opinion.issues],
            "corrected_sql": self.opinion.corrected_sql,
            "applied": self.applied is not None,
            "verdict": self.report.verdict,
        }


def parse_opinion(text: str) -> Opinion:
    """Read the reviewer's JSON, tolerating code fences and text around it.

    Anything that is not the strict shape gives ``verdict="unparsed"``: fail-safe,
    since an opinion we cannot read must not change the outcome.

    >>> parse_opinion('```json\\n{"verdict": "fail", "issues": ["no company filter"], "corrected_sql": null}\\n```').verdict
    'fail'
    >>> parse_opinion("{'verdict': 'pass'}").verdict
    'unparsed'
    """
    raw = text or ""
    candidates = [m.group(1) for m in FENCE.finditer(raw)] + [raw]
    last_error = "no JSON object in the reply"
    for candidate in candidates:
        for obj_text in _json_objects(candidate):
            try:
                data = json.loads(obj_text)
            except ValueError as exc:
                last_error = f"invalid JSON: {exc}"
                continue
            opinion = _from_data(data, raw)
            if opinion is not None:
                return opinion
            last_error = "JSON is not of the shape {verdict, issues, corrected_sql}"
    labelled = _from_labelled(raw)
    if labelled is not None:
        return labelled
    return Opinion("unparsed", raw=raw, error=last_error)


VERDICT_LINE = re.compile(
    r"^[ \t*#]*verdict[ \t*]*:[ \t*]*(pass|fail)\b", re.IGNORECASE | re.MULTILINE
)
FINDINGS_LABEL = re.compile(r"^[ \t*#]*findings[ \t*]*:", re.IGNORECASE | re.MULTILINE)
CORRECTED_LABEL = re.compile(
    r"^[ \t*#]*corrected(?:[ \t]+(?:sql|query))?[ \t*]*:", re.IGNORECASE | re.MULTILINE
)


def _from_labelled(raw: str) -> Opinion | None:
    """``Verdict: fail`` / ``Findings:`` (``- ...`` lines or ``none``) / ``Corrected SQL:`` (SQL or "not needed")."""
    verdict_match = VERDICT_LINE.search(raw)
    if verdict_match is None:
        return None
    verdict = verdict_match.group(1).lower()
    corrected_match = CORRECTED_LABEL.search(raw, verdict_match.end())
    findings_match = FINDINGS_LABEL.search(raw, verdict_match.end())
    issues = []
    if findings_match is not None:
        end = (
            corrected_match.start()
            if corrected_match and corrected_match.start() > findings_match.end()
            else len(raw)
        )
        block = raw[findings_match.end() : end]
        default = "warning" if verdict == "fail" else "info"
        for line in block.splitlines():
            text = line.strip().lstrip("-*• ").strip()
            if text and text.lower().rstrip(".") != "none":
                issues.append(Issue(text, default))
    corrected_sql = None
    if corrected_match is not None:
        rest = raw[corrected_match.end() :]
        first_line = rest.strip().split("\n", 1)[0].lower()
        if "not needed" not in first_line:
            corrected_sql = extract_sql(rest) or None
    return Opinion(verdict, tuple(issues), corrected_sql, raw)  # type: ignore[arg-type]


def _from_data(data: Any, raw: str) -> Opinion | None:
    if not isinstance(data, dict):
        return None
    verdict = str(data.get("verdict", "")).strip().lower()
    if verdict not in ("pass", "fail"):
        return None
    issues_data = data.get("issues", [])
    if issues_data is None:
        issues_data = []
    if isinstance(issues_data, (str, dict)):
        issues_data = [issues_data]
    if not isinstance(issues_data, list):
        return None
    default = "warning" if verdict == "fail" else "info"
    issues = []
    for item in issues_data:
        if isinstance(item, dict):
            message = str(
                item.get("message") or item.get("issue") or item.get("description") or ""
            ).strip()
            # a model opinion is at most a warning: only the static validator can fail a query
            severity = "info" if str(item.get("severity", "")).lower() == "info" else default
        else:
            message, severity = str(item).strip(), default
        if message:
            issues.append(Issue(message, severity))
    corrected = data.get("corrected_sql")
    corrected_sql = None
    if isinstance(corrected, str) and corrected.strip():
        corrected_sql = extract_sql(corrected) or corrected.strip()
    elif corrected not in (None, "", False):
        return None
    return Opinion(verdict, tuple(issues), corrected_sql, raw)  # type: ignore[arg-type]


def _json_objects(text: str):
    """Every balanced ``{...}`` in ``text``, outermost first, respecting JSON strings."""
    start = text.find("{")
    while start != -1:
        depth, in_string, escaped = 0, False, False
        for i in range(start, len(text)):
            ch = text[i]
            if in_string:
                if escaped:
                    escaped = False
                elif ch == "\\":
                    escaped = True
                elif ch == '"':
                    in_string = False
            elif ch == '"':
                in_string = True
            elif ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    yield text[start : i + 1]
                    break
        start = text.find("{", start + 1)


def opinion_findings(opinion: Opinion) -> list[Finding]:
    """The reviewer's issues as findings, marked as model opinions."""
    if opinion.verdict == "unparsed":
        return [
            Finding(
                UNPARSED,
                RULE,
                "info",
                f"model opinion: the reviewer's reply could not be read ({opinion.error}); no opinion recorded",
                source="reviewer",
            )
        ]
    return [
        Finding(ISSUE, RULE, issue.severity, f"model opinion: {issue.message}", source="reviewer")
        for issue in opinion.issues
    ]


def apply_opinion(
    sql: str, report: Report, opinion: Opinion, check: Callable[[str], Report]
) -> Review:
    """The rules of the module docstring, as a pure function of the static report and the opinion.

    ``check`` is the static validator (``sql -> Report``), used to re-check a correction.
    """
    findings = opinion_findings(opinion)
    corrected = (opinion.corrected_sql or "").strip()
    wants_change = opinion.verdict == "fail" and corrected and corrected != sql.strip()
    if not wants_change:
        return Review(opinion, tuple(findings), sql, _merge(report, findings))
    correction_report = check(corrected)
    if correction_report.verdict != "pass":
        first = (
            correction_report.errors[0].message if correction_report.errors else "it did not pass"
        )
        findings.append(
            Finding(
                CORRECTION_REJECTED,
                RULE,
                "info",
                f"model opinion: the reviewer's correction was rejected by the validator ({first})",
                suggestion=corrected,
                source="reviewer",
            )
        )
        return Review(opinion, tuple(findings), sql, _merge(report, findings))
    if report.verdict != "pass":
        # The query under review stays rejected; a validated correction is only offered.
        merged = _merge(report, findings)
        merged = Report(merged.sql, "fail", merged.findings, corrected, merged.timings)
        return Review(opinion, tuple(findings), sql, merged, offered=corrected)
    findings.append(
        Finding(
            CORRECTION_APPLIED,
            RULE,
            "info",
            "model opinion: the query was replaced by the reviewer's correction, which passed the validator",
            source="reviewer",
        )
    )
    return Review(
        opinion,
        tuple(findings),
        corrected,
        _merge(correction_report, findings),
        applied=correction_report,
    )


def review_query(
    question: str,
    sql: str,
    report: Report,
    *,
    backend: Backend,
    check: Callable[[str], Report],
    context_text: str = "",
    max_new_tokens: int | None = None,
) -> Review:
    """Ask the model for its opinion of ``sql`` and apply the rules above."""
    reply = backend.generate(
        review_messages(question, sql, context_text), stream=False, max_new_tokens=max_new_tokens
    )
    if not isinstance(reply, str):
        reply = "".join(reply)
    return apply_opinion(sql, report, parse_opinion(reply), check)


def _merge(report: Report, findings: list[Finding]) -> Report:
    # the verdict is the static report's, whatever the reviewer said
    return Report(
        report.sql,
        report.verdict,
        sort_findings([*report.findings, *findings]),
        report.corrected_sql,
        dict(report.timings),
    )


def review(
    question: str,
    sql: str,
    *,
    catalog,
    backend: Backend,
    settings=None,
    context: Any = None,
    report: Report | None = None,
    stages=(),
) -> Review:
    """Review a query end to end: static validation (unless ``report`` is given), then the model's opinion.

    The entry point for callers holding a query rather than a draft (the chat's
    paste-review flow). ``context`` is a retrieval Context (or None).
    """
    from ..validate import validate

    stages = tuple(stages)

    def check(text: str) -> Report:
        return validate(text, catalog, stages=stages)

    report = report if report is not None else check(sql)
    context_text = context.render() if context is not None and hasattr(context, "render") else ""
    max_new = getattr(settings, "max_new_tokens", None)
    return review_query(
        question,
        sql,
        report,
        backend=backend,
        check=check,
        context_text=context_text,
        max_new_tokens=max_new,
    )
