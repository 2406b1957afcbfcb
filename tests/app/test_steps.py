"""The Draft plan and Validate steps of a plan-mode answer show the drafting notes and every finding."""

from __future__ import annotations

from assistant.app.answer import FindingView, Reply


def test_a_plan_answer_with_notes_shows_them_in_both_steps(app_module) -> None:
    note = FindingView(
        code="VG301",
        rule="select-star",
        severity="info",
        message="SELECT * returns every column",
        line=1,
        col=8,
        suggestion=None,
        source="static",
        excerpt="",
    )
    reply = Reply(
        kind="draft",
        sql="SELECT * FROM JCCM WHERE JCCo = 1",
        verdict="validated",
        notes=(note,),
        plan="SELECT JCCM.Contract",
        draft_notes=("the context was widened with ARCM",),
    )
    plan_step = app_module.plan_markdown(reply)
    assert "SELECT JCCM.Contract" in plan_step
    assert "_Note: the context was widened with ARCM_" in plan_step
    summary = app_module._validate_summary(reply)
    assert "notes: 1" in summary
    assert "- info `VG301` line 1, col 8: SELECT * returns every column" in summary
