"""Every approved expert query in the sample is correct against the catalog.

A small checker over sqlglot's tsql AST: tables are catalog views (never b-tables or
inventions), qualified columns exist on their table, unqualified ones on some table in
the query, joins carry every pair of a documented join path they use, every
company-keyed table has its company column in a predicate, and literals compared with
a closed-domain column are in the domain.
"""

from __future__ import annotations

import pytest
import sqlglot
from sqlglot import exp

from assistant.catalog import Catalog


def check(sql: str, catalog: Catalog) -> list[str]:
    problems: list[str] = []
    for tree in sqlglot.parse(sql, read="tsql"):
        if tree is None or not tree.find(exp.Select):
            continue
        problems += _check_statement(tree, catalog)
    return problems


def _check_statement(tree: exp.Expression, catalog: Catalog) -> list[str]:
    problems = []
    ctes = {c.alias_or_name.lower() for c in tree.find_all(exp.CTE)}
    aliases = {}
    for table in tree.find_all(exp.Table):
        if table.name.lower() in ctes:
            ctes.add((table.alias or table.name).lower())  # a CTE read under an alias
            continue
        obj = catalog.get(table.name)
        if obj is None:
            problems.append(f"unknown table {table.name}")
            continue
        if obj.kind != "view":
            problems.append(f"{table.name} is a base table; read its view")
        aliases[(table.alias or table.name).lower()] = obj
    outputs = {a.alias.lower() for a in tree.find_all(exp.Alias)} | {
        c.name.lower() for cte in tree.find_all(exp.CTE) for c in cte.this.selects
    }
    for col in tree.find_all(exp.Column):
        if isinstance(col.this, exp.Star):
            continue
        qualifier = col.table.lower()
        if qualifier:
            obj = aliases.get(qualifier)
            if obj is None:
                if qualifier not in ctes:
                    problems.append(f"unknown alias {col.table}")
                continue
            if not obj.has_column(col.name):
                problems.append(f"{obj.name} has no column {col.name}")
        elif col.name.lower() not in outputs and not any(
            o.has_column(col.name) for o in aliases.values()
        ):
            problems.append(f"no table in the query has column {col.name}")
    problems += _check_joins(tree, aliases, catalog)
    problems += _check_company(tree, aliases)
    problems += _check_values(tree, aliases)
    return problems


def _equalities(node: exp.Expression) -> set[tuple[str, str, str, str]]:
    out = set()
    for eq in node.find_all(exp.EQ):
        left, right = eq.this, eq.expression
        if (
            isinstance(left, exp.Column)
            and isinstance(right, exp.Column)
            and left.table
            and right.table
        ):
            a = (left.table.lower(), left.name.lower())
            b = (right.table.lower(), right.name.lower())
            out.add(a + b)
            out.add(b + a)
    return out


def _check_joins(tree, aliases, catalog) -> list[str]:
    problems = []
    for join in tree.find_all(exp.Join):
        on = join.args.get("on")
        if on is None:
            continue
        eqs = _equalities(on)
        pairs_by_alias = {}
        for la, lc, ra, rc in eqs:
            pairs_by_alias.setdefault((la, ra), set()).add((lc, rc))
        for (la, ra), used in pairs_by_alias.items():
            left, right = aliases.get(la), aliases.get(ra)
            if left is None or right is None:
                continue
            for path in catalog.join_paths_between(left.name, right.name):
                wanted = {(l.lower(), r.lower()) for l, r in path.pairs}
                if used & wanted and not wanted <= used:
                    missing = ", ".join(f"{l}={r}" for l, r in sorted(wanted - used))
                    problems.append(
                        f"join {left.name}→{right.name} misses {missing} of its {path.kind} path"
                    )
    return problems


def _check_company(tree, aliases) -> list[str]:
    problems = []
    predicates = [w.this for w in tree.find_all(exp.Where)] + [
        j.args["on"] for j in tree.find_all(exp.Join) if j.args.get("on")
    ]
    referenced = set()
    for pred in predicates:
        for col in pred.find_all(exp.Column):
            referenced.add((col.table.lower(), col.name.lower()))
    single = len(aliases) == 1
    for alias, obj in aliases.items():
        company = obj.company_column
        if (
            company
            and (alias, company.lower()) not in referenced
            and not (single and ("", company.lower()) in referenced)
        ):
            problems.append(
                f"{obj.name} ({alias}) has no predicate on its company column {company}"
            )
    return problems


def _check_values(tree, aliases) -> list[str]:
    problems = []
    single = next(iter(aliases.values())) if len(aliases) == 1 else None
    for node in tree.find_all(exp.EQ, exp.In):
        col = node.this
        if not isinstance(col, exp.Column):
            continue
        obj = aliases.get(col.table.lower()) if col.table else single
        column = obj.column(col.name) if obj is not None else None
        if column is None or column.domain is None:
            continue
        literals = [node.expression] if isinstance(node, exp.EQ) else node.expressions
        for lit in literals:
            if isinstance(lit, exp.Literal) and not column.domain.allows(lit.this):
                problems.append(
                    f"{obj.name}.{column.name} = {lit.sql()} is outside {column.domain.describe()}"
                )
    return problems


def test_the_sample_has_at_least_60_examples_across_all_modules(sample_catalog):
    examples = sample_catalog.examples
    assert len(examples) >= 60
    modules = {e.tags[0] for e in examples if e.tags}
    assert {"JC", "JB", "AP", "AR", "GL", "PR", "PM", "SL", "PO", "EM", "HQ"} <= modules


def test_open_contracts_with_billed_to_date_example(sample_catalog):
    (example,) = [
        e
        for e in sample_catalog.examples
        if "open contracts" in e.question.lower() and "billed" in e.question.lower()
    ]
    assert "ContractStatus = 1" in example.sql and "BilledAmt" in example.sql


def test_every_approved_example_is_correct_against_the_catalog(sample_catalog):
    failures = {e.path: check(e.sql, sample_catalog) for e in sample_catalog.examples}
    assert {p: f for p, f in failures.items() if f} == {}


@pytest.mark.parametrize(
    "sql, problem",
    [
        ("SELECT * FROM Invoice", "unknown table Invoice"),
        ("SELECT JCCo FROM bJCCM WHERE JCCo = 1", "bJCCM is a base table; read its view"),
        ("SELECT h.Status FROM APTH h WHERE h.APCo = 1", "APTH has no column Status"),
        (
            "SELECT l.APLine FROM APTH h JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans WHERE h.APCo = 1",
            "join APTH→APTL misses mth=mth of its header-detail path",
        ),
        ("SELECT Contract FROM JCCM", "JCCM (jccm) has no predicate on its company column JCCo"),
        (
            "SELECT Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus = 'A'",
            "JCCM.ContractStatus = 'A' is outside 0=Pending",
        ),
    ],
)
def test_the_checker_catches_each_kind_of_mistake(sample_catalog, sql, problem):
    found = check(sql, sample_catalog)
    assert any(f.startswith(problem) for f in found), found
