"""Plan cases: a query plan, the SQL the compiler makes of it, and the views it reads.

Two sources:

- the SQL templates (``templates/questions.py``), lifted into plans with ``plan_from_sql`` and
  tidied the way a user would ask (no company or group columns in the output, a month written
  ``DURING 2024-05``);
- plans written here over the catalog's join graph: **multi-view** questions (a row with the
  names of its masters, a header with its details and their masters, totals per master) and
  **monthly aggregates** (``Mth DURING`` a year, a month, a range, year to date).

Every case is compiled with ``compile_plan`` and the compiled SQL (not a template's) is what
SQL-mode records show, so plan mode and SQL mode teach the same answer. The caller gates that
SQL on the validator.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace

from assistant.catalog import Catalog, Column, DbObject, JoinPath
from assistant.drafting.compiler import Compiled, company_key, compile_plan
from assistant.drafting.plan import (
    Aggregate,
    ColumnRef,
    Compare,
    During,
    Number,
    OrderItem,
    Period,
    Plan,
    PlanColumn,
    PlanFilter,
    Text,
    render_plan,
)
from assistant.drafting.plan_from_sql import plan_from_sql
from assistant.drafting.plan_sql import is_month_column

from .templates import sql as q
from .templates.questions import YEARS, TemplateCase, _filterable, _is_flag, is_batch
from .verbalize import plural_nouns

COMPANIES = (1, 1, 1, 2, 5, 10, 20)


@dataclass(frozen=True)
class PlanCase:
    """A plan with its compiled SQL; ``objects`` are the views the SQL reads (FROM/JOIN order)."""

    template: str
    plan: Plan
    sql: str
    objects: tuple[str, ...]
    used: tuple[tuple[str, tuple[str, ...]], ...]

    @property
    def text(self) -> str:
        return render_plan(self.plan)

    @property
    def named_views(self) -> tuple[str, ...]:
        return self.plan.views

    @property
    def used_map(self) -> dict[str, tuple[str, ...]]:
        return dict(self.used)


def compile_case(template: str, plan: Plan, catalog: Catalog) -> PlanCase | None:
    """The case when the plan compiles with no error and no rows-multiply warning, else None."""
    compiled: Compiled = compile_plan(plan, catalog, default_company=1)
    if not compiled.ok or any(f.code == "PL204" for f in compiled.findings):
        return None
    used: dict[str, list[str]] = {}
    for ref in plan.column_refs():
        view = catalog.view_of(ref.view) or catalog.get(ref.view)
        if view is not None:
            used.setdefault(view.name, []).append(ref.column)
    return PlanCase(
        template,
        plan,
        compiled.sql,
        compiled.views,
        tuple((k, tuple(dict.fromkeys(v))) for k, v in used.items()),
    )


# -- template cases, lifted ------------------------------------------------------------


def lift(case: TemplateCase, catalog: Catalog, rng: random.Random) -> Plan | None:
    """The template's query as a plan, tidied: what a user asks for, in the plan's own idiom."""
    plan = plan_from_sql(case.sql, catalog)
    if plan is None:
        return None
    return tidy(plan, catalog, rng)


def tidy(plan: Plan, catalog: Catalog, rng: random.Random) -> Plan:
    """No company or group columns in the output or order (one company's rows; nobody asks for VendorGroup),
    ``Mth = '2024-05-01'`` as ``Mth DURING 2024-05``, and the default company 1 often left unsaid."""

    def plumbing(ref: ColumnRef) -> bool:
        view = catalog.view_of(ref.view) or catalog.get(ref.view)
        column = view.column(ref.column) if view is not None else None
        if view is None or column is None:
            return False
        return column.name == company_key(view) or (
            column.vista_type.lower() == "bgroup" and column.name.endswith("Group")
        )

    columns = tuple(
        c for c in plan.columns if not (isinstance(c.expr, ColumnRef) and plumbing(c.expr))
    )
    if not columns:
        columns = plan.columns
    order = tuple(o for o in plan.order if not (isinstance(o.expr, ColumnRef) and plumbing(o.expr)))
    filters = tuple(
        PlanFilter(tuple(_as_during(c, catalog) for c in f.any_of)) for f in plan.filters
    )
    companies = plan.companies
    if companies == (1,) and rng.random() < 0.5:
        companies = ()
    return replace(plan, columns=columns, order=order, filters=filters, companies=companies)


def _as_during(cond, catalog: Catalog):
    if (
        isinstance(cond, Compare)
        and cond.op == "="
        and isinstance(cond.left, ColumnRef)
        and isinstance(cond.right, Text)
    ):
        view = catalog.view_of(cond.left.view) or catalog.get(cond.left.view)
        column = view.column(cond.left.column) if view is not None else None
        value = cond.right.value
        if (
            column is not None
            and is_month_column(column)
            and len(value) == 10
            and value.endswith("-01")
            and value[4] == "-"
        ):
            return During(cond.left, Period("month", value[:7]))
    return cond


def lifted_cases(catalog: Catalog, cases: list[TemplateCase], seed: int) -> Iterator[PlanCase]:
    rng = random.Random(f"{seed}:lift")
    for case in cases:
        plan = lift(case, catalog, rng)
        if plan is None:
            continue
        out = compile_case(case.template, plan, catalog)
        if out is not None:
            yield out


# -- plans over the join graph ------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """A documented path from a view to another, oriented: ``pairs`` are (this side, other side)."""

    other: DbObject
    pairs: tuple[tuple[str, str], ...]


class Graph:
    """Readable views (not batch tables, with a business noun) and their lookups (masters) and details."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._readable: dict[str, bool] = {}

    def readable(self, obj: DbObject | None) -> bool:
        if obj is None or obj.kind == "table":
            return False
        if obj.name not in self._readable:
            base = self.catalog.base_of(obj.name) or obj
            self._readable[obj.name] = (
                not is_batch(base) and not is_batch(obj) and bool(plural_nouns(obj))
            )
        return self._readable[obj.name]

    def links(self, view: DbObject) -> list[Link]:
        base = self.catalog.base_of(view.name) or view
        out: dict[str, Link] = {}
        for path in self.catalog.join_paths_from(base.name):
            if path.kind == "company":
                continue
            link = self._orient(view, path)
            if link is not None and link.other.name != view.name and self.readable(link.other):
                out.setdefault(link.other.name, link)
        return list(out.values())

    def _orient(self, view: DbObject, path: JoinPath) -> Link | None:
        names = {view.name.lower(), (view.base_table or "").lower()}
        if path.left.lower() in names:
            other, pairs = path.right, path.pairs
        elif path.right.lower() in names:
            other, pairs = path.left, tuple((b, a) for a, b in path.pairs)
        else:
            return None
        target = self.catalog.view_of(other) or self.catalog.get(other)
        if target is None or not all(view.has_column(a) and target.has_column(b) for a, b in pairs):
            return None
        return Link(target, pairs)

    def lookups(self, view: DbObject) -> list[Link]:
        """Masters: the path covers the other view's whole key, and it has a label (Name, Description)."""
        out = []
        for link in self.links(view):
            key = {k.lower() for k in link.other.business_key}
            if key and key <= {b.lower() for _, b in link.pairs} and q.label_columns(link.other, 1):
                out.append(link)
        return out

    def details(self, view: DbObject) -> list[Link]:
        """Details: the path covers this view's key, not the other's, and the other is keyed by the same company."""
        out = []
        mine = {k.lower() for k in view.business_key}
        for link in self.links(view):
            theirs = {k.lower() for k in link.other.business_key}
            if (
                mine
                and mine <= {a.lower() for a, _ in link.pairs}
                and theirs
                and not theirs <= {b.lower() for _, b in link.pairs}
                and company_key(link.other)
            ):
                out.append(link)
        return out


def _ref(view: DbObject, column: str) -> ColumnRef:
    return ColumnRef(view.name, view.column(column).name)


def _keys(view: DbObject, limit: int = 3) -> list[str]:
    """Key columns a reader wants to see: not the company, not a group."""
    out = [
        k
        for k in view.business_key
        if k != company_key(view)
        and not (
            k.endswith("Group")
            and view.column(k) is not None
            and view.column(k).vista_type.lower() == "bgroup"
        )
    ]
    return out[:limit]


def _month(view: DbObject) -> Column | None:
    column = view.column("Mth")
    return column if column is not None and is_month_column(column) else None


def _period(rng: random.Random) -> Period:
    year = rng.choice(YEARS)
    roll = rng.random()
    if roll < 0.3:
        return Period("year", str(year))
    if roll < 0.6:
        return Period("month", f"{year}-{rng.randint(1, 12):02d}")
    if roll < 0.92:
        first = rng.randint(1, 10)
        last = rng.randint(first + 1, 12)
        return Period("range", f"{year}-{first:02d}", f"{year}-{last:02d}")
    return Period("ytd")


def _state(view: DbObject, rng: random.Random) -> PlanFilter | None:
    """A documented code or flag of the view, as a filter (open contracts, active vendors)."""
    columns = _filterable(view)[:2]
    if not columns:
        return None
    column = rng.choice(columns)
    if _is_flag(column):
        values = [v for v in column.domain.values if v.upper() in ("Y", "N")]
        if not values:
            return None
        value = "Y" if "Y" in values and rng.random() < 0.7 else rng.choice(values)
    else:
        value = rng.choice(list(column.domain.values))
    literal = (
        Number(value) if column.domain.numeric and value.lstrip("-").isdigit() else Text(value)
    )
    return PlanFilter((Compare(_ref(view, column.name), "=", literal),))


def _companies(rng: random.Random) -> tuple[int, ...]:
    return (rng.choice(COMPANIES),) if rng.random() < 0.5 else ()


def _col(ref: ColumnRef) -> PlanColumn:
    return PlanColumn(ref)


def lookup_names(graph: Graph, view: DbObject, rng: random.Random) -> Plan | None:
    """A row with the names of 1–3 of its masters: contracts with the customer name; invoice lines with job and phase."""
    lookups = graph.lookups(view)
    if not lookups:
        return None
    chosen = rng.sample(lookups, min(len(lookups), rng.choice((1, 1, 2, 2, 3))))
    items = [_ref(view, k) for k in _keys(view)]
    items += [ColumnRef(view.name, c.name) for c in q.label_columns(view, 1)]
    items += [ColumnRef(link.other.name, q.label_columns(link.other, 1)[0].name) for link in chosen]
    money = q.money_columns(view)
    if money and rng.random() < 0.5:
        items.append(ColumnRef(view.name, rng.choice(money).name))
    filters = []
    state = _state(view, rng) if rng.random() < 0.5 else None
    if state is not None:
        filters.append(state)
    month = _month(view)
    if month is not None and rng.random() < 0.4:
        filters.append(PlanFilter((During(ColumnRef(view.name, month.name), _period(rng)),)))
    keys = _keys(view)
    order = (OrderItem(_ref(view, keys[0])),) if keys and rng.random() < 0.5 else ()
    return Plan(
        tuple(map(_col, dict.fromkeys(items))),
        tuple(filters),
        order=order,
        companies=_companies(rng),
    )


def detail_lookups(graph: Graph, view: DbObject, rng: random.Random) -> Plan | None:
    """A header with its detail lines and a master's name: AP invoices, their lines, the vendor."""
    details = graph.details(view)
    if not details:
        return None
    detail = rng.choice(details).other
    masters = [
        link
        for link in graph.lookups(view) + graph.lookups(detail)
        if link.other.name not in (view.name, detail.name)
    ]
    masters = list({m.other.name: m for m in masters}.values())
    chosen = rng.sample(masters, min(len(masters), rng.choice((1, 1, 2)))) if masters else []
    items = [_ref(view, k) for k in _keys(view, 2)]
    items += [ColumnRef(view.name, c.name) for c in q.label_columns(view, 1)]
    items += [
        _ref(detail, k)
        for k in _keys(detail, 4)
        if k.lower() not in {c.column.lower() for c in items}
    ][:2]
    money = q.money_columns(detail)
    items += (
        [ColumnRef(detail.name, (rng.choice(money) if money else None).name)]
        if money
        else [ColumnRef(detail.name, c.name) for c in q.label_columns(detail, 1)]
    )
    items += [ColumnRef(link.other.name, q.label_columns(link.other, 1)[0].name) for link in chosen]
    filters = []
    month = _month(view)
    if month is not None and rng.random() < 0.5:
        filters.append(PlanFilter((During(ColumnRef(view.name, month.name), _period(rng)),)))
    elif rng.random() < 0.5:
        state = _state(view, rng)
        if state is not None:
            filters.append(state)
    return Plan(tuple(map(_col, dict.fromkeys(items))), tuple(filters), companies=_companies(rng))


def total_by_lookup(graph: Graph, view: DbObject, rng: random.Random) -> Plan | None:
    """A money total per master, with its code and name: job cost by phase with the phase description."""
    money = q.money_columns(view)
    lookups = graph.lookups(view)
    if not money or not lookups:
        return None
    link = rng.choice(lookups)
    amount = rng.choice(money)
    codes = [a for a, _ in link.pairs if a != company_key(view) and not a.endswith("Group")]
    items: list = [_ref(view, c) for c in codes[:2]] if rng.random() < 0.7 else []
    items.append(ColumnRef(link.other.name, q.label_columns(link.other, 1)[0].name))
    total = Aggregate("SUM", ColumnRef(view.name, amount.name))
    columns = [*map(_col, dict.fromkeys(items)), PlanColumn(total)]
    filters = []
    month = _month(view)
    if month is not None and rng.random() < 0.7:
        filters.append(PlanFilter((During(ColumnRef(view.name, month.name), _period(rng)),)))
    if rng.random() < 0.3:
        state = _state(view, rng)
        if state is not None:
            filters.append(state)
    top = rng.choice((5, 10, 10, 20)) if rng.random() < 0.3 else None
    return Plan(
        tuple(columns),
        tuple(filters),
        order=(OrderItem(total, descending=True),),
        top=top,
        companies=_companies(rng),
    )


def monthly_by_lookup(graph: Graph, view: DbObject, rng: random.Random) -> Plan | None:
    """Month by month, per master: AP invoice totals per vendor from January to June 2024."""
    month, money, lookups = _month(view), q.money_columns(view), graph.lookups(view)
    if month is None or not money or not lookups:
        return None
    link = rng.choice(lookups)
    mth = ColumnRef(view.name, month.name)
    total = Aggregate("SUM", ColumnRef(view.name, rng.choice(money).name))
    label = ColumnRef(link.other.name, q.label_columns(link.other, 1)[0].name)
    return Plan(
        (PlanColumn(mth), PlanColumn(label), PlanColumn(total)),
        (PlanFilter((During(mth, _period(rng)),)),),
        order=(OrderItem(mth), OrderItem(label)),
        companies=_companies(rng),
    )


def detail_total_by_lookup(graph: Graph, view: DbObject, rng: random.Random) -> Plan | None:
    """A detail amount totalled per the header's master: invoice line amounts per vendor in 2024."""
    details, lookups = graph.details(view), graph.lookups(view)
    if not details or not lookups:
        return None
    detail = rng.choice(details).other
    money = q.money_columns(detail)
    link = rng.choice(lookups)
    if not money or link.other.name == detail.name:
        return None
    total = Aggregate("SUM", ColumnRef(detail.name, rng.choice(money).name))
    label = ColumnRef(link.other.name, q.label_columns(link.other, 1)[0].name)
    filters = []
    month = _month(view)
    if month is not None:
        filters.append(PlanFilter((During(ColumnRef(view.name, month.name), _period(rng)),)))
    else:
        state = _state(view, rng)
        if state is None:
            return None
        filters.append(state)
    return Plan(
        (PlanColumn(label), PlanColumn(total)),
        tuple(filters),
        order=(OrderItem(total, descending=True),),
        companies=_companies(rng),
    )


def monthly_totals(graph: Graph, view: DbObject, rng: random.Random) -> Plan | None:
    """One view's amounts month by month over a range, a year or year to date (with a row count, sometimes)."""
    month, money = _month(view), q.money_columns(view)
    if month is None or not money:
        return None
    mth = ColumnRef(view.name, month.name)
    picked = rng.sample(money, min(len(money), rng.choice((1, 1, 2))))
    columns = [
        PlanColumn(mth),
        *(PlanColumn(Aggregate("SUM", ColumnRef(view.name, m.name))) for m in picked),
    ]
    if rng.random() < 0.3:
        columns.append(PlanColumn(Aggregate("COUNT")))
    filters = [PlanFilter((During(mth, _period(rng)),))]
    if rng.random() < 0.3:
        state = _state(view, rng)
        if state is not None:
            filters.append(state)
    return Plan(tuple(columns), tuple(filters), order=(OrderItem(mth),), companies=_companies(rng))


GRAPH_TEMPLATES = (
    ("lookup-names", lookup_names),
    ("detail-lookups", detail_lookups),
    ("total-by-lookup", total_by_lookup),
    ("monthly-by-lookup", monthly_by_lookup),
    ("detail-total-by-lookup", detail_total_by_lookup),
    ("monthly-totals", monthly_totals),
)


def graph_cases(catalog: Catalog, seed: int, tries: int = 2) -> Iterator[PlanCase]:
    """Plans over the join graph, for every readable company-keyed view; each template has its own stream."""
    graph = Graph(catalog)
    views = [
        v
        for v in sorted(catalog.views, key=lambda o: o.name)
        if company_key(v) and graph.readable(v)
    ]
    for name, template in GRAPH_TEMPLATES:
        rng = random.Random(f"{seed}:{name}")
        for view in views:
            seen: set[str] = set()
            for _ in range(tries + (1 if name.startswith("monthly") else 0)):
                plan = template(graph, view, rng)
                if plan is None:
                    break
                text = render_plan(plan)
                if text in seen:
                    continue
                seen.add(text)
                case = compile_case(name, plan, catalog)
                if case is not None:
                    yield case


__all__ = [
    "GRAPH_TEMPLATES",
    "Graph",
    "Link",
    "PlanCase",
    "compile_case",
    "graph_cases",
    "lift",
    "lifted_cases",
    "tidy",
]
