"""Ingest benchmark on the sample corpus: a full run, a no-change re-run, one changed table page.

Usage: .venv/bin/python benchmarks/bench_ingest.py [--docs DIR] [--work DIR] [--json]

Works on a copy of the docs in a scratch folder (default: a temporary one), so the
project's own index is not touched. Targets (issue 4, on 2 cores): full <= 60 s,
no change <= 3 s, one changed page <= 5 s. Seconds are wall-clock, model load included
(a user waits for it too), shadow-database rebuild excluded (it is the shadow
helper's step, benchmarked there; `vgpt ingest --no-shadow` skips it); CPU seconds are printed beside them because on a shared
machine wall time mostly measures the neighbours.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.settings import load_settings  # noqa: E402
from ingest.index import ingest  # noqa: E402

TARGETS = {"full": 60.0, "no_change": 3.0, "one_page": 5.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "data" / "viewpoint_documentation")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (kept if given)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="vgpt-bench-ingest-"))
    docs = work / "docs"
    if docs.exists():
        shutil.rmtree(docs)
    shutil.copytree(args.docs, docs)
    shutil.rmtree(work / ".vgpt", ignore_errors=True)
    settings = load_settings(root=work, env={}, docs_dir=str(docs))
    runs = {}

    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    try:
        t, c = time.perf_counter(), cpu()
        full = ingest(settings, progress=not args.json and sys.stderr.isatty(), shadow=False)
        runs["full"] = (time.perf_counter() - t, full, cpu() - c)
        t, c = time.perf_counter(), cpu()
        same = ingest(settings, shadow=False)
        runs["no_change"] = (time.perf_counter() - t, same, cpu() - c)
        page = docs / "Viewpoint_Database" / "Tables" / "bJCCM.md"
        text = page.read_text(encoding="utf-8")
        page.write_text(
            text.replace(
                "JC Contract Master", "JC Contract Master (the contracts we bill customers on)", 1
            ),
            encoding="utf-8",
        )
        t, c = time.perf_counter(), cpu()
        one = ingest(settings, shadow=False)
        runs["one_page"] = (time.perf_counter() - t, one, cpu() - c)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    result = {
        name: {
            "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu_s, 2),
            "target_s": TARGETS[name],
            "chunks_total": r.chunks_total,
            "chunks_written": r.chunks_written,
            "chunks_deleted": r.chunks_deleted,
            "files_changed": r.files_changed,
            "files_new": r.files_new,
        }
        for name, (seconds, r, cpu_s) in runs.items()
    }
    result["cpu_count"] = os.cpu_count()
    result["load_average_1m"] = round(os.getloadavg()[0], 2)
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"ingest of {args.docs} ({os.cpu_count()} cores, load average {result['load_average_1m']})"
        )
        for name in TARGETS:
            r = result[name]
            print(
                f"  {name:10} {r['seconds']:8.2f} s wall, {r['cpu_seconds']:7.2f} s CPU (target <= {r['target_s']:.0f} s)"
                f"  chunks written {r['chunks_written']:5} of {r['chunks_total']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
