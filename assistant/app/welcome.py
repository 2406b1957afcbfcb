"""The welcome page with live facts: which docs were ingested, and when.

``chainlit.md`` is the committed template; its ``[//]: # (vgpt:status)`` block is
replaced with the catalog's facts and written to ``chainlit_en-US.md`` (which
Chainlit prefers for the en-US UI, and which git ignores), so the page always
tells the truth about the catalog the app is using.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..catalog import Catalog

# Markdown link-reference "comments": invisible when rendered, even with HTML switched off.
START, END = "[//]: # (vgpt:status)", "[//]: # (/vgpt:status)"


def status_markdown(catalog: Catalog, docs_path: Path) -> str:
    s = catalog.summary()
    when = catalog.built_at or "an unknown time"
    return (
        f"The documentation in `{catalog.docs_dir or docs_path}`, ingested **{when}**: "
        f"{s['tables']} base tables, {s['views']} views, {s['columns']:,} columns, {s['join_paths']:,} join paths "
        f"and {s['domains']:,} value domains, {len(catalog.documents)} rule and reference pages, and "
        f"{len(catalog.examples)} approved example queries. Run `vgpt ingest` after the documentation changes."
    )


def render_welcome(template: str, catalog: Catalog | None, docs_path: Path) -> str:
    if catalog is None:
        status = "No catalog has been built yet: run `vgpt ingest` (or `make chat`), then reload this page."
    else:
        status = status_markdown(catalog, docs_path)
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.DOTALL)
    if not pattern.search(template):
        return template
    return pattern.sub(lambda _: f"{START}\n\n{status}\n\n{END}", template)


def write_welcome(
    root: Path, catalog: Catalog | None, docs_path: Path, language: str = "en-US"
) -> Path | None:
    template = Path(root) / "chainlit.md"
    if not template.is_file():
        return None
    target = Path(root) / f"chainlit_{language}.md"
    target.write_text(
        render_welcome(template.read_text(encoding="utf-8"), catalog, docs_path), encoding="utf-8"
    )
    return target
