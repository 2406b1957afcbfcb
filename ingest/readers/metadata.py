"""Column metadata reader: flat records, one per column, as JSON or CSV.

JSON: ``{"columns": [{"object", "ordinal", "column", "sql_type", "vista_type",
"is_nullable": "YES"|"NO", "key_ordinal", "description", "allowed_values"}, ...]}``
(a bare list of records is accepted too). CSV: the same field names as a header row.
Records missing ``object`` or ``column`` are reported and skipped, never guessed.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass

from assistant.catalog import Problem

from . import Read, decode, line_starts


@dataclass(frozen=True)
class MetaColumn:
    object: str
    column: str
    ordinal: int | None
    sql_type: str | None
    vista_type: str | None
    nullable: bool | None
    key_ordinal: int | None
    description: str
    allowed_values: str
    path: str
    line: int | None


def read_metadata(path: str, data: bytes) -> Read:
    text, problems = decode(path, data)
    if text is None:
        return Read((), tuple(problems))
    if path.lower().endswith(".csv"):
        records = list(_csv_records(text))
    else:
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            return Read(
                (),
                (
                    Problem(
                        path,
                        exc.lineno,
                        f"malformed JSON: {exc.msg} (column {exc.colno}); file skipped",
                    ),
                ),
            )
        rows = doc.get("columns") if isinstance(doc, dict) else doc
        if not isinstance(rows, list):
            return Read(
                (),
                (
                    Problem(
                        path,
                        1,
                        'column metadata must be a list of records or {"columns": [...]}; file skipped',
                    ),
                ),
            )
        lines = _record_lines(text)
        records = [(lines[i] if i < len(lines) else None, r) for i, r in enumerate(rows)]
    facts = []
    for line, rec in records:
        if not isinstance(rec, dict):
            problems.append(Problem(path, line, "column record is not an object; skipped"))
            continue
        fact = _record(path, line, rec, problems)
        if fact is not None:
            facts.append(fact)
    return Read(tuple(facts), tuple(problems))


def _csv_records(text: str):
    reader = csv.DictReader(io.StringIO(text))
    for row in reader:
        yield (
            reader.line_num,
            {k.strip().lower(): (v if v != "" else None) for k, v in row.items() if k},
        )


def _record_lines(text: str) -> list[int]:
    """The line each top-level record starts on, so problems point into the file."""
    return line_starts(text, r"\{\s*\"object\"")


def _int(value) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _record(path: str, line: int | None, rec: dict, problems: list[Problem]) -> MetaColumn | None:
    obj, col = rec.get("object") or rec.get("table"), rec.get("column") or rec.get("column_name")
    if not obj or not col:
        problems.append(Problem(path, line, "column record without 'object' and 'column'; skipped"))
        return None
    nullable_text = str(rec.get("is_nullable") or "").strip().upper()
    nullable = (
        True
        if nullable_text in ("YES", "Y", "TRUE", "1")
        else False
        if nullable_text in ("NO", "N", "FALSE", "0")
        else None
    )
    sql_type = rec.get("sql_type")
    return MetaColumn(
        object=str(obj),
        column=str(col),
        ordinal=_int(rec.get("ordinal")),
        sql_type=re.sub(r"\s+", "", str(sql_type)).lower() if sql_type else None,
        vista_type=rec.get("vista_type") or None,
        nullable=nullable,
        key_ordinal=_int(rec.get("key_ordinal")),
        description=str(rec.get("description") or ""),
        allowed_values=str(rec.get("allowed_values") or ""),
        path=path,
        line=line,
    )
