"""Write the dataset folder: split JSON files, LLaMA-Factory's ``dataset_info.json``, the card."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

DATASET_PREFIX = "vgpt"
# LLaMA-Factory's alpaca column mapping (data/README.md: prompt/query/response/system).
ALPACA_COLUMNS = {
    "prompt": "instruction",
    "query": "input",
    "response": "output",
    "system": "system",
}


def dataset_info(split_files: dict[str, str]) -> dict[str, Any]:
    """One LLaMA-Factory dataset per split: ``vgpt_train``, ``vgpt_eval``."""
    return {
        f"{DATASET_PREFIX}_{split}": {
            "file_name": file_name,
            "formatting": "alpaca",
            "columns": dict(ALPACA_COLUMNS),
        }
        for split, file_name in split_files.items()
    }


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; the dataset is an ordinary shared file
    os.replace(tmp, path)


def write_dataset(
    out_dir: Path, rows: dict[str, list[dict[str, Any]]], card: str, stats: dict[str, Any]
) -> dict[str, Path]:
    """Write every file of the dataset; each file is replaced whole, never left half-written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = {split: f"{split}.json" for split in rows}
    written: dict[str, Path] = {}
    for split, records in rows.items():
        path = out_dir / files[split]
        _write_atomic(path, json.dumps(records, ensure_ascii=False, indent=1) + "\n")
        written[split] = path
    written["dataset_info"] = out_dir / "dataset_info.json"
    _write_atomic(written["dataset_info"], json.dumps(dataset_info(files), indent=2) + "\n")
    written["card"] = out_dir / "dataset_card.md"
    _write_atomic(written["card"], card)
    written["stats"] = out_dir / "stats.json"
    _write_atomic(written["stats"], json.dumps(stats, indent=2, default=sorted) + "\n")
    return written
