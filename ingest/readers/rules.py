"""Prose reader: rule and reference pages, kept whole as documents for retrieval."""

from __future__ import annotations

from pathlib import PurePosixPath

from assistant.catalog import Document, Problem

from . import Read, decode


def read_document(path: str, data: bytes, kind: str = "rule") -> Read:
    text, problems = decode(path, data)
    if text is None:
        return Read((), tuple(problems))
    if not text.strip():
        return Read((), (Problem(path, 1, "empty document; skipped"),))
    title = next(
        (line.lstrip("#").strip() for line in text.split("\n") if line.startswith("#")), ""
    )
    if not title:
        title = PurePosixPath(path).stem.replace("_", " ").strip()
    return Read(
        (
            Document(
                path=path,
                title=title,
                text=text.strip() + "\n",
                kind="reference" if kind == "reference" else "rule",
            ),
        ),
        tuple(problems),
    )
