"""A domain-tuned embedder: the bundled MiniLM fine-tuned on (question, table) pairs from the catalog.

Vista's schema speaks in codes; users speak business English. The pairs teach the
embedder the mapping, from two sources and nothing else:

* the catalog: for every user-facing object, pseudo-questions built from what it is
  (its documented or derived description, its name in words, the columns that name
  a row), from what it holds (a few of its columns written out) and from where its
  columns lead (a link's naming columns with the target's description: "project
  manager" → ``JCMP`` and, from the other side, ``JCJM``); glossary terms and aliases
  pair with their tables;
* the approved examples: each question with every table its SQL reads.

The positive text of a pair is the object's chunk text as the index embeds it
(``ingest.chunks.object_text``), so question and table meet in the space the index
lives in. Training uses sentence-transformers' ``MultipleNegativesRankingLoss``
(the other pairs of a batch are the negatives, no duplicates in a batch): minutes
on a CPU.

Held-out questions are never training pairs: :func:`training_pairs` drops every
anchor equal to, or sharing most of its words with, a question of the files passed
as ``exclude`` (the benchmark's held-out sets; ``tests/index/test_tune_embedder.py``
checks it).

Run ``python -m finetune.tune_embedder`` after ``vgpt ingest`` (``--help``; needs the
``train`` extra: ``datasets``, ``accelerate``). It writes the model to ``<state_dir>/models/embedder-tuned``,
which is then the default embedder (``embed_model = ""``; ``"packaged"`` forces the shipped one):
run ``vgpt ingest --rebuild`` to re-embed the index with it.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from assistant.catalog import Catalog
from assistant.retrieval.embedding import TUNED_FOLDER, packaged_model_path
from assistant.retrieval.links import links_from
from assistant.settings import load_settings
from assistant.vocabulary import split_identifier, words

_WORD = re.compile(r"[a-z0-9]+")
_PROJECT = Path(__file__).resolve().parents[1]
# The benchmark's held-out sets: excluded by default so that a tuned embedder never
# scores on questions it was trained on.
HELD_OUT_FILES = (
    _PROJECT / "tests" / "data" / "retrieval_heldout.jsonl",
    _PROJECT / "tests" / "data" / "retrieval_reports.jsonl",
    _PROJECT / "tests" / "data" / "retrieval_fresh.jsonl",
    _PROJECT / "tests" / "data" / "retrieval_blind.jsonl",
    _PROJECT / "tests" / "data" / "retrieval_dev.jsonl",
    _PROJECT / "tests" / "data" / "retrieval_blind2.jsonl",
)


@dataclass(frozen=True)
class Pair:
    anchor: str  # a question-like text
    table: str  # the user-facing object it needs
    source: str  # where the pair came from: description, columns, link, glossary, example


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 2}


def _normal(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def too_close(anchor: str, held_out: Iterable[str], limit: float = 0.6) -> bool:
    """Whether an anchor is a held-out question or shares most of its words with one."""
    mine, text = _words(anchor), _normal(anchor)
    for q in held_out:
        if text == _normal(q):
            return True
        theirs = _words(q)
        if mine and theirs and len(mine & theirs) / len(mine | theirs) >= limit:
            return True
    return False


def load_questions(paths: Iterable[Path]) -> list[str]:
    out = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["question"])
    return out


def _name_words(name: str) -> str:
    stem = name[1:] if name[:1] in "bv" and len(name) > 3 and name[1:3].isupper() else name
    return words(stem)


def catalog_pairs(catalog: Catalog, rng: random.Random, per_table: int = 6) -> list[Pair]:
    """Pseudo-questions for every user-facing object, from the catalog's own facts."""
    from ingest.chunks import user_facing

    pairs: list[Pair] = []
    outgoing = links_from(catalog)
    for obj, base in user_facing(catalog):
        info = base or obj
        name = obj.name
        described, derived = obj.about if obj.about[0] else info.about
        if described:
            first = described.split(". ")[0].rstrip(".")
            pairs.append(
                Pair(first if not derived else first.split(": ", 1)[-1], name, "description")
            )
            if not derived:
                pairs.append(Pair(f"show the {words(first)}", name, "description"))
        naming = [
            k
            for k in info.business_key
            if k != info.company_column and k not in info.group_columns and k not in ("Mth",)
        ]
        if naming:
            pairs.append(Pair(f"list each {' and '.join(words(k) for k in naming)}", name, "key"))
        plain = _name_words(name)
        if any(len(p) > 3 and p[1:].islower() for p in split_identifier(name)):
            pairs.append(Pair(plain, name, "name"))
        key = set(info.business_key)
        columns = [
            c
            for c in info.columns
            if c.name not in key and c.name not in ("KeyID", "UniqueAttchID", "Notes")
        ]
        for _ in range(min(per_table, max(0, len(columns) // 2))):
            picked = rng.sample(columns, k=min(len(columns), rng.choice((2, 3))))
            said = " and ".join(words(c.name) for c in picked)
            lead = rng.choice(("which table holds", "show the", "list", "report"))
            pairs.append(Pair(f"{lead} {said}", name, "columns"))
        for link in outgoing.get(name.lower(), [])[:8]:
            if not link.naming or link.target.upper() == "HQCO":
                continue
            target = catalog.get(link.target)
            if target is None:
                continue
            tinfo = catalog.base_of(target.name) or target
            tdesc = (target.about[0] or tinfo.about[0]).split(". ")[0]
            what = " ".join(words(c) for c in link.naming)
            row = " ".join(words(k) for k in naming[-1:]) or _name_words(name)
            pairs.append(Pair(f"{row} with its {what}", link.target, "link"))
            if tdesc:
                pairs.append(
                    Pair(f"{row} with the {what} ({tdesc.split(': ', 1)[-1]})", name, "link")
                )
    for term in catalog.glossary:
        for said in term.names:
            for target in term.objects:
                pairs.append(Pair(said, target, "glossary"))
    return pairs


def example_pairs(catalog: Catalog) -> list[Pair]:
    from ingest.chunks import example_tables

    return [
        Pair(ex.question, t, "example")
        for ex in catalog.examples
        for t in example_tables(catalog, ex.sql)
    ]


def training_pairs(catalog: Catalog, exclude: Iterable[str] = (), seed: int = 13) -> list[Pair]:
    """Every training pair, held-out questions (and anchors too close to them) left out."""
    rng = random.Random(seed)
    held_out = list(exclude)
    pairs = catalog_pairs(catalog, rng) + example_pairs(catalog)
    seen: set[tuple[str, str]] = set()
    out = []
    for p in pairs:
        key = (_normal(p.anchor), p.table)
        if not p.anchor.strip() or key in seen or too_close(p.anchor, held_out):
            continue
        seen.add(key)
        out.append(p)
    return out


def positives(catalog: Catalog) -> dict[str, str]:
    """Each user-facing object's chunk text, as the index embeds it."""
    from ingest.chunks import object_text, user_facing

    return {obj.name: object_text(catalog, obj, base) for obj, base in user_facing(catalog)}


def tune(
    catalog: Catalog,
    base_model: Path,
    out: Path,
    exclude: Iterable[str] = (),
    *,
    epochs: int = 1,
    batch_size: int = 32,
    lr: float = 3e-5,
    threads: int = 0,
    seed: int = 13,
    max_pairs: int = 0,
) -> dict:
    """Fine-tune ``base_model`` on the catalog's pairs and save it to ``out``; returns what was done."""
    import torch
    from datasets import Dataset
    from sentence_transformers import SentenceTransformer, SentenceTransformerTrainer, losses
    from sentence_transformers.sentence_transformer.training_args import (
        BatchSamplers,
        SentenceTransformerTrainingArguments,
    )

    if threads:
        torch.set_num_threads(threads)
    torch.manual_seed(seed)
    pairs = training_pairs(catalog, exclude, seed)
    texts = positives(catalog)
    rows = [(p.anchor, texts[p.table]) for p in pairs if p.table in texts]
    random.Random(seed).shuffle(rows)
    if max_pairs:
        rows = rows[:max_pairs]
    model = SentenceTransformer(str(base_model), device="cpu", local_files_only=True)
    model.max_seq_length = 128
    data = Dataset.from_dict({"anchor": [a for a, _ in rows], "positive": [p for _, p in rows]})
    args = SentenceTransformerTrainingArguments(
        output_dir=str(out.parent / f".{out.name}-work"),
        num_train_epochs=epochs,
        per_device_train_batch_size=batch_size,
        learning_rate=lr,
        warmup_ratio=0.1,
        batch_sampler=BatchSamplers.NO_DUPLICATES,
        save_strategy="no",
        logging_steps=20,
        report_to=[],
        seed=seed,
        use_cpu=True,
        dataloader_num_workers=0,
    )
    started = time.perf_counter()
    trainer = SentenceTransformerTrainer(
        model=model, args=args, train_dataset=data, loss=losses.MultipleNegativesRankingLoss(model)
    )
    trainer.train()
    out.mkdir(parents=True, exist_ok=True)
    model.save(str(out))
    shutil.rmtree(
        args.output_dir, ignore_errors=True
    )  # the trainer's scratch folder (no checkpoints are saved)
    info = {
        "pairs": len(rows),
        "sources": _count(p.source for p in pairs),
        "epochs": epochs,
        "batch_size": batch_size,
        "learning_rate": lr,
        "seed": seed,
        "seconds": round(time.perf_counter() - started, 1),
        "base_model": str(base_model),
    }
    (out / "vgpt_tuning.json").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    return info


def _count(items: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i in items:
        out[i] = out.get(i, 0) + 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="fine-tune the bundled MiniLM on (question, table) pairs from the catalog"
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=None,
        help="project folder (vgpt.toml); default: the current one",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="model folder (default <state_dir>/models/embedder-tuned)",
    )
    parser.add_argument(
        "--exclude",
        type=Path,
        nargs="*",
        default=list(HELD_OUT_FILES),
        help="question files never to train on (the held-out sets)",
    )
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--lr", type=float, default=3e-5)
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--max-pairs", type=int, default=0)
    args = parser.parse_args(argv)
    settings = load_settings(root=args.root)
    catalog = Catalog.load(settings.catalog_path)
    out = args.out or settings.models_dir / TUNED_FOLDER
    exclude = load_questions(p for p in args.exclude if p.exists())
    info = tune(
        catalog,
        packaged_model_path(),
        out,
        exclude,
        epochs=args.epochs,
        batch_size=args.batch_size,
        lr=args.lr,
        threads=args.threads,
        max_pairs=args.max_pairs,
    )
    print(json.dumps({"model": str(out), **info}))
    if args.out is None:
        print(
            "the tuned embedder is now the default: run `vgpt ingest --rebuild` to re-embed the index",
            file=sys.stderr,
        )
    else:
        print(
            f'set embed_model = "{out}" and run `vgpt ingest --rebuild` to use it', file=sys.stderr
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
