"""The report contract, stages, strictness and purity (thread-safe, no mutation)."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

from assistant.validate import Finding, validate
from assistant.validate.render import excerpt, render_rich, render_text


def test_to_dict_is_exactly_the_json_contract(tiny):
    report = validate("SELECT h.Status FROM APTH h WHERE h.APCo = 1", tiny)
    data = json.loads(json.dumps(report.to_dict()))
    assert set(data) == {"verdict", "findings", "corrected_sql"}
    assert data["verdict"] == "fail"
    assert set(data["findings"][0]) == {
        "code",
        "rule",
        "severity",
        "message",
        "line",
        "col",
        "suggestion",
    }


def test_findings_are_sorted_by_position(tiny):
    report = validate(
        "SELECT x.A, c.Nope FROM JCCM c JOIN Invoice v ON 1 = 1 WHERE c.JCCo = 1", tiny
    )
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts)
    assert report.errors and all(f.severity == "error" for f in report.errors)


def test_timings_are_recorded(tiny):
    report = validate("SELECT Contract FROM JCCM WHERE JCCo = 1", tiny)
    assert {"parse", "checks", "total"} <= set(report.timings)
    assert report.timings["total"] >= report.timings["parse"]


def test_stages_run_only_without_static_errors(tiny):
    calls = []

    def dry_run(sql, catalog):
        calls.append(sql)
        return [Finding("VG900", "dry-run", "error", "binder says no", source="dry_run")]

    passing = validate("SELECT Contract FROM JCCM WHERE JCCo = 1", tiny, stages=(dry_run,))
    assert passing.verdict == "fail" and passing.findings[0].source == "dry_run"
    failing = validate("SELECT Nope FROM JCCM WHERE JCCo = 1", tiny, stages=(dry_run,))
    assert len(calls) == 1 and "dry-run" not in failing.rules()
    assert any(k.startswith("stage:") for k in passing.timings)


def test_a_stage_that_raises_becomes_a_finding(tiny):
    def broken(sql, catalog):
        raise RuntimeError("duckdb went away")

    report = validate("SELECT Contract FROM JCCM WHERE JCCo = 1", tiny, stages=(broken,))
    assert report.verdict == "fail" and "duckdb went away" in report.findings[0].message


def test_checks_subset_is_honoured(tiny):
    from assistant.validate.checks import select_star

    report = validate("SELECT * FROM Invoice", tiny, checks=(select_star,))
    assert [f.code for f in report.findings] == ["VG403"]


def test_strict_turns_warnings_into_failures(tiny):
    assert validate("SELECT Contract FROM JCCM", tiny).verdict == "pass"
    assert validate("SELECT Contract FROM JCCM", tiny, strict=True).verdict == "fail"


def test_validate_is_thread_safe(tiny):
    queries = [
        "SELECT h.Status FROM APTH h WHERE h.APCo = 1",
        "SELECT Contract FROM JCCM WHERE JCCo = 1",
        "SELECT i.Item FROM JCCM c JOIN JCCI i ON i.Contract = c.Contract WHERE c.JCCo = 1",
    ] * 20
    expected = [validate(q, tiny).to_dict() for q in queries]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda q: validate(q, tiny).to_dict(), queries))
    assert got == expected


def test_multi_line_positions_and_caret(tiny):
    sql = "SELECT c.Contract,\n\tc.Nope\nFROM JCCM c\nWHERE c.JCCo = 1"
    report = validate(sql, tiny)
    [f] = report.errors
    assert (f.line, f.col) == (2, 4)
    line, caret = excerpt(sql, f)
    assert line == "\tc.Nope" and caret == "\t  ^~~~"


def test_renderers_show_line_caret_and_suggestion(tiny):
    report = validate("SELECT h.Status FROM APTH h WHERE h.APCo = 1", tiny)
    text = render_text(report, "q.sql")
    assert (
        "q.sql:1:10: error VG102 [unknown-column]" in text
        and "^~~~~~" in text
        and "suggestion: OpenYN" in text
    )
    from rich.console import Console

    console = Console(record=True, width=120, color_system="truecolor", force_terminal=True)
    console.print(render_rich(report, "q.sql"))
    styled = console.export_text(styles=True)
    assert "\x1b[" in styled and "OpenYN" in styled and "^~~~~~" in styled
