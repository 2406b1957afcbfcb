"""Glossary reader: the user's business terms, mapped to tables, columns or filters.

The glossary lives at ``_ai_orchestration/reference/glossary.md`` (or ``.yaml``/``.yml``)
in the docs folder. Markdown: one list item per term, anything else is prose::

    - billed to date: JCCI.BilledAmt; JCCM.BilledAmt -- what has been billed so far
    - open contract (also: active contract): JCCM.ContractStatus = 1
    - 1099 vendor: APVM.V1099YN = 'Y'

A term (aliases in ``(also: …)``), a colon, then ``;``-separated targets: a table or
view (``APVM``), a column (``JCCI.BilledAmt``) or a filter (``JCCM.ContractStatus = 1``);
an optional note after `` -- `` or `` — ``. ``**bold**`` and backticks are ignored.
YAML: a list (or ``terms:`` holding one) of mappings with ``term``, ``means`` (a string
or a list), optional ``aliases`` and ``note``.

The reader only parses: every malformed line is a warning with its file and line, and
the rest is read. Whether each target exists is checked against the catalog when the
facts are merged (``ingest.derive``), with the same file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.catalog import Problem

from . import Read, decode

GLOSSARY_NAMES = ("glossary.md", "glossary.yaml", "glossary.yml")
YAML_KEYS = frozenset({"term", "means", "aliases", "note"})

_ITEM = re.compile(r"^\s*[-*+]\s+(.*)$")
_ENTRY = re.compile(
    r"^(?P<term>[^:()]+?)\s*(?:\(\s*(?:also|aka|or)\s*:?\s*(?P<aliases>[^)]*)\))?\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_NOTE = re.compile(r"\s+(?:--|—|–)\s+")


@dataclass(frozen=True)
class GlossaryEntry:
    """One term as written: targets are raw text, resolved against the catalog at merge."""

    term: str
    targets: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    note: str = ""
    path: str = ""
    line: int = 0


def is_glossary(rel: str) -> bool:
    """Whether a docs-relative path is the glossary (``_ai_orchestration/reference/glossary.md|yaml``)."""
    parts = [p.lower() for p in rel.split("/")]
    return (
        len(parts) >= 3
        and parts[-1] in GLOSSARY_NAMES
        and parts[-2] == "reference"
        and "_ai_orchestration" in parts
    )


def read_glossary(path: str, data: bytes) -> Read:
    text, problems = decode(path, data)
    if text is None:
        return Read((), tuple(problems))
    if path.lower().endswith((".yaml", ".yml")):
        entries, more = _read_yaml(path, text)
    else:
        entries, more = _read_markdown(path, text)
    return Read(tuple(entries), tuple(problems + more))


def _clean(text: str) -> str:
    return text.replace("**", "").replace("__", "").replace("`", "").strip()


def _split_targets(text: str) -> list[str]:
    return [t.strip() for t in text.split(";") if t.strip()]


def _read_markdown(path: str, text: str) -> tuple[list[GlossaryEntry], list[Problem]]:
    entries: list[GlossaryEntry] = []
    problems: list[Problem] = []
    fenced = False
    for number, raw in enumerate(text.split("\n"), 1):
        if raw.lstrip().startswith("```"):
            fenced = not fenced
            continue
        item = _ITEM.match(raw)
        if fenced or item is None:
            continue
        body = _clean(item.group(1))
        m = _ENTRY.match(body)
        if m is None:
            problems.append(
                Problem(
                    path,
                    number,
                    "glossary entry is not 'term: Table.Column' (no colon after the term); skipped",
                )
            )
            continue
        term = " ".join(m.group("term").split())
        rest = m.group("rest")
        note = ""
        parts = _NOTE.split(rest, maxsplit=1)
        if len(parts) == 2:
            rest, note = parts[0], parts[1].strip()
        targets = _split_targets(rest)
        if not term:
            problems.append(
                Problem(path, number, "glossary entry has no term before the colon; skipped")
            )
            continue
        if not targets:
            problems.append(
                Problem(
                    path,
                    number,
                    f"glossary term {term!r} names no table, column or filter; skipped",
                )
            )
            continue
        aliases = tuple(a.strip() for a in (m.group("aliases") or "").split(",") if a.strip())
        entries.append(GlossaryEntry(term, tuple(targets), aliases, note, path, number))
    return entries, problems


def _read_yaml(path: str, text: str) -> tuple[list[GlossaryEntry], list[Problem]]:
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        return [], [
            Problem(
                path,
                line,
                f"not valid YAML ({getattr(exc, 'problem', None) or exc}); glossary skipped",
            )
        ]
    if root is None:
        return [], []
    items = root
    if isinstance(root, yaml.MappingNode):
        terms = [v for k, v in root.value if k.value == "terms"]
        if not terms:
            return [], [
                Problem(
                    path,
                    root.start_mark.line + 1,
                    "a YAML glossary is a list of terms (or 'terms:' holding one); skipped",
                )
            ]
        items = terms[0]
    if not isinstance(items, yaml.SequenceNode):
        return [], [
            Problem(path, items.start_mark.line + 1, "a YAML glossary is a list of terms; skipped")
        ]
    entries: list[GlossaryEntry] = []
    problems: list[Problem] = []
    for node in items.value:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            problems.append(
                Problem(
                    path, line, "glossary entry is not a mapping with 'term' and 'means'; skipped"
                )
            )
            continue
        fields: dict[str, object] = {}
        for key, value in node.value:
            name = str(key.value)
            if name not in YAML_KEYS:
                problems.append(
                    Problem(
                        path,
                        key.start_mark.line + 1,
                        f"unknown glossary key {name!r} (use term, means, aliases, note); ignored",
                    )
                )
                continue
            fields[name] = (
                yaml.safe_load(yaml.serialize(value))
                if not isinstance(value, yaml.ScalarNode)
                else value.value
            )
        term = " ".join(str(fields.get("term") or "").split())
        means = fields.get("means")
        targets = [
            str(t).strip()
            for t in (means if isinstance(means, list) else _split_targets(str(means or "")))
            if str(t).strip()
        ]
        if not term:
            problems.append(Problem(path, line, "glossary entry has no 'term'; skipped"))
            continue
        if not targets:
            problems.append(
                Problem(
                    path,
                    line,
                    f"glossary term {term!r} has no 'means' (a table, column or filter); skipped",
                )
            )
            continue
        aliases = fields.get("aliases") or ()
        aliases = tuple(
            str(a).strip()
            for a in (aliases if isinstance(aliases, list) else str(aliases).split(","))
            if str(a).strip()
        )
        entries.append(
            GlossaryEntry(
                term, tuple(targets), aliases, str(fields.get("note") or "").strip(), path, line
            )
        )
    return entries, problems


# -- checking against the catalog (at merge) ----------------------------------------

_QUALIFIED = re.compile(r"'[^']*'|\b([A-Za-z_][A-Za-z0-9_]*)\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)\b")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_EQUALS = re.compile(
    r"^\s*([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)\s*=\s*('([^']*)'|-?\d+(?:\.\d+)?)\s*$"
)


def resolve_glossary(entries, catalog) -> tuple[list, list[Problem]]:
    """Glossary entries → catalog ``GlossaryTerm``s; every unknown table or column, filter that does not
    parse, value outside a column's domain and repeated term is a warning naming the file and line."""
    from assistant.catalog import GlossaryTarget, GlossaryTerm

    terms: list[GlossaryTerm] = []
    problems: list[Problem] = []
    seen: dict[str, GlossaryEntry] = {}
    for e in entries:
        key = " ".join(e.term.lower().split())
        if key in seen:
            first = seen[key]
            problems.append(
                Problem(
                    e.path,
                    e.line,
                    f"glossary term {e.term!r} is also defined at {first.path}:{first.line}; the first is kept",
                )
            )
            continue
        targets = []
        for raw in e.targets:
            target, problem = _target(raw, catalog)
            if problem:
                problems.append(
                    Problem(e.path, e.line, f"glossary term {e.term!r}: {problem}; target skipped")
                )
            elif target is not None:
                targets.append(GlossaryTarget(*target))
        if not targets:
            continue
        seen[key] = e
        terms.append(GlossaryTerm(e.term, tuple(targets), e.aliases, e.note, e.path, e.line))
    return terms, problems


def _user(catalog, name: str):
    obj = catalog.get(name)
    if obj is None:
        return None
    return catalog.view_of(obj.name) or obj


def _target(raw: str, catalog) -> tuple[tuple | None, str | None]:
    text = raw.strip()
    if _NAME.match(text):
        obj = _user(catalog, text)
        if obj is None:
            hint = catalog.closest_tables(text, 1)
            return None, f"unknown table or view {text}" + (
                f" (did you mean {hint[0]}?)" if hint else ""
            )
        return (obj.name, None, None), None
    refs = [(m.group(1), m.group(2)) for m in _QUALIFIED.finditer(text) if m.group(1)]
    if not refs:
        return None, f"{text!r} is not a table, a Table.Column or a filter on Table.Column"
    resolved = []
    for table, column in refs:
        obj = _user(catalog, table)
        if obj is None:
            hint = catalog.closest_tables(table, 1)
            return None, f"unknown table or view {table}" + (
                f" (did you mean {hint[0]}?)" if hint else ""
            )
        info = catalog.base_of(obj.name) or obj
        col = info.column(column) or obj.column(column)
        if col is None:
            hint = catalog.closest_columns(info, column, 1)
            return None, f"{obj.name} has no column {column}" + (
                f" (did you mean {hint[0]}?)" if hint else ""
            )
        resolved.append((obj, col))
    obj, col = resolved[0]
    if len(refs) == 1 and re.fullmatch(r"\s*[A-Za-z_]\w*\s*\.\s*[A-Za-z_]\w*\s*", text):
        return (obj.name, col.name, None), None
    problem = _filter_problem(text)
    if problem:
        return None, problem
    m = _EQUALS.match(text)
    if m and col.domain is not None:
        value = m.group(4) if m.group(4) is not None else m.group(3)
        if not col.domain.allows(value):
            return (
                None,
                f"{obj.name}.{col.name} never holds {m.group(3)} (allowed: {col.domain.describe()[:80]})",
            )
    return (obj.name, col.name, text), None


def _filter_problem(text: str) -> str | None:
    import sqlglot
    from sqlglot.errors import ParseError

    try:
        sqlglot.parse_one(f"SELECT 1 WHERE {text}", read="tsql")
    except (ParseError, ValueError) as exc:
        return f"filter {text!r} does not parse ({str(exc).splitlines()[0][:80]})"
    return None
