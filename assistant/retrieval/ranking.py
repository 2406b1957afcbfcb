"""Ranking the catalog's objects for a question (the columns shown of each: ``columns``).

Objects are ranked in six steps:

1. **Similarity.** The question is embedded once. Every schema chunk (title, object
   and column chunks) is scored by cosine similarity in memory (about a thousand
   vectors: one matrix product); an object scores its best chunk, column chunks a
   little less.
2. **Words (BM25).** ``bm25s`` scores the question's words against two texts per
   object: what it *is* (name, description, derived description, the columns that
   name a row) and what it *holds* (every column written out, with light length
   normalisation: wide tables are not punished for their width). Each is normalised
   by the best score for the question and added with a weight; a question that says
   an object's documented description as a phrase ("cost detail"; "material order"
   for "IN Material Order Header": the part a table holds is left off) adds a bonus.
   The question's words include the Vista words for its everyday ones (``thesaurus``:
   "supplier" adds "vendor", "union" adds "craft").
   A table whose title marks it a variant of a thing (a batch, an unapproved or recurring
   invoice, a history, audit or import copy, a template) scores a little less unless the
   question says that word: "supplier invoices" are the posted ones.
3. **Glossary.** A term of the user's glossary found in the question puts its
   tables at the top: the user said what the term means. An object the question
   names by its code ("JCCD trans by phase") goes above them.
4. **Approved examples.** The most similar approved questions vote for the tables
   their SQL reads; a vote adds to a table's own score, so it must also match.
5. **Join expansion, column-aware.** From the top objects, the links their columns
   carry (``links``: a column holding another table's key, a detail row's header,
   and back down to a header's details) are followed up to three hops. A target is
   pulled in when the question names it: its naming columns (``ProjectMgr``:
   "project manager"), its description or its name share rare words with the
   question that the seed itself does not explain, or when a clause of the
   question ("the supplier's name", embedded with the question) is close to it:
   the embedder knows a supplier is a vendor. The tables on the way are pulled in
   too (invoice → line → job → project manager): the model needs them to write
   the joins. Each target must name a word of the question that the better ones did
   not: six payroll tables named by "craft, class" would crowd out the job a report
   also asks for. The best seeds also bring their parents (the header, the masters
   their documented joins name), as a detail row is useless without them, and what
   links to the best match gets a small bonus. A master that a column merely holds
   the key of comes in only when the question names it (steps 5 and 6).
6. **Masters named by one word** (``mentions``). Behind the best tables, a master
   whose key column or title the question says ("the vendor's name" on AP lines:
   ``APVM``; "the job's project manager": ``JCJM``, then ``JCMP``) ranks right behind
   the table it was named from. Each word names one master, and a word of the chosen
   table's own title names none. The other way round, a table that holds a chosen
   master's key is named by its whole title ("the insurance template of each job":
   ``JCTN``, then ``JCJM``).

Words are compared by their Snowball stems (``vocabulary.stem``), so "invoice", "invoices"
and "invoiced" are one word. Word weights are inverse document frequencies over the
objects' descriptions, so a word every table shares ("company", "date") matches nothing
on its own. The knobs
were set by a sweep on ``tests/data/retrieval_questions.jsonl`` with the domain-tuned
embedder (``tune_embedder``), the default once trained; a one-knob-at-a-time sweep with the
bundled model on that set and ``retrieval_dev.jsonl`` found the same values best, except
the examples' vote bar (higher suits the bundled model's short questions, lower the reports:
left as it is). ``benchmarks/bench_retrieval.py`` prints recall with and without steps 2-5.

Views are preferred throughout: every candidate is mapped to the view of its base
table (the index already holds one chunk per table/view pair).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..catalog import Catalog, DbObject, GlossaryTerm
from ..thesaurus import synonyms
from ..vocabulary import MODULES, said_as, split_identifier, tokens, words, written_out
from .context import ExampleContext
from .lexical import Lexical
from .links import Link, derived_core, reference_links
from .mentions import mentioned_masters, mentioned_referrers, title_terms
from .reading import is_set_phrase, says_phrase, written_codes

EXAMPLE_VOTE_MIN = 0.6  # an approved question this similar votes for its tables
MAX_HOPS = 3


def matvec(matrix: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """``matrix @ vector`` without BLAS: on a busy 2-core machine OpenBLAS's threads make this one
    product 15-40 ms; einsum's own loop takes under 1 ms for our few thousand vectors."""
    return np.einsum("ij,j->i", matrix, np.asarray(vector, dtype=matrix.dtype))


def name_words(name: str) -> str:
    """An object name in words; a cryptic code has none (its title says what it is).

    >>> name_words("PMSubmittalPackage"), name_words("JCCD")
    ('project submittal package', '')
    """
    stem_ = name[1:] if name[:1] in "bv" and len(name) > 3 and name[1:3].isupper() else name
    parts = split_identifier(stem_)
    return words(stem_) if any(len(p) > 3 and p[1:].islower() for p in parts) else ""


@dataclass(frozen=True)
class Candidate:
    name: str
    score: float
    reason: str


@dataclass(frozen=True)
class GlossaryMatch:
    """A glossary term found in the question."""

    term: GlossaryTerm
    said: str  # the name (term or alias) the question used


@dataclass(frozen=True)
class _Step:
    node: str
    link: Link
    down: bool  # True: from a header to one of its details


class Ranker:
    """Scores one catalog's objects against a question, over the schema chunks' vectors held in memory."""

    # Ranking knobs: class attributes so a benchmark can vary them without re-embedding.
    # Values chosen by a sweep on tests/data/retrieval_questions.jsonl (benchmarks/bench_retrieval.py).
    vote_min = EXAMPLE_VOTE_MIN
    vote_blend = 0.3  # an example adds this share of its similarity to a table's own score
    column_penalty = 0.08  # a column chunk hit counts a little less than the object's own chunk
    identity_weight = 0.2  # BM25 over what an object is (name, descriptions, naming key, glossary)
    holds_b = 0.3  # BM25 length normalisation of the column lists
    holds_weight = 0.2  # BM25 over the columns it holds
    glossary_bonus = 0.05  # a glossary term's tables score this much above the best object
    named_bonus = 0.01  # ... and an object the question names by its code, this much more
    expansion_seeds = 4
    expansion_min = 6.5  # idf sum of the rare question words a link's target must share
    expansion_drop = 0.03  # a pulled-in target scores this much below its seed per hop
    expansion_gain = 0.02  # … and this much more per unit of matched idf over the minimum
    expansion_max = 6  # objects pulled in by expansion at most
    expansion_new = True  # … each naming a word of the question the better ones did not
    phrase_bonus = (
        0.15  # a question that says an object's documented description ("cost detail") names it
    )
    linked_bonus = 0.02  # objects one link from the best match score this much more
    facet_min = 0.6  # a clause of the question this similar to a linked object names it
    facet_gain = 0.2
    facet_hops = 2
    parent_seeds = 3  # the best seeds bring their parents (header, masters keyed by their columns)
    parents_first = 2  # … the best one this many
    parents_per_seed = 2  # … the others this many
    parent_drop = 0.02
    parent_gap = 0.1  # … less this share of how much less similar the parent is than its seed
    mention_seeds = 5  # the best tables whose masters a question may name by one word
    mention_min_idf = 1.5  # a word on more than about a fifth of the tables names nothing
    mention_drop = (
        0.03  # a named master ranks this much below the table it was named from (tuning set @5)
    )
    referrer_seeds = 3  # the best tables whose referrers a question may name by their title
    marked_penalty = 0.06  # a table whose title says a variant the question does not ("batch")
    glossary_slack = 1  # other words a glossary term's words may have between them

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
        self._matrix = np.asarray(vectors, dtype=np.float32).reshape(
            len(vectors), -1 if vectors else 0
        )
        self._is_object_arr = np.asarray(self._is_object, dtype=bool)
        self._objects = list(dict.fromkeys(self._names))
        position = {n: i for i, n in enumerate(self._objects)}
        self._owner = np.asarray([position[n] for n in self._names], dtype=np.int64)
        # chunks grouped by owner, so an object's best chunk is one reduceat (np.maximum.at is slow)
        self._order = np.argsort(self._owner, kind="stable")
        owners = self._owner[self._order]
        self._starts = (
            np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])
            if len(owners)
            else np.zeros(0, dtype=np.int64)
        )
        self._parents: dict[str, list[tuple[str, tuple[tuple[str, str], ...], str]]] = {}
        identity = [self._identity_tokens(n) for n in self._objects]
        holds = [self._holds_tokens(n) for n in self._objects]
        self._identity = {n: frozenset(t) for n, t in zip(self._objects, identity)}
        self._lexical = Lexical(self._objects, identity, holds, self.holds_b)
        # word weights over what objects are, and over the columns they hold
        self._idf = _idf(identity)
        self._held_idf = _idf(holds)
        self._default_idf = math.log(max(1, len(self._objects)))
        # links between the objects that are ranked, both ways
        self._up: dict[str, list[Link]] = {}
        self._down: dict[str, list[Link]] = {}
        self._into: dict[str, list[Link]] = {}
        known = {n.lower() for n in self._objects}
        for link in reference_links(catalog):
            if link.source.lower() in known and link.target.lower() in known:
                self._up.setdefault(link.source.lower(), []).append(link)
                self._into.setdefault(link.target.lower(), []).append(link)
                if link.detail:
                    self._down.setdefault(link.target.lower(), []).append(link)
        self._reach: dict[str, list[tuple[str, tuple[_Step, ...], frozenset[str]]]] = {}
        self._target_terms: dict[tuple[str, str], frozenset[str]] = {}
        self._titles = {n: self._title(n) for n in self._objects}
        self._marked = {n: t & _MARKED for n, t in self._titles.items() if t & _MARKED}
        # a term is said as written, plurals aside: "received to date" is not "receivables … date";
        # a term with a little word inside is a set phrase, said in its order
        self._glossary = [
            (g, n, wanted, is_set_phrase(n, wanted))
            for g in catalog.glossary
            for n in g.names
            if (wanted := tuple(tokens(n, verb_endings=False)))
        ]
        # documented descriptions as phrases ("cost detail" is JCCD's): a question that says one names the object
        self._phrases: list[tuple[str, tuple[str, ...]]] = []
        for n in self._objects:
            obj, info = self._info(n)
            documented = (
                (obj.description or info.description)
                if obj is not None and info is not None
                else ""
            )
            words_ = tuple(t for t in tokens(written_out(documented)) if t.upper() not in MODULES)
            # "material order items" is said "material orders": the part a table holds goes
            while len(words_) > 2 and words_[-1] in _PART_WORDS:
                words_ = words_[:-1]
            if len(words_) >= 2:
                self._phrases.append((n, words_))

    # -- what each object is and holds ------------------------------------------

    def _info(self, name: str) -> tuple[DbObject | None, DbObject | None]:
        obj = self.catalog.get(name)
        return obj, (self.catalog.base_of(name) or obj)

    def _identity_tokens(self, name: str) -> list[str]:
        obj, info = self._info(name)
        if obj is None or info is None:
            return []
        described, derived = obj.about if obj.about[0] else info.about
        described = derived_core(described) if derived else written_out(described)
        naming = [
            k for k in info.business_key if k != info.company_column and k not in info.group_columns
        ]
        # glossary terms act through their whole phrase (``glossary_matches``), not word by word
        return tokens(" ".join([name_words(obj.name), described, *(words(k) for k in naming)]))

    def _title(self, name: str) -> frozenset[str]:
        obj, info = self._info(name)
        if obj is None or info is None:
            return frozenset()
        return title_terms(obj, info, name_words(obj.name))

    def _holds_tokens(self, name: str) -> list[str]:
        obj, info = self._info(name)
        if obj is None or info is None:
            return []
        columns = info.columns or obj.columns
        return tokens(" ".join(f"{words(c.name)} {c.description}" for c in columns))

    @property
    def chunks(self) -> int:
        """How many schema chunks the ranker scores."""
        return len(self._names)

    def idf(self, term: str) -> float:
        return self._idf.get(term, self._default_idf)

    # -- the steps -----------------------------------------------------------------

    def similarities(self, vector: np.ndarray, objects_only: bool = False) -> dict[str, float]:
        """Each object's best chunk similarity (column chunks count a little less)."""
        if not len(self._names):
            return {}
        sims = matvec(self._matrix, vector)
        if objects_only:
            sims = np.where(self._is_object_arr, sims, -np.inf)
        else:
            sims = np.where(self._is_object_arr, sims, sims - self.column_penalty)
        best = np.maximum.reduceat(sims.astype(np.float32)[self._order], self._starts)
        return {name: v for name, v in zip(self._objects, best.tolist()) if v != -np.inf}

    def lexical(self, asked: list[str], scores: dict[str, float]) -> dict[str, float]:
        """Similarity plus the BM25 scores of what each object is and what it holds, normalised per question."""
        if not asked or not (self.identity_weight or self.holds_weight):
            return scores
        identity, holds = self._lexical.scores(asked)
        out = dict(scores)
        for i, n in enumerate(self._objects):
            if n in out:
                out[n] += self.identity_weight * identity[i] + self.holds_weight * holds[i]
        return out

    def glossary_matches(self, question: str) -> list[GlossaryMatch]:
        """The glossary terms the question uses (every word of the term or an alias, in a short window)."""
        asked = tokens(question, verb_endings=False)
        out: list[GlossaryMatch] = []
        seen: set[str] = set()
        for term, said, wanted, set_phrase in self._glossary:
            if term.term in seen or not says_phrase(
                wanted, asked, self.glossary_slack, any_order=not set_phrase
            ):
                continue
            seen.add(term.term)
            out.append(GlossaryMatch(term, said))
        return out

    def named_objects(self, question: str) -> list[tuple[str, str]]:
        """The catalog objects the question names by their code, each as (ranked name, as written).

        A base table stands for its view (``reading.written_codes`` says what a code is).
        """
        out: dict[str, str] = {}
        for written in written_codes(question):
            obj = self.catalog.view_of(written) or self.catalog.get(written)
            if obj is not None and obj.name in self._identity:
                out.setdefault(obj.name, written)
        return list(out.items())

    def plain(self, vector: np.ndarray, k: int = 10) -> list[str]:
        """The baseline: top-k object chunks by similarity, no examples, no join expansion."""
        scores = self.similarities(vector, objects_only=True)
        return [n for n, _ in sorted(scores.items(), key=lambda kv: -kv[1])[:k]]

    def parents(self, name: str) -> list[tuple[str, tuple[tuple[str, str], ...], str]]:
        """Objects this one's columns point at: its headers and the masters keyed by its columns.

        Documented join paths first (company-only joins to HQCO left out: every table
        has one), then the links its columns carry (``links``).
        """
        if name in self._parents:
            return self._parents[name]
        obj = self.catalog.get(name)
        out: list[tuple[str, tuple[tuple[str, str], ...], str]] = []
        if obj is None:
            self._parents[name] = out
            return out
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
        for link in self._up.get(obj.name.lower(), ()):
            if link.target.lower() not in seen and link.target.upper() != "HQCO":
                seen.add(link.target.lower())
                out.append((link.target, link.pairs, "header-detail" if link.detail else "key"))
        self._parents[name] = out
        return out

    def link(self, left: str, right: str) -> Link | None:
        """The link between two objects, either way round (oriented left → right), if their columns carry one."""
        for link in self._up.get(left.lower(), ()):
            if link.target.lower() == right.lower():
                return link
        for link in self._up.get(right.lower(), ()):
            if link.target.lower() == left.lower():
                return Link(left, right, tuple((b, a) for a, b in link.pairs), (), False)
        return None

    def _reachable(self, seed: str) -> list[tuple[str, tuple[_Step, ...], frozenset[str]]]:
        """Every object within ``MAX_HOPS`` links of a seed: (name, shortest path, words naming it), cached."""
        key = seed.lower()
        if key in self._reach:
            return self._reach[key]
        paths: dict[str, tuple[_Step, ...]] = {key: ()}
        frontier = [key]
        for _ in range(MAX_HOPS):
            nxt = []
            for node in frontier:
                path = paths[node]
                steps = [_Step(l.target, l, False) for l in self._up.get(node, ())]
                steps += [_Step(l.source, l, True) for l in self._down.get(node, ())]
                for step in steps:
                    low = step.node.lower()
                    if low not in paths:
                        paths[low] = path + (step,)
                        nxt.append(low)
            frontier = nxt
        del paths[key]
        found = [(path[-1].node, path, self._terms_of(path[-1])) for path in paths.values()]
        self._reach[key] = found
        return found

    def _terms_of(self, step: _Step) -> frozenset[str]:
        """The words that name a link's far end: its naming columns, its identity."""
        key = (step.node.lower(), step.link.source.lower() + ">" + step.link.target.lower())
        found = self._target_terms.get(key)
        if found is None:
            naming = () if step.down else step.link.naming
            found = frozenset(tokens(" ".join(words(c) for c in naming))) | self._identity.get(
                step.node, frozenset()
            )
            self._target_terms[key] = found
        return found

    def expand(
        self,
        asked: set[str],
        seeds: list[tuple[str, float]],
        facets: list[dict[str, float]] | None = None,
        said: dict[str, str] | None = None,
    ) -> list[tuple[str, float, str, tuple[str, ...]]]:
        """Objects the seeds' links lead to that the question names: (name, value, reason, path via).

        A target is named when its naming columns or identity share rare words with the question,
        or when one of the question's clauses (``facets``: each clause's similarity to every object,
        "the supplier's name") is close to it: the embedder knows a supplier is a vendor.
        """
        best: dict[str, tuple[str, float, str, tuple[str, ...]]] = {}
        words_of: dict[str, frozenset[str]] = {}  # the question words a word-named target explains
        said = said or {}
        for seed, score in seeds:
            own = self._identity.get(seed, frozenset())
            for node, path, named in self._reachable(seed):
                value, why, matched = None, "", frozenset()
                if not asked.isdisjoint(named):
                    matched = (asked & named) - own
                    strength = self._strength(matched, said)
                    if matched and strength >= self.expansion_min:
                        value = (
                            score
                            - self.expansion_drop * len(path)
                            + self.expansion_gain * (strength - self.expansion_min)
                        )
                        why = ", ".join(sorted({said.get(t, t) for t in matched}))
                if facets and len(path) <= self.facet_hops:
                    close = max(f.get(node, -1.0) for f in facets)
                    if close >= self.facet_min:
                        alt = (
                            score
                            - self.expansion_drop * len(path)
                            + self.facet_gain * (close - self.facet_min)
                        )
                        if value is None or alt > value:
                            value, why = alt, f"a clause of the question, {close:.2f}"
                            matched = frozenset()
                if value is None:
                    continue
                via = tuple(s.node for s in path[:-1])
                reason = (
                    f"joins from {seed}" + (f" via {', '.join(via)}" if via else "") + f" ({why})"
                )
                if node not in best or best[node][1] < value:
                    best[node] = (node, value, reason, via)
                    words_of[node] = frozenset(matched)
        # each target must explain a word of the question that the better ones did not: six craft
        # tables all named by "craft, class" crowd out the job a report also asks for
        out: list[tuple[str, float, str, tuple[str, ...]]] = []
        covered: set[str] = set()
        for found in sorted(best.values(), key=lambda t: -t[1]):
            words_ = words_of[found[0]]
            if self.expansion_new and words_ and words_ <= covered:
                continue
            covered |= words_
            out.append(found)
            if len(out) == self.expansion_max:
                break
        return out

    def _strength(self, matched: set[str], said: dict[str, str]) -> float:
        """The idf sum of the question's words among ``matched``, each word weighed by the lower of
        its idf over what objects are and over what they hold. A word the thesaurus wrote in
        several Vista words ("warehouse": inventory location) counts once, by its rarest."""
        best: dict[str, float] = {}
        for t in matched:
            word = said.get(t, t)
            # the rarer of its two weights: a word every table's columns hold ("description") is
            # no table's name, however few titles say it
            weight = min(self.idf(t), self._held_idf.get(t, self._default_idf))
            best[word] = max(best.get(word, 0.0), weight)
        return sum(best.values())

    def facet_similarities(self, vectors: list[np.ndarray]) -> list[dict[str, float]]:
        """Each clause vector's similarity to every object (its best chunk)."""
        return [self.similarities(v) for v in vectors]

    def rank(
        self,
        question: str,
        k: int,
        vector: np.ndarray,
        examples: list[ExampleContext],
        glossary: list[GlossaryMatch] | None = None,
        facets: list[np.ndarray] | None = None,
    ) -> list[Candidate]:
        said = said_as(question)  # reasons show the question's words, not their stems
        said_seq = tokens(question)
        asked_seq = list(said_seq)
        for vista, everyday in synonyms(said_seq):  # "supplier" is a vendor
            asked_seq.append(vista)
            said.setdefault(vista, said.get(everyday, everyday))
        scores = self.lexical(asked_seq, self.similarities(vector))
        # "supplier invoices" are the posted ones (APTH), not the unapproved (APUI), recurring
        # (APRH) or batch (APHB) copies, which hold nearly the same columns
        asked = set(asked_seq)
        unsaid = {n for n, marks in self._marked.items() if not marks <= asked}

        def less(name: str, value: float) -> float:
            """``value`` less the penalty of a variant the question does not say, wherever it comes from."""
            return value - self.marked_penalty if name in unsaid else value

        scores = {n: less(n, v) for n, v in scores.items()}
        reasons = {n: "similar" for n in scores}
        if self.phrase_bonus:
            for n, phrase in self._phrases:
                if n in scores and says_phrase(phrase, said_seq, slack=0):
                    scores[n] += self.phrase_bonus
        for ex in examples:
            if ex.score < self.vote_min:
                continue
            for t in ex.tables:
                vote = scores.get(t, 0.0) + self.vote_blend * ex.score
                if vote > scores.get(t, -1.0):
                    scores[t] = vote
                    reasons[t] = "example"
        top = max(scores.values(), default=0.0)
        for match in glossary if glossary is not None else self.glossary_matches(question):
            for name in match.term.objects:
                obj = self.catalog.view_of(name) or self.catalog.get(name)
                if obj is not None and obj.name in scores:
                    scores[obj.name] = max(scores[obj.name], top + self.glossary_bonus)
                    reasons[obj.name] = f"glossary: {match.said!r} ({match.term.source})"
        # "JCCD trans by phase", "from PRIA": the user named the object; nothing ranks above it
        for name, written in self.named_objects(question):
            if name in scores:
                scores[name] = max(scores[name], top + self.glossary_bonus + self.named_bonus)
                reasons[name] = f"named in the question ({written})"
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if self.linked_bonus and ranked:
            # what joins to the best match is likelier needed than an equally similar stranger
            best = ranked[0][0].lower()
            near = {l.target for l in self._up.get(best, ())} | {
                l.source for l in self._down.get(best, ())
            }
            for name in near:
                if name in scores:
                    scores[name] += self.linked_bonus
            ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        chosen: dict[str, Candidate] = {}

        def offer(name: str, value: float, reason: str) -> None:
            if name not in chosen or chosen[name].score < value:
                chosen[name] = Candidate(name, value, reason)

        seeds = ranked[: self.expansion_seeds]
        for name, score in seeds:
            offer(name, score, reasons[name])
        facet_sims = self.facet_similarities(facets) if facets else None
        for name, value, reason, via in self.expand(asked, seeds, facet_sims, said):
            offer(name, max(less(name, value), scores.get(name, -1.0)), reason)
            for i, hop in enumerate(via):  # the tables on the way: needed for the joins
                offer(
                    hop,
                    max(less(hop, value - 0.001 * (i + 1)), scores.get(hop, -1.0)),
                    f"on the way to {name}",
                )
        # each of the best seeds brings its best-scoring parents (header, masters) right behind it:
        # a table is useless to the model without the ones it must join to
        for i, (name, score) in enumerate(seeds[: self.parent_seeds]):
            room = self.parents_first if i == 0 else self.parents_per_seed
            # the documented joins and the header: a column that merely holds another table's key
            # (APVM.Customer, JCCD.Material) brings its master only when the question names it
            mine = [p for p in self.parents(name) if p[2] != "key"]
            parents = sorted(mine, key=lambda p: -scores.get(p[0], 0.0))[:room]
            for parent, _, _ in parents:
                own = scores.get(parent, 0.0)
                value = max(
                    own,
                    less(
                        parent,
                        score - self.parent_drop - self.parent_gap * max(0.0, score - own),
                    ),
                )
                offer(
                    parent,
                    value,
                    f"joins from {name}" if value > own else reasons.get(parent, "similar"),
                )
        # the masters the question names by one word behind the best tables ("the vendor's name"),
        # then the tables that point at them named by their title ("the template of each job")
        for count, links, find, verb in (
            (self.mention_seeds, self._up, mentioned_masters, "named from"),
            (self.referrer_seeds, self._into, mentioned_referrers, "points at"),
        ):
            best = sorted(chosen.values(), key=lambda c: -c.score)[:count]
            score_of = {c.name: c.score for c in chosen.values()}
            for m in find(
                asked, [c.name for c in best], links, self._titles, self.idf, self.mention_min_idf
            ):
                offer(
                    m.target,
                    max(
                        less(m.target, score_of[m.source] - self.mention_drop),
                        scores.get(m.target, -1.0),
                    ),
                    f"{verb} {m.source} ({', '.join(dict.fromkeys(said.get(w, w) for w in m.words))})",
                )
                score_of[m.target] = chosen[m.target].score
        for name, score in ranked[self.expansion_seeds :]:
            if len(chosen) >= max(k, self.expansion_seeds) * 2:
                break
            if name not in chosen:
                chosen[name] = Candidate(name, score, reasons[name])
        return sorted(chosen.values(), key=lambda c: -c.score)[:k]


def _idf(texts: list[list[str]]) -> dict[str, float]:
    """Each word's inverse document frequency over ``texts`` (one text per object)."""
    df: dict[str, int] = {}
    for text in texts:
        for t in set(text):
            df[t] = df.get(t, 0) + 1
    total = max(1, len(texts))
    return {t: math.log(total / c) for t, c in df.items()}


# the last word of a title that says which part of a thing a table holds, not what the thing is
_PART_WORDS = frozenset(tokens("header headers item items line lines detail details master"))

# words that mark a table as a variant of the thing a question asks about: the batch an entry
# waits in before posting, the unapproved or recurring invoice, the history, audit or import copy,
# the template. A question means the plain, posted table unless it says the word
# (``Ranker.marked_penalty``).
_MARKED = frozenset(tokens("batch unapproved recurring history audit import interface template"))
