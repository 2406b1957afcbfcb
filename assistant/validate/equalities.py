"""Which columns a statement's predicates bind, to each other or to constants.

The WHERE and ON conditions of every scope are split into conjuncts; each
equality (``a.JCCo = b.JCCo``, ``b.JCCo = @JCCo``), IN list and BETWEEN feeds a
union-find over (source, column) keys, variables and literals. Join checks read
it to see transitive predicates (``a.JCCo = @JCCo AND b.JCCo = @JCCo`` binds
``a.JCCo`` to ``b.JCCo``).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Iterator

from sqlglot import exp

if TYPE_CHECKING:
    from .scope import Ref, Scope, Source


def scope_conditions(scope: Scope) -> Iterator[exp.Expr]:
    """The WHERE condition and every ON condition of one SELECT."""
    where = scope.node.args.get("where")
    if where is not None:
        yield where.this
    for join in scope.node.args.get("joins") or ():
        on = join.args.get("on")
        if on is not None:
            yield on


def conjuncts(cond: exp.Expr) -> Iterator[exp.Expr]:
    """The terms of a condition's top-level AND, parentheses stepped through.

    >>> from sqlglot import parse_one
    >>> [c.sql() for c in conjuncts(parse_one("a = 1 AND (b = c AND d > 2) AND (e = 1 OR f = 2)"))]
    ['a = 1', 'b = c', 'd > 2', 'e = 1 OR f = 2']
    """
    stack = [cond]
    while stack:
        node = stack.pop()
        if isinstance(node, exp.And):
            stack.append(node.expression)
            stack.append(node.this)
        elif isinstance(node, exp.Paren):
            stack.append(node.this)
        else:
            yield node


class Equalities:
    """Union-find over (source, column), variables and literals.

    >>> eq = Equalities()
    >>> eq.union(("col", 1, "jcco"), ("col", 2, "jcco"))
    >>> eq.union(("col", 2, "jcco"), ("var", "jcco"))
    >>> eq.same(("col", 1, "jcco"), ("var", "jcco")), eq.bound(("col", 1, "jcco")), eq.bound(("col", 3, "jcco"))
    (True, True, False)
    """

    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, key: Any) -> Any:
        parent = self.parent
        if key not in parent:
            parent[key] = key
            return key
        root = key
        while parent[root] != root:
            root = parent[root]
        while parent[key] != root:
            parent[key], key = root, parent[key]
        return root

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb

    def same(self, a: Any, b: Any) -> bool:
        return self.find(a) == self.find(b)

    @cached_property
    def classes(self) -> dict[Any, list[Any]]:
        groups: dict[Any, list[Any]] = {}
        for key in list(self.parent):
            groups.setdefault(self.find(key), []).append(key)
        return groups

    def members(self, key: Any) -> list[Any]:
        return self.classes.get(self.find(key), [key])

    def bound(self, key: Any) -> bool:
        """Whether the class holds a constant (a literal, a variable, an IN list)."""
        return any(k[0] != "col" for k in self.members(key))

    def pinned(self, key: Any) -> bool:
        """Whether the class holds one single value: a literal, a variable or a one-row subquery (not an IN list).

        >>> eq = Equalities()
        >>> eq.union(("col", 1, "vendor"), ("var", "vendor")); eq.union(("col", 1, "mth"), ("const", 7))
        >>> eq.pinned(("col", 1, "vendor")), eq.pinned(("col", 1, "mth")), eq.bound(("col", 1, "mth"))
        (True, False, True)
        """
        return any(k[0] in _SINGLE for k in self.members(key))

    def add(self, node: exp.Expr, ref_of: dict[int, Ref]) -> tuple | None:
        """Feed one conjunct; for an equality, return the keys of its two sides (for the join graph)."""
        sides = None
        if isinstance(node, exp.EQ):
            a, b = term(node.this, ref_of), term(node.expression, ref_of)
            if a is not None and b is not None and (a[0] == "col" or b[0] == "col"):
                self.union(a, b)
            sides = (a, b)
        elif isinstance(node, exp.In) and node.args.get("query") is not None:
            # x IN (SELECT y …) is a semi-join on x = y
            query = node.args["query"]
            query = query.this if isinstance(query, exp.Subquery) else query
            if isinstance(query, exp.Select) and len(query.expressions) == 1:
                a, b = term(node.this, ref_of), term(query.expressions[0].unalias(), ref_of)
                if a is not None and b is not None and (a[0] == "col" or b[0] == "col"):
                    self.union(a, b)
        elif isinstance(node, (exp.In, exp.Between)):
            a = term(node.this, ref_of)
            if a is not None and a[0] == "col":
                self.union(a, ("const", id(node)))
        self.__dict__.pop("classes", None)
        return sides


def col_key(source: Source, column: str) -> tuple[str, int, str]:
    """The union-find key of one column of one source (the source by identity: two aliases are two keys)."""
    return ("col", id(source), column.lower())


_SINGLE = ("lit", "var", "one")


def term(node: exp.Expr, ref_of: dict[int, Ref]) -> tuple | None:
    """The union-find key of one side of a predicate; None for what cannot bind (expressions, unresolved columns).

    A column wrapped in a function that keeps its value for joining (``ISNULL(PCOType, '')``,
    ``LTRIM(RTRIM(Job))``) still stands for the column; a subquery that returns one row
    (an aggregate, ``TOP 1``) is one value per row, like a parameter.
    """
    column = carried(node)
    if column is not None:
        ref = ref_of.get(id(column))
        if ref is not None and ref.source is not None:
            return col_key(ref.source, column.name)
        return None
    while isinstance(node, exp.Paren):
        node = node.this
    if isinstance(node, exp.Literal):
        return ("lit", node.this.lower())
    if isinstance(node, exp.Neg) and isinstance(node.this, exp.Literal):
        return ("lit", "-" + node.this.this.lower())
    if isinstance(node, exp.Parameter):
        return ("var", node.name.lower())
    if isinstance(node, exp.Subquery) and _one_row(node.this):
        return ("one", id(node))
    return None


# functions that keep a column's value for joining: the column is still what is compared
_KEEPS = (exp.Upper, exp.Lower, exp.Cast, exp.Collate)


def carried(node: exp.Expr) -> exp.Column | None:
    """The column an expression carries unchanged for joining, else None.

    >>> from sqlglot import parse_one
    >>> [carried(parse_one(s, read="tsql")).sql() for s in ("ISNULL(o.PCOType, '')", "LTRIM(RTRIM(j.Job))", "CAST(c.Item AS VARCHAR(16))")]
    ['o.PCOType', 'j.Job', 'c.Item']
    >>> carried(parse_one("COALESCE(a.JCCo, b.JCCo)", read="tsql")) is None
    True
    """
    while True:
        if isinstance(node, exp.Column):
            return None if isinstance(node.this, exp.Star) else node
        if isinstance(node, exp.Paren) or isinstance(node, _KEEPS):
            node = node.this
        elif isinstance(node, exp.Trim) and node.args.get("expression") is None:
            node = node.this
        elif isinstance(node, exp.Convert):
            node = node.args.get("expression")
        elif (
            isinstance(node, exp.Coalesce)
            and node.expressions
            and all(_constant(e) for e in node.expressions)
        ):
            node = node.this
        else:
            return None
        if node is None:
            return None


def _constant(node: exp.Expr) -> bool:
    while isinstance(node, (exp.Paren, exp.Neg)):
        node = node.this
    return isinstance(node, (exp.Literal, exp.Parameter, exp.Null))


def _one_row(query: exp.Expr) -> bool:
    """A SELECT that returns at most one row: TOP 1, or aggregates without GROUP BY."""
    if not isinstance(query, exp.Select):
        return False
    limit = query.args.get("limit")
    if limit is not None:
        value = limit.args.get("expression")
        return isinstance(value, exp.Literal) and value.this == "1"
    if query.args.get("group") is not None or not query.expressions:
        return False
    return all(isinstance(e.unalias(), exp.AggFunc) for e in query.expressions)
