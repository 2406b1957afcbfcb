"""Fuzzing the gate: payloads spliced into valid read-only batches are always refused, and
read-only batches recombined at random are never refused.

Splice points: before the query, after it (with every separator: nothing, a newline, a
semicolon, a tab, a comment), inside BEGIN…END and TRY/CATCH, in an ELSE branch and a WHILE
body, after GO, and after PRINT on the same line. Payloads come in random letter case.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.validate import is_read_only, validate

from .gate_corpus import must_pass

QUERIES = [c.sql for c in must_pass() if "\nGO" not in c.sql.upper()]

# payloads that are dangerous wherever they stand (they start with a keyword or a sp_/xp_ name)
PAYLOADS = [
    "DELETE FROM bAPTH",
    "UPDATE bAPTH SET OpenYN = 'N'",
    "INSERT INTO bAPVM (VendorGroup, Vendor) VALUES (1, 1)",
    "MERGE bAPVM AS t USING (SELECT 1 AS v) s ON 1 = 0 WHEN NOT MATCHED THEN INSERT (Vendor) VALUES (s.v);",
    "TRUNCATE TABLE bJCCD",
    "DROP TABLE bAPTH",
    "ALTER VIEW dbo.APTH AS SELECT 1 AS x",
    "CREATE OR ALTER VIEW dbo.JCCM AS SELECT 1 AS x",
    "EXEC xp_cmdshell 'whoami'",
    "EXECUTE ('DELETE FROM bAPTH')",
    "EXEC sp_executesql N'DROP TABLE bAPTH'",
    "EXEC dbo.bspAPHBPost 1",
    "SELECT * INTO dbo.udStolen FROM APTH",
    "SELECT APCo INTO ##shared FROM APTH",
    "SELECT * FROM OPENROWSET('SQLNCLI', 'Server=evil;', 'SELECT 1')",
    "SELECT * FROM OPENQUERY(LINKED, 'SELECT 1')",
    "SELECT read_text('/etc/passwd')",
    "SELECT getenv('HOME')",
    "WAITFOR DELAY '00:10:00'",
    "SHUTDOWN WITH NOWAIT",
    "KILL 52",
    "DBCC FREEPROCCACHE",
    "RECONFIGURE",
    "CHECKPOINT",
    "SETUSER 'dbo'",
    "BACKUP DATABASE Viewpoint TO DISK = 'x'",
    "RESTORE DATABASE Viewpoint FROM DISK = 'x'",
    "GRANT CONTROL SERVER TO vgpt",
    "DENY SELECT ON bAPTH TO public",
    "REVOKE SELECT ON bAPTH FROM public",
    "USE master",
    "BEGIN TRAN",
    "SET IDENTITY_INSERT bAPTH ON",
    "DISABLE TRIGGER ALL ON bAPTH",
    "END CONVERSATION @h",
    "sp_configure 'xp_cmdshell', 1",
]
# payloads that run only where a batch starts (SQL Server calls a procedure named there without EXEC)
BATCH_START = [
    "bspAPHBPost 1",
    "[dbo].[bspAPHBPost] 1",
    "dbo.bspAPHBPost",
    "xp_cmdshell 'whoami'",
    "sp_detach_db 'Viewpoint'",
]


class _Named:
    """The sample catalog under a short name (hypothesis prints the arguments of a failing example)."""

    def __init__(self, catalog):
        self.catalog = catalog

    def __repr__(self) -> str:
        return "<the sample catalog>"


@pytest.fixture(scope="module")
def catalog(sample_catalog):
    return _Named(sample_catalog)


SEPARATORS = [" ", "\n", ";", ";\n", "\t", "\r\n", " /* note */ ", " -- note\n", "\n\n"]
CASES = [str, str.upper, str.lower, str.swapcase]


@st.composite
def spliced(draw):
    query = draw(st.sampled_from(QUERIES))
    sep = draw(st.sampled_from(SEPARATORS))
    case = draw(st.sampled_from(CASES))
    if draw(st.booleans()):
        payload = case(draw(st.sampled_from(BATCH_START)))
        where = draw(st.sampled_from(["before", "after_go"]))
    else:
        payload = case(draw(st.sampled_from(PAYLOADS)))
        where = draw(
            st.sampled_from(
                [
                    "before",
                    "after",
                    "block",
                    "try",
                    "else",
                    "while",
                    "after_go",
                    "after_print",
                    "print_first",
                ]
            )
        )
    return {
        "before": f"{payload}{sep}{query}",
        "after": f"{query}{sep}{payload}",
        "block": f"IF 1 = 1\nBEGIN\n{query}{sep}{payload}\nEND",
        "try": f"BEGIN TRY\n    {query}{sep}IF 1 = 1 BEGIN {payload} END\nEND TRY\n"
        "BEGIN CATCH\n    SELECT 1\nEND CATCH",
        "else": f"IF 1 = 0\n    SELECT 1\nELSE\n    {payload}{sep}{query}",
        "while": f"WHILE 1 = 0\nBEGIN\n    {payload}{sep}BREAK\nEND{sep}{query}",
        "after_go": f"{query}GO{sep if sep.endswith(chr(10)) else chr(10)}{payload}",
        "after_print": f"{query}PRINT 'report' {payload}",
        "print_first": f"PRINT 'x' {payload}{sep}{query}",
    }[where]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sql=spliced())
def test_a_payload_spliced_into_a_valid_query_is_refused(catalog, sql):
    report = validate(sql, catalog.catalog, fix=False)
    assert report.verdict == "fail" and "VG002" in {f.code for f in report.findings}, sql


READ_ONLY_PIECES = QUERIES + [
    "SET NOCOUNT ON",
    "SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED",
    "PRINT 'step'",
    "DECLARE @n int = 0",
    "SELECT 1 AS one",
    "IF 1 = 1 SELECT 2 AS two ELSE SELECT 3 AS three",
]


@st.composite
def recombined(draw):
    pieces = draw(st.lists(st.sampled_from(READ_ONLY_PIECES), min_size=1, max_size=4))
    joiner = draw(st.sampled_from(["\n", ";\n", "\nGO\n", " /* next */\n"]))
    body = joiner.join(p.rstrip() for p in pieces)
    wrap = draw(
        st.sampled_from(
            [
                "{}",
                "IF 1 = 1\nBEGIN\n{}\nEND",
                "WHILE 1 = 0\nBEGIN\n{}\nEND",
                "BEGIN TRY\n{}\nEND TRY\nBEGIN CATCH\nSELECT 0\nEND CATCH",
            ]
        )
    )
    if "GO" in joiner:
        wrap = "{}"  # a block cannot span batches
    return draw(st.sampled_from(CASES))(wrap.format(body))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sql=recombined())
def test_read_only_batches_recombined_are_never_refused(catalog, sql):
    assert is_read_only(sql, catalog.catalog) == [], sql
