"""Human output of a report: the verdict, each finding with its line and a caret, the fix.

Renderers sit at the edge: :func:`render_text` returns plain text (for logs,
prompts, the chat), :func:`render_rich` returns a rich renderable with colour.
"""

from __future__ import annotations

from rich.console import Group
from rich.syntax import Syntax
from rich.text import Text

from .findings import Finding, Report

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def excerpt(sql: str, finding: Finding) -> tuple[str, str]:
    """The finding's source line and a caret line under its first character (tabs kept aligned)."""
    lines = sql.splitlines() or [""]
    index = min(max(finding.line, 1), len(lines)) - 1
    line = lines[index]
    col = max(finding.col, 1)
    width = (
        max(1, min(finding.end - finding.start + 1, len(line) - col + 1))
        if finding.end >= finding.start
        else 1
    )
    pad = "".join("\t" if ch == "\t" else " " for ch in line[: col - 1])
    return line, pad + "^" + "~" * (width - 1)


def render_text(report: Report, name: str = "<query>") -> str:
    out = [
        f"{name}: {report.verdict.upper()} ({len(report.errors)} error(s), {len(report.warnings)} warning(s))"
    ]
    for f in report.findings:
        out.append(f"{name}:{f.line}:{f.col}: {f.severity} {f.code} [{f.rule}] {f.message}")
        line, caret = excerpt(report.sql, f)
        out.append(f"    {line}")
        out.append(f"    {caret}")
        if f.suggestion:
            out.append(f"    suggestion: {f.suggestion}")
    if report.corrected_sql:
        out.append("corrected SQL (re-validated):")
        out.extend("    " + line for line in report.corrected_sql.splitlines())
    return "\n".join(out)


def render_rich(report: Report, name: str = "<query>") -> Group:
    parts = []
    verdict = Text(f"{name}: ", style="bold")
    verdict.append(report.verdict.upper(), style="bold green" if report.passed else "bold red")
    verdict.append(
        f"  {len(report.errors)} error(s), {len(report.warnings)} warning(s)", style="dim"
    )
    parts.append(verdict)
    for f in report.findings:
        head = Text(f"{name}:{f.line}:{f.col} ", style="dim")
        head.append(f"{f.severity} {f.code}", style=STYLE.get(f.severity, ""))
        head.append(f" [{f.rule}] ", style="dim")
        head.append(f.message)
        parts.append(head)
        line, caret = excerpt(report.sql, f)
        parts.append(Text("    " + line))
        parts.append(Text("    " + caret, style=STYLE.get(f.severity, "")))
        if f.suggestion:
            parts.append(Text(f"    suggestion: {f.suggestion}", style="green"))
    if report.corrected_sql:
        parts.append(Text("corrected SQL (re-validated):", style="bold green"))
        parts.append(
            Syntax(report.corrected_sql, "sql", theme="ansi_dark", background_color="default")
        )
    return Group(*parts)
