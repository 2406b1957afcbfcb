"""``vgpt eval``: score models (base, tuned adapter, any backend) on drafting Vista SQL.

Two case sources:
- the dataset's eval split (generation records: question, schema context, gold SQL,
  gold tables), held out by table family so it measures generalisation;
- the labelled question set (``finetune/eval_questions.jsonl``: business
  questions with the tables each needs).

Every case goes through the product's own path, ``assistant.drafting.generate.draft``
(retrieve → prompt → extract → validate → self-correct), so the numbers describe what a
user gets. Per system we report: first-try validator pass rate, pass rate after
self-correction, hallucinated identifiers per query (unknown-table/unknown-column
findings on the first attempt, before the gate), table recall against gold, structural
match with the gold SQL (sqlglot-normalised), execution match in the shadow database
when it is available, reviewer precision/recall on seeded mutants, and latency.
"""

from __future__ import annotations

import gc
import json
import logging
import random
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from assistant.backends import make_backend
from assistant.drafting.generate import draft
from assistant.drafting.review import review_query
from assistant.shadow import Shadows, ensure_shadow, execution_match, shadow_paths
from assistant.validate import validate
from assistant.validate.mutants import seed_mutants

from . import data, metrics

log = logging.getLogger(__name__)

ExecMatch = Callable[[str, str], "bool | None"]
SOURCES = ("eval-split", "questions")


@dataclass(frozen=True)
class Case:
    id: str
    source: str
    question: str
    gold_sql: str | None = None
    gold_tables: tuple[str, ...] = ()
    context: str | None = None  # the record's own schema context (used with context="record")


@dataclass(frozen=True)
class CaseResult:
    id: str
    source: str
    question: str
    first_pass: bool
    final_pass: bool
    hallucinations: int
    table_recall: float | None
    structural_match: bool | None
    exec_match: bool | None
    latency_s: float
    attempts: int
    first_sql: str
    sql: str
    first_rules: tuple[str, ...] = ()
    error: str | None = None
    first_raw: str = ""  # the model's first reply (truncated), to see why a query failed


@dataclass(frozen=True)
class System:
    """One thing under test: a name and the settings that build its backend."""

    name: str
    settings: Any
    description: str = ""


# -- cases --------------------------------------------------------------------------


def eval_split_cases(
    dataset_dir: Path, name: str = "vgpt_eval", *, limit: int | None = None, seed: int = 42
) -> list[Case]:
    """Generation records of the eval split as cases (question = instruction, gold = the record's SQL)."""
    split = data.load_split(dataset_dir, name)
    records = data.select(split.records, tasks=("generation",), limit=limit, seed=seed)
    return [
        Case(
            id=str(r.get("id") or f"{name}-{i}"),
            source="eval-split",
            question=(r.get("instruction") or "").strip(),
            gold_sql=(r.get("sql") or r.get("output") or "").strip() or None,
            gold_tables=tuple(r.get("objects") or ()),
            context=r.get("input") or None,
        )
        for i, r in enumerate(records)
    ]


def question_cases(path: Path, *, limit: int | None = None, seed: int = 42) -> list[Case]:
    """The labelled question set: one JSON object per line with ``question`` and the tables it needs."""
    cases = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        row = json.loads(line)
        tables = (
            row.get("tables")
            or row.get("needed_tables")
            or row.get("gold_tables")
            or row.get("needs")
            or ()
        )
        cases.append(
            Case(
                id=str(row.get("id") or f"q{i + 1}"),
                source="questions",
                question=str(row["question"]).strip(),
                gold_sql=(row.get("sql") or row.get("gold_sql") or None),
                gold_tables=tuple(tables),
            )
        )
    if limit is not None and len(cases) > limit:
        rng = random.Random(seed)
        cases = [cases[i] for i in sorted(rng.sample(range(len(cases)), limit))]
    return cases


# -- context: the real retriever, or the record's own schema context ----------------------


@dataclass(frozen=True)
class FixedContext:
    """A retrieval result made of the record's schema context ("oracle" context for the eval split)."""

    question: str
    text: str
    table_names: list[str] = field(default_factory=list)
    examples: tuple = ()
    join_paths: tuple = ()
    rules: tuple = ()

    def render(self) -> str:
        return self.text

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question, "tables": self.table_names, "text": self.text}


class CaseRetriever:
    """What ``draft`` retrieves for one case: the record's context, or the real retriever's."""

    def __init__(self, case: Case, retriever: Any, mode: str) -> None:
        self.case, self.retriever, self.mode = case, retriever, mode

    def retrieve(self, question: str, k: int = 8, budget_tokens: int = 1500) -> Any:
        if self.mode == "record" and self.case.context:
            return FixedContext(question, self.case.context, list(self.case.gold_tables))
        return self.retriever.retrieve(question, k=k, budget_tokens=budget_tokens)

    def usable(self) -> bool:
        return (self.mode == "record" and bool(self.case.context)) or self.retriever is not None


# -- running --------------------------------------------------------------------------


def score_draft(
    case: Case, draft: Any, catalog: Any, exec_match: ExecMatch | None, latency: float
) -> CaseResult:
    """One drafted case → its metrics. Pure given the draft."""
    attempts = list(draft.attempts)
    first = attempts[0] if attempts else None
    first_report = first.report if first is not None else draft.report
    sql = draft.sql or ""
    structural = metrics.structural_match(sql, case.gold_sql) if case.gold_sql else None
    executed = None
    if exec_match is not None and case.gold_sql and sql and draft.verdict == "pass":
        try:
            executed = exec_match(sql, case.gold_sql)
        except (
            Exception
        ) as exc:  # a shadow failure is "not measured", never a crash of the whole eval
            log.warning("execution match failed on %s: %s", case.id, exc)
    elif exec_match is not None and case.gold_sql:
        executed = False  # a rejected or empty query does not produce the gold result
    return CaseResult(
        id=case.id,
        source=case.source,
        question=case.question,
        first_pass=bool(first is not None and first.report.verdict == "pass"),
        final_pass=draft.verdict == "pass",
        hallucinations=metrics.hallucinations(first_report),
        table_recall=metrics.table_recall(sql, case.gold_tables, catalog)
        if case.gold_tables
        else None,
        structural_match=structural,
        exec_match=executed,
        latency_s=latency,
        attempts=sum(1 for a in attempts if getattr(a, "source", "model") == "model"),
        first_sql=first.sql if first is not None else "",
        sql=sql,
        first_rules=tuple(sorted({f.rule for f in first_report.findings if f.severity == "error"})),
        first_raw=(getattr(first, "raw", "") or "")[:600] if first is not None else "",
    )


def run_cases(
    cases: Sequence[Case],
    *,
    backend: Any,
    settings: Any,
    catalog: Any,
    retriever: Any,
    context_mode: str,
    exec_match: ExecMatch | None = None,
    stages: Iterable[Callable] = (),
    progress: Callable[[CaseResult], None] | None = None,
) -> list[CaseResult]:
    results = []
    for case in cases:
        case_retriever = CaseRetriever(case, retriever, context_mode)
        started = time.perf_counter()
        try:
            drafted = draft(
                case.question,
                catalog=catalog,
                retriever=case_retriever if case_retriever.usable() else None,
                backend=backend,
                settings=settings,
                stages=tuple(stages),
            )
            result = score_draft(case, drafted, catalog, exec_match, time.perf_counter() - started)
        except Exception as exc:  # one broken case is a failed case, recorded with its reason
            log.exception("case %s failed", case.id)
            result = CaseResult(
                case.id,
                case.source,
                case.question,
                False,
                False,
                0,
                0.0 if case.gold_tables else None,
                False if case.gold_sql else None,
                False if exec_match and case.gold_sql else None,
                time.perf_counter() - started,
                0,
                "",
                "",
                (),
                f"{type(exc).__name__}: {exc}",
            )
        results.append(result)
        if progress is not None:
            progress(result)
    return results


NOT_SQL = frozenset({"no-sql", "parse-error"})


def answered(result: CaseResult) -> bool:
    """Whether the first reply held a query that parses (else hallucinations could not even be counted)."""
    return bool(result.first_sql.strip()) and not (set(result.first_rules) & NOT_SQL)


def summarize(results: Sequence[CaseResult]) -> dict[str, Any]:
    """Rates and means over case results (None where a metric had nothing to measure)."""
    latencies = [r.latency_s for r in results]
    with_sql = [r for r in results if answered(r)]
    return {
        "n": len(results),
        "sql_answer_rate": metrics.mean(answered(r) for r in results),
        "hallucinations_per_sql_answer": metrics.mean(r.hallucinations for r in with_sql),
        "first_try_pass_rate": metrics.mean(r.first_pass for r in results),
        "final_pass_rate": metrics.mean(r.final_pass for r in results),
        "hallucinations_per_query": metrics.mean(r.hallucinations for r in results),
        "table_recall": metrics.mean(r.table_recall for r in results),
        "structural_match": metrics.mean(r.structural_match for r in results),
        "exec_match": metrics.mean(r.exec_match for r in results),
        "model_calls_per_query": metrics.mean(r.attempts for r in results),
        "latency_p50_s": metrics.percentile(latencies, 0.5),
        "latency_mean_s": metrics.mean(latencies),
        "errors": sum(1 for r in results if r.error),
    }


# -- reviewer on seeded mutants ------------------------------------------------------


def reviewer_flags(review: Any) -> bool:
    """Whether a reviewer result says the query is wrong (a fail verdict, or any issue)."""
    opinion = getattr(review, "opinion", review)
    verdict = str(getattr(opinion, "verdict", "") or "").lower()
    issues = getattr(opinion, "issues", ()) or ()
    return verdict == "fail" or bool(issues)


def reviewer_scores(
    cases: Sequence[Case], *, backend: Any, catalog: Any, settings: Any, limit: int, seed: int = 42
) -> dict[str, Any]:
    """Reviewer precision/recall: one seeded mutant per gold query (positive) and the gold query (negative)."""
    rng = random.Random(seed)
    on_bad, on_good, rules = [], [], []
    check = lambda s: validate(s, catalog)  # noqa: E731
    for case in [c for c in cases if c.gold_sql][:limit]:
        mutants = seed_mutants(case.gold_sql, catalog, rng)
        if not mutants:
            continue
        mutant = mutants[len(on_bad) % len(mutants)]  # rotate through the error classes
        context = case.context or ""
        for sql, sink in ((mutant.sql, on_bad), (case.gold_sql, on_good)):
            review = review_query(
                case.question,
                sql,
                check(sql),
                backend=backend,
                check=check,
                context_text=context,
                max_new_tokens=settings.max_new_tokens,
            )
            sink.append(reviewer_flags(review))
        rules.append(mutant.rule)
    pr = metrics.precision_recall(on_bad, on_good)
    return {"available": True, "pairs": len(on_bad), "rules": sorted(set(rules)), **pr.to_dict()}


# -- execution match through the shadow database ----------------------------------------


def shadow_exec_match(
    settings: Any, catalog: Any, seeds: tuple[int, ...] = (0, 1)
) -> tuple[ExecMatch | None, str]:
    """Execution match in shadow databases of several seeds (test-suite accuracy), built when missing.

    Returns the matcher ``(generated_sql, gold_sql) -> bool | None`` (None when the gold
    itself cannot run there: not scorable) and a note saying what was used.
    """
    try:
        paths = [
            ensure_shadow(settings, catalog, seed=seed, path=path)
            for seed, path in zip(seeds, shadow_paths(settings.shadow_path, seeds))
        ]
        shadows = Shadows.open(paths)
    except Exception as exc:  # a shadow that cannot be built turns the metric off, not the eval
        return None, f"shadow not usable: {exc}"

    def match(sql: str, gold: str) -> bool | None:
        return execution_match(gold, sql, shadows).match

    return match, f"on {len(paths)} shadow databases (seeds {', '.join(map(str, seeds))})"


# -- the whole evaluation -------------------------------------------------------------


def evaluate(
    systems: Sequence[System],
    cases: Sequence[Case],
    *,
    catalog: Any,
    retriever: Any,
    context_mode: str,
    exec_match: ExecMatch | None = None,
    exec_note: str = "",
    reviewer_limit: int = 0,
    load_backend: Callable[[Any], Any] | None = None,
    stages: Iterable[Callable] = (),
    progress: Callable[[str, CaseResult], None] | None = None,
    seed: int = 42,
) -> dict[str, Any]:
    """Run every system over every case; returns the JSON-able result (summary per system and source)."""
    load_backend = load_backend or make_backend
    out: dict[str, Any] = {
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "context": context_mode,
        "execution_match": exec_note or ("on" if exec_match else "off"),
        "dry_run_stage": bool(tuple(stages)),
        "cases": {s: sum(1 for c in cases if c.source == s) for s in SOURCES},
        "systems": {},
    }
    for system in systems:
        log.info("evaluating %s on %d cases", system.name, len(cases))
        started = time.perf_counter()
        backend = load_backend(system.settings)
        load_s = time.perf_counter() - started
        results = run_cases(
            cases,
            backend=backend,
            settings=system.settings,
            catalog=catalog,
            retriever=retriever,
            context_mode=context_mode,
            exec_match=exec_match,
            stages=stages,
            progress=(lambda r, n=system.name: progress(n, r)) if progress else None,
        )
        reviewer = (
            reviewer_scores(
                cases,
                backend=backend,
                catalog=catalog,
                settings=system.settings,
                limit=reviewer_limit,
                seed=seed,
            )
            if reviewer_limit
            else {"available": False, "reason": "not run (--reviewer-limit 0)"}
        )
        out["systems"][system.name] = {
            "description": system.description,
            "model_load_s": load_s,
            "metrics": {
                s: summarize([r for r in results if r.source == s])
                for s in SOURCES
                if any(r.source == s for r in results)
            },
            "reviewer": reviewer,
            "results": [asdict(r) for r in results],
        }
        del backend
        gc.collect()
    return out


# -- rendering --------------------------------------------------------------------------

ROWS = (
    ("first_try_pass_rate", "validator pass, first try", "pct"),
    ("final_pass_rate", "validator pass after self-correction", "pct"),
    ("hallucinations_per_query", "hallucinated identifiers / query", "num"),
    ("sql_answer_rate", "first reply holds parseable SQL", "pct"),
    ("hallucinations_per_sql_answer", "hallucinated identifiers / parseable answer", "num"),
    ("table_recall", "table recall vs gold", "pct"),
    ("structural_match", "structural match vs gold SQL", "pct"),
    ("exec_match", "execution match (shadow)", "pct"),
    ("model_calls_per_query", "model calls / query", "num"),
    ("latency_p50_s", "latency p50 (s)", "num"),
)


def _fmt(value: Any, kind: str) -> str:
    if value is None:
        return "n/a"
    return f"{100 * value:.1f}%" if kind == "pct" else f"{value:.2f}"


def comparison_rows(result: dict[str, Any], source: str) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the base-vs-tuned table for one case source (first system is the baseline)."""
    names = [n for n, s in result["systems"].items() if source in s["metrics"]]
    header = ["metric", *names]
    if len(names) == 2:
        header.append("Δ")
    rows = []
    for key, label, kind in ROWS:
        values = [result["systems"][n]["metrics"][source].get(key) for n in names]
        row = [label, *(_fmt(v, kind) for v in values)]
        if len(names) == 2:
            a, b = values
            row.append(
                "n/a"
                if a is None or b is None
                else (f"{100 * (b - a):+.1f} pt" if kind == "pct" else f"{b - a:+.2f}")
            )
        rows.append(row)
    reviewer = [result["systems"][n].get("reviewer", {}) for n in names]
    if any(r.get("available") for r in reviewer):
        for key in ("precision", "recall"):
            row = [
                f"reviewer {key} (seeded mutants)",
                *(_fmt(r.get(key), "pct") if r.get("available") else "n/a" for r in reviewer),
            ]
            if len(names) == 2:
                row.append("")
            rows.append(row)
    return header, rows


def print_tables(result: dict[str, Any], console: Any) -> None:
    from rich.table import Table

    for source in SOURCES:
        if not result["cases"].get(source):
            continue
        header, rows = comparison_rows(result, source)
        table = Table(
            title=f"{source} ({result['cases'][source]} cases, context: "
            f"{result['context'] if source == 'eval-split' else 'retrieval'})"
        )
        for i, h in enumerate(header):
            table.add_column(h, justify="left" if i == 0 else "right")
        for row in rows:
            table.add_row(*row)
        console.print(table)


def to_markdown(
    result: dict[str, Any], *, title: str = "Evaluation: base vs tuned", notes: Sequence[str] = ()
) -> str:
    lines = [
        f"# {title}",
        "",
        f"Run {result['created_at']}; context for the eval split: `{result['context']}`; "
        f"execution match: {result['execution_match']}.",
        "",
    ]
    for name, system in result["systems"].items():
        lines.append(
            f"- **{name}**: {system['description']} (model load {system['model_load_s']:.1f} s)"
        )
    for source in SOURCES:
        if not result["cases"].get(source):
            continue
        header, rows = comparison_rows(result, source)
        lines += [
            "",
            f"## {source} ({result['cases'][source]} cases)",
            "",
            "| " + " | ".join(header) + " |",
            "|" + "---|" * len(header),
        ]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
    if notes:
        lines += ["", "## Notes", ""] + [f"- {n}" for n in notes]
    return "\n".join(lines) + "\n"


def resummarize(result: dict[str, Any]) -> dict[str, Any]:
    """Recompute every system's metrics from its stored case results (e.g. after merging an earlier run)."""
    for system in result["systems"].values():
        results = [
            CaseResult(**{**r, "first_rules": tuple(r.get("first_rules", ()))})
            for r in system["results"]
        ]
        system["metrics"] = {
            s: summarize([r for r in results if r.source == s])
            for s in SOURCES
            if any(r.source == s for r in results)
        }
    return result
