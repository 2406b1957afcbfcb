"""Schema-aware retrieval: a question → the tables, columns, joins, examples and rules to show the model.

A :class:`Retriever` is built once over one catalog and one index, then answers
``retrieve`` per question: it embeds the question once, ranks the catalog's objects
(``ranking``), finds the nearest approved examples and rules, picks each table's
columns and the joins between the chosen tables, and packs the rendered context into
the caller's token budget (``packing``; the context itself is ``context``).
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from ..catalog import Catalog
from .columns import MAX_COLUMNS, pick_columns
from .context import (
    ColumnContext,
    Context,
    ExampleContext,
    GlossaryContext,
    JoinContext,
    RuleContext,
    TableContext,
    clip,
)
from .packing import pack
from .protocols import Embedder, VectorStore
from .ranking import Candidate, Ranker, matvec
from .reading import facets

EXAMPLE_CANDIDATES = 4
RULE_CANDIDATES = 3


class Retriever:
    """Retrieval over one catalog and one index; built once, then ``retrieve`` per question."""

    def __init__(self, catalog: Catalog, store: VectorStore, embedder: Embedder) -> None:
        self.catalog = catalog
        self.store = store
        self.embedder = embedder
        self.ranker = Ranker(catalog, store.all("schema", include=("embeddings", "metadatas")))
        # Examples and rules are small collections: keep them in memory too, so a question
        # costs one embedding and three matrix products instead of three server round trips.
        self._side = {kind: self._load_side(kind) for kind in ("examples", "docs")}

    def _load_side(self, kind: str) -> tuple[np.ndarray, list[str], list[dict]]:
        records = self.store.all(kind, include=("embeddings", "metadatas", "documents"))
        matrix = np.asarray(records["embeddings"], dtype=np.float32).reshape(
            len(records["ids"]), -1
        )
        return matrix, list(records["documents"]), [m or {} for m in records["metadatas"]]

    def _nearest(self, kind: str, vector: np.ndarray, n: int) -> list[tuple[float, dict, str]]:
        matrix, documents, metadatas = self._side[kind]
        if not len(documents):
            return []
        sims = matvec(matrix, vector)
        order = np.argsort(-sims)[:n]
        return [(float(sims[i]), metadatas[i], documents[i]) for i in order]

    def embed(self, question: str) -> np.ndarray:
        return np.asarray(self.embedder.embed_query([question])[0], dtype=np.float32)

    def rank_plain(self, question: str, k: int = 10, vector: np.ndarray | None = None) -> list[str]:
        """The baseline: top-k object chunks by similarity, no examples, no join expansion."""
        vector = self.embed(question) if vector is None else vector
        return self.ranker.plain(vector, k)

    # -- assembling the context ----------------------------------------------------

    def retrieve(self, question: str, k: int = 8, budget_tokens: int = 1500) -> Context:
        t0 = time.perf_counter()
        clauses = facets(question)
        # one call embeds the question and its clauses (a report's "the supplier's name" finds APVM)
        vectors = [
            np.asarray(v, dtype=np.float32) for v in self.embedder.embed_query([question, *clauses])
        ]
        vector, clause_vectors = vectors[0], vectors[1:]
        t1 = time.perf_counter()
        examples = self._examples(vector)
        rules = self._rules(vector)
        t2 = time.perf_counter()
        matches = self.ranker.glossary_matches(question)
        ranked = self.ranker.rank(question, k, vector, examples, matches, clause_vectors)
        wanted = {t.object.lower(): t.column for m in matches for t in m.term.targets if t.column}
        tables = [self._table(c, question, ranked, wanted) for c in ranked]
        joins = self._joins([c.name for c in ranked])
        glossary = [
            GlossaryContext(
                m.term.term,
                m.said,
                tuple(t.render() for t in m.term.targets),
                m.term.note,
                m.term.source,
            )
            for m in matches
        ]
        t3 = time.perf_counter()
        context = pack(question, tables, joins, examples, rules, budget_tokens, glossary)
        t4 = time.perf_counter()
        return Context(
            context.question,
            context.tables,
            context.join_paths,
            context.examples,
            context.rules,
            budget_tokens,
            {
                "embed": t1 - t0,
                "search": t2 - t1,
                "rank": t3 - t2,
                "pack": t4 - t3,
                "total": t4 - t0,
            },
            glossary=context.glossary,
        )

    def _examples(self, vector: np.ndarray) -> list[ExampleContext]:
        out = []
        for score, meta, doc in self._nearest("examples", vector, EXAMPLE_CANDIDATES):
            tables = tuple(t for t in (meta.get("tables") or "").split(",") if t)
            out.append(
                ExampleContext(doc, meta.get("sql", ""), score, meta.get("source", ""), tables)
            )
        return out

    def _rules(self, vector: np.ndarray) -> list[RuleContext]:
        return [
            RuleContext(
                meta.get("object") or meta.get("title", ""), doc, score, meta.get("source", "")
            )
            for score, meta, doc in self._nearest("docs", vector, RULE_CANDIDATES)
        ]

    def _table(
        self,
        cand: Candidate,
        question: str,
        ranked: list[Candidate],
        wanted: dict[str, str | None] | None = None,
    ) -> TableContext:
        obj = self.catalog.get(cand.name)
        info = self.catalog.base_of(cand.name) or obj
        assert obj is not None and info is not None
        columns = info.columns or obj.columns
        others = [c.name for c in ranked if c.name != cand.name]
        limit = (
            MAX_COLUMNS + 6 if ranked and ranked[0].name == cand.name else MAX_COLUMNS
        )  # the best match shows more
        # the columns that join it to the other chosen tables through links, and the glossary's columns
        extra = [
            a
            for o in others[:8]
            if (l := self.ranker.link(obj.name, o)) is not None
            for a, _ in l.pairs
        ]
        if wanted and wanted.get(obj.name.lower()):
            extra.insert(0, wanted[obj.name.lower()])
        picked = pick_columns(self.catalog, obj, info, columns, question, others, limit, extra)
        description, derived = obj.about if obj.about[0] else info.about
        if derived:
            description = description.split(". ")[0].rstrip(
                "."
            )  # its first sentence: what a row is
        return TableContext(
            derived=derived,
            name=obj.name,
            kind=obj.kind,
            module=obj.module or info.module,
            description=description,
            score=cand.score,
            reason=cand.reason,
            key=tuple(info.business_key or obj.business_key),
            company_column=info.company_column or obj.company_column,
            group_columns=tuple(info.group_columns or obj.group_columns),
            base_table=obj.base_table if obj.kind != "table" else None,
            row_filter=obj.row_filter,
            columns=tuple(
                ColumnContext(
                    c.name,
                    c.vista_type,
                    c.description,
                    clip(c.domain.describe(), 200) if c.domain else "",
                )
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
        paths = [
            p
            for p in self.catalog.join_paths_between(left, right)
            if p.kind != "company" or "hqco" in (left.lower(), right.lower())
        ]
        if paths:
            best = max(paths, key=lambda p: len(p.pairs))
            return JoinContext(left, right, best.pairs, best.kind)
        for child, parent in ((left, right), (right, left)):
            for name, pairs, kind in self.ranker.parents(child):
                if name.lower() == parent.lower():
                    if child == left:
                        return JoinContext(left, right, pairs, kind)
                    return JoinContext(left, right, tuple((b, a) for a, b in pairs), kind)
        link = self.ranker.link(left, right)
        if link is not None:
            return JoinContext(left, right, link.pairs, "key")
        return None


def open_retriever(settings: Any) -> Retriever:
    """The retriever over the catalog artifact and the index that ``vgpt ingest`` last built."""
    from ..errors import IndexStoreError
    from .store import open_store

    store = open_store(settings)
    if not settings.catalog_path.exists():
        store.close()
        raise IndexStoreError(
            f"no catalog artifact at {settings.catalog_path}: run `vgpt ingest` to build it with the index"
        )
    catalog = Catalog.load(settings.catalog_path)
    if store.manifest.catalog_hash:
        import hashlib
        import logging

        if (
            hashlib.sha256(settings.catalog_path.read_bytes()).hexdigest()
            != store.manifest.catalog_hash
        ):
            # e.g. `vgpt catalog build` wrote a newer artifact: retrieval still works, but names may differ
            logging.getLogger(__name__).warning(
                "the catalog artifact %s is not the one the index was built with: run `vgpt ingest`",
                settings.catalog_path,
            )
    return Retriever(catalog, store, store.embedder)
