"""The DDL reader: CREATE TABLE/VIEW/INDEX/RULE/TYPE, constraints, bindings, bad input."""

from __future__ import annotations

from ingest.readers.ddl import (
    BindingDef,
    CheckDef,
    ColumnDef,
    ForeignKeyDef,
    IndexDef,
    RoutineDef,
    RuleDef,
    TableDef,
    TypeDef,
    ViewDef,
    read_ddl,
    split_batches,
)


def _of(kind, facts):
    return [f for f in facts if isinstance(f, kind)]


def test_create_table_reads_vista_types_nullability_identity_and_defaults(fixtures_dir):
    read = read_ddl(
        "Tables/bJCCM.sql", (fixtures_dir / "docs/Viewpoint_Database/Tables/bJCCM.sql").read_bytes()
    )
    assert read.problems == ()
    (table,) = _of(TableDef, read.facts)
    cols = {c.name: c for c in table.columns}
    assert table.name == "bJCCM"
    assert cols["JCCo"] == ColumnDef("JCCo", "bCompany", None, False, False, None, 4)
    assert (
        cols["ContractStatus"].sql_type == "tinyint" and cols["ContractStatus"].vista_type is None
    )
    assert cols["RetgPct"].sql_type == "numeric(6,4)"
    assert cols["BilledAmt"].default == "(0)"
    assert cols["BillType"].default == "'T'" and cols["BillType"].nullable is True
    assert cols["KeyID"].identity is True and cols["KeyID"].sql_type == "bigint"


def test_business_key_index_check_and_bound_rule_are_read(fixtures_dir):
    read = read_ddl(
        "Tables/bJCCM.sql", (fixtures_dir / "docs/Viewpoint_Database/Tables/bJCCM.sql").read_bytes()
    )
    indexes = _of(IndexDef, read.facts)
    assert [(i.name, i.columns, i.unique, i.clustered) for i in indexes] == [
        ("biJCCM", ("JCCo", "Contract"), True, True),
        ("biKeyID", ("KeyID",), True, False),
    ]
    (check,) = _of(CheckDef, read.facts)
    assert check.name == "CK_bJCCM_BillType" and check.columns == ("BillType",)
    (binding,) = _of(BindingDef, read.facts)
    assert (binding.kind, binding.name, binding.table, binding.column, binding.line) == (
        "rule",
        "brYesNo",
        "bJCCM",
        "CompleteYN",
        22,
    )


def test_foreign_key_names_referenced_table_and_columns(fixtures_dir):
    read = read_ddl(
        "Tables/bJCCI.sql", (fixtures_dir / "docs/Viewpoint_Database/Tables/bJCCI.sql").read_bytes()
    )
    (fk,) = _of(ForeignKeyDef, read.facts)
    assert (fk.table, fk.name, fk.columns, fk.ref_table, fk.ref_columns) == (
        "bJCCI",
        "FK_bJCCI_bJCCM",
        ("JCCo", "Contract"),
        "bJCCM",
        ("JCCo", "Contract"),
    )


def test_view_keeps_base_table_and_row_filter_text():
    sql = b"CREATE VIEW [dbo].[JCJM] AS select a.* from [dbo].[bJCJM] a\nWHERE a.PCVisibleInJC = 'Y'\nGO\n"
    (view,) = read_ddl("View/JCJM.sql", sql).facts
    assert view == ViewDef("JCJM", "bJCJM", "WHERE a.PCVisibleInJC = 'Y'", "View/JCJM.sql", 1)


def test_view_over_a_join_has_no_single_base_table():
    sql = b"CREATE VIEW dbo.X AS select a.JCCo from bJCCM a join bJCCI b on b.JCCo = a.JCCo and b.Contract = a.Contract\n"
    (view,) = read_ddl("View/X.sql", sql).facts
    assert view.base_table is None


def test_rule_type_default_and_routine_statements():
    sql = (
        b"CREATE RULE [dbo].[brYesNo] AS @value in (null,'Y','N')\nGO\n"
        b"CREATE TYPE [dbo].[bDollar] FROM [numeric](12, 2) NULL\nGO\n"
        b"CREATE DEFAULT [dbo].[bdNo] AS 'N'\nGO\n"
        b"CREATE PROCEDURE [dbo].[bspJCDoIt] @JCCo bCompany AS BEGIN SELECT 1 END\nGO\n"
    )
    read = read_ddl("x.sql", sql)
    assert read.problems == ()
    assert _of(RuleDef, read.facts)[0].text == "@value in (null,'Y','N')"
    assert _of(TypeDef, read.facts)[0] == TypeDef("bDollar", "numeric(12,2)", True, "x.sql", 3)
    assert _of(RoutineDef, read.facts)[0].name == "bspJCDoIt"
    assert _of(RoutineDef, read.facts)[0].kind == "procedure"


def test_unparsable_statement_is_a_warning_with_file_and_line_and_the_rest_is_read():
    sql = (
        b"CREATE TABLE [dbo].[bOK]([A] [int] NOT NULL)\nGO\n"
        b"CREATE TABLE [dbo].[bBad](\n\t[A] [int] NOT NULL,\n\tCONSTRAINT [CK] CHECK ([A]=1 OR )\n)\nGO\n"
        b"CREATE UNIQUE CLUSTERED INDEX [biOK] ON [dbo].[bOK] ([A] ASC)\nGO\n"
    )
    read = read_ddl("Tables/bad.sql", sql)
    assert [t.name for t in _of(TableDef, read.facts)] == ["bOK"]
    assert [i.name for i in _of(IndexDef, read.facts)] == ["biOK"]
    (problem,) = read.problems
    assert problem.path == "Tables/bad.sql"
    assert problem.line == 5  # the CHECK line, counted from the top of the file
    assert "could not be parsed" in problem.message


def test_non_utf8_file_is_a_warning_not_an_exception():
    read = read_ddl(
        "Tables/latin1.sql", "CREATE TABLE [dbo].[bX]([Café] [int] NULL)\n".encode("latin-1")
    )
    assert read.facts == ()
    (problem,) = read.problems
    assert problem.path == "Tables/latin1.sql" and problem.line == 1
    assert "UTF-8" in problem.message


def test_unsupported_statement_is_reported_not_dropped():
    read = read_ddl("x.sql", b"DROP TABLE [dbo].[bJCCM]\nGO\n")
    assert read.facts == ()
    assert len(read.problems) == 1 and read.problems[0].line == 1


def test_batches_split_on_go_lines_only():
    batches = split_batches("SELECT 'GO'\nGO\n\n-- a comment\nGO\nSELECT 2\ngo\n")
    assert batches == [(1, "SELECT 'GO'\n"), (6, "SELECT 2\n")]
