"""Build the whole dataset from a catalog: generate, gate on the validator, split, describe.

Pure apart from the clock: catalog (and seed) in, records and statistics out.
Writing files is ``writer``'s job; the command wires the two.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assistant.catalog import Catalog
from assistant.validate import validate
from assistant.validate.mutants import seed_mutants

from .card import APPROX_METHOD, TokenCounter, approx_tokens, card_markdown, dataset_stats
from .gate import Gate, Validate
from .generation import case_record, example_records
from .records import Record
from .schema_qa import schema_qa_records
from .split import split_records
from .templates.questions import generate_cases
from .validation import MutantStats, Mutator, validation_records

DEFAULT_SEED = 13


@dataclass(frozen=True)
class DatasetBuild:
    splits: dict[str, list[tuple[Record, list[str]]]]
    eval_families: frozenset[str]
    info: dict[str, Any]

    @property
    def records(self) -> list[Record]:
        return [r for rows in self.splits.values() for r, _ in rows]

    def rows(self) -> dict[str, list[dict[str, Any]]]:
        return {name: [r.to_alpaca(name, fams) for r, fams in rows] for name, rows in self.splits.items()}

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
    count_tokens: TokenCounter = approx_tokens,
    token_method: str = APPROX_METHOD,
    progress: Callable[[str], None] | None = None,
) -> DatasetBuild:
    """Every record, gated and split. ``validator``/``mutator`` default to ``assistant.validate``'s."""
    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    gate = Gate(catalog, validator)

    say("generation templates")
    rng = random.Random(f"{seed}:records")
    generation: list[Record] = []
    for case in generate_cases(catalog, seed):
        if gate.admit(case.sql, case.template):
            generation.append(case_record(catalog, case, rng))
    say("approved examples")
    for record in example_records(catalog, catalog.examples, random.Random(f"{seed}:examples")):
        if gate.admit(record.sql, record.template):
            generation.append(record)

    say("validation records (seeded errors)")
    pick = random.Random(f"{seed}:review")
    sources = [r for r in generation if pick.random() < review_share]
    mutant_stats = MutantStats()
    review = list(validation_records(catalog, sources, gate, random.Random(f"{seed}:review-records"),
                                     mutator=mutator, stats=mutant_stats, seed=seed))

    say("schema questions")
    qa = list(schema_qa_records(catalog, random.Random(f"{seed}:qa")))

    records = _unique(generation + review + qa)
    say("split by table family")
    splits, eval_families = split_records(catalog, records, seed, eval_share)
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
