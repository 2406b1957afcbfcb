"""Catalog → chunks for the vector index (pure: no I/O, no model).

A chunk is what one embedding stands for:

* ``schema``: one chunk per user-facing object (plus a one-line title chunk when it
  has a description). A base table and its view are one
  object to a user (the view is what they may query), so they share one chunk, named
  after the view and carrying the base table in its metadata; a base table without
  a view, or a stand-alone view, gets its own. Each says what the object is (module
  and description), its key, company and group columns, what it joins to, its value
  domains in words and its columns. Wide tables also get column chunks, so that a
  question about one of 100 columns still finds its table.
* ``docs``: rule and reference pages, split at headings.
* ``examples``: approved questions; the SQL rides along in the metadata.

Vista names are terse (``BilledAmt``, ``RetgPct``). The embedder reads English, so
names are also written out in words ("billed amount", "retainage percent").
Every chunk has metadata ``object, kind, module, source, hash``; its id is stable
across runs, its hash changes exactly when its text or metadata does, which is what
makes re-ingest incremental.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from assistant.catalog import Catalog, DbObject, Document, Example
from assistant.retrieval.links import derived_core
from assistant.vocabulary import MODULES, split_identifier, words

OBJECT_COLUMNS = (
    16  # columns named in the object chunk itself; a wider table also gets column chunks
)
WIDE_TABLE_COLUMNS = OBJECT_COLUMNS
COLUMNS_PER_CHUNK = 32
# bookkeeping columns on almost every table: they say nothing about what a table holds
QUIET_COLUMNS = frozenset(
    {"KeyID", "UniqueAttchID", "Notes", "InUseBatchId", "InUseMth", "Purge", "AuditYN"}
)
MAX_JOINS = 8
DOC_SECTION_CHARS = 1200

CHUNK_VERSION = 4  # bump when chunk texts change shape, so re-ingest re-checks every chunk


@dataclass(frozen=True)
class Chunk:
    """One embedded text with its collection, stable id and metadata."""

    id: str
    collection: str  # schema | docs | examples
    text: str
    metadata: dict = field(default_factory=dict, hash=False, compare=True)

    @property
    def hash(self) -> str:
        return self.metadata["hash"]


def _make(id: str, collection: str, text: str, **meta: object) -> Chunk:
    clean = {k: ("" if v is None else v) for k, v in meta.items()}
    digest = hashlib.sha256(
        json.dumps([collection, text, clean], sort_keys=True).encode()
    ).hexdigest()[:16]
    return Chunk(id, collection, text, {**clean, "hash": digest})


def user_facing(catalog: Catalog) -> Iterator[tuple[DbObject, DbObject | None]]:
    """Each object a user queries, with the base table behind it (None for a stand-alone view).

    A base table with a view is represented by its view; one without a view by itself.
    """
    for obj in catalog.objects:
        if obj.kind == "table":
            view = catalog.get(obj.view) if obj.view else None
            if view is None or view.kind == "table":
                yield obj, None
        elif obj.kind == "view":
            base = catalog.get(obj.base_table) if obj.base_table else None
            yield obj, base


def object_columns(obj: DbObject, base: DbObject | None) -> tuple:
    return obj.columns or (base.columns if base is not None else ())


def module_words(module: str) -> str:
    return f"{MODULES[module]} ({module})" if module in MODULES else module


def object_text(catalog: Catalog, obj: DbObject, base: DbObject | None) -> str:
    """The object chunk: meaning first and short.

    Mean-pooled embeddings of long column lists drown the description, and every
    token costs ingest time, so the chunk names at most ``OBJECT_COLUMNS`` columns;
    the rest go to column chunks.
    """
    info = base or obj
    description = describe(obj, base)
    if not (obj.description or info.description):
        description = derived_core(
            description
        )  # what the table is; the chunk lists its columns itself
    head = obj.name + (f": {description}" if description else "")
    module = obj.module or info.module
    lines = [f"{head}. {module_words(module)} module."]
    terms = business_terms(catalog, obj)
    if terms:
        lines.append(f"Business terms: {', '.join(terms)}.")
    key = info.business_key or obj.business_key
    if key:
        lines.append(f"Key: {', '.join(column_words(k, module) for k in key)}.")
    company = info.company_column or obj.company_column
    if company:
        lines.append(f"Company column {company}.")
    groups = info.group_columns or obj.group_columns
    if groups:
        lines.append(f"Group columns {', '.join(groups)}.")
    joins = join_targets(catalog, obj.name)
    if joins:
        lines.append("Joins to " + ", ".join(joins) + ".")
    columns = [
        c for c in object_columns(obj, base) if c.name not in key and c.name not in QUIET_COLUMNS
    ]
    domains = [
        f"{c.name} {c.domain.describe()[:100]}"
        for c in columns
        if c.domain is not None and c.domain.meanings
    ]
    if domains:
        lines.append("Values: " + "; ".join(domains[:2]) + ".")
    shown = list(dict.fromkeys(column_words(c.name, module) for c in columns[:OBJECT_COLUMNS]))
    if shown:
        lines.append("Columns: " + ", ".join(shown) + ".")
    return "\n".join(lines)


def column_words(name: str, module: str) -> str:
    """A column name in words, without the table's own module code (``CMTransferTrans`` → "transfer transaction").

    >>> column_words("FromCMAcct", "CM"), column_words("JCCo", "AP")
    ('from account', 'job cost company')
    """
    parts = split_identifier(name)
    if module.upper() in MODULES and len(parts) > 1:
        parts = [p for p in parts if p.upper() != module.upper()] or parts
    return " ".join(words(p) for p in parts)


def describe(obj: DbObject, base: DbObject | None) -> str:
    """The object's description: the documented one, else the one ingest derived (``ingest.descriptions``)."""
    info = base or obj
    return (
        obj.description or info.description or obj.derived_description or info.derived_description
    )


def title_of(obj: DbObject, base: DbObject | None) -> str:
    """A short description for titles: the documented one, else the derived one's first sentence."""
    info = base or obj
    documented = obj.description or info.description
    if documented:
        return documented
    derived = obj.derived_description or info.derived_description
    return derived.split(". ")[0].rstrip(".") if derived else ""


def business_terms(catalog: Catalog, obj: DbObject) -> list[str]:
    """The user's glossary terms (with aliases) that point at this object."""
    return list(dict.fromkeys(n for g in catalog.glossary_for(obj.name) for n in g.names))


def join_targets(catalog: Catalog, name: str) -> list[str]:
    """Objects this one joins to (company joins to HQCO left out: every table has one)."""
    out: list[str] = []
    for path in catalog.join_paths_from(name):
        if path.kind == "company":
            continue
        target = catalog.view_of(path.right) or catalog.get(path.right)
        label = target.name if target is not None else path.right
        if label not in out and label.lower() != name.lower():
            out.append(label)
        if len(out) >= MAX_JOINS:
            break
    return out


def column_chunks(obj: DbObject, base: DbObject | None, source: str) -> Iterator[Chunk]:
    """The columns the object chunk does not name, in groups, with the object's description for context."""
    info = base or obj
    key = info.business_key or obj.business_key
    columns = [
        c for c in object_columns(obj, base) if c.name not in key and c.name not in QUIET_COLUMNS
    ]
    rest = columns[OBJECT_COLUMNS:]
    if not rest:
        return
    description = title_of(obj, base)
    groups = [rest[i : i + COLUMNS_PER_CHUNK] for i in range(0, len(rest), COLUMNS_PER_CHUNK)]
    for n, group in enumerate(groups, 1):
        described = []
        for c in group:
            text = column_words(c.name, obj.module or info.module)
            if c.description:
                text += f" ({c.description[:60]})"
            described.append(text)
        text = (
            f"{obj.name}{': ' + description if description else ''}. More columns: "
            + ", ".join(described)
            + "."
        )
        yield _make(
            f"columns:{obj.name}:{n}",
            "schema",
            text,
            object=obj.name,
            kind="columns",
            module=obj.module or info.module,
            source=source,
            base_table=base.name if base is not None else "",
            part=n,
        )


def schema_chunks(catalog: Catalog) -> Iterator[Chunk]:
    for obj, base in user_facing(catalog):
        source = ";".join(dict.fromkeys((base.sources if base is not None else ()) + obj.sources))
        description = obj.description or (base.description if base is not None else "")
        if description:  # documented only: a derived title is too generic to stand alone
            # A title alone embeds close to a question that names the thing ("job cost detail"),
            # where the full chunk's column list would dilute it.
            module = obj.module or (base.module if base else "")
            yield _make(
                f"title:{obj.name}",
                "schema",
                f"{obj.name}: {description} ({module_words(module)})",
                object=obj.name,
                kind="title",
                module=module,
                source=source,
                base_table=base.name if base is not None else "",
            )
        yield _make(
            f"object:{obj.name}",
            "schema",
            object_text(catalog, obj, base),
            object=obj.name,
            kind=obj.kind,
            module=obj.module or (base.module if base else ""),
            source=source,
            base_table=base.name if base is not None else "",
        )
        yield from column_chunks(obj, base, source)


_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def split_document(doc: Document, limit: int = 0) -> list[tuple[str, str]]:
    """A page split at its headings into (heading, text) sections; long sections at paragraphs.

    ``limit`` > 0 stops after that many sections, so an outsized page costs no more
    than ``limit`` sections' worth of work.

    >>> split_document(Document("r.md", "R", "# R\\nintro\\n## A\\nalpha\\n## B\\nbeta"))
    [('R', '# R\\nintro'), ('R / A', '## A\\nalpha'), ('R / B', '## B\\nbeta')]
    >>> split_document(Document("r.md", "R", "# R\\nintro\\n## A\\nalpha\\n## B\\nbeta"), limit=2)
    [('R', '# R\\nintro'), ('R / A', '## A\\nalpha')]
    """
    out: list[tuple[str, str]] = []
    for heading, lines in _sections(doc):
        text = "\n".join(lines).strip()
        if not text:
            continue
        for piece in _pieces(text, DOC_SECTION_CHARS):
            out.append((heading or doc.title, piece))
            if limit and len(out) >= limit:
                return out
    return out


def _sections(doc: Document) -> Iterator[tuple[str, list[str]]]:
    """(heading trail, lines) of each section, in page order."""
    trail: list[str] = []
    current: tuple[str, list[str]] | None = None
    for line in doc.text.splitlines():
        m = _HEADING.match(line)
        if m:
            if current is not None:
                yield current
            level, title = len(m.group(1)), m.group(2).strip()
            trail = trail[: level - 1] + [title]
            current = (" / ".join(t for t in trail if t), [line])
        elif current is not None:
            current[1].append(line)
        else:
            current = (doc.title, [line])
    if current is not None:
        yield current


def _pieces(text: str, limit: int) -> Iterator[str]:
    if len(text) <= limit:
        yield text
        return
    current = ""
    for para in re.split(r"\n\s*\n", text):
        if current and len(current) + len(para) + 2 > limit:
            yield current
            current = ""
        current = f"{current}\n\n{para}" if current else para
        if (
            len(current) > limit
        ):  # one huge paragraph (a long table, say): cut it at lines, else words
            *whole, current = _cut(current, limit)
            yield from whole
    if current:
        yield current


def _cut(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, each ending at a line end if one is in
    reach, else at a space, else (one endless word) at ``limit``; the last piece may be short.

    >>> _cut("| a | b |\\n| 1 | 2 |\\n| 3 | 4 |", 20)
    ['| a | b |\\n| 1 | 2 |', '| 3 | 4 |']
    >>> _cut("JBCO (JB Company) JBIN", 12)
    ['JBCO (JB', 'Company)', 'JBIN']
    """
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = text.rfind("\n", start + 1, end + 1)
        if cut <= start:
            cut = text.rfind(" ", start + 1, end + 1)
        if cut <= start:
            cut = end
        out.append(text[start:cut].rstrip())
        start = cut
        while start < len(text) and text[start] in " \n":
            start += 1
    out.append(text[start:])
    return out


def doc_chunks(documents: Iterable[Document], max_per_page: int = 0) -> Iterator[Chunk]:
    """The pages' chunks; ``max_per_page`` > 0 keeps only a page's first that many (see ``outsized_pages``)."""
    for doc in documents:
        for n, (heading, text) in enumerate(split_document(doc, limit=max_per_page), 1):
            yield _make(
                f"doc:{doc.path}#{n}",
                "docs",
                text,
                object=heading,
                kind=doc.kind,
                module="",
                source=doc.path,
                title=doc.title,
                section=n,
            )


def outsized_pages(documents: Iterable[Document], max_per_page: int) -> list[str]:
    """A warning for each page that would yield more than ``max_per_page`` chunks (it is cut there).

    >>> outsized_pages([Document("big.md", "Big", "x\\n\\n" * 3000)], 2)
    ['big.md: page would yield about 7 chunks, more than max_chunks_per_page = 2; only its first 2 are indexed']
    """
    out = []
    for doc in documents:
        if max_per_page and len(split_document(doc, limit=max_per_page + 1)) > max_per_page:
            about = max(max_per_page + 1, len(doc.text) // DOC_SECTION_CHARS)
            out.append(
                f"{doc.path}: page would yield about {about:,} chunks, more than max_chunks_per_page = "
                f"{max_per_page}; only its first {max_per_page} are indexed"
            )
    return out


def example_tables(catalog: Catalog, sql: str) -> list[str]:
    """The catalog objects an example's SQL reads, as their user-facing names, in order of use."""
    out: list[str] = []
    for name in re.findall(
        r"(?:from|join)\s+((?:\[?\w+\]?\.)*\[?\w+\]?)", sql, flags=re.IGNORECASE
    ):
        obj = catalog.view_of(name) or catalog.get(name)
        if obj is not None and obj.name not in out:
            out.append(obj.name)
    return out


def example_chunks(catalog: Catalog, examples: Iterable[Example]) -> Iterator[Chunk]:
    seen: dict[str, int] = {}
    for ex in examples:
        seen[ex.path] = seen.get(ex.path, 0) + 1
        suffix = f"#{seen[ex.path]}" if seen[ex.path] > 1 else ""
        tables = example_tables(catalog, ex.sql)
        module = catalog.get(tables[0]).module if tables and catalog.get(tables[0]) else ""
        yield _make(
            f"example:{ex.path}{suffix}",
            "examples",
            ex.question,
            object=ex.question[:120],
            kind="example",
            module=module,
            source=ex.path,
            sql=ex.sql,
            tables=",".join(tables),
        )


def chunk_catalog(catalog: Catalog, max_chunks_per_page: int = 0) -> list[Chunk]:
    """Every chunk of a catalog, in a stable order; ids are unique.

    ``max_chunks_per_page`` > 0 caps the chunks of any one docs page (``outsized_pages`` names them).
    """
    chunks = [
        *schema_chunks(catalog),
        *doc_chunks(catalog.documents, max_chunks_per_page),
        *example_chunks(catalog, catalog.examples),
    ]
    unique: dict[str, Chunk] = {}
    for c in chunks:
        unique.setdefault(c.id, c)
    return list(unique.values())
