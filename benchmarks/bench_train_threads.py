"""Training speed of the CPU config with 1 vs 2 torch threads: steps/s for each, and the ratio.

Each thread count runs in its own process (torch's thread pool is set once per process),
on the prepared SmolLM2-135M + LoRA (the CPU config's r/alpha/targets), with the same
fixed batch, so only the thread count differs. On a busy 2-core machine one thread has
measured 3-4x faster than torch's default of 2: that is why ``threads: 1`` is the default.

    .venv/bin/python benchmarks/bench_train_threads.py [--steps 6] [--tokens 256] [--threads 1 2]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def worker(threads: int, steps: int, tokens: int, model_dir: str) -> dict:
    import torch

    torch.set_num_threads(threads)
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    from finetune.config import CONFIG_DIR, load_config
    from finetune.train import lora_targets

    config = load_config(CONFIG_DIR / "smollm2-135m-cpu.yaml")
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    model = get_peft_model(
        model,
        LoraConfig(
            r=config.lora_rank,
            lora_alpha=config.lora_alpha,
            target_modules=lora_targets(config),
            task_type="CAUSAL_LM",
        ),
    )
    model.train()
    optimizer = torch.optim.AdamW(
        [p for p in model.parameters() if p.requires_grad], lr=config.learning_rate
    )
    generator = torch.Generator().manual_seed(0)
    ids = torch.randint(10, model.config.vocab_size - 10, (1, tokens), generator=generator)

    def step() -> None:
        loss = model(input_ids=ids, labels=ids).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()

    step()  # warm-up: allocator, kernels
    started = time.perf_counter()
    for done in range(1, steps + 1):
        step()
        seconds = time.perf_counter() - started
        # one line per step, so a run cut by --timeout still reports its pace
        print(
            json.dumps(
                {
                    "threads": threads,
                    "steps": done,
                    "tokens_per_step": tokens,
                    "seconds": seconds,
                    "steps_per_s": done / seconds,
                    "torch_threads": torch.get_num_threads(),
                }
            ),
            flush=True,
        )
    return {}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--steps", type=int, default=6)
    parser.add_argument("--tokens", type=int, default=256, help="tokens per training example")
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--model", help="model folder (default: the prepared SmolLM2)")
    parser.add_argument(
        "--timeout", type=float, default=300, help="seconds per thread count before it is cut"
    )
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.model is None:
        from assistant.settings import load_settings
        from finetune.prepare import default_model_dir, prepare_model

        args.model = str(prepare_model(default_model_dir(load_settings(ROOT).models_dir)).path)
    if args.worker is not None:
        worker(args.worker, args.steps, args.tokens, args.model)
        return

    results = []
    for threads in args.threads:
        env = {**os.environ, "OMP_NUM_THREADS": str(threads), "MKL_NUM_THREADS": str(threads)}
        proc = subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--worker",
                str(threads),
                "--steps",
                str(args.steps),
                "--tokens",
                str(args.tokens),
                "--model",
                args.model,
            ],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        started = time.perf_counter()
        try:
            stdout, _ = proc.communicate(timeout=args.timeout)
            cut = False
        except subprocess.TimeoutExpired:
            proc.kill()
            stdout, _ = proc.communicate()
            cut = True
        lines = [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]
        if not lines:  # not even one step in time: an upper bound on its pace
            wall = time.perf_counter() - started
            result = {"threads": threads, "steps": 0, "seconds": wall, "steps_per_s": 1 / wall}
            print(
                f"threads={threads}: < {result['steps_per_s']:.4f} steps/s (no step finished in {wall:.0f} s)"
            )
        else:
            result = lines[-1]
            print(
                f"threads={threads}: {result['steps_per_s']:.3f} steps/s ({result['seconds']:.1f} s for "
                f"{result['steps']} steps of {args.tokens} tokens{', cut by --timeout' if cut else ''})",
                flush=True,
            )
        results.append(result)
    load = os.getloadavg()
    print(f"cpu count {os.cpu_count()}, load average {load[0]:.1f}")
    if len(results) >= 2:
        base = results[0]
        for other in results[1:]:
            print(
                f"ratio threads={base['threads']} / threads={other['threads']}: "
                f"{base['steps_per_s'] / other['steps_per_s']:.2f}x"
            )


if __name__ == "__main__":
    main()
