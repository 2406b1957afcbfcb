"""Seeded errors: one mutant of a correct query per validator class, labelled by construction.

The dataset turns them into validation records and the tests use them to
measure recall, so a mutant must really carry the error its label names:
each mutator edits the query's own text at token offsets (formatting kept),
and the join mutators re-read the mutated text's equalities to make sure the
predicate they removed is not still implied elsewhere. Given the same ``rng``
state the output is the same.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Callable

from sqlglot import exp

from ..catalog import Catalog, DbObject
from .batch import span
from .checks._base import (
    company_columns,
    company_key,
    is_company_column,
    is_group_column,
    master_groups,
)
from .checks._joins import agree
from .checks.join_missing_key import _bound, _paths, _Side, relations
from .equalities import col_key, conjuncts, scope_conditions
from .fixes import apply
from .scope import Analysis, Scope, Source

CLASSES = (
    "unknown-table",
    "unknown-column",
    "ambiguous-column",
    "join-missing-company",
    "join-missing-key",
    "invalid-value",
    "group-by",
    "write-statement",
    "parse-error",
    "partial-master-key",
)

# the validator rule each class must be caught by (a class is its rule, unless named here)
RULE_OF = {"partial-master-key": "join-missing-key"}


def rule_of(kind: str) -> str:
    return RULE_OF.get(kind, kind)


@dataclass(frozen=True)
class Mutant:
    """A seeded error: ``rule`` is the validator rule that must catch it, ``kind`` the mutant class
    (the rule itself, except for classes a rule shares: a partial master key is a join-missing-key)."""

    sql: str
    rule: str
    note: str
    kind: str = ""

    def __post_init__(self) -> None:
        if not self.kind:
            object.__setattr__(self, "kind", self.rule)


def seed_mutants(sql: str, catalog: Catalog, rng: random.Random) -> list[Mutant]:
    """At most one mutant per validator class for a query that parses; [] when it does not."""
    analysis = Analysis(sql, catalog)
    if analysis.parse_issues or not analysis.scopes:
        return []
    out = []
    for mutate in MUTATORS:
        try:
            mutant = mutate(analysis, catalog, rng)
        except (ValueError, IndexError, KeyError):
            mutant = None
        if mutant is not None and mutant.sql != sql:
            out.append(mutant)
    return out


# -- helpers ------------------------------------------------------------------------


def _meta(node: exp.Expr) -> dict | None:
    m = node._meta
    return m if m and "start" in m else None


def _ident_edit(ident: exp.Identifier, name: str) -> tuple[int, int, str] | None:
    m = _meta(ident)
    if m is None:
        return None
    text = f"[{name}]" if ident.args.get("quoted") else name
    return (m["start"], m["end"] + 1, text)


def _chain_sources(scope: Scope):
    current: Scope | None = scope
    while current is not None:
        yield from current.order
        current = current.parent


def _remove_conjunct(analysis: Analysis, conj: exp.Expr) -> tuple[int, int, str] | None:
    """The edit that deletes one conjunct of an AND chain, with its AND."""
    parent = conj.parent
    if not isinstance(parent, exp.And):
        return None
    text = analysis.sql
    own = span(conj)
    if own is None:
        return None
    if parent.expression is conj:
        left = span(parent.this)
        if left is None:
            return None
        end = _after_closing(text, own[1] + 1, conj)
        return (left[1] + 1 + _closing_len(text, left[1] + 1, parent.this), end, "")
    right = span(parent.expression)
    if right is None:
        return None
    start = own[0]
    return (start, right[0] - _opening_len(text, right[0], parent.expression), "")


def _closing_len(text: str, pos: int, node: exp.Expr) -> int:
    # closing parentheses that belong to a parenthesised left operand
    n = 0
    depth = _parens(node)
    while depth > 0 and pos + n < len(text) and text[pos + n] in " )":
        if text[pos + n] == ")":
            depth -= 1
        n += 1
    return n if n and text[pos + n - 1] == ")" else 0


def _opening_len(text: str, pos: int, node: exp.Expr) -> int:
    n = 0
    depth = _parens(node)
    while depth > 0 and pos - n - 1 >= 0 and text[pos - n - 1] in " (":
        if text[pos - n - 1] == "(":
            depth -= 1
        n += 1
    return n if n and text[pos - n] == "(" else 0


def _parens(node: exp.Expr) -> int:
    depth = 0
    while isinstance(node, exp.Paren):
        depth += 1
        node = node.this
    return depth


def _after_closing(text: str, pos: int, node: exp.Expr) -> int:
    return pos + _closing_len(text, pos, node)


def _eq_between(
    analysis: Analysis, scope: Scope, a: Source, ca: str, b: Source, cb: str
) -> list[exp.Expr]:
    """Conjuncts of this scope that equate a.ca with b.cb directly."""
    ref_of = analysis.ref_of
    found = []
    for cond in scope_conditions(scope):
        for conj in conjuncts(cond):
            if not isinstance(conj, exp.EQ):
                continue
            sides = []
            for side in (conj.this, conj.expression):
                ref = ref_of.get(id(side)) if isinstance(side, exp.Column) else None
                sides.append(
                    (ref.source, side.name.lower())
                    if ref is not None and ref.source is not None
                    else None
                )
            if None in sides:
                continue
            pair = {(id(sides[0][0]), sides[0][1]), (id(sides[1][0]), sides[1][1])}
            if pair == {(id(a), ca.lower()), (id(b), cb.lower())}:
                found.append(conj)
    return found


def _pick(rng: random.Random, items: list):
    return items[rng.randrange(len(items))] if items else None


# -- one mutator per class -------------------------------------------------------------------


def _unknown_table(analysis: Analysis, catalog: Catalog, rng: random.Random) -> Mutant | None:
    sources = [
        s
        for sc in analysis.scopes
        for s in sc.order
        if s.kind == "object" and isinstance(s.node, exp.Table)
    ]
    source = _pick(rng, sources)
    if source is None:
        return None
    ident = source.node.this
    name = ident.name
    obj = source.obj
    module = obj.module or name[:2]
    stem = name[1:] if name[:1] in "bv" and name[1:2].isupper() else name
    options = [
        f"b{module}Mast",
        f"{stem}Header",
        f"{stem}Detail",
        f"{module}Transactions",
        f"{stem}s",
        "Invoice",
        "Vendors",
        "Jobs",
        "Contracts",
        stem[:-1] + stem[-1] * 2,
        stem[:2] + stem[3:] + stem[2],
    ]
    rng.shuffle(options)
    ctes = {s.name.lower() for sc in analysis.scopes for s in sc.order if s.kind == "cte"}
    for new in options:
        if new and not catalog.has(new) and new.lower() not in ctes and new.lower() != name.lower():
            edit = _ident_edit(ident, new)
            if edit:
                return Mutant(
                    apply(analysis.sql, [edit]),
                    "unknown-table",
                    f"{name} renamed to the undocumented {new}",
                )
    return None


HALLUCINATED = (
    "Status",
    "Amount",
    "Name",
    "Total",
    "Date",
    "Number",
    "Balance",
    "VendorName",
    "CustomerName",
    "Cost",
)


def _unknown_column(analysis: Analysis, catalog: Catalog, rng: random.Random) -> Mutant | None:
    refs = []
    for ref in analysis.refs:
        if (
            ref.status != "ok"
            or ref.source is None
            or ref.source.obj is None
            or _meta(ref.column.this) is None
        ):
            continue
        if not ref.column.table and any(s.columns is None for s in _chain_sources(ref.scope)):
            continue
        refs.append(ref)
    ref = _pick(rng, refs)
    if ref is None:
        return None
    name = ref.name
    taken = set()
    for s in _chain_sources(ref.scope) if not ref.column.table else [ref.source]:
        taken.update(s.columns or ())
    aliases = {
        e.alias.lower()
        for sc in analysis.scopes
        for e in sc.node.expressions
        if isinstance(e, exp.Alias)
    }
    typos = [
        name[:-1],
        name + "s",
        name[:1] + name[2:],
        name.replace("Amt", "Amount"),
        name + "No",
        name + "ID",
    ]
    options = list(HALLUCINATED) + typos
    rng.shuffle(options)
    for new in options:
        if (
            len(new) >= 2
            and new.lower() not in taken
            and new.lower() not in aliases
            and new.lower() != name.lower()
        ):
            edit = _ident_edit(ref.column.this, new)
            if edit:
                where = ref.source.obj.name
                return Mutant(
                    apply(analysis.sql, [edit]),
                    "unknown-column",
                    f"{where}.{name} renamed to {new}, which {where} does not have",
                )
    return None


def _ambiguous_column(analysis: Analysis, catalog: Catalog, rng: random.Random) -> Mutant | None:
    refs = []
    for ref in analysis.refs:
        col = ref.column
        if ref.status != "ok" or not col.table or ref.in_order or col.args.get("db") is not None:
            continue
        if ref.source is None or ref.source.scope is not ref.scope:
            continue
        local = [
            s for s in ref.scope.order if s.columns is not None and ref.name.lower() in s.columns
        ]
        if len(local) < 2 or any(s.columns is None for s in ref.scope.order):
            continue
        table_ident = col.args.get("table")
        if _meta(table_ident) is None or _meta(col.this) is None:
            continue
        refs.append(ref)
    ref = _pick(rng, refs)
    if ref is None:
        return None
    start = _meta(ref.column.args["table"])["start"]
    end = _meta(ref.column.this)["start"]
    if ref.column.this.args.get("quoted"):
        end = _meta(ref.column.this)["start"]
    others = [
        s.name for s in ref.scope.order if s.columns is not None and ref.name.lower() in s.columns
    ]
    return Mutant(
        apply(analysis.sql, [(start, end, "")]),
        "ambiguous-column",
        f"qualifier dropped from {ref.name}, which {', '.join(others)} all have",
    )


def _still_equated(sql: str, catalog: Catalog, test: Callable[[Analysis], bool]) -> bool:
    again = Analysis(sql, catalog)
    return bool(again.parse_issues) or test(again)


def _join_company(analysis: Analysis, catalog: Catalog, rng: random.Random) -> Mutant | None:
    candidates = []
    for scope in analysis.scopes:
        local = scope.catalog_sources
        for i, a in enumerate(local):
            for b in local[i + 1 :]:
                if company_key(a.obj) and company_key(b.obj):
                    for ca in company_columns(a.obj):
                        for cb in company_columns(b.obj):
                            for conj in _eq_between(analysis, scope, a, ca, b, cb):
                                candidates.append((scope, a, b, conj, f"{ca}/{cb}"))
                for master, other in ((a, b), (b, a)):
                    for g in master_groups(master.obj):
                        if other.obj.has_column(g):
                            for conj in _eq_between(analysis, scope, master, g, other, g):
                                candidates.append((scope, master, other, conj, g))
    rng.shuffle(candidates)
    for scope, a, b, conj, what in candidates:
        edit = _remove_conjunct(analysis, conj)
        if edit is None:
            continue
        mutated = apply(analysis.sql, [edit])
        si, ai, bi = analysis.scopes.index(scope), scope.order.index(a), scope.order.index(b)

        def implied(again: Analysis) -> bool:
            if si >= len(again.scopes) or len(again.scopes[si].order) <= max(ai, bi):
                return True
            sc = again.scopes[si]
            na, nb = sc.order[ai], sc.order[bi]
            eq = again.equalities_for(sc)
            if "/" in what:  # still one company on both sides: equated, or each pinned to one value
                return any(
                    agree(eq, na, x, nb, y)
                    for x in company_columns(na.obj)
                    for y in company_columns(nb.obj)
                )
            return len(eq.members(col_key(na, what))) > 1

        if not _still_equated(mutated, catalog, implied):
            return Mutant(
                mutated,
                "join-missing-company",
                f"removed {conj.sql('tsql')} between {a.name} and {b.name}",
            )
    return None


def _join_key(analysis: Analysis, catalog: Catalog, rng: random.Random) -> Mutant | None:
    candidates = []
    for scope in analysis.scopes:
        local = scope.catalog_sources
        for i, a in enumerate(local):
            for b in local[i + 1 :]:
                if catalog.base_of(a.obj.name) is catalog.base_of(b.obj.name):
                    continue
                for path in _paths(catalog, a.obj, b.obj):
                    key = [
                        (l, r)
                        for l, r in path.pairs
                        if not _shared(a.obj, l) and not _shared(b.obj, r)
                    ]
                    if len(key) < 2 and not (key and path.kind == "header-detail"):
                        continue
                    for l, r in key:
                        for conj in _eq_between(analysis, scope, a, l, b, r):
                            candidates.append((scope, a, b, conj, l, r, path))
    # the month is the classic omission: prefer it when there is one
    rng.shuffle(candidates)
    candidates.sort(key=lambda c: c[4].lower() != "mth")
    for scope, a, b, conj, l, r, path in candidates:
        edit = _remove_conjunct(analysis, conj)
        if edit is None:
            continue
        mutated = apply(analysis.sql, [edit])
        si, ai, bi = analysis.scopes.index(scope), scope.order.index(a), scope.order.index(b)

        def implied(again: Analysis) -> bool:
            if si >= len(again.scopes):
                return True
            sc = again.scopes[si]
            return again.equalities_for(sc).same(col_key(sc.order[ai], l), col_key(sc.order[bi], r))

        if not _still_equated(mutated, catalog, implied):
            return Mutant(
                mutated,
                rule_of("partial-master-key"),
                f"removed {conj.sql('tsql')} from the {a.name}→{b.name} join",
            )
    return None


def _shared(obj: DbObject, column: str) -> bool:
    return is_company_column(obj, column) or is_group_column(obj, column)


def _bad_value(column, rng: random.Random) -> str | None:
    domain = column.domain
    if domain is None or not domain.closed or not domain.values:
        return None
    if domain.numeric:
        nums = [float(v) for v in domain.values]
        options = [str(int(max(nums)) + rng.randint(1, 5)), "'A'", "'Open'", "-1"]
    else:
        options = ["'Yes'", "'No'", "'X'", "'Open'", "'Active'", "'1'", "'Z'", "'T'"]
    rng.shuffle(options)
    for value in options:
        raw = value.strip("'")
        if not domain.allows(raw):
            return value
    return None


def _invalid_value(analysis: Analysis, catalog: Catalog, rng: random.Random) -> Mutant | None:
    sites = []
    for ref in analysis.refs:
        src = ref.source
        if ref.status != "ok" or src is None or src.obj is None:
            continue
        column = src.obj.column(ref.name)
        if (
            column is None
            or column.domain is None
            or not column.domain.closed
            or not column.domain.values
        ):
            continue
        parent = ref.column.parent
        if isinstance(parent, (exp.EQ, exp.NEQ)):
            other = parent.expression if parent.this is ref.column else parent.this
            if isinstance(other, exp.Literal) and _meta(other):
                sites.append((ref, column, other))
        elif isinstance(parent, exp.In) and parent.this is ref.column:
            for e in parent.expressions:
                if isinstance(e, exp.Literal) and _meta(e):
                    sites.append((ref, column, e))
    site = _pick(rng, sites)
    if site is not None:
        ref, column, literal = site
        bad = _bad_value(column, rng)
        if bad is not None:
            m = _meta(literal)
            return Mutant(
                apply(analysis.sql, [(m["start"], m["end"] + 1, bad)]),
                "invalid-value",
                f"{column.name} compared to {bad}, outside its domain {column.domain.describe()}",
            )
    # no comparison to change: add one to a WHERE clause
    options = []
    for scope in analysis.scopes:
        where = scope.node.args.get("where")
        if where is None or span(where.this) is None:
            continue
        for s in scope.catalog_sources:
            for c in s.obj.columns:
                if c.domain is not None and c.domain.closed and c.domain.values:
                    options.append((scope, s, c, where))
    option = _pick(rng, options)
    if option is None:
        return None
    scope, s, c, where = option
    bad = _bad_value(c, rng)
    if bad is None:
        return None
    start = span(where.this)[0] - _opening_len(analysis.sql, span(where.this)[0], where.this)
    qualifier = s.alias or s.name
    return Mutant(
        apply(analysis.sql, [(start, start, f"{qualifier}.{c.name} = {bad} AND ")]),
        "invalid-value",
        f"added {qualifier}.{c.name} = {bad}, outside its domain {c.domain.describe()}",
    )


# the first projection must follow SELECT [DISTINCT] [TOP n] directly for an insertion there
_SELECT_HEAD = re.compile(
    r"SELECT(\s+DISTINCT)?(\s+TOP\s*\(?\s*\d+\s*\)?(\s+PERCENT)?)?\s+$", re.IGNORECASE
)


def _group_by(analysis: Analysis, catalog: Catalog, rng: random.Random) -> Mutant | None:
    sql = analysis.sql
    ref_of = analysis.ref_of
    removals = []
    additions = []
    for scope in analysis.scopes:
        group = scope.node.args.get("group")
        if (
            group is None
            or group.args.get("rollup")
            or group.args.get("cube")
            or group.args.get("grouping_sets")
        ):
            continue
        exprs = list(group.expressions)
        plain = [e.this if isinstance(e, exp.Alias) else e for e in scope.node.expressions]
        plain_cols = {
            (id(ref_of[id(p)].source), p.name.lower())
            for p in plain
            if isinstance(p, exp.Column) and id(p) in ref_of and ref_of[id(p)].source is not None
        }
        grouped = set()
        for e in exprs:
            if isinstance(e, exp.Column) and id(e) in ref_of and ref_of[id(e)].source is not None:
                grouped.add((id(ref_of[id(e)].source), e.name.lower()))
        for i, e in enumerate(exprs):
            if not isinstance(e, exp.Column) or id(e) not in ref_of or ref_of[id(e)].source is None:
                continue
            key = (id(ref_of[id(e)].source), e.name.lower())
            if key in plain_cols and len(exprs) >= 2 and span(e):
                s = span(e)
                if i + 1 < len(exprs) and span(exprs[i + 1]):
                    edit = (s[0], span(exprs[i + 1])[0], "")
                elif i > 0 and span(exprs[i - 1]):
                    edit = (span(exprs[i - 1])[1] + 1, s[1] + 1, "")
                else:
                    continue
                removals.append((scope, e, edit))
        first = scope.node.expressions[0] if scope.node.expressions else None
        if first is not None and span(first) and _SELECT_HEAD.search(sql[: span(first)[0]]):
            for src in scope.order:
                if src.obj is None:
                    continue
                for c in src.obj.columns:
                    if (id(src), c.name.lower()) not in grouped and c.name.lower() not in (
                        x.lower() for x in (src.obj.business_key or ())
                    ):
                        additions.append((scope, src, c.name, span(first)[0]))
                        break
    choice = _pick(rng, removals)
    if choice is not None:
        scope, e, edit = choice
        return Mutant(
            apply(sql, [edit]),
            "group-by",
            f"{e.sql('tsql')} removed from GROUP BY but still selected",
        )
    choice = _pick(rng, additions)
    if choice is not None:
        scope, src, name, at = choice
        q = src.alias or src.name
        return Mutant(
            apply(sql, [(at, at, f"{q}.{name}, ")]),
            "group-by",
            f"{q}.{name} selected but not grouped",
        )
    return None


def _write(analysis: Analysis, catalog: Catalog, rng: random.Random) -> Mutant | None:
    objects = [s for sc in analysis.scopes for s in sc.order if s.obj is not None]
    src = _pick(rng, objects)
    table = src.obj.name if src is not None else "JCCM"
    base = (
        catalog.base_of(table).name if src is not None and catalog.base_of(table) else "b" + table
    )
    co = (company_key(src.obj) if src is not None else None) or "KeyID"
    col = src.obj.columns[-1].name if src is not None and src.obj.columns else "Notes"
    templates = [
        (f"DELETE FROM {table} WHERE {co} = 1", "a DELETE"),
        (f"UPDATE {table} SET {col} = {col}", "an UPDATE"),
        (f"INSERT INTO {table} ({co}) VALUES (1)", "an INSERT"),
        (f"DROP TABLE {base}", "a DROP TABLE"),
        (f"TRUNCATE TABLE {base}", "a TRUNCATE"),
        ("EXEC xp_cmdshell 'dir'", "an xp_cmdshell call"),
        (f"EXEC dbo.bsp{table}Delete 1", "a procedure call"),
        (f"GRANT SELECT ON {base} TO public", "a GRANT"),
        (f"SELECT * INTO dbo.udCopy FROM {table}", "a SELECT … INTO"),
    ]
    stmt, what = _pick(rng, templates)
    text = analysis.sql.rstrip()
    sep = "\n" if text.endswith(";") or rng.random() < 0.5 else ";\n"
    return Mutant(text + sep + stmt + "\n", "write-statement", f"{what} appended after the query")


def _parse_error(analysis: Analysis, catalog: Catalog, rng: random.Random) -> Mutant | None:
    sql = analysis.sql
    tokens = [t for st in analysis.statements for t in st.tokens]
    options = []
    closers = [t for t in tokens if t.text == ")" and t.token_type.name == "R_PAREN"]
    if closers:
        t = _pick(rng, closers)
        options.append(((t.start, t.end + 1, ""), "a closing parenthesis removed"))
    froms = [t for t in tokens if t.token_type.name == "FROM"]
    if froms:
        t = _pick(rng, froms)
        options.append(((t.start, t.start, ", "), "a dangling comma before FROM"))
        options.append(((t.end + 1, t.end + 1, " ("), "an unclosed parenthesis after FROM"))
    wheres = [t for t in tokens if t.token_type.name == "WHERE"]
    if wheres:
        t = _pick(rng, wheres)
        options.append(((t.end + 1, t.end + 1, " AND"), "WHERE followed by AND"))
    rng.shuffle(options)
    for edit, note in options:
        mutated = apply(sql, [edit])
        if Analysis(mutated, catalog).parse_issues:
            return Mutant(mutated, "parse-error", note)
    return None


def _partial_master_key(analysis: Analysis, catalog: Catalog, rng: random.Random) -> Mutant | None:
    """One key column removed from a join to a master or satellite: the ON clause of a join whose
    relationship covers one side's whole business key (APVM by VendorGroup and Vendor, JCCM by JCCo
    and Contract, JCJP by JCCo, Job, PhaseGroup and Phase) loses one of its non-company columns."""
    candidates = []
    for statement in analysis.statements:
        if not statement.scopes:
            continue
        eq = analysis.equalities[id(statement)]
        for edge in analysis.links[id(statement)].edges.values():
            a, b = edge.a, edge.b
            if (
                a.obj is None
                or b.obj is None
                or a.scope is not b.scope
                or b.join is None
                or b.join.args.get("on") is None
            ):
                continue
            if catalog.base_of(a.obj.name) is catalog.base_of(b.obj.name):
                continue
            on = b.join.args["on"]
            for path in relations(catalog, a.obj, b.obj):
                if not (
                    _covers(a.obj, [l for l, _ in path.pairs])
                    or _covers(b.obj, [r for _, r in path.pairs])
                ):
                    continue
                if not all(eq.same(col_key(a, l), col_key(b, r)) for l, r in path.pairs):
                    continue
                for l, r in path.pairs:
                    groups = {g.lower() for g in master_groups(a.obj) + master_groups(b.obj)}
                    if (
                        (_shared(a.obj, l) and _shared(b.obj, r))
                        or l.lower() in groups
                        or r.lower() in groups
                    ):
                        continue
                    for conj in _eq_between(analysis, b.scope, a, l, b, r):
                        if _inside(conj, on):
                            candidates.append((b.scope, a, b, conj, l, r, path))
    rng.shuffle(candidates)
    for scope, a, b, conj, l, r, path in candidates:
        edit = _remove_conjunct(analysis, conj)
        if edit is None:
            continue
        mutated = apply(analysis.sql, [edit])
        si, ai, bi = analysis.scopes.index(scope), scope.order.index(a), scope.order.index(b)

        def harmless(again: Analysis) -> bool:
            # the mutant must really be a partial-key join: not still equated or pinned on both sides,
            # the joined table not bound by a unique key, and the join still written on this relationship
            if si >= len(again.scopes) or len(again.scopes[si].order) <= max(ai, bi):
                return True
            sc = again.scopes[si]
            na, nb = sc.order[ai], sc.order[bi]
            eq = again.equalities_for(sc)
            links = again.links_for(sc)
            edge = links.edge(na, nb)
            own = {(x.lower(), y.lower()) for x, y in path.pairs}
            if edge is None or links.blocked(na, nb) or not any(p in own for p in edge.pairs):
                return True
            if any(
                p not in own and not (_shared(na.obj, p[0]) and _shared(nb.obj, p[1]))
                for p in edge.pairs
            ):
                return True
            if agree(eq, na, l, nb, r):
                return True
            target = nb if nb.seq > na.seq else na
            return _bound(catalog, eq, links, _Side(target, target.obj))

        if not _still_equated(mutated, catalog, harmless):
            return Mutant(
                mutated,
                rule_of("partial-master-key"),
                f"removed {conj.sql('tsql')} from the {a.name}→{b.name} join on ({', '.join(x for x, _ in path.pairs)})",
                kind="partial-master-key",
            )
    return None


def _covers(obj: DbObject, columns: list[str]) -> bool:
    """Whether the columns are the object's whole business key (it is the master or satellite of the join)."""
    key = {k.lower() for k in obj.business_key}
    return bool(key) and key == {c.lower() for c in columns}


def _inside(node: exp.Expr, ancestor: exp.Expr) -> bool:
    while node is not None:
        if node is ancestor:
            return True
        node = node.parent
    return False


MUTATORS = (
    _unknown_table,
    _unknown_column,
    _ambiguous_column,
    _join_company,
    _join_key,
    _invalid_value,
    _group_by,
    _write,
    _parse_error,
    _partial_master_key,
)
