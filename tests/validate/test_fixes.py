"""Certain fixes: applied to the user's own text, re-validated, never lower-casing identifiers."""

from __future__ import annotations

from assistant.validate import validate
from assistant.validate.fixes import apply, collect


def test_typo_column_is_fixed_in_place_keeping_layout(tiny):
    sql = "SELECT  c.[Contrat],\n        c.Description\nFROM    JCCM c\nWHERE   c.JCCo = 1"
    report = validate(sql, tiny)
    assert report.corrected_sql == sql.replace("[Contrat]", "[Contract]")
    assert validate(report.corrected_sql, tiny).verdict == "pass"


def test_base_table_becomes_its_view_and_case_is_kept(tiny):
    sql = "select C.Contract from dbo.bJCCM C where C.JCCo = 1"
    report = validate(sql, tiny)
    assert report.verdict == "pass"  # a warning only
    assert report.corrected_sql == "select C.Contract from dbo.JCCM C where C.JCCo = 1"


def test_missing_company_predicate_is_added_to_the_on_clause(tiny):
    sql = "SELECT i.Item FROM JCCM c JOIN JCCI i ON (i.Contract = c.Contract) WHERE c.JCCo = 1"
    report = validate(sql, tiny)
    assert (
        report.corrected_sql
        == "SELECT i.Item FROM JCCM c JOIN JCCI i ON (i.Contract = c.Contract) AND i.JCCo = c.JCCo WHERE c.JCCo = 1"
    )
    assert validate(report.corrected_sql, tiny).verdict == "pass"


def test_missing_group_column_is_added(tiny):
    sql = "SELECT v.Name FROM APTH h JOIN APVM v ON v.Vendor = h.Vendor WHERE h.APCo = 1"
    report = validate(sql, tiny)
    assert report.corrected_sql.endswith(
        "ON v.Vendor = h.Vendor AND v.VendorGroup = h.VendorGroup WHERE h.APCo = 1"
    )


def test_missing_key_and_company_fixed_together(tiny):
    sql = "SELECT l.APLine FROM APTH h JOIN APTL l ON l.APTrans = h.APTrans WHERE h.APCo = 1"
    report = validate(sql, tiny)
    assert report.corrected_sql is not None
    assert validate(report.corrected_sql, tiny).verdict == "pass"


def test_no_correction_when_nothing_is_certain(tiny):
    report = validate(
        "SELECT h.Status FROM APTH h WHERE h.APCo = 1", tiny
    )  # OpenYN is a guess, not a spelling
    assert report.verdict == "fail" and report.corrected_sql is None


def test_no_correction_when_an_or_would_change_meaning(tiny):
    sql = "SELECT i.Item FROM JCCM c JOIN JCCI i ON i.Contract = c.Contract OR i.Item = '1' WHERE c.JCCo = 1"
    assert validate(sql, tiny).corrected_sql is None


def test_apply_edits_right_to_left_and_collect_drops_overlaps(tiny):
    assert apply("ab cd", [(0, 2, "XY"), (3, 5, "Z")]) == "XY Z"
    report = validate("SELECT Contrat FROM bJCCM WHERE JCCo = 1", tiny)
    edits = collect(report.findings)
    assert len(edits) == 2 and report.corrected_sql == "SELECT Contract FROM JCCM WHERE JCCo = 1"


def test_fixes_module_examples_hold():
    import doctest

    from assistant.validate import fixes

    result = doctest.testmod(fixes)
    assert result.attempted and not result.failed


def test_table_one_keystroke_from_a_single_view_is_fixed(tiny):
    report = validate("SELECT h.APRef FROM APTHH h WHERE h.APCo = 1", tiny)
    assert report.corrected_sql == "SELECT h.APRef FROM APTH h WHERE h.APCo = 1"


def test_table_near_several_names_is_only_suggested(tiny):
    report = validate("SELECT Contract FROM JCCX WHERE JCCo = 1", tiny)  # JCCM? JCCI? JCCD? JCCP?
    assert report.verdict == "fail" and report.corrected_sql is None
    assert report.errors[0].suggestion in ("JCCM", "JCCI", "JCCD", "JCCP")
