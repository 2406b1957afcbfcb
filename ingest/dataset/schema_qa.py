"""Schema Q&A records: keys, join columns, types, code meanings, b-table vs view, company and group columns.

Answers are sentences built from catalog facts only; they hold no SQL, so
nothing here can teach a query the validator would reject.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from assistant.catalog import Catalog, DbObject, JoinPath
from assistant.similarity import edit_distance

from . import phrasing as ph
from .context import schema_context
from .records import SCHEMA_QA_SYSTEM, Record
from .templates.questions import NOISE, is_batch


def _record(
    catalog: Catalog, kind: str, question: str, answer: str, objects: list[DbObject], used: dict
) -> Record:
    return Record(
        task="schema-qa",
        template=kind,
        instruction=question,
        input=schema_context(catalog, [o.name for o in objects], used, padding=3),
        output=answer,
        system=SCHEMA_QA_SYSTEM,
        objects=tuple(o.name for o in objects),
        module=objects[0].module,
    )


def _key_index(table: DbObject) -> str:
    for index in table.indexes:
        if index.unique and index.clustered and tuple(index.columns) == tuple(table.business_key):
            return f" (its unique clustered index {index.name})"
    return ""


def key_question(
    catalog: Catalog, table: DbObject, view: DbObject, rng: random.Random
) -> Record | None:
    if not table.business_key:
        return None
    patterns = ["What is the business key of {v}?", "Which columns make a row of {v} unique?"]
    if view.description:
        patterns += [
            "Which columns identify one row of {v} ({d})?",
            "What is the primary key of {v}, the {e}?",
        ]
    q = rng.choice(patterns)
    keys = ", ".join(table.business_key)
    answer = f"{view.name} is keyed by ({keys}){_key_index(table)}."
    if table.has_column("KeyID"):
        answer += " KeyID is only an identity row id for integrations, not the business key."
    return _record(
        catalog,
        "key",
        q.format(v=view.name, d=view.description or view.name, e=ph.entity(view)),
        answer,
        [view],
        {view.name: list(table.business_key)},
    )


def company_question(
    catalog: Catalog, table: DbObject, view: DbObject, rng: random.Random
) -> Record | None:
    q = rng.choice(
        (
            "Which column holds the company in {v}?",
            "How do I filter {v} to one company?",
            "What is the company column of {v}?",
        )
    )
    if table.company_column:
        column = table.column(table.company_column)
        answer = (
            f"{table.company_column} ({column.vista_type if column else 'bCompany'}) is the company column of "
            f"{view.name}; it refers to HQCO.HQCo. Filter every query on it, and equate it in joins to other "
            "company-keyed tables."
        )
        used = [table.company_column]
    elif table.business_key and table.business_key[0].endswith("Group"):
        group = table.business_key[0]
        answer = (
            f"{view.name} has no company column: it is keyed by {group}, which companies share. "
            f"To limit it to one company, join HQCO on {group} and filter HQCO.HQCo."
        )
        used = [group]
    else:
        return None
    return _record(catalog, "company", q.format(v=view.name), answer, [view], {view.name: used})


def view_question(catalog: Catalog, table: DbObject, view: DbObject, rng: random.Random) -> Record:
    q = rng.choice(
        (
            "Should a report read {b} or {v}?",
            "Is {b} a table or a view, and which one should I query?",
            "Can I select from {b} directly?",
            "What is the difference between {b} and {v}?",
        )
    )
    answer = (
        f"{table.name} is the base table and {view.name} is its view. Query {view.name}: users and report "
        f"logins are granted SELECT on the views only, and the validator warns on b-tables."
    )
    if view.row_filter:
        if "suser_sname" in view.row_filter.lower():
            answer += f" {view.name} also applies per-user data security, so it may return fewer rows than {table.name}."
        else:
            answer += f" {view.name} also filters rows ({' '.join(view.row_filter.split())})."
    return _record(
        catalog, "b-table-vs-view", q.format(b=table.name, v=view.name), answer, [view], {}
    )


def type_question(
    catalog: Catalog, table: DbObject, view: DbObject, rng: random.Random
) -> Record | None:
    columns = [c for c in view.columns if c.name.lower() not in NOISE]
    if not columns:
        return None
    column = rng.choice(columns)
    q = rng.choice(
        (
            "What is the data type of {v}.{c}?",
            "What type is the {c} column in {v}?",
            "How is {c} stored in {v}?",
        )
    )
    kind = column.vista_type
    if column.base_type and column.base_type.lower() != column.vista_type.lower():
        kind += f", a Vista type stored as {column.base_type}"
    answer = f"{view.name}.{column.name} is {kind}; it is {'nullable' if column.nullable else 'NOT NULL'}."
    if column.domain is not None and column.domain.describe():
        answer += f" Allowed values: {column.domain.describe()}."
    return _record(
        catalog,
        "column-type",
        q.format(v=view.name, c=column.name),
        answer,
        [view],
        {view.name: [column.name]},
    )


def domain_question(
    catalog: Catalog, table: DbObject, view: DbObject, rng: random.Random
) -> Record | None:
    coded = [
        c
        for c in view.columns
        if c.domain is not None and c.domain.meanings and c.vista_type.lower() != "byn"
    ]
    flags = [c for c in view.columns if c.domain is not None and c.vista_type.lower() == "byn"]
    if coded:
        column = rng.choice(coded)
        value, meaning = rng.choice(column.domain.meanings)
        q = rng.choice(
            (
                "What does {c} = {val} mean in {v}?",
                "In {v}, what is a {c} of {val}?",
                "Which value of {v}.{c} means {m}?",
            )
        )
        answer = (
            f"In {view.name}, {column.name} {value} means {meaning}. "
            f"The documented values are {column.domain.describe()}."
        )
    elif flags:
        column = rng.choice(flags)
        value, meaning = "Y", "yes"
        q = rng.choice(("What values can {v}.{c} hold?", "Is {v}.{c} a yes/no flag?"))
        answer = f"{view.name}.{column.name} is bYN: it holds only 'Y' or 'N'."
    else:
        return None
    return _record(
        catalog,
        "value-meaning",
        q.format(v=view.name, c=column.name, val=value, m=meaning),
        answer,
        [view],
        {view.name: [column.name]},
    )


def missing_column_question(
    catalog: Catalog, table: DbObject, view: DbObject, rng: random.Random
) -> Record | None:
    """'Does APTH have a Status column?': names that exist on sibling tables but not here."""
    siblings = [
        o
        for o in catalog.tables
        if o.module == table.module and o.name != table.name and o.name[:4] == table.name[:4]
    ]
    pool = sorted(
        {
            c.name
            for o in siblings
            for c in o.columns
            if not view.has_column(c.name) and c.name.lower() not in NOISE
        }
    )
    if not pool:
        return None
    patterns = (
        "Does {v} have {a} {c} column?",
        "Is there {a} {c} column in {v}?",
        "I want {v}.{c}; is that right?",
    )
    if rng.random() < 0.35:  # a real column too, or the model learns that the answer is always no
        column = rng.choice(
            [c for c in view.columns if c.name.lower() not in NOISE] or list(view.columns)
        )
        answer = f"Yes: {view.name}.{column.name} is {column.vista_type}"
        if column.base_type.lower() != column.vista_type.lower():
            answer += f" ({column.base_type})"
        answer += "."
        if column.domain is not None and column.domain.describe():
            answer += f" Allowed values: {column.domain.describe()}."
        return _record(
            catalog,
            "column-exists",
            rng.choice(patterns).format(v=view.name, c=column.name, a=_a(column.name)),
            answer,
            [view],
            {view.name: [column.name]},
        )
    name = rng.choice(pool)
    q = rng.choice(patterns).replace("{a}", _a(name))
    # only near misses: a suggestion that shares little with the name teaches a false link
    near = [
        c
        for c in catalog.closest_columns(view, name, 3)
        if edit_distance(c.lower(), name.lower()) <= max(1, len(name) // 3)
    ]
    answer = f"No: {view.name} has no column {name}."
    owners = [o.view or o.name for o in siblings if o.has_column(name)][:3]
    if owners:
        answer += f" {name} is a column of {', '.join(owners)}."
    if near:
        answer += f" Similar columns in {view.name}: {', '.join(near)}."
    return _record(
        catalog, "missing-column", q.format(v=view.name, c=name), answer, [view], {view.name: near}
    )


def _a(word: str) -> str:
    return "an" if word[:1].lower() in "aeio" else "a"


def join_question(catalog: Catalog, path: JoinPath, rng: random.Random) -> Record | None:
    left, right = catalog.view_of(path.left), catalog.view_of(path.right)
    if left is None or right is None or is_batch(left) or is_batch(right):
        return None
    q = rng.choice(
        (
            "How do I join {l} to {r}?",
            "Which columns join {l} and {r}?",
            "What is the join between {l} and {r}?",
        )
    )
    on = ", ".join(f"{left.name}.{a} = {right.name}.{b}" for a, b in path.pairs)
    answer = f"Join on every pair ({path.kind}): {on}."
    names = {a.lower() for a, _ in path.pairs}
    if "mth" in names:
        answer += " Leaving out Mth would match transaction numbers from different months."
    if any(n.endswith("group") for n in names):
        answer += (
            " Masters are keyed by group, not by company, so the group column is part of the join."
        )
    return _record(
        catalog,
        "join-columns",
        q.format(l=left.name, r=right.name),
        answer,
        [left, right],
        {left.name: [a for a, _ in path.pairs], right.name: [b for _, b in path.pairs]},
    )


PER_OBJECT = (
    key_question,
    company_question,
    view_question,
    type_question,
    domain_question,
    missing_column_question,
)


def schema_qa_records(
    catalog: Catalog, rng: random.Random, per_object: int = 2
) -> Iterator[Record]:
    """``per_object`` questions per base table with a view, then one per documented join path."""
    for table in sorted(catalog.tables, key=lambda o: o.name):
        view = catalog.view_of(table.name)
        if view is None or view.kind == "table":
            continue
        makers = list(PER_OBJECT)
        rng.shuffle(makers)
        made = 0
        for make in makers:
            record = make(catalog, table, view, rng)
            if record is not None:
                yield record
                made += 1
                if made >= per_object:
                    break
    for path in sorted(catalog.join_paths, key=lambda p: (p.kind, p.left, p.right)):
        # every header→detail path; half the master lookups (they repeat: VendorGroup+Vendor → APVM everywhere)
        if path.kind == "header-detail" or (path.kind == "master-lookup" and rng.random() < 0.5):
            record = join_question(catalog, path, rng)
            if record is not None:
                yield record
