"""A report batch split into its declared parameters and its one query, for lifting into a plan.

Vista reports open with ``DECLARE @JCCo bCompany = 1, @Job bJob = ' 22896-';`` and then one
SELECT. sqlglot does not know Vista's types, so the declarations are read here, by a small
scanner that respects quotes, parentheses and comments, and the query is left for sqlglot.

>>> b = split_batch("DECLARE @JCCo bCompany = 1, @Job bJob; -- a note\\nSELECT 1;")
>>> b.declared, b.query
({'jcco': Declared(name='JCCo', type='bCompany', default='1'), 'job': Declared(name='Job', type='bJob', default=None)}, 'SELECT 1')
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Declared:
    name: str  # without the @
    type: str
    default: str | None  # the default's SQL text, None when declared without one


@dataclass(frozen=True)
class Batch:
    declared: dict[str, Declared]  # lower-case name -> declaration
    query: str | None  # the batch's one query, None when it has none or several


def split_batch(sql: str) -> Batch:
    declared: dict[str, Declared] = {}
    queries = []
    for statement in _statements(_strip_comments(sql)):
        head = statement.split(None, 1)[0].upper() if statement.split() else ""
        if head == "DECLARE":
            for part in _top_level(statement[len("DECLARE") :], ","):
                m = re.match(r"\s*@(\w+)\s+(?:AS\s+)?(.+?)\s*(?:=\s*(.+?))?\s*$", part, re.S | re.I)
                if m is None:
                    return Batch(declared, None)
                declared[m.group(1).lower()] = Declared(m.group(1), m.group(2).strip(), m.group(3))
        elif head == "GO":
            continue
        else:
            queries.append(statement)
    return Batch(declared, queries[0] if len(queries) == 1 else None)


def _strip_comments(sql: str) -> str:
    out, i, n = [], 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch == "'":
            j = i + 1
            while j < n and not (sql[j] == "'" and (j + 1 >= n or sql[j + 1] != "'")):
                j += 2 if sql[j] == "'" else 1
            out.append(sql[i : j + 1])
            i = j + 1
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            i = n if j < 0 else j
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            i = n if j < 0 else j + 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _statements(sql: str) -> list[str]:
    """Statements split at top-level semicolons, and at a DECLARE's end when no semicolon closes it."""
    parts = []
    for chunk in _top_level(sql, ";"):
        chunk = chunk.strip()
        # `DECLARE @x int = 1\nSELECT ...` without a semicolon: the SELECT starts a new statement
        m = re.match(r"(DECLARE\b.*?)\n\s*((?:SELECT|WITH)\b.*)$", chunk, re.S | re.I)
        if m:
            parts += [m.group(1).strip(), m.group(2).strip()]
        elif chunk:
            parts.append(chunk)
    return parts


def _top_level(text: str, sep: str) -> list[str]:
    """``text`` split at ``sep`` outside quotes and parentheses."""
    parts, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(text):
        if ch == "'":
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
        elif not quoted and depth == 0 and ch == sep:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p for p in parts if p.strip()]
