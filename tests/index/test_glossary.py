"""The business glossary: reading it, checking it against the catalog, and what it changes.

The reader and the checks need no index; the retrieval and re-ingest tests use the small
corpus (``conftest.ingested``) with a glossary written into its docs folder.
"""

from __future__ import annotations

import json
import shutil

import pytest

from assistant.retrieval.retrieve import open_retriever
from ingest.readers.glossary import is_glossary, read_glossary, resolve_glossary

GLOSSARY = "_ai_orchestration/reference/glossary.md"

GOOD_MD = """# Our glossary

Prose and headings are ignored.

- **billed to date** (also: billed so far, total billed): `JCCI.BilledAmt`; JCCM.BilledAmt -- running total
- open contract: JCCM.ContractStatus = 1
* 1099 vendor: APVM.V1099YN = 'Y' — reportable vendors
- vendor master: APVM

```
- inside a code fence: not an entry
```
"""

GOOD_YAML = """terms:
  - term: billed to date
    aliases: [billed so far]
    means: [JCCI.BilledAmt, JCCM.BilledAmt]
    note: running total
  - term: open contract
    means: JCCM.ContractStatus = 1
"""


def read(text: str, name: str = GLOSSARY):
    return read_glossary(name, text.encode())


def test_glossary_is_found_by_its_place_in_the_docs_folder():
    assert is_glossary("_ai_orchestration/reference/glossary.md")
    assert is_glossary("_ai_orchestration/reference/Glossary.YAML")
    assert not is_glossary("_ai_orchestration/rules/glossary.md")
    assert not is_glossary("_ai_orchestration/reference/status_codes.md")


def test_markdown_glossary_reads_terms_aliases_targets_notes_and_lines():
    result = read(GOOD_MD)
    assert result.problems == ()
    entries = {e.term: e for e in result.facts}
    assert set(entries) == {"billed to date", "open contract", "1099 vendor", "vendor master"}
    billed = entries["billed to date"]
    assert billed.aliases == ("billed so far", "total billed")
    assert billed.targets == ("JCCI.BilledAmt", "JCCM.BilledAmt")
    assert billed.note == "running total"
    assert billed.line == 5
    assert (
        entries["1099 vendor"].targets == ("APVM.V1099YN = 'Y'",)
        and entries["1099 vendor"].note == "reportable vendors"
    )


def test_yaml_glossary_reads_the_same_terms_with_their_lines():
    result = read(GOOD_YAML, "_ai_orchestration/reference/glossary.yaml")
    assert result.problems == ()
    billed, open_ = result.facts
    assert (billed.term, billed.aliases, billed.targets, billed.line) == (
        "billed to date",
        ("billed so far",),
        ("JCCI.BilledAmt", "JCCM.BilledAmt"),
        2,
    )
    assert (open_.term, open_.targets, open_.line) == (
        "open contract",
        ("JCCM.ContractStatus = 1",),
        6,
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- no colon here JCCI.BilledAmt", "no colon"),
        ("- : JCCI.BilledAmt", "no colon"),  # nothing before the colon is no term
        ("- billed to date:   ", "names no table"),
        ("- billed to date: ;  ; -- a note only", "names no table"),
    ],
    ids=["no-colon", "no-term", "no-target", "only-separators"],
)
def test_each_malformed_markdown_line_is_a_warning_naming_file_and_line(line, expected):
    result = read(f"# G\n\n- fine: JCCM\n{line}\n")
    assert [e.term for e in result.facts] == ["fine"]
    (problem,) = result.problems
    assert problem.path == GLOSSARY and problem.line == 4
    assert expected in problem.message


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("terms:\n  - term: a\n    means: [JCCM\n", 4, "not valid YAML"),
        ("terms:\n  - just a string\n", 2, "not a mapping"),
        ("terms:\n  - term: a\n    means: JCCM\n    colour: red\n", 4, "unknown glossary key"),
        ("terms:\n  - term: a\n", 2, "no 'means'"),
        ("terms:\n  - means: JCCM\n", 2, "no 'term'"),
        ("just: a mapping\n", 1, "list of terms"),
    ],
    ids=["syntax", "not-mapping", "unknown-key", "no-means", "no-term", "not-a-list"],
)
def test_each_bad_yaml_entry_is_a_warning_naming_file_and_line(text, line, expected):
    result = read(text, "_ai_orchestration/reference/glossary.yaml")
    assert any(
        p.line == line and expected in p.message and p.path.endswith("glossary.yaml")
        for p in result.problems
    ), result.problems


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("JCCX.BilledAmt", "unknown table"),
        ("JCCI.BilledAmount", "has no column BilledAmt"),  # with the suggestion
        ("Nowhere", "unknown table"),
        ("JCCM.ContractStatus = = 1", "does not parse"),
        ("JCCM.ContractStatus = 7", "never holds 7"),
        ("just some words", "not a table"),
    ],
    ids=[
        "unknown-table",
        "unknown-column",
        "unknown-object",
        "bad-filter",
        "value-outside-domain",
        "not-a-target",
    ],
)
def test_each_unknown_target_is_a_warning_naming_file_and_line(sample_catalog, target, expected):
    entries = read(f"- good: JCCM\n- bad: {target}\n").facts
    terms, problems = resolve_glossary(entries, sample_catalog)
    assert [t.term for t in terms] == ["good"]
    (problem,) = problems
    assert (problem.path, problem.line) == (GLOSSARY, 2)
    assert expected.split(" BilledAmt")[0] in problem.message
    if "suggestion" in expected or target.endswith("BilledAmount"):
        assert "BilledAmt" in problem.message


def test_a_term_defined_twice_keeps_the_first_and_warns(sample_catalog):
    entries = read("- open contract: JCCM.ContractStatus = 1\n- Open  Contract: JCCM\n").facts
    terms, problems = resolve_glossary(entries, sample_catalog)
    assert [(t.term, t.line) for t in terms] == [("open contract", 1)]
    assert problems[0].line == 2 and "also defined" in problems[0].message


def test_resolved_terms_name_views_columns_and_filters(sample_catalog):
    terms, problems = resolve_glossary(read(GOOD_MD).facts, sample_catalog)
    assert problems == []
    by = {t.term: t for t in terms}
    assert [t.render() for t in by["billed to date"].targets] == [
        "JCCI.BilledAmt",
        "JCCM.BilledAmt",
    ]
    assert by["open contract"].targets[0].filter == "JCCM.ContractStatus = 1"
    assert by["open contract"].targets[0].column == "ContractStatus"
    assert by["vendor master"].objects == ("APVM",)
    assert by["billed to date"].source == f"{GLOSSARY}:5"


def test_the_sample_glossary_is_read_without_a_warning_and_every_target_exists(sample_catalog):
    assert len(sample_catalog.glossary) >= 25
    assert not [w for w in sample_catalog.warnings if "glossary" in w.path]
    for term in sample_catalog.glossary:
        assert term.path == GLOSSARY and term.line > 0
        for target in term.targets:
            obj = sample_catalog.get(target.object)
            assert obj is not None and obj.kind == "view", target
            if target.column:
                assert (sample_catalog.base_of(obj.name) or obj).has_column(target.column), target
    terms = {t.term: t for t in sample_catalog.glossary}
    assert terms["1099 vendor"].targets[0].filter == "APVM.V1099YN = 'Y'"
    assert terms["open contract"].targets[0].filter == "JCCM.ContractStatus = 1"


def test_catalog_show_names_the_glossary_terms_with_their_source(sample_catalog_path):
    from click.testing import CliRunner

    from cli.main import cli

    result = CliRunner().invoke(
        cli, ["catalog", "show", "JCCM", "--catalog", str(sample_catalog_path), "--json"]
    )
    assert result.exit_code == 0, result.output
    page = json.loads(result.output)
    terms = {g["term"]: g for g in page["glossary"]}
    assert terms["open contract"]["means"] == ["JCCM.ContractStatus = 1"]
    assert terms["open contract"]["source"].startswith(GLOSSARY + ":")
    text = CliRunner().invoke(
        cli, ["catalog", "show", "JCCM", "--catalog", str(sample_catalog_path)]
    )
    assert "Glossary terms" in text.output and GLOSSARY in text.output


# -- with an index ------------------------------------------------------------------


SMALL = "- open invoices awaiting payment (also: unpaid bills): APTH.OpenYN = 'Y' -- invoices not fully paid\n"


def _write_glossary(docs, text: str) -> None:
    path = docs / "_ai_orchestration" / "reference" / "glossary.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# Glossary\n\n" + text, encoding="utf-8")


def test_a_glossary_term_changes_what_is_retrieved_and_the_context_shows_its_source(
    ingested, embedder
):
    from ingest.index import ingest

    question = "list the unpaid bills by month"
    before = open_retriever(ingested)
    try:
        first = before.retrieve(question, k=3)
    finally:
        before.store.close()
    assert first.glossary == ()
    _write_glossary(ingested.docs_path, SMALL)
    ingest(ingested, embedder=embedder, shadow=False)
    after = open_retriever(ingested)
    try:
        context = after.retrieve(question, k=3)
    finally:
        after.store.close()
    assert context.table_names[0] == "APTH"
    assert context.table_names != first.table_names
    (term,) = context.glossary
    assert term.said == "unpaid bills" and term.means == ("APTH.OpenYN = 'Y'",)
    assert term.source == f"{GLOSSARY}:3"
    assert "unpaid bills" in context.render() and f"glossary {GLOSSARY}:3" in context.render()
    apth = next(t for t in context.tables if t.name == "APTH")
    assert "OpenYN" in [c.name for c in apth.columns]
    assert context.to_dict()["glossary"][0]["source"] == f"{GLOSSARY}:3"


def test_reingest_after_a_glossary_edit_reprocesses_only_the_objects_it_touches(ingested, embedder):
    from assistant.retrieval.store import open_location
    from ingest.index import ingest

    def chunks() -> dict[str, list[str]]:
        location = open_location(ingested)
        try:
            return location.current()[1].chunks
        finally:
            location.close()

    _write_glossary(ingested.docs_path, "- billed to date: JCCI.BilledAmt\n- vendor master: APVM\n")
    first = ingest(ingested, embedder=embedder, shadow=False)
    assert first.files_new == 1 and first.chunks_written == 2  # the JCCI and APVM object chunks
    before = chunks()
    # move one term from JCCI to JCCM: only those two objects' chunks change
    _write_glossary(ingested.docs_path, "- billed to date: JCCM.BilledAmt\n- vendor master: APVM\n")
    result = ingest(ingested, embedder=embedder, shadow=False)
    assert result.files_changed == 1 and result.files_unchanged > 10
    assert result.chunks_written == 2 and result.chunks_deleted == 0
    after = chunks()
    assert sorted(c for c in after if after[c] != before.get(c)) == ["object:JCCI", "object:JCCM"]


def test_context_step_markdown_shows_matched_terms_and_where_they_come_from():
    from assistant.app.render import context_markdown

    context = {
        "glossary": [
            {
                "term": "open contract",
                "said": "open contracts",
                "means": ["JCCM.ContractStatus = 1"],
                "note": "",
                "source": f"{GLOSSARY}:14",
            }
        ],
        "join_paths": [],
        "examples": [],
    }
    text = context_markdown(context, "", ("JCCM",), full=False)
    assert (
        "Glossary terms" in text and "JCCM.ContractStatus = 1" in text and f"{GLOSSARY}:14" in text
    )


def test_sample_glossary_in_the_docs_is_the_one_the_build_script_writes(project_root):
    shipped = project_root / "data" / "viewpoint_documentation" / GLOSSARY
    assert shipped.read_text(encoding="utf-8") == (
        project_root / "data" / "sample_glossary.md"
    ).read_text(encoding="utf-8")
    assert shutil.which  # keep the import used


def test_a_term_is_found_as_written_not_by_words_that_share_its_stem(sample_catalog):
    from assistant.retrieval.ranking import Ranker

    ranker = Ranker(sample_catalog, {"metadatas": [], "embeddings": []})

    def said(question: str) -> set[str]:
        return {m.term.term for m in ranker.glossary_matches(question)}

    assert "received to date" in said("What has each contract received to date?")
    assert "received to date" in said("Contracts with the amounts received to date")
    # "receivables" and "received" are one stem, but a different word
    assert "received to date" not in said("Rentals billed through receivables, by invoice date")
    # apart and out of order, its words say something else: the date a delivery was received
    assert "received to date" not in said("Deliveries with the date and quantity received")
    # side by side, either order says it: "contracts that are open" are open contracts
    assert "open contract" in said("Which contracts are open?")
    # ... but a set phrase, with a little word inside, is said in its order: "the date received"
    # on a receiving log is not what a contract has received to date
    assert "received to date" not in said("Receiving log: PO, vendor, date received and units")
    # two other words between a term's words say something else: open purchase orders on a job
    assert "open job" not in said("Open purchase orders for job 2301- with the vendor name")
    assert "open job" in said("Open jobs with their project managers")
