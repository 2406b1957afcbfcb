"""The shadow's DDL: catalog objects as DuckDB tables and views.

Types follow the resolved SQL Server base types, chosen so that what T-SQL
accepts binds in DuckDB too (a false reject is worse than a miss):
``tinyint`` becomes ``SMALLINT`` (SQL Server's tinyint never goes negative, but
``CostType - 1`` must not overflow an unsigned type), ``bit`` becomes
``TINYINT`` (T-SQL treats bit as a number: ``Flag = 1`` and ``Flag + 0`` both
work), ``char(n)`` becomes ``VARCHAR`` (SQL Server ignores trailing blanks in
comparisons; storing unpadded values keeps ``GLAcct = '1000'`` true here too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlglot
from sqlglot import exp

from ..catalog import Catalog, Column, DbObject

# functions that read the login: a view filtering on them shows rows per user,
# which the shadow cannot reproduce, so it shows every row and says so
SECURITY_FUNCTIONS = (
    "suser_sname",
    "suser_name",
    "user_name",
    "system_user",
    "current_user",
    "is_member",
    "original_login",
)

_TYPE = re.compile(r"^\s*(\w+)\s*(?:\(\s*(max|\d+)\s*(?:,\s*(\d+)\s*)?\))?", re.I)

_SIMPLE = {
    "tinyint": "SMALLINT",
    "smallint": "SMALLINT",
    "int": "INTEGER",
    "integer": "INTEGER",
    "bigint": "BIGINT",
    "bit": "TINYINT",
    "money": "DECIMAL(19,4)",
    "smallmoney": "DECIMAL(10,4)",
    "float": "DOUBLE",
    "real": "FLOAT",
    "smalldatetime": "TIMESTAMP",
    "datetime": "TIMESTAMP",
    "datetime2": "TIMESTAMP",
    "datetimeoffset": "TIMESTAMPTZ",
    "date": "DATE",
    "time": "TIME",
    "uniqueidentifier": "UUID",
    "varbinary": "BLOB",
    "binary": "BLOB",
    "image": "BLOB",
    "timestamp": "BLOB",  # SQL Server's timestamp is a rowversion, not a date
    "rowversion": "BLOB",
    "xml": "VARCHAR",
    "sql_variant": "VARCHAR",
    "sysname": "VARCHAR",
    "hierarchyid": "VARCHAR",
}
_STRINGS = {"char", "varchar", "nchar", "nvarchar", "text", "ntext"}


@dataclass(frozen=True)
class SqlType:
    """A parsed SQL Server type: its name, and length or precision/scale when given."""

    name: str
    length: int | None = None  # chars for strings, precision for numerics; None = max/unspecified
    scale: int | None = None

    @property
    def family(self) -> str:
        """int | decimal | float | string | datetime | uuid | binary."""
        if self.name in ("tinyint", "smallint", "int", "integer", "bigint", "bit"):
            return "int"
        if self.name in ("numeric", "decimal", "money", "smallmoney"):
            return "decimal"
        if self.name in ("float", "real"):
            return "float"
        if self.name in (
            "smalldatetime",
            "datetime",
            "datetime2",
            "date",
            "datetimeoffset",
            "time",
        ):
            return "datetime"
        if self.name == "uniqueidentifier":
            return "uuid"
        if self.name in ("varbinary", "binary", "image", "timestamp", "rowversion"):
            return "binary"
        return "string"


def parse_type(text: str) -> SqlType:
    """``numeric(12,2)`` → SqlType('numeric', 12, 2); ``varchar(max)`` → SqlType('varchar', None)."""
    m = _TYPE.match(text or "")
    if not m:
        return SqlType("varchar")
    name = m.group(1).lower()
    size = m.group(2)
    length = None if size is None or size.lower() == "max" else int(size)
    scale = int(m.group(3)) if m.group(3) else None
    if name in ("money",):
        length, scale = 19, 4
    if name in ("smallmoney",):
        length, scale = 10, 4
    if name in ("numeric", "decimal") and length is None:
        length, scale = 18, 0
    return SqlType(name, length, scale)


def duck_type(base_type: str) -> str:
    """The DuckDB type for a resolved SQL Server base type.

    >>> duck_type("numeric(12,2)"), duck_type("tinyint"), duck_type("char(1)")
    ('DECIMAL(12,2)', 'SMALLINT', 'VARCHAR')
    """
    t = parse_type(base_type)
    if t.name in ("numeric", "decimal"):
        precision = min(t.length or 18, 38)
        return f"DECIMAL({precision},{min(t.scale or 0, precision)})"
    if t.name in _STRINGS:
        return "VARCHAR"
    return _SIMPLE.get(t.name, "VARCHAR")


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_columns(obj: DbObject) -> tuple[Column, ...]:
    """The columns to create, first spelling winning when two differ only by case."""
    seen: set[str] = set()
    out = []
    for c in obj.columns:
        if c.name.lower() not in seen:
            seen.add(c.name.lower())
            out.append(c)
    return tuple(out)


def table_ddl(obj: DbObject) -> str:
    cols = ", ".join(f"{quote(c.name)} {duck_type(c.base_type)}" for c in table_columns(obj))
    return f"CREATE TABLE {quote(obj.name)} ({cols})"


@dataclass(frozen=True)
class ViewDef:
    """A view as created in the shadow, and how its documented row filter was treated."""

    name: str
    base_table: str
    sql: str
    row_filter: str | None
    filter_applied: bool
    note: str = ""


def view_def(view: DbObject, catalog: Catalog) -> ViewDef | None:
    """``CREATE VIEW X AS SELECT a.* FROM bX a [WHERE <filter in DuckDB>]``.

    A filter that calls a security function (per-user data security) is
    recorded but not applied: the shadow has no logins, so every row shows.
    A filter sqlglot cannot translate is recorded the same way.
    """
    base = catalog.get(view.base_table or "")
    if base is None or base.kind != "table":
        return None
    head = f"CREATE VIEW {quote(view.name)} AS SELECT a.* FROM {quote(base.name)} AS a"
    text = (view.row_filter or "").strip()
    if not text:
        return ViewDef(view.name, base.name, head, None, False)
    if any(re.search(rf"\b{f}\b", text, re.I) for f in SECURITY_FUNCTIONS):
        return ViewDef(
            view.name, base.name, head, text, False, "per-user security filter: all rows shown"
        )
    clause = text if re.match(r"^\s*where\b", text, re.I) else f"WHERE {text}"
    try:
        tree = sqlglot.parse_one(f"SELECT a.* FROM {base.name} AS a {clause}", read="tsql")
        where = tree.args.get("where")
        if where is None:
            raise ValueError("no WHERE parsed")
        condition = where.this.sql(dialect="duckdb")
    except Exception as exc:  # any parse or generation failure: keep the view, unfiltered
        return ViewDef(
            view.name,
            base.name,
            head,
            text,
            False,
            f"filter not translatable ({exc.__class__.__name__}): all rows shown",
        )
    return ViewDef(view.name, base.name, f"{head} WHERE {condition}", text, True)


def vista_types(catalog: Catalog) -> dict[str, str]:
    """Vista user-defined type → resolved base type, as the columns document them (``bCompany`` → ``tinyint``)."""
    out: dict[str, str] = {}
    for o in catalog.tables:
        for c in o.columns:
            if c.vista_type and c.vista_type != c.base_type and c.vista_type.lower() not in out:
                out[c.vista_type.lower()] = c.base_type
    return out


def sqlglot_type(duck: str) -> exp.DataType:
    return exp.DataType.build(duck, dialect="duckdb")
