"""Findings and the report: what the validator says about a query, as data.

A finding points at the characters it is about (``start``/``end`` are 0-based,
inclusive offsets into the validated text; ``line``/``col`` are 1-based and
name the first character), so renderers can draw a caret and fixes can edit
the user's own text in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sqlglot import exp

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Finding:
    code: str
    rule: str
    severity: Severity
    message: str
    line: int = 1
    col: int = 1
    start: int = 0
    end: int = 0
    suggestion: str | None = None
    source: str = "static"
    # certain edits that repair this finding: (start, end exclusive, replacement) in the text
    fix: tuple[tuple[int, int, str], ...] = field(default=(), compare=False, repr=False)

    @classmethod
    def at(
        cls,
        node: exp.Expr | None,
        code: str,
        rule: str,
        severity: Severity,
        message: str,
        suggestion: str | None = None,
        source: str = "static",
        fix: tuple[tuple[int, int, str], ...] = (),
    ) -> "Finding":
        """A finding placed on ``node``'s first character, read from sqlglot's token meta.

        Columns and tables point at their own name (``APTH.Status`` points at
        ``Status``); other nodes span every positioned token beneath them.
        """
        line, col, start, end = position(node)
        return cls(
            code, rule, severity, message, line, col, start, end, suggestion, source, tuple(fix)
        )

    def to_dict(self) -> dict[str, Any]:
        """The public JSON shape of a finding (the CLI contract)."""
        return {
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "line": self.line,
            "col": self.col,
            "suggestion": self.suggestion,
        }


def position(node: exp.Expr | None) -> tuple[int, int, int, int]:
    """(line, col, start, end) of a node; (1, 1, 0, 0) when sqlglot kept no position."""
    if node is None:
        return 1, 1, 0, 0
    target = node
    if isinstance(node, (exp.Column, exp.Table)) and isinstance(node.this, exp.Identifier):
        target = node.this
    metas = [m for m in _metas(target)]
    if not metas and target is not node:
        metas = list(_metas(node))
    if not metas:
        return 1, 1, 0, 0
    first = min(metas, key=lambda m: m["start"])
    last = max(m["end"] for m in metas)
    # sqlglot's `col` is the column of the token's *last* character
    col = first["col"] - (first["end"] - first["start"])
    return first["line"], max(col, 1), first["start"], last


def _metas(node: exp.Expr):
    for n in node.walk():
        m = n._meta  # read without creating an empty dict on every node
        if m and "start" in m and "line" in m:
            yield m


SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Report:
    sql: str
    verdict: Literal["pass", "fail"]
    findings: tuple[Finding, ...] = ()
    corrected_sql: str | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "warning")

    @property
    def infos(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "info")

    @property
    def passed(self) -> bool:
        return self.verdict == "pass"

    def rules(self) -> set[str]:
        return {f.rule for f in self.findings}

    def to_dict(self) -> dict[str, Any]:
        """Exactly the JSON contract of issue 3: verdict, findings, corrected_sql."""
        return {
            "verdict": self.verdict,
            "findings": [f.to_dict() for f in self.findings],
            "corrected_sql": self.corrected_sql,
        }


def sort_findings(findings) -> tuple[Finding, ...]:
    """By position, then severity, then code; exact duplicates dropped."""
    unique = dict.fromkeys(findings)
    return tuple(
        sorted(
            unique,
            key=lambda f: (
                f.start,
                f.line,
                f.col,
                SEVERITY_ORDER.get(f.severity, 3),
                f.code,
                f.message,
            ),
        )
    )
