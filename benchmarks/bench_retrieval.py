"""Retrieval benchmark: latency over 200 questions and recall@5/@10 of the needed tables.

Usage: .venv/bin/python benchmarks/bench_retrieval.py [--root DIR] [--questions FILE] [--heldout FILE] [--json]

Uses the index and catalog under ``--root`` (default: the project; run ``vgpt ingest``
first). Latency excludes model load: the model is loaded and warmed before timing.
Recall is measured on two labelled sets (business phrasing, tables each question needs),
for the full retriever and for a plain top-k over the table chunks without examples or
join expansion, so the gain shows:

- tuning: ``tests/data/retrieval_questions.jsonl``, the set the ranking weights in
  ``assistant/retrieval/ranking.py`` were swept on, so its figures are optimistic;
- held-out: ``tests/data/retrieval_heldout.jsonl``, other questions labelled from the
  catalog without looking at the retriever's output and never used for tuning: the
  unbiased figure. Do not tune on it (``--heldout ''`` skips it).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.retrieval.retrieve import open_retriever  # noqa: E402
from assistant.settings import load_settings  # noqa: E402


def recall(ranked: list[str], needed: list[str], k: int) -> float:
    top = {n.lower() for n in ranked[:k]}
    return sum(1 for n in needed if n.lower() in top) / len(needed)


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    idx = min(len(values) - 1, max(0, round(q / 100 * (len(values) - 1))))
    return values[idx]


def load_labelled(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def measure(retriever, labelled: list[dict], budget: int) -> tuple[dict[str, float], list[dict]]:
    """Mean recall@5/@10 of the needed tables (full retriever and plain top-k), and the misses at 10."""
    rows = {"full@5": [], "full@10": [], "plain@5": [], "plain@10": []}
    misses = []
    for q in labelled:
        vector = retriever.embed(q["question"])
        full = retriever.retrieve(q["question"], k=10, budget_tokens=budget).table_names
        plain = retriever.rank_plain(q["question"], k=10, vector=vector)
        rows["full@5"].append(recall(full, q["tables"], 5))
        rows["full@10"].append(recall(full, q["tables"], 10))
        rows["plain@5"].append(recall(plain, q["tables"], 5))
        rows["plain@10"].append(recall(plain, q["tables"], 10))
        if rows["full@10"][-1] < 1:
            misses.append({"question": q["question"], "needed": q["tables"], "got": full})
    return {k: round(statistics.mean(v), 3) for k, v in rows.items()}, misses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="project root holding .vgpt/ (catalog and index)")
    parser.add_argument("--questions", type=Path, default=ROOT / "tests" / "data" / "retrieval_questions.jsonl",
                        help="the tuning set (the weights were swept on it); also cycled for latency")
    parser.add_argument("--heldout", default=str(ROOT / "tests" / "data" / "retrieval_heldout.jsonl"),
                        help="the held-out set, never used for tuning ('' to skip)")
    parser.add_argument("--n", type=int, default=200, help="questions timed for latency")
    parser.add_argument("--budget", type=int, default=1500)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="print the questions whose tables were missed at 10")
    args = parser.parse_args()

    settings = load_settings(root=args.root)
    t0 = time.perf_counter()
    retriever = open_retriever(settings)
    retriever.retrieve("warm up the model", k=10)
    load_s = time.perf_counter() - t0
    sets = {"tuning": (args.questions, load_labelled(args.questions))}
    if args.heldout:
        sets["heldout"] = (Path(args.heldout), load_labelled(Path(args.heldout)))
    labelled = sets["tuning"][1]

    # latency: 200 questions (the tuning set, cycled with light variations so no cache helps)
    prompts = [f"{q['question']}" if i < len(labelled) else f"{q['question']} (variant {i})"
               for i, q in ((i, labelled[i % len(labelled)]) for i in range(args.n))]
    latencies = []
    for p in prompts:
        start = time.perf_counter()
        retriever.retrieve(p, k=10, budget_tokens=args.budget)
        latencies.append((time.perf_counter() - start) * 1000)

    recalls, misses = {}, {}
    for name, (_, questions) in sets.items():
        recalls[name], misses[name] = measure(retriever, questions, args.budget)
    result = {
        "questions_timed": len(latencies),
        "latency_ms": {"p50": round(percentile(latencies, 50), 1), "p95": round(percentile(latencies, 95), 1),
                       "mean": round(statistics.mean(latencies), 1)},
        "model_and_index_load_s": round(load_s, 2),
        # the tuning set, under the keys earlier runs reported, so old and new figures compare
        "labelled_questions": len(labelled),
        "recall": recalls["tuning"],
        "sets": {name: {"file": str(path), "questions": len(questions), "recall": recalls[name]}
                 for name, (path, questions) in sets.items()},
        "schema_chunks": retriever.ranker.chunks,
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"retrieval over {result['schema_chunks']} schema chunks (load {result['model_and_index_load_s']} s, excluded)")
        print(f"latency over {len(latencies)} questions: p50 {result['latency_ms']['p50']} ms, p95 {result['latency_ms']['p95']} ms (target p50 <= 50 ms)")
        print("recall of needed tables (plain = top-k over table chunks: no word bonus, examples or join expansion;")
        print("tuning = the set the weights were swept on, heldout = never used for tuning, the unbiased figure):")
        print(f"  {'':28} {'set':<8} {'questions':>9} {'@5':>7} {'@10':>7}")
        for method, label in (("full", "schema-aware retrieval"), ("plain", "plain top-k table chunks")):
            for name, (_, questions) in sets.items():
                r = recalls[name]
                print(f"  {label:28} {name:<8} {len(questions):>9} {r[method + '@5']:>7.3f} {r[method + '@10']:>7.3f}")
    if args.misses:
        for name, missed in misses.items():
            for m in missed:
                print(json.dumps({"set": name, **m}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
