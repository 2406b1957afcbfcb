"""Chunking a catalog: what each chunk says and carries (pure; hand-built catalogs)."""

from __future__ import annotations

from assistant.catalog import Catalog, Column, DbObject, Document, Domain, Example, JoinPath
from assistant.vocabulary import words
from ingest.chunks import WIDE_TABLE_COLUMNS, chunk_catalog, split_document

REQUIRED_METADATA = {"object", "kind", "module", "source", "hash"}


def col(name: str, vista_type: str = "varchar(30)", domain: Domain | None = None) -> Column:
    return Column(name, vista_type, vista_type, domain=domain)


def tiny_catalog(extra_columns: int = 0) -> Catalog:
    status = Domain(
        values=("0", "1", "2", "3"),
        meanings=(("0", "Pending"), ("1", "Open"), ("2", "Soft close"), ("3", "Hard close")),
        numeric=True,
    )
    jccm_cols = (
        col("JCCo", "bCompany"),
        col("Contract", "bContract"),
        col("ContractStatus", "tinyint", status),
        col("BilledAmt", "bDollar"),
        col("CustGroup", "bGroup"),
        col("Customer", "bCustomer"),
    )
    wide = tuple(col(f"Amount{i}", "bDollar") for i in range(extra_columns))
    apth_cols = (
        col("APCo", "bCompany"),
        col("Mth", "bMonth"),
        col("APTrans", "bTrans"),
        col("VendorGroup", "bGroup"),
        col("Vendor", "bVendor"),
        col("OpenYN", "bYN"),
    ) + wide
    objects = (
        DbObject(
            "bJCCM",
            "table",
            "JC",
            "JC Contract Master",
            jccm_cols,
            ("JCCo", "Contract"),
            company_column="JCCo",
            group_columns=("CustGroup",),
            view="JCCM",
            sources=("Tables/bJCCM.sql", "Tables/bJCCM.md"),
        ),
        DbObject(
            "JCCM",
            "view",
            "JC",
            "JC Contract Master",
            jccm_cols,
            base_table="bJCCM",
            sources=("View/JCCM.sql",),
        ),
        DbObject(
            "bAPTH",
            "table",
            "AP",
            "AP Transaction Header",
            apth_cols,
            ("APCo", "Mth", "APTrans"),
            company_column="APCo",
            group_columns=("VendorGroup",),
            view="APTH",
            sources=("Tables/bAPTH.sql",),
        ),
        DbObject(
            "APTH",
            "view",
            "AP",
            "AP Transaction Header",
            apth_cols,
            base_table="bAPTH",
            sources=("View/APTH.sql",),
        ),
        DbObject(
            "bAPVM",
            "table",
            "AP",
            "AP Vendor Master",
            (col("VendorGroup", "bGroup"), col("Vendor", "bVendor"), col("Name")),
            ("VendorGroup", "Vendor"),
            group_columns=("VendorGroup",),
            view="APVM",
            sources=("Tables/bAPVM.sql",),
        ),
        DbObject(
            "APVM",
            "view",
            "AP",
            "AP Vendor Master",
            (col("VendorGroup", "bGroup"), col("Vendor", "bVendor"), col("Name")),
            base_table="bAPVM",
            sources=("View/APVM.sql",),
        ),
        DbObject(
            "bHQMA",
            "table",
            "HQ",
            "HQ Master Audit",
            (col("TableName"), col("KeyString")),
            sources=("Tables/bHQMA.sql",),
        ),
    )
    joins = (
        JoinPath(
            "APTH",
            "APVM",
            (("VendorGroup", "VendorGroup"), ("Vendor", "Vendor")),
            "master-lookup",
            "rel.json",
        ),
    )
    docs = (
        Document(
            "_ai_orchestration/rules/02_company.md",
            "Company predicates",
            "# Company predicates\nAlways filter by company.\n## Joins\nEquate the company columns.\n## Why\nRows multiply.",
        ),
    )
    examples = (
        Example(
            "List open contracts",
            "SELECT Contract FROM dbo.JCCM c JOIN APVM v ON 1=1 WHERE c.JCCo = 1",
            "Experts_V2/approved/001.sql",
        ),
    )
    return Catalog(objects, joins, docs, examples)


def by_id(catalog: Catalog) -> dict:
    return {c.id: c for c in chunk_catalog(catalog)}


def test_view_and_its_base_table_share_one_chunk_named_after_the_view():
    chunks = by_id(tiny_catalog())
    assert "object:JCCM" in chunks
    assert "object:bJCCM" not in chunks
    assert chunks["object:JCCM"].metadata["base_table"] == "bJCCM"
    assert chunks["object:JCCM"].metadata["kind"] == "view"


def test_base_table_without_a_view_gets_its_own_chunk():
    chunk = by_id(tiny_catalog())["object:bHQMA"]
    assert chunk.metadata["kind"] == "table"
    assert chunk.text.startswith("bHQMA")


def test_object_chunk_states_key_company_groups_joins_and_value_meanings():
    text = by_id(tiny_catalog())["object:JCCM"].text
    assert text.startswith("JCCM: JC Contract Master. Job Cost (JC) module.")
    assert "Key: company, contract." in text  # the module is said once, on the first line
    assert "Company column JCCo" in text
    assert "Group columns CustGroup" in text
    assert "ContractStatus 0=Pending, 1=Open, 2=Soft close, 3=Hard close" in text
    assert "billed amount" in text  # names written out in words for the embedder
    assert "Joins to APVM" in by_id(tiny_catalog())["object:APTH"].text


def test_wide_tables_also_get_column_chunks_and_narrow_ones_do_not():
    chunks = by_id(tiny_catalog(extra_columns=60))
    parts = [c for c in chunks.values() if c.metadata["kind"] == "columns"]
    assert {c.metadata["object"] for c in parts} == {"APTH"}
    # 63 non-key columns: 16 in the object chunk, 47 more in groups of 32
    assert len(parts) == 2 == -(-(63 - WIDE_TABLE_COLUMNS) // 32)
    assert "amount 59" in parts[-1].text
    assert parts[0].text.startswith("APTH: AP Transaction Header. More columns:")
    assert not any(
        c.metadata["object"] == "JCCM" and c.metadata["kind"] == "columns" for c in chunks.values()
    )


def test_rule_pages_are_split_at_headings_with_the_heading_trail():
    chunks = [c for c in by_id(tiny_catalog()).values() if c.collection == "docs"]
    assert [c.metadata["object"] for c in chunks] == [
        "Company predicates",
        "Company predicates / Joins",
        "Company predicates / Why",
    ]
    assert all(c.metadata["source"] == "_ai_orchestration/rules/02_company.md" for c in chunks)


def test_long_sections_are_cut_at_paragraphs():
    text = "# T\n" + "\n\n".join("paragraph %d " % i + "x" * 500 for i in range(6))
    sections = split_document(Document("r.md", "T", text))
    assert len(sections) > 1
    assert all(len(body) <= 1200 for _, body in sections)


def test_approved_examples_embed_the_question_and_carry_sql_and_tables():
    chunk = by_id(tiny_catalog())["example:Experts_V2/approved/001.sql"]
    assert chunk.collection == "examples"
    assert chunk.text == "List open contracts"
    assert chunk.metadata["sql"].startswith("SELECT Contract")
    assert chunk.metadata["tables"] == "JCCM,APVM"
    assert chunk.metadata["module"] == "JC"


def test_every_chunk_carries_object_kind_module_source_and_hash():
    for chunk in chunk_catalog(tiny_catalog(extra_columns=60)):
        assert REQUIRED_METADATA <= set(chunk.metadata), chunk.id
        assert all(v is not None for v in chunk.metadata.values())
        assert chunk.metadata["source"], chunk.id


def test_chunk_ids_are_stable_and_the_hash_changes_only_with_content():
    first, second = by_id(tiny_catalog()), by_id(tiny_catalog())
    assert {i: c.hash for i, c in first.items()} == {i: c.hash for i, c in second.items()}
    changed = by_id(tiny_catalog(extra_columns=3))
    assert changed["object:APTH"].hash != first["object:APTH"].hash
    assert changed["object:JCCM"].hash == first["object:JCCM"].hash


def test_vista_abbreviations_are_written_out():
    assert words("BilledAmt") == "billed amount"
    assert words("RetgPct") == "retainage percent"
    assert words("VendorGroup") == "vendor group"
