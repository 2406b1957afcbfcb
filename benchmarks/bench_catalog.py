"""Catalog benchmark: building the sample catalog, and loading its saved artifact.

    .venv/bin/python benchmarks/bench_catalog.py [--repeat N]

Every CLI command and the chat app start by loading the catalog artifact, so
its load time is start-up latency. Reading the same JSON with ``json.loads``
in the same run is the baseline: the ratio says what building the typed
dataclasses costs on top of parsing. Prints figures; it is not a timed unit test.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.catalog import Catalog  # noqa: E402
from ingest.build import build_catalog  # noqa: E402


def best(fn, repeat: int) -> tuple[float, float]:
    """Best wall and CPU seconds of ``repeat`` runs (best-of damps a shared machine's noise)."""
    wall, cpu = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return min(wall), min(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "data" / "viewpoint_documentation")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        wall, cpu = time.perf_counter(), time.process_time()
        catalog = build_catalog(args.docs)
        build_wall, build_cpu = time.perf_counter() - wall, time.process_time() - cpu
        path = catalog.save(Path(tmp) / "catalog.json")
        text = path.read_text(encoding="utf-8")
        parse_wall, parse_cpu = best(lambda: json.loads(text), args.repeat)
        load_wall, load_cpu = best(lambda: Catalog.load(path), args.repeat)
        size_mb = path.stat().st_size / 1e6

    s = catalog.summary()
    print(
        f"catalog: {s['tables']} tables, {s['views']} views, {s['columns']} columns, {size_mb:.1f} MB artifact"
    )
    print(f"build (first, with cache write):  {build_wall:6.2f} s wall  {build_cpu:6.2f} s CPU")
    print(
        f"json.loads of the artifact:       {parse_wall:6.3f} s wall  {parse_cpu:6.3f} s CPU  (baseline)"
    )
    print(f"Catalog.load of the artifact:     {load_wall:6.3f} s wall  {load_cpu:6.3f} s CPU")
    print(
        f"load / json.loads (CPU):          {load_cpu / max(parse_cpu, 1e-9):6.2f}x  (target: well under 1 s absolute)"
    )


if __name__ == "__main__":
    main()
