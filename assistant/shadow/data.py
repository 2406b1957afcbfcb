"""Deterministic synthetic rows that respect the catalog.

Each table is generated from ``(seed, table name)`` alone, parents before
children, so the same seed always gives the same database:

1. company columns (every ``bCompany``) take a company of ``HQCO``, and group
   columns (``VendorGroup``, ``PhaseGroup``…) that company's group;
2. every link to a parent (header→detail, master lookup, company, foreign key)
   copies a whole key tuple from an existing parent row, matching what step 1
   or an earlier link already fixed (an ``APTL`` row copies its ``APTH`` key and
   a ``GLAC`` account of the same ``GLCo``); a row no parent can satisfy gets
   NULLs where the columns allow it and is dropped otherwise;
3. business-key columns left free are drawn, the last one numbered within the
   others, so keys are unique (duplicates are dropped as a last resort);
4. other columns are drawn from their domain, their Vista type or their name.
"""

from __future__ import annotations

import datetime as dt
import graphlib
import uuid
import zlib
from dataclasses import dataclass, field
from typing import Any, Iterable

import numpy as np

from ..catalog import Catalog, Column, DbObject
from .schema import SqlType, parse_type, table_columns

COMPANIES = (1, 2)
HQ_TABLE = "bHQCO"
# company 2 shares company 1's vendors and materials, as many Vista sites do;
# it has its own customers, phases, equipment and taxes
GROUPS: dict[int, dict[str, int]] = {
    1: {
        "VendorGroup": 1,
        "MatlGroup": 1,
        "PhaseGroup": 1,
        "CustGroup": 1,
        "TaxGroup": 1,
        "EMGroup": 1,
        "ShopGroup": 1,
        "ContactGroup": 1,
    },
    2: {
        "VendorGroup": 1,
        "MatlGroup": 1,
        "PhaseGroup": 2,
        "CustGroup": 2,
        "TaxGroup": 2,
        "EMGroup": 2,
        "ShopGroup": 2,
        "ContactGroup": 2,
    },
}
COMPANY_NAMES = {1: "Summit Builders Inc", 2: "Summit Civil Constructors LLC"}
FIRST_MONTH = dt.date(2024, 1, 1)
MONTHS = 24
FIRST_DAY = dt.date(2023, 10, 1)
DAYS = 900
WORDS = (
    "Acme",
    "Summit",
    "Harbor",
    "Granite",
    "Cedar",
    "Pioneer",
    "Valley",
    "Metro",
    "Northside",
    "Riverside",
    "Concrete",
    "Steel",
    "Electric",
    "Plumbing",
    "Paving",
    "Roofing",
    "Drywall",
    "Supply",
    "Rental",
    "Survey",
    "School",
    "Hospital",
    "Bridge",
    "Office",
    "Warehouse",
    "Clinic",
    "Library",
    "Station",
    "Terminal",
    "Plaza",
)
KIND_ORDER = {
    "header-detail": 0,
    "master-lookup": 1,
    "foreign-key": 2,
    "documented": 3,
    "company": 4,
    "sibling": 5,
}
_NULL_SHARE = 0.1


@dataclass(frozen=True)
class Link:
    """Child columns that must match a row of the parent (or hold a NULL)."""

    child: str
    parent: str
    child_cols: tuple[str, ...]
    parent_cols: tuple[str, ...]
    kind: str
    source: str = ""

    def __str__(self) -> str:
        pairs = ", ".join(f"{c}={p}" for c, p in zip(self.child_cols, self.parent_cols))
        return f"{self.child}→{self.parent} ({self.kind}: {pairs})"


@dataclass
class Plan:
    """Generation order and links; ``dropped`` are links broken to cut a cycle."""

    order: list[str]
    links: dict[str, list[Link]]
    dropped: list[Link] = field(default_factory=list)


# -- planning ------------------------------------------------------------------


def business_key(obj: DbObject) -> tuple[str, ...]:
    if obj.business_key:
        return tuple(k for k in obj.business_key if obj.has_column(k))
    for index in obj.indexes:
        if index.unique and not any(c.lower() == "keyid" for c in index.columns):
            return tuple(k for k in index.columns if obj.has_column(k))
    return ()


def _canon(obj: DbObject, name: str) -> str | None:
    col = obj.column(name)
    return col.name if col else None


def links_of(catalog: Catalog) -> list[Link]:
    """Every parent link the data must honour: join paths (header-detail, master-lookup, company) and FKs."""
    out: list[Link] = []
    seen: set[tuple] = set()

    def add(child: DbObject, parent: DbObject, ccols, pcols, kind, source) -> None:
        if child.name == parent.name:
            return  # a self-reference (parent contract, superseded item) is left NULL-able and unchecked
        cc = [_canon(child, c) for c in ccols]
        pc = [_canon(parent, c) for c in pcols]
        if not cc or None in cc or None in pc or len(set(cc)) != len(cc):
            return
        key = (child.name, parent.name, tuple(cc), tuple(pc))
        if key not in seen:
            seen.add(key)
            out.append(Link(child.name, parent.name, tuple(cc), tuple(pc), kind, source))

    for path in catalog.join_paths:
        if path.kind not in ("header-detail", "master-lookup", "company", "foreign-key"):
            continue
        left, right = catalog.base_of(path.left), catalog.base_of(path.right)
        if left is None or right is None or left.kind != "table" or right.kind != "table":
            continue
        lcols = tuple(l for l, _ in path.pairs)
        rcols = tuple(r for _, r in path.pairs)
        lkey, rkey = business_key(left), business_key(right)
        covers_left = bool(lkey) and {c.lower() for c in lkey} <= {c.lower() for c in lcols}
        covers_right = bool(rkey) and {c.lower() for c in rkey} <= {c.lower() for c in rcols}
        if path.kind == "header-detail":
            parent_is_left = covers_left or not covers_right
        else:
            parent_is_left = covers_left and not covers_right
        if parent_is_left:
            add(right, left, rcols, lcols, path.kind, path.source)
        else:
            add(left, right, lcols, rcols, path.kind, path.source)
    for obj in catalog.tables:
        for fk in obj.foreign_keys:
            parent = catalog.base_of(fk.ref_table)
            if parent is not None and parent.kind == "table":
                add(obj, parent, fk.columns, fk.ref_columns, "foreign-key", fk.name)
    return out


def plan(catalog: Catalog) -> Plan:
    """Parents before children; a cycle is cut at its weakest link (an FK before a master lookup…)."""
    names = [o.name for o in catalog.tables]
    links: dict[str, list[Link]] = {n: [] for n in names}
    for link in links_of(catalog):
        links[link.child].append(link)
    # HQCO is the root every company refers to: its own lookups (its vendor, its
    # customer) would make every table its ancestor, so they are cut
    dropped: list[Link] = [l for l in links.get(HQ_TABLE, [])] if HQ_TABLE in links else []
    if HQ_TABLE in links:
        links[HQ_TABLE] = []
    for link in _siblings(links):
        links[link.child].append(link)
    while True:
        sorter = graphlib.TopologicalSorter()
        for n in names:
            sorter.add(n, *{l.parent for l in links[n]})
        try:
            order = list(sorter.static_order())
            break
        except graphlib.CycleError as exc:
            cycle = exc.args[1]
            # each node of the reported cycle is a parent of the next one
            candidates = [l for a, b in zip(cycle, cycle[1:]) for l in links[b] if l.parent == a]
            weakest = max(candidates, key=lambda l: (KIND_ORDER.get(l.kind, 9), -len(l.child_cols)))
            links[weakest.child] = [l for l in links[weakest.child] if l is not weakest]
            dropped.append(weakest)
    for n in names:
        links[n].sort(key=lambda l: (-len(l.child_cols), KIND_ORDER.get(l.kind, 9), l.parent))
    return Plan([n for n in order if n in links], links, dropped)


def _siblings(links: dict[str, list[Link]]) -> list[Link]:
    """Generation-only links that make two headers of one detail share their key tuples.

    ``PRTH`` details both ``PRSP`` and ``PRSQ`` on the same five columns; drawn
    independently, the two would almost never share a key and every ``PRTH``
    row would be dropped. Drawing the second header's key from the first keeps
    their overlap large. These links are never reported as documented joins.
    """
    out: list[Link] = []
    seen: set[tuple[str, str]] = set()
    for child, own in links.items():
        headers = sorted(
            (l for l in own if l.kind == "header-detail"),
            key=lambda l: (-len(l.child_cols), l.parent),
        )
        for i, a in enumerate(headers):
            for b in headers[i + 1 :]:
                if (
                    a.parent == b.parent
                    or (b.parent, a.parent) in seen
                    or (a.parent, b.parent) in seen
                ):
                    continue
                a_map = dict(zip(a.child_cols, a.parent_cols))
                common = [
                    (bp, a_map[bc]) for bc, bp in zip(b.child_cols, b.parent_cols) if bc in a_map
                ]
                if len(common) < 2:
                    continue
                seen.add((b.parent, a.parent))
                out.append(
                    Link(
                        b.parent,
                        a.parent,
                        tuple(x for x, _ in common),
                        tuple(y for _, y in common),
                        "sibling",
                        child,
                    )
                )
    return out


def row_target(obj: DbObject, rows: int) -> int:
    """Main tables (transactions, details: three-part keys or a month) get ``rows``; others a third."""
    key = business_key(obj)
    if len(key) >= 3 or any(_is_month(obj.column(k)) for k in key):
        return rows
    return max(10, rows // 3)


# -- values --------------------------------------------------------------------


def _is_month(col: Column | None) -> bool:
    if col is None:
        return False
    name = col.name.lower()
    return col.vista_type == "bMonth" or (
        parse_type(col.base_type).family == "datetime"
        and (name == "mth" or name.endswith("mth") or name.endswith("month"))
    )


def _is_yn(col: Column, t: SqlType) -> bool:
    return (
        t.family == "string"
        and (t.length == 1 or t.length is None)
        and (col.vista_type == "bYN" or col.name.endswith("YN"))
    )


_MONTH_VALUES = np.array(
    [
        dt.datetime(
            FIRST_MONTH.year + (FIRST_MONTH.month - 1 + i) // 12,
            (FIRST_MONTH.month - 1 + i) % 12 + 1,
            1,
        )
        for i in range(1200)
    ],
    dtype=object,
)
_DAY_VALUES = np.array(
    [dt.datetime.combine(FIRST_DAY, dt.time()) + dt.timedelta(days=i) for i in range(20000)],
    dtype=object,
)


def _months(idx: np.ndarray) -> np.ndarray:
    """Month starts (``Mth`` is always the first of a month), as plain datetimes."""
    return _MONTH_VALUES[np.minimum(np.asarray(idx, dtype=np.int64), len(_MONTH_VALUES) - 1)]


def _days(idx: np.ndarray) -> np.ndarray:
    return _DAY_VALUES[np.minimum(np.asarray(idx, dtype=np.int64), len(_DAY_VALUES) - 1)]


def _abbr(name: str) -> str:
    caps = "".join(ch for ch in name if ch.isupper()) or name[:3]
    return caps[:3].upper()


def _base36(n: int, width: int) -> str:
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out.rjust(width, "0")[-width:]


def _code(col: Column, t: SqlType, n: int) -> str:
    """The n-th (1-based) code of a string column, formatted as Vista stores it."""
    width = t.length or 30
    vt = col.vista_type
    if vt in ("bJob", "bContract", "bProject") or col.name in ("Job", "Contract", "Project"):
        return f" {20000 + n:5d}-"[:width] if width >= 7 else _base36(n, width)
    if vt == "bPhase" or col.name == "Phase":
        return f"{n // 10 + 1:>2}-{(n % 10) * 100:03d}-"
    if vt in ("bContractItem",) or col.name in ("Item", "ContractItem"):
        return f"{n:>{min(width, 16)}}"
    if vt == "bGLAcct" or col.name.endswith("GLAcct"):
        return f"{1000 + n * 10}-00"[:width]
    prefix = _abbr(col.name)
    digits = max(4, len(str(n)))
    if width >= len(prefix) + digits:
        return f"{prefix}{n:0{digits}d}"
    return _base36(n, min(width, 4))


def _domain_values(col: Column) -> list[str] | None:
    d = col.domain
    if d is None or not d.values:
        return None
    values = [v for v in d.values if v and "…" not in v and "..." not in v and v.lower() != "null"]
    if not d.closed:
        values = [v for v in values if len(v) <= (parse_type(col.base_type).length or 99)]
    return values or None


def _cast_values(values: list[str], t: SqlType) -> list[Any]:
    if t.family == "int":
        return [int(float(v)) for v in values]
    if t.family in ("decimal", "float"):
        return [float(v) for v in values]
    return list(values)


def random_values(col: Column, n: int, rng: np.random.Generator) -> np.ndarray:
    """n values for a column that no key or link fixes: its domain first, then its type and name."""
    t = parse_type(col.base_type)
    values = _domain_values(col)
    if values is not None:
        try:
            return np.array(_cast_values(values, t), dtype=object)[rng.integers(0, len(values), n)]
        except ValueError:
            pass
    d = col.domain
    if d is not None and d.closed and (d.low is not None or d.high is not None):
        low = int(d.low) + 1 if d.low is not None else 1
        high = int(d.high) - 1 if d.high is not None else low + 100
        if high < low:
            low, high = int(d.low or 0), int(d.high or 0)
        return rng.integers(low, high + 1, n).astype(object)
    if _is_yn(col, t):
        return np.where(rng.random(n) < 0.65, "Y", "N").astype(object)
    family = t.family
    if family == "int":
        high = {"tinyint": 12, "bit": 1, "smallint": 200, "bigint": 100000}.get(t.name, 5000)
        low = 0 if t.name == "bit" else 1
        return rng.integers(low, high + 1, n).astype(object)
    if family == "decimal":
        precision, scale = t.length or 18, t.scale or 0
        top = min(10 ** (precision - scale) - 1, 250000)
        return np.round(rng.random(n) * top, scale).astype(object)
    if family == "float":
        return (rng.random(n) * 1000).astype(object)
    if family == "datetime":
        if _is_month(col):
            return _months(rng.integers(0, MONTHS, n))
        return _days(rng.integers(0, DAYS, n))
    if family == "uuid":
        raw = rng.integers(0, 256, (n, 16), dtype=np.uint8)
        return np.array([str(uuid.UUID(bytes=bytes(r), version=4)) for r in raw], dtype=object)
    if family == "binary":
        return np.full(n, None, dtype=object)
    width = t.length or 60
    lname = col.name.lower()
    if (
        any(w in lname for w in ("desc", "name", "title", "memo", "address", "city", "contact"))
        and width >= 8
    ):
        a = rng.integers(0, len(WORDS), n)
        b = rng.integers(0, len(WORDS), n)
        num = rng.integers(1, 100, n)
        return np.array(
            [f"{WORDS[x]} {WORDS[y]} {z}"[:width] for x, y, z in zip(a, b, num)], dtype=object
        )
    if lname.startswith("notes") or (
        t.length is None and t.name in ("varchar", "nvarchar", "text", "ntext")
    ):
        return np.array([None if r < 0.7 else "Note" for r in rng.random(n)], dtype=object)
    if width == 1:
        return np.array(["A", "B", "C"], dtype=object)[rng.integers(0, 3, n)]
    pool = np.array([_code(col, t, i) for i in range(1, 60)], dtype=object)
    return pool[rng.integers(0, len(pool), n)]


def sequence_values(col: Column, seq: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Distinct values numbered 1..n within a key group: the key's last free column."""
    t = parse_type(col.base_type)
    if _domain_values(col) is not None or _is_yn(col, t) or t.family in ("uuid", "binary"):
        return random_values(
            col, len(seq), rng
        )  # a tiny domain cannot number: duplicates are dropped
    if t.family == "int":
        limit = {"tinyint": 255, "bit": 1, "smallint": 32767}.get(t.name)
        return np.array(
            [int(s) if limit is None or s <= limit else None for s in seq], dtype=object
        )
    if t.family in ("decimal", "float"):
        return seq.astype(float).astype(object)
    if t.family == "datetime":
        return _months(seq - 1) if _is_month(col) else _days(seq - 1)
    return np.array([_code(col, t, int(s)) for s in seq], dtype=object)


# -- one table -------------------------------------------------------------------


def _group_of(company: np.ndarray, group: str) -> np.ndarray:
    lookup = {c: GROUPS.get(c, {}).get(group, c) for c in COMPANIES}
    return np.array([lookup.get(c) if c is not None else None for c in company], dtype=object)


def _cumcount(data: dict[str, np.ndarray], cols: list[str], n: int) -> np.ndarray:
    """1, 2, 3… within each group of equal ``cols`` values."""
    if not cols:
        return np.arange(1, n + 1)
    counts: dict[tuple, int] = {}
    out = np.empty(n, dtype=np.int64)
    for i, key in enumerate(zip(*(data[c] for c in cols))):
        counts[key] = counts.get(key, 0) + 1
        out[i] = counts[key]
    return out


Rows = dict[str, np.ndarray]  # column name → object array of plain Python values (None = NULL)


def generate_table(
    obj: DbObject,
    links: list[Link],
    tables: dict[str, Rows],
    *,
    seed: int,
    rows: int,
    cut: Iterable[Link] = (),
    mostly_yes: set[str] = frozenset(),
) -> Rows:
    rng = np.random.default_rng([seed, zlib.crc32(obj.name.lower().encode())])
    columns = table_columns(obj)
    by_name = {c.name: c for c in columns}
    is_hq = obj.name.lower() == HQ_TABLE.lower()
    n = len(COMPANIES) if is_hq else row_target(obj, rows)
    data: Rows = {}
    keep = np.ones(n, dtype=bool)
    hq_groups = set(GROUPS[COMPANIES[0]])

    # 1. companies and their groups
    company_cols = [
        c.name for c in columns if c.vista_type == "bCompany" or c.name == obj.company_column
    ]
    group_cols = [
        c.name for c in columns if c.name in hq_groups and c.base_type.lower().startswith("tinyint")
    ]
    if is_hq:
        company = np.array(COMPANIES, dtype=object)
        company_cols = [_canon(obj, "HQCo") or company_cols[0]]
    else:
        company = np.array(COMPANIES, dtype=object)[rng.integers(0, len(COMPANIES), n)]
    for c in company_cols:
        data[c] = company.copy()
    for g in group_cols:
        data[g] = _group_of(company, g)

    # 2. links to parents
    for i, link in enumerate(links):
        parent = tables.get(link.parent)
        if parent is not None:
            later = [(l, tables[l.parent]) for l in links[i + 1 :] if l.parent in tables]
            _apply_link(link, parent, data, keep, by_name, rng, n, later)

    # 3. business key: free columns drawn, the last one numbered within the others
    key = [k for k in business_key(obj) if k in by_name]
    free = [k for k in key if k not in data]
    linked = set(data)
    for k in free[:-1]:
        col = by_name[k]
        if _domain_values(col) is not None:
            data[k] = random_values(col, n, rng)
        elif _is_month(col):
            data[k] = _months(rng.integers(0, MONTHS, n))
        elif parse_type(col.base_type).family == "int":
            data[k] = rng.integers(1, 6, n).astype(object)
        else:
            data[k] = random_values(col, n, rng)
    if free:
        last = free[-1]
        seq = _cumcount(data, [k for k in key if k != last], n)
        data[last] = sequence_values(by_name[last], seq, rng)

    # 4. every other column
    for col in columns:
        if col.name in data or col.identity:
            continue  # identities are numbered once the duplicates are gone
        values = random_values(col, n, rng)
        if col.name.lower() in mostly_yes:
            data[col.name] = np.where(rng.random(n) < 0.85, "Y", "N").astype(object)
            continue
        if col.nullable and col.name not in key and parse_type(col.base_type).family != "binary":
            values = values.copy()
            values[rng.random(n) < _NULL_SHARE] = None
        data[col.name] = values
    if is_hq and _canon(obj, "Name"):
        data[_canon(obj, "Name")] = np.array(
            [COMPANY_NAMES.get(c, f"Company {c}") for c in COMPANIES], dtype=object
        )
    for link in cut:
        # a link cut to break a cycle cannot be honoured: NULL its columns where allowed
        for c in link.child_cols:
            if (
                by_name[c].nullable
                and c not in key
                and c not in company_cols
                and c not in group_cols
            ):
                data[c] = np.full(n, None, dtype=object)

    # 5. a closed domain is never left: values outside it (a bound the generator cannot express) are redrawn or NULLed
    for col in columns:
        if (
            col.domain is not None
            and col.domain.closed
            and col.name in data
            and col.name not in linked
        ):
            data[col.name] = _within_domain(col, data[col.name], rng)

    # 6. unique keys: rows with a NULL key part or a repeated key go
    if key:
        seen: set[tuple] = set()
        required = [k for k in key if not by_name[k].nullable]
        for i, tup in enumerate(zip(*(data[k] for k in key))):
            if not keep[i]:
                continue
            if tup in seen or any(data[k][i] is None for k in required):
                keep[i] = False
            else:
                seen.add(tup)
    out = {c.name: data[c.name][keep] for c in columns if c.name in data}
    m = int(keep.sum())
    for col in columns:
        if col.identity:
            out[col.name] = np.arange(1, m + 1).astype(object)
    return {c.name: out[c.name] for c in columns}


def _within_domain(col: Column, values: np.ndarray, rng) -> np.ndarray:
    verdict: dict[Any, bool] = {}
    allowed = [v for v in (_domain_values(col) or ()) if col.domain.allows(v)]
    t = parse_type(col.base_type)
    out = values
    for i, v in enumerate(values):
        if v is None:
            continue
        if v not in verdict:
            text = str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)
            verdict[v] = col.domain.allows(text)
        if not verdict[v]:
            if out is values:
                out = values.copy()
            out[i] = (
                _cast_values([allowed[int(rng.integers(0, len(allowed)))]], t)[0]
                if allowed
                else None
            )
    return out


def _apply_link(
    link: Link, parent: Rows, data: Rows, keep: np.ndarray, by_name: dict, rng, n: int, later=()
) -> None:
    pcols, ccols = list(link.parent_cols), list(link.child_cols)
    if any(p not in parent for p in pcols):
        return
    parent_rows = [t for t in zip(*(parent[p] for p in pcols)) if None not in t]
    parent_rows = _compatible(parent_rows, ccols, later)
    shared = [i for i, c in enumerate(ccols) if c in data]
    new = [i for i, c in enumerate(ccols) if c not in data]
    nullable_new = (
        all(by_name[ccols[i]].nullable for i in new)
        if new
        else any(by_name[c].nullable for c in ccols)
    )
    out = {ccols[i]: np.full(n, None, dtype=object) for i in new}
    groups: dict[tuple, list[int]] = {}
    for j, row in enumerate(parent_rows):
        groups.setdefault(tuple(row[i] for i in shared), []).append(j)
    draws = rng.random(n)
    for r in range(n):
        if not keep[r]:
            continue
        key = tuple(data[ccols[i]][r] for i in shared)
        if None in key:
            continue  # a NULL child column: the link holds vacuously
        candidates = groups.get(key)
        if not candidates:
            if nullable_new:
                if (
                    not new
                ):  # every column was already set and matches no parent: NULL the nullable ones
                    for c in ccols:
                        if by_name[c].nullable:
                            data[c][r] = None
                continue
            keep[r] = False
            continue
        row = parent_rows[candidates[int(draws[r] * len(candidates))]]
        for i in new:
            out[ccols[i]][r] = row[i]
    data.update(out)


def _compatible(parent_rows: list[tuple], ccols: list[str], later) -> list[tuple]:
    """Parent rows whose values can also satisfy the child's later links on the columns they share."""
    for other, other_rows in later:
        common = [
            (ccols.index(c), p) for c, p in zip(other.child_cols, other.parent_cols) if c in ccols
        ]
        if not common or any(p not in other_rows for _, p in common):
            continue
        have = set(zip(*(other_rows[p] for _, p in common)))
        kept = [row for row in parent_rows if tuple(row[i] for i, _ in common) in have]
        if kept:
            parent_rows = kept
    return parent_rows


def visible_flags(catalog: Catalog) -> dict[str, set[str]]:
    """Base table → Y/N columns a view shows only when 'Y' (``JCJM``: ``PCVisibleInJC = 'Y'``).

    Those columns are mostly 'Y' in the shadow, as in a real database, so the
    view is not half empty.
    """
    import re

    out: dict[str, set[str]] = {}
    for view in catalog.views:
        text = view.row_filter or ""
        if not view.base_table or not text or "suser" in text.lower():
            continue
        for column in re.findall(r"(?:\w+\.)?(\w+)\s*=\s*'Y'", text):
            out.setdefault(view.base_table, set()).add(column.lower())
    return out


def generate(
    catalog: Catalog, *, seed: int = 0, rows: int = 300, progress=None
) -> tuple[dict[str, Rows], Plan]:
    """Every base table's rows, keyed by table name; ``progress(name)`` is called after each."""
    the_plan = plan(catalog)
    flags = visible_flags(catalog)
    tables: dict[str, Rows] = {}
    for name in the_plan.order:
        obj = catalog.get(name)
        if obj is None or obj.kind != "table":
            continue
        cut = [l for l in the_plan.dropped if l.child == obj.name]
        tables[obj.name] = generate_table(
            obj,
            the_plan.links.get(name, []),
            tables,
            seed=seed,
            rows=rows,
            cut=cut,
            mostly_yes=flags.get(obj.name, set()),
        )
        if progress is not None:
            progress(obj.name)
    return tables, the_plan


def unresolved(child: Rows, parent: Rows, link: Link) -> int:
    """Child rows whose link columns are all set but match no parent row (0 when the data are consistent)."""
    have = set(zip(*(parent[p] for p in link.parent_cols)))
    return sum(
        1 for t in zip(*(child[c] for c in link.child_cols)) if None not in t and t not in have
    )


def iter_links(the_plan: Plan) -> Iterable[Link]:
    for links in the_plan.links.values():
        yield from links
