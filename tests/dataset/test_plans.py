"""Plan cases: template queries lifted and tidied, plans over the join graph, all compiled by the plan compiler."""

from __future__ import annotations

import random

from assistant.drafting.plan import During, parse_plan, render_plan
from assistant.validate import validate
from ingest.dataset import build_dataset
from ingest.dataset.plans import Graph, graph_cases, lifted_cases, tidy
from ingest.dataset.templates.questions import generate_cases


def test_tidy_writes_a_posting_month_as_during_and_drops_company_and_group_columns(tiny_catalog):
    plan = parse_plan(
        "SELECT APTH.APCo, APTH.VendorGroup, APTH.Vendor, SUM(APTH.InvTotal)\n"
        "WHERE APTH.Mth = '2024-05-01'\nORDER BY APTH.APCo, APTH.Vendor\nCOMPANY 2"
    )
    tidied = tidy(plan, tiny_catalog, random.Random(0))
    assert render_plan(tidied) == (
        "SELECT APTH.Vendor, SUM(APTH.InvTotal)\nWHERE APTH.Mth DURING 2024-05\n"
        "ORDER BY APTH.Vendor\nCOMPANY 2"
    )
    assert isinstance(tidied.filters[0].any_of[0], During)


def test_graph_knows_masters_and_details_by_their_keys(tiny_catalog):
    graph = Graph(tiny_catalog)
    apth = tiny_catalog.get("APTH")
    assert {link.other.name for link in graph.lookups(apth)} == {"APVM"}
    assert {link.other.name for link in graph.details(apth)} == {"APTL"}
    assert {link.other.name for link in graph.lookups(tiny_catalog.get("JCCM"))} == {"ARCM"}


def test_graph_plans_span_several_views_and_months(tiny_catalog):
    cases = list(graph_cases(tiny_catalog, 13, tries=4))
    assert {len(c.plan.views) for c in cases} >= {1, 2, 3}
    assert any(" DURING " in c.text for c in cases)
    assert any(c.plan.aggregated and len(c.plan.views) >= 2 for c in cases)


def test_every_case_is_the_compilers_sql_and_it_validates(tiny_catalog):
    cases = [
        *lifted_cases(tiny_catalog, list(generate_cases(tiny_catalog, 13)), 13),
        *graph_cases(tiny_catalog, 13),
    ]
    assert cases
    for case in cases:
        assert render_plan(parse_plan(case.text)) == case.text
        assert validate(case.sql, tiny_catalog).verdict == "pass", (case.text, case.sql)


def test_tiny_build_gives_plan_rows_with_paraphrases(tiny_catalog):
    build = build_dataset(tiny_catalog, seed=1, eval_share=0.3)
    rows = build.rows()
    plan_rows = rows["plan_train"] + rows["plan_eval"]
    assert plan_rows
    groups: dict[str, list[str]] = {}
    for row in plan_rows:
        groups.setdefault(row["group"], []).append(row["question"])
    assert sum(len(q) for q in groups.values()) / len(groups) >= 3
    assert build.info["plan"]["splits"]["plan_train"]["rows"] == len(rows["plan_train"])
    assert "## Plan mode" in build.card()
