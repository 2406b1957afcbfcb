"""Relationship JSON reader: documented joins between two objects.

``{"relationships": [{"name", "type", "from": {"view": "APTH"}, "to": {"view": "APTL"},
"on": [{"from": "APCo", "to": "APCo"}, ...]}]}``. ``from``/``to`` may also be plain
names, and ``table`` is accepted for ``view``. Each usable entry becomes a
:class:`assistant.catalog.JoinPath`; an entry without both ends or without column
pairs is a Problem.
"""

from __future__ import annotations

import json

from assistant.catalog import JoinPath, Problem

from . import Read, decode, line_starts

_KINDS = {"header-detail", "master-lookup", "company", "foreign-key", "documented"}


def read_relationships(path: str, data: bytes) -> Read:
    text, problems = decode(path, data)
    if text is None:
        return Read((), tuple(problems))
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        return Read(
            (),
            (
                Problem(
                    path,
                    exc.lineno,
                    f"malformed JSON: {exc.msg} (column {exc.colno}); file skipped",
                ),
            ),
        )
    rels = doc.get("relationships") if isinstance(doc, dict) else doc
    if not isinstance(rels, list):
        return Read((), (Problem(path, 1, 'expected {"relationships": [...]}; file skipped'),))
    starts = line_starts(text, r"\{\s*\"name\"")
    facts = []
    for i, rel in enumerate(rels):
        line = starts[i] if i < len(starts) else None
        if not isinstance(rel, dict):
            problems.append(Problem(path, line, "relationship is not an object; skipped"))
            continue
        left, right = _end(rel.get("from")), _end(rel.get("to"))
        pairs = tuple(
            (str(p.get("from")), str(p.get("to")))
            for p in rel.get("on") or ()
            if isinstance(p, dict) and p.get("from") and p.get("to")
        )
        if not left or not right or not pairs:
            problems.append(
                Problem(
                    path,
                    line,
                    f"relationship {rel.get('name', i)!r} needs 'from', 'to' and column pairs in 'on'; skipped",
                )
            )
            continue
        kind = str(rel.get("type") or "documented")
        facts.append(JoinPath(left, right, pairs, kind if kind in _KINDS else "documented", path))
    return Read(tuple(facts), tuple(problems))


def _end(value) -> str | None:
    if isinstance(value, str):
        return value or None
    if isinstance(value, dict):
        return value.get("view") or value.get("table") or value.get("object")
    return None
