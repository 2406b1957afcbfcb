"""The schema context the model is shown: tables, joins, examples and rules, rendered as text.

A :class:`Context` is what retrieval hands the prompt, already trimmed to a token
budget (``packing.pack``). Tokens are approximated as ``ceil(characters / 4)``, the
usual rule of thumb for English BPE vocabularies; SQL identifiers tokenise a little
worse, so callers should leave a margin.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

FULL_TABLES = 4  # tables shown with their columns; the rest compactly


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with "…" when cut.

    >>> clip("JBCO (JB Company), JBIN (JB Invoice)", 20)
    'JBCO (JB Company),…'
    >>> clip("short", 20)
    'short'
    """
    if len(text) <= limit:
        return text
    head = text[: max(1, limit - 1)]
    space = head.rfind(" ")
    return (head[:space] if space > 0 else head).rstrip() + "…"


def approx_tokens(text: str) -> int:
    """Approximate token count: ceil(characters / 4).

    >>> approx_tokens("SELECT 1"), approx_tokens("")
    (2, 0)
    """
    return math.ceil(len(text) / 4)


@dataclass(frozen=True)
class ColumnContext:
    name: str
    type: str
    description: str = ""
    values: str = ""

    def render(self) -> str:
        text = f"{self.name} {self.type}"
        if self.values:
            text += f" {{{self.values}}}"
        return text


@dataclass(frozen=True)
class TableContext:
    name: str
    kind: str
    module: str
    description: str
    score: float
    reason: str  # "similar", "example", or "joins from X"
    key: tuple[str, ...] = ()
    company_column: str | None = None
    group_columns: tuple[str, ...] = ()
    base_table: str | None = None
    row_filter: str | None = None
    columns: tuple[ColumnContext, ...] = ()
    compact: bool = False
    derived: bool = False  # the description was derived by ingest, not documented

    def render(self) -> str:
        title = self.name
        if self.base_table:
            title += f" (view of {self.base_table})"
        if self.description:
            title += f": {self.description}" + (" (derived)" if self.derived else "")
        facts = []
        if self.key:
            facts.append("key " + ", ".join(self.key))
        if self.company_column:
            facts.append("company " + self.company_column)
        if self.group_columns:
            facts.append("groups " + ", ".join(self.group_columns))
        if self.compact:
            return f"{title} [{'; '.join(facts)}]" if facts else title
        lines = [title]
        if facts:
            lines.append("  " + "; ".join(facts))
        if self.columns:
            lines.append("  columns: " + ", ".join(c.render() for c in self.columns))
        if self.row_filter:
            lines.append(f"  rows filtered: {self.row_filter}")
        return "\n".join(lines)


@dataclass(frozen=True)
class JoinContext:
    left: str
    right: str
    pairs: tuple[tuple[str, str], ...]
    kind: str

    def render(self) -> str:
        on = " AND ".join(f"{self.left}.{a} = {self.right}.{b}" for a, b in self.pairs)
        return f"{self.left} JOIN {self.right} ON {on}"


@dataclass(frozen=True)
class ExampleContext:
    question: str
    sql: str
    score: float
    source: str = ""
    tables: tuple[str, ...] = ()

    def render(self) -> str:
        return f"Q: {self.question}\n{self.sql.strip()}"


@dataclass(frozen=True)
class RuleContext:
    title: str
    text: str
    score: float
    source: str = ""

    def render(self) -> str:
        return self.text.strip()


@dataclass(frozen=True)
class GlossaryContext:
    """A term of the user's glossary that the question used, with what it means and where it is defined."""

    term: str
    said: str
    means: tuple[str, ...]  # rendered targets: ``JCCI.BilledAmt``, ``JCCM.ContractStatus = 1``
    note: str = ""
    source: str = ""  # file:line

    def render(self) -> str:
        text = f"{self.said!r} means {'; '.join(self.means)}"
        if self.note:
            text += f" ({self.note})"
        return f"- {text} [glossary {self.source}]"


@dataclass(frozen=True)
class Context:
    """What the model is shown for one question, already trimmed to the token budget."""

    question: str
    tables: tuple[TableContext, ...] = ()
    join_paths: tuple[JoinContext, ...] = ()
    examples: tuple[ExampleContext, ...] = ()
    rules: tuple[RuleContext, ...] = ()
    budget_tokens: int = 1500
    timings: dict[str, float] = field(default_factory=dict, compare=False)
    glossary: tuple[GlossaryContext, ...] = ()

    @property
    def table_names(self) -> list[str]:
        return [t.name for t in self.tables]

    @property
    def tokens(self) -> int:
        return approx_tokens(self.render())

    def render(self) -> str:
        return render_sections(
            self.tables, self.join_paths, self.examples, self.rules, self.glossary
        )

    def to_dict(self) -> dict[str, Any]:
        return _plain(
            {
                "tables": self.table_names,
                "question": self.question,
                "objects": [_clean(asdict(t)) for t in self.tables],
                "join_paths": [
                    {
                        "left": j.left,
                        "right": j.right,
                        "pairs": [list(p) for p in j.pairs],
                        "kind": j.kind,
                        "sql": j.render(),
                    }
                    for j in self.join_paths
                ],
                "examples": [asdict(e) for e in self.examples],
                "rules": [asdict(r) for r in self.rules],
                "glossary": [asdict(g) for g in self.glossary],
                "tokens": self.tokens,
                "budget_tokens": self.budget_tokens,
                "timings_ms": {k: round(v * 1000, 2) for k, v in self.timings.items()},
            }
        )


def _plain(value: Any) -> Any:
    """Plain JSON values: scores computed with numpy (float32) become Python numbers.

    >>> import numpy as np; _plain({"score": np.float32(0.5), "pairs": (1, 2)})
    {'score': 0.5, 'pairs': [1, 2]}
    """
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value


def _clean(d: dict) -> dict:
    d["columns"] = [c for c in d.get("columns", ())]
    d["score"] = round(d["score"], 4)
    return d


def render_sections(
    tables: Iterable[TableContext],
    joins: Iterable[JoinContext],
    examples: Iterable[ExampleContext],
    rules: Iterable[RuleContext],
    glossary: Iterable[GlossaryContext] = (),
) -> str:
    tables, joins, examples, rules, glossary = (
        list(tables),
        list(joins),
        list(examples),
        list(rules),
        list(glossary),
    )
    parts = []
    if glossary:
        parts.append(
            "### Business terms (the user's glossary)\n" + "\n".join(g.render() for g in glossary)
        )
    full = [t for t in tables if not t.compact]
    compact = [t for t in tables if t.compact]
    if full:
        parts.append(
            "### Tables and views (query the views)\n" + "\n".join(t.render() for t in full)
        )
    if compact:
        parts.append("### Also relevant\n" + "\n".join(t.render() for t in compact))
    if joins:
        parts.append("### Joins (use every key pair)\n" + "\n".join(j.render() for j in joins))
    if examples:
        parts.append("### Approved examples\n" + "\n\n".join(e.render() for e in examples))
    if rules:
        parts.append("### Rules\n" + "\n\n".join(r.render() for r in rules))
    return "\n\n".join(parts)
