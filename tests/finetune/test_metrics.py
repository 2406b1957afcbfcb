"""Eval metrics on hand-made pairs: structural match, table recall, hallucination counting."""

from __future__ import annotations

import pytest

from assistant.validate.findings import Finding, Report
from finetune.metrics import (
    hallucinations,
    precision_recall,
    referenced_tables,
    structural_key,
    structural_match,
    table_recall,
)

SAME = [
    ("SELECT Mth FROM APTH WHERE APCo = 1", "select mth from apth where apco = 1"),
    (
        "SELECT h.Mth FROM dbo.APTH AS h WITH (NOLOCK) WHERE h.APCo = 1",
        "SELECT Mth FROM APTH WHERE APCo = 1",
    ),
    (
        "SELECT [Mth] FROM [dbo].[APTH] WHERE APCo = 1 AND OpenYN = 'Y'",
        "SELECT Mth FROM APTH WHERE OpenYN = 'Y' AND APCo = 1",
    ),
    ("SELECT Mth FROM APTH WHERE 1 = APCo", "SELECT Mth FROM APTH WHERE APCo = 1"),
    (
        "SELECT SUM(InvTotal) AS Total FROM APTH WHERE APCo = 1",
        "SELECT SUM(InvTotal) AS Amount FROM APTH WHERE APCo = 1",
    ),
    (
        "SELECT h.Mth, v.Name FROM APTH h JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor WHERE h.APCo = 1",
        "SELECT a.Mth, b.Name FROM APTH a JOIN APVM b ON a.Vendor = b.Vendor AND a.VendorGroup = b.VendorGroup WHERE a.APCo = 1",
    ),
    (
        "DECLARE @APCo bCompany = 1; SELECT Mth FROM APTH WHERE APCo = @APCo",
        "SELECT Mth FROM APTH WHERE APCo = @APCo",
    ),
]

DIFFERENT = [
    (
        "SELECT Mth FROM APTH WHERE APCo = 1",
        "SELECT Mth FROM APTH WHERE APCo = 2",
    ),  # another company
    (
        "SELECT Mth FROM APTH WHERE APCo = 1",
        "SELECT Mth FROM bAPTH WHERE APCo = 1",
    ),  # b-table, not the view
    ("SELECT Mth FROM APTH WHERE APCo = 1", "SELECT Mth FROM APTH"),  # filter dropped
    (
        "SELECT Mth, APTrans FROM APTH",
        "SELECT APTrans, Mth FROM APTH",
    ),  # column order changes the result
    (
        "SELECT h.Mth FROM APTH h JOIN APTL l ON l.APCo = h.APCo AND l.Mth = h.Mth AND l.APTrans = h.APTrans",
        "SELECT h.Mth FROM APTH h JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans",
    ),  # key dropped
    (
        "SELECT Mth FROM APTH WHERE APCo = 1 OR OpenYN = 'Y'",
        "SELECT Mth FROM APTH WHERE APCo = 1 AND OpenYN = 'Y'",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAME, ids=[f"same{i}" for i in range(len(SAME))])
def test_structurally_equal_queries_match(a, b):
    assert structural_match(a, b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT, ids=[f"diff{i}" for i in range(len(DIFFERENT))])
def test_queries_that_mean_something_else_do_not_match(a, b):
    assert not structural_match(a, b)


def test_unparseable_sql_never_matches():
    assert structural_key("SELEC FROM WHERE (") is None
    assert not structural_match("SELEC FROM WHERE (", "SELEC FROM WHERE (")
    assert not structural_match("", "SELECT 1")


def test_referenced_tables_skip_ctes_temp_tables_and_schema():
    sql = "WITH open_jobs AS (SELECT * FROM JCJM) SELECT * FROM dbo.[JCCM] m JOIN open_jobs o ON 1 = 1 JOIN #tmp t ON 1 = 1"
    assert referenced_tables(sql) == {"jcjm", "jccm"}


def test_table_recall_is_the_share_of_gold_tables_read():
    sql = (
        "SELECT * FROM APTH h JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor"
    )
    assert table_recall(sql, ["APTH", "APVM"]) == 1.0
    assert table_recall(sql, ["APTH", "APTL"]) == 0.5
    assert table_recall("no sql here", ["APTH"]) == 0.0
    assert table_recall(sql, []) is None


def test_table_recall_counts_a_view_and_its_b_table_as_one(sample_catalog):
    assert table_recall("SELECT * FROM bJCCM WHERE JCCo = 1", ["JCCM"], sample_catalog) == 1.0


def finding(rule: str, severity: str = "error") -> Finding:
    return Finding(code="VG0", rule=rule, severity=severity, message=rule)


def test_hallucinations_count_unknown_tables_and_columns_only():
    report = Report(
        sql="x",
        verdict="fail",
        findings=(
            finding("unknown-table"),
            finding("unknown-column"),
            finding("unknown-column"),
            finding("join-missing-company"),
            finding("select-star", "warning"),
        ),
        corrected_sql=None,
        timings={},
    )
    assert hallucinations(report) == 3


def test_hallucinations_from_the_real_validator(sample_catalog):
    from assistant.validate import validate

    assert hallucinations(validate("SELECT Status FROM APTH WHERE APCo = 1", sample_catalog)) == 1
    assert hallucinations(validate("SELECT Amount FROM Invoice", sample_catalog)) >= 1
    assert hallucinations(validate("SELECT OpenYN FROM APTH WHERE APCo = 1", sample_catalog)) == 0


def test_reviewer_precision_and_recall():
    pr = precision_recall(
        flags_on_bad=[True, True, False, True], flags_on_good=[False, True, False, False]
    )
    assert (pr.tp, pr.fp, pr.fn) == (3, 1, 1)
    assert pr.precision == 0.75 and pr.recall == 0.75
    assert precision_recall([], []).precision is None
