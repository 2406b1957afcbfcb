"""Build the shadow database file: DDL, synthetic rows, views and a self-description.

The file describes itself in a ``vgpt`` schema (the catalog hash it was built
from, the seed, every object with its row count and view filter, the Vista
types), so readers need no catalog and ``ensure_shadow`` can tell when the
catalog has moved on. It is written to a temporary file and moved into place:
a reader never sees half a database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable

import duckdb
import pyarrow as pa

from ..catalog import Catalog
from . import data as datagen
from .schema import duck_type, quote, table_columns, table_ddl, view_def, vista_types

log = logging.getLogger(__name__)
SHADOW_VERSION = 1
META_SCHEMA = "vgpt"


@dataclass(frozen=True)
class ShadowInfo:
    path: str
    seed: int
    rows: int
    tables: int
    views: int
    total_rows: int
    empty_tables: tuple[str, ...]
    filtered_views: tuple[str, ...]  # documented filter applied in the shadow
    unfiltered_views: tuple[
        str, ...
    ]  # documented filter recorded, all rows shown (per-user security…)
    links: int
    cut_links: tuple[str, ...]
    catalog_hash: str
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def catalog_hash(catalog: Catalog) -> str:
    """A digest of what the shadow depends on: objects and join paths (not build times or warnings).

    Values are hashed in a canonical JSON form, so a catalog and the same catalog
    saved and loaded again (tuples read back as lists) hash alike.
    """
    digest = hashlib.sha256(f"shadow {SHADOW_VERSION}".encode())

    def add(value: object) -> None:
        digest.update(json.dumps(value, sort_keys=True, default=str).encode())
        digest.update(b"\n")

    for o in catalog.objects:
        add(
            [
                o.name,
                o.kind,
                o.base_table,
                o.row_filter,
                o.business_key,
                o.company_column,
                o.group_columns,
                [[f.columns, f.ref_table, f.ref_columns] for f in o.foreign_keys],
            ]
        )
        if o.kind == "table":
            for c in o.columns:
                d = c.domain
                add(
                    [
                        c.name,
                        c.vista_type,
                        c.base_type,
                        c.nullable,
                        c.identity,
                        d and [d.values, d.numeric, d.closed, d.low, d.high],
                    ]
                )
    for p in catalog.join_paths:
        add([p.left, p.right, p.pairs, p.kind])
    return digest.hexdigest()[:16]


_ARROW = {
    "SMALLINT": pa.int16(),
    "TINYINT": pa.int16(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "FLOAT": pa.float64(),
    "TIMESTAMP": pa.timestamp("us"),
    "DATE": pa.timestamp("us"),
    "BLOB": pa.binary(),
}


def _arrow_type(duck: str) -> pa.DataType:
    # decimals travel as doubles and uuids as text: DuckDB casts them on insert
    if duck.startswith("DECIMAL"):
        return pa.float64()
    return _ARROW.get(duck, pa.string())


def build_shadow(
    catalog: Catalog,
    path: str | Path,
    *,
    seed: int = 0,
    rows: int = 300,
    progress: Callable[[str], None] | None = None,
) -> ShadowInfo:
    """Write the shadow of ``catalog`` to ``path`` (atomically) and describe it."""
    started = time.perf_counter()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    try:
        generated, plan = datagen.generate(catalog, seed=seed, rows=rows, progress=progress)
        con = duckdb.connect(str(tmp))
        try:
            con.execute("SET enable_progress_bar = false")
            con.execute("BEGIN TRANSACTION")  # one commit, not one per statement
            info = _write(
                con, catalog, generated, plan, seed=seed, rows=rows, path=path, started=started
            )
            con.execute("COMMIT")
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, path)
    except (
        BaseException
    ):  # a failed or interrupted build leaves no half shadow (it is as large as a whole one)
        tmp.unlink(missing_ok=True)
        raise
    finally:
        tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)
    return info


def _write(con, catalog: Catalog, generated, plan, *, seed, rows, path, started) -> ShadowInfo:
    total = 0
    empty = []
    objects_meta = []
    for obj in catalog.tables:
        con.execute(table_ddl(obj))
        table_rows = generated.get(obj.name)
        count = 0
        if table_rows is not None:
            columns = table_columns(obj)
            arrays = [
                pa.array(list(table_rows[c.name]), type=_arrow_type(duck_type(c.base_type)))
                for c in columns
            ]
            frame = pa.Table.from_arrays(arrays, names=[c.name for c in columns])
            count = frame.num_rows
            if count:
                con.register("_vgpt_rows", frame)
                con.execute(f"INSERT INTO {quote(obj.name)} SELECT * FROM _vgpt_rows")
                con.unregister("_vgpt_rows")
        if count == 0:
            empty.append(obj.name)
        total += count
        objects_meta.append((obj.name, "table", None, count, None, False, ""))
    filtered, unfiltered, views = [], [], 0
    for obj in catalog.views:
        view = view_def(obj, catalog)
        if view is None:
            continue
        try:
            con.execute(view.sql)
        except duckdb.Error as exc:  # a translated filter DuckDB refuses: keep the view, all rows
            log.warning("view %s: filter not applied (%s)", obj.name, exc)
            con.execute(
                f"CREATE VIEW {quote(obj.name)} AS SELECT a.* FROM {quote(view.base_table)} AS a"
            )
            view = datagen_replace(view, "filter refused by DuckDB: all rows shown")
        views += 1
        if view.row_filter:
            (filtered if view.filter_applied else unfiltered).append(obj.name)
        objects_meta.append(
            (
                obj.name,
                "view",
                view.base_table,
                None,
                view.row_filter,
                view.filter_applied,
                view.note,
            )
        )
    info = ShadowInfo(
        path=str(path),
        seed=seed,
        rows=rows,
        tables=len(catalog.tables),
        views=views,
        total_rows=total,
        empty_tables=tuple(empty),
        filtered_views=tuple(filtered),
        unfiltered_views=tuple(unfiltered),
        links=sum(1 for l in datagen.iter_links(plan) if l.kind != "sibling"),
        cut_links=tuple(str(l) for l in plan.dropped),
        catalog_hash=catalog_hash(catalog),
        seconds=round(time.perf_counter() - started, 3),
    )
    _write_meta(con, catalog, info, objects_meta, plan)
    return info


def datagen_replace(view, note):
    from dataclasses import replace

    return replace(view, filter_applied=False, note=note)


def _insert(con, table: str, names: list[str], rows: list[tuple]) -> None:
    """Bulk insert through Arrow (DuckDB's executemany goes row by row)."""
    if not rows:
        return
    columns = list(zip(*rows))
    frame = pa.Table.from_arrays([pa.array(list(c)) for c in columns], names=names)
    con.register("_vgpt_meta_rows", frame)
    con.execute(f"INSERT INTO {table} SELECT * FROM _vgpt_meta_rows")
    con.unregister("_vgpt_meta_rows")


def _write_meta(con, catalog: Catalog, info: ShadowInfo, objects_meta, plan) -> None:
    con.execute(f"CREATE SCHEMA {META_SCHEMA}")
    con.execute(f"CREATE TABLE {META_SCHEMA}.meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    meta = {
        "shadow_version": str(SHADOW_VERSION),
        "catalog_hash": info.catalog_hash,
        "seed": str(info.seed),
        "rows": str(info.rows),
        "built_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "info": json.dumps(info.to_dict()),
    }
    _insert(con, f"{META_SCHEMA}.meta", ["key", "value"], list(meta.items()))
    con.execute(
        f"CREATE TABLE {META_SCHEMA}.objects (name VARCHAR, kind VARCHAR, base_table VARCHAR, row_count BIGINT, "
        "row_filter VARCHAR, filter_applied BOOLEAN, note VARCHAR)"
    )
    _insert(
        con,
        f"{META_SCHEMA}.objects",
        ["name", "kind", "base_table", "row_count", "row_filter", "filter_applied", "note"],
        objects_meta,
    )
    con.execute(
        f"CREATE TABLE {META_SCHEMA}.vista_types (vista_type VARCHAR, base_type VARCHAR, duck_type VARCHAR)"
    )
    types = [(k, v, duck_type(v)) for k, v in sorted(vista_types(catalog).items())]
    _insert(con, f"{META_SCHEMA}.vista_types", ["vista_type", "base_type", "duck_type"], types)
    con.execute(
        f"CREATE TABLE {META_SCHEMA}.links (child VARCHAR, parent VARCHAR, child_cols VARCHAR, parent_cols VARCHAR, kind VARCHAR, cut BOOLEAN)"
    )
    link_rows = [
        (l.child, l.parent, ",".join(l.child_cols), ",".join(l.parent_cols), l.kind, False)
        for l in datagen.iter_links(plan)
        if l.kind != "sibling"
    ] + [
        (l.child, l.parent, ",".join(l.child_cols), ",".join(l.parent_cols), l.kind, True)
        for l in plan.dropped
    ]
    _insert(
        con,
        f"{META_SCHEMA}.links",
        ["child", "parent", "child_cols", "parent_cols", "kind", "cut"],
        link_rows,
    )


def read_meta(path: str | Path) -> dict[str, str] | None:
    """The shadow's ``vgpt.meta`` as a dict, or None when there is no readable shadow at ``path``."""
    path = Path(path)
    if not path.exists():
        return None
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return None
    try:
        return dict(con.execute(f"SELECT key, value FROM {META_SCHEMA}.meta").fetchall())
    except duckdb.Error:
        return None
    finally:
        con.close()


def shadow_paths(base: str | Path, seeds: tuple[int, ...]) -> list[Path]:
    """Where the shadow for each seed lives: seed 0 at ``base``, others beside it (``shadow.seed1.duckdb``)."""
    base = Path(base)
    return [base if s == 0 else base.with_name(f"{base.stem}.seed{s}{base.suffix}") for s in seeds]


def ensure_shadow(
    settings, catalog: Catalog, *, seed: int = 0, rows: int | None = None, path: Path | None = None
) -> Path:
    """The shadow at ``settings.shadow_path`` (or ``path``), rebuilt when missing or built from another catalog."""
    target = Path(path) if path is not None else shadow_paths(settings.shadow_path, (seed,))[0]
    rows = rows if rows is not None else getattr(settings, "shadow_rows", 300)
    meta = read_meta(target)
    wanted = catalog_hash(catalog)
    if (
        meta is None
        or meta.get("catalog_hash") != wanted
        or meta.get("seed") != str(seed)
        or meta.get("rows") != str(rows)
    ):
        build_shadow(catalog, target, seed=seed, rows=rows)
    return target


def rebuild_for_ingest(settings, catalog: Catalog) -> Path | None:
    """Ingest's hook: keep the shadow in step with the catalog it just built.

    A shadow that fails to build never fails ingest: the dry-run stage is
    optional and simply stays off (with the reason logged).
    """
    try:
        return ensure_shadow(settings, catalog)
    except Exception as exc:  # noqa: BLE001 - ingest must survive a shadow problem
        log.warning("shadow database not rebuilt: %s", exc)
        return None
