"""Generation records: a business question plus schema context → the T-SQL answer."""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator

import sqlglot
from sqlglot import exp

from assistant.catalog import Catalog, Example

from .context import schema_context
from .records import GENERATION_SYSTEM, Record
from .templates.questions import is_batch

# How an instruction may frame the question (the bare question is the most common).
_FRAMES = (
    "{q}",
    "{q}",
    "{q}",
    "Write a T-SQL query for Vista: {q}",
    "{q} Use the Vista views.",
    "Question: {q}",
    "Can you write the SQL for this? {q}",
)


def frame(question: str, rng: random.Random) -> str:
    """The question as the user's instruction, sometimes wrapped (never a request inside a request)."""
    if question.split(" ", 1)[0].lower() in ("write", "fetch", "look", "can", "question:"):
        return question
    return rng.choice(_FRAMES).format(q=question)


def module_of(catalog: Catalog, names: Iterable[str]) -> str:
    for name in names:
        obj = catalog.get(name)
        if obj is not None and obj.module:
            return obj.module
    return ""


def distractor(catalog: Catalog, objects: tuple[str, ...], rng: random.Random) -> str | None:
    """A same-module view the answer does not need: retrieval returns those too, so the model must choose."""
    first = catalog.get(objects[0]) if objects else None
    if first is None:
        return None
    used = {catalog.base_of(o).name.lower() for o in objects if catalog.base_of(o) is not None}
    pool = [
        o.name
        for o in catalog.views
        if o.module == first.module and (o.base_table or "").lower() not in used and not is_batch(o)
    ]
    return rng.choice(sorted(pool)) if pool else None


def sql_objects(catalog: Catalog, sql: str) -> tuple[tuple[str, ...], dict[str, list[str]]]:
    """The catalog objects a query reads, and the columns it names on each (best effort)."""
    try:
        trees = [t for t in sqlglot.parse(sql, read="tsql") if t is not None]
    except sqlglot.errors.SqlglotError:
        return (), {}
    ctes = {c.alias_or_name.lower() for t in trees for c in t.find_all(exp.CTE)}
    objects: list[str] = []
    for tree in trees:
        for table in tree.find_all(exp.Table):
            obj = catalog.get(table.name)
            if obj is not None and table.name.lower() not in ctes and obj.name not in objects:
                objects.append(obj.name)
    columns = {c.name for t in trees for c in t.find_all(exp.Column)}
    used = {}
    for name in objects:
        obj = catalog.get(name)
        used[name] = [c for c in sorted(columns) if obj.has_column(c)]
    return tuple(objects), used


def example_records(
    catalog: Catalog, examples: Iterable[Example], rng: random.Random
) -> Iterator[Record]:
    """The approved expert examples, each with its own schema context."""
    for example in examples:
        objects, used = sql_objects(catalog, example.sql)
        if not objects:
            continue
        sql = example.sql.strip()
        yield Record(
            task="generation",
            template="expert-example",
            instruction=frame(example.question.strip(), rng),
            input=schema_context(catalog, objects, used),
            output=sql,
            system=GENERATION_SYSTEM,
            objects=objects,
            module=module_of(catalog, objects),
            sql=sql,
            meta=(("path", example.path), ("question", " ".join(example.question.split()))),
        )
