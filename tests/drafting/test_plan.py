"""The plan language: what parses, how it reads back, and where a bad plan is reported."""

from __future__ import annotations

import pytest

from assistant.drafting.plan import (
    Aggregate,
    ColumnRef,
    Compare,
    During,
    InList,
    Number,
    Param,
    Period,
    PlanSyntaxError,
    parse_plan,
    render_plan,
)

CANONICAL = {
    "list": "SELECT JCCM.Contract, JCCM.Description, ARCM.Name\nWHERE JCCM.ContractStatus = 1\nORDER BY JCCM.Contract",
    "top-aggregate": "SELECT TOP 10 APVM.Vendor, APVM.Name, SUM(APTH.InvTotal)\nWHERE APTH.Mth DURING YTD\n"
    "ORDER BY SUM(APTH.InvTotal) DESC",
    "every-condition": "SELECT JCCD.Job, COUNT(*), COUNT(DISTINCT JCCD.CostType), AVG(JCCD.ActualCost)\n"
    "WHERE JCCD.JCTransType NOT IN ('OE', 'CO', 'PF')\nAND JCCD.Job = @Job OR JCCD.Job IS NULL\n"
    "AND JCCD.Description LIKE '%O''Brien%'\nAND JCCD.ActualHours BETWEEN 0 AND 8.5\n"
    "AND JCCD.Mth DURING 2024-01 TO 2024-06\nAND JCCD.PostedDate IS NOT NULL",
    "having-company-param": "SELECT JCJM.Job, SUM(JCCP.RemainCmtdCost - JCCP.ActualCost) AS Remaining\n"
    "HAVING SUM(JCCP.RemainCmtdCost) <> 0\nAND MIN(JCCP.ActualCost) > -5\n"
    "COMPANY 1, 2\nPARAM @Job = ' 22896-'",
    "distinct-meaning": "SELECT DISTINCT JCJM.JobStatus, MEANING(JCJM.JobStatus)\nWHERE JCJM.Mth DURING 2024",
}


@pytest.mark.parametrize("text", CANONICAL.values(), ids=CANONICAL.keys())
def test_canonical_text_reads_back_unchanged(text):
    plan = parse_plan(text)
    assert render_plan(plan) == text
    assert parse_plan(render_plan(plan)) == plan


def test_keyword_case_spacing_and_blank_lines_do_not_matter():
    loose = "select  top (5) jccm.Contract ,sum( JCCM.ContractAmt )\n\n  where JCCM.ContractStatus != 1 \norder by JCCM.Contract asc\n"
    assert render_plan(parse_plan(loose)) == (
        "SELECT TOP 5 jccm.Contract, SUM(JCCM.ContractAmt)\nWHERE JCCM.ContractStatus <> 1\nORDER BY JCCM.Contract"
    )


def test_a_plan_reads_as_typed_values():
    plan = parse_plan(
        "SELECT SUM(JCCD.ActualCost)\nWHERE JCCD.Job = @Job\nAND JCCD.CostType IN (1, 2)\nAND JCCD.Mth DURING 2024-05"
    )
    assert plan.columns[0].expr == Aggregate("SUM", ColumnRef("JCCD", "ActualCost"))
    assert plan.filters[0].any_of == (Compare(ColumnRef("JCCD", "Job"), "=", Param("Job")),)
    assert plan.filters[1].any_of == (
        InList(ColumnRef("JCCD", "CostType"), (Number("1"), Number("2"))),
    )
    assert plan.filters[2].any_of == (During(ColumnRef("JCCD", "Mth"), Period("month", "2024-05")),)
    assert plan.views == ("JCCD",) and plan.aggregated


def test_views_are_listed_in_order_of_first_mention():
    plan = parse_plan(
        "SELECT ARCM.Name, JCCM.Contract\nWHERE JCCM.ContractStatus = 1\nORDER BY ARCM.Name"
    )
    assert plan.views == ("ARCM", "JCCM")


def test_column_references_keep_their_position_in_the_text():
    plan = parse_plan("SELECT JCCM.Contract\nWHERE JCCM.ContractStatus = 1")
    assert plan.filters[0].any_of[0].left.at == (2, 7)


BAD = {
    "no-select": ("WHERE JCCM.ContractStatus = 1", 1, 1),
    "bare-name": ("SELECT Contract", 1, 8),
    "missing-comma": ("SELECT JCCM.Contract JCCM.Description", 1, 22),
    "double-operator": ("SELECT JCCM.Contract\nWHERE JCCM.ContractStatus = = 1", 2, 29),
    "clause-out-of-order": (
        "SELECT JCCM.Contract\nORDER BY JCCM.Contract\nWHERE JCCM.ContractStatus = 1",
        3,
        1,
    ),
    "and-without-where": ("SELECT JCCM.Contract\nAND JCCM.ContractStatus = 1", 2, 1),
    "not-a-month": ("SELECT JCCD.Mth\nWHERE JCCD.Mth DURING 2024-13", 2, 23),
    "period-backwards": ("SELECT JCCD.Mth\nWHERE JCCD.Mth DURING 2024-06 TO 2024-01", 2, 34),
    "unclosed-string": ("SELECT ARCM.Name\nWHERE ARCM.Name = 'Acme", 2, 19),
    "sum-distinct": ("SELECT SUM(DISTINCT JCCD.ActualCost)", 1, 12),
    "company-not-a-number": ("SELECT JCCM.Contract\nCOMPANY one", 2, 9),
    "sql-from": ("SELECT JCCM.Contract\nFROM JCCM", 2, 1),
}


@pytest.mark.parametrize("text,line,col", BAD.values(), ids=BAD.keys())
def test_a_bad_plan_is_reported_at_its_line_and_column(text, line, col):
    with pytest.raises(PlanSyntaxError) as caught:
        parse_plan(text)
    assert (caught.value.line, caught.value.col) == (line, col)
