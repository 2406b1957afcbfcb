""" "Which table holds…": the catalog objects whose descriptions and columns name the question's words.

The chat's look-up flow answers from the catalog itself rather than from the
retriever's ranking alone: a table matches when its description holds the
question's words (its columns add a little, a master table a little more), and
the retriever's top tables get a bonus by rank. Matching is on substrings, so
the words are only stripped of plural endings (``vendors`` → ``vendor``), and
column names are split only where a lower-case letter meets a capital.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..catalog import Catalog, Column, DbObject
from ..vocabulary import LOOKUP_STOPWORDS, split_identifier, stem

MAX_MATCHES = 5


@dataclass(frozen=True)
class Match:
    """One object that answers the question, as users should read it."""

    obj: DbObject  # what users query: the view of a base table when it has one
    base: DbObject  # the base table the facts come from (``obj`` itself when it has none)
    score: float
    columns: tuple[Column, ...]  # the base's columns the question names


def keywords(question: str) -> list[str]:
    """The question's words that say what is looked for, without plural endings.

    >>> keywords("Which table holds vendor addresses?")
    ['vendor', 'address']
    """
    words = [w.lower() for w in re.findall(r"[A-Za-z]{3,}", question)]
    return [stem(w, verb_endings=False) for w in words if w not in LOOKUP_STOPWORDS]


def find_objects(
    question: str, catalog: Catalog, ranked: Sequence[str] = (), n: int = MAX_MATCHES
) -> list[Match]:
    """The best ``n`` objects for a "which table holds…" question, best first.

    ``ranked`` are the retriever's table names for the question, best first: each
    gets a bonus by its rank. Every table whose description holds a question word
    is considered too; objects are shown as their views.
    """
    words = keywords(question)
    scores: dict[str, float] = {}
    objects: dict[str, DbObject] = {}

    def consider(obj: DbObject | None, bonus: float = 0.0) -> None:
        if obj is None:
            return
        shown = catalog.view_of(obj.name) or obj  # users read views
        base = catalog.base_of(shown.name) or shown
        key = shown.name.lower()
        objects[key] = shown
        scores[key] = max(scores.get(key, 0.0), score_object(base, words) + bonus)

    for rank, name in enumerate(ranked):
        consider(catalog.get(name), bonus=max(0.0, 1.5 - 0.2 * rank))
    for obj in catalog.objects:
        if obj.kind == "table" and score_object(obj, words) > 0:
            consider(obj)
    best = sorted((k for k in scores if scores[k] > 0), key=lambda k: (-scores[k], k))[:n]
    out = []
    for key in best:
        obj = objects[key]
        base = catalog.base_of(obj.name) or obj
        out.append(Match(obj, base, scores[key], tuple(matching_columns(base, words))))
    return out


def score_object(obj: DbObject, words: list[str]) -> float:
    """How well a table matches the question's words: its description, its columns, master tables first."""
    if not words:
        return 0.0
    text = (obj.description or "").lower()
    score = sum(2.0 for w in words if w in text)
    if score == 0:
        return 0.0
    score += min(2.0, 1.0 * len(matching_columns(obj, words)))
    if "master" in text:
        score += 1.0  # "which table holds X" is usually answered by X's master table
    return score


def matching_columns(obj: DbObject, words: list[str]) -> list[Column]:
    """Columns named or described by a question word, where the table covers the other words."""
    table_text = (obj.description or "").lower()
    out = []
    for c in obj.columns:
        hay = f"{' '.join(split_identifier(c.name, acronyms=False))} {c.description}".lower()
        if any(w in hay.split() or (len(w) > 4 and w in hay) for w in words) and all(
            w in hay or w in table_text for w in words
        ):
            out.append(c)
    return out
