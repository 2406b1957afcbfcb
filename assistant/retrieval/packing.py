"""Fitting the context into the caller's token budget, most useful first.

The best ``FULL_TABLES`` tables are shown with their columns, then their joins, the
best example and rule; lower-ranked tables are shown compactly (name, description,
key) before anything is dropped, then the second example and rule if room is left.
"""

from __future__ import annotations

from typing import Any

from .context import (
    FULL_TABLES,
    Context,
    ExampleContext,
    GlossaryContext,
    JoinContext,
    RuleContext,
    TableContext,
    approx_tokens,
    render_sections,
)


def pack(
    question: str,
    tables: list[TableContext],
    joins: list[JoinContext],
    examples: list[ExampleContext],
    rules: list[RuleContext],
    budget: int,
    glossary: list[GlossaryContext] | None = None,
) -> Context:
    """Choose what fits the budget, most useful first; lower-ranked tables go compact first.

    The glossary terms the question used come first of all: the user said what they mean.
    """
    chosen_glossary: list[GlossaryContext] = []
    chosen_tables: list[TableContext] = []
    chosen_joins: list[JoinContext] = []
    chosen_examples: list[ExampleContext] = []
    chosen_rules: list[RuleContext] = []

    def fits() -> bool:
        return (
            approx_tokens(
                render_sections(
                    chosen_tables, chosen_joins, chosen_examples, chosen_rules, chosen_glossary
                )
            )
            <= budget
        )

    def try_add(bucket: list, item: Any) -> bool:
        bucket.append(item)
        if fits():
            return True
        bucket.pop()
        return False

    def try_table(table: TableContext, compact: bool) -> None:
        if not compact and try_add(chosen_tables, table):
            return
        try_add(chosen_tables, _compact(table))

    for term in glossary or ():
        try_add(chosen_glossary, term)
    for i, table in enumerate(tables[:FULL_TABLES]):
        try_table(table, compact=False)
    names = {t.name for t in chosen_tables}
    for join in joins:
        if join.left in names and join.right in names:
            try_add(chosen_joins, join)
    if examples:
        try_add(chosen_examples, examples[0])
    if rules:
        try_add(chosen_rules, rules[0])
    for table in tables[FULL_TABLES:]:
        try_table(table, compact=True)
    names = {t.name for t in chosen_tables}
    for join in joins:
        if join not in chosen_joins and join.left in names and join.right in names:
            try_add(chosen_joins, join)
    for example in examples[1:2]:
        try_add(chosen_examples, example)
    for rule in rules[1:2]:
        try_add(chosen_rules, rule)
    # keep rank order for tables (compact ones were appended later)
    order = {t.name: i for i, t in enumerate(tables)}
    chosen_tables.sort(key=lambda t: order[t.name])
    return Context(
        question,
        tuple(chosen_tables),
        tuple(chosen_joins),
        tuple(chosen_examples),
        tuple(chosen_rules),
        budget,
        glossary=tuple(chosen_glossary),
    )


def _compact(table: TableContext) -> TableContext:
    return TableContext(
        table.name,
        table.kind,
        table.module,
        table.description,
        table.score,
        table.reason,
        table.key,
        table.company_column,
        table.group_columns,
        table.base_table,
        None,
        (),
        True,
        table.derived,
    )
