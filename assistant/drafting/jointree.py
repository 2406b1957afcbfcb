"""The smallest join tree that connects the views a plan names, from the catalog's documented join paths.

The model never chooses a join. Given the views a plan names (the terminals),
``join_tree`` finds the fewest documented joins that connect them all (a
Steiner tree over the catalog's join graph), allowing at most ``MAX_VIA``
views the plan did not name in between (APTH → *APTL* → JCJM). Rules, in order:

1. Fewest joins.
2. Stronger paths: header→detail, then master lookup, then foreign key / other
   documented paths, then company-only paths (``X.JCCo = HQCO.HQCo``).
3. More key columns equated (a more specific join).
4. Trees over the same views (a cycle such as APTH–APTL–APTD) are equivalent: the
   first by view names is used. Trees over *different* views, or two different
   paths of the same strength between one pair of views (PMSM's SubFirm and
   ArchEngFirm both lead to PMFM), are an ambiguity: ``JoinProblem``.

A view the plan did not name is only used in between when it is safe: a readable
view (not a batch table, not HQCO), joined by paths that carry a real key (not
only company or group columns), and never as the shared master of two others (the
"chasm trap": APTL → JCJM ← EMRD would pair every AP line of a job with every
equipment charge of it). When no tree exists, ``JoinProblem`` names the views
that stay apart. Pure: catalog in, tree or problem out.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Sequence

from ..catalog import Catalog, DbObject, JoinPath

MAX_VIA = 2
KIND_RANK = {
    "header-detail": 0,
    "master-lookup": 1,
    "documented": 2,
    "foreign-key": 2,
    "company": 3,
}


@dataclass(frozen=True)
class Edge:
    """One join: ``right`` is attached to ``left`` by equating every pair (left column, right column)."""

    left: str
    right: str
    pairs: tuple[tuple[str, str], ...]
    kind: str
    right_is_one: (
        bool  # the pairs cover right's business key: each left row finds at most one right row
    )
    left_is_one: bool

    def flipped(self) -> "Edge":
        return Edge(
            self.right,
            self.left,
            tuple((r, l) for l, r in self.pairs),
            self.kind,
            self.left_is_one,
            self.right_is_one,
        )

    @property
    def rank(self) -> int:
        return KIND_RANK.get(self.kind, 2)

    def __str__(self) -> str:
        return f"{self.left} → {self.right} on " + ", ".join(f"{l} = {r}" for l, r in self.pairs)


@dataclass(frozen=True)
class JoinTree:
    """Views in join order (the root first); ``edges[i]`` attaches ``views[i + 1]`` (its ``right``)."""

    views: tuple[DbObject, ...]
    edges: tuple[Edge, ...]
    via: tuple[str, ...] = ()  # views in the tree that the plan did not name

    @property
    def root(self) -> DbObject:
        return self.views[0]


@dataclass(frozen=True)
class JoinProblem:
    """No tree, or more than one: ``kind`` is "no-path" or "ambiguous"; ``views`` are the ones it is about."""

    kind: str
    views: tuple[str, ...]
    message: str
    alternatives: tuple[str, ...] = ()


def join_tree(
    views: Sequence[DbObject], catalog: Catalog, *, max_via: int = MAX_VIA
) -> JoinTree | JoinProblem:
    """Connect ``views`` (distinct, the first is the root) by the smallest documented join tree.

    >>> from assistant.catalog import Catalog, DbObject, Column, JoinPath
    >>> col = lambda n: Column(n, "int", "int")
    >>> h = DbObject("H", "view", columns=(col("Co"), col("Id")), business_key=("Co", "Id"), company_column="Co")
    >>> d = DbObject("D", "view", columns=(col("Co"), col("Id"), col("Line")), business_key=("Co", "Id", "Line"), company_column="Co")
    >>> cat = Catalog((h, d), (JoinPath("H", "D", (("Co", "Co"), ("Id", "Id")), "header-detail"),))
    >>> [str(e) for e in join_tree([d, h], cat).edges]
    ['D → H on Co = Co, Id = Id']
    """
    terminals = {_key(catalog, v): v for v in views}
    if len(terminals) == 1:
        return JoinTree((views[0],), ())
    graph = _Graph(catalog, set(terminals))
    order = list(terminals)
    for size in range(max_via + 1):
        found = _best_trees(graph, order, size)
        if found:
            return _choose(found, graph, terminals, views[0])
    return _no_path(graph, order, terminals, max_via)


# -- the graph -----------------------------------------------------------------


def _key(catalog: Catalog, obj: DbObject) -> str:
    base = catalog.base_of(obj.name)
    return (base.name if base is not None else obj.name).lower()


def _covers(obj: DbObject, columns: set[str]) -> bool:
    key = {k.lower() for k in obj.business_key}
    return bool(key) and key <= columns


def _shared(obj: DbObject, column: str) -> bool:
    """Company and group columns: shared by whole families of tables, they do not identify a row."""
    col = obj.column(column)
    if col is None:
        return False
    return (
        col.vista_type.lower() in ("bcompany", "bgroup")
        or column.lower() == (obj.company_column or "").lower()
        or column in obj.group_columns
    )


def _batch(obj: DbObject) -> bool:
    keys = {k.lower() for k in obj.business_key}
    return bool(keys & {"batchid", "batchseq"}) or obj.has_column("BatchSeq")


class _Graph:
    """Documented join paths between readable views, built lazily around the terminals."""

    def __init__(self, catalog: Catalog, terminals: set[str]) -> None:
        self.catalog = catalog
        self.terminals = terminals
        self._adj: dict[str, dict[str, list[Edge]]] = {}
        self.objects: dict[str, DbObject] = {}

    def view(self, key: str) -> DbObject | None:
        if key not in self.objects:
            obj = self.catalog.view_of(key) or self.catalog.get(key)
            self.objects[key] = obj
        return self.objects[key]

    def edges(self, key: str) -> dict[str, list[Edge]]:
        """Neighbour key → the edges to it, oriented from ``key``, usable ones only."""
        if key in self._adj:
            return self._adj[key]
        out: dict[str, list[Edge]] = {}
        left = self.view(key)
        for path in _paths_from(self.catalog, key):
            right_key = _key_of(self.catalog, path.right)
            if left is None or right_key == key:
                continue
            right = self.view(right_key)
            if right is None:
                continue
            edge = _edge(left, right, path)
            if edge is not None and edge not in out.get(right_key, ()):
                out.setdefault(right_key, []).append(edge)
        self._adj[key] = out
        return out

    def between(self, a: str, b: str) -> list[Edge]:
        return self.edges(a).get(b, [])

    def may_pass(self, key: str) -> bool:
        """Whether a view the plan did not name may sit inside the tree."""
        obj = self.view(key)
        return (
            obj is not None
            and obj.kind == "view"
            and key not in ("bhqco", "hqco")
            and not _batch(obj)
        )


_INDEX: dict[int, tuple[Catalog, dict[str, list[JoinPath]]]] = {}


def _paths_from(catalog: Catalog, key: str) -> list[JoinPath]:
    """Join paths leaving a table family, oriented from it; indexed once per catalog (it never changes)."""
    if id(catalog) not in _INDEX or _INDEX[id(catalog)][0] is not catalog:
        index: dict[str, list[JoinPath]] = {}
        for path in catalog.join_paths:
            for p in (path, path.reversed()):
                index.setdefault(_key_of(catalog, p.left), []).append(p)
        _INDEX[id(catalog)] = (catalog, index)
    return _INDEX[id(catalog)][1].get(key, [])


def _key_of(catalog: Catalog, name: str) -> str:
    obj = catalog.get(name)
    if obj is None:
        return name.lower()
    return _key(catalog, obj)


def _edge(left: DbObject, right: DbObject, path: JoinPath) -> Edge | None:
    pairs = []
    for l, r in path.pairs:
        lc, rc = left.column(l), right.column(r)
        if lc is None or rc is None:
            return None  # the view does not expose a column of the path
        pairs.append((lc.name, rc.name))
    lcols, rcols = {l.lower() for l, _ in pairs}, {r.lower() for _, r in pairs}
    return Edge(
        left.name, right.name, tuple(pairs), path.kind, _covers(right, rcols), _covers(left, lcols)
    )


def _keyed(edge: Edge, graph: _Graph) -> bool:
    """An edge that identifies rows (not only company or group columns) and is not many-to-many."""
    left = graph.catalog.get(edge.left)
    right = graph.catalog.get(edge.right)
    real = any(not (_shared(left, l) and _shared(right, r)) for l, r in edge.pairs)
    return real and (edge.left_is_one or edge.right_is_one)


# -- searching trees ---------------------------------------------------------------


def _pair_edge(graph: _Graph, a: str, b: str, inner: bool) -> tuple[Edge, bool] | None:
    """The strongest edge a–b, and whether another edge of that strength differs (an ambiguity)."""
    edges = graph.between(a, b)
    if inner:
        edges = [e for e in edges if _keyed(e, graph)]
    if not edges:
        return None
    best = min(edges, key=lambda e: (e.rank, -len(e.pairs)))
    rivals = [
        e
        for e in edges
        if (e.rank, len(e.pairs)) == (best.rank, len(best.pairs)) and e.pairs != best.pairs
    ]
    return best, bool(rivals)


def _best_trees(
    graph: _Graph, terminals: list[str], size: int
) -> list[tuple[tuple, frozenset, tuple, dict]]:
    """Spanning trees over terminals + ``size`` unnamed views: (score, those views, chosen pairs, pair → edge), best only."""
    found = []
    for via in _via_sets(graph, terminals, size):
        nodes = terminals + list(via)
        pair_edges = {}
        for a, b in itertools.combinations(nodes, 2):
            inner = a in via or b in via
            got = _pair_edge(graph, a, b, inner)
            if got is not None:
                pair_edges[(a, b)] = got
        if not _spans(nodes, pair_edges, tree=False):
            continue
        for chosen in itertools.combinations(pair_edges, len(nodes) - 1):
            if not _spans(nodes, chosen) or not _no_chasm(via, chosen, pair_edges):
                continue
            edges = [pair_edges[p][0] for p in chosen]
            score = (sum(e.rank for e in edges), -sum(len(e.pairs) for e in edges))
            found.append((score, frozenset(via), tuple(sorted(chosen)), pair_edges))
    if not found:
        return []
    best = min(f[0] for f in found)
    return [f for f in found if f[0] == best]


def _via_sets(graph: _Graph, terminals: list[str], size: int):
    if size == 0:
        yield ()
        return
    # an unnamed view in a minimal tree joins at least two others, at least one of them named
    touches: dict[str, set[str]] = {}
    for t in terminals:
        for k, es in graph.edges(t).items():
            if k not in terminals and any(_keyed(e, graph) for e in es) and graph.may_pass(k):
                touches.setdefault(k, set()).add(t)
    candidates = sorted(touches)
    if size == 1:
        yield from ((v,) for v in candidates if len(touches[v]) >= 2)
        return
    for v, w in itertools.combinations(candidates, 2):
        linked = any(_keyed(e, graph) for e in graph.between(v, w))
        if (len(touches[v]) >= 2 or linked) and (len(touches[w]) >= 2 or linked):
            yield (v, w)


def _spans(nodes: list[str], chosen, *, tree: bool = True) -> bool:
    """Whether the edges connect every node (as a tree: no edge closes a cycle)."""
    parent = {n: n for n in nodes}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in chosen:
        ra, rb = find(a), find(b)
        if ra == rb:
            if tree:
                return False
            continue
        parent[ra] = rb
    return len({find(n) for n in nodes}) == 1


def _no_chasm(via, chosen, pair_edges) -> bool:
    """An unnamed view may be the shared 'one' side of at most one of its joins (no chasm trap through it)."""
    for v in via:
        ones = 0
        degree = 0
        for a, b in chosen:
            if v not in (a, b):
                continue
            degree += 1
            edge = pair_edges[(a, b)][0]
            v_one = edge.left_is_one if a == v else edge.right_is_one
            other_one = edge.right_is_one if a == v else edge.left_is_one
            ones += v_one and not other_one
        if degree < 2 or ones > 1:
            return False  # an unnamed leaf joins for nothing
    return True


def _choose(
    found, graph: _Graph, terminals: dict[str, DbObject], root: DbObject
) -> JoinTree | JoinProblem:
    node_sets = sorted({f[1] for f in found}, key=sorted)
    if len(node_sets) > 1:
        shown = tuple(" + ".join(graph.view(k).name for k in sorted(s)) for s in node_sets)
        names = tuple(v.name for v in terminals.values())
        return JoinProblem(
            "ambiguous",
            names,
            f"{', '.join(names)} connect equally well through different views ({' or '.join(shown)}); "
            "name the one you mean in the plan",
            shown,
        )
    score, via, chosen, pair_edges = min(found, key=lambda f: f[2])
    for pair in chosen:
        edge, rival = pair_edges[pair]
        if rival:
            others = [
                e for e in graph.between(*pair) if e.rank == edge.rank and e.pairs != edge.pairs
            ]
            alts = tuple(str(e) for e in [edge, *others])
            return JoinProblem(
                "ambiguous",
                (edge.left, edge.right),
                f"{edge.left} and {edge.right} join in more than one documented way: {'; '.join(alts)}",
                alts,
            )
    return _orient(graph, terminals, root, via, [pair_edges[p][0] for p in chosen])


def _orient(graph: _Graph, terminals, root: DbObject, via, edges: list[Edge]) -> JoinTree:
    """Join order: breadth first from the root, named views in plan order before unnamed ones."""
    rank = {k: i for i, k in enumerate(terminals)}
    root_key = next(k for k, v in terminals.items() if v is root)
    placed, order, oriented = {root_key}, [root], []
    views = {**{k: graph.view(k) for k in via}, **terminals}
    frontier = [root_key]
    while frontier:
        current = frontier.pop(0)
        nexts = []
        for e in edges:
            a, b = _key_of(graph.catalog, e.left), _key_of(graph.catalog, e.right)
            if current in (a, b):
                other = b if a == current else a
                if other not in placed:
                    nexts.append(
                        (rank.get(other, len(rank)), other, e if a == current else e.flipped())
                    )
        for _, other, e in sorted(nexts, key=lambda t: (t[0], t[1])):
            placed.add(other)
            order.append(views[other])
            oriented.append(e)
            frontier.append(other)
    return JoinTree(tuple(order), tuple(oriented), tuple(views[k].name for k in sorted(via)))


def _no_path(
    graph: _Graph, terminals: list[str], named: dict[str, DbObject], max_via: int
) -> JoinProblem:
    """Group the views by what direct paths connect, and name the groups that stay apart."""
    groups: list[set[str]] = []
    for t in terminals:
        linked = [g for g in groups if any(graph.between(t, o) for o in g)]
        merged = {t}.union(*linked) if linked else {t}
        groups = [g for g in groups if g not in linked] + [merged]
    parts = [" + ".join(named[k].name for k in terminals if k in g) for g in groups]
    names = tuple(v.name for v in named.values())
    return JoinProblem(
        "no-path",
        names,
        f"no documented join path connects {' with '.join(parts)} "
        f"(directly or through up to {max_via} other views); "
        "ask about them separately, or name a view that links them",
    )
