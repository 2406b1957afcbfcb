"""Text views of a finding's position and of a correction: a caret excerpt and a unified diff."""

from __future__ import annotations

import difflib
import re

WINDOW = 72  # characters of a long line shown around the caret, so it is visible without scrolling


def caret_excerpt(
    sql: str, line: int | None, col: int | None, start: int | None = None, end: int | None = None
) -> str:
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
    if len(text) > WINDOW:  # a window around the column: "…" marks the cut ends
        lo = max(0, min(col - 1 - WINDOW // 3, len(text) - WINDOW))
        hi = min(len(text), lo + WINDOW)
        width = min(width, hi - (col - 1)) if hi > col - 1 else width
        head, tail = ("…" if lo > 0 else ""), ("…" if hi < len(text) else "")
        text = head + text[lo:hi] + tail
        col = col - lo + len(head)
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


_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def token_diff(original: str, corrected: str) -> str:
    """A word-level diff original → corrected: ``[-removed-]{+added+}`` inside the unchanged text.

    >>> token_diff("SELECT Status FROM bAPTH", "SELECT Status FROM APTH")
    'SELECT Status FROM [-bAPTH-]{+APTH+}'
    """
    a, b = original.strip(), corrected.strip()
    if a == b:
        return ""
    ta, tb = _TOKEN.findall(a), _TOKEN.findall(b)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if op == "equal":
            out.append("".join(ta[i1:i2]))
            continue
        if i2 > i1:
            out.append("[-" + "".join(ta[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + "".join(tb[j1:j2]) + "+}")
    return "".join(out)
