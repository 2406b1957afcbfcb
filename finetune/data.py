"""The Alpaca dataset as training examples: read through LLaMA-Factory's ``dataset_info.json``.

``vgpt dataset build`` writes Alpaca records (``instruction``, ``input``, ``output``,
optional ``system``) and a ``dataset_info.json`` that maps a split name to its file and
columns. We read the same files LLaMA-Factory would, and turn each record into a
conversational prompt-completion example for TRL: instruction + input → user,
output → assistant, system optional. TRL then computes the loss on the completion only.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from assistant.errors import ConfigError

DEFAULT_COLUMNS = {
    "prompt": "instruction",
    "query": "input",
    "response": "output",
    "system": "system",
}
_SQL_START = re.compile(r"^\s*(?:```(?:sql)?\s*)?(?:SELECT|WITH|DECLARE)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Split:
    """One named split of the dataset: its records, the files they came from and their hash."""

    name: str
    records: tuple[dict[str, Any], ...]
    files: tuple[Path, ...]
    sha256: str

    def summary(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "records": len(self.records),
            "files": [str(f) for f in self.files],
            "sha256": self.sha256,
        }


def file_hash(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def load_split(dataset_dir: Path, name: str) -> Split:
    """The records of split ``name``, columns renamed to Alpaca's, per ``dataset_info.json``."""
    info_path = dataset_dir / "dataset_info.json"
    if not info_path.exists():
        raise ConfigError(
            f"{info_path} does not exist: run `vgpt dataset build` first (or set dataset_dir)"
        )
    try:
        info = json.loads(info_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{info_path}: not valid JSON: {exc}") from None
    if name not in info:
        raise ConfigError(
            f"{info_path}: no dataset named {name!r} (have: {', '.join(sorted(info))})"
        )
    entry = info[name]
    if entry.get("formatting", "alpaca") != "alpaca":
        raise ConfigError(
            f"{info_path}: {name!r} is {entry.get('formatting')!r}, only alpaca is supported"
        )
    files = entry.get("file_name")
    paths = [dataset_dir / f for f in ([files] if isinstance(files, str) else files or [])]
    missing = [str(p) for p in paths if not p.exists()]
    if not paths or missing:
        raise ConfigError(
            f"{info_path}: {name!r} points at missing file(s) {', '.join(missing) or '(none)'}"
        )
    columns = {**DEFAULT_COLUMNS, **entry.get("columns", {})}
    records = []
    for path in paths:
        for raw in _read_records(path):
            record = {
                alpaca: raw.get(ours) or ""
                for alpaca, ours in (
                    ("instruction", columns["prompt"]),
                    ("input", columns["query"]),
                    ("output", columns["response"]),
                    ("system", columns["system"]),
                )
            }
            for (
                key,
                value,
            ) in raw.items():  # keep extra fields (task, tables, module…) for filtering and eval
                record.setdefault(key, value)
            records.append(record)
    return Split(name, tuple(records), tuple(paths), file_hash(paths))


def _read_records(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    try:
        if path.suffix == ".jsonl":
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not valid JSON: {exc}") from None
    if not isinstance(data, list):
        raise ConfigError(f"{path}: expected a JSON list of records")
    return data


def record_task(record: dict[str, Any]) -> str:
    """The record's task: its own ``task`` field, else guessed from its shape.

    >>> record_task({"instruction": "List open contracts", "output": "SELECT 1"})
    'generation'
    """
    task = record.get("task")
    if not task and isinstance(record.get("meta"), dict):
        task = record["meta"].get("task")
    if task:
        return str(task).replace("-", "_")
    return "generation" if _SQL_START.match(record.get("output") or "") else "other"


def record_chars(record: dict[str, Any]) -> int:
    return sum(len(record.get(k) or "") for k in ("instruction", "input", "output"))


def select(
    records: Iterable[dict[str, Any]],
    *,
    tasks: tuple[str, ...] = (),
    limit: int | None = None,
    seed: int = 42,
    max_chars: int | None = None,
) -> list[dict[str, Any]]:
    """Records of the wanted tasks (and length); at most ``limit``, a seeded sample (same seed → same records)."""
    wanted = {t.replace("-", "_") for t in tasks}
    kept = [
        r
        for r in records
        if (not tasks or record_task(r) in wanted)
        and (max_chars is None or record_chars(r) <= max_chars)
    ]
    if limit is not None and len(kept) > limit:
        rng = random.Random(seed)
        kept = [kept[i] for i in sorted(rng.sample(range(len(kept)), limit))]
    return kept


def user_text(record: dict[str, Any]) -> str:
    """Instruction and input joined as LLaMA-Factory's alpaca converter does."""
    parts = [record.get("instruction") or "", record.get("input") or ""]
    return "\n".join(p for p in parts if p)


def to_messages(
    record: dict[str, Any], default_system: str = ""
) -> dict[str, list[dict[str, str]]]:
    """A conversational prompt-completion example, the format TRL masks to completion-only loss."""
    prompt = []
    system = record.get("system") or default_system
    if system:
        prompt.append({"role": "system", "content": system})
    prompt.append({"role": "user", "content": user_text(record)})
    return {
        "prompt": prompt,
        "completion": [{"role": "assistant", "content": record.get("output") or ""}],
    }


def to_draft_messages(record: dict[str, Any]) -> dict[str, list[dict[str, str]]]:
    """A generation record as the exact chat ``assistant.drafting.generate.draft`` sends, answer fenced as it asks.

    Training on the served prompt matters for a small model: the adapter learns
    the shape it will actually see. Other tasks keep their Alpaca form.
    """
    from assistant.drafting import prompts

    if record_task(record) != "generation":
        return to_messages(record)
    sql = (record.get("sql") or record.get("output") or "").strip()
    question = record.get("instruction") or ""
    messages = prompts.draft_messages(question, record.get("input") or "")
    return {
        "prompt": messages,
        "completion": [{"role": "assistant", "content": prompts.fence(sql)}],
    }


def to_plan_messages(record: dict[str, Any]) -> dict[str, list[dict[str, str]]]:
    """A plan-mode row as the exact chat the backends send in plan mode (``assistant.drafting.plan_prompt``).

    The system prompt and the user turn's framing come from ``plan_prompt`` at training time
    (so an edit there reaches the next training run without rebuilding the dataset); the
    schema listing is the row's own (``listing``), written by ``vgpt dataset build`` with
    ``plan_prompt.schema_listing``. The answer is the plan, bare, as the decoder writes it.
    Rows without a question and listing (other tasks) keep their Alpaca form.
    """
    from assistant.drafting.plan_prompt import PLAN_SYSTEM, plan_user_prompt

    if record_task(record) != "plan" or not record.get("question"):
        return to_messages(record)
    prompt = [
        {"role": "system", "content": PLAN_SYSTEM},
        {
            "role": "user",
            "content": plan_user_prompt(
                record["question"], record.get("listing") or "", record.get("terms") or ""
            ),
        },
    ]
    return {
        "prompt": prompt,
        "completion": [{"role": "assistant", "content": (record.get("output") or "").strip()}],
    }


def to_example(
    record: dict[str, Any], prompt_format: str = "draft", default_system: str = ""
) -> dict[str, Any]:
    if prompt_format == "draft":
        return to_draft_messages(record)
    if prompt_format == "plan":
        return to_plan_messages(record)
    return to_messages(record, default_system)
