"""Which sources each predicate relates: the join graph of one statement.

Every ON and WHERE conjunct of every scope is read once. A conjunct that
touches exactly two sources (``l.JCCo = j.JCCo``, ``d.Mth >= h.Mth``, a
correlation ``i.Contract = c.Contract`` in a subquery) is an *edge* between
them; its column equalities are the edge's pairs. A conjunct over three or
more sources only connects them. Join checks judge edges, the joins the query
actually writes, not every pair of tables that happen to share a company
through a third table or a parameter; pairs with no path between them at all
are a cartesian product, judged on their own.

A conjunct that names an unresolved column (an unknown column, an unbound
qualifier, an ambiguous or an opaque name) cannot be read. Only the pairs it
might relate are set aside (:meth:`Links.blocked`), so a typo in the WHERE
clause never hides a bad join elsewhere in the query.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from sqlglot import exp

from .equalities import term

if TYPE_CHECKING:
    from .scope import Ref, Scope, Source

# ref statuses a join check cannot read: the name may belong to any source
_WILD = ("unbound-qualifier", "ambiguous")
_CONSTANTS = (exp.Literal, exp.Parameter, exp.Null, exp.Neg)


@dataclass(eq=False)
class Edge:
    """Two sources one or more conjuncts relate; ``a`` was written first (FROM order, outer before inner)."""

    a: "Source"
    b: "Source"
    pairs: list[tuple[str, str]] = field(
        default_factory=list
    )  # (column of a, column of b), lower case, from `=`
    loose: set[tuple[int, str]] = field(
        default_factory=set
    )  # (id(source), column) compared some other way (LIKE, OR…)
    conjuncts: list[exp.Expr] = field(default_factory=list)
    scope: "Scope | None" = None  # the scope whose ON/WHERE holds the (first) conjunct

    @property
    def target(self) -> "Source":
        """The source being joined: the later one."""
        return self.b


class Links:
    """The join graph of one statement: edges, connectivity, and the pairs unreadable conjuncts touch."""

    def __init__(self) -> None:
        self.edges: dict[tuple[int, int], Edge] = {}
        self.sources: dict[int, "Source"] = {}  # every source a readable conjunct names, by id
        self.groups: list[
            tuple[int, ...]
        ] = []  # conjuncts over 3+ sources: they connect, they do not judge
        self._blocked: set[tuple[int, int]] = set()
        self._blocked_any: set[int] = set()  # sources an unreadable name may pair with anything
        self._blocked_scopes: set[int] = (
            set()
        )  # scopes where two unreadable names may pair anything

    # -- building ------------------------------------------------------------------

    def add(
        self, conj: exp.Expr, scope: "Scope", ref_of: dict[int, "Ref"], sides: tuple | None = None
    ) -> None:
        """Read one conjunct; ``sides`` are the union-find keys of an equality's two sides, when known."""
        if isinstance(conj, exp.EQ) and isinstance(conj.this, exp.Column):
            other = conj.expression
            if isinstance(other, exp.Column):
                columns = (conj.this, other)
            elif isinstance(other, _CONSTANTS):
                columns = (conj.this,)  # the most common conjunct: a filter on one column
            else:
                columns = None
        else:
            columns = None
        sources: dict[int, Source] = {}
        refs = []
        unresolved = False
        wild = 0
        for column in columns if columns is not None else _columns(conj):
            ref = ref_of.get(id(column))
            if ref is None or ref.status == "alias":
                continue
            if ref.status in _WILD or ref.source is None:
                wild += 1
                unresolved = True
                continue
            if ref.status == "unknown-column":
                unresolved = True
            sources[id(ref.source)] = ref.source
            refs.append(ref)
        if unresolved:
            self._block(list(sources.values()), wild, scope)
            return
        self.sources.update(sources)
        if len(sources) == 2:
            first, second = sorted(sources.values(), key=lambda s: s.seq)
            key = (id(first), id(second))
            edge = self.edges.get(key)
            if edge is None:
                edge = self.edges[key] = Edge(first, second, scope=scope)
            edge.conjuncts.append(conj)
            if sides is None and isinstance(conj, exp.EQ):
                sides = (term(conj.this, ref_of), term(conj.expression, ref_of))
            ka, kb = sides if sides is not None else (None, None)
            if ka is not None and kb is not None and ka[0] == kb[0] == "col" and ka[1] != kb[1]:
                if ka[1] == id(second):
                    ka, kb = kb, ka
                edge.pairs.append((ka[2], kb[2]))
            else:
                edge.loose.update((id(r.source), r.name.lower()) for r in refs)
        elif len(sources) > 2:
            self.groups.append(tuple(sources))

    def _block(self, touched: list["Source"], wild: int, scope: "Scope") -> None:
        if wild >= 2:
            self._blocked_scopes.add(id(scope))
        if wild:
            self._blocked_any.update(id(s) for s in touched)
        for i, s in enumerate(touched):
            for t in touched[i + 1 :]:
                self._blocked.add(_key(s, t))

    # -- reading -------------------------------------------------------------------

    def blocked(self, a: "Source", b: "Source") -> bool:
        """Whether a conjunct this analysis could not read might relate ``a`` and ``b``."""
        if id(a) in self._blocked_any or id(b) in self._blocked_any:
            return True
        if self._blocked_scopes and (
            _chain_blocked(a.scope, self._blocked_scopes)
            or _chain_blocked(b.scope, self._blocked_scopes)
        ):
            return True
        return _key(a, b) in self._blocked

    def edge(self, a: "Source", b: "Source") -> Edge | None:
        return self.edges.get(_key(a, b) if a.seq <= b.seq else _key(b, a))

    def edges_of(self, scope: "Scope") -> Iterator[Edge]:
        """The edges whose later source belongs to ``scope`` (its own joins and its correlations)."""
        for edge in self.edges.values():
            if edge.b.scope is scope:
                yield edge

    def components(
        self, sources: list["Source"], through: set[int] | None = None
    ) -> dict[int, int]:
        """A component number for each source: sources with no chain of conjuncts between them differ.

        ``through`` (source ids) limits the chains to conjuncts between those sources.
        """
        parent = {id(s): id(s) for s in sources}

        def find(x: int) -> int:
            while parent.setdefault(x, x) != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in self.edges:
            if through is None or (a in through and b in through):
                parent[find(a)] = find(b)
        for group in self.groups:
            members = [g for g in group if through is None or g in through]
            for other in members[1:]:
                parent[find(members[0])] = find(other)
        return {id(s): find(id(s)) for s in sources}


def _key(a: "Source", b: "Source") -> tuple[int, int]:
    return (id(a), id(b)) if a.seq <= b.seq else (id(b), id(a))


def _chain_blocked(scope: "Scope | None", blocked: set[int]) -> bool:
    while scope is not None:
        if id(scope) in blocked:
            return True
        scope = scope.parent
    return False


def _columns(node: exp.Expr) -> Iterator[exp.Column]:
    """Column references of one conjunct, not descending into subqueries (their own scopes read those)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, exp.Column):
            if not isinstance(n.this, exp.Star):
                yield n
            continue
        if isinstance(n, (exp.Select, exp.Subquery, exp.SetOperation)):
            continue
        stack.extend(n.iter_expressions())
