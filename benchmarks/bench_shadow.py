"""Shadow benchmark: build time of the full sample, dry-run cost per query, and what the dry run adds.

    .venv/bin/python benchmarks/bench_shadow.py [--catalog FILE] [--rows N] [--repeat N]

1. Builds the shadow of the whole sample catalog (697 tables) and prints the
   seconds (target: under a minute).
2. Validates every query of the correct corpus (tests/data/validator) with the
   static checks alone and with the dry-run stage, in the same run, and prints
   p50/p95 per query and their ratio, plus the false rejects the stage adds
   (target 0) and how many queries could not be dry-run (infos).
3. Seeds semantic mutants (wrong argument count, aggregate in WHERE, two-column
   subquery, text compared with money, SUM of text, UNION width) and prints,
   per class, how many the static checks catch and how many more the dry run does.
Prints figures; it is not a timed unit test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.catalog import Catalog  # noqa: E402
from assistant.shadow import build_shadow, dry_run_stage  # noqa: E402
from assistant.shadow.mutants import MUTATORS, semantic_mutants  # noqa: E402
from assistant.validate import validate  # noqa: E402


def load_corpus() -> list[tuple[str, str]]:
    import re

    cases = []
    for path in sorted((ROOT / "tests" / "data" / "validator").glob("*.sql")):
        if path.name == "wrong.sql":
            continue  # the validator's known-bad queries, not part of the correct corpus
        text = path.read_text(encoding="utf-8")
        marks = list(re.finditer(r"^-- name: (\S+)\s*$", text, re.M))
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
            cases.append((m.group(1), text[m.end() : end].strip() + "\n"))
    return cases


def best(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return min(runs)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--catalog", type=Path, help="catalog artifact (default: build the sample corpus)"
    )
    parser.add_argument("--rows", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    if args.catalog:
        catalog = Catalog.load(args.catalog)
    else:
        from ingest.build import build_catalog

        catalog = build_catalog(ROOT / "data" / "viewpoint_documentation")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "shadow.duckdb"
        t = time.perf_counter()
        info = build_shadow(catalog, path, seed=0, rows=args.rows)
        build_s = time.perf_counter() - t
        print(
            f"build: {info.tables} tables, {info.views} views, {info.total_rows:,} rows, "
            f"{info.links} links honoured, {len(info.empty_tables)} empty tables, {len(info.cut_links)} links cut "
            f"-> {build_s:.1f} s (target < 60 s)"
        )

        stage = dry_run_stage(path)
        corpus = load_corpus()
        static_t, dry_t = [], []
        rejects, infos, ran = [], 0, 0
        for name, sql in corpus:
            static_t.append(best(lambda: validate(sql, catalog), args.repeat))
            dry_t.append(best(lambda: validate(sql, catalog, stages=(stage,)), args.repeat))
            stage_only = stage(sql, catalog)
            if any(f.severity == "error" for f in stage_only):
                rejects.append(name)
            infos += any(f.severity == "info" for f in stage_only)
            ran += not stage_only
        s50, d50 = statistics.median(static_t), statistics.median(dry_t)
        print(
            f"corpus: {len(corpus)} correct queries; dry-run ran {ran}, could not run {infos} (info); "
            f"false rejects added: {len(rejects)} {rejects if rejects else ''}"
        )
        print(
            f"per query: static p50 {s50 * 1000:.2f} ms p95 {pct(static_t, 0.95) * 1000:.2f} ms | "
            f"static+dry-run p50 {d50 * 1000:.2f} ms p95 {pct(dry_t, 0.95) * 1000:.2f} ms | "
            f"dry-run alone p50 {(d50 - s50) * 1000:.2f} ms | ratio {d50 / s50:.1f}x"
        )

        total, static, extra = Counter(), Counter(), Counter()
        for _, sql in corpus:
            for mutant in semantic_mutants(sql, catalog):
                total[mutant.kind] += 1
                if validate(mutant.sql, catalog).verdict == "fail":
                    static[mutant.kind] += 1
                elif validate(mutant.sql, catalog, stages=(stage,)).verdict == "fail":
                    extra[mutant.kind] += 1
        print(
            "semantic mutants: class | seeded | caught by static | extra caught by dry-run | missed"
        )
        for kind in MUTATORS:
            missed = total[kind] - static[kind] - extra[kind]
            print(f"  {kind:20} {total[kind]:5} {static[kind]:8} {extra[kind]:8} {missed:6}")
        t_all, s_all, e_all = sum(total.values()), sum(static.values()), sum(extra.values())
        print(
            f"  {'all':20} {t_all:5} {s_all:8} {e_all:8} {t_all - s_all - e_all:6}"
            f"  (dry-run recall on what static misses: {e_all / max(1, t_all - s_all):.1%})"
        )
        stage.con.close()


if __name__ == "__main__":
    main()
