"""``vgpt shadow build``: the DuckDB twin of the documented schema, with synthetic rows."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from assistant.errors import VgptError
from assistant.settings import load_settings

from .common import catalog_option, docs_option, fail, json_option


@click.group()
def shadow() -> None:
    """Build the shadow database the validator dry-runs queries in (and eval scores by execution)."""


@shadow.command()
@catalog_option
@docs_option
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    help="DuckDB file to write (default: .vgpt/shadow.duckdb).",
)
@click.option(
    "--seed",
    type=int,
    default=0,
    show_default=True,
    help="Seed of the synthetic data (same seed, same rows).",
)
@click.option(
    "--rows",
    type=click.IntRange(min=1),
    default=300,
    show_default=True,
    help="Rows in the main tables (others get a third).",
)
@json_option
def build(
    catalog_path: Path | None,
    docs: Path | None,
    out: Path | None,
    seed: int,
    rows: int,
    as_json: bool,
) -> None:
    """Create the shadow: every table and view of the catalog, with deterministic synthetic rows."""
    from assistant.shadow import build_shadow, shadow_paths
    from ingest.artifacts import ensure_catalog

    if catalog_path and docs:
        raise click.UsageError("pass --catalog or --docs, not both")
    settings = load_settings()
    if docs is not None and not settings.resolve(docs).is_dir():
        fail("no such documentation folder", file=docs)
    cat = ensure_catalog(
        settings, catalog=catalog_path, docs=docs, progress=not as_json and sys.stderr.isatty()
    )
    target = settings.resolve(out) if out else shadow_paths(settings.shadow_path, (seed,))[0]
    started = time.perf_counter()
    show = not as_json and sys.stderr.isatty()
    try:
        if show:
            from rich.progress import Progress

            with Progress(transient=True, console=_stderr()) as bar:
                task = bar.add_task("generating rows", total=len(cat.tables))
                info = build_shadow(
                    cat, target, seed=seed, rows=rows, progress=lambda name: bar.advance(task)
                )
        else:
            info = build_shadow(cat, target, seed=seed, rows=rows)
    except (OSError, VgptError) as exc:  # the build itself failed: exit 1, not an input error
        raise click.ClickException(f"shadow not built: {exc}") from None
    seconds = time.perf_counter() - started
    summary = {
        "path": str(target),
        "seed": seed,
        "rows": rows,
        "tables": info.tables,
        "views": info.views,
        "total_rows": info.total_rows,
        "empty_tables": len(info.empty_tables),
        "links": info.links,
        "cut_links": len(info.cut_links),
        "filtered_views": len(info.filtered_views),
        "unfiltered_views": len(info.unfiltered_views),
        "catalog_hash": info.catalog_hash,
        "seconds": round(seconds, 2),
    }
    if as_json:
        click.echo(json.dumps(summary))
        return
    _print_summary(summary, info)


def _stderr():
    from rich.console import Console

    return Console(stderr=True)


def _print_summary(summary: dict, info) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=f"Shadow built in {summary['seconds']:.1f} s → {summary['path']}", show_header=False
    )
    labels = {
        "tables": "tables",
        "views": "views",
        "total_rows": "rows",
        "links": "parent links honoured",
        "empty_tables": "empty tables",
        "cut_links": "links cut (cycles)",
        "filtered_views": "views with their row filter",
        "unfiltered_views": "views filtered per user (all rows shown)",
        "seed": "seed",
    }
    for key, label in labels.items():
        value = summary[key]
        table.add_row(label, f"{value:,}" if isinstance(value, int) else str(value))
    Console().print(table)
    err = _stderr()
    if info.empty_tables:
        err.print(
            f"[yellow]empty (no parent rows could satisfy their links):[/] {', '.join(info.empty_tables)}"
        )
    for link in info.cut_links:
        err.print(f"  cut: {link}", markup=False, highlight=False)
