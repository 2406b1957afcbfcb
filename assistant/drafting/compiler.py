"""Compile a plan into T-SQL from the catalog: views, joins, keys, company, grouping.

The plan says *what* (columns, filters, order); the catalog says *how*:

- every ``View.Column`` is resolved case-insensitively; a base table is read through its view;
- the views are connected by the smallest documented join tree (``jointree.py``), every key
  column of each path equated; a lookup (the joined side's key is covered) is a LEFT JOIN, so a
  contract without a customer still shows;
- one company for the whole query: a declared ``@Co bCompany`` filters the root view's company
  column and every other company-keyed view the joins do not already tie to it; a master keyed
  only by group (APVM, ARCM, HQMT) is limited to the company's group through HQCO;
- GROUP BY is every column used outside an aggregate; codes are trimmed for display only.

Problems are findings (``Compiled.findings``), positioned in the plan text; errors leave
``sql`` None. The compiled SQL is not trusted: callers validate it like any other query.

>>> from assistant.catalog import Catalog, Column, DbObject
>>> cm = DbObject("JCCM", "view", columns=(Column("JCCo", "bCompany", "tinyint"), Column("Contract", "bContract", "varchar(10)")),
...               business_key=("JCCo", "Contract"), company_column="JCCo")
>>> print(compile_plan(parse_plan("SELECT JCCM.Contract"), Catalog((cm,)), company=2).sql)
DECLARE @JCCo bCompany = 2;
<BLANKLINE>
SELECT
    LTRIM(RTRIM(JCCM.Contract)) AS Contract
FROM JCCM
WHERE JCCM.JCCo = @JCCo;
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..catalog import Catalog, DbObject
from ..validate.findings import Finding, Severity
from .jointree import JoinProblem, JoinTree, join_tree
from .plan import (
    Aggregate,
    ColumnRef,
    During,
    Meaning,
    Param,
    Plan,
    PlanColumn,
    bare_refs,
    condition_values,
    has_aggregate,
    parse_plan,
    refs,
)
from .plan_sql import (
    Columns,
    Resolved,
    default_label,
    has_meanings,
    is_month_column,
    quote_label,
    ref_key,
    render_expr,
    render_filter,
    render_select_item,
)

COMPANY_PARAM = (
    "Co"  # the company parameter when the root has no company column of its own (HQCO's groups)
)
__all__ = ["COMPANY_PARAM", "Compiled", "company_key", "compile_plan", "parse_plan"]


@dataclass(frozen=True)
class Compiled:
    """The compiler's answer: T-SQL (None when an error stopped it), findings, and what it joined."""

    sql: str | None
    findings: tuple[Finding, ...] = ()
    views: tuple[str, ...] = ()  # FROM and JOIN order, the root first
    via: tuple[str, ...] = ()  # views joined in between that the plan did not name
    companies: tuple[int, ...] = ()

    @property
    def ok(self) -> bool:
        return self.sql is not None and not any(f.severity == "error" for f in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "error")


def _finding(
    code: str, rule: str, severity: Severity, message: str, at=(0, 0), suggestion: str | None = None
) -> Finding:
    line, col = at if at != (0, 0) else (1, 1)
    return Finding(
        code, rule, severity, message, line, col, suggestion=suggestion, source="compiler"
    )


def compile_plan(
    plan: Plan, catalog: Catalog, *, company: int | None = None, default_company: int | None = 1
) -> Compiled:
    """T-SQL for ``plan``. ``company`` is one the user named (it wins over the plan's COMPANY line);
    otherwise the plan's, otherwise ``default_company`` (``settings.default_company``; 1 when unset)."""
    findings: list[Finding] = []
    columns, views = _resolve(plan, catalog, findings)
    if any(f.severity == "error" for f in findings):
        return Compiled(None, tuple(findings))
    findings += _shape_problems(plan, columns, {v.name.lower(): v for v in views})
    root = next((v for v in views if company_key(v)), views[0])
    ordered = [root] + [v for v in views if v is not root]
    tree = join_tree(ordered, catalog)
    if isinstance(tree, JoinProblem):
        code, rule = (
            ("PL201", "no-join-path")
            if tree.kind == "no-path"
            else ("PL202", "ambiguous-join-path")
        )
        findings.append(
            _finding(
                code, rule, "error", tree.message, suggestion="; ".join(tree.alternatives) or None
            )
        )
    if any(f.severity == "error" for f in findings):
        return Compiled(None, tuple(findings))
    findings += _tree_notes(tree)
    companies = _companies(plan, company, default_company, findings)
    company_param, declares, where = _company_sql(tree, catalog, companies)
    if not where and (plan.companies or company is not None):
        findings.append(
            _finding(
                "PL309",
                "no-company-column",
                "warning",
                f"{', '.join(v.name for v in tree.views)} have no company column: COMPANY does not apply",
            )
        )
    params = _params(plan, columns, company_param, findings)
    if any(f.severity == "error" for f in findings):
        return Compiled(None, tuple(findings))
    declares += params
    sql = _assemble(plan, tree, columns, declares, where, catalog)
    return Compiled(sql, tuple(findings), tuple(v.name for v in tree.views), tree.via, companies)


# -- names ---------------------------------------------------------------------


def _resolve(
    plan: Plan, catalog: Catalog, findings: list[Finding]
) -> tuple[Columns, list[DbObject]]:
    columns: dict[tuple[str, str], Resolved] = {}
    views: dict[str, DbObject] = {}
    seen_base: dict[str, DbObject] = {}
    for ref in plan.column_refs():
        key = ref.view.lower()
        if key not in views:
            obj = catalog.get(ref.view)
            if obj is None:
                hint = catalog.closest_tables(ref.view, 3)
                findings.append(
                    _finding(
                        "PL101",
                        "unknown-view",
                        "error",
                        f"there is no view {ref.view!r}",
                        ref.at,
                        ", ".join(hint) or None,
                    )
                )
                views[key] = None  # type: ignore[assignment]
                continue
            view = catalog.view_of(obj.name) or obj
            if view is not obj:
                findings.append(
                    _finding(
                        "PL103",
                        "base-table",
                        "info",
                        f"{obj.name} is read through its view {view.name}",
                        ref.at,
                    )
                )
            base = (catalog.base_of(view.name) or view).name.lower()
            view = seen_base.setdefault(base, view)  # JCCM and bJCCM are one view, not a self-join
            views[key] = view
        view = views[key]
        if view is None or ref_key(ref) in columns:
            continue
        column = view.column(ref.column)
        if column is None:
            hint = catalog.closest_columns(view, ref.column, 3)
            findings.append(
                _finding(
                    "PL102",
                    "unknown-column",
                    "error",
                    f"{view.name} has no column {ref.column!r}",
                    ref.at,
                    ", ".join(hint) or None,
                )
            )
            continue
        columns[ref_key(ref)] = Resolved(view.name, column)
    ordered = list(dict.fromkeys(v for v in views.values() if v is not None))
    return columns, ordered


def company_key(obj: DbObject) -> str | None:
    """The company column that keys a view (None for masters keyed by group, such as APVM)."""
    co = obj.company_column
    if co is None or not obj.has_column(co):
        return None
    if obj.business_key and co.lower() not in {k.lower() for k in obj.business_key}:
        return None
    return obj.column(co).name


def _is_month(columns: Columns, ref: ColumnRef) -> bool:
    return is_month_column(columns[ref_key(ref)].column)


# -- shape -------------------------------------------------------------------------


def _shape_problems(plan: Plan, columns: Columns, views: dict[str, DbObject]) -> Iterator[Finding]:
    for line in plan.filters:
        for cond in line.any_of:
            if has_aggregate(cond.left) or any(has_aggregate(v) for v in condition_values(cond)):
                yield _finding(
                    "PL301",
                    "aggregate-in-where",
                    "error",
                    "an aggregate cannot filter rows: put this condition on a HAVING line",
                    line.at,
                )
            if isinstance(cond.left, ColumnRef):
                resolved = columns[ref_key(cond.left)]
                if resolved.column.name == company_key(views[resolved.view.lower()]):
                    yield _finding(
                        "PL104",
                        "company-filter",
                        "error",
                        f"{resolved.view}.{resolved.column.name} is the company: the compiler filters it; "
                        "write COMPANY n for another company",
                        cond.left.at,
                    )
            if isinstance(cond, During) and not _is_month(columns, cond.column):
                yield _finding(
                    "PL303",
                    "not-a-month",
                    "error",
                    f"DURING needs a month column (Mth); {cond.column} is not one",
                    cond.column.at,
                )
    for item in (*plan.columns, *plan.order):
        for node in _walk(item.expr):
            if isinstance(node, Meaning):
                if not has_meanings(columns[ref_key(node.column)].column):
                    yield _finding(
                        "PL308",
                        "no-meanings",
                        "error",
                        f"{node.column} has no documented meanings to spell out",
                        node.at,
                    )
    if plan.aggregated:
        grouped = {ref_key(r) for c in plan.columns for r in bare_refs(c.expr)}
        for expr, what in [(o.expr, "ORDER BY") for o in plan.order] + [
            (c.left, "HAVING") for h in plan.having for c in h.any_of
        ]:
            for ref in bare_refs(expr):
                if ref_key(ref) not in grouped:
                    yield _finding(
                        "PL302",
                        "not-grouped",
                        "error",
                        f"{what} uses {ref}, which is neither an output column nor inside an aggregate",
                        ref.at,
                    )
    if plan.distinct:
        shown = {c.expr for c in plan.columns}
        for o in plan.order:
            if o.expr not in shown:
                yield _finding(
                    "PL307",
                    "order-not-selected",
                    "error",
                    f"with DISTINCT, ORDER BY may only use output columns; {o.expr} is not one",
                    o.expr.at,
                )


def _walk(expr) -> Iterator:
    yield expr
    if isinstance(expr, Aggregate) and expr.arg is not None:
        yield from _walk(expr.arg)
    for t in getattr(expr, "terms", ()):
        yield from _walk(t)


# -- joins, company, parameters -------------------------------------------------------


def _tree_notes(tree: JoinTree) -> Iterator[Finding]:
    if tree.via:
        yield _finding(
            "PL203",
            "joined-through",
            "info",
            f"joined through {', '.join(tree.via)} (documented paths)",
        )
    ones: dict[str, list[str]] = {}
    for e in tree.edges:
        if e.right_is_one and not e.left_is_one:
            ones.setdefault(e.right, []).append(e.left)
        elif e.left_is_one and not e.right_is_one:
            ones.setdefault(e.left, []).append(e.right)
    for master, details in ones.items():
        if len(details) >= 2:
            yield _finding(
                "PL204",
                "rows-multiply",
                "warning",
                f"{' and '.join(details)} both join {master} as their master: each row of one is paired "
                f"with every row of the other for the same {master} row, so totals multiply",
            )


def _companies(
    plan: Plan, company: int | None, default: int | None, findings: list[Finding]
) -> tuple[int, ...]:
    if company is not None:
        if plan.companies and plan.companies != (company,):
            findings.append(
                _finding(
                    "PL306",
                    "company-override",
                    "info",
                    f"company {company} (as asked) instead of the plan's COMPANY {', '.join(map(str, plan.companies))}",
                )
            )
        return (company,)
    return plan.companies or (default if default is not None else 1,)


def _company_sql(
    tree: JoinTree, catalog: Catalog, companies: tuple[int, ...]
) -> tuple[str, list[str], list[str]]:
    """The company parameter's name, its DECLARE and the WHERE predicates that pin the company.

    The parameter is named after the root's company column (``@JCCo``), as Vista reports
    do; several companies are a literal ``IN (1, 2)`` instead.
    """
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(x):
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for e in tree.edges:
        for l, r in e.pairs:
            a, b = find((e.left.lower(), l.lower())), find((e.right.lower(), r.lower()))
            if a != b:
                parent[a] = b
    pins: list[str] = []
    bound: set = set()
    for view in tree.views:
        co = company_key(view)
        if co is None or find((view.name.lower(), co.lower())) in bound:
            continue
        bound.add(find((view.name.lower(), co.lower())))
        pins.append(f"{view.name}.{co}")
    hq = catalog.get("HQCO")
    if not pins and _group_scope(tree.root, hq):
        pins.append(f"{hq.name}.{hq.column('HQCo').name}")
    if not pins:
        return "", [], []
    name = company_key(tree.root) or COMPANY_PARAM
    if len(companies) > 1:
        return name, [], [f"{pin} IN ({', '.join(map(str, companies))})" for pin in pins]
    return (
        name,
        [f"DECLARE @{name} bCompany = {companies[0]};"],
        [f"{pin} = @{name}" for pin in pins],
    )


def _group_scope(root: DbObject, hq: DbObject | None) -> list[str]:
    """Group columns keying a master (APVM: VendorGroup) that HQCO also holds: the company's groups."""
    if hq is None or company_key(root) or not hq.has_column("HQCo"):
        return []
    keys = root.business_key or root.group_columns
    return [
        k
        for k in keys
        if hq.has_column(k)
        and (
            k in root.group_columns
            or k.endswith("Group")
            or root.column(k).vista_type.lower() == "bgroup"
        )
    ]


def _params(plan: Plan, columns: Columns, company: str, findings: list[Finding]) -> list[str]:
    """DECLARE lines for the plan's parameters, typed by the column each one meets first.

    A parameter named like the company parameter (``@JCCo``) that only meets company
    columns *is* the company parameter; meeting anything else, its name is taken.
    """
    types: dict[str, tuple[str, Param, bool]] = {}
    for line in (*plan.filters, *plan.having):
        for cond in line.any_of:
            for value in condition_values(cond):
                if isinstance(value, Param):
                    vista_type = _type_of(cond.left, columns)
                    first = types.get(value.name.lower(), (vista_type, value, True))
                    types[value.name.lower()] = (
                        first[0],
                        first[1],
                        first[2] and (vista_type or "").lower() == "bcompany",
                    )
    values = {p.name.lower(): p.value for p in plan.params}
    out = []
    for key, (vista_type, param, company_only) in types.items():
        if company and key == company.lower():
            if not company_only:
                findings.append(
                    _finding(
                        "PL305",
                        "reserved-parameter",
                        "error",
                        f"@{company} is the company parameter; give this one another name",
                        param.at,
                    )
                )
            continue
        if vista_type is None:
            findings.append(
                _finding(
                    "PL304",
                    "parameter-type",
                    "error",
                    f"cannot tell the type of @{param.name}: compare it with a column",
                    param.at,
                )
            )
            continue
        default = f" = {values[key]}" if key in values else ""
        out.append(f"DECLARE @{param.name} {vista_type}{default};")
    return out


def _type_of(expr, columns: Columns) -> str | None:
    if isinstance(expr, Aggregate) and expr.func in ("COUNT", "COUNT DISTINCT"):
        return "int"
    for ref in refs(expr):
        return columns[ref_key(ref)].column.vista_type
    return None


# -- the text -----------------------------------------------------------------------------


def _labels(items: tuple[PlanColumn, ...], columns: Columns) -> list[str]:
    labels: list[str] = []
    taken: set[str] = set()
    for item in items:
        label = item.label or default_label(item.expr, columns)
        if label.lower() in taken and isinstance(item.expr, ColumnRef) and not item.label:
            label = columns[ref_key(item.expr)].view + label
        base, n = label, 2
        while label.lower() in taken:
            label, n = f"{base}{n}", n + 1
        taken.add(label.lower())
        labels.append(label)
    return labels


def _assemble(
    plan: Plan,
    tree: JoinTree,
    columns: Columns,
    declares: list[str],
    company: list[str],
    catalog: Catalog,
) -> str:
    lines = declares + [""] if declares else []
    head = (
        "SELECT"
        + (" DISTINCT" if plan.distinct else "")
        + (f" TOP ({plan.top})" if plan.top is not None else "")
    )
    labels = _labels(plan.columns, columns)
    items = [render_select_item(c, label, columns) for c, label in zip(plan.columns, labels)]
    lines += [head] + [f"    {item}," for item in items[:-1]] + [f"    {items[-1]}"]
    lines.append(f"FROM {tree.root.name}")
    for edge in tree.edges:
        join = "LEFT JOIN" if edge.right_is_one and not edge.left_is_one else "JOIN"
        lines.append(f"{join} {edge.right}")
        lines += [
            f"    {'ON' if i == 0 else 'AND'} {edge.right}.{r} = {edge.left}.{l}"
            for i, (l, r) in enumerate(edge.pairs)
        ]
    hq = catalog.get("HQCO")
    groups = (
        _group_scope(tree.root, hq)
        if company and hq is not None and company[0].startswith(f"{hq.name}.")
        else []
    )
    if groups:
        lines.append(f"JOIN {hq.name}")
        lines += [
            f"    {'ON' if i == 0 else 'AND'} {hq.name}.{g} = {tree.root.name}.{tree.root.column(g).name}"
            for i, g in enumerate(groups)
        ]
    where = company + [render_filter(f, columns) for f in plan.filters]
    if where:
        lines += [f"WHERE {where[0]}"] + [f"    AND {w}" for w in where[1:]]
    if plan.aggregated:
        grouped = list(
            dict.fromkeys(
                f"{columns[ref_key(r)].view}.{columns[ref_key(r)].column.name}"
                for c in plan.columns
                for r in bare_refs(c.expr)
            )
        )
        if grouped:
            lines += ["GROUP BY"] + [f"    {g}," for g in grouped[:-1]] + [f"    {grouped[-1]}"]
    if plan.having:
        having = [render_filter(f, columns) for f in plan.having]
        lines += [f"HAVING {having[0]}"] + [f"    AND {h}" for h in having[1:]]
    if plan.order:
        by_expr = {c.expr: label for c, label in zip(plan.columns, labels)}
        order = []
        for o in plan.order:
            # DISTINCT may only order by what it outputs: name the output column
            text = (
                quote_label(by_expr[o.expr])
                if plan.distinct and o.expr in by_expr
                else render_expr(o.expr, columns)
            )
            order.append(text + (" DESC" if o.descending else ""))
        lines.append("ORDER BY " + ", ".join(order))
    return "\n".join(lines) + ";"
