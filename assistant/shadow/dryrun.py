"""The dry-run stage: run a statically clean query in the shadow and report what DuckDB's binder rejects.

Only failures that are the query's own become errors (rule ``dry-run``), each
one because SQL Server rejects the same thing:

- an aggregate or window function in WHERE / GROUP BY (SQL Server 147, 4108);
- a subquery used as a value returning more than one column (116);
- UNION branches with different column counts (205);
- ORDER BY items missing from a SELECT DISTINCT list (145);
- a column that is neither grouped nor aggregated (8120);
- an unknown or ambiguous column the static checks could not see (207, 209);
- a built-in function called with the wrong number of arguments (174), or
  SUM/AVG over text (8117);
- a text value from the data converted to a number or date, which is what
  comparing a string column with a money column does (8114, 245).

Everything else — a construct sqlglot cannot express, a function DuckDB lacks,
a literal format DuckDB parses differently, a timeout — is an ``info``
("could not dry-run: …"), never an error: a false reject is worse than a miss.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import duckdb
from sqlglot import exp
from sqlglot.tokens import TokenType

from ..catalog import Catalog
from ..validate.batch import DIALECT
from ..validate.findings import Finding
from .transpile import Prepared, ShadowSchema, prepare, string_literals

log = logging.getLogger(__name__)
ERROR_CODE = "VG501"
INFO_CODE = "VG509"
RULE = "dry-run"
SOURCE = "dry-run"

# T-SQL built-ins: (fewest, most) arguments; None = no upper bound
ARITY: dict[str, tuple[int, int | None]] = {
    "LEFT": (2, 2),
    "RIGHT": (2, 2),
    "SUBSTRING": (3, 3),
    "LEN": (1, 1),
    "DATALENGTH": (1, 1),
    "LTRIM": (1, 2),
    "RTRIM": (1, 2),
    "UPPER": (1, 1),
    "LOWER": (1, 1),
    "REPLACE": (3, 3),
    "CHARINDEX": (2, 3),
    "PATINDEX": (2, 2),
    "REPLICATE": (2, 2),
    "REVERSE": (1, 1),
    "SPACE": (1, 1),
    "STUFF": (4, 4),
    "CONCAT": (2, None),
    "ISNULL": (2, 2),
    "COALESCE": (1, None),
    "NULLIF": (2, 2),
    "IIF": (3, 3),
    "ABS": (1, 1),
    "ROUND": (2, 3),
    "CEILING": (1, 1),
    "FLOOR": (1, 1),
    "POWER": (2, 2),
    "SQRT": (1, 1),
    "SIGN": (1, 1),
    "YEAR": (1, 1),
    "MONTH": (1, 1),
    "DAY": (1, 1),
    "DATEADD": (3, 3),
    "DATEDIFF": (3, 3),
    "DATEPART": (2, 2),
    "DATENAME": (2, 2),
    "EOMONTH": (1, 2),
    "DATEFROMPARTS": (3, 3),
    "GETDATE": (0, 0),
    "SYSDATETIME": (0, 0),
    "CONVERT": (2, 3),
    "TRY_CONVERT": (2, 3),
    "SUM": (1, 1),
    "AVG": (1, 1),
    "MIN": (1, 1),
    "MAX": (1, 1),
    "COUNT": (1, 1),
    "STRING_AGG": (2, 2),
    "FORMAT": (2, 3),
    "CHOOSE": (2, None),
    "STR": (1, 3),
    "ISNUMERIC": (1, 1),
    "ISDATE": (1, 1),
    "ROW_NUMBER": (0, 0),
    "RANK": (0, 0),
    "DENSE_RANK": (0, 0),
    "NTILE": (1, 1),
    "LAG": (1, 3),
    "LEAD": (1, 3),
}


@dataclass(frozen=True)
class Outcome:
    """What happened to one query in the shadow: ran, failed (the query's fault) or could not run."""

    status: str  # "ok" | "error" | "skipped"
    message: str = ""
    node: exp.Expr | None = None
    duck_sql: str = ""


# -- running --------------------------------------------------------------------


class _Watchdog:
    """One daemon thread that interrupts cursors past their deadline.

    A ``threading.Timer`` per query costs a thread start (milliseconds on a busy
    machine), more than many dry runs themselves.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._jobs: dict[int, tuple[float, object]] = {}
        self._next = 0
        self._thread: threading.Thread | None = None

    def watch(self, cursor, timeout_s: float) -> int:
        with self._cond:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="vgpt-shadow-watchdog", daemon=True
                )
                self._thread.start()
            self._next += 1
            self._jobs[self._next] = (time.monotonic() + timeout_s, cursor)
            self._cond.notify()
            return self._next

    def done(self, key: int) -> None:
        with self._cond:
            self._jobs.pop(key, None)

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                for key, (deadline, cursor) in list(self._jobs.items()):
                    if deadline <= now:
                        self._jobs.pop(key)
                        cursor.interrupt()
                nearest = min((d for d, _ in self._jobs.values()), default=now + 30.0)
                self._cond.wait(timeout=max(nearest - now, 0.001))


_WATCHDOG = _Watchdog()


def run_capped(con, sql: str, *, timeout_s: float, row_cap: int) -> tuple[list[str], list[tuple]]:
    """Execute on a fresh cursor with a timeout (interrupt) and fetch at most ``row_cap`` rows."""
    cur = con.cursor()
    key = _WATCHDOG.watch(cur, timeout_s)
    try:
        cur.execute(sql)
        columns = [d[0] for d in cur.description or ()]
        rows = cur.fetchmany(row_cap) if row_cap else []
        return columns, rows
    finally:
        _WATCHDOG.done(key)
        cur.close()


# -- classification ---------------------------------------------------------------------

_FIRST = re.compile(r"^[A-Za-z ]*Error: ")


def _first_line(exc: Exception) -> str:
    return (
        _FIRST.sub("", str(exc).strip().splitlines()[0])
        if str(exc).strip()
        else exc.__class__.__name__
    )


def classify(
    exc: Exception, query: Prepared, source_sql: str, schema: ShadowSchema | None = None
) -> Outcome:
    """The query's fault (error) or the translation's/the shadow's (skipped)."""
    text = _first_line(exc)
    node = query.node
    if isinstance(exc, duckdb.InterruptException):
        return Outcome("skipped", "timed out in the shadow")
    if isinstance(exc, duckdb.BinderException):
        return _binder(text, node, source_sql)
    if isinstance(exc, duckdb.ConversionException):
        m = re.search(r"""(?:string|value) (?:'((?:[^']|'')*)'|"([^"]*)")""", text)
        value = (m.group(1) if m.group(1) is not None else m.group(2)) if m else None
        if value is not None and value.strip() and value not in string_literals(source_sql):
            target = re.search(r"to (?:type )?([A-Z]+)", text)
            kind = target.group(1).lower() if target else "a number"
            return Outcome(
                "error",
                f"a text value ({value!r}) is converted to {kind} here: SQL Server fails the same way "
                "(a string column compared with or added to a numeric or date one)",
                _comparison_with_text(node, schema),
            )
        return Outcome("skipped", f"value conversion differs in DuckDB: {text}")
    return Outcome("skipped", text)


_BINDER_ERRORS: list[tuple[re.Pattern, str, Callable | None]] = [
    (
        re.compile(r"WHERE clause cannot contain aggregates", re.I),
        "an aggregate cannot appear in WHERE (SQL Server error 147): filter on it in HAVING",
        lambda n: _agg_in(n, exp.Where),
    ),
    (
        re.compile(r"WHERE clause cannot contain window functions", re.I),
        "a window function cannot appear in WHERE (SQL Server error 4108): compute it in a CTE or subquery first",
        lambda n: _window_in(n),
    ),
    (
        re.compile(r"GROUP BY clause cannot contain aggregates", re.I),
        "an aggregate cannot appear in GROUP BY (SQL Server error 144)",
        lambda n: _agg_in(n, exp.Group),
    ),
    (
        re.compile(r"aggregate function calls cannot be nested", re.I),
        "an aggregate cannot contain another aggregate (SQL Server error 130)",
        None,
    ),
    (
        re.compile(r"Subquery returns (\d+) columns - expected 1", re.I),
        "a subquery used as a value must return exactly one column (SQL Server error 116)",
        lambda n: _value_subquery(n),
    ),
    (
        re.compile(
            r"Set operations can only apply to expressions with the same number of result columns",
            re.I,
        ),
        "the queries of a UNION/EXCEPT/INTERSECT must return the same number of columns (SQL Server error 205)",
        None,
    ),
    (
        re.compile(r"ORDER BY expressions must appear in (the )?select list", re.I),
        "with SELECT DISTINCT, ORDER BY items must appear in the select list (SQL Server error 145)",
        None,
    ),
    (
        re.compile(r"must appear in the GROUP BY clause", re.I),
        "a selected column is neither grouped nor aggregated (SQL Server error 8120)",
        None,
    ),
    (
        re.compile(r'Ambiguous reference to column name "([^"]+)"', re.I),
        "ambiguous column name {0} (SQL Server error 209): qualify it with its table alias",
        None,
    ),
    (
        re.compile(r'Referenced column "([^"]+)" not found', re.I),
        "invalid column name {0} (SQL Server error 207)",
        None,
    ),
]


def _binder(text: str, node: exp.Expr, source_sql: str) -> Outcome:
    for pattern, message, locate in _BINDER_ERRORS:
        m = pattern.search(text)
        if m:
            where = locate(node) if locate else None
            if where is None and m.groups() and "{0}" in message:
                where = _column_named(node, m.group(1))
            return Outcome("error", message.format(*(repr(g) for g in m.groups())), where or node)
    m = re.search(r"No function matches the given name and argument types '([^(]+)\((.*)\)'", text)
    if m:
        wrong = wrong_arity(source_sql)
        if wrong is not None:
            name, count, (low, high), token = wrong
            expected = (
                str(low)
                if low == high
                else f"{low} to {high}"
                if high is not None
                else f"at least {low}"
            )
            return Outcome(
                "error",
                f"{name} takes {expected} argument(s), not {count} (SQL Server error 174)",
                None,
            )
        fn, args = m.group(1).lower(), m.group(2)
        if fn in ("sum", "avg") and "VARCHAR" in args:
            return Outcome(
                "error",
                f"{fn.upper()} over a text column (SQL Server error 8117): it needs a number",
                _agg_named(node, fn),
            )
    return Outcome("skipped", text)


def wrong_arity(sql: str):
    """The first built-in call whose argument count T-SQL refuses: (NAME, count, (low, high), token) or None."""
    try:
        tokens = DIALECT.tokenize(sql)
    except Exception:
        return None
    for i, tok in enumerate(tokens[:-1]):
        name = tok.text.upper()
        if name not in ARITY or tokens[i + 1].token_type != TokenType.L_PAREN:
            continue
        if i and tokens[i - 1].token_type == TokenType.DOT:
            continue  # dbo.LEFT(...) is someone's function
        depth, count, empty = 0, 0, True
        for t in tokens[i + 1 :]:
            if t.token_type == TokenType.L_PAREN:
                depth += 1
                if depth == 1:
                    continue
            elif t.token_type == TokenType.R_PAREN:
                depth -= 1
                if depth == 0:
                    break
            elif t.token_type == TokenType.COMMA and depth == 1:
                count += 1
                continue
            empty = False
        args = 0 if empty else count + 1
        low, high = ARITY[name]
        if args < low or (high is not None and args > high):
            return name, args, (low, high), tok
    return None


# -- locating the culprit in the T-SQL tree ----------------------------------------------


def _agg_in(node: exp.Expr, clause: type) -> exp.Expr | None:
    for part in node.find_all(clause):
        agg = part.find(exp.AggFunc)
        if agg is not None:
            return agg
    return None


def _window_in(node: exp.Expr) -> exp.Expr | None:
    for where in node.find_all(exp.Where):
        found = where.find(exp.Window)
        if found is not None:
            return found
    return None


def _value_subquery(node: exp.Expr) -> exp.Expr | None:
    for sub in node.find_all(exp.Subquery):
        inner = sub.this
        if (
            isinstance(inner, exp.Select)
            and len(inner.expressions) > 1
            and not isinstance(sub.parent, (exp.From, exp.Join))
        ):
            return sub
    return None


def _column_named(node: exp.Expr, name: str) -> exp.Expr | None:
    bare = name.split(".")[-1].lower()
    for col in node.find_all(exp.Column):
        if col.name.lower() == bare:
            return col
    return None


def _agg_named(node: exp.Expr, fn: str) -> exp.Expr | None:
    for agg in node.find_all(exp.AggFunc):
        if agg.sql_name().lower() == fn:
            return agg
    return None


def _family(duck: str | None) -> str | None:
    if duck is None:
        return None
    if duck.startswith("VARCHAR"):
        return "text"
    if duck.startswith(("TIMESTAMP", "DATE")):
        return "date"
    return (
        "number"
        if duck.split("(")[0]
        in ("SMALLINT", "TINYINT", "INTEGER", "BIGINT", "DECIMAL", "DOUBLE", "FLOAT")
        else None
    )


def _comparison_with_text(node: exp.Expr, schema: ShadowSchema | None) -> exp.Expr | None:
    """The comparison or addition that puts a text column against a number or date column."""
    tables = {t.alias_or_name.lower(): t.name.lower() for t in node.find_all(exp.Table)}

    def kind(col: exp.Expr) -> str | None:
        if not isinstance(col, exp.Column) or schema is None:
            return None
        if col.table:
            return _family(
                schema.tables.get(tables.get(col.table.lower(), ""), {}).get(col.name.lower())
            )
        for table in tables.values():
            found = schema.tables.get(table, {}).get(col.name.lower())
            if found:
                return _family(found)
        return None

    for cmp in node.find_all(exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Add, exp.Sub):
        a, b = kind(cmp.this), kind(cmp.expression)
        if a and b and a != b and "text" in (a, b):
            return cmp
    return None


# -- the stage ---------------------------------------------------------------------


def _finding(outcome: Outcome, query: Prepared | None, severity: str) -> Finding:
    node = outcome.node if outcome.node is not None else (query.node if query else None)
    if severity == "error":
        return Finding.at(
            node,
            ERROR_CODE,
            RULE,
            "error",
            f"dry-run in the shadow database: {outcome.message}",
            source=SOURCE,
        )
    return Finding.at(
        node, INFO_CODE, RULE, "info", f"could not dry-run: {outcome.message}", source=SOURCE
    )


def dry_run(
    sql: str, con, schema: ShadowSchema, *, timeout_s: float = 2.0, row_cap: int = 100
) -> list[Finding]:
    prepared, unsupported = prepare(sql, schema)
    if unsupported is not None:
        if unsupported.construct == "no-query":
            return []
        return [
            Finding(
                INFO_CODE, RULE, "info", f"could not dry-run: {unsupported.reason}", source=SOURCE
            )
        ]
    findings = []
    for query in prepared:
        try:
            run_capped(con, query.sql, timeout_s=timeout_s, row_cap=row_cap)
        except duckdb.Error as exc:
            outcome = classify(exc, query, sql, schema)
            findings.append(
                _finding(outcome, query, "error" if outcome.status == "error" else "info")
            )
    return findings


class DryRun:
    """A validator stage bound to one shadow; thread-safe (a cursor per call)."""

    __name__ = "dry_run"

    def __init__(self, con, *, timeout_s: float = 2.0, row_cap: int = 100):
        self.con = con
        self.timeout_s = timeout_s
        self.row_cap = row_cap
        self.schema = ShadowSchema.from_connection(con)

    def __call__(self, sql: str, catalog: Catalog) -> list[Finding]:
        return dry_run(sql, self.con, self.schema, timeout_s=self.timeout_s, row_cap=self.row_cap)


def open_shadow(path: str | Path):
    """A read-only connection to a shadow file (the dry run and previews never write).

    Text compares case-insensitively, as under SQL Server's default collation:
    ``ActiveYN = 'y'`` finds the 'Y' rows there, so it does here.
    """
    # A second guard behind the gate: the shadow never reads files, URLs or extensions.
    con = duckdb.connect(str(path), read_only=True, config={"enable_external_access": False})
    con.execute("SET default_collation = 'nocase'")
    return con


def dry_run_stage(
    con_or_path, *, timeout_s: float = 2.0, row_cap: int = 100
) -> Callable[[str, Catalog], list[Finding]]:
    """The validator stage: ``validate(sql, catalog, stages=(dry_run_stage(settings.shadow_path),))``."""
    con = open_shadow(con_or_path) if isinstance(con_or_path, (str, Path)) else con_or_path
    return DryRun(con, timeout_s=timeout_s, row_cap=row_cap)


def stages_for(settings, catalog: Catalog | None = None, *, enabled: bool = True) -> tuple:
    """The dry-run stage when enabled and a shadow exists; none otherwise (the stage is optional).

    With ``catalog``, a shadow built from another catalog is not used: a column
    the shadow lacks would read as the query's error.
    """
    from .build import catalog_hash, read_meta

    path = Path(settings.shadow_path)
    if not enabled or not getattr(settings, "dry_run", True) or not path.exists():
        return ()
    if catalog is not None:
        meta = read_meta(path)
        if meta is None or meta.get("catalog_hash") != catalog_hash(catalog):
            log.info(
                "shadow at %s is stale or unreadable: dry run off (rebuild with `vgpt shadow build`)",
                path,
            )
            return ()
    try:
        return (dry_run_stage(path),)
    except duckdb.Error:
        return ()
