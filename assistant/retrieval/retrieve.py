"""Schema-aware retrieval: a question → the tables, columns, joins, examples and rules to show the model.

Ranking, in four steps:

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

The rendered context must fit the caller's token budget. Tokens are approximated as
``ceil(characters / 4)``, the usual rule of thumb for English BPE vocabularies; SQL
identifiers tokenise a little worse, so callers should leave a margin. Lower-ranked
tables are shown compactly (name, description, key) before anything is dropped.
"""

from __future__ import annotations

import math
import time
from functools import lru_cache
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

import numpy as np

from ..catalog import Catalog, Column, DbObject
from ..vocabulary import MODULE_AREAS, split_identifier, stem, words
from ..vocabulary import terms as question_terms

FULL_TABLES = 4  # tables shown with their columns; the rest compactly
MAX_COLUMNS = 14  # columns shown per table at most
EXAMPLE_CANDIDATES = 4
RULE_CANDIDATES = 3
EXAMPLE_VOTE_MIN = 0.6  # an approved question this similar votes for its tables
EXPANSION_PER_SEED = 2
EXPANSION_SEEDS = 3


def approx_tokens(text: str) -> int:
    """Approximate token count: ceil(characters / 4)."""
    return math.ceil(len(text) / 4)


def column_terms(column: Column) -> frozenset[str]:
    return _column_terms(column.name, column.description)


@lru_cache(maxsize=65536)
def _column_terms(name: str, description: str) -> frozenset[str]:
    from_name = question_terms(words(name)) | {stem(p.lower()) for p in split_identifier(name)}
    return frozenset(from_name | question_terms(description))


# -- the context -------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnContext:
    name: str
    type: str
    description: str = ""
    values: str = ""

    def render(self) -> str:
        text = f"{self.name} {self.type}"
        if self.values:
            text += f" {{{self.values}}}"
        return text


@dataclass(frozen=True)
class TableContext:
    name: str
    kind: str
    module: str
    description: str
    score: float
    reason: str  # "similar", "example", or "joins from X"
    key: tuple[str, ...] = ()
    company_column: str | None = None
    group_columns: tuple[str, ...] = ()
    base_table: str | None = None
    row_filter: str | None = None
    columns: tuple[ColumnContext, ...] = ()
    compact: bool = False

    def render(self) -> str:
        title = self.name
        if self.base_table:
            title += f" (view of {self.base_table})"
        if self.description:
            title += f": {self.description}"
        facts = []
        if self.key:
            facts.append("key " + ", ".join(self.key))
        if self.company_column:
            facts.append("company " + self.company_column)
        if self.group_columns:
            facts.append("groups " + ", ".join(self.group_columns))
        if self.compact:
            return f"{title} [{'; '.join(facts)}]" if facts else title
        lines = [title]
        if facts:
            lines.append("  " + "; ".join(facts))
        if self.columns:
            lines.append("  columns: " + ", ".join(c.render() for c in self.columns))
        if self.row_filter:
            lines.append(f"  rows filtered: {self.row_filter}")
        return "\n".join(lines)


@dataclass(frozen=True)
class JoinContext:
    left: str
    right: str
    pairs: tuple[tuple[str, str], ...]
    kind: str

    def render(self) -> str:
        on = " AND ".join(f"{self.left}.{a} = {self.right}.{b}" for a, b in self.pairs)
        return f"{self.left} JOIN {self.right} ON {on}"


@dataclass(frozen=True)
class ExampleContext:
    question: str
    sql: str
    score: float
    source: str = ""
    tables: tuple[str, ...] = ()

    def render(self) -> str:
        return f"Q: {self.question}\n{self.sql.strip()}"


@dataclass(frozen=True)
class RuleContext:
    title: str
    text: str
    score: float
    source: str = ""

    def render(self) -> str:
        return self.text.strip()


@dataclass(frozen=True)
class Context:
    """What the model is shown for one question, already trimmed to the token budget."""

    question: str
    tables: tuple[TableContext, ...] = ()
    join_paths: tuple[JoinContext, ...] = ()
    examples: tuple[ExampleContext, ...] = ()
    rules: tuple[RuleContext, ...] = ()
    budget_tokens: int = 1500
    timings: dict[str, float] = field(default_factory=dict, compare=False)

    @property
    def table_names(self) -> list[str]:
        return [t.name for t in self.tables]

    @property
    def tokens(self) -> int:
        return approx_tokens(self.render())

    def render(self) -> str:
        return render_sections(self.tables, self.join_paths, self.examples, self.rules)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tables": self.table_names,
            "question": self.question,
            "objects": [_clean(asdict(t)) for t in self.tables],
            "join_paths": [
                {"left": j.left, "right": j.right, "pairs": [list(p) for p in j.pairs], "kind": j.kind, "sql": j.render()}
                for j in self.join_paths
            ],
            "examples": [asdict(e) for e in self.examples],
            "rules": [asdict(r) for r in self.rules],
            "tokens": self.tokens,
            "budget_tokens": self.budget_tokens,
            "timings_ms": {k: round(v * 1000, 2) for k, v in self.timings.items()},
        }


def _clean(d: dict) -> dict:
    d["columns"] = [c for c in d.get("columns", ())]
    d["score"] = round(d["score"], 4)
    return d


def render_sections(tables: Iterable[TableContext], joins: Iterable[JoinContext],
                    examples: Iterable[ExampleContext], rules: Iterable[RuleContext]) -> str:
    tables, joins, examples, rules = list(tables), list(joins), list(examples), list(rules)
    parts = []
    full = [t for t in tables if not t.compact]
    compact = [t for t in tables if t.compact]
    if full:
        parts.append("### Tables and views (query the views)\n" + "\n".join(t.render() for t in full))
    if compact:
        parts.append("### Also relevant\n" + "\n".join(t.render() for t in compact))
    if joins:
        parts.append("### Joins (use every key pair)\n" + "\n".join(j.render() for j in joins))
    if examples:
        parts.append("### Approved examples\n" + "\n\n".join(e.render() for e in examples))
    if rules:
        parts.append("### Rules\n" + "\n\n".join(r.render() for r in rules))
    return "\n\n".join(parts)


# -- the retriever ----------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    name: str
    score: float
    reason: str


class Retriever:
    """Retrieval over one catalog and one index; built once, then ``retrieve`` per question."""

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

    def __init__(self, catalog: Catalog, store: Any, embedder: Any) -> None:
        self.catalog = catalog
        self.store = store
        self.embedder = embedder
        records = store.all("schema", include=("embeddings", "metadatas"))
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
        for n, terms in self._terms.items():
            for t in terms:
                self._by_term.setdefault(t, []).append(n)
        # Examples and rules are small collections: keep them in memory too, so a question
        # costs one embedding and three matrix products instead of three server round trips.
        self._side = {kind: self._load_side(kind) for kind in ("examples", "docs")}

    def _object_terms(self, name: str) -> frozenset[str]:
        obj = self.catalog.get(name)
        info = self.catalog.base_of(name) or obj
        if obj is None or info is None:
            return frozenset()
        module = obj.module or info.module
        text = f"{obj.description or info.description} {MODULE_AREAS.get(module, '')}"
        return frozenset(question_terms(text))

    def _load_side(self, kind: str) -> tuple[np.ndarray, list[str], list[dict]]:
        records = self.store.all(kind, include=("embeddings", "metadatas", "documents"))
        matrix = np.asarray(records["embeddings"], dtype=np.float32).reshape(len(records["ids"]), -1)
        return matrix, list(records["documents"]), [m or {} for m in records["metadatas"]]

    def _nearest(self, kind: str, vector: np.ndarray, n: int) -> list[tuple[float, dict, str]]:
        matrix, documents, metadatas = self._side[kind]
        if not len(documents):
            return []
        sims = matrix @ vector
        order = np.argsort(-sims)[:n]
        return [(float(sims[i]), metadatas[i], documents[i]) for i in order]

    # -- scoring ---------------------------------------------------------------

    def embed(self, question: str) -> np.ndarray:
        return np.asarray(self.embedder.embed_query([question])[0], dtype=np.float32)

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
        terms = question_terms(question)
        if not terms or not self.lexical_weight:
            return scores
        hits: dict[str, int] = {}
        for t in terms:
            for n in self._by_term.get(t, ()):
                hits[n] = hits.get(n, 0) + 1
        bonus = self.lexical_weight / len(terms)
        out = dict(scores)
        for n, count in hits.items():
            if n in out:
                out[n] += bonus * count
        return out

    def rank_plain(self, question: str, k: int = 10, vector: np.ndarray | None = None) -> list[str]:
        """The baseline: top-k object chunks by similarity, no examples, no join expansion."""
        vector = self.embed(question) if vector is None else vector
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

    # -- assembling the context ----------------------------------------------------

    def retrieve(self, question: str, k: int = 8, budget_tokens: int = 1500) -> Context:
        t0 = time.perf_counter()
        vector = self.embed(question)
        t1 = time.perf_counter()
        examples = self._examples(vector)
        rules = self._rules(vector)
        t2 = time.perf_counter()
        ranked = self.rank(question, k, vector, examples)
        tables = [self._table(c, question, ranked) for c in ranked]
        joins = self._joins([c.name for c in ranked])
        t3 = time.perf_counter()
        context = pack(question, tables, joins, examples, rules, budget_tokens)
        t4 = time.perf_counter()
        return Context(
            context.question, context.tables, context.join_paths, context.examples, context.rules, budget_tokens,
            {"embed": t1 - t0, "search": t2 - t1, "rank": t3 - t2, "pack": t4 - t3, "total": t4 - t0},
        )

    def _examples(self, vector: np.ndarray) -> list[ExampleContext]:
        out = []
        for score, meta, doc in self._nearest("examples", vector, EXAMPLE_CANDIDATES):
            tables = tuple(t for t in (meta.get("tables") or "").split(",") if t)
            out.append(ExampleContext(doc, meta.get("sql", ""), score, meta.get("source", ""), tables))
        return out

    def _rules(self, vector: np.ndarray) -> list[RuleContext]:
        return [
            RuleContext(meta.get("object") or meta.get("title", ""), doc, score, meta.get("source", ""))
            for score, meta, doc in self._nearest("docs", vector, RULE_CANDIDATES)
        ]

    def _table(self, cand: Candidate, question: str, ranked: list[Candidate]) -> TableContext:
        obj = self.catalog.get(cand.name)
        info = self.catalog.base_of(cand.name) or obj
        assert obj is not None and info is not None
        columns = info.columns or obj.columns
        others = [c.name for c in ranked if c.name != cand.name]
        limit = MAX_COLUMNS + 6 if ranked and ranked[0].name == cand.name else MAX_COLUMNS  # the best match shows more
        picked = pick_columns(self.catalog, obj, info, columns, question, others, limit)
        return TableContext(
            name=obj.name,
            kind=obj.kind,
            module=obj.module or info.module,
            description=obj.description or info.description,
            score=cand.score,
            reason=cand.reason,
            key=tuple(info.business_key or obj.business_key),
            company_column=info.company_column or obj.company_column,
            group_columns=tuple(info.group_columns or obj.group_columns),
            base_table=obj.base_table if obj.kind != "table" else None,
            row_filter=obj.row_filter,
            columns=tuple(
                ColumnContext(c.name, c.vista_type, c.description, c.domain.describe()[:200] if c.domain else "")
                for c in picked
            ),
        )

    def _joins(self, names: list[str]) -> list[JoinContext]:
        """How the chosen objects join to each other: documented paths, else shared parent keys."""
        out: list[JoinContext] = []
        seen: set[frozenset[str]] = set()
        for i, left in enumerate(names):
            for right in names[i + 1 :]:
                pair = frozenset((left.lower(), right.lower()))
                if pair in seen:
                    continue
                path = self._join(left, right)
                if path is not None:
                    seen.add(pair)
                    out.append(path)
        return out

    def _join(self, left: str, right: str) -> JoinContext | None:
        paths = [p for p in self.catalog.join_paths_between(left, right) if p.kind != "company" or "hqco" in (left.lower(), right.lower())]
        if paths:
            best = max(paths, key=lambda p: len(p.pairs))
            return JoinContext(left, right, best.pairs, best.kind)
        for child, parent in ((left, right), (right, left)):
            for name, pairs, kind in self.parents(child):
                if name.lower() == parent.lower():
                    if child == left:
                        return JoinContext(left, right, pairs, kind)
                    return JoinContext(left, right, tuple((b, a) for a, b in pairs), kind)
        return None


@lru_cache(maxsize=16384)
def _meaning_terms(meanings: tuple[tuple[str, str], ...]) -> frozenset[str]:
    return frozenset(question_terms(" ".join(m for _, m in meanings)))


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
    terms = question_terms(question)
    # a word that matches many of this table's columns ("date", "contract") says less
    # than one that matches few ("billed"): weight each matched word by 1 / its matches
    matches: dict[str, int] = {}
    column_words = []
    for c in columns:
        found = terms & column_terms(c)
        column_words.append(found)
        for t in found:
            matches[t] = matches.get(t, 0) + 1
    scored = []
    for i, (c, found) in enumerate(zip(columns, column_words)):
        overlap = sum(1.0 / matches[t] for t in found)
        if c.domain is not None and c.domain.meanings:
            overlap += len(terms & _meaning_terms(c.domain.meanings)) * 0.5
        if overlap:
            scored.append((-overlap, i, c.name))
    for _, _, name in sorted(scored):
        if len(wanted) >= limit:
            break
        add(name)
    return [by_name[n] for n in wanted]


def pack(question: str, tables: list[TableContext], joins: list[JoinContext],
         examples: list[ExampleContext], rules: list[RuleContext], budget: int) -> Context:
    """Choose what fits the budget, most useful first; lower-ranked tables go compact first."""
    chosen_tables: list[TableContext] = []
    chosen_joins: list[JoinContext] = []
    chosen_examples: list[ExampleContext] = []
    chosen_rules: list[RuleContext] = []

    def fits() -> bool:
        return approx_tokens(render_sections(chosen_tables, chosen_joins, chosen_examples, chosen_rules)) <= budget

    def try_add(bucket: list, item: Any) -> bool:
        bucket.append(item)
        if fits():
            return True
        bucket.pop()
        return False

    def try_table(table: TableContext, compact: bool) -> None:
        if not compact and try_add(chosen_tables, table):
            return
        try_add(chosen_tables, _compact(table))

    for i, table in enumerate(tables[:FULL_TABLES]):
        try_table(table, compact=False)
    names = {t.name for t in chosen_tables}
    for join in joins:
        if join.left in names and join.right in names:
            try_add(chosen_joins, join)
    if examples:
        try_add(chosen_examples, examples[0])
    if rules:
        try_add(chosen_rules, rules[0])
    for table in tables[FULL_TABLES:]:
        try_table(table, compact=True)
    names = {t.name for t in chosen_tables}
    for join in joins:
        if join not in chosen_joins and join.left in names and join.right in names:
            try_add(chosen_joins, join)
    for example in examples[1:2]:
        try_add(chosen_examples, example)
    for rule in rules[1:2]:
        try_add(chosen_rules, rule)
    # keep rank order for tables (compact ones were appended later)
    order = {t.name: i for i, t in enumerate(tables)}
    chosen_tables.sort(key=lambda t: order[t.name])
    return Context(question, tuple(chosen_tables), tuple(chosen_joins), tuple(chosen_examples), tuple(chosen_rules), budget)


def _compact(table: TableContext) -> TableContext:
    return TableContext(
        table.name, table.kind, table.module, table.description, table.score, table.reason,
        table.key, table.company_column, table.group_columns, table.base_table, None, (), True,
    )


def open_retriever(settings: Any) -> Retriever:
    """The retriever over the catalog artifact and the index that ``vgpt ingest`` last built."""
    from ..errors import IndexStoreError
    from .store import open_store

    store = open_store(settings)
    if not settings.catalog_path.exists():
        store.close()
        raise IndexStoreError(f"no catalog artifact at {settings.catalog_path}: run `vgpt ingest` to build it with the index")
    catalog = Catalog.load(settings.catalog_path)
    if store.manifest.catalog_hash:
        import hashlib
        import logging

        if hashlib.sha256(settings.catalog_path.read_bytes()).hexdigest() != store.manifest.catalog_hash:
            # e.g. `vgpt catalog build` wrote a newer artifact: retrieval still works, but names may differ
            logging.getLogger(__name__).warning(
                "the catalog artifact %s is not the one the index was built with: run `vgpt ingest`", settings.catalog_path
            )
    return Retriever(catalog, store, store.embedder)
