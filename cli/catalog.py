"""``vgpt catalog build`` and ``vgpt catalog show``: build the schema catalog, read a table's page."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from assistant.catalog import Catalog, DbObject
from assistant.settings import load_settings

from .common import catalog_option, docs_option, fail, json_option

SUMMARY_KEYS = ("tables", "views", "columns", "join_paths", "domains", "warnings", "conflicts")
SHOWN_PROBLEMS = 20


@click.group()
def catalog() -> None:
    """Build the schema catalog from the Vista documentation, or show a table's page."""


@catalog.command()
@docs_option
@click.option(
    "--out",
    "out",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Catalog artifact to write (default: .vgpt/catalog.json).",
)
@json_option
@click.option(
    "--no-cache",
    is_flag=True,
    help="Re-read every file instead of reusing unchanged files' results.",
)
def build(docs: Path | None, out: Path | None, as_json: bool, no_cache: bool) -> None:
    """Read a documentation folder into one catalog artifact and print a summary."""
    from ingest.artifacts import cache_dir
    from ingest.build import build_catalog

    settings = load_settings()
    docs = settings.resolve(docs) if docs else settings.docs_path
    out = settings.resolve(out) if out else settings.catalog_path
    if not docs.is_dir():
        fail("no such documentation folder (pass --docs DIR)", file=docs)
    if not any(p.is_file() for p in docs.rglob("*")):
        fail("the documentation folder is empty", file=docs)
    started = time.perf_counter()
    built = build_catalog(
        docs,
        cache_dir=None if no_cache else cache_dir(settings),
        progress=not as_json and sys.stderr.isatty(),
    )
    try:
        built.save(out)
    except OSError as exc:  # the artifact could not be written: the build itself failed (exit 1)
        raise click.ClickException(f"cannot write {out}: {exc.strerror or exc}") from None
    seconds = time.perf_counter() - started
    summary = built.summary()
    if as_json:
        click.echo(json.dumps({k: summary[k] for k in SUMMARY_KEYS}))
        return
    _print_summary(built, summary, out, seconds)


def _print_summary(built: Catalog, summary: dict, out: Path, seconds: float) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"Catalog built in {seconds:.1f} s → {out}", show_header=False)
    for key in SUMMARY_KEYS:
        style = "yellow" if key in ("warnings", "conflicts") and summary[key] else ""
        table.add_row(
            key.replace("_", " "), f"[{style}]{summary[key]:,}[/]" if style else f"{summary[key]:,}"
        )
    table.add_row("documents", f"{len(built.documents):,}")
    table.add_row("examples", f"{len(built.examples):,}")
    console.print(table)
    err = Console(stderr=True)
    for title, items in (("warnings", built.warnings), ("conflicts", built.conflicts)):
        if items:
            err.print(f"[yellow]{title}:[/]")
            for item in items[:SHOWN_PROBLEMS]:
                err.print(f"  {item}", markup=False, highlight=False)
            if len(items) > SHOWN_PROBLEMS:
                err.print(f"  ... and {len(items) - SHOWN_PROBLEMS} more")


@catalog.command()
@click.argument("name")
@catalog_option
@docs_option
@json_option
def show(name: str, catalog_path: Path | None, docs: Path | None, as_json: bool) -> None:
    """Show a table's or view's page: columns, keys, company and group columns, domains, joins."""
    from ingest.artifacts import ensure_catalog

    cat = ensure_catalog(
        load_settings(),
        catalog=catalog_path,
        docs=docs,
        progress=not as_json and sys.stderr.isatty(),
    )
    obj = cat.get(name)
    if obj is None:
        hints = cat.closest_tables(name)
        fail(
            f"no table or view named {name!r}"
            + (f"; did you mean {', '.join(hints)}?" if hints else "")
        )
    page = object_page(cat, obj)
    if as_json:
        click.echo(json.dumps(page))
        return
    _print_page(page)


def object_page(cat: Catalog, obj: DbObject) -> dict:
    """Everything ``show`` prints about an object, as plain data."""
    joins = []
    seen = set()
    for p in cat.join_paths_from(obj.name):
        key = (p.left.lower(), p.right.lower(), p.pairs)
        if key in seen:
            continue
        seen.add(key)
        joins.append(
            {"left": p.left, "right": p.right, "pairs": [list(x) for x in p.pairs], "kind": p.kind}
        )
    info = cat.base_of(obj.name) or obj
    description, derived = obj.about if obj.about[0] else info.about
    glossary = [
        {
            "term": g.term,
            "aliases": list(g.aliases),
            "means": [t.render() for t in g.targets],
            "note": g.note,
            "source": g.source,
        }
        for g in cat.glossary_for(obj.name)
    ]
    return {
        "name": obj.name,
        "kind": obj.kind,
        "module": obj.module,
        "description": description,
        "description_derived": derived,
        "glossary": glossary,
        "base_table": obj.base_table,
        "view": obj.view,
        "row_filter": obj.row_filter,
        "business_key": list(obj.business_key),
        "company_column": obj.company_column,
        "group_columns": list(obj.group_columns),
        "columns": [
            {
                "name": c.name,
                "vista_type": c.vista_type,
                "base_type": c.base_type,
                "nullable": c.nullable,
                "default": c.default,
                "identity": c.identity,
                "description": c.description,
                "domain": None
                if c.domain is None
                else {
                    "values": list(c.domain.values),
                    "meanings": dict(c.domain.meanings),
                    "closed": c.domain.closed,
                    "low": c.domain.low,
                    "high": c.domain.high,
                    "source": c.domain.source,
                },
            }
            for c in obj.columns
        ],
        "indexes": [
            {
                "name": i.name,
                "columns": list(i.columns),
                "unique": i.unique,
                "clustered": i.clustered,
            }
            for i in obj.indexes
        ],
        "foreign_keys": [
            {
                "name": f.name,
                "columns": list(f.columns),
                "ref_table": f.ref_table,
                "ref_columns": list(f.ref_columns),
            }
            for f in obj.foreign_keys
        ],
        "joins": joins,
    }


def _print_page(page: dict) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    head = f"[bold]{page['name']}[/] ({page['kind']}"
    if page["base_table"]:
        head += f" of {page['base_table']}"
    elif page["view"]:
        head += f"; read it through the view {page['view']}"
    head += ")"
    if page["description"]:
        head += f" — {escape(page['description'])}"
        if page.get("description_derived"):
            head += " [dim](derived from the catalog: the docs give no description)[/]"
    console.print(head)
    facts = [
        ("Module", page["module"]),
        ("Business key", ", ".join(page["business_key"]) or "none documented"),
        ("Company column", page["company_column"] or "none (not company-keyed)"),
        ("Group columns", ", ".join(page["group_columns"]) or "none"),
    ]
    if page["row_filter"]:
        facts.append(("Row filter", page["row_filter"]))
    for label, value in facts:
        console.print(f"  [cyan]{label}:[/] {escape(str(value))}")
    table = Table(title="Columns", title_justify="left")
    for header in ("Column", "Type", "Null", "Default", "Values / description"):
        table.add_column(header, overflow="fold")
    key = {c.lower() for c in page["business_key"]}
    for c in page["columns"]:
        kind = (
            c["vista_type"]
            if c["vista_type"] == c["base_type"]
            else f"{c['vista_type']} ({c['base_type']})"
        )
        notes = []
        if c["domain"]:
            d = c["domain"]
            if d["meanings"]:
                values = ", ".join(
                    f"{v}={d['meanings'][v]}" if v in d["meanings"] else v for v in d["values"]
                )
            elif d["values"]:
                values = ", ".join(d["values"])
            else:
                values = f"{d['low']}..{d['high']}"
            notes.append(values + ("" if d["closed"] else ", ... (open)"))
        if c["description"]:
            notes.append(c["description"])
        name = f"[bold]{c['name']}[/]" if c["name"].lower() in key else c["name"]
        table.add_row(
            name,
            kind + (" identity" if c["identity"] else ""),
            "yes" if c["nullable"] else "no",
            escape(c["default"] or ""),
            escape(" — ".join(notes)),
        )
    console.print(table)
    if page.get("glossary"):
        console.print("[cyan]Glossary terms:[/]")
        for g in page["glossary"]:
            also = f" (also: {', '.join(g['aliases'])})" if g["aliases"] else ""
            note = f" — {g['note']}" if g["note"] else ""
            console.print(
                f"  {escape(g['term'] + also)}: {escape('; '.join(g['means']) + note)} [dim]{escape(g['source'])}[/]"
            )
    if page["indexes"]:
        console.print("[cyan]Indexes:[/]")
        for i in page["indexes"]:
            flags = ", ".join(
                f for f, on in (("unique", i["unique"]), ("clustered", i["clustered"])) if on
            )
            console.print(f"  {i['name']} ({flags or 'non-unique'}): {', '.join(i['columns'])}")
    if page["joins"]:
        console.print("[cyan]Joins:[/]")
        for j in page["joins"]:
            on = " AND ".join(f"{j['left']}.{a} = {j['right']}.{b}" for a, b in j["pairs"])
            console.print(f"  → {j['right']} ({j['kind']}): {escape(on)}")
