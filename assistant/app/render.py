"""A Reply as chat markdown: the SQL block, the verdict badge, findings, explanation, diff.

Pure text, so the same rendering is tested without Chainlit and shown by it.
"""

from __future__ import annotations

from .answer import AttemptView, FindingView, Reply, attempt_counts

BADGE = {
    "validated": "✔ **Validated**: passed every check against your documented schema",
    "rejected": "✘ **Rejected**: do not run this query as it is",
}


def badge(reply: Reply) -> str:
    text = BADGE.get(reply.verdict, "")
    if reply.verdict == "validated" and reply.warnings:
        text += f" ({len(reply.warnings)} warning{'s' if len(reply.warnings) != 1 else ''})"
    return text


def reply_markdown(reply: Reply, *, show_context: bool = False) -> str:
    if reply.kind in ("lookup", "notice"):
        parts = [reply.message]
        if show_context and reply.tables and reply.kind == "notice":
            parts.append(
                "Tables that retrieval found for your question: "
                + ", ".join(f"`{t}`" for t in reply.tables)
            )
        return "\n\n".join(p for p in parts if p)

    parts: list[str] = []
    title = "Review of your query" if reply.kind == "review" else "Drafted SQL"
    if reply.kind == "draft" and reply.verdict == "rejected":
        title = "Drafted SQL, still rejected after self-correction"
    parts.append(f"### {title}\n{badge(reply)}")
    if reply.message:
        parts.append(reply.message)
    if reply.sql:
        parts.append(sql_block(reply.sql))
    if reply.errors:
        parts.append(
            "**Errors** (these make the query fail or return wrong results)\n"
            + findings_markdown(reply.errors)
        )
    if reply.warnings or reply.notes:
        # b-table, SELECT * and NOLOCK live here, apart from the errors: conventions, not failures
        blocks = (
            " (strict mode: warnings block the verdict)"
            if reply.strict
            else " (conventions; they do not block the query)"
        )
        parts.append(
            "**Warnings**" + blocks + "\n" + findings_markdown(reply.warnings + reply.notes)
        )
    if reply.opinions:
        parts.append(
            "**Reviewer's opinion** (the model's view, never decisive)\n"
            + findings_markdown(reply.opinions, excerpts=False)
        )
    if reply.explanation:
        parts.append(f"**What it does.** {reply.explanation}")
    if reply.corrected_sql:
        parts.append(
            "**Corrected SQL** (validated: no error left)\n" + sql_block(reply.corrected_sql)
        )
        if reply.diff:
            parts.append(DIFF_TITLE + "\n```text\n" + reply.diff + "\n```")
    if reply.partial is not None:
        parts.append(partial_markdown(reply.partial))
    if reply.attempts:
        parts.append(f"_{attempts_line(reply.attempts)}._")
    if show_context and reply.tables:
        parts.append("Context used: " + ", ".join(f"`{t}`" for t in reply.tables))
    return "\n\n".join(parts)


DIFF_TITLE = "**Diff** (original → corrected, word by word: `[-removed-]` `{+added+}`)"


def attempts_line(attempts: tuple[AttemptView, ...]) -> str:
    """'Model attempts 2, validator fixes 1': the validator's own fixes are not counted as model attempts."""
    model, fixes = attempt_counts(attempts)
    return f"Model attempts {model}, validator fixes {fixes}"


def partial_markdown(partial) -> str:
    """The certain fixes applied, the query re-validated, what is left, and why no full correction is offered."""
    parts = [
        "**Partly corrected SQL** (the validator's certain fixes applied and re-validated; still rejected)\n"
        + sql_block(partial.sql),
        DIFF_TITLE + "\n```text\n" + partial.diff + "\n```" if partial.diff else "",
        "**Still to fix by hand**\n" + findings_markdown(partial.remaining)
        if partial.remaining
        else "",
        f"_No full correction offered: {partial.reason}_",
    ]
    return "\n\n".join(p for p in parts if p)


def sql_block(sql: str) -> str:
    return "```sql\n" + sql.strip() + "\n```"


def findings_markdown(findings: tuple[FindingView, ...], *, excerpts: bool = True) -> str:
    lines = []
    for f in findings:
        where = f"line {f.line}, col {f.col}"
        kind = " (note)" if f.severity == "info" else ""
        message = f.message.strip()
        text = f"- `{f.code}` {f.rule}{kind} at {where}: {message}" + (
            "" if message[-1:] in ".?!" else "."
        )
        if f.suggestion and f.suggestion not in f.message:
            text += f" Suggestion: `{f.suggestion}`."
        lines.append(text)
        if excerpts and f.excerpt:
            lines.append(
                "  ```text\n" + "\n".join("  " + l for l in f.excerpt.splitlines()) + "\n  ```"
            )
    return "\n".join(lines)


def attempts_markdown(attempts: tuple[AttemptView, ...]) -> str:
    """The drafting attempts, each with the validator's verdict on it."""
    out = []
    for i, a in enumerate(attempts, 1):
        mark = "✔ validated" if a.verdict == "validated" else "✘ rejected"
        codes = f" ({', '.join(a.codes)})" if a.codes else ""
        who = {"validator-fix": " (validator fix)", "reviewer-fix": " (reviewer fix)"}.get(
            a.source, ""
        )
        out.append(
            f"Attempt {i}{who}: {mark}{codes}\n"
            + (sql_block(a.sql) if a.sql else "_no SQL in the model's output_")
        )
    if attempts:
        out.append(attempts_line(attempts) + ".")
    return "\n\n".join(out)


def context_markdown(
    context: dict | None, text: str, tables: tuple[str, ...], *, full: bool
) -> str:
    if context is None and not tables:
        return "No retrieval index is available: run `vgpt ingest`."
    parts = []
    if tables:
        parts.append("**Tables:** " + ", ".join(f"`{t}`" for t in tables))
    if context:
        terms = context.get("glossary") or []
        if terms:
            parts.append(
                "**Glossary terms:**\n"
                + "\n".join(
                    f"- {g.get('said')!r} → {'; '.join(g.get('means') or ())} (from `{g.get('source')}`)"
                    for g in terms
                )
            )
        joins = context.get("join_paths") or []
        if joins:
            parts.append("**Join paths:**\n" + "\n".join(f"- {_join_text(j)}" for j in joins[:8]))
        examples = context.get("examples") or []
        if examples:
            parts.append(
                "**Approved examples:**\n"
                + "\n".join(f"- {_example_text(e)}" for e in examples[:5])
            )
    if full and text:
        parts.append("**Prompt context:**\n```text\n" + text.strip() + "\n```")
    return "\n\n".join(parts)


def _join_text(j) -> str:
    if isinstance(j, dict):
        pairs = j.get("pairs") or []
        on = " AND ".join(f"{l} = {r}" for l, r in pairs) if pairs else ""
        return f"{j.get('left')} → {j.get('right')}" + (f" on {on}" if on else "")
    return str(j)


def _example_text(e) -> str:
    if isinstance(e, dict):
        return e.get("question") or e.get("path") or str(e)
    return str(e)
