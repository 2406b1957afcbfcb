"""Each check as a specification: what it reports, where, and what it suggests (tiny catalog)."""

from __future__ import annotations

import doctest
import importlib

import pytest

from assistant.validate import CHECKS, validate
from assistant.validate.checks import (
    ambiguous_column,
    base_table,
    group_by,
    invalid_value,
    join_missing_company,
    join_missing_key,
    missing_company_filter,
    nolock,
    parse_error,
    read_only,
    select_star,
    top_without_order_by,
    unknown_column,
    unknown_table,
)


def only(sql, catalog, check):
    report = validate(sql, catalog, checks=(check,))
    return [f for f in report.findings if f.code == check.code]


def codes(sql, catalog):
    return [f.code for f in validate(sql, catalog).findings]


# -- registry -------------------------------------------------------------------


def test_every_check_has_a_stable_code_rule_and_severity():
    seen = set()
    for check in CHECKS:
        assert check.code.startswith("VG") and check.code not in seen
        seen.add(check.code)
        assert check.rule == check.rule.lower() and " " not in check.rule
        assert check.severity in ("error", "warning", "info")
        assert check.__doc__ and ">>>" in check.__doc__


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.rule)
def test_docstring_examples_hold(check):
    module = importlib.import_module(check.__module__)
    result = doctest.testmod(module, verbose=False)
    assert result.attempted > 0 and result.failed == 0


# -- parse-error -------------------------------------------------------------------


def test_parse_error_has_line_and_column(tiny):
    sql = "SELECT Contract\nFROM JCCM\nWHERE JCCo = = 1"
    [f] = only(sql, tiny, parse_error)
    assert (f.rule, f.severity, f.line) == ("parse-error", "error", 3)
    assert f.col >= 12


def test_unterminated_string_is_a_parse_error_not_an_exception(tiny):
    [f] = only("SELECT 'abc FROM JCCM", tiny, parse_error)
    assert f.line == 1


def test_unterminated_string_points_at_its_opening_quote(tiny):
    [f] = only("SELECT Contract\nFROM JCCM WHERE Contract = ' 1000-", tiny, parse_error)
    assert (f.line, f.col) == (2, 28) and "unterminated string" in f.message


@pytest.mark.parametrize(
    "sql, col",
    [
        ("SELECT Contract, Description, FROM JCCM", 31),  # sqlglot forgives a trailing comma
        ("SELECT Contract FROM FROM JCCM", 22),  # and FROM-first syntax
        ("SELECT c.Contract FROM JCCM c JOIN JCCI i WHERE c.JCCo = 1", 36),  # and JOIN without ON
    ],
)
def test_syntax_sqlglot_forgives_but_sql_server_rejects(tiny, sql, col):
    [f] = only(sql, tiny, parse_error)
    assert f.col == col


def test_one_bad_statement_does_not_hide_the_others(tiny):
    report = validate("SELECT FROM WHERE;\nSELECT Contract FROM Invoice", tiny)
    assert {"VG001", "VG101"} <= {f.code for f in report.findings}


# -- write-statement -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO JCCM (JCCo, Contract) VALUES (1, 'x')",
        "UPDATE JCCM SET Description = 'x' WHERE JCCo = 1",
        "DELETE FROM APTH WHERE APCo = 1",
        "MERGE INTO JCCM t USING JCCI s ON t.JCCo = s.JCCo WHEN MATCHED THEN UPDATE SET t.Description = s.Description;",
        "DROP TABLE bJCCM",
        "TRUNCATE TABLE bAPTH",
        "ALTER TABLE bJCCM ADD x int",
        "CREATE TABLE Foo (a int)",
        "EXEC xp_cmdshell 'dir'",
        "EXECUTE dbo.bspJCCMDelete 1",
        "GRANT SELECT ON JCCM TO public",
        "SELECT JCCo, Contract INTO JCCMCopy FROM JCCM WHERE JCCo = 1",
        "CREATE VIEW dbo.vrvOpen AS SELECT Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus = 1",
        "ALTER VIEW dbo.vrvOpen AS SELECT Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus = 1",
        "CREATE OR ALTER VIEW dbo.vrvOpen AS SELECT Contract FROM JCCM WHERE JCCo = 1",
    ],
    ids=lambda s: s.split()[0] + "-" + s.split()[1],
)
def test_writes_are_refused(tiny, sql):
    found = only(sql, tiny, read_only)
    assert found and found[0].severity == "error" and found[0].rule == "write-statement"


def test_write_hidden_after_a_select_is_refused(tiny):
    sql = "SELECT Contract FROM JCCM WHERE JCCo = 1\nDELETE FROM JCCM WHERE JCCo = 1"
    [f] = only(sql, tiny, read_only)
    assert (f.line, f.col) == (2, 1)


def test_write_hidden_behind_print_is_refused(tiny):
    assert only("PRINT 'report'\nDELETE FROM JCCM", tiny, read_only)


def test_xp_cmdshell_is_named(tiny):
    [f] = only("SELECT 1; EXEC master..xp_cmdshell 'dir'", tiny, read_only)
    assert "xp_cmdshell" in f.message


@pytest.mark.parametrize(
    "sql",
    [
        "DECLARE @JCCo bCompany, @Mth bMonth\nSET @JCCo = 1\nSELECT Contract FROM JCCM WHERE JCCo = @JCCo",
        "SET NOCOUNT ON; SELECT Contract FROM JCCM WHERE JCCo = 1",
        "DECLARE @t TABLE (Contract varchar(10)); INSERT INTO @t SELECT Contract FROM JCCM WHERE JCCo = 1; SELECT Contract FROM @t",
        "SELECT Contract INTO #c FROM JCCM WHERE JCCo = 1; SELECT Contract FROM #c",
    ],
)
def test_local_variables_and_temp_tables_are_allowed(tiny, sql):
    assert only(sql, tiny, read_only) == []


# -- unknown-table ------------------------------------------------------------------------


def test_unknown_table_points_at_the_name_and_suggests(tiny):
    [f] = only("SELECT Contract\nFROM dbo.JCMM c", tiny, unknown_table)
    assert (f.line, f.col) == (2, 10)
    assert f.suggestion == "JCCM"


def test_bjcmast_suggests_the_jc_masters(tiny):
    [f] = only("SELECT Contract FROM bJCMast WHERE JCCo = 1", tiny, unknown_table)
    assert "JCCM" in f.message and "JCJM" in f.message


def test_invoice_suggests_invoice_tables(tiny):
    [f] = only("SELECT * FROM Invoice", tiny, unknown_table)
    assert "ARTH" in f.message


@pytest.mark.parametrize(
    "sql",
    [
        "WITH c AS (SELECT JCCo, Contract FROM JCCM WHERE JCCo = 1) SELECT Contract FROM c",
        "SELECT d.Contract FROM (SELECT JCCo, Contract FROM JCCM WHERE JCCo = 1) d",
        "SELECT Contract FROM #work",
        "DECLARE @t TABLE (Contract varchar(10)); SELECT Contract FROM @t",
        "SELECT name FROM sys.objects",
        "SELECT [Contract] FROM [dbo].[JCCM] WHERE [JCCo] = 1",
    ],
)
def test_ctes_derived_temp_and_table_variables_are_not_unknown(tiny, sql):
    assert only(sql, tiny, unknown_table) == []


def test_unbound_qualifier_is_reported(tiny):
    [f] = only("SELECT x.Contract FROM JCCM c WHERE c.JCCo = 1", tiny, unknown_table)
    assert "x" in f.message and f.col == 8


# -- unknown-column --------------------------------------------------------------------------


def test_apth_status_suggests_openyn(tiny):
    [f] = only("SELECT h.Status FROM APTH h WHERE h.APCo = 1", tiny, unknown_column)
    assert (f.line, f.col, f.suggestion) == (1, 10, "OpenYN")
    assert "APTD" in f.message  # where a Status column does exist


def test_arth_amount_suggests_real_amount_columns(tiny):
    [f] = only("SELECT ARTH.Amount FROM ARTH WHERE ARCo = 1", tiny, unknown_column)
    assert f.suggestion in ("AmountDue", "Invoiced", "CreditAmt")
    assert "ARTL" in f.message  # ARTL has Amount


def test_column_from_another_table_in_scope_is_named(tiny):
    [f] = only(
        "SELECT c.Item FROM JCCM c JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract WHERE c.JCCo = 1",
        tiny,
        unknown_column,
    )
    assert "exists in JCCI (i)" in f.message


def test_cte_and_derived_columns_resolve(tiny):
    ok = (
        "WITH t AS (SELECT JCCo, Contract, ContractAmt AS Amt FROM JCCM WHERE JCCo = 1) "
        "SELECT t.Contract, t.Amt, d.n FROM t JOIN (SELECT JCCo, COUNT(*) n FROM JCCI WHERE JCCo = 1 GROUP BY JCCo) d ON d.JCCo = t.JCCo"
    )
    assert only(ok, tiny, unknown_column) == []
    [f] = only(ok.replace("t.Amt", "t.ContractAmt"), tiny, unknown_column)
    assert "ContractAmt" in f.message


def test_order_by_may_use_select_aliases(tiny):
    assert (
        only("SELECT Contract AS c FROM JCCM WHERE JCCo = 1 ORDER BY c", tiny, unknown_column) == []
    )


def test_correlated_subquery_sees_outer_columns(tiny):
    sql = (
        "SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND EXISTS "
        "(SELECT 1 FROM JCCI i WHERE i.JCCo = c.JCCo AND i.Contract = c.Contract AND i.BilledAmt > 0)"
    )
    assert only(sql, tiny, unknown_column) == []


# -- ambiguous-column --------------------------------------------------------------------------


def test_ambiguous_unqualified_column(tiny):
    [f] = only(
        "SELECT Description FROM JCCM c JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract WHERE c.JCCo = 1",
        tiny,
        ambiguous_column,
    )
    assert f.col == 8 and f.suggestion in ("c.Description", "i.Description")


def test_order_by_a_selected_name_is_not_ambiguous(tiny):
    sql = (
        "SELECT c.Contract, i.Item FROM JCCM c JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract "
        "WHERE c.JCCo = 1 ORDER BY Contract"
    )
    assert only(sql, tiny, ambiguous_column) == []


def test_column_in_only_one_joined_table_is_not_ambiguous(tiny):
    assert (
        only(
            "SELECT Item FROM JCCM c JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract WHERE c.JCCo = 1",
            tiny,
            ambiguous_column,
        )
        == []
    )


# -- join-missing-company ----------------------------------------------------------------------------


def test_jccm_join_jcci_without_jcco(tiny):
    [f] = only(
        "SELECT i.Item FROM JCCM c JOIN JCCI i ON i.Contract = c.Contract WHERE c.JCCo = 1",
        tiny,
        join_missing_company,
    )
    assert f.rule == "join-missing-company" and "JCCo" in f.message
    assert f.suggestion == "i.JCCo = c.JCCo"


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT i.Item FROM JCCM c JOIN JCCI i ON i.Contract = c.Contract WHERE c.JCCo = 1 AND i.JCCo = c.JCCo",
        "DECLARE @JCCo bCompany = 1; SELECT i.Item FROM JCCM c JOIN JCCI i ON i.Contract = c.Contract WHERE c.JCCo = @JCCo AND i.JCCo = @JCCo",
        "SELECT i.Item FROM JCCM c, JCCI i WHERE i.JCCo = c.JCCo AND i.Contract = c.Contract AND c.JCCo = 1",
        "SELECT l.Job FROM APTL l JOIN JCJM j ON j.JCCo = l.JCCo AND j.Job = l.Job WHERE l.APCo = 1",
    ],
)
def test_company_predicate_in_where_or_transitive_is_accepted(tiny, sql):
    assert only(sql, tiny, join_missing_company) == []


def test_vendor_master_without_vendorgroup(tiny):
    [f] = only(
        "SELECT v.Name FROM APTH h JOIN APVM v ON v.Vendor = h.Vendor WHERE h.APCo = 1",
        tiny,
        join_missing_company,
    )
    assert "VendorGroup" in f.message and f.suggestion == "v.VendorGroup = h.VendorGroup"


def test_correlated_exists_without_company_is_caught(tiny):
    sql = "SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND EXISTS (SELECT 1 FROM JCCI i WHERE i.Contract = c.Contract)"
    assert [f.code for f in only(sql, tiny, join_missing_company)] == ["VG201"]


# -- join-missing-key --------------------------------------------------------------------------------------


def test_apth_join_aptl_without_mth(tiny):
    [f] = only(
        "SELECT l.APLine FROM APTH h JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans WHERE h.APCo = 1",
        tiny,
        join_missing_key,
    )
    assert "Mth" in f.message and f.suggestion == "l.Mth = h.Mth"


def test_full_key_and_transitive_key_pass(tiny):
    sql = (
        "SELECT d.APSeq FROM APTH h JOIN APTL l ON l.APCo = h.APCo AND l.Mth = h.Mth AND l.APTrans = h.APTrans "
        "JOIN APTD d ON d.APCo = l.APCo AND d.Mth = l.Mth AND d.APTrans = l.APTrans AND d.APLine = l.APLine WHERE h.APCo = 1"
    )
    assert only(sql, tiny, join_missing_key) == []


def test_a_whole_business_key_carried_by_the_other_table_is_judged_when_no_path_is_documented(tiny):
    sql = "SELECT p.Job FROM JCCP p JOIN JCCD d ON d.JCCo = p.JCCo AND d.Job = p.Job AND d.Phase = p.Phase WHERE p.JCCo = 1"
    [f] = only(
        sql, tiny, join_missing_key
    )  # JCCD carries JCCP's key: every cost type and month would match
    assert (
        f.col == 31
        and f.suggestion
        == "d.PhaseGroup = p.PhaseGroup AND d.CostType = p.CostType AND d.Mth = p.Mth"
    )


def test_header_cte_joined_to_detail_without_mth_is_caught_and_fixed(tiny):
    cte = "WITH h AS (SELECT APCo, Mth, APTrans, Vendor FROM APTH WHERE APCo = 1) "
    bad = (
        cte
        + "SELECT h.Vendor, l.APLine FROM h JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans"
    )
    [f] = only(bad, tiny, join_missing_key)
    assert "h (from APTH)" in f.message and f.suggestion == "l.Mth = h.Mth"
    report = validate(bad, tiny)
    assert report.corrected_sql.endswith(
        "ON l.APCo = h.APCo AND l.APTrans = h.APTrans AND l.Mth = h.Mth"
    )
    assert validate(report.corrected_sql, tiny).verdict == "pass"


def test_renamed_key_columns_of_a_derived_table_are_followed(tiny):
    derived = (
        "SELECT l.APLine FROM (SELECT APCo AS Co, Mth AS M, APTrans AS T FROM APTH WHERE APCo = 1) d "
        "JOIN APTL l ON l.APCo = d.Co AND l.APTrans = d.T"
    )
    [f] = only(derived, tiny, join_missing_key)
    assert f.suggestion == "l.Mth = d.M"


@pytest.mark.parametrize(
    "sql",
    [
        # the CTE does not expose Mth: its grain is not the header's, so the join is not judged
        "WITH t AS (SELECT APCo, APTrans, MAX(Mth) AS LastMth FROM APTH WHERE APCo = 1 GROUP BY APCo, APTrans) "
        "SELECT l.APLine FROM t JOIN APTL l ON l.APCo = t.APCo AND l.APTrans = t.APTrans AND l.Mth = t.LastMth",
        # a detail aggregate at header grain, joined on the whole key
        "SELECT h.APRef, d.Gross FROM APTH h JOIN (SELECT APCo, Mth, APTrans, SUM(GrossAmt) AS Gross FROM APTL "
        "GROUP BY APCo, Mth, APTrans) d ON d.APCo = h.APCo AND d.Mth = h.Mth AND d.APTrans = h.APTrans WHERE h.APCo = 1",
    ],
)
def test_ctes_joined_on_their_whole_key_or_at_another_grain_pass(tiny, sql):
    assert only(sql, tiny, join_missing_key) == []


# -- invalid-value --------------------------------------------------------------------------------------------


def test_contract_status_a(tiny):
    [f] = only(
        "SELECT Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus = 'A'", tiny, invalid_value
    )
    assert f.col == 63 and "0=Pending" in f.message


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT Vendor FROM APVM WHERE VendorGroup = 1 AND ActiveYN = 'Yes'",
        "SELECT Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus IN (1, 7)",
        "SELECT Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus BETWEEN 1 AND 9",
        "SELECT Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus <> 'Open'",
        "SELECT APTrans FROM APTH WHERE APCo = 1 AND Mth = 'last month'",
        "SELECT APTrans FROM APTH WHERE APCo = 'one'",
    ],
)
def test_values_outside_domain_or_type_are_errors(tiny, sql):
    assert [f.code for f in only(sql, tiny, invalid_value)] == ["VG301"]


def test_simple_case_compares_its_when_values_with_the_column(tiny):
    [f] = only(
        "SELECT CASE ContractStatus WHEN 1 THEN 'Open' WHEN 'A' THEN 'Active' END FROM JCCM WHERE JCCo = 1",
        tiny,
        invalid_value,
    )
    assert f.col == 52 and "cannot be 'A'" in f.message
    assert (
        only(
            "SELECT CASE ContractStatus WHEN 1 THEN 'Open' ELSE 'Other' END FROM JCCM WHERE JCCo = 1",
            tiny,
            invalid_value,
        )
        == []
    )


def test_yes_suggests_y(tiny):
    [f] = only(
        "SELECT Vendor FROM APVM WHERE VendorGroup = 1 AND ActiveYN = 'Yes'", tiny, invalid_value
    )
    assert f.suggestion == "Y"


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT Vendor FROM APVM WHERE VendorGroup = 1 AND ActiveYN = 'Y'",
        "SELECT Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus IN (1, 2)",
        "SELECT APTrans FROM APTH WHERE APCo = 1 AND Mth = '2024-01-01'",
        "SELECT APTrans FROM APTH WHERE APCo = 1 AND Mth BETWEEN '20240101' AND '12/1/2024'",
        "SELECT Customer FROM ARCM WHERE CustGroup = 1 AND Status = 'A'",
    ],
)
def test_values_inside_domain_pass(tiny, sql):
    assert only(sql, tiny, invalid_value) == []


# -- group-by ----------------------------------------------------------------------------------------------------


def test_group_by_omission(tiny):
    [f] = only(
        "SELECT JCCo, Contract, SUM(ContractAmt) FROM JCCI WHERE JCCo = 1 GROUP BY JCCo",
        tiny,
        group_by,
    )
    assert f.col == 14 and "8120" in f.message


def test_aggregate_without_group_by(tiny):
    [f] = only("SELECT Contract, COUNT(*) FROM JCCI WHERE JCCo = 1", tiny, group_by)
    assert "Contract" in f.message


def test_having_on_an_ungrouped_column_is_error_8121(tiny):
    sql = "SELECT Department, COUNT(*) FROM JCCM WHERE JCCo = 1 GROUP BY Department HAVING ContractStatus = 1"
    [f] = only(sql, tiny, group_by)
    assert (
        "HAVING" in f.message and "8121" in f.message and f.col == sql.index("ContractStatus =") + 1
    )


def test_order_by_an_ungrouped_column_is_error_8127(tiny):
    sql = "SELECT Department, COUNT(*) AS N FROM JCCM WHERE JCCo = 1 GROUP BY Department ORDER BY Contract"
    [f] = only(sql, tiny, group_by)
    assert "ORDER BY" in f.message and "8127" in f.message


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT c.Contract, SUM(i.ContractAmt) FROM JCCM c JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract WHERE c.JCCo = 1 GROUP BY c.Contract",
        "SELECT YEAR(Mth) y, SUM(InvTotal) FROM APTH WHERE APCo = 1 GROUP BY YEAR(Mth)",
        "SELECT Contract, ContractAmt, SUM(ContractAmt) OVER (PARTITION BY Contract) FROM JCCI WHERE JCCo = 1",
        "SELECT COUNT(*) FROM JCCM WHERE JCCo = 1",
        # HAVING and ORDER BY on groups, aggregates, ordinals and select aliases
        "SELECT Department, COUNT(*) AS N FROM JCCM WHERE JCCo = 1 GROUP BY Department HAVING COUNT(*) > 2 ORDER BY N DESC, Department",
        "SELECT YEAR(Mth) AS Mth, SUM(InvTotal) AS T FROM APTH WHERE APCo = 1 GROUP BY YEAR(Mth) ORDER BY Mth",
        "SELECT YEAR(Mth) AS Yr, COUNT(*) AS N FROM APTH WHERE APCo = 1 GROUP BY YEAR(Mth) ORDER BY YEAR(Mth) DESC",
        "SELECT Vendor, COUNT(*) FROM APTH WHERE APCo = 1 GROUP BY Vendor ORDER BY 2 DESC",
        # the alias shadows a column of the same name: SQL Server orders by the alias
        "SELECT Vendor, SUM(InvTotal) AS InvTotal FROM APTH WHERE APCo = 1 GROUP BY Vendor ORDER BY InvTotal DESC",
    ],
)
def test_valid_grouping_passes(tiny, sql):
    assert only(sql, tiny, group_by) == []


# -- conventions ---------------------------------------------------------------------------------------------------------


def test_base_table_warns_and_names_view(tiny):
    [f] = only("SELECT Contract FROM bJCCM WHERE JCCo = 1", tiny, base_table)
    assert f.severity == "warning" and f.suggestion == "JCCM"


def test_table_without_view_is_not_a_base_table_warning(tiny):
    assert only("SELECT TableName FROM bHQMA WHERE Co = 1", tiny, base_table) == []


def test_missing_company_filter_warns_once_per_statement(tiny):
    found = only(
        "SELECT i.Item FROM JCCM c JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract",
        tiny,
        missing_company_filter,
    )
    assert [(f.code, f.col) for f in found] == [("VG402", 20)]


def test_a_missing_company_join_is_not_also_a_missing_filter(tiny):
    sql = "SELECT i.Item FROM JCCM c JOIN JCCI i ON i.Contract = c.Contract WHERE c.JCCo = 1"
    assert only(sql, tiny, missing_company_filter) == []


def test_select_star_not_in_exists(tiny):
    assert (
        only(
            "SELECT Contract FROM JCCM c WHERE JCCo = 1 AND EXISTS (SELECT * FROM JCCI i WHERE i.JCCo = c.JCCo AND i.Contract = c.Contract)",
            tiny,
            select_star,
        )
        == []
    )
    assert [f.code for f in only("SELECT c.* FROM JCCM c WHERE JCCo = 1", tiny, select_star)] == [
        "VG403"
    ]


def test_top_needs_order_by(tiny):
    assert (
        only(
            "SELECT TOP 5 Contract FROM JCCM WHERE JCCo = 1 ORDER BY Contract",
            tiny,
            top_without_order_by,
        )
        == []
    )
    assert only("SELECT TOP 5 Contract FROM JCCM WHERE JCCo = 1", tiny, top_without_order_by)


def test_nolock_is_info_and_bare_hint_is_seen(tiny):
    [f] = only("SELECT Contract FROM JCCM (nolock) WHERE JCCo = 1", tiny, nolock)
    assert f.severity == "info"


def test_warnings_do_not_fail_unless_strict(tiny):
    sql = "SELECT TOP 5 * FROM bJCCM WITH (NOLOCK) WHERE JCCo = 1"
    assert validate(sql, tiny).verdict == "pass"
    assert validate(sql, tiny, strict=True).verdict == "fail"


def test_company_filter_through_a_cte_counts(tiny):
    sql = "WITH x AS (SELECT JCCo, Contract FROM JCCM) SELECT x.Contract FROM x WHERE x.JCCo = 1"
    assert only(sql, tiny, missing_company_filter) == []
    unfiltered = "WITH x AS (SELECT JCCo, Contract FROM JCCM) SELECT x.Contract FROM x"
    assert [f.code for f in only(unfiltered, tiny, missing_company_filter)] == ["VG402"]


def test_cte_carrying_a_company_must_be_joined_on_it(tiny):
    cte = "WITH items AS (SELECT JCCo, Contract, SUM(ContractAmt) AS Amt FROM JCCI GROUP BY JCCo, Contract) "
    bad = (
        cte
        + "SELECT c.Contract, items.Amt FROM JCCM c JOIN items ON items.Contract = c.Contract WHERE c.JCCo = 1"
    )
    [f] = only(bad, tiny, join_missing_company)
    assert f.suggestion == "items.JCCo = c.JCCo"
    report = validate(bad, tiny)
    assert report.corrected_sql.endswith(
        "ON items.Contract = c.Contract AND items.JCCo = c.JCCo WHERE c.JCCo = 1"
    )
    good = (
        cte
        + "SELECT c.Contract, items.Amt FROM JCCM c JOIN items ON items.JCCo = c.JCCo AND items.Contract = c.Contract WHERE c.JCCo = 1"
    )
    assert only(good, tiny, join_missing_company) == []


def test_view_bodies_are_validated(tiny):
    report = validate("ALTER VIEW dbo.vrvX AS\nSELECT c.Status FROM JCCM c WHERE c.JCCo = 1", tiny)
    # the DDL itself is refused by the gate; its SELECT is still checked
    assert [(f.rule, f.line) for f in report.errors] == [
        ("write-statement", 1),
        ("unknown-column", 2),
    ]
