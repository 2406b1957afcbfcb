"""Extracting SQL from model replies of every shape (pure, no model)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.drafting.extract import extract_sql

CASES = [
    pytest.param(
        "```sql\nSELECT JCCo, Contract FROM JCCM\n```",
        "SELECT JCCo, Contract FROM JCCM",
        id="fenced-sql",
    ),
    pytest.param("```\nSELECT 1\n```", "SELECT 1", id="fenced-no-language"),
    pytest.param("```tsql\nSELECT 1\n```", "SELECT 1", id="fenced-tsql"),
    pytest.param("```SQL\nSELECT 1\n```", "SELECT 1", id="fenced-upper-language"),
    pytest.param(
        "Here is the query:\n\n```sql\nSELECT c.Contract\nFROM JCCM c\nWHERE c.JCCo = 1\n```\n\nThis query lists contracts.",
        "SELECT c.Contract\nFROM JCCM c\nWHERE c.JCCo = 1",
        id="fenced-between-prose",
    ),
    pytest.param(
        "```sql\nSELECT Contract\nFROM JCCM\nWHERE JCCo = 1",
        "SELECT Contract\nFROM JCCM\nWHERE JCCo = 1",
        id="unclosed-fence-cut-by-token-limit",
    ),
    pytest.param(
        "```python\nprint('hi')\n```\n```sql\nSELECT 2\n```", "SELECT 2", id="skips-non-sql-fence"
    ),
    pytest.param(
        "```sql\nSELECT 1\n```\nOr:\n```sql\nSELECT 2\n```", "SELECT 1", id="first-sql-fence-wins"
    ),
    pytest.param("```sql\nSQL: SELECT 1\n```", "SELECT 1", id="label-inside-fence"),
    pytest.param(
        "SELECT JCCo FROM JCCM WHERE JCCo = 1", "SELECT JCCo FROM JCCM WHERE JCCo = 1", id="bare"
    ),
    pytest.param(
        "SELECT Contract\nFROM JCCM\nWHERE JCCo = 1;\n\nThis query returns all contracts for company 1.",
        "SELECT Contract\nFROM JCCM\nWHERE JCCo = 1;",
        id="bare-then-explanation",
    ),
    pytest.param(
        "Sure. SQL: SELECT Contract FROM JCCM; It lists contracts.",
        "SELECT Contract FROM JCCM;",
        id="inline-after-label",
    ),
    pytest.param(
        "WITH open_jobs AS (\n  SELECT Job FROM JCJM WHERE JobStatus = 1\n)\nSELECT Job FROM open_jobs",
        "WITH open_jobs AS (\n  SELECT Job FROM JCJM WHERE JobStatus = 1\n)\nSELECT Job FROM open_jobs",
        id="cte",
    ),
    pytest.param(
        "DECLARE @JCCo bCompany = 1;\nSELECT Contract FROM JCCM WHERE JCCo = @JCCo",
        "DECLARE @JCCo bCompany = 1;\nSELECT Contract FROM JCCM WHERE JCCo = @JCCo",
        id="declare-then-select",
    ),
    pytest.param(
        "SELECT h.APRef,\n       v.Name\nFROM APTH h\n  JOIN APVM v\n    ON v.VendorGroup = h.VendorGroup\n   AND v.Vendor = h.Vendor\n\nNote that the vendor join uses the group.",
        "SELECT h.APRef,\n       v.Name\nFROM APTH h\n  JOIN APVM v\n    ON v.VendorGroup = h.VendorGroup\n   AND v.Vendor = h.Vendor",
        id="multiline-bare-then-note",
    ),
    pytest.param(
        "<|im_start|>assistant\nSELECT 1<|im_end|>", "SELECT 1", id="special-tokens-stripped"
    ),
    pytest.param(
        "Use `SELECT Contract FROM JCCM` for that.", "SELECT Contract FROM JCCM", id="inline-code"
    ),
    pytest.param("```sql  \r\nSELECT 1   \r\n```", "SELECT 1", id="crlf-and-trailing-blanks"),
]


@pytest.mark.parametrize("reply, expected", CASES)
def test_extracts_the_query_from_reply(reply: str, expected: str) -> None:
    assert extract_sql(reply) == expected


@pytest.mark.parametrize(
    "reply",
    [
        "",
        "I'm sorry, I can't help with that.",
        "```python\nx = 1\n```",
        "The JCCM table holds contracts.",
    ],
)
def test_reply_without_sql_gives_empty_string(reply: str) -> None:
    assert extract_sql(reply) == ""


def test_extraction_is_idempotent_on_its_own_output() -> None:
    for param in CASES:
        once = extract_sql(param.values[0])
        assert extract_sql(once) == once


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_reply_gives_a_string_without_raising(reply: str) -> None:
    sql = extract_sql(reply)
    assert isinstance(sql, str) and sql == sql.strip()


@settings(max_examples=100, deadline=None)
@given(
    prose=st.sampled_from(["", "Sure.\n", "Here is the query:\n"]),
    column=st.sampled_from(["Contract", "JCCo", "Description"]),
    company=st.integers(min_value=1, max_value=255),
)
def test_fenced_query_survives_any_preamble(prose: str, column: str, company: int) -> None:
    sql = f"SELECT {column}\nFROM JCCM\nWHERE JCCo = {company}"
    assert extract_sql(f"{prose}```sql\n{sql}\n```\nThis lists contracts.") == sql
    assert extract_sql(f"{prose}{sql}") == sql
