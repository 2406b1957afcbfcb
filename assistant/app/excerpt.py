"""Text views of a finding's position and of a correction: a caret excerpt and a unified diff."""

from __future__ import annotations

import difflib


def caret_excerpt(sql: str, line: int | None, col: int | None, start: int | None = None, end: int | None = None) -> str:
    """The offending line with a caret run under the offending text.

    ``start``/``end`` (character offsets, end inclusive) are preferred when given,
    because they cover the whole identifier; otherwise ``line``/``col`` (1-based)
    place a single caret.

    >>> print(caret_excerpt("SELECT Status\\nFROM APTH", 1, 8, 7, 12))
    1 | SELECT Status
      |        ^^^^^^
    """
    lines = sql.splitlines() or [""]
    width = 1
    if start is not None and 0 <= start < len(sql):
        line = sql.count("\n", 0, start) + 1
        line_start = sql.rfind("\n", 0, start) + 1
        col = start - line_start + 1
        if end is not None and end >= start:
            line_end = sql.find("\n", start)
            last = end if line_end == -1 else min(end, line_end - 1)
            width = max(1, last - start + 1)
    if not line or line < 1 or line > len(lines):
        return ""
    text = lines[line - 1].expandtabs(4) if "\t" not in lines[line - 1] else lines[line - 1]
    col = max(1, min(col or 1, len(text) + 1))
    gutter = f"{line} | "
    pad = "".join("\t" if ch == "\t" else " " for ch in text[: col - 1])
    return f"{gutter}{text}\n{' ' * (len(gutter) - 2)}| {pad}{'^' * width}"


def unified_diff(original: str, corrected: str) -> str:
    """A unified diff original → corrected, empty when nothing changed."""
    if original.strip() == corrected.strip():
        return ""
    diff = difflib.unified_diff(
        original.strip().splitlines(),
        corrected.strip().splitlines(),
        fromfile="original.sql",
        tofile="corrected.sql",
        lineterm="",
    )
    return "\n".join(diff)
