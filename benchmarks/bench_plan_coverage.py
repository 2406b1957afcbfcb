"""Plan coverage: how much of the dataset's template SQL and the approved expert queries a plan can say.

    .venv/bin/python benchmarks/bench_plan_coverage.py [--catalog FILE] [--rows N] [--seeds 0 1] [--seed 0] [--json]

For (a) every generation template case (``ingest.dataset.templates.questions.generate_cases``)
and (b) every approved expert query (``catalog.examples``), ``round_trip`` (assistant.drafting.plan_check):

1. lift the query into a plan (``plan_from_sql``): *expressible*;
2. compile the plan: *compiles*; validate the compiled SQL: *validates* (0 errors);
3. run the original and the compiled query on every shadow (one per seed, parameters probed
   to values present in the shadow): *same rows* (text trimmed at both ends, as the compiler
   shows codes trimmed), *exact* (value for value), and how many of the same-rows ones return
   rows at all (two empty results agree about nothing).

Then the plan's length in tokens, p50/p95 over the expressible queries, beside the original
SQL's: SmolLM2's own tokenizer (read from the bundled GGUF, vocabulary only) when it loads,
else characters / 4. Prints figures; it is not a timed unit test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.catalog import Catalog  # noqa: E402
from assistant.drafting.plan_check import RoundTrip, round_trip  # noqa: E402
from assistant.shadow import Shadows, build_shadow  # noqa: E402

STAGES = (
    "not-expressible",
    "compile-error",
    "validator-error",
    "original-fails",
    "different-rows",
    "same-rows",
)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def token_counter() -> tuple[str, Callable[[str], int]]:
    """SmolLM2's tokenizer from the bundled GGUF (vocabulary only), or characters / 4."""
    try:
        from llama_cpp import Llama

        from finetune.prepare import find_gguf

        vocab = Llama(str(find_gguf()), vocab_only=True, verbose=False)
        return "SmolLM2 tokenizer", lambda text: len(
            vocab.tokenize(text.encode("utf-8"), add_bos=False)
        )
    except Exception as exc:  # the figure still means something without it: say which one it is
        print(f"(SmolLM2 tokenizer unavailable: {exc}; counting characters / 4)", file=sys.stderr)
        return "characters / 4", lambda text: round(len(text) / 4)


def summarise(results: list[tuple[str, str, RoundTrip]], count: Callable[[str], int]) -> dict:
    stages = Counter(r.stage for _, _, r in results)
    reached = {s: sum(stages[t] for t in STAGES[i:]) for i, s in enumerate(STAGES)}
    same = [r for _, _, r in results if r.stage == "same-rows"]
    plans = [(sql, r) for _, sql, r in results if r.plan is not None]
    plan_tokens = [count(r.plan_text) for _, r in plans]
    sql_tokens = [count(sql) for sql, _ in plans]
    return {
        "total": len(results),
        "expressible": reached["compile-error"],
        "compiles": reached["validator-error"],
        "validates": reached["original-fails"],
        "same_rows": len(same),
        "same_rows_exact": sum(r.exact for r in same),
        "same_rows_nonempty": sum(r.rows > 0 for r in same),
        "stages": dict(stages),
        "plan_tokens_p50": statistics.median(plan_tokens) if plan_tokens else 0,
        "plan_tokens_p95": pct(plan_tokens, 0.95),
        "sql_tokens_p50": statistics.median(sql_tokens) if sql_tokens else 0,
        "sql_tokens_p95": pct(sql_tokens, 0.95),
    }


def show(title: str, s: dict, unit: str) -> None:
    n = max(1, s["total"])
    print(f"{title}: {s['total']} queries")
    print(f"  expressible as a plan     {s['expressible']:5}  {s['expressible'] / n:6.1%}")
    print(f"  compiles                  {s['compiles']:5}  {s['compiles'] / n:6.1%}")
    print(f"  compiled SQL validates    {s['validates']:5}  {s['validates'] / n:6.1%}")
    print(
        f"  same rows on the shadows  {s['same_rows']:5}  {s['same_rows'] / n:6.1%}   "
        f"(exact {s['same_rows_exact']}, non-empty {s['same_rows_nonempty']})"
    )
    print(
        f"  plan length ({unit}): p50 {s['plan_tokens_p50']:.0f}, p95 {s['plan_tokens_p95']:.0f}"
        f"  | original SQL p50 {s['sql_tokens_p50']:.0f}, p95 {s['sql_tokens_p95']:.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--catalog", type=Path, help="catalog artifact (default: build the sample corpus)"
    )
    parser.add_argument("--rows", type=int, default=300, help="rows per shadow table")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1], help="one shadow per seed")
    parser.add_argument("--seed", type=int, default=0, help="the templates' seed")
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    args = parser.parse_args()

    from ingest.dataset.templates.questions import generate_cases

    if args.catalog:
        catalog = Catalog.load(args.catalog)
    else:
        from ingest.build import build_catalog

        catalog = build_catalog(ROOT / "data" / "viewpoint_documentation")
    unit, count = token_counter()
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for seed in args.seeds:
            paths.append(Path(tmp) / f"shadow{seed}.duckdb")
            build_shadow(catalog, paths[-1], seed=seed, rows=args.rows)
        shadows = Shadows.open(paths)
        try:
            t = time.perf_counter()
            templates = [
                (c.template, c.sql, round_trip(c.sql, catalog, shadows))
                for c in generate_cases(catalog, args.seed)
            ]
            approved = [
                (Path(e.path).name, e.sql, round_trip(e.sql, catalog, shadows))
                for e in catalog.examples
            ]
            seconds = time.perf_counter() - t
        finally:
            shadows.close()
    out = {
        "tokens": unit,
        "shadows": len(args.seeds),
        "seconds": round(seconds, 1),
        "templates": summarise(templates, count),
        "approved": summarise(approved, count),
        "templates_by_template": {},
        "approved_not_same": {name: r.stage for name, _, r in approved if r.stage != "same-rows"},
    }
    by: dict[str, list] = defaultdict(list)
    for name, sql, r in templates:
        by[name].append((name, sql, r))
    out["templates_by_template"] = {k: summarise(v, count) for k, v in by.items()}
    if args.json:
        print(json.dumps(out, indent=1))
        return
    print(
        f"round trips on {len(args.seeds)} shadow(s) of {args.rows} rows, {seconds:.0f} s; tokens: {unit}"
    )
    show("(a) dataset templates", out["templates"], unit)
    for name, s in out["templates_by_template"].items():
        print(
            f"    {name:20} {s['total']:4} queries, same rows {s['same_rows']:4} ({s['same_rows'] / max(1, s['total']):.0%})"
            f", plan p50 {s['plan_tokens_p50']:.0f} tokens"
        )
    show("(b) approved expert queries", out["approved"], unit)
    for name, stage in out["approved_not_same"].items():
        print(f"    {name}: {stage}")


if __name__ == "__main__":
    main()
