"""Validation records: a query (correct, or with one seeded error) + context → verdict, findings, fix.

Seeded errors come from ``assistant.validate.mutants.seed_mutants``, one per
validator class. A mutant is kept only when the validator catches it with the
rule it was seeded for, and the label is the validator's own report: the
labels are correct by construction. The corrected SQL is the original query,
which passed the gate.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from assistant.catalog import Catalog

from .gate import Gate
from .records import VALIDATION_SYSTEM, Record

_INSTRUCTIONS = (
    "Review this query against the Vista schema. Give the verdict, the findings and the corrected SQL.",
    "Check this T-SQL for our Vista database and fix it if needed.",
    "Is this query valid for Viewpoint Vista? Explain what is wrong, if anything, and correct it.",
    "Validate the SQL below. Say pass or fail, list the problems, and give a corrected query.",
    "A colleague wrote this report query. Review it against the schema and return a fixed version.",
)

Mutator = Callable[..., list]


@dataclass
class MutantStats:
    seeded: Counter = field(default_factory=Counter)
    caught: Counter = field(default_factory=Counter)
    missed: Counter = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        rules = sorted(set(self.seeded) | set(self.caught) | set(self.missed))
        return {
            r: {"seeded": self.seeded[r], "caught": self.caught[r], "dropped": self.missed[r]}
            for r in rules
        }


def render_findings(report: Any) -> str:
    """The findings in words, one per line, errors first: what a reviewer would write."""
    order = {"error": 0, "warning": 1, "info": 2}
    lines = []
    for f in sorted(report.findings, key=lambda f: (order.get(f.severity, 3), f.line, f.col)):
        text = f"- {f.severity} {f.code} ({f.rule}) at line {f.line}, column {f.col}: {f.message}"
        if f.suggestion:
            text += ("" if text.endswith((".", "!", "?")) else ".") + f" Suggestion: {f.suggestion}"
        lines.append(text)
    return "\n".join(lines)


def verdict_output(report: Any, corrected: str) -> str:
    findings = render_findings(report)
    if report.verdict == "pass" and not findings:
        return f"Verdict: pass\nFindings: none\nCorrected SQL: not needed, the query is correct as written.\n{corrected}"
    return f"Verdict: {report.verdict}\nFindings:\n{findings}\nCorrected SQL:\n{corrected}"


def review_input(question: str, context: str, sql: str) -> str:
    return f"Question: {question}\n\n{context}\n\nQuery:\n{sql}"


def matches(finding: Any, rule: str) -> bool:
    return rule in (finding.rule, finding.code)


def validation_records(
    catalog: Catalog,
    sources: Iterable[Record],
    gate: Gate,
    rng: random.Random,
    *,
    mutator: Mutator | None,
    stats: MutantStats,
    pass_share: float = 0.25,
    per_query: int = 2,
    seed: int = 0,
) -> Iterator[Record]:
    """For each correct source record: maybe the query as is (verdict pass), then its caught mutants."""
    for source in sources:
        if source.sql is None:
            continue
        question = source.instruction
        instruction = rng.choice(_INSTRUCTIONS)
        # the mutants' randomness is the source's own: with or without a mutator, the rest is identical
        own = random.Random(f"{seed}:{source.id}")
        if rng.random() < pass_share:
            report = gate.report(source.sql)
            if report is not None and report.verdict == "pass":
                yield _record(
                    source,
                    instruction,
                    review_input(question, source.input, source.sql),
                    verdict_output(report, source.sql),
                    "review-correct",
                )
        if mutator is None or gate.validate is None:
            continue
        try:
            mutants = list(mutator(source.sql, catalog, own))
        except Exception:  # a mutator bug must not sink the dataset; the count shows it
            stats.missed["mutator-crash"] += 1
            continue
        # keep the classes balanced: try the rules seen least so far first, stop after `per_query` kept
        own.shuffle(mutants)
        mutants.sort(key=lambda m: stats.caught[m.rule])
        kept = 0
        for mutant in mutants:
            if kept >= per_query:
                break
            stats.seeded[mutant.rule] += 1
            if mutant.sql.strip() == source.sql.strip():
                stats.missed[mutant.rule] += 1
                continue
            report = gate.validate(mutant.sql, catalog)
            if not any(matches(f, mutant.rule) for f in report.findings):
                stats.missed[mutant.rule] += 1
                continue
            stats.caught[mutant.rule] += 1
            kept += 1
            yield _record(
                source,
                own.choice(_INSTRUCTIONS),
                review_input(question, source.input, mutant.sql),
                verdict_output(report, source.sql),
                f"review-{mutant.rule}",
            )


def _record(source: Record, instruction: str, text: str, output: str, template: str) -> Record:
    return Record(
        task="validation",
        template=template,
        instruction=instruction,
        input=text,
        output=output,
        system=VALIDATION_SYSTEM,
        objects=source.objects,
        module=source.module,
        sql=source.sql,
    )
