"""`vgpt ingest` and `vgpt search` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from cli.main import cli


def env_for(settings) -> dict[str, str]:
    return {
        "VGPT_ROOT": str(settings.root),
        "VGPT_DOCS_DIR": str(settings.docs_path),
        "VGPT_CHROMA_URL": "",
    }


def test_ingest_json_prints_one_summary_object(ingested):
    result = CliRunner().invoke(cli, ["ingest", "--json"], env=env_for(ingested))
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["files"]["unchanged"] > 0
    assert summary["chunks"] == {"total": summary["chunks_total"], "written": 0, "deleted": 0}
    assert "seconds" in summary


def test_ingest_of_a_missing_docs_folder_exits_2_with_a_clear_message(ingested, tmp_path: Path):
    version = (ingested.index_dir / "CURRENT").read_text()
    result = CliRunner().invoke(
        cli, ["ingest", "--docs", str(tmp_path / "nope")], env=env_for(ingested)
    )
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert (ingested.index_dir / "CURRENT").read_text() == version


def test_ingest_of_an_empty_docs_folder_exits_2(ingested, tmp_path: Path):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(
        cli, ["ingest", "--json", "--docs", str(tmp_path / "empty")], env=env_for(ingested)
    )
    assert result.exit_code == 2
    assert "empty" in json.loads(result.stdout)["error"]["message"]


def test_search_json_prints_tables_in_rank_order_first(ingested):
    result = CliRunner().invoke(
        cli, ["search", "--json", "--k", "5", "job cost detail for a job"], env=env_for(ingested)
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data)[0] == "tables"
    assert data["tables"][0] == "JCCD"
    assert len(data["tables"]) <= 5


def test_search_questions_file_answers_each_line_in_order_loading_once(
    ingested, tmp_path: Path, monkeypatch
):
    import assistant.retrieval.retrieve as retrieve

    opened = []
    real = retrieve.open_retriever
    monkeypatch.setattr(retrieve, "open_retriever", lambda s: opened.append(s) or real(s))
    questions = [
        "open contracts billed to date",
        "",
        "vendors with unpaid invoices",
        "job cost detail",
    ]
    path = tmp_path / "q.txt"
    path.write_text("\n".join(questions) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["search", "--json", "--questions", str(path)], env=env_for(ingested)
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["question"] for line in lines] == [q for q in questions if q]
    assert lines[0]["tables"][0] == "JCCM"
    assert len(opened) == 1


def test_search_text_output_shows_the_ranked_tables_and_the_context(ingested):
    result = CliRunner().invoke(
        cli, ["search", "vendors with unpaid invoices"], env=env_for(ingested)
    )
    assert result.exit_code == 0, result.output
    assert "tables: APTH" in result.stdout or "APTH" in result.stdout.splitlines()[1]
    assert "### Tables and views" in result.stdout


def test_search_without_an_index_exits_2_saying_to_ingest(settings):
    result = CliRunner().invoke(cli, ["search", "--json", "anything"], env=env_for(settings))
    assert result.exit_code == 2
    assert "vgpt ingest" in json.loads(result.stdout)["error"]["message"]


def test_search_needs_a_question_or_a_file(ingested):
    result = CliRunner().invoke(cli, ["search"], env=env_for(ingested))
    assert result.exit_code == 2
