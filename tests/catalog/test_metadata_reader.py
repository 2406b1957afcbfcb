"""Column metadata in JSON and CSV."""

from __future__ import annotations

from ingest.readers.metadata import MetaColumn, read_metadata


def test_json_records_become_columns(fixtures_dir):
    read = read_metadata(
        "_Metadata/columns.json",
        (fixtures_dir / "docs/Viewpoint_Database/_Metadata/columns.json").read_bytes(),
    )
    assert read.problems == ()
    first = read.facts[0]
    assert first == MetaColumn(
        "bJCCM", "JCCo", 1, "tinyint", "bCompany", False, 1, "", "", "_Metadata/columns.json", 2
    )
    assert read.facts[2].allowed_values.startswith("0=Pending")


def test_csv_variant_reads_the_same_fields_and_reports_bad_rows(fixtures_dir):
    read = read_metadata("_Metadata/columns.csv", (fixtures_dir / "columns.csv").read_bytes())
    assert [(m.object, m.column, m.nullable, m.key_ordinal) for m in read.facts] == [
        ("bJCCM", "JCCo", False, 1),
        ("bJCCM", "ContractStatus", False, None),
    ]
    assert read.facts[1].allowed_values == "0=Pending,1=Open,2=Soft Close,3=Hard Close"
    (problem,) = read.problems
    assert problem.line == 4 and "object" in problem.message


def test_malformed_json_names_the_line():
    read = read_metadata(
        "_Metadata/columns.json", b'{"columns": [\n {"object": "bJCCM",\n "column": }\n]}'
    )
    assert read.facts == ()
    (problem,) = read.problems
    assert (problem.path, problem.line) == ("_Metadata/columns.json", 3)
    assert "malformed JSON" in problem.message


def test_json_of_the_wrong_shape_is_reported():
    read = read_metadata("m.json", b'{"columns": 3}')
    assert read.facts == () and len(read.problems) == 1
