"""Generation records from plan cases, and the plan-mode rows made from them.

One plan case (``plans.py``) becomes several generation records, one per paraphrase of its
question (``verbalize.py``), all answered by the same compiled SQL and carrying the same plan.
Each record also gives one **plan-mode row**: the exact chat ``assistant.drafting.plan_prompt``
serves (``PLAN_SYSTEM``; the views with their columns and codes, then the question) and the
plan's canonical text as the answer. The plan rows go to their own files (``plan_train.json``,
``plan_eval.json``) so that a LLaMA-Factory user picks SQL mode (``vgpt_train``) or plan mode
(``vgpt_plan_train``) by dataset name; the split of a plan row is its record's.
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from collections.abc import Sequence
from typing import Any

from assistant.catalog import Catalog
from assistant.drafting.linking import links_line, question_links
from assistant.drafting.plan_prompt import (
    PLAN_SYSTEM,
    listed_views,
    plan_user_prompt,
    schema_listing,
)

from .context import schema_context
from .generation import distractor, frame, module_of
from .plans import PlanCase
from .records import GENERATION_SYSTEM, Record


def group_id(plan_text: str) -> str:
    """The paraphrases of one question share this id (the plan's hash)."""
    return hashlib.sha1(plan_text.encode()).hexdigest()[:12]


def plan_record(
    catalog: Catalog, case: PlanCase, question: str, index: int, rng: random.Random
) -> Record:
    """A generation record for one paraphrase: SQL-mode context and compiled SQL, plan-mode listing and plan."""
    named = list(case.named_views)
    sql_objects = list(case.objects)
    compact: list[str] = []
    extra = distractor(catalog, tuple(named), rng) if rng.random() < 0.5 else None
    if extra and extra not in sql_objects:
        if rng.random() < 0.5:
            sql_objects.insert(rng.randint(1, len(sql_objects)), extra)
        else:
            sql_objects.append(extra)
            compact.append(extra)
    listed = list(named)
    if extra and extra not in listed:
        listed.insert(rng.randint(1, len(listed)), extra)  # the retriever returns near misses too
    if len(listed) > 1 and rng.random() < 0.25:
        rng.shuffle(listed)
    listing = schema_listing(listed, catalog, columns=case.used_map)
    text = case.text
    return Record(
        task="generation",
        template=case.template,
        instruction=frame(question, rng),
        input=schema_context(catalog, sql_objects, case.used_map, compact=compact),
        output=case.sql,
        system=GENERATION_SYSTEM,
        objects=case.objects,
        module=module_of(catalog, case.objects),
        sql=case.sql,
        plan=text,
        meta=(
            ("question", question),
            ("group", group_id(text)),
            ("paraphrase", str(index)),
            ("listing", listing),
            ("terms", _terms(question, listed, catalog, case.used_map)),
            ("views", ",".join(case.named_views)),
        ),
    )


def _terms(question: str, listed: list[str], catalog, columns) -> str:
    """The ``Terms:`` line the served prompt shows for this question (``linking``), so training sees it too."""
    return links_line(question_links(question, listed_views(listed, catalog, columns=columns)))


def plan_row(record: Record, split: str, families: list[str]) -> dict[str, Any]:
    """The plan-mode row of a record: Alpaca columns holding exactly the served chat, then metadata.

    ``instruction`` is the whole user turn of ``plan_messages`` (``input`` stays empty, so
    LLaMA-Factory's alpaca converter, which joins the two, builds the same turn); ``system``
    is ``PLAN_SYSTEM``; ``output`` is the plan.
    """
    question = record.meta_value("question") or record.instruction
    listing = record.meta_value("listing")
    terms = record.meta_value("terms")
    user = plan_user_prompt(question, listing, terms)
    digest = hashlib.sha1(f"plan\0{user}\0{record.plan}".encode()).hexdigest()
    return {
        "instruction": user,
        "input": "",
        "output": record.plan or "",
        "system": PLAN_SYSTEM,
        "id": f"plan-{digest[:12]}",
        "task": "plan",
        "template": record.template,
        "module": record.module,
        "split": split,
        "families": families,
        "objects": list(record.objects),
        "views": [v for v in record.meta_value("views").split(",") if v],
        "question": question,
        "listing": listing,
        "terms": terms,
        "group": record.meta_value("group"),
        "sql": record.sql or "",
    }


def plan_rows(splits: dict[str, list[tuple[Record, list[str]]]]) -> dict[str, list[dict[str, Any]]]:
    """``{"plan_train": [...], "plan_eval": [...]}``: one row per generation record with a plan, split as it is."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name, rows in splits.items():
        out[f"plan_{name}"] = [
            plan_row(r, name, fams) for r, fams in rows if r.task == "generation" and r.plan
        ]
    return out


def plan_stats(
    rows: dict[str, list[dict[str, Any]]], dropped: dict[str, int] | None = None
) -> dict[str, Any]:
    """Per plan split: rows, questions (paraphrase groups), paraphrases per question, views per plan, templates."""
    out: dict[str, Any] = {"splits": {}, "unsayable": dict(sorted((dropped or {}).items()))}
    for name, items in rows.items():
        groups = Counter(r["group"] for r in items)
        views = Counter(min(len(r["views"]), 4) for r in items)
        n = len(items) or 1
        out["splits"][name] = {
            "rows": len(items),
            "questions": len(groups),
            "paraphrases_per_question": round(len(items) / len(groups), 2) if groups else 0,
            "paraphrases_min_max": [min(groups.values()), max(groups.values())]
            if groups
            else [0, 0],
            "by_views": {str(k) if k < 4 else "4+": v for k, v in sorted(views.items())},
            "multi_view_share": round(sum(v for k, v in views.items() if k >= 2) / n, 3),
            "three_plus_share": round(sum(v for k, v in views.items() if k >= 3) / n, 3),
            "monthly_share": round(sum(1 for r in items if " DURING " in r["output"]) / n, 3),
            "aggregate_share": round(sum(1 for r in items if _aggregates(r["output"])) / n, 3),
            "by_template": dict(sorted(Counter(r["template"] for r in items).items())),
        }
    return out


def _aggregates(plan_text: str) -> bool:
    head = plan_text.split("\n", 1)[0]
    return any(f"{f}(" in head for f in ("SUM", "COUNT", "AVG", "MIN", "MAX"))


def paraphrase_groups(records: Sequence[Record]) -> dict[str, list[Record]]:
    groups: dict[str, list[Record]] = {}
    for r in records:
        if r.plan:
            groups.setdefault(r.meta_value("group"), []).append(r)
    return groups


def expert_plan(catalog: Catalog, record: Record, gate: Any, rng: random.Random) -> Record:
    """An approved example with its plan, when the plan language expresses it and the plan compiles to valid SQL.

    The expert's own SQL stays the SQL-mode answer (it is the approved one); the plan-mode row
    answers with the lifted plan, whose compiled SQL the gate has checked.
    """
    from dataclasses import replace

    from assistant.drafting.plan import render_plan
    from assistant.drafting.plan_from_sql import plan_from_sql

    from .plans import compile_case

    plan = plan_from_sql(record.sql or "", catalog)
    case = compile_case(record.template, plan, catalog) if plan is not None else None
    if case is None or not gate.admit(case.sql, f"{record.template}-plan"):
        return record
    text = render_plan(plan)
    listing = schema_listing(list(case.named_views), catalog, columns=case.used_map)
    meta = (
        *record.meta,
        ("group", group_id(text)),
        ("paraphrase", "0"),
        ("listing", listing),
        (
            "terms",
            _terms(
                record.meta_value("question") or record.instruction,
                list(case.named_views),
                catalog,
                case.used_map,
            ),
        ),
        ("views", ",".join(case.named_views)),
    )
    return replace(record, plan=text, meta=meta)
