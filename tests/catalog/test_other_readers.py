"""Relationship JSON, prose documents and approved expert SQL."""

from __future__ import annotations

from assistant.catalog import Document, Example, JoinPath
from ingest.readers.experts import read_example
from ingest.readers.relationships import read_relationships
from ingest.readers.rules import read_document


def test_relationships_become_join_paths_with_every_pair(fixtures_dir):
    path = fixtures_dir / "docs/Viewpoint_Database/_Relationship_Validation/joins.json"
    read = read_relationships("joins.json", path.read_bytes())
    assert read.problems == ()
    assert read.facts[0] == JoinPath(
        "APTH",
        "APTL",
        (("APCo", "APCo"), ("Mth", "Mth"), ("APTrans", "APTrans")),
        "header-detail",
        "joins.json",
    )
    assert read.facts[1].kind == "master-lookup"


def test_relationship_without_pairs_is_reported_with_its_line():
    text = b'{"relationships": [\n {"name": "A_B", "from": "A", "to": "B", "on": []}\n]}'
    read = read_relationships("r.json", text)
    assert read.facts == ()
    assert [(p.path, p.line) for p in read.problems] == [("r.json", 2)]


def test_rule_page_is_kept_whole_with_its_title():
    (doc,) = read_document(
        "rules/company.md", b"# Always filter on the company\n\nWHERE JCCo = @JCCo\n"
    ).facts
    assert doc == Document(
        "rules/company.md",
        "Always filter on the company",
        "# Always filter on the company\n\nWHERE JCCo = @JCCo\n",
        "rule",
    )
    (ref,) = read_document("reference/x.md", b"plain text\n", kind="reference").facts
    assert ref.kind == "reference" and ref.title == "x"


def test_expert_sql_has_question_tags_and_sql():
    text = b"-- Question: List open contracts.\n-- Tags: JC, contracts\nSELECT 1;\n"
    (ex,) = read_example("Experts_V2/approved/1.sql", text).facts
    assert ex == Example(
        "List open contracts.", "SELECT 1;\n", "Experts_V2/approved/1.sql", ("JC", "contracts")
    )


def test_expert_sql_without_question_is_reported():
    read = read_example("Experts_V2/approved/2.sql", b"SELECT 1;\n")
    assert read.facts == () and read.problems[0].path == "Experts_V2/approved/2.sql"
