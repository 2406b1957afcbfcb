"""The CPU engine for plan mode, chosen by measurement: transformers fp32 vs llama.cpp GGUFs, 1 vs 2 threads.

For each question (the labelled business questions, ``finetune/eval_questions.jsonl``) the real
retriever gives the context, ``plan_messages`` the prompt and ``plan_grammar`` the grammar, once.
Then, interleaved so that load from other processes falls on every engine alike, each engine:

- *prefill*: the time to the first token (a 1-token generation);
- *constrained*: the plan under the grammar (llguidance), its tokens and seconds;
- *free*: the same prompt without a grammar, its tokens and seconds.

Decode speed is (seconds - prefill) / tokens; the grammar's per-token overhead is the difference
between constrained and free decode time per token (and llguidance's own mask time per token).
llama.cpp's native GBNF sampler (``LlamaGrammar``) is timed too, for comparison.

Every time is measured twice: wall clock, and the process's CPU time. On a shared machine the wall
clock mostly measures the neighbours; CPU time is what the engine itself costs, and on an idle core
(one thread) it is what the wall clock would be. llama.cpp runs the bundled Q4_1 GGUF and the prepared
model's F16 GGUF (``vgpt models prepare`` writes it), plus any ``--gguf`` given.

    .venv/bin/python benchmarks/bench_engines.py [--questions 8] [--max-new 96] [--json]

The prepared SmolLM2 (``vgpt models prepare``) and an ingested index are needed. Prints the load
average: on a shared 2-core machine every figure moves with it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def prompts(settings, runtime, questions: list[str]):
    from assistant.catalog import Catalog
    from assistant.drafting.grammar import plan_grammar
    from assistant.drafting.plan_draft import context_objects
    from assistant.drafting.plan_prompt import listed_views, plan_messages

    out = []
    for q in questions:
        context = runtime.retrieve(q)
        objects = context_objects(context)
        views = listed_views(objects, runtime.catalog)
        out.append(
            (
                q,
                plan_messages(q, objects, runtime.catalog, context.examples),
                plan_grammar(views, Catalog(tuple(views))),
            )
        )
    return out


class Engine:
    def __init__(self, name: str, backend, threads: int) -> None:
        self.name, self.backend, self.threads = name, backend, threads
        self.rows: list[dict] = []

    def run(self, messages, grammar: str | None, max_new: int) -> dict:
        if self.name.startswith("transformers"):
            import torch

            torch.set_num_threads(self.threads)
        if hasattr(self.backend, "llm"):
            self.backend.llm.reset()  # no KV reuse between the timed calls: each pays its prefill
        started, cpu = time.perf_counter(), time.process_time()
        text = self.backend.generate(messages, max_new_tokens=max_new, grammar=grammar)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        stats = dict(self.backend.last_stats)
        return {
            "seconds": seconds,
            "cpu": cpu,
            "tokens": stats.get("new_tokens") or 0,
            "text": text,
            "mask_ms": stats.get("mask_ms_per_token"),
            "prompt_tokens": stats.get("prompt_tokens"),
        }


def native_gbnf(backend, messages, grammar: str, max_new: int) -> dict:
    """llama.cpp's own grammar sampler on the same prompt (not the product path: a comparison)."""
    from llama_cpp import LlamaGrammar

    backend.llm.reset()
    started, cpu = time.perf_counter(), time.process_time()
    out = backend.llm.create_chat_completion(
        messages,
        max_tokens=max_new,
        temperature=0.0,
        grammar=LlamaGrammar.from_string(grammar, verbose=False),
    )
    return {
        "seconds": time.perf_counter() - started,
        "cpu": time.process_time() - cpu,
        "tokens": out["usage"]["completion_tokens"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=8)
    parser.add_argument("--max-new", type=int, default=96)
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--gguf", type=Path, nargs="*", default=[], help="more GGUF files to time")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from assistant.backends import default_model_path
    from assistant.backends.base import bundled_gguf
    from assistant.backends.gguf_convert import prepared_gguf
    from assistant.backends.llamacpp_backend import LlamaCppBackend
    from assistant.backends.transformers_backend import TransformersBackend
    from assistant.runtime import Runtime
    from assistant.settings import load_settings

    settings = load_settings(ROOT)
    runtime = Runtime.load(settings)
    rows = [
        json.loads(line)
        for line in (ROOT / "finetune" / "eval_questions.jsonl").read_text().splitlines()
        if line.strip()
    ]
    step = max(1, len(rows) // args.questions)
    questions = [r["question"] for r in rows[::step]][: args.questions]
    cases = prompts(settings, runtime, questions)

    ggufs = [("Q4_1 (bundled)", bundled_gguf())]
    prepared = prepared_gguf(default_model_path(settings))
    if prepared is not None:
        ggufs.append(("F16 (prepared)", prepared))
    ggufs += [(p.name, p) for p in args.gguf]
    engines = []
    for t in args.threads:
        plural = "s" * (t > 1)
        engines.append(
            Engine(
                f"transformers fp32, {t} thread{plural}",
                TransformersBackend(default_model_path(settings), threads=t),
                t,
            )
        )
        for label, path in ggufs:
            engines.append(
                Engine(
                    f"llama.cpp {label}, {t} thread{plural}", LlamaCppBackend(path, threads=t), t
                )
            )
    load_before = os.getloadavg()
    native: list[dict] = []
    for i, (q, messages, grammar) in enumerate(cases):
        for engine in engines if i % 2 == 0 else reversed(engines):
            prefill = engine.run(messages, None, 1)
            constrained = engine.run(messages, grammar, args.max_new)
            free = engine.run(messages, None, args.max_new)
            engine.rows.append(
                {
                    "question": q,
                    "prefill": prefill["seconds"],
                    "prefill_cpu": prefill["cpu"],
                    "prompt_tokens": prefill["prompt_tokens"],
                    "constrained": constrained,
                    "free": free,
                }
            )
            print(
                f"{engine.name:36s} q{i + 1}: prefill {prefill['seconds']:.2f}s (cpu {prefill['cpu']:.2f}), plan "
                f"{constrained['tokens']} tok {constrained['seconds']:.2f}s (cpu {constrained['cpu']:.2f}), free "
                f"{free['tokens']} tok {free['seconds']:.2f}s (cpu {free['cpu']:.2f})",
                file=sys.stderr,
                flush=True,
            )
        llama1 = next(e for e in engines if e.name.startswith("llama"))
        native.append(native_gbnf(llama1.backend, messages, grammar, args.max_new))
    load_after = os.getloadavg()

    def decode_ms(rows, kind, clock="seconds", prefill="prefill"):
        values = [
            1000 * (r[kind][clock] - r[prefill]) / (r[kind]["tokens"] - 1)
            for r in rows
            if r[kind]["tokens"] > 1
        ]
        return statistics.median(values) if values else None

    summary = []
    for engine in engines:
        rows = engine.rows
        summary.append(
            {
                "engine": engine.name,
                "prompt_tokens_p50": statistics.median(r["prompt_tokens"] or 0 for r in rows),
                "prefill_s_p50": statistics.median(r["prefill"] for r in rows),
                "prefill_cpu_s_p50": statistics.median(r["prefill_cpu"] for r in rows),
                "plan_s_p50": statistics.median(r["constrained"]["seconds"] for r in rows),
                "plan_cpu_s_p50": statistics.median(r["constrained"]["cpu"] for r in rows),
                "plan_tokens_p50": statistics.median(r["constrained"]["tokens"] for r in rows),
                "decode_ms_per_token_constrained": decode_ms(rows, "constrained"),
                "decode_ms_per_token_free": decode_ms(rows, "free"),
                "decode_cpu_ms_per_token_constrained": decode_ms(
                    rows, "constrained", "cpu", "prefill_cpu"
                ),
                "decode_cpu_ms_per_token_free": decode_ms(rows, "free", "cpu", "prefill_cpu"),
                "mask_ms_per_token": statistics.median(
                    r["constrained"]["mask_ms"] or 0 for r in rows
                ),
            }
        )
    llama1 = next(e for e in engines if e.name.startswith("llama"))
    native_ms = [
        1000 * (n["cpu"] - r["prefill_cpu"]) / (n["tokens"] - 1)
        for n, r in zip(native, llama1.rows)
        if n["tokens"] > 1
    ]
    out = {
        "questions": len(cases),
        "max_new_tokens": args.max_new,
        "load_average_before": load_before,
        "load_average_after": load_after,
        "engines": summary,
        "llamacpp_native_gbnf_decode_ms_per_token": statistics.median(native_ms)
        if native_ms
        else None,
    }
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(
        f"{len(cases)} questions, up to {args.max_new} new tokens; load average {load_before[0]:.1f} -> {load_after[0]:.1f}"
    )
    print("CPU time (wall clock in brackets), medians:")
    print(
        "| engine | prompt tokens | prefill s | plan s | plan tokens | decode ms/token, grammar | decode ms/token, free "
        "| llguidance mask ms/token |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for s in summary:
        print(
            f"| {s['engine']} | {s['prompt_tokens_p50']:.0f} | {s['prefill_cpu_s_p50']:.2f} ({s['prefill_s_p50']:.2f}) | "
            f"{s['plan_cpu_s_p50']:.2f} ({s['plan_s_p50']:.2f}) | {s['plan_tokens_p50']:.0f} | "
            f"{s['decode_cpu_ms_per_token_constrained'] or 0:.0f} ({s['decode_ms_per_token_constrained'] or 0:.0f}) | "
            f"{s['decode_cpu_ms_per_token_free'] or 0:.0f} ({s['decode_ms_per_token_free'] or 0:.0f}) | "
            f"{s['mask_ms_per_token']:.2f} |"
        )
    if out["llamacpp_native_gbnf_decode_ms_per_token"] is not None:
        print(
            f"llama.cpp's native GBNF sampler on the bundled GGUF: {out['llamacpp_native_gbnf_decode_ms_per_token']:.1f} "
            "CPU ms/token (llguidance on the same GGUF: the first llama.cpp row)"
        )


if __name__ == "__main__":
    main()
