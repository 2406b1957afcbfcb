"""The allow-list gate (VG002) as a specification: what passes, what is refused, and where it says so.

The gate reads a batch the way SQL Server does and refuses every statement that is not on a small
documented list (docs/validator.md, "The allow-list gate"). These tests use a micro catalog; the
corpus of payloads and read-only batches is in test_gate_corpus.py.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.catalog import DbObject
from assistant.validate import Analysis, is_read_only, validate
from assistant.validate.checks import read_only
from assistant.validate.checks._examples import micro
from assistant.validate.gate import MAX_FINDINGS, gate


@pytest.fixture(scope="module")
def cat():
    return micro()


def refused(sql, catalog):
    return [f for f in validate(sql, catalog, fix=False).findings if f.code == "VG002"]


def at(sql, catalog):
    """(line, col) of each gate finding."""
    return [(f.line, f.col) for f in refused(sql, catalog)]


# -- what passes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT Contract FROM JCCM WHERE JCCo = 1",
        ";WITH c AS (SELECT Contract FROM JCCM WHERE JCCo = 1) SELECT Contract FROM c",
        "DECLARE @JCCo bCompany = 1, @n int = (SELECT COUNT(*) FROM JCCM WHERE JCCo = 1)",
        "DECLARE @JCCo bCompany\nSET @JCCo = 1\nSELECT Contract FROM JCCM WHERE JCCo = @JCCo",
        "IF 1 = 1 BEGIN SELECT 1 END ELSE BEGIN IF 2 = 2 SELECT 2 END",
        "BEGIN TRY SELECT 1 END TRY BEGIN CATCH SELECT ERROR_MESSAGE() END CATCH",
        "WHILE 1 = 0 BEGIN SELECT 1 BREAK END",
        "PRINT 'report'",
    ],
)
def test_read_only_statements_and_blocks_of_them_pass(cat, sql):
    assert refused(sql, cat) == []


@pytest.mark.parametrize(
    "sql",
    [
        "SET NOCOUNT ON",
        "SET ANSI_NULLS, ANSI_WARNINGS, QUOTED_IDENTIFIER ON",
        "SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED",
        "SET DATEFORMAT ymd",
        "SET STATISTICS IO ON",
    ],
)
def test_set_options_that_cannot_write_pass(cat, sql):
    assert refused(sql, cat) == []


@pytest.mark.parametrize(
    "sql",
    [
        "SET IDENTITY_INSERT bAPTH ON",
        "SET CONTEXT_INFO 0x01",
        "SET IMPLICIT_TRANSACTIONS ON",
    ],
)
def test_any_other_set_option_is_refused(cat, sql):
    [f] = refused(sql, cat)
    assert (f.line, f.col) == (1, 5)


def test_a_set_option_needs_its_value(cat):
    assert at("SET NOCOUNT MAYBE", cat) == [(1, 13)]


def test_select_into_a_temp_table_passes_but_not_a_global_or_permanent_table(cat):
    assert refused("SELECT Contract INTO #c FROM JCCM WHERE JCCo = 1", cat) == []
    assert refused("SELECT Contract INTO [#c] FROM JCCM WHERE JCCo = 1", cat) == []
    assert at("SELECT Contract INTO ##c FROM JCCM WHERE JCCo = 1", cat) == [(1, 22)]
    assert at("SELECT Contract INTO dbo.c FROM JCCM WHERE JCCo = 1", cat) == [(1, 22)]
    assert at("SELECT Contract INTO tempdb..c FROM JCCM WHERE JCCo = 1", cat) == [(1, 22)]


def test_insert_passes_only_into_a_temp_table_or_table_variable_and_without_output(cat):
    assert refused("INSERT INTO #c (a) SELECT Contract FROM JCCM WHERE JCCo = 1", cat) == []
    assert refused("DECLARE @t TABLE (a int); INSERT @t (a) VALUES (1)", cat) == []
    assert at("INSERT INTO JCCM (JCCo) VALUES (1)", cat) == [(1, 1)]
    assert at("INSERT INTO ##c (a) VALUES (1)", cat) == [(1, 1)]
    assert at("INSERT INTO #c (a) OUTPUT inserted.a INTO dbo.log VALUES (1)", cat) == [(1, 20)]


def test_creating_a_temp_table_is_ddl_and_refused(cat):
    assert at("CREATE TABLE #t (a int)", cat) == [(1, 1)]


# -- execution -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sql, where",
    [
        ("xp_cmdshell 'whoami'", (1, 1)),
        ("sp_detach_db 'Viewpoint'", (1, 1)),
        ("bspAPHBPost", (1, 1)),
        ("[dbo].[bspAPHBPost] 1", (1, 1)),
        ("SELECT 1\nGO\nbspAPHBPost 1", (3, 1)),
        ("SELECT 1\n  go 3\n\tbspAPHBPost 1", (3, 2)),
    ],
)
def test_a_procedure_name_at_the_start_of_a_batch_is_refused(cat, sql, where):
    # SQL Server runs a procedure named first in a batch without EXEC, also after GO
    assert at(sql, cat) == [where]


def test_exec_is_refused_and_names_what_it_runs(cat):
    [f] = refused("SELECT 1; EXEC master..xp_cmdshell 'dir'", cat)
    assert (f.line, f.col) == (1, 11) and "master..xp_cmdshell" in f.message
    [f] = refused("EXECUTE ('DELETE FROM bAPTH')", cat)
    assert "dynamic SQL" in f.message


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM sp_who2",
        "SELECT [xp_regread]",
        "SELECT master.sys.sp_helptext",
    ],
)
def test_sp_and_xp_names_are_refused_anywhere(cat, sql):
    assert refused(sql, cat)


# -- writes hidden in plain sight -------------------------------------------------------


def test_a_write_after_print_on_the_same_line_is_refused_at_the_write(cat):
    [f] = refused("PRINT 'x' DELETE FROM bAPTH", cat)
    assert (f.line, f.col) == (1, 11) and "DELETE" in f.message


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT 1 DELETE FROM bAPTH",
        "IF 1 = 1 BEGIN SELECT 1; END DELETE FROM bAPTH",
        "SELECT CASE WHEN 1 = 1 THEN 1 ELSE 2 END DELETE FROM bAPTH",
        "SELECT 1 /* x */ DELETE /* y */ FROM bAPTH",
    ],
)
def test_a_write_run_on_after_a_read_is_refused(cat, sql):
    assert refused(sql, cat)


# -- external data, admin, DDL -------------------------------------------------------------


@pytest.mark.parametrize(
    "sql",
    [
        "DECLARE @x int = (SELECT COUNT(*) FROM OPENROWSET('SQLNCLI', 's', 'SELECT 1'))",
        "DECLARE c CURSOR FOR SELECT * FROM OPENQUERY(LINKED, 'SELECT 1')",
        "PRINT (SELECT TOP 1 x FROM OPENDATASOURCE('SQLNCLI', 's').db.dbo.t)",
        "SELECT * FROM OPENXML(@h, '/r', 1)",
    ],
)
def test_rowset_functions_that_reach_outside_are_refused_wherever_they_stand(cat, sql):
    assert refused(sql, cat)


@pytest.mark.parametrize(
    "sql",
    [
        "SHUTDOWN",
        "KILL 52",
        "RECONFIGURE",
        "CHECKPOINT",
        "DBCC CHECKDB",
        "SETUSER 'dbo'",
        "END CONVERSATION @h",
        "USE master",
    ],
)
def test_admin_statements_that_parse_as_names_are_refused(cat, sql):
    assert at(sql, cat)[:1] in ([(1, 1)], [(1, 5)])


@pytest.mark.parametrize(
    "sql",
    [
        "WAITFOR DELAY '00:00:05'",
        "BACKUP DATABASE Viewpoint TO DISK = 'x'",
        "RESTORE DATABASE Viewpoint FROM DISK = 'x'",
        "DENY SELECT ON bAPTH TO public",
    ],
)
def test_statements_the_parser_cannot_read_are_refused_by_the_gate_not_only_as_syntax_errors(
    cat, sql
):
    assert at(sql, cat) == [(1, 1)]


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE VIEW dbo.v AS SELECT 1 AS x",
        "ALTER VIEW dbo.v AS SELECT 1 AS x",
        "CREATE OR ALTER VIEW dbo.v AS SELECT 1 AS x",
        "DROP VIEW dbo.v",
        "DISABLE TRIGGER ALL ON bAPTH",
    ],
)
def test_any_ddl_is_refused_view_ddl_included(cat, sql):
    assert at(sql, cat)[0] == (1, 1)


@pytest.mark.parametrize(
    "sql", ["BEGIN TRAN", "BEGIN TRANSACTION; SELECT 1; COMMIT", "ROLLBACK", "SAVE TRAN a"]
)
def test_transactions_are_refused(cat, sql):
    assert refused(sql, cat)


# -- functions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT read_text('/etc/passwd')",
        "SELECT getenv('HOME')",
        "SELECT * FROM glob('/home/*')",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT [read_text]('/etc/passwd')",
        "SELECT * FROM sys.fn_get_audit_file('x', DEFAULT, DEFAULT)",
        "SELECT * FROM '/etc/passwd'",
    ],
)
def test_functions_that_are_not_tsql_are_refused_and_never_reach_the_dry_run(cat, sql):
    ran = []
    report = validate(sql, cat, stages=[lambda s, c: ran.append(s) or []], fix=False)
    assert "VG002" in {f.code for f in report.findings} and ran == []


def test_sql_server_built_ins_pass(cat):
    sql = (
        "SELECT LEN(Contract), DATEADD(day, 1, GETDATE()), CAST(1 AS varchar(10)), CONVERT(decimal(12, 2), 1), "
        "ROW_NUMBER() OVER (ORDER BY Contract), IIF(1 = 1, 'a', 'b'), STRING_AGG(Contract, ',') "
        "FROM JCCM WHERE JCCo = 1 GROUP BY Contract"
    )
    assert refused(sql, cat) == []


def test_a_vista_function_passes_only_when_the_catalog_documents_it(cat):
    functions = (DbObject("vfDateOnly", "function"), DbObject("udfSecret", "function"))
    documented = replace(cat, objects=cat.objects + functions)
    sql = "SELECT dbo.vfDateOnly(GETDATE())"
    assert refused(sql, documented) == []
    assert refused("SELECT vfDateOnly(GETDATE())", documented) == []
    assert refused(sql, cat), "not in the catalog: refused"
    assert refused("SELECT dbo.vfOther(1)", documented)
    assert refused("SELECT dbo.udfSecret(1)", documented), (
        "documented, but not a Vista vf/bf function"
    )
    assert refused("SELECT Viewpoint.dbo.vfDateOnly(1)", documented), (
        "three-part names reach other databases"
    )


@pytest.mark.parametrize(
    "sql",
    [
        "WITH x (a, b) AS (SELECT JCCo, Contract FROM JCCM WHERE JCCo = 1) SELECT a FROM x",
        "SELECT v.n FROM (VALUES (1), (2)) v(n)",
        "SELECT x.a FROM (SELECT 1 AS a) AS x (a)",
        "SELECT h.APRef FROM APTH h (NOLOCK) WHERE h.APCo = 1",
        "DECLARE @t TABLE (a varchar(10), b decimal(12, 2))",
        "DECLARE @x xml = '<a/>'; SELECT @x.value('(/a)[1]', 'int')",
        "SELECT Contract FROM JCCM WHERE JCCo = 1 AND Contract IN (SELECT Contract FROM JCCI WHERE JCCo = 1)",
        "SELECT Contract FROM JCCM WHERE JCCo = 1 ORDER BY Contract OFFSET 0 ROWS FETCH NEXT 5 ROWS ONLY",
    ],
)
def test_names_before_a_parenthesis_that_are_not_calls_pass(cat, sql):
    assert refused(sql, cat) == []


# -- reading the text the way SQL Server does ---------------------------------------------


@pytest.mark.parametrize(
    "sql",
    [
        "/* /* */ ' */ DELETE FROM bAPTH --'",  # block comments nest: the quote is inside the comment
        "SELECT 'C:\\' DELETE FROM bAPTH --'",  # a backslash escapes nothing
    ],
)
def test_the_text_is_read_with_sql_servers_rules(cat, sql):
    assert refused(sql, cat)


@pytest.mark.parametrize(
    "sql", ["SELECT '\nGO\nxp_cmdshell ''whoami''\n--'", "/*\nGO\nbspAPHBPost\n*/ SELECT 1"]
)
def test_a_go_line_inside_a_string_or_comment_is_refused(cat, sql):
    # a client tool that splits batches without reading strings would run what follows
    assert at(sql, cat) == [(2, 1)]


def test_a_lone_carriage_return_ends_a_line_for_go(cat):
    assert at("SELECT 1\rGO\rbspAPHBPost 1", cat) == [(1, 13)]


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT 1\n:!! whoami",
        "SELECT 1\n  !! del x",
        ":r \\\\evil\\x.sql\nSELECT 1",
        ":connect evil\nSELECT 1",
        "SELECT 1\n:setvar x 1",
    ],
)
def test_a_sqlcmd_command_line_is_refused(cat, sql):
    # sqlcmd (and SSMS in SQLCMD mode) runs these lines itself: a shell command, a file, a connection
    assert refused(sql, cat)


def test_a_byte_order_mark_is_white_space(cat):
    assert refused("\ufeffSELECT Contract FROM JCCM WHERE JCCo = 1", cat) == []


def test_payloads_quoted_or_commented_out_pass(cat):
    sql = "-- EXEC xp_cmdshell 'x'\nSELECT 'DELETE FROM bAPTH' AS note /* DROP TABLE bAPTH */"
    assert refused(sql, cat) == []


def test_the_trees_are_read_too(cat):
    # what sqlglot built is what the shadow would run: checked even if the text looked clean
    tree_of = Analysis("SELECT * FROM read_csv('/etc/passwd')", cat)
    assert [f.code for f in gate("SELECT 1", cat, tree_of)] == ["VG002"]


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM APTH h, '/etc/passwd' WHERE h.APCo = 1",
        "SELECT * FROM APTH h CROSS JOIN [x.parquet] WHERE h.APCo = 1",
    ],
)
def test_a_table_that_names_a_file_is_refused_from_the_tree(cat, sql):
    # DuckDB reads a file named where a table belongs; SQL Server has no such table
    [f] = refused(sql, cat)
    assert "file" in f.message


# -- findings ---------------------------------------------------------------------------


def test_each_refusal_names_the_statement_and_points_at_the_token(cat):
    sql = "SELECT Contract FROM JCCM WHERE JCCo = 1;\nPRINT 'done'\n\nIF 1 = 1\n    TRUNCATE TABLE bAPTH"
    [f] = refused(sql, cat)
    assert (f.line, f.col) == (5, 5) and f.message.startswith("statement 4 (TRUNCATE, line 5)")
    assert f.rule == "write-statement" and f.severity == "error" and f.suggestion


def test_one_finding_per_refused_statement_and_a_bounded_number_in_all(cat):
    assert len(refused("EXEC master..xp_cmdshell 'dir'", cat)) == 1
    sql = ";\n".join("DELETE FROM bAPTH" for _ in range(MAX_FINDINGS + 20))
    found = refused(sql, cat)
    assert len(found) == MAX_FINDINGS + 1 and "20 more" in found[-1].message


def test_is_read_only_is_the_gate_alone(cat):
    assert is_read_only("SELECT Status FROM APTH", cat) == [], (
        "an unknown column is not the gate's business"
    )
    assert [f.code for f in is_read_only("SELECT 1; DROP TABLE bAPTH", cat)] == ["VG002"]
    assert is_read_only("SELECT " + "(" * 3000 + "1" + ")" * 3000, cat) == [], (
        "too deep to parse: the text decides"
    )


def test_the_gate_is_the_registered_vg002_check():
    assert (read_only.code, read_only.rule, read_only.severity) == (
        "VG002",
        "write-statement",
        "error",
    )


def test_the_docstring_examples_hold():
    import doctest

    from assistant.validate import gate as gate_module
    from assistant.validate import lexer

    for module in (lexer, gate_module):
        assert doctest.testmod(module).failed == 0, module.__name__
