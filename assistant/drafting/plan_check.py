"""The round trip that says a plan means what a query means: lift, compile, validate, run both.

``round_trip(sql, catalog, shadows)`` lifts ``sql`` into a plan (``plan_from_sql``),
compiles the plan, validates the compiled SQL (0 errors required) and runs the original
and the compiled query on every shadow database. A report's parameters (``@Job = ' 22896-'``)
rarely name a row of synthetic data, and two empty results agree about nothing; so with
``probe`` (the default) each parameter compared with a column takes, in both queries, that
column's most common value in the shadow, and the original runs with the same values. Rows are compared as execution match
does (multisets, ordered when the original orders, columns in any order), and once more
with text trimmed at both ends: the compiler always shows Job, Contract and Phase codes
trimmed (``shared/vista/conventions.md``), which an original that shows them raw differs
from only in those blanks. Both verdicts are kept, so a caller can report each.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Literal

from ..catalog import Catalog
from ..shadow.execmatch import Run, Shadows, execute, same_result
from ..validate import validate
from ..validate.findings import Finding
from .compiler import Compiled, compile_plan
from .plan import ColumnRef, Number, Param, ParamValue, Plan, Text, condition_values, render_plan
from .plan_from_sql import plan_from_sql
from .sql_batch import split_batch

Stage = Literal[
    "not-expressible",
    "compile-error",
    "validator-error",
    "original-fails",
    "different-rows",
    "same-rows",
]


@dataclass(frozen=True)
class RoundTrip:
    stage: Stage  # how far the query got; "same-rows" is the whole way
    plan: Plan | None = None
    compiled: Compiled | None = None
    errors: tuple[Finding, ...] = ()  # the compiler's or the validator's errors
    exact: bool = False  # same rows, value for value, on every shadow
    trimmed: bool = False  # same rows once text is trimmed at both ends (display trimming of codes)
    rows: int = 0  # the original's rows, summed over the shadows
    details: tuple[str, ...] = field(default=(), compare=False)

    @property
    def plan_text(self) -> str:
        return render_plan(self.plan) if self.plan is not None else ""


def round_trip(
    sql: str, catalog: Catalog, shadows: Shadows, *, default_company: int = 1, probe: bool = True
) -> RoundTrip:
    plan = plan_from_sql(sql, catalog)
    if plan is None:
        return RoundTrip("not-expressible")
    compiled = compile_plan(plan, catalog, default_company=default_company)
    if not compiled.ok:
        return RoundTrip("compile-error", plan, compiled, compiled.errors)
    report = validate(compiled.sql, catalog)
    if report.errors:
        return RoundTrip("validator-error", plan, compiled, report.errors)
    exact = trimmed = True
    rows = 0
    details = []
    for con, schema in zip(shadows.cons, shadows.schemas):
        original, ours = sql, compiled.sql
        values = (
            _probe_values(plan, catalog, con, schema, plan.companies or (default_company,))
            if probe
            else {}
        )
        if values:
            original = _with_defaults(sql, values)
            ours = compile_plan(
                _with_params(plan, values), catalog, default_company=default_company
            ).sql
        gold = execute(original, con, schema)
        if gold.error:
            return RoundTrip("original-fails", plan, compiled, details=(gold.error,))
        pred = execute(ours, con, schema)
        rows += len(gold.rows)
        same = same_result(gold, pred)
        exact &= same
        trimmed &= same or same_result(_trim(gold), _trim(pred))
        details.append(pred.error or f"{len(pred.rows)} rows vs {len(gold.rows)}")
    stage: Stage = "same-rows" if trimmed else "different-rows"
    return RoundTrip(stage, plan, compiled, (), exact, trimmed, rows, tuple(details))


def _trim(run: Run) -> Run:
    rows = tuple(tuple(v.strip() if isinstance(v, str) else v for v in row) for row in run.rows)
    return Run(run.columns, rows, run.error, run.ordered)


# -- probing: parameter values that name rows of the shadow --------------------------------


def _probe_values(plan: Plan, catalog: Catalog, con, schema, companies) -> dict[str, str]:
    """@name (lower) -> a T-SQL literal: the most common value of the column the parameter meets."""
    out: dict[str, str] = {}
    for line in (*plan.filters, *plan.having):
        for cond in line.any_of:
            left = cond.left
            for value in condition_values(cond):
                if (
                    not isinstance(value, Param)
                    or value.name.lower() in out
                    or not isinstance(left, ColumnRef)
                ):
                    continue
                view = catalog.get(left.view)
                co = view.company_column if view is not None else None
                where = f"{left} IS NOT NULL" + (
                    f" AND {left.view}.{co} IN ({', '.join(map(str, companies))})" if co else ""
                )
                probe = (
                    f"SELECT TOP (1) {left} FROM {left.view} WHERE {where} "
                    f"GROUP BY {left} ORDER BY COUNT(*) DESC, {left}"
                )
                run = execute(probe, con, schema)
                if run.error or not run.rows:
                    continue
                out[value.name.lower()] = _literal(run.rows[0][0])
    return out


def _literal(value) -> str:
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else str(value)
    text = str(value)
    if len(text) >= 10 and text[4] == "-" and "T" in text:  # a datetime read back as ISO text
        text = text[:10]
    return "'" + text.replace("'", "''") + "'"


def _with_defaults(sql: str, values: dict[str, str]) -> str:
    """The original batch with the probed parameters' defaults replaced (other declarations kept)."""
    batch = split_batch(sql)
    lines = []
    for key, d in batch.declared.items():
        default = values.get(key, d.default)
        lines.append(
            f"DECLARE @{d.name} {d.type}" + (f" = {default}" if default is not None else "") + ";"
        )
    return "\n".join(lines) + "\n" + (batch.query or "")


def _with_params(plan: Plan, values: dict[str, str]) -> Plan:
    params = {p.name.lower(): p for p in plan.params}
    for key, literal in values.items():
        name = next(
            (
                p.name
                for line in plan.filters + plan.having
                for c in line.any_of
                for p in condition_values(c)
                if isinstance(p, Param) and p.name.lower() == key
            ),
            key,
        )
        value = (
            Text(literal[1:-1].replace("''", "'")) if literal.startswith("'") else Number(literal)
        )
        params[key] = ParamValue(name, value)
    return dataclasses.replace(plan, params=tuple(params[k] for k in sorted(params)))
