"""Poisoned docs cannot teach the model: approved examples and rules pages pass the gate first.

Approved examples become few-shot turns, retrieval hits and fine-tuning records;
rule and reference pages are shown to the model as reference. So a file that puts
a payload there (``PRINT 'x' DELETE FROM bAPTH`` as an "approved" query, a rules
page with an ``EXEC xp_cmdshell`` snippet) is refused when the catalog is built,
with a warning naming the file, and never reaches the index or the dataset:

* an approved example is kept only if its SQL passes the validator (``verdict ==
  "pass"``), exactly as the chat's Mark correct requires before it saves one;
* a rules or reference page is kept only if none of its SQL blocks (```` ```sql ````
  fences, and unlabelled fences that start like a statement) is refused by the
  statement gate (VG002). Other findings do not refuse a page: a page may show a
  wrong query on purpose, to say what not to do.

Pure: a catalog in, a catalog out (the refusals added to its warnings).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from assistant.catalog import Catalog, Document, Example, Problem

# Part of the index's pipeline version: bump it when the gate refuses more, so the next
# ingest re-checks an unchanged docs folder and drops what is refused now.
SCREEN_VERSION = 2  # 2: the allow-list gate (VG002) replaced the deny-list
# the statement gate: what may run at all (issue 11: the allow-list VG002)
GATE_CODES = frozenset({"VG002"})
_FENCE = re.compile(
    r"^(`{3,}|~{3,})[ \t]*([\w+-]*)[^\n]*\n(.*?)^\1[ \t]*$", re.MULTILINE | re.DOTALL
)
_SQL_LABELS = {"sql", "tsql", "t-sql", "mssql", "sqlserver", "transact-sql"}
_STATEMENT_START = re.compile(
    r"^\s*(select|with|insert|update|delete|merge|exec|execute|declare|set|create|alter|drop|truncate|"
    r"grant|revoke|deny|use|print|if|begin|backup|restore|dbcc|kill|shutdown|waitfor|;)\b",
    re.IGNORECASE,
)


def screen_catalog(catalog: Catalog) -> Catalog:
    """The catalog without the examples and pages that fail the gate, each refusal a warning."""
    from assistant.validate import validate

    refused: list[Problem] = []
    examples: list[Example] = []
    for example in catalog.examples:
        report = validate(example.sql, catalog, fix=False)
        if report.verdict == "pass":
            examples.append(example)
            continue
        first = report.errors[0] if report.errors else None
        why = f"{first.code} {first.message}" if first is not None else "the validator failed it"
        refused.append(
            Problem(
                example.path,
                None,
                f"approved example refused: its SQL fails the gate ({why}); "
                "it is not used as an example",
            )
        )
    documents: list[Document] = []
    for doc in catalog.documents:
        problem = _page_problem(doc, catalog)
        if problem is None:
            documents.append(doc)
        else:
            refused.append(problem)
    if not refused:
        return catalog
    return replace(
        catalog,
        examples=tuple(examples),
        documents=tuple(documents),
        warnings=tuple(catalog.warnings) + tuple(refused),
    )


def sql_blocks(text: str) -> Iterator[tuple[int, str]]:
    """(line, SQL) of each fenced SQL block in a markdown page.

    >>> list(sql_blocks("Intro\\n```sql\\nSELECT 1\\n```\\n```\\nplain text\\n```\\n"))
    [(3, 'SELECT 1\\n')]
    """
    for m in _FENCE.finditer(text):
        label, body = m.group(2).lower(), m.group(3)
        if label in _SQL_LABELS or (not label and _STATEMENT_START.match(body)):
            yield text.count("\n", 0, m.start(3)) + 1, body


def _page_problem(doc: Document, catalog: Catalog) -> Problem | None:
    from assistant.validate import validate

    for line, sql in sql_blocks(doc.text):
        report = validate(sql, catalog, fix=False)
        gate = [f for f in report.findings if f.code in GATE_CODES and f.severity == "error"]
        if gate:
            at = line + max((gate[0].line or 1) - 1, 0)
            return Problem(
                doc.path,
                at,
                f"{doc.kind} page refused: its SQL block fails the gate ({gate[0].code} "
                f"{gate[0].message}); the page is not used as reference",
            )
    return None
