"""Readers: one small module per documentation format.

Each reader takes a file's path (for messages) and its raw bytes, and returns a
:class:`Read`: plain partial facts (frozen dataclasses of its own) plus the
:class:`~assistant.catalog.Problem` warnings it met. A reader never raises on bad
input: an undecodable file, malformed JSON or a statement sqlglot cannot parse
becomes a Problem naming the file and line, and whatever else the file holds is
still read. Merging the partial facts into one catalog is ``ingest.derive``'s job.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.catalog import Problem


@dataclass(frozen=True)
class Read:
    facts: tuple[Any, ...] = ()
    problems: tuple[Problem, ...] = ()


def decode(path: str, data: bytes) -> tuple[str | None, list[Problem]]:
    """UTF-8 text (a BOM is allowed, as SSMS writes one), or a Problem at the first bad byte."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [
            Problem(
                path,
                line,
                f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); file skipped",
            )
        ]
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def line_starts(text: str, pattern: str) -> list[int]:
    """The line number of each match of ``pattern``, counted in one pass."""
    import re

    lines, line, pos = [], 1, 0
    for m in re.finditer(pattern, text):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        lines.append(line)
    return lines
