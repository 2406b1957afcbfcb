"""Eval bookkeeping: cases from the dataset and the question set, scoring a draft, the report table."""

from __future__ import annotations

import json

import pytest

from assistant.drafting.generate import Attempt, Draft
from assistant.validate.findings import Finding, Report
from finetune.evaluate import (
    Case,
    CaseRetriever,
    FixedContext,
    comparison_rows,
    eval_split_cases,
    question_cases,
    reviewer_flags,
    score_draft,
    summarize,
    to_markdown,
)

GOLD = "SELECT Mth, InvTotal FROM APTH WHERE APCo = 1 AND OpenYN = 'Y'"


def report(sql: str, *rules: str) -> Report:
    findings = tuple(Finding(code="VG1", rule=r, severity="error", message=r) for r in rules)
    return Report(
        sql=sql,
        verdict="fail" if rules else "pass",
        findings=findings,
        corrected_sql=None,
        timings={},
    )


def drafted(*attempts: tuple[str, tuple[str, ...]]) -> Draft:
    tried = tuple(
        Attempt(i + 1, "model", f"```sql\n{sql}\n```", sql, report(sql, *rules))
        for i, (sql, rules) in enumerate(attempts)
    )
    final = tried[-1]
    return Draft("q", tried, None, final.sql, final.report, final.report.verdict)


CASE = Case(
    "c1", "eval-split", "open AP invoices for company 1", GOLD, ("APTH",), "APTH: APCo, Mth, ..."
)


def test_self_corrected_draft_passes_finally_but_not_first_try():
    d = drafted(("SELECT Status FROM APTH", ("unknown-column",)), (GOLD, ()))
    result = score_draft(CASE, d, None, None, 1.5)
    assert (result.first_pass, result.final_pass) == (False, True)
    assert result.hallucinations == 1  # counted before the gate, on the first attempt
    assert result.attempts == 2 and result.structural_match is True and result.table_recall == 1.0
    assert result.first_rules == ("unknown-column",)


def test_execution_match_runs_only_for_passing_queries():
    calls = []

    def matcher(sql, gold):
        calls.append((sql, gold))
        return True

    passing = score_draft(CASE, drafted((GOLD, ())), None, matcher, 1.0)
    failing = score_draft(
        CASE, drafted(("SELECT x FROM Invoice", ("unknown-table",))), None, matcher, 1.0
    )
    assert passing.exec_match is True and failing.exec_match is False
    assert calls == [(GOLD, GOLD)]


def test_summary_rates():
    results = [
        score_draft(CASE, drafted((GOLD, ())), None, None, 1.0),
        score_draft(
            CASE,
            drafted(
                ("SELECT x FROM Invoice", ("unknown-table",)),
                ("SELECT x FROM Invoice", ("unknown-table",)),
            ),
            None,
            None,
            3.0,
        ),
    ]
    s = summarize(results)
    assert s["n"] == 2 and s["first_try_pass_rate"] == 0.5 and s["final_pass_rate"] == 0.5
    assert s["hallucinations_per_query"] == 0.5 and s["structural_match"] == 0.5
    assert s["exec_match"] is None  # not measured is not zero
    assert s["latency_p50_s"] in (1.0, 3.0)


def test_eval_split_cases_are_the_generation_records(tiny_dataset):
    cases = eval_split_cases(tiny_dataset, "vgpt_eval")
    assert len(cases) == 4 and all(c.source == "eval-split" for c in cases)
    assert cases[0].gold_sql.startswith("SELECT") and cases[0].context.startswith("Tables:")
    assert eval_split_cases(tiny_dataset, "vgpt_eval", limit=2, seed=1) == eval_split_cases(
        tiny_dataset, "vgpt_eval", limit=2, seed=1
    )


def test_question_cases_read_tables_labels(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(r)
            for r in [
                {"question": "open contracts for company 1", "tables": ["JCCM"]},
                {"id": "x", "question": "vendor names", "needed_tables": ["APVM"]},
            ]
        )
        + "\n"
    )
    cases = question_cases(path)
    assert [(c.id, c.gold_tables) for c in cases] == [("q1", ("JCCM",)), ("x", ("APVM",))]


def test_record_context_mode_gives_the_records_schema():
    ctx = CaseRetriever(CASE, retriever=None, mode="record").retrieve(CASE.question)
    assert (
        isinstance(ctx, FixedContext)
        and ctx.render() == CASE.context
        and ctx.table_names == ["APTH"]
    )
    assert not CaseRetriever(Case("c", "questions", "q"), retriever=None, mode="record").usable()


@pytest.mark.parametrize(
    ("verdict", "issues", "flag"),
    [
        ("fail", (), True),
        ("pass", ("wrong measure",), True),
        ("pass", (), False),
        ("unparsed", (), False),
    ],
)
def test_reviewer_flags(verdict, issues, flag):
    from types import SimpleNamespace

    assert (
        reviewer_flags(SimpleNamespace(opinion=SimpleNamespace(verdict=verdict, issues=issues)))
        is flag
    )


def test_comparison_table_has_base_tuned_and_delta():
    def system(rate):
        return {
            "description": "",
            "model_load_s": 1.0,
            "reviewer": {"available": False},
            "metrics": {
                "eval-split": {
                    "first_try_pass_rate": rate,
                    "final_pass_rate": rate,
                    "hallucinations_per_query": 1 - rate,
                    "latency_p50_s": 2.0,
                }
            },
        }

    result = {
        "created_at": "now",
        "context": "record",
        "execution_match": "off",
        "cases": {"eval-split": 4, "questions": 0},
        "systems": {"base": system(0.25), "tuned": system(0.75)},
    }
    header, rows = comparison_rows(result, "eval-split")
    assert header == ["metric", "base", "tuned", "Δ"]
    assert rows[0] == ["validator pass, first try", "25.0%", "75.0%", "+50.0 pt"]
    assert rows[2][1:] == ["0.75", "0.25", "-0.50"]
    assert rows[3][1:] == ["n/a", "n/a", "n/a"]  # not measured is shown as such
    assert "| validator pass, first try | 25.0% | 75.0% | +50.0 pt |" in to_markdown(result)


def test_hallucinations_per_sql_answer_ignore_replies_without_sql():
    no_sql = score_draft(CASE, drafted(("", ("no-sql",))), None, None, 1.0)
    wrong = score_draft(
        CASE,
        drafted(("SELECT Status, Amount FROM APTH", ("unknown-column", "unknown-column"))),
        None,
        None,
        1.0,
    )
    s = summarize([no_sql, wrong])
    assert s["sql_answer_rate"] == 0.5
    assert s["hallucinations_per_query"] == 1.0 and s["hallucinations_per_sql_answer"] == 2.0


def test_resummarize_recomputes_from_stored_results():
    from dataclasses import asdict

    from finetune.evaluate import resummarize

    r = score_draft(CASE, drafted((GOLD, ())), None, None, 1.0)
    result = {"systems": {"base": {"metrics": {}, "results": [asdict(r)]}}}
    assert (
        resummarize(result)["systems"]["base"]["metrics"]["eval-split"]["first_try_pass_rate"]
        == 1.0
    )


# -- `vgpt eval` as a function (finetune.run_eval) ------------------------------------


def test_the_default_question_set_is_product_data_not_a_test_file(project_root):
    from finetune.run_eval import DEFAULT_QUESTIONS

    assert (
        DEFAULT_QUESTIONS.is_file()
        and "tests" not in DEFAULT_QUESTIONS.relative_to(project_root).parts
    )
    cases = question_cases(DEFAULT_QUESTIONS)
    assert len(cases) >= 50 and all(c.source == "questions" and c.gold_tables for c in cases)


def test_systems_are_base_and_tuned_or_the_server(project, tmp_path):
    from finetune.run_eval import EvalOptions, systems_for

    local = systems_for(project, EvalOptions(adapter=tmp_path))
    assert [s.name for s in local] == ["base", "tuned"]
    assert {s.settings.backend for s in local} == {"transformers"}
    assert (local[0].settings.adapter_path, local[1].settings.adapter_path) == (
        "",
        str(tmp_path.resolve()),
    )
    server = systems_for(
        project.with_(openai_model="m"), EvalOptions(backend="openai", no_base=True)
    )
    assert [(s.name, s.settings.backend) for s in server] == [("openai:m", "openai")]


def test_no_base_without_an_adapter_is_an_input_error(project):
    from assistant.errors import InputError
    from finetune.run_eval import EvalOptions, run_eval

    with pytest.raises(InputError, match="--no-base needs --adapter"):
        run_eval(project, EvalOptions(no_base=True))


def test_a_missing_question_set_names_the_file(tmp_path):
    from assistant.errors import InputError
    from finetune.run_eval import EvalOptions
    from finetune.run_eval import question_cases as labelled

    with pytest.raises(InputError) as raised:
        labelled(EvalOptions(questions=tmp_path / "nope.jsonl"), retriever_problem=None)
    assert raised.value.file == str(tmp_path / "nope.jsonl")
    assert labelled(EvalOptions(use_questions=False), retriever_problem=None) == []
    assert labelled(EvalOptions(), retriever_problem="no index") == []  # skipped without retrieval


def test_a_baseline_run_on_other_cases_is_not_merged(tmp_path):
    from finetune.run_eval import merge_baseline

    earlier = tmp_path / "base.json"
    earlier.write_text(
        json.dumps({"context": "record", "systems": {"base": {"results": [{"id": "other"}]}}})
    )
    result = {"context": "record", "systems": {"tuned": {"metrics": {}, "results": []}}}
    assert "base ran on other cases" in merge_baseline(result, earlier, [CASE])
    assert list(result["systems"]) == ["tuned"]


def test_a_baseline_run_on_the_same_cases_is_merged_first(tmp_path):
    from dataclasses import asdict

    from finetune.run_eval import merge_baseline

    base = asdict(score_draft(CASE, drafted((GOLD, ())), None, None, 1.0))
    earlier = tmp_path / "base.json"
    earlier.write_text(
        json.dumps({"context": "record", "systems": {"base": {"metrics": {}, "results": [base]}}})
    )
    result = {"context": "record", "systems": {"tuned": {"metrics": {}, "results": [base]}}}
    assert merge_baseline(result, earlier, [CASE]) is None
    assert list(result["systems"]) == ["base", "tuned"]
    assert result["systems"]["base"]["metrics"]["eval-split"]["final_pass_rate"] == 1.0
