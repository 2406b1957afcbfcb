"""Dataset statistics and ``dataset_card.md``: counts by task, template, module and split; token lengths."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from .records import TASKS, Record

TokenCounter = Callable[[str], int]


# Measured on this dataset against the SmolLM2 tokenizer: 2.55 characters per token.
# (The English rule of thumb, 4, undercounts by a third: Vista identifiers split into many pieces.)
CHARS_PER_TOKEN = 2.5
APPROX_METHOD = (
    "approximate: ceil(characters / 2.5), calibrated on this dataset against the SmolLM2 tokenizer"
)


def approx_tokens(text: str) -> int:
    """Tokens estimated from length (see ``CHARS_PER_TOKEN``)."""
    return math.ceil(len(text) / CHARS_PER_TOKEN)


def _summary(values: Sequence[int]) -> dict[str, int]:
    if not values:
        return {"mean": 0, "p50": 0, "p95": 0, "max": 0}
    ordered = sorted(values)

    def pct(p: float) -> int:
        return ordered[min(len(ordered) - 1, int(p * (len(ordered) - 1) + 0.5))]

    return {
        "mean": round(sum(ordered) / len(ordered)),
        "p50": pct(0.5),
        "p95": pct(0.95),
        "max": ordered[-1],
    }


def dataset_stats(
    splits: dict[str, list[tuple[Record, list[str]]]],
    *,
    count_tokens: TokenCounter = approx_tokens,
) -> dict[str, Any]:
    """Counts and token lengths per split; ``total`` counts the prompt (system + instruction + input) and output."""
    stats: dict[str, Any] = {"splits": {}}
    for name, rows in splits.items():
        records = [r for r, _ in rows]
        prompt = [
            count_tokens(r.system) + count_tokens(r.instruction) + count_tokens(r.input)
            for r in records
        ]
        output = [count_tokens(r.output) for r in records]
        stats["splits"][name] = {
            "records": len(records),
            "by_task": {t: sum(1 for r in records if r.task == t) for t in TASKS},
            "by_template": dict(sorted(Counter(r.template for r in records).items())),
            "by_module": dict(sorted(Counter(r.module or "?" for r in records).items())),
            "families": len({f for _, fams in rows for f in fams}),
            "tokens": {
                "prompt": _summary(prompt),
                "output": _summary(output),
                "total": _summary([p + o for p, o in zip(prompt, output)]),
            },
        }
    return stats


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return out


def card_markdown(info: dict[str, Any]) -> str:
    """The card, from the build's info (``stats``, ``gate``, ``mutants``, seed, families...)."""
    stats = info["stats"]["splits"]
    names = list(stats)
    total = sum(s["records"] for s in stats.values())
    lines = [
        "# VGPT Vista T-SQL dataset",
        "",
        f"Built from the catalog of `{info.get('docs_dir') or '?'}` (built {info.get('catalog_built_at') or '?'}), "
        f"seed {info['seed']}, in {info.get('seconds', 0):.1f} s. {total} records in Alpaca format "
        "(`instruction`, `input`, `output`, `system`); `dataset_info.json` registers them for LLaMA-Factory "
        "(`dataset: vgpt_train`, `eval_dataset: vgpt_eval`).",
        "",
        "Tasks:",
        "- **generation**: a business question plus the schema context (`input`) → one T-SQL query. "
        "Each question is written from a query plan (`docs/plan.md`) in business words only (no table or view name), "
        "in several paraphrases; the plans come from the catalog's tables, value domains and join paths (header + "
        "detail + master lookups, monthly aggregates), and the answer is the SQL the plan compiler makes of the plan. "
        "The approved expert examples are included with their own SQL.",
        "- **validation**: a question, the context and a query (correct, or with one seeded error) → verdict, "
        "findings in words, corrected SQL.",
        "- **schema-qa**: keys, join columns, column types, code meanings, b-table vs view, company and group columns.",
        "",
        "## Counts by task and split",
        "",
    ]
    lines += _table(
        ["task", *names, "all"],
        [
            [
                t,
                *(stats[n]["by_task"][t] for n in names),
                sum(stats[n]["by_task"][t] for n in names),
            ]
            for t in TASKS
        ]
        + [["**all**", *(stats[n]["records"] for n in names), total]],
    )
    lines += ["", "## Counts by template and split", ""]
    templates = sorted({t for n in names for t in stats[n]["by_template"]})
    lines += _table(
        ["template", *names],
        [[t, *(stats[n]["by_template"].get(t, 0) for n in names)] for t in templates],
    )
    lines += ["", "## Counts by module and split", ""]
    modules = sorted({m for n in names for m in stats[n]["by_module"]})
    lines += _table(
        ["module", *names],
        [[m, *(stats[n]["by_module"].get(m, 0) for n in names)] for m in modules],
    )
    lines += [
        "",
        "## Token lengths",
        "",
        f"Tokens are {info['token_method']}. "
        "`prompt` = system + instruction + input, `total` = prompt + output.",
        "",
    ]
    rows = []
    for n in names:
        for part in ("prompt", "output", "total"):
            s = stats[n]["tokens"][part]
            rows.append([n, part, s["mean"], s["p50"], s["p95"], s["max"]])
    lines += _table(["split", "part", "mean", "p50", "p95", "max"], rows)
    longest = max((stats[n]["tokens"]["total"]["max"] for n in names), default=0)
    if longest:
        cutoff = 1 << max(8, (longest - 1).bit_length())
        lines += [
            "",
            f"The longest record is {longest} tokens: a `cutoff_len` (LLaMA-Factory) or `max_length` (TRL) "
            f"of {cutoff} keeps every record whole.",
        ]
    gate = info["gate"]
    lines += ["", "## Validation", ""]
    if gate["validator"] == "missing":
        lines.append(
            "**The validator (`assistant.validate`) was not available: the SQL in this build is NOT validated.**"
        )
    else:
        lines.append(
            f"Every SQL shown as correct was checked with `assistant.validate.validate(sql, catalog)`: "
            f"{gate['checked']} checked, {gate['passed']} passed, {gate['dropped']} dropped "
            f"(pass rate {gate['pass_rate']})."
        )
        if gate["dropped_by_template"]:
            lines.append(
                f"Dropped by template: {gate['dropped_by_template']}; by finding code: {gate['dropped_by_code']}."
            )
    mutants = info.get("mutants") or {}
    if mutants:
        lines += [
            "",
            "Seeded errors (kept only when the validator catches them with the intended rule):",
            "",
        ]
        lines += _table(
            ["rule", "seeded", "caught (kept)", "dropped"],
            [[r, m["seeded"], m["caught"], m["dropped"]] for r, m in sorted(mutants.items())],
        )
    elif info.get("mutator") == "missing":
        lines.append("")
        lines.append(
            "`assistant.validate.mutants.seed_mutants` was not available: no seeded-error records."
        )
    lines += _plan_section(info)
    lines += [
        "",
        "## Split",
        "",
        "By table family (module + stem: APTH/APTL/APTD → APT). "
        "A record belongs to the families of every object it touches; families are drawn for eval in a seeded "
        "order, module by module, until eval holds its share, and a record touching any eval family goes to eval. "
        "So no train record touches an eval table.",
        "",
        f"Eval families ({len(info['eval_families'])}): {', '.join(sorted(info['eval_families']))}.",
        "",
    ]
    return "\n".join(lines) + "\n"


def _plan_section(info: dict[str, Any]) -> list[str]:
    """Plan mode: the rows of ``plan_train.json``/``plan_eval.json`` (one per generation record with a plan)."""
    plan = info.get("plan") or {}
    splits = plan.get("splits") or {}
    if not splits:
        return []
    names = list(splits)
    lines = [
        "",
        "## Plan mode",
        "",
        "`plan_train.json` and `plan_eval.json` (`dataset: vgpt_plan_train`, `eval_dataset: vgpt_plan_eval`) hold "
        "one row per generation record that has a plan: `system` and `instruction` are exactly the chat that "
        "`assistant.drafting.plan_prompt.plan_messages` serves (the views listed with their columns and codes, "
        "then the question; `input` is empty), `output` is the plan, and `sql` its compiled, validated SQL. "
        "A question's paraphrases share a `group` and a split.",
        "",
    ]
    rows = []
    for n in names:
        s = splits[n]
        views = s["by_views"]
        rows.append(
            [
                n,
                s["rows"],
                s["questions"],
                s["paraphrases_per_question"],
                views.get("1", 0),
                views.get("2", 0),
                views.get("3", 0),
                views.get("4+", 0),
                f"{s['multi_view_share']:.1%}",
                f"{s['three_plus_share']:.1%}",
                f"{s['monthly_share']:.1%}",
                f"{s['aggregate_share']:.1%}",
            ]
        )
    lines += _table(
        [
            "split",
            "rows",
            "questions",
            "paraphrases / question",
            "1 view",
            "2 views",
            "3 views",
            "4+ views",
            "2+ views",
            "3+ views",
            "monthly (DURING)",
            "aggregates",
        ],
        rows,
    )
    templates = sorted({t for n in names for t in splits[n]["by_template"]})
    lines += ["", "Plan rows by template:", ""]
    lines += _table(
        ["template", *names],
        [[t, *(splits[n]["by_template"].get(t, 0) for n in names)] for t in templates],
    )
    unsayable = plan.get("unsayable") or {}
    if unsayable:
        lines += [
            "",
            f"Plans left out because a view they read has no business name in the catalog (no nickname, no "
            f"description, only a code): {sum(unsayable.values())} ({', '.join(f'{k} {v}' for k, v in unsayable.items())}).",
        ]
    return lines
