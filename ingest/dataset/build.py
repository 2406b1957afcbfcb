"""Build the whole dataset from a catalog: generate, gate on the validator, split, describe.

Pure apart from the clock: catalog (and seed) in, records and statistics out.
Writing files is ``writer``'s job; the command wires the two.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assistant.catalog import Catalog
from assistant.validate import validate
from assistant.validate.mutants import seed_mutants

from .card import APPROX_METHOD, TokenCounter, approx_tokens, card_markdown, dataset_stats
from .gate import Gate, Validate
from .generation import example_records
from .plan_records import expert_plan, plan_record, plan_rows, plan_stats
from .plans import graph_cases, lifted_cases
from .records import Record
from .schema_qa import schema_qa_records
from .split import split_records
from .templates.questions import generate_cases
from .validation import MutantStats, Mutator, validation_records
from .verbalize import Verbalizer

DEFAULT_SEED = 13
DEFAULT_PARAPHRASES = 4  # questions per plan (fewer when the frames run out of different wordings)


@dataclass(frozen=True)
class DatasetBuild:
    splits: dict[str, list[tuple[Record, list[str]]]]
    eval_families: frozenset[str]
    info: dict[str, Any]

    @property
    def records(self) -> list[Record]:
        return [r for rows in self.splits.values() for r, _ in rows]

    def rows(self) -> dict[str, list[dict[str, Any]]]:
        """Every file's rows: ``train``/``eval`` (all tasks, SQL answers) and ``plan_train``/``plan_eval`` (plan mode)."""
        out = {
            name: [r.to_alpaca(name, fams) for r, fams in rows]
            for name, rows in self.splits.items()
        }
        return {**out, **plan_rows(self.splits)}

    def card(self) -> str:
        return card_markdown(self.info)


def build_dataset(
    catalog: Catalog,
    *,
    seed: int = DEFAULT_SEED,
    eval_share: float = 0.15,
    validator: Validate | None = validate,
    mutator: Mutator | None = seed_mutants,
    review_share: float = 0.35,
    paraphrases: int = DEFAULT_PARAPHRASES,
    count_tokens: TokenCounter = approx_tokens,
    token_method: str = APPROX_METHOD,
    progress: Callable[[str], None] | None = None,
) -> DatasetBuild:
    """Every record, gated and split. ``validator``/``mutator`` default to ``assistant.validate``'s."""
    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    gate = Gate(catalog, validator)

    say("plans: template queries lifted, multi-view and monthly plans over the join graph")
    rng = random.Random(f"{seed}:records")
    generation: list[Record] = []
    cases = [
        *lifted_cases(catalog, list(generate_cases(catalog, seed)), seed),
        *graph_cases(catalog, seed),
    ]
    say("questions in business words, paraphrased")
    verbalizer = Verbalizer(catalog)
    unsayable: Counter = Counter()
    planned: set[str] = set()
    for case in cases:
        if case.text in planned or not gate.admit(case.sql, case.template):
            continue  # two templates that come to the same plan ask the same question
        planned.add(case.text)
        questions = verbalizer.paraphrases(
            case.plan, random.Random(f"{seed}:{case.text}"), paraphrases
        )
        if not questions:
            unsayable[case.template] += (
                1  # a view with no business noun (no nickname, no description)
            )
            continue
        generation += [plan_record(catalog, case, q, i, rng) for i, q in enumerate(questions)]
    say("approved examples")
    for record in example_records(catalog, catalog.examples, random.Random(f"{seed}:examples")):
        if gate.admit(record.sql, record.template):
            generation.append(expert_plan(catalog, record, gate, rng))

    say("validation records (seeded errors)")
    pick = random.Random(f"{seed}:review")
    # one question of each paraphrase group: the seeded errors are about the SQL, not the wording
    sources = [
        r
        for r in generation
        if r.meta_value("paraphrase", "0") == "0" and pick.random() < review_share
    ]
    mutant_stats = MutantStats()
    review = list(
        validation_records(
            catalog,
            sources,
            gate,
            random.Random(f"{seed}:review-records"),
            mutator=mutator,
            stats=mutant_stats,
            seed=seed,
        )
    )

    say("schema questions")
    qa = list(schema_qa_records(catalog, random.Random(f"{seed}:qa")))

    records = _unique(generation + review + qa)
    say("split by table family")
    # the split is drawn from what does not depend on the mutator: reviews follow it
    basis = _unique(generation + qa)
    splits, eval_families = split_records(catalog, records, seed, eval_share, basis=basis)
    info: dict[str, Any] = {
        "seed": seed,
        "eval_share": eval_share,
        "docs_dir": catalog.docs_dir,
        "catalog_built_at": catalog.built_at,
        "gate": gate.stats(),
        "mutator": "assistant.validate.mutants" if mutator is not None else "missing",
        "mutants": mutant_stats.to_dict(),
        "eval_families": sorted(eval_families),
        "token_method": token_method,
        "stats": dataset_stats(splits, count_tokens=count_tokens),
        "paraphrases": paraphrases,
        "plan": plan_stats(plan_rows(splits), unsayable),
    }
    info["seconds"] = round(time.perf_counter() - started, 2)
    return DatasetBuild(splits, frozenset(eval_families), info)


def _unique(records: list[Record]) -> list[Record]:
    """Drop exact duplicates (same task, prompt and answer), keeping the first."""
    seen: set[str] = set()
    out = []
    for r in records:
        if r.id not in seen:
            seen.add(r.id)
            out.append(r)
    return out
