"""Plan mode against today's free-SQL path, in one run: validated answers, invented identifiers, execution
match, latency and the grammar's per-token cost, for the base model and a tuned adapter.

    .venv/bin/python benchmarks/bench_drafting.py [--adapter artifacts/adapters/smollm2-plan]
        [--eval-cases 40] [--question-cases 30] [--systems plan plan-free plan-server plan-transformers sql ...]
        [--subset 20] [--limit N] [--out artifacts/bench_drafting.jsonl] [--report]

Cases (held out): the dataset's plan eval split (``vgpt dataset build``; split by table family), one
question per paraphrase group, with its gold SQL; and the labelled business questions
(``finetune/eval_questions.jsonl``: the tables they need, no gold SQL). Every case goes through the
real retriever, the real model and the real validator with the shadow dry run, as ``vgpt ask`` does
in a warm process (the model is loaded and retrieval warmed before the first timed case).

Systems, each for base and (with ``--adapter``) tuned. The default engine is llama.cpp (backend "auto"
on a CPU: the model's F16 GGUF; the tuned one merged and written by ``assistant.backends.gguf_convert``):

- ``plan``: plan mode, llama.cpp, constrained by llguidance (the new default path);
- ``sql``: today's free T-SQL with self-correction (``assistant.drafting.generate.draft``) on the same engine,
  so the two modes differ in nothing else;
- ``sql-transformers``: today's path as it ran before, free SQL on transformers (latency reference);
- ``plan-transformers``: plan mode on transformers, constrained by llguidance;
- ``plan-server``: plan mode through a real llama-cpp-python server that takes the GBNF in the request;
- ``plan-free``: plan mode on llama.cpp *without* the grammar (what the grammar prevents, and its cost).

Every system but ``plan`` runs on the first ``--subset`` cases only: free SQL with self-correction
takes 30-100 s a case on 2 cores, and the reference systems answer narrower questions. Systems run
in the order given, each for every model, so a stopped run has the first ones complete.

Figures per system: validated answers; invented identifiers in what the model emitted (a
``View.Column`` or code outside the listing in plan mode; unknown tables and columns in SQL mode),
per model call; execution match against the gold SQL on two shadow databases (eval split only);
latency p50/p95; decode tokens/s and llguidance's mask time per token.

Results are appended to ``--out`` one JSON line per (system, case), so a run can be stopped and
resumed; ``--report`` prints the table from that file alone. Run it in the background:

    nohup .venv/bin/python benchmarks/bench_drafting.py --adapter artifacts/adapters/smollm2-plan > bench.log 2>&1 &
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SYSTEMS = ("plan", "plan-free", "plan-server", "plan-transformers", "sql", "sql-transformers")
SUBSET = {"sql", "plan-free", "plan-server", "plan-transformers", "sql-transformers"}
LABELS = {
    "plan": "plan, llama.cpp + llguidance",
    "plan-free": "plan, llama.cpp, no grammar",
    "plan-server": "plan, llama.cpp server + GBNF",
    "plan-transformers": "plan, transformers + llguidance",
    "sql": "free SQL (today's loop), llama.cpp",
    "sql-transformers": "free SQL (today), transformers",
}
ENGINE = {
    "plan": "llamacpp",
    "plan-free": "llamacpp",
    "plan-server": "server",
    "plan-transformers": "transformers",
    "sql": "llamacpp",
    "sql-transformers": "transformers",
}


# -- cases --------------------------------------------------------------------------


def load_cases(settings, eval_cases: int, question_cases: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    out: list[dict] = []
    path = settings.resolve(settings.state_dir) / "dataset" / "plan_eval.json"
    if eval_cases and path.exists():
        rows = json.loads(path.read_text(encoding="utf-8"))
        groups: dict[str, dict] = {}
        for row in rows:
            groups.setdefault(row["group"], row)  # one paraphrase per question
        picked = rng.sample(sorted(groups), min(eval_cases, len(groups)))
        for key in picked:
            row = groups[key]
            out.append(
                {
                    "id": row["id"],
                    "source": "eval-split",
                    "question": row["question"],
                    "gold_sql": row["sql"],
                    "gold_plan": row["output"],
                    "tables": row["views"],
                }
            )
    elif eval_cases:
        print(f"(no {path}: run `vgpt dataset build`; eval-split cases skipped)", file=sys.stderr)
    questions = [
        json.loads(line)
        for line in (ROOT / "finetune" / "eval_questions.jsonl").read_text().splitlines()
        if line.strip()
    ]
    for i in sorted(rng.sample(range(len(questions)), min(question_cases, len(questions)))):
        q = questions[i]
        out.append(
            {
                "id": f"q{i + 1}",
                "source": "questions",
                "question": q["question"],
                "gold_sql": None,
                "gold_plan": None,
                "tables": q.get("tables") or [],
            }
        )
    rng.shuffle(out)  # both sources in any prefix (--subset, --limit)
    return out


# -- systems ------------------------------------------------------------------------


def model_gguf(settings, adapter: Path | None) -> Path:
    """The GGUF llama.cpp runs for a model: the tuned one merged (written once), else the prepared F16."""
    from assistant.backends import default_model_path
    from assistant.backends.gguf_convert import adapter_gguf, prepared_gguf

    return (
        adapter_gguf(adapter)
        if adapter is not None
        else prepared_gguf(default_model_path(settings))
    )


def make_backend(system: str, settings, adapter: Path | None, server_url: str | None):
    engine = ENGINE[system]
    if engine == "transformers":
        from assistant.backends import default_model_path
        from assistant.backends.transformers_backend import TransformersBackend

        return TransformersBackend(
            default_model_path(settings),
            adapter_path=adapter,
            threads=settings.threads,
            max_new_tokens=settings.max_new_tokens,
        )
    if engine == "llamacpp":
        from assistant.backends.llamacpp_backend import LlamaCppBackend

        backend = LlamaCppBackend(
            model_gguf(settings, adapter),
            threads=settings.threads,
            max_new_tokens=settings.max_new_tokens,
        )
        return Unconstrained(backend) if system == "plan-free" else backend
    from assistant.backends.openai_backend import OpenAIBackend

    return OpenAIBackend(server_url, grammar="llamacpp", max_new_tokens=settings.max_new_tokens)


class Unconstrained:
    """A backend seen as one that takes no grammar (plan mode then decodes freely and says so)."""

    grammar_mode = "none"

    def __init__(self, backend) -> None:
        self.backend = backend
        self.name = backend.name + " (no grammar)"

    def generate(self, messages, **kwargs):
        kwargs.pop("grammar", None)
        return self.backend.generate(messages, **kwargs)

    @property
    def last_stats(self):
        return self.backend.last_stats


def start_server(gguf: Path) -> tuple[Any, str]:
    """llama-cpp-python's OpenAI-compatible server for ``gguf`` on a free loopback port, 4,096 tokens
    of context, its log in artifacts/bench-llama-server.log; the run stops if it does not answer."""
    from assistant.backends.llamacpp_backend import start_server as start_llama_server
    from assistant.errors import BackendError

    try:
        return start_llama_server(
            gguf, log_path=ROOT / "artifacts" / "bench-llama-server.log", n_ctx=4096, timeout=180
        )
    except BackendError as exc:
        raise SystemExit(str(exc)) from exc


# -- one case -----------------------------------------------------------------------


def run_case(system: str, case: dict, *, backend, runtime, settings, exec_match) -> dict:
    from assistant.drafting.generate import draft
    from assistant.drafting.plan_draft import draft_plan, invented_names, settle_plan
    from assistant.drafting.plan_prompt import listed_views
    from finetune import metrics

    started = time.perf_counter()
    error = None
    try:
        context = runtime.retrieve(case["question"])
        if system.startswith("sql"):
            result = draft(
                case["question"],
                catalog=runtime.catalog,
                retriever=_Fixed(context),
                backend=backend,
                settings=settings,
                stages=runtime.stages(),
            )
        else:
            result = draft_plan(
                case["question"],
                catalog=runtime.catalog,
                retriever=None,
                backend=backend,
                settings=settings,
                stages=runtime.stages(),
                context=context,
            )
    except Exception as exc:  # one broken case is a failed case, with its reason
        result, error = None, f"{type(exc).__name__}: {exc}"
    latency = time.perf_counter() - started
    row: dict[str, Any] = {
        "system": system,
        "id": case["id"],
        "source": case["source"],
        "question": case["question"],
        "latency_s": round(latency, 3),
        "error": error,
    }
    if result is None:
        return {
            **row,
            "validated": False,
            "invented": 0,
            "emissions": 0,
            "exec_match": False if case["gold_sql"] else None,
        }
    invented, emissions = 0, 0
    if system.startswith("sql"):
        for attempt in result.attempts:
            if attempt.source == "model":
                emissions += 1
                invented += metrics.hallucinations(attempt.report)
    else:
        from assistant.drafting.plan_draft import context_objects

        objects = context_objects(result.context)
        views = listed_views(objects, runtime.catalog)
        widened = [n for n in result.notes if n.startswith("widened")]
        for attempt, stats in zip(result.attempts, result.generation):
            emissions += 1
            cut = (stats.get("new_tokens") or 0) >= min(160, settings.max_new_tokens)
            _, rendered, _ = settle_plan(attempt.raw, cut=cut)
            shown = (
                views
                if not widened
                else listed_views(objects + _widened_views(result), runtime.catalog)
            )
            invented += len(invented_names(rendered if cut else attempt.raw, shown))
    matched = None
    if case["gold_sql"]:
        matched = bool(
            result.verdict == "pass" and result.sql and exec_match(result.sql, case["gold_sql"])
        )
    tokens = [g.get("new_tokens") or 0 for g in result.generation] if result.generation else []
    seconds = [g.get("seconds") or 0 for g in result.generation] if result.generation else []
    masks = [
        g["mask_ms_per_token"] for g in result.generation if g.get("mask_ms_per_token") is not None
    ]
    return {
        **row,
        "validated": result.verdict == "pass",
        "invented": invented,
        "emissions": emissions,
        "exec_match": matched,
        "attempts": len(result.attempts),
        "plan": result.plan,
        "sql": result.sql,
        "first_raw": (result.attempts[0].raw if result.attempts else "")[:400],
        "errors": sorted({f.code for f in result.report.errors}),
        "notes": list(result.notes),
        "new_tokens": sum(tokens),
        "generate_s": round(sum(seconds), 3),
        "prompt_tokens": [g.get("prompt_tokens") for g in result.generation],
        "mask_ms_per_token": statistics.mean(masks) if masks else None,
        "timings": {k: round(v, 3) for k, v in result.timings.items()},
    }


def _widened_views(result) -> list[str]:
    names = []
    for note in result.notes:
        if note.startswith("widened the context with "):
            names += note[len("widened the context with ") :].split(" after:")[0].split(", ")
    return names


class _Fixed:
    """The context retrieved for the case (retrieval is timed once, for every system alike)."""

    def __init__(self, context) -> None:
        self.context = context

    def retrieve(self, question, k=8, budget_tokens=1500):
        return self.context


# -- report -------------------------------------------------------------------------


def pct(values: list[float], q: float) -> float | None:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else None


def summarise(rows: list[dict]) -> dict:
    gold = [r for r in rows if r["exec_match"] is not None]
    lat = [r["latency_s"] for r in rows]
    tps = [r["new_tokens"] / r["generate_s"] for r in rows if r.get("generate_s")]
    masks = [r["mask_ms_per_token"] for r in rows if r.get("mask_ms_per_token") is not None]
    return {
        "n": len(rows),
        "validated": sum(r["validated"] for r in rows) / len(rows) if rows else None,
        "invented_total": sum(r["invented"] for r in rows),
        "invented_per_emission": (
            sum(r["invented"] for r in rows) / max(1, sum(r["emissions"] for r in rows))
        ),
        "exec_match": sum(bool(r["exec_match"]) for r in gold) / len(gold) if gold else None,
        "exec_n": len(gold),
        "latency_p50": pct(lat, 0.5),
        "latency_p95": pct(lat, 0.95),
        "tokens_per_s": statistics.median(tps) if tps else None,
        "mask_ms": statistics.median(masks) if masks else None,
        "errors": sum(1 for r in rows if r["error"]),
    }


def report(path: Path) -> str:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    by: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        by.setdefault((r["model"], r["system"]), []).append(r)
    lines = [
        "| model | system | cases | validated | invented identifiers (per model call) | exec match (eval split) "
        "| latency p50 / p95 s | tokens/s (incl. prefill) | mask ms/token |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for (model, system), items in sorted(
        by.items(), key=lambda kv: (kv[0][0], SYSTEMS.index(kv[0][1]))
    ):
        s = summarise(items)
        em = f"{s['exec_match']:.0%} of {s['exec_n']}" if s["exec_match"] is not None else "–"
        mask = "–" if s["mask_ms"] is None else f"{s['mask_ms']:.2f}"
        lines.append(
            f"| {model} | {LABELS[system]} | {s['n']} | {s['validated']:.0%} | {s['invented_total']} "
            f"({s['invented_per_emission']:.2f}) | {em} | {s['latency_p50']:.1f} / {s['latency_p95']:.1f} | "
            f"{(s['tokens_per_s'] or 0):.1f} | {mask} |"
        )
    return "\n".join(lines)


# -- main ---------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--adapter", type=Path, default=None, help="a tuned LoRA adapter (vgpt train)"
    )
    parser.add_argument("--eval-cases", type=int, default=40)
    parser.add_argument("--question-cases", type=int, default=30)
    parser.add_argument("--systems", nargs="+", default=list(SYSTEMS), choices=SYSTEMS)
    parser.add_argument("--subset", type=int, default=20, help="cases for the reference systems")
    parser.add_argument("--models", nargs="+", default=["base", "tuned"], choices=["base", "tuned"])
    parser.add_argument(
        "--limit", type=int, default=None, help="at most this many cases per system"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "artifacts" / "bench_drafting.jsonl")
    parser.add_argument("--report", action="store_true", help="print the table from --out and stop")
    args = parser.parse_args()
    if args.report:
        print(report(args.out))
        return

    from assistant.backends.llamacpp_backend import stop_server
    from assistant.runtime import Runtime
    from assistant.settings import load_settings
    from finetune.evaluate import shadow_exec_match

    settings = load_settings(ROOT)
    runtime = Runtime.load(settings)
    cases = load_cases(settings, args.eval_cases, args.question_cases)
    if args.limit:
        cases = cases[: args.limit]
    exec_match, note = shadow_exec_match(settings, runtime.catalog)
    print(
        f"{len(cases)} cases; execution match {note}; load average {os.getloadavg()[0]:.1f}",
        file=sys.stderr,
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    done = set()
    if args.out.exists():
        for line in args.out.read_text().splitlines():
            if line.strip():
                r = json.loads(line)
                done.add((r["model"], r["system"], r["id"]))
    runtime.retrieve("warm up the retriever")
    models = [m for m in args.models if m == "base" or args.adapter is not None]
    if "tuned" in args.models and args.adapter is None:
        print("(no --adapter: base only)", file=sys.stderr)
    server = None
    for system in args.systems:
        for model in models:
            adapter = args.adapter if model == "tuned" else None
            scope = cases[: args.subset] if system in SUBSET else cases
            todo = [c for c in scope if (model, system, c["id"]) not in done]
            if not todo:
                continue
            url = None
            if system == "plan-server":
                server, url = start_server(model_gguf(settings, adapter))
            backend = make_backend(system, settings, adapter, url)
            for case in todo:
                row = run_case(
                    system,
                    case,
                    backend=backend,
                    runtime=runtime,
                    settings=settings,
                    exec_match=exec_match,
                )
                row["model"] = model
                row["load_average"] = round(os.getloadavg()[0], 2)
                with args.out.open("a", encoding="utf-8") as f:
                    f.write(json.dumps(row) + "\n")
                print(
                    f"{model:5s} {system:17s} {case['id']:20s} {'PASS' if row['validated'] else 'fail'} "
                    f"{row['latency_s']:6.1f}s inv={row['invented']} em={row['exec_match']} {row.get('plan', '')!r:.80}",
                    file=sys.stderr,
                    flush=True,
                )
            if server is not None:
                stop_server(server)
                server = None
            del backend
    print(report(args.out))


if __name__ == "__main__":
    main()
