"""Chat latency: time to first token and time to the final validated answer.

Runs the app's own drafting flow (``assistant.app.answer.draft_reply``: retrieval, the
model streaming, validation, self-correction, re-validation) on a few questions,
with the CPU default model (SmolLM2-135M-Instruct) unless settings name another.
Model load is reported apart: it is paid once per server, not per question.

    .venv/bin/python benchmarks/bench_chat.py [--questions N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUESTIONS = [
    "list open contracts for company 1 with billed to date",
    "show unpaid AP invoices for company 1",
    "which jobs are open in company 1",
    "total AR invoiced by customer for company 1",
    "list vendors with their names for vendor group 1",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--questions", type=int, default=len(QUESTIONS))
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    from assistant.app import answer as logic
    from assistant.catalog import Catalog
    from assistant.runtime import Runtime
    from assistant.settings import load_settings

    settings = load_settings(root=ROOT)
    if not settings.catalog_path.exists() or not settings.index_dir.exists():
        from ingest.index import ingest

        print("ingesting the sample docs first ...", file=sys.stderr)
        ingest(settings)
    deps = Runtime(settings=settings, catalog=Catalog.load(settings.catalog_path))

    t0 = time.perf_counter()
    backend = deps.backend()
    load_s = time.perf_counter() - t0
    if backend is None:
        print(f"no model backend: {deps.backend_problem}", file=sys.stderr)
        return 1
    deps.retrieve("warm up the retriever")  # embedder load, paid once per server too

    rows = []
    for question in QUESTIONS[: args.questions]:
        first: list[float] = []
        started = time.perf_counter()

        def on_token(_token: str) -> None:
            if not first:
                first.append(time.perf_counter() - started)

        reply = logic.draft_reply(question, deps, logic.Options(company=1), on_token=on_token)
        total = time.perf_counter() - started
        rows.append(
            {
                "question": question,
                "first_token_s": round(first[0], 3) if first else None,
                "final_answer_s": round(total, 3),
                "verdict": reply.verdict,
                "attempts": len(reply.attempts),
            }
        )
        if not args.json:
            print(
                f"{rows[-1]['first_token_s']!s:>7}s first token  {total:7.2f}s final  {reply.verdict:9}  "
                f"{len(reply.attempts)} attempt(s)  {question}",
                file=sys.stderr,
            )

    ttft = [r["first_token_s"] for r in rows if r["first_token_s"] is not None]
    finals = [r["final_answer_s"] for r in rows]
    summary = {
        "model": getattr(backend, "name", settings.backend),
        "device": "cpu" if not _cuda() else "cuda",
        "threads": settings.threads,
        "machine": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "load_average_1m": round(
            os.getloadavg()[0], 2
        ),  # a shared machine's load changes the figures
        "model_load_s": round(load_s, 2),
        "first_token_p50_s": round(statistics.median(ttft), 3) if ttft else None,
        "final_answer_p50_s": round(statistics.median(finals), 3),
        "final_answer_max_s": round(max(finals), 3),
        "validated": sum(r["verdict"] == "validated" for r in rows),
        "questions": len(rows),
        "rows": rows,
    }
    if args.json:
        print(json.dumps(summary))
    else:
        print(
            f"model {summary['model']} on {summary['device']} ({summary['threads']} thread(s)), load {load_s:.1f}s; "
            f"{summary['cpus']} CPUs, load average {summary['load_average_1m']}\n"
            f"time to first token   p50 {summary['first_token_p50_s']}s\n"
            f"time to final answer  p50 {summary['final_answer_p50_s']}s, max {summary['final_answer_max_s']}s\n"
            f"validated {summary['validated']}/{summary['questions']}"
        )
    return 0


def _cuda() -> bool:
    try:
        import torch

        return torch.cuda.is_available()
    except ImportError:
        return False


if __name__ == "__main__":
    raise SystemExit(main())
