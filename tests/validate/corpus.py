"""Load the validator corpus: ``-- name: id`` blocks of T-SQL in tests/data/validator/*.sql."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent.parent / "data" / "validator"
_NAME = re.compile(r"^-- name: (\S+)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Case:
    name: str
    sql: str
    path: str


def load_corpus(directory: Path = CORPUS_DIR, pattern: str = "*.sql") -> list[Case]:
    """The correct queries (every file but wrong.sql), or the files ``pattern`` names."""
    cases = []
    for path in sorted(directory.glob(pattern)):
        if pattern == "*.sql" and path.name == "wrong.sql":
            continue
        text = path.read_text(encoding="utf-8")
        marks = list(_NAME.finditer(text))
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
            sql = text[m.end() : end].strip("\n")
            cases.append(Case(m.group(1), sql.rstrip() + "\n", path.name))
    return cases


_EXPECT = re.compile(r"^-- expect: (\S+)\s*$", re.MULTILINE)


def expected_rule(case: Case) -> str | None:
    """The rule a wrong case must trigger (its ``-- expect:`` line)."""
    m = _EXPECT.search(case.sql)
    return m.group(1) if m else None
