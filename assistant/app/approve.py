"""Mark correct: save a human-approved question + SQL into the docs' approved examples.

The file has the corpus format (``-- Question: …`` header, then the query), so
the next ``vgpt ingest`` takes it into retrieval and the dataset. It is written
only from a user's click, and only after the query passes the validator again.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

APPROVED_DIR = Path("Experts_V2") / "approved"
TAG = "approved-in-chat"


@dataclass(frozen=True)
class Saved:
    path: Path | None
    created: bool
    reason: str  # why nothing was written, or "" when saved
    existing: Path | None = (
        None  # an earlier example with the same question: replaced only when asked to
    )
    replaced: bool = False


def approved_dir(docs_path: Path) -> Path:
    return Path(docs_path) / APPROVED_DIR


def save_approved(
    question: str, sql: str, docs_path: Path, report, *, replace: bool = False
) -> Saved:
    """Write the pair as the next numbered ``NNN_slug.sql``; refuse a failing or duplicate query.

    ``report`` is the validator's fresh report on ``sql``: the caller re-validates
    first, so what is approved is exactly what was checked. An earlier example with
    the same question is never overwritten silently: without ``replace=True`` nothing
    is written and ``existing`` names it, so the caller can ask. Files are 0644, like
    their neighbours in the docs folder.
    """
    question = " ".join(question.split())
    if not question:
        return Saved(None, False, "A question is needed: say what the query answers.")
    if report.verdict != "pass" or report.errors:
        return Saved(
            None, False, "The query does not pass the validator, so it cannot be approved."
        )
    folder = approved_dir(docs_path)
    folder.mkdir(parents=True, exist_ok=True)
    wanted = _normal(sql)
    numbers = [0]
    same_question: Path | None = None
    for path in sorted(folder.glob("*.sql")):
        m = re.match(r"(\d+)_", path.name)
        if m:
            numbers.append(int(m.group(1)))
        try:
            existing = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if _normal(_strip_header(existing)) == wanted:
            return Saved(path, False, f"This query is already approved in {path}.")
        if _question_of(existing) == question.lower():
            same_question = path
    if same_question is not None and not replace:
        return Saved(
            None,
            False,
            f"An approved example with this question already exists: {same_question}.",
            existing=same_question,
        )
    slug = re.sub(r"[^a-z0-9]+", "_", question.lower()).strip("_")[:60] or "query"
    path = same_question or folder / f"{max(numbers) + 1:03d}_{slug}.sql"
    text = f"-- Question: {question}\n-- Tags: {TAG}\n{sql.strip()}\n"
    fd, tmp = tempfile.mkstemp(prefix=".approved-", suffix=".sql", dir=folder)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(tmp, 0o644)  # mkstemp makes 0600; the docs folder's files are 0644
    os.replace(tmp, path)  # atomic: ingest never reads half a file
    return Saved(path, True, "", replaced=same_question is not None)


def _question_of(text: str) -> str | None:
    m = re.search(r"^\s*--\s*Question\s*:\s*(.+)$", text, re.IGNORECASE | re.MULTILINE)
    return " ".join(m.group(1).split()).lower() if m else None


def _strip_header(text: str) -> str:
    lines = text.splitlines()
    while lines and re.match(r"\s*--\s*(Question|Tags)\s*:", lines[0], re.IGNORECASE):
        lines.pop(0)
    return "\n".join(lines)


def _normal(sql: str) -> str:
    return " ".join(sql.split()).rstrip(";").lower()
