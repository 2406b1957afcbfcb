"""Markdown table-page reader: description, module, view, row filter, the column table
(Column | Type | Nullable | Description | Allowed values) and the business key.

Pages are written by people, so the reader is forgiving about order and spacing and
finds the column table by its header row; a row it cannot use is a Problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.catalog import Problem

from . import Read, decode


@dataclass(frozen=True)
class PageColumn:
    name: str
    vista_type: str | None
    sql_type: str | None
    nullable: bool | None
    description: str
    allowed_values: str
    line: int


@dataclass(frozen=True)
class TablePage:
    table: str
    description: str
    module: str | None
    view: str | None
    row_filter: str | None
    columns: tuple[PageColumn, ...]
    business_key: tuple[str, ...] | None  # None: the page does not say
    path: str
    line: int


_BULLET = re.compile(r"^\s*[-*]\s+\*\*([^*:]+):?\*\*:?\s*(.*)$")
_NONE = re.compile(r"^(none|n/a|-)\b", re.IGNORECASE)


def read_table_page(path: str, data: bytes) -> Read:
    text, problems = decode(path, data)
    if text is None:
        return Read((), tuple(problems))
    lines = text.split("\n")
    title, title_line = None, 1
    for i, line in enumerate(lines, 1):
        if line.startswith("# "):
            title, title_line = line[2:].strip(), i
            break
    if not title:
        return Read((), (Problem(path, 1, "table page has no '# <table>' title; page skipped"),))
    table = re.split(r"[\s:—–-]+", title.strip("` "), maxsplit=1)[0].strip("`[]")
    description, module, view, row_filter = "", None, None, None
    section = ""
    key: tuple[str, ...] | None = None
    columns: list[PageColumn] = []
    header: list[str] | None = None
    desc_lines: list[str] = []
    for i, line in enumerate(lines, 1):
        if i <= title_line:
            continue
        if line.startswith("## "):
            section = line[3:].strip().lower()
            header = None
            continue
        if not section:
            if m := _BULLET.match(line):
                label, value = m.group(1).strip().lower(), m.group(2).strip()
                if label == "module":
                    module = value or None
                elif label == "view":
                    view = None if _NONE.match(value) else value.split()[0].strip("`")
                elif label == "row filter":
                    row_filter = value.strip("`") or None
            elif line.strip() and not line.lstrip().startswith(("-", "*")):
                desc_lines.append(line.strip())
            continue
        if section.startswith("column"):
            if not line.lstrip().startswith("|"):
                continue
            cells = _cells(line)
            if header is None:
                header = [c.lower() for c in cells]
                if "column" not in header:
                    problems.append(
                        Problem(path, i, "column table has no 'Column' header; table skipped")
                    )
                    header = []
                continue
            if not header or all(set(c) <= set("-: ") for c in cells):
                continue
            if len(cells) != len(header):
                problems.append(
                    Problem(
                        path,
                        i,
                        f"column row has {len(cells)} cells, the header {len(header)}; row skipped",
                    )
                )
                continue
            row = dict(zip(header, cells))
            columns.append(_column(row, i))
        elif section.startswith("business key") or section.startswith("key"):
            if line.strip() and key is None:
                value = line.strip().strip("`")
                key = (
                    ()
                    if _NONE.match(value)
                    else tuple(c.strip(" `[]") for c in value.split("(")[0].split(",") if c.strip())
                )
    description = " ".join(desc_lines)
    return Read(
        (
            TablePage(
                table, description, module, view, row_filter, tuple(columns), key, path, title_line
            ),
        ),
        tuple(problems),
    )


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", inner)]


def _column(row: dict[str, str], line: int) -> PageColumn:
    kind = row.get("type", "").replace(" identity", "").strip()
    vista, sql = None, None
    m = re.fullmatch(r"(\w+)\s*\(([^()]*(?:\([^()]*\))?)\)", kind)
    if (
        m
        and m.group(1).startswith(("b", "v"))
        and m.group(1).lower() not in ("bigint", "bit", "binary", "varchar", "varbinary")
    ):
        vista, sql = m.group(1), re.sub(r"\s+", "", m.group(2)).lower()
    elif kind:
        sql = re.sub(r"\s+", "", kind).lower()
    nullable_text = row.get("nullable", "").strip().lower()
    nullable = (
        True
        if nullable_text in ("yes", "y", "true", "null")
        else False
        if nullable_text in ("no", "n", "false", "not null")
        else None
    )
    return PageColumn(
        name=row.get("column", "").strip("` "),
        vista_type=vista,
        sql_type=sql,
        nullable=nullable,
        description=row.get("description", ""),
        allowed_values=row.get("allowed values", row.get("values", "")),
        line=line,
    )
