"""CLI start-up benchmark: wall time and peak memory of real `vgpt` processes, as a user runs them.

    .venv/bin/python benchmarks/bench_cli.py [--repeat N] [--question TEXT]

Times, each the median of ``--repeat`` fresh processes:

- ``python -c pass``: the interpreter alone, the baseline measured in the same run (the
  ratio is what our imports and work add on a machine that may be busy);
- ``vgpt --help``: the command group's start-up;
- ``vgpt search QUESTION``: one question end to end (catalog load, index open, embedder
  load, retrieval, printing). Target (issue 15): <= 5 s wall on 2 cores.

Needs an index (``vgpt ingest``). Peak memory is each process's own maximum RSS. Prints
figures; it is not a timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VGPT = Path(sys.executable).with_name("vgpt")
SEARCH_TARGET_S = 5.0


def timed(argv: list[str], repeat: int) -> tuple[float, float, float]:
    """Median and max wall seconds of ``repeat`` runs, and the largest peak RSS (MiB) among them."""
    walls, peaks = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        stderr = proc.stderr.read() if proc.stderr else b""
        _, status, usage = os.wait4(proc.pid, 0)  # this process's own resource use
        walls.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        code = proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        if proc.stderr:
            proc.stderr.close()
        if code != 0:
            raise SystemExit(f"{' '.join(argv)} exited {code}:\n{stderr.decode()[-2000:]}")
    return statistics.median(walls), max(walls), max(peaks)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--question", default="Which contracts are open, with the customer name?")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    args = parser.parse_args()
    runs = {
        "python -c pass (baseline)": [sys.executable, "-c", "pass"],
        "vgpt --help": [str(VGPT), "--help"],
        "vgpt search": [str(VGPT), "search", args.question],
    }
    figures = {}
    for label, argv in runs.items():
        median, worst, peak = timed(argv, args.repeat)
        figures[label] = {
            "median_s": round(median, 3),
            "max_s": round(worst, 3),
            "peak_rss_mib": round(peak, 1),
        }
    base = figures["python -c pass (baseline)"]["median_s"]
    search = figures["vgpt search"]["median_s"]
    if args.json:
        print(json.dumps({"repeat": args.repeat, "figures": figures}))
        return 0
    print(f"{args.repeat} fresh processes each, median (max) wall seconds:")
    for label, f in figures.items():
        print(
            f"  {label:28s} {f['median_s']:6.2f} s ({f['max_s']:.2f})"
            f"  {f['median_s'] / base:6.1f}x the bare interpreter"
        )
    verdict = "met" if search <= SEARCH_TARGET_S else "NOT met"
    print(f"vgpt search: {search:.2f} s, target <= {SEARCH_TARGET_S:.0f} s: {verdict}")
    print(f"peak RSS of the search process: {figures['vgpt search']['peak_rss_mib']:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
