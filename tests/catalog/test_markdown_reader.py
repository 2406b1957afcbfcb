"""The markdown table-page reader."""

from __future__ import annotations

from ingest.readers.markdown import read_table_page


def test_page_gives_description_module_view_columns_and_key(fixtures_dir):
    read = read_table_page(
        "Tables/bJCCM.md", (fixtures_dir / "docs/Viewpoint_Database/Tables/bJCCM.md").read_bytes()
    )
    assert read.problems == ()
    (page,) = read.facts
    assert (page.table, page.description, page.module, page.view) == (
        "bJCCM",
        "JC Contract Master",
        "JC",
        "JCCM",
    )
    assert page.business_key == ("JCCo", "Contract")
    cols = {c.name: c for c in page.columns}
    assert (cols["JCCo"].vista_type, cols["JCCo"].sql_type, cols["JCCo"].nullable) == (
        "bCompany",
        "tinyint",
        False,
    )
    assert cols["BilledAmt"].sql_type == "numeric(12,2)"
    assert cols["ContractStatus"].allowed_values == "0=Pending,1=Open,2=Soft Close,3=Hard Close"
    assert cols["RetgPct"].description == "Retainage | percent"  # an escaped pipe stays in the cell
    assert cols["KeyID"].sql_type == "bigint"


def test_row_with_wrong_cell_count_is_reported_with_its_line():
    text = "# bX\n\n## Columns\n\n| Column | Type | Nullable | Description | Allowed values |\n|---|---|---|---|---|\n| A | int | No |\n| B | int | Yes | | |\n"
    read = read_table_page("Tables/bX.md", text.encode())
    (page,) = read.facts
    assert [c.name for c in page.columns] == ["B"]
    assert [(p.path, p.line) for p in read.problems] == [("Tables/bX.md", 7)]


def test_page_without_title_is_skipped_with_a_warning():
    read = read_table_page("Tables/bX.md", b"no title here\n")
    assert read.facts == () and read.problems[0].line == 1


def test_page_saying_no_view_and_no_key():
    text = (
        "# bHQMA\n\n- **View:** none (read the base table)\n\n## Business key\n\nNone documented.\n"
    )
    (page,) = read_table_page("Tables/bHQMA.md", text.encode()).facts
    assert page.view is None and page.business_key == ()
