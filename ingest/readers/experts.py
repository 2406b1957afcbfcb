"""Approved expert SQL reader: ``-- Question: ...`` (and optional ``-- Tags: a, b``)
header comments, then the T-SQL. A file without a question is a Problem, not an
example with an empty question."""

from __future__ import annotations

import re

from assistant.catalog import Example, Problem

from . import Read, decode

_HEADER = re.compile(r"^\s*--\s*(question|tags)\s*:\s*(.*)$", re.IGNORECASE)


def read_example(path: str, data: bytes) -> Read:
    text, problems = decode(path, data)
    if text is None:
        return Read((), tuple(problems))
    question, tags, body = "", (), []
    in_header = True
    for line in text.split("\n"):
        m = _HEADER.match(line) if in_header else None
        if m:
            if m.group(1).lower() == "question":
                question = m.group(2).strip()
            else:
                tags = tuple(t.strip() for t in m.group(2).split(",") if t.strip())
            continue
        if in_header and not line.strip():
            continue
        in_header = False
        body.append(line)
    sql = "\n".join(body).strip()
    if not question:
        return Read((), (Problem(path, 1, "expert SQL has no '-- Question:' line; skipped"),))
    if not sql:
        return Read((), (Problem(path, 1, "expert SQL has a question but no SQL; skipped"),))
    return Read(
        (Example(question=question, sql=sql + "\n", path=path, tags=tags),), tuple(problems)
    )
