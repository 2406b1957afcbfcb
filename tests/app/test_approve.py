"""Mark correct: approved examples are written in the corpus format, only when valid, never twice."""

from dataclasses import dataclass

from assistant.app.approve import save_approved


@dataclass(frozen=True)
class _Report:  # the two fields save_approved reads from a validator report
    verdict: str
    errors: tuple = ()


def test_saved_file_has_the_corpus_header_and_next_number(tmp_path):
    folder = tmp_path / "Experts_V2" / "approved"
    folder.mkdir(parents=True)
    (folder / "007_existing.sql").write_text(
        "-- Question: old\nSELECT 1 FROM HQCO\n", encoding="utf-8"
    )
    saved = save_approved(
        "List open contracts for company 1",
        "SELECT Contract FROM JCCM WHERE JCCo = 1",
        tmp_path,
        _Report("pass"),
    )
    assert saved.created
    assert saved.path.name == "008_list_open_contracts_for_company_1.sql"
    assert saved.path.read_text(encoding="utf-8") == (
        "-- Question: List open contracts for company 1\n-- Tags: approved-in-chat\nSELECT Contract FROM JCCM WHERE JCCo = 1\n"
    )


def test_a_failing_query_is_never_saved(tmp_path):
    saved = save_approved("q", "SELECT Status FROM APTH", tmp_path, _Report("fail", ("error",)))
    assert not saved.created and saved.path is None
    assert not (tmp_path / "Experts_V2" / "approved").exists() or not list(
        (tmp_path / "Experts_V2" / "approved").iterdir()
    )


def test_the_same_query_is_not_saved_twice(tmp_path):
    first = save_approved(
        "q one", "SELECT Contract FROM JCCM WHERE JCCo = 1", tmp_path, _Report("pass")
    )
    again = save_approved(
        "q two", "select contract\nfrom JCCM where JCCo = 1;", tmp_path, _Report("pass")
    )
    assert first.created and not again.created
    assert again.path == first.path


def test_a_question_is_required(tmp_path):
    assert not save_approved("  ", "SELECT 1", tmp_path, _Report("pass")).created
