"""Retrieval benchmark: latency over 200 questions and recall@5/@10 of the needed tables.

Usage: .venv/bin/python benchmarks/bench_retrieval.py [--root DIR] [--questions FILE] [--heldout FILE]
       [--reports FILE] [--fresh FILE] [--blind FILE] [--dev FILE] [--blind2 FILE] [--baseline DIR]
       [--json] [--misses]

Uses the index and catalog under ``--root`` (default: the project; run ``vgpt ingest``
first). Latency excludes model load: the model is loaded and warmed before timing.
Recall is measured on two labelled sets (business phrasing, tables each question needs),
for the full retriever and for a plain top-k over the table chunks without examples or
join expansion, so the gain shows:

- tuning: ``tests/data/retrieval_questions.jsonl``, the set the ranking weights in
  ``assistant/retrieval/ranking.py`` were swept on, so its figures are optimistic;
- held-out: ``tests/data/retrieval_heldout.jsonl``, other questions labelled from the
  catalog without looking at the retriever's output and never used for tuning: the
  unbiased figure. Do not tune on it (``--heldout ''`` skips it);
- reports: ``tests/data/retrieval_reports.jsonl``, report-style questions that need 4 to 6
  tables each (lookups included), written and labelled from the catalog before any run on
  them; held out like the previous set (``--reports ''`` skips it);
- fresh: ``tests/data/retrieval_fresh.jsonl``, 60 questions (half of them reports) written
  in session 4 by someone who never saw the retriever's code or output, after the held-out
  sets had been looked at for two sessions (``--fresh ''`` skips it);
- blind: ``tests/data/retrieval_blind.jsonl``, 50 questions (half of them reports) written the
  same way in session 5, after the fresh set's overall figure had been printed beside every
  experiment of two sessions (``--blind ''`` skips it);
- dev: ``tests/data/retrieval_dev.jsonl``, 77 questions (most of them reports) written blind in
  session 6, then read miss by miss beside the tuning set: a second tuning set;
- blind2: ``tests/data/retrieval_blind2.jsonl``, 64 questions (40 reports) written blind in
  session 6 by another writer, measured but never read: the least biased figure.

``--baseline DIR`` also runs the benchmark of another checkout (for example today's ranking:
``git worktree add DIR <commit>``, then ``vgpt ingest`` there) on the same question files,
in a subprocess with that checkout's code and index, and prints both side by side.
Latency is printed whole and for ranking alone (everything but the question's
embedding, which dominates on a busy CPU).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import NoReturn

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.retrieval.retrieve import open_retriever  # noqa: E402
from assistant.settings import load_settings  # noqa: E402

DATA = ROOT / "tests" / "data"
# the sets besides the tuning set, in the order they were written: (option, default file, what it is)
EXTRA_SETS = (
    ("heldout", DATA / "retrieval_heldout.jsonl", "the held-out set, never used for tuning"),
    (
        "reports",
        DATA / "retrieval_reports.jsonl",
        "the report-style held-out set, 4+ tables a question",
    ),
    (
        "fresh",
        DATA / "retrieval_fresh.jsonl",
        "the set written blind to the retriever, half reports",
    ),
    ("blind", DATA / "retrieval_blind.jsonl", "the set written blind in session 5, half reports"),
    (
        "dev",
        DATA / "retrieval_dev.jsonl",
        "the second tuning set: written blind in session 6, then read miss by miss",
    ),
    (
        "blind2",
        DATA / "retrieval_blind2.jsonl",
        "the set written blind in session 6 beside dev, never read",
    ),
)


def recall(ranked: list[str], needed: list[str], k: int) -> float:
    top = {n.lower() for n in ranked[:k]}
    return sum(1 for n in needed if n.lower() in top) / len(needed)


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    idx = min(len(values) - 1, max(0, round(q / 100 * (len(values) - 1))))
    return values[idx]


def _fail(message: str) -> NoReturn:
    print(f"bench_retrieval: {message}", file=sys.stderr)
    raise SystemExit(2)


def load_labelled(path: Path) -> list[dict]:
    """The labelled questions of a JSONL file; a missing file or a bad line exits 2 naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"cannot read {path}: {exc}")
    out = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            _fail(f"{path}:{number}: not JSON: {exc.msg}")
        if (
            not isinstance(row, dict)
            or not isinstance(row.get("question"), str)
            or not (isinstance(row.get("tables"), list) and row["tables"])
        ):
            _fail(f"{path}:{number}: needs a 'question' and a list of 'tables'")
        out.append(row)
    return out


def run_baseline(
    directory: Path, questions: Path, sets: dict[str, Path], n: int, budget: int
) -> dict:
    """The other checkout's figures: one run of its own benchmark per extra set (its code may know only --heldout)."""
    import subprocess

    out: dict = {"sets": {}}
    script = directory / "benchmarks" / "bench_retrieval.py"
    # the sets its version knows (its --help says), each skipped: the one measured is passed as --heldout
    known = subprocess.run(
        [sys.executable, str(script), "--help"], cwd=directory, capture_output=True, text=True
    ).stdout.split()
    options = [f"--{name}" for name, _, _ in EXTRA_SETS[1:] if f"--{name}" in known]
    for i, (name, path) in enumerate(sets.items()):
        cmd = [
            sys.executable,
            str(script),
            "--root",
            str(directory),
            "--questions",
            str(questions),
            "--heldout",
            str(path),
            "--n",
            str(n if i == 0 else 1),
            "--budget",
            str(budget),
            "--json",
        ]
        cmd += [arg for option in options for arg in (option, "")]
        done = subprocess.run(cmd, cwd=directory, capture_output=True, text=True, check=True)
        data = json.loads(done.stdout.strip().splitlines()[-1])
        out["sets"]["tuning"] = data["sets"]["tuning"]
        out["sets"][name] = data["sets"]["heldout"]
        if i == 0:
            out["latency_ms"] = data["latency_ms"]
    return out


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
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="project root holding .vgpt/ (catalog and index)"
    )
    parser.add_argument(
        "--questions",
        type=Path,
        default=DATA / "retrieval_questions.jsonl",
        help="the tuning set (the weights were swept on it); also cycled for latency",
    )
    for name, path, said in EXTRA_SETS:
        parser.add_argument(f"--{name}", default=str(path), help=f"{said} ('' to skip)")
    parser.add_argument(
        "--baseline",
        type=Path,
        default=None,
        help="another checkout (with its own ingested index) to compare with, e.g. today's ranking",
    )
    parser.add_argument("--n", type=int, default=200, help="questions timed for latency")
    parser.add_argument("--budget", type=int, default=1500)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--misses", action="store_true", help="print the questions whose tables were missed at 10"
    )
    args = parser.parse_args()

    # the question files first: a bad one fails before the model loads
    sets = {"tuning": (args.questions, load_labelled(args.questions))}
    for name, _, _ in EXTRA_SETS:
        given = getattr(args, name)
        if given:
            sets[name] = (Path(given), load_labelled(Path(given)))
    labelled = sets["tuning"][1]

    settings = load_settings(root=args.root)
    t0 = time.perf_counter()
    retriever = open_retriever(settings)
    retriever.retrieve("warm up the model", k=10)
    load_s = time.perf_counter() - t0

    # latency: 200 questions (the tuning set, cycled with light variations so no cache helps)
    prompts = [
        f"{q['question']}" if i < len(labelled) else f"{q['question']} (variant {i})"
        for i, q in ((i, labelled[i % len(labelled)]) for i in range(args.n))
    ]
    latencies, ranking = [], []
    for p in prompts:
        start = time.perf_counter()
        context = retriever.retrieve(p, k=10, budget_tokens=args.budget)
        latencies.append((time.perf_counter() - start) * 1000)
        timings = context.timings or {}
        ranking.append((timings.get("total", 0.0) - timings.get("embed", 0.0)) * 1000)

    recalls, misses = {}, {}
    for name, (_, questions) in sets.items():
        recalls[name], misses[name] = measure(retriever, questions, args.budget)
    result = {
        "questions_timed": len(latencies),
        "latency_ms": {
            "p50": round(percentile(latencies, 50), 1),
            "p95": round(percentile(latencies, 95), 1),
            "mean": round(statistics.mean(latencies), 1),
            "ranking_p50": round(percentile(ranking, 50), 1),
            "ranking_p95": round(percentile(ranking, 95), 1),
        },
        "model_and_index_load_s": round(load_s, 2),
        # the tuning set, under the keys earlier runs reported, so old and new figures compare
        "labelled_questions": len(labelled),
        "recall": recalls["tuning"],
        "sets": {
            name: {"file": str(path), "questions": len(questions), "recall": recalls[name]}
            for name, (path, questions) in sets.items()
        },
        "schema_chunks": retriever.ranker.chunks,
    }
    if args.baseline is not None:
        extra = {name: path for name, (path, _) in sets.items() if name != "tuning"}
        result["baseline"] = run_baseline(
            args.baseline.resolve(),
            args.questions.resolve(),
            {k: v.resolve() for k, v in extra.items()},
            args.n,
            args.budget,
        )
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"retrieval over {result['schema_chunks']} schema chunks (load {result['model_and_index_load_s']} s, excluded)"
        )
        lat = result["latency_ms"]
        print(
            f"latency over {len(latencies)} questions: p50 {lat['p50']} ms, p95 {lat['p95']} ms (target p50 <= 50 ms); "
            f"ranking alone (no question embedding) p50 {lat['ranking_p50']} ms, p95 {lat['ranking_p95']} ms"
        )
        print(
            "recall of needed tables (plain = top-k over table chunks: no word bonus, examples or join expansion;"
        )
        print(
            "tuning, dev = the sets the weights were swept on; heldout, reports, fresh = never swept on but"
        )
        print(
            "  read miss by miss in earlier sessions; blind, blind2 = written without seeing the retriever,"
            " never read):"
        )
        print(f"  {'':28} {'set':<8} {'questions':>9} {'@5':>7} {'@10':>7}")
        for method, label in (
            ("full", "schema-aware retrieval"),
            ("plain", "plain top-k table chunks"),
        ):
            for name, (_, questions) in sets.items():
                r = recalls[name]
                print(
                    f"  {label:28} {name:<8} {len(questions):>9} {r[method + '@5']:>7.3f} {r[method + '@10']:>7.3f}"
                )
        if "baseline" in result:
            base = result["baseline"]
            print(f"against {args.baseline} (its own code and index), schema-aware retrieval:")
            print(
                f"  {'set':<8} {'questions':>9} {'before @5':>10} {'after @5':>9} {'before @10':>11} {'after @10':>10}"
            )
            for name, (_, questions) in sets.items():
                b, a = base["sets"].get(name, {}).get("recall", {}), recalls[name]
                print(
                    f"  {name:<8} {len(questions):>9} {b.get('full@5', float('nan')):>10.3f} {a['full@5']:>9.3f} "
                    f"{b.get('full@10', float('nan')):>11.3f} {a['full@10']:>10.3f}"
                )
            bl = base.get("latency_ms", {})
            print(f"  latency p50: before {bl.get('p50')} ms, after {lat['p50']} ms")
    if args.misses:
        for name, missed in misses.items():
            for m in missed:
                print(json.dumps({"set": name, **m}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
