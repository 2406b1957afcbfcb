"""Embedding batch size and order on the real sample chunks: texts per second and the ratio to batch 128.

Usage: .venv/bin/python benchmarks/bench_embed_batch.py [--limit N]

Why: sentence-transformers pads every batch to its longest text. The sample's chunks
range from ~20 to ~500 tokens, so big batches pay for long padding; smaller batches
waste far less, and batches cut from the chunks sorted by length (as ingest does) waste
almost nothing. Batch 128 was measured fastest on
texts of uniform length, not on ours. All sizes run in one process, so the ratios hold
even when the machine is noisy.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.retrieval.embedding import packaged_model_path  # noqa: E402
from ingest.build import build_catalog  # noqa: E402
from ingest.chunks import chunk_catalog  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=384, help="chunks to embed per batch size")
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()

    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(args.threads)
    catalog = build_catalog(ROOT / "data" / "viewpoint_documentation")
    texts = [c.text for c in chunk_catalog(catalog)][: args.limit]
    model = SentenceTransformer(str(packaged_model_path()), device="cpu")
    model.encode(texts[:16], batch_size=16)  # warm-up
    by_length = sorted(texts, key=len)  # what ingest does before batching

    def rate(order: list[str], size: int) -> float:
        # one encode() call per batch, as ingest makes them: encode() only sorts within a call
        start = time.perf_counter()
        for i in range(0, len(order), size):
            model.encode(order[i : i + size], batch_size=size)
        return len(order) / (time.perf_counter() - start)

    rates = {
        (label, size): rate(order, size)
        for label, order in (("document order", texts), ("sorted by length", by_length))
        for size in (128, 32, 16, 8)
    }
    baseline = rates[("document order", 128)]
    print(f"{len(texts)} chunks, {args.threads} thread(s); baseline: document order, batch 128")
    for (label, size), r in rates.items():
        print(f"{label:<17} batch {size:>3}: {r:7.1f} texts/s   {r / baseline:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
