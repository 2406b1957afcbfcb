"""Ranking the catalog's objects for a question, and the columns worth showing of each.

Objects are ranked in four steps:

1. **Similarity.** The question is embedded once. Every schema chunk (title, object
   and column chunks) is scored by cosine similarity in memory (about a thousand
   vectors: one matrix product); an object scores its best chunk, column chunks a
   little less.
2. **Words.** A small bonus for the share of the question's words found in the
   object's description and module ("cost detail" is JCCD's description; many JC
   tables share only "job cost"). Dense plus lexical beats either alone.
3. **Approved examples.** The most similar approved questions vote for the tables
   their SQL reads; a vote adds to a table's own score, so it must also match.
4. **Join expansion.** The top objects pull in the objects their keys point at: a
   detail row brings its header and the masters keyed by its columns (job cost
   detail → job and job phase; an AP transaction → the vendor master through
   VendorGroup). A table is useless to the model without the ones it must join to.

The knobs were set by a sweep on ``tests/data/retrieval_questions.jsonl``
(``benchmarks/bench_retrieval.py`` prints recall with and without steps 2-4).

Views are preferred throughout: every candidate is mapped to the view of its base
table (the index already holds one chunk per table/view pair).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from ..catalog import Catalog, Column, DbObject
from ..vocabulary import MODULE_AREAS, split_identifier, stem, terms, words
from .context import FULL_TABLES, ExampleContext

MAX_COLUMNS = 14  # columns shown per table at most
EXAMPLE_VOTE_MIN = 0.6  # an approved question this similar votes for its tables
EXPANSION_PER_SEED = 2
EXPANSION_SEEDS = 3


def column_terms(column: Column) -> frozenset[str]:
    return _column_terms(column.name, column.description)


@lru_cache(maxsize=65536)
def _column_terms(name: str, description: str) -> frozenset[str]:
    from_name = terms(words(name)) | {stem(p.lower()) for p in split_identifier(name)}
    return frozenset(from_name | terms(description))


@dataclass(frozen=True)
class Candidate:
    name: str
    score: float
    reason: str


class Ranker:
    """Scores one catalog's objects against a question, over the schema chunks' vectors held in memory."""

    # Ranking knobs: class attributes so a benchmark can vary them without re-embedding.
    # Values chosen by a sweep on tests/data/retrieval_questions.jsonl (benchmarks/bench_retrieval.py).
    vote_min = EXAMPLE_VOTE_MIN
    vote_blend = 0.3  # > 0: an example adds this share of its similarity to a table's own score instead
    vote_bonus = 0.0  # an example's tables score as the example's similarity
    column_penalty = 0.08  # a column chunk hit counts a little less than the object's own chunk
    expansion_seeds = EXPANSION_SEEDS
    expansion_per_seed = EXPANSION_PER_SEED
    expansion_first = EXPANSION_PER_SEED + 1  # the best match brings one parent more
    expansion_drop = 0.02
    lexical_weight = 0.3  # weight of the share of the question's words found in an object's description and module

    def __init__(self, catalog: Catalog, records: dict[str, Any]) -> None:
        """``records``: the schema collection's ``embeddings`` and ``metadatas`` (``VectorStore.all``)."""
        self.catalog = catalog
        self._names: list[str] = []
        self._is_object: list[bool] = []
        vectors = []
        for meta, vec in zip(records["metadatas"], records["embeddings"]):
            obj = catalog.view_of(meta.get("object", "")) or catalog.get(meta.get("object", ""))
            if obj is None:  # the index knows an object the catalog does not: ignore it
                continue
            self._names.append(obj.name)
            self._is_object.append(meta.get("kind") != "columns")  # object and title chunks
            vectors.append(vec)
        self._matrix = np.asarray(vectors, dtype=np.float32).reshape(len(vectors), -1)
        self._is_object_arr = np.asarray(self._is_object, dtype=bool)
        self._objects = list(dict.fromkeys(self._names))
        position = {n: i for i, n in enumerate(self._objects)}
        self._owner = np.asarray([position[n] for n in self._names], dtype=np.int64)
        self._parents: dict[str, list[tuple[str, tuple[tuple[str, str], ...], str]]] = {}
        # Words of each object's description and module: an exact "cost detail" should beat a
        # table that only shares the module's words with the question.
        self._terms = {n: self._object_terms(n) for n in self._objects}
        self._by_term: dict[str, list[str]] = {}
        for n, found in self._terms.items():
            for t in found:
                self._by_term.setdefault(t, []).append(n)

    def _object_terms(self, name: str) -> frozenset[str]:
        obj = self.catalog.get(name)
        info = self.catalog.base_of(name) or obj
        if obj is None or info is None:
            return frozenset()
        module = obj.module or info.module
        text = f"{obj.description or info.description} {MODULE_AREAS.get(module, '')}"
        return frozenset(terms(text))

    @property
    def chunks(self) -> int:
        """How many schema chunks the ranker scores."""
        return len(self._names)

    def similarities(self, vector: np.ndarray, objects_only: bool = False) -> dict[str, float]:
        """Each object's best chunk similarity (column chunks count a little less)."""
        if not len(self._names):
            return {}
        sims = self._matrix @ vector
        if objects_only:
            sims = np.where(self._is_object_arr, sims, -np.inf)
        else:
            sims = np.where(self._is_object_arr, sims, sims - self.column_penalty)
        best = np.full(len(self._objects), -np.inf, dtype=np.float32)
        np.maximum.at(best, self._owner, sims.astype(np.float32))
        return {name: float(v) for name, v in zip(self._objects, best.tolist()) if v != -np.inf}

    def lexical(self, question: str, scores: dict[str, float]) -> dict[str, float]:
        """Similarity plus a small bonus for the question's words in the object's description."""
        asked = terms(question)
        if not asked or not self.lexical_weight:
            return scores
        hits: dict[str, int] = {}
        for t in asked:
            for n in self._by_term.get(t, ()):
                hits[n] = hits.get(n, 0) + 1
        bonus = self.lexical_weight / len(asked)
        out = dict(scores)
        for n, count in hits.items():
            if n in out:
                out[n] += bonus * count
        return out

    def plain(self, vector: np.ndarray, k: int = 10) -> list[str]:
        """The baseline: top-k object chunks by similarity, no examples, no join expansion."""
        scores = self.similarities(vector, objects_only=True)
        return [n for n, _ in sorted(scores.items(), key=lambda kv: -kv[1])[:k]]

    def parents(self, name: str) -> list[tuple[str, tuple[tuple[str, str], ...], str]]:
        """Objects this one's columns point at: its header and the masters keyed by its columns.

        A parent's whole business key is present in this object (documented join
        paths first, then key containment within the module). Company-only joins
        (to HQCO) are left out: every table has one.
        """
        if name in self._parents:
            return self._parents[name]
        obj = self.catalog.get(name)
        out: list[tuple[str, tuple[tuple[str, str], ...], str]] = []
        if obj is None:
            self._parents[name] = out
            return out
        info = self.catalog.base_of(name) or obj
        columns = {c.lower() for c in info.column_names}
        seen = {obj.name.lower()}
        for path in self.catalog.join_paths_from(name):
            if path.kind == "company":
                continue
            target = self.catalog.view_of(path.right) or self.catalog.get(path.right)
            if target is None or target.name.lower() in seen:
                continue
            tinfo = self.catalog.base_of(target.name) or target
            key = {k.lower() for k in tinfo.business_key}
            right_cols = {r.lower() for _, r in path.pairs}
            if key and key <= right_cols:  # the path reaches the target's whole key: a parent
                seen.add(target.name.lower())
                out.append((target.name, path.pairs, path.kind))
        for other in self.catalog.objects:
            if other.kind != "table" or other.module != info.module or len(other.business_key) < 2:
                continue
            target = self.catalog.view_of(other.name) or other
            if target.name.lower() in seen:
                continue
            key = [k for k in other.business_key]
            if all(k.lower() in columns for k in key) and len(key) < len(info.business_key or key * 2):
                seen.add(target.name.lower())
                out.append((target.name, tuple((k, k) for k in key), "key"))
        self._parents[name] = out
        return out

    def rank(self, question: str, k: int, vector: np.ndarray, examples: list[ExampleContext]) -> list[Candidate]:
        scores = self.lexical(question, self.similarities(vector))
        reasons = {n: "similar" for n in scores}
        for ex in examples:
            if ex.score < self.vote_min:
                continue
            for t in ex.tables:
                if self.vote_blend:
                    # relevance of its own plus the example's support
                    vote = scores.get(t, 0.0) + self.vote_blend * ex.score
                else:
                    vote = ex.score + self.vote_bonus
                if vote > scores.get(t, -1.0):
                    scores[t] = vote
                    reasons[t] = "example"
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        chosen: dict[str, Candidate] = {}
        seeds = ranked[: self.expansion_seeds]
        for name, score in seeds:
            chosen[name] = Candidate(name, score, reasons[name])
        # expansion: each top seed brings its best-matching parents right behind it
        for i, (name, score) in enumerate(seeds):
            parents = self.parents(name)
            room = self.expansion_first if i == 0 else self.expansion_per_seed
            parents = sorted(parents, key=lambda p: -scores.get(p[0], 0.0))[:room]
            for parent, _, _ in parents:
                own = scores.get(parent, 0.0)
                value = max(own, score - self.expansion_drop - 0.1 * max(0.0, score - own))
                if parent not in chosen or chosen[parent].score < value:
                    chosen[parent] = Candidate(parent, value, f"joins from {name}" if value > own else reasons.get(parent, "similar"))
        for name, score in ranked[self.expansion_seeds :]:
            if len(chosen) >= max(k, self.expansion_seeds) * 2:
                break
            if name not in chosen:
                chosen[name] = Candidate(name, score, reasons[name])
        return sorted(chosen.values(), key=lambda c: -c.score)[:k]


@lru_cache(maxsize=16384)
def _meaning_terms(meanings: tuple[tuple[str, str], ...]) -> frozenset[str]:
    return frozenset(terms(" ".join(m for _, m in meanings)))


def pick_columns(catalog: Catalog, obj: DbObject, info: DbObject, columns: tuple[Column, ...],
                 question: str, others: list[str], limit: int = MAX_COLUMNS) -> list[Column]:
    """The columns worth showing: keys, company and group columns, join columns, then the ones the question names."""
    by_name = {c.name.lower(): c for c in columns}
    wanted: list[str] = []

    def add(name: str) -> None:
        if name.lower() in by_name and name.lower() not in wanted:
            wanted.append(name.lower())

    for name in info.business_key or obj.business_key:
        add(name)
    if info.company_column:
        add(info.company_column)
    for name in info.group_columns:
        add(name)
    for other in others[:FULL_TABLES]:
        for path in catalog.join_paths_between(obj.name, other)[:1]:
            if path.kind != "company":
                for left, _ in path.pairs:
                    add(left)
    asked = terms(question)
    # a word that matches many of this table's columns ("date", "contract") says less
    # than one that matches few ("billed"): weight each matched word by 1 / its matches
    matches: dict[str, int] = {}
    column_words = []
    for c in columns:
        found = asked & column_terms(c)
        column_words.append(found)
        for t in found:
            matches[t] = matches.get(t, 0) + 1
    scored = []
    for i, (c, found) in enumerate(zip(columns, column_words)):
        overlap = sum(1.0 / matches[t] for t in found)
        if c.domain is not None and c.domain.meanings:
            overlap += len(asked & _meaning_terms(c.domain.meanings)) * 0.5
        if overlap:
            scored.append((-overlap, i, c.name))
    for _, _, name in sorted(scored):
        if len(wanted) >= limit:
            break
        add(name)
    return [by_name[n] for n in wanted]
