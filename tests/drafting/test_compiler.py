"""The compiler: what SQL a user gets for a plan, and what it says when it cannot write one."""

from __future__ import annotations

import re

import pytest

from assistant.catalog import Catalog, Column, DbObject, JoinPath
from assistant.drafting.compiler import compile_plan
from assistant.drafting.plan import parse_plan
from assistant.validate import validate


def compiled(text: str, catalog: Catalog, **kw):
    result = compile_plan(parse_plan(text), catalog, **kw)
    assert result.ok, [f.message for f in result.findings]
    return result


def clause(sql: str, keyword: str) -> str:
    """The text of one clause (``JOIN ARCM`` with its ON lines, ``WHERE`` with its ANDs), spaces collapsed."""
    lines = sql.splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith(keyword))
    end = next(
        (i for i in range(start + 1, len(lines)) if not lines[i].startswith(" ")), len(lines)
    )
    return " ".join(" ".join(lines[start:end]).split()).rstrip(";")


def test_open_contracts_with_customer_name_join_the_customer_master_on_group_and_customer(
    sample_catalog,
):
    sql = compiled(
        "SELECT JCCM.Contract, JCCM.Description, ARCM.Name\nWHERE JCCM.ContractStatus = 1",
        sample_catalog,
        company=1,
    ).sql
    assert (
        clause(sql, "LEFT JOIN ARCM")
        == "LEFT JOIN ARCM ON ARCM.CustGroup = JCCM.CustGroup AND ARCM.Customer = JCCM.Customer"
    )
    assert clause(sql, "WHERE") == "WHERE JCCM.JCCo = @JCCo AND JCCM.ContractStatus = 1"
    assert sql.startswith("DECLARE @JCCo bCompany = 1;")
    assert validate(sql, sample_catalog).findings == ()


def test_header_to_detail_carries_company_month_and_transaction(sample_catalog):
    sql = compiled("SELECT APTH.APRef, APTL.APLine, APTL.GrossAmt", sample_catalog).sql
    assert (
        clause(sql, "JOIN APTL")
        == "JOIN APTL ON APTL.APCo = APTH.APCo AND APTL.Mth = APTH.Mth AND APTL.APTrans = APTH.APTrans"
    )


def test_ap_lines_reach_jobs_through_the_lines_jc_company_not_the_ap_company(sample_catalog):
    result = compiled("SELECT APTH.APRef, JCJM.Description\nWHERE JCJM.Job = @Job", sample_catalog)
    assert result.views == ("APTH", "APTL", "JCJM") and result.via == ("APTL",)
    assert (
        clause(result.sql, "LEFT JOIN JCJM")
        == "LEFT JOIN JCJM ON JCJM.JCCo = APTL.JCCo AND JCJM.Job = APTL.Job"
    )
    # one company for the whole query: the job's company is pinned too, not left to any company
    assert (
        clause(result.sql, "WHERE")
        == "WHERE APTH.APCo = @APCo AND JCJM.JCCo = @APCo AND JCJM.Job = @Job"
    )
    assert "DECLARE @Job bJob;" in result.sql
    assert [f.code for f in result.findings] == ["PL203"]  # says it joined through APTL


def test_views_no_documented_path_connects_are_named_and_nothing_is_guessed(sample_catalog):
    result = compile_plan(parse_plan("SELECT PREH.LastName, PRCC.Description"), sample_catalog)
    assert result.sql is None
    [finding] = result.findings
    assert (finding.code, finding.severity) == ("PL201", "error")
    assert "PREH" in finding.message and "PRCC" in finding.message


def test_two_equally_strong_paths_between_two_views_are_an_ambiguity_with_both_spelled_out(
    sample_catalog,
):
    result = compile_plan(parse_plan("SELECT PMSM.Submittal, PMFM.FirmName"), sample_catalog)
    assert result.sql is None
    [finding] = result.findings
    assert finding.code == "PL202"
    assert "ArchEngFirm" in finding.suggestion and "SubFirm" in finding.suggestion


def _tiny(*paths: JoinPath) -> Catalog:
    """Headers A and B (keys Id, Bk), details X1 and X2 of A (key Id, Line) that also point at B."""
    co = Column("Co", "bCompany", "tinyint")

    def view(name, *cols, key):
        return DbObject(
            name,
            "view",
            columns=(co, *(Column(c, "int", "int") for c in cols)),
            business_key=("Co", *key),
            company_column="Co",
        )

    a, b = view("A", "Id", "Bk", key=("Id",)), view("B", "Bk", "Id", key=("Bk",))
    x1, x2 = (
        view("X1", "Id", "Line", "Bk", key=("Id", "Line")),
        view("X2", "Id", "Line", "Bk", key=("Id", "Line")),
    )
    return Catalog((a, b, x1, x2), paths)


def test_the_same_views_joined_two_ways_through_different_views_is_an_ambiguity():
    cat = _tiny(
        JoinPath("A", "X1", (("Co", "Co"), ("Id", "Id")), "header-detail"),
        JoinPath("X1", "B", (("Co", "Co"), ("Bk", "Bk")), "master-lookup"),
        JoinPath("A", "X2", (("Co", "Co"), ("Id", "Id")), "header-detail"),
        JoinPath("X2", "B", (("Co", "Co"), ("Bk", "Bk")), "master-lookup"),
    )
    result = compile_plan(parse_plan("SELECT A.Id, B.Bk"), cat)
    assert result.sql is None and result.findings[0].code == "PL202"
    assert "X1" in result.findings[0].message and "X2" in result.findings[0].message


def test_a_stronger_path_wins_a_tie_of_length():
    # both connect A and B in one join: the master lookup beats the foreign key
    cat = _tiny(
        JoinPath("A", "B", (("Co", "Co"), ("Bk", "Bk")), "master-lookup"),
        JoinPath("A", "B", (("Co", "Co"), ("Id", "Id")), "foreign-key"),
    )
    result = compiled("SELECT A.Id, B.Bk", cat)
    assert "JOIN B ON B.Co = A.Co AND B.Bk = A.Bk" in " ".join(result.sql.split())


def test_two_details_of_one_header_are_never_bridged_through_it():
    # X1 and X2 both belong to A: joining them through A would pair every X1 line with every X2 line
    cat = _tiny(
        JoinPath("A", "X1", (("Co", "Co"), ("Id", "Id")), "header-detail"),
        JoinPath("A", "X2", (("Co", "Co"), ("Id", "Id")), "header-detail"),
    )
    result = compile_plan(parse_plan("SELECT X1.Line, X2.Line"), cat)
    assert result.sql is None and result.findings[0].code == "PL201"


def test_naming_the_shared_master_joins_it_but_warns_that_rows_multiply(sample_catalog):
    result = compiled("SELECT JCJM.Job, JCCD.ActualCost, APTL.GrossAmt", sample_catalog)
    assert "PL204" in [f.code for f in result.findings]


def test_company_defaults_to_the_setting(sample_catalog):
    assert compiled("SELECT JCCM.Contract", sample_catalog, default_company=7).sql.startswith(
        "DECLARE @JCCo bCompany = 7;"
    )
    assert compiled("SELECT JCCM.Contract", sample_catalog, default_company=None).sql.startswith(
        "DECLARE @JCCo bCompany = 1;"
    )


def test_a_company_in_the_plan_beats_the_default_and_a_company_the_user_named_beats_both(
    sample_catalog,
):
    assert compiled(
        "SELECT JCCM.Contract\nCOMPANY 2", sample_catalog, default_company=7
    ).sql.startswith("DECLARE @JCCo bCompany = 2;")
    result = compiled("SELECT JCCM.Contract\nCOMPANY 2", sample_catalog, company=5)
    assert result.sql.startswith("DECLARE @JCCo bCompany = 5;")
    assert [f.code for f in result.findings] == ["PL306"]


def test_several_companies_are_a_literal_list(sample_catalog):
    sql = compiled("SELECT HQCO.Name, COUNT(JCCM.Contract)\nCOMPANY 1, 2", sample_catalog).sql
    assert "DECLARE" not in sql and "WHERE HQCO.HQCo IN (1, 2)" in sql


def test_a_master_keyed_by_group_is_limited_to_the_companys_group_through_hqco(sample_catalog):
    sql = compiled("SELECT APVM.Vendor, APVM.Name\nWHERE APVM.ActiveYN = 'Y'", sample_catalog).sql
    assert clause(sql, "JOIN HQCO") == "JOIN HQCO ON HQCO.VendorGroup = APVM.VendorGroup"
    assert clause(sql, "WHERE") == "WHERE HQCO.HQCo = @Co AND APVM.ActiveYN = 'Y'"
    assert validate(sql, sample_catalog).errors == ()


def test_a_company_filter_in_the_plan_is_refused_with_its_position(sample_catalog):
    result = compile_plan(parse_plan("SELECT JCCM.Contract\nWHERE JCCM.JCCo = 2"), sample_catalog)
    assert result.sql is None
    assert [(f.code, f.line, f.col) for f in result.findings] == [("PL104", 2, 7)]


def test_group_by_is_every_output_column_outside_an_aggregate(sample_catalog):
    sql = compiled("SELECT JCCD.Job, JCCD.Mth, SUM(JCCD.ActualCost), COUNT(*)", sample_catalog).sql
    assert clause(sql, "GROUP BY") == "GROUP BY JCCD.Job, JCCD.Mth"


def test_no_group_by_without_an_aggregate(sample_catalog):
    assert "GROUP BY" not in compiled("SELECT JCCD.Job, JCCD.ActualCost", sample_catalog).sql


def test_ordering_by_a_column_that_is_neither_grouped_nor_aggregated_is_a_finding(sample_catalog):
    result = compile_plan(
        parse_plan("SELECT JCCD.Job, SUM(JCCD.ActualCost)\nORDER BY JCCD.Mth"), sample_catalog
    )
    assert result.sql is None and [(f.code, f.line, f.col) for f in result.findings] == [
        ("PL302", 2, 10)
    ]


def test_an_aggregate_in_where_is_a_finding(sample_catalog):
    result = compile_plan(
        parse_plan("SELECT JCCD.Job\nWHERE SUM(JCCD.ActualCost) > 0"), sample_catalog
    )
    assert [f.code for f in result.findings] == ["PL301"]


def test_job_and_contract_codes_are_trimmed_for_display_and_compared_raw(sample_catalog):
    sql = compiled(
        "SELECT JCJM.Job, JCJM.Description\nWHERE JCJM.Job = @Job\nORDER BY JCJM.Job",
        sample_catalog,
    ).sql
    assert "LTRIM(RTRIM(JCJM.Job)) AS Job" in sql
    assert "AND JCJM.Job = @Job" in sql and sql.rstrip(";").endswith("ORDER BY JCJM.Job")


def test_unknown_names_are_findings_at_their_position_with_a_suggestion(sample_catalog):
    result = compile_plan(parse_plan("SELECT APTH.Mth\nWHERE APTH.Status = 1"), sample_catalog)
    [finding] = result.findings
    assert (finding.code, finding.line, finding.col) == ("PL102", 2, 7)
    assert compile_plan(parse_plan("SELECT APPH2.Mth"), sample_catalog).findings[0].code == "PL101"


def test_a_base_table_is_read_through_its_view(sample_catalog):
    result = compiled("SELECT bJCCM.Contract", sample_catalog)
    assert "FROM JCCM" in result.sql and "bJCCM" not in result.sql
    assert [f.code for f in result.findings] == ["PL103"]


def test_a_parameter_is_declared_with_the_type_of_its_column_and_its_value(sample_catalog):
    sql = compiled(
        "SELECT APTH.APRef\nWHERE APTH.Mth = @Mth\nPARAM @Mth = '2024-05-01'", sample_catalog
    ).sql
    assert "DECLARE @Mth bMonth = '2024-05-01';" in sql


def test_a_year_is_a_range_of_posting_months(sample_catalog):
    sql = compiled(
        "SELECT JCCD.Mth, SUM(JCCD.ActualCost)\nWHERE JCCD.Mth DURING 2024", sample_catalog
    ).sql
    assert "JCCD.Mth >= '2024-01-01' AND JCCD.Mth < '2025-01-01'" in sql


def test_during_a_column_that_is_not_a_month_is_a_finding(sample_catalog):
    result = compile_plan(
        parse_plan("SELECT JCCM.Contract\nWHERE JCCM.Description DURING 2024"), sample_catalog
    )
    assert [f.code for f in result.findings] == ["PL303"]


def test_meaning_spells_out_the_documented_codes(sample_catalog):
    sql = compiled("SELECT JCJM.JobStatus, MEANING(JCJM.JobStatus), COUNT(*)", sample_catalog).sql
    assert re.search(r"CASE JCJM\.JobStatus WHEN 0 THEN 'Pending' .* END AS JobStatusMeaning", sql)


PLANS = {
    "open-contracts": "SELECT JCCM.Contract, JCCM.Description, ARCM.Name\nWHERE JCCM.ContractStatus = 1\nORDER BY JCCM.Contract",
    "top-vendors": "SELECT TOP 10 APVM.Vendor, APVM.Name, SUM(APTH.InvTotal)\nWHERE APTH.Mth DURING YTD\n"
    "ORDER BY SUM(APTH.InvTotal) DESC",
    "having": "SELECT JCJM.Job, SUM(JCCP.RemainCmtdCost)\nWHERE JCJM.JobStatus = 1\nHAVING SUM(JCCP.RemainCmtdCost) <> 0",
    "or-line": "SELECT JCCM.Contract\nWHERE JCCM.ContractStatus = 1 OR JCCM.ContractStatus = 2\nAND JCCM.StartMonth DURING 2024",
    "distinct": "SELECT DISTINCT JCCM.Contract, JCCM.Description\nORDER BY JCCM.Contract",
    "three-views": "SELECT ARTH.Invoice, JCCM.Description, ARCM.Name\nWHERE ARTH.ARTransType = 'I'",
}


@pytest.mark.parametrize("text", PLANS.values(), ids=PLANS.keys())
def test_compiled_sql_passes_the_validator_without_errors(text, sample_catalog):
    assert validate(compiled(text, sample_catalog).sql, sample_catalog).errors == ()
