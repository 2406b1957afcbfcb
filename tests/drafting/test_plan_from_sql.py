"""Lifting T-SQL into a plan: what a report's idioms become, and what stays out of reach."""

from __future__ import annotations

import pytest

from assistant.drafting.plan import render_plan
from assistant.drafting.plan_check import round_trip
from assistant.drafting.plan_from_sql import plan_from_sql

LIFTED = {
    "joins-and-company-dropped": (
        "DECLARE @APCo bCompany = 2;\nSELECT h.APRef, v.Name FROM APTH h WITH (NOLOCK)\n"
        "JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor\nWHERE h.APCo = @APCo AND h.OpenYN = 'Y'",
        "SELECT APTH.APRef, APVM.Name\nWHERE APTH.OpenYN = 'Y'\nCOMPANY 2",
    ),
    "year-to-date": (
        "SELECT d.Mth, SUM(d.ActualCost) AS ActualCost FROM JCCD d\n"
        "WHERE d.JCCo = 1 AND d.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1) GROUP BY d.Mth ORDER BY ActualCost DESC",
        "SELECT JCCD.Mth, SUM(JCCD.ActualCost)\nWHERE JCCD.Mth DURING YTD\nORDER BY SUM(JCCD.ActualCost) DESC\nCOMPANY 1",
    ),
    "a-year-of-months": (
        "SELECT a.Mth, SUM(a.Amount) AS Amount FROM GLDT a WHERE a.GLCo = 1 AND a.Mth >= '2024-01-01' AND a.Mth < '2025-01-01' "
        "GROUP BY a.Mth",
        "SELECT GLDT.Mth, SUM(GLDT.Amount)\nWHERE GLDT.Mth DURING 2024\nCOMPANY 1",
    ),
    "trimmed-code-and-parameter": (
        "DECLARE @JCCo bCompany = 1, @Job bJob = ' 22896-';\nSELECT LTRIM(RTRIM(j.Job)) AS Job FROM JCJM j "
        "WHERE j.JCCo = @JCCo AND j.Job = @Job",
        "SELECT JCJM.Job\nWHERE JCJM.Job = @Job\nCOMPANY 1\nPARAM @Job = ' 22896-'",
    ),
    "documented-meanings": (
        "SELECT j.JobStatus, CASE j.JobStatus WHEN 0 THEN 'Pending' WHEN 1 THEN 'Open' WHEN 2 THEN 'Soft Close' "
        "WHEN 3 THEN 'Hard Close' ELSE 'Other' END AS Meaning, COUNT(*) AS Jobs FROM JCJM j WHERE j.JCCo = 1 GROUP BY j.JobStatus",
        "SELECT JCJM.JobStatus, MEANING(JCJM.JobStatus), COUNT(*)\nCOMPANY 1",
    ),
    "top-and-arithmetic-heading": (
        "SELECT TOP (5) c.Contract, c.ContractAmt - c.BilledAmt AS LeftToBill FROM JCCM c WHERE c.JCCo = 1 "
        "ORDER BY LeftToBill DESC",
        "SELECT TOP 5 JCCM.Contract, JCCM.ContractAmt - JCCM.BilledAmt AS LeftToBill\n"
        "ORDER BY JCCM.ContractAmt - JCCM.BilledAmt DESC\nCOMPANY 1",
    ),
}


@pytest.mark.parametrize("sql,plan", LIFTED.values(), ids=LIFTED.keys())
def test_a_report_idiom_lifts_to_its_plan(sql, plan, sample_catalog):
    lifted = plan_from_sql(sql, sample_catalog)
    assert lifted is not None and render_plan(lifted) == plan


OUT_OF_REACH = {
    "every-company": "SELECT c.Contract FROM JCCM c",
    "cte": "WITH t AS (SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1) SELECT Contract FROM t",
    "subquery": "SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND c.Customer IN (SELECT Customer FROM ARCM)",
    "window": "SELECT c.Contract, RANK() OVER (ORDER BY c.ContractAmt) AS r FROM JCCM c WHERE c.JCCo = 1",
    "two-companies-disagree": "SELECT c.Contract FROM JCCM c JOIN JCJM j ON j.JCCo = c.JCCo AND j.Contract = c.Contract "
    "WHERE c.JCCo = 1 AND j.JCCo = 2",
    "group-by-unshown-column": "SELECT SUM(d.ActualCost) AS Cost FROM JCCD d WHERE d.JCCo = 1 GROUP BY d.Job",
    "unknown-table": "SELECT x.A FROM NotAView x",
    "right-join": "SELECT c.Contract FROM JCCM c RIGHT JOIN JCJM j ON j.JCCo = c.JCCo AND j.Contract = c.Contract WHERE c.JCCo = 1",
    "two-statements": "SELECT 1; SELECT 2",
}


@pytest.mark.parametrize("sql", OUT_OF_REACH.values(), ids=OUT_OF_REACH.keys())
def test_what_a_plan_cannot_say_is_not_lifted(sql, sample_catalog):
    assert plan_from_sql(sql, sample_catalog) is None


@pytest.fixture(scope="module")
def template_cases(sample_catalog):
    from ingest.dataset.templates.questions import generate_cases

    first: dict = {}
    for case in generate_cases(sample_catalog, 0):
        first.setdefault(case.template, case)
    return first


TEMPLATES = (
    "domain-filter",
    "documented-codes",
    "status-breakdown",
    "header-detail",
    "header-detail-total",
    "master-lookup",
    "filtered-lookup",
    "group-master",
    "period-totals",
    "period-by-key",
    "top-n",
    "key-lookup",
)


@pytest.mark.parametrize("template", TEMPLATES)
def test_each_dataset_template_round_trips_through_a_plan(
    template, template_cases, sample_catalog, plan_shadows
):
    case = template_cases[template]
    result = round_trip(case.sql, sample_catalog, plan_shadows)
    assert result.stage == "same-rows", (case.sql, result.plan_text, result.details)
