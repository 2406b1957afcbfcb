"""Execution match (Spider/BIRD) over several shadows, and result previews for the chat.

Gold and generated SQL both run in each shadow; their results are compared as
multisets of rows (as lists when the gold has a top-level ORDER BY). Running on
two or more shadows built from different seeds is test-suite accuracy: a query
right by accident on one database (a missing filter that happens to remove
nothing there) is caught on another. As in Spider's test-suite evaluation,
column order does not matter: a permutation of the gold columns also matches.
"""

from __future__ import annotations

import datetime as dt
import decimal
import itertools
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Sequence

import duckdb

from .dryrun import open_shadow, run_capped
from .transpile import ShadowSchema, prepare

ROW_CAP = 10_000


@dataclass(frozen=True)
class Run:
    columns: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()
    error: str | None = None
    ordered: bool = False


@dataclass(frozen=True)
class ExecMatch:
    """The verdict over all shadows: ``match`` is None when the gold itself cannot run (not scorable)."""

    match: bool | None
    per_db: tuple[bool | None, ...] = ()
    reason: str = ""
    details: tuple[str, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"match": self.match, "per_db": list(self.per_db), "reason": self.reason}


def _value(v: Any) -> Any:
    """A comparable form: numbers to rounded floats (DECIMAL vs DOUBLE), text without trailing blanks."""
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float, decimal.Decimal)):
        f = round(float(v), 4)
        return 0.0 if f == 0 else f
    if isinstance(v, str):
        return v.rstrip()  # SQL Server compares char values with trailing blanks ignored
    if isinstance(v, (dt.datetime, dt.date)):
        return v.isoformat()
    if isinstance(v, uuid.UUID):
        return str(v)
    return v


def execute(
    sql: str, con, schema: ShadowSchema, *, timeout_s: float = 10.0, row_cap: int = ROW_CAP
) -> Run:
    """Run a T-SQL query (its last SELECT) in a shadow."""
    prepared, unsupported = prepare(sql, schema)
    if unsupported is not None:
        return Run(error=f"could not run: {unsupported.reason}")
    query = prepared[-1]
    try:
        columns, rows = run_capped(con, query.sql, timeout_s=timeout_s, row_cap=row_cap)
    except duckdb.Error as exc:
        return Run(
            error=str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        )
    return Run(
        tuple(columns), tuple(tuple(_value(v) for v in row) for row in rows), None, query.has_order
    )


def same_result(gold: Run, pred: Run) -> bool:
    """Spider's comparison: equal multisets (equal lists if the gold is ordered), up to a column permutation."""
    if gold.error or pred.error:
        return False
    if len(gold.rows) != len(pred.rows):
        return False
    width = len(gold.columns)
    if width != len(pred.columns):
        return False
    if not gold.rows:
        return True

    def compare(pred_rows) -> bool:
        if gold.ordered:
            return list(gold.rows) == list(pred_rows)
        return Counter(gold.rows) == Counter(pred_rows)

    if compare(pred.rows):
        return True
    # column permutations whose columns hold the same value multisets as the gold's
    gold_cols = [Counter(r[i] for r in gold.rows) for i in range(width)]
    pred_cols = [Counter(r[i] for r in pred.rows) for i in range(width)]
    options = [[j for j in range(width) if pred_cols[j] == gold_cols[i]] for i in range(width)]
    if any(not o for o in options):
        return False
    for perm in itertools.islice(itertools.product(*options), 1000):
        if len(set(perm)) != width:
            continue
        if compare([tuple(r[j] for j in perm) for r in pred.rows]):
            return True
    return False


class Shadows:
    """Open shadows (one per seed) with their schemas; reuse one instance across an evaluation."""

    def __init__(self, cons: Sequence):
        self.cons = list(cons)
        self.schemas = [ShadowSchema.from_connection(c) for c in self.cons]

    @classmethod
    def open(cls, paths: Sequence) -> "Shadows":
        return cls([open_shadow(p) for p in paths])

    def close(self) -> None:
        for c in self.cons:
            c.close()


def open_eval_shadows(
    settings, catalog, *, seeds: Sequence[int] = (0, 1), rows: int = 300
) -> Shadows:
    """Shadows for test-suite accuracy: one per seed beside ``settings.shadow_path``, built or rebuilt as needed."""
    from .build import ensure_shadow, shadow_paths

    paths = [
        ensure_shadow(settings, catalog, seed=seed, rows=rows, path=path)
        for seed, path in zip(seeds, shadow_paths(settings.shadow_path, tuple(seeds)))
    ]
    return Shadows.open(paths)


def execution_match(
    gold_sql: str, pred_sql: str, shadows: Shadows, *, timeout_s: float = 10.0
) -> ExecMatch:
    """Whether the generated query returns the gold's result on every shadow."""
    per_db: list[bool | None] = []
    details: list[str] = []
    for con, schema in zip(shadows.cons, shadows.schemas):
        gold = execute(gold_sql, con, schema, timeout_s=timeout_s)
        if gold.error:
            per_db.append(None)
            details.append(f"gold: {gold.error}")
            continue
        pred = execute(pred_sql, con, schema, timeout_s=timeout_s)
        ok = same_result(gold, pred)
        per_db.append(ok)
        if pred.error:
            details.append(f"generated: {pred.error}")
        elif not ok:
            details.append(
                f"different result ({len(pred.rows)} rows × {len(pred.columns)} columns, gold {len(gold.rows)} × {len(gold.columns)})"
            )
        else:
            details.append("same result")
    scored = [x for x in per_db if x is not None]
    if not scored:
        return ExecMatch(
            None, tuple(per_db), "the gold query does not run in the shadow", tuple(details)
        )
    match = all(scored)
    reason = (
        "same result on every shadow"
        if match
        else next(d for d, x in zip(details, per_db) if x is False)
    )
    return ExecMatch(match, tuple(per_db), reason, tuple(details))


def preview(
    sql: str, con, rows: int = 10, *, timeout_s: float = 5.0
) -> tuple[list[str], list[tuple]]:
    """The first rows of a validated query on sample data (for the chat: "on sample data, not your database").

    Raises ``ValueError`` with a short reason when the query cannot run in the shadow.
    """
    schema = _schema_of(con)
    prepared, unsupported = prepare(sql, schema)
    if unsupported is not None:
        raise ValueError(unsupported.reason)
    try:
        columns, data = run_capped(con, prepared[-1].sql, timeout_s=timeout_s, row_cap=rows)
    except duckdb.Error as exc:
        raise ValueError(
            str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        ) from None
    return list(columns), [tuple(r) for r in data]


_SCHEMAS: dict[int, tuple[object, ShadowSchema]] = {}


def _schema_of(con) -> ShadowSchema:
    # a shadow's schema does not change while it is open: read it once per connection
    # (the connection is kept with it, so its id cannot be reused by another one)
    key = id(con)
    if key not in _SCHEMAS:
        _SCHEMAS[key] = (con, ShadowSchema.from_connection(con))
    return _SCHEMAS[key][1]
