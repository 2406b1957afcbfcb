"""The rejections we see from real models and legacy experts, against the full sample catalog."""

from __future__ import annotations

from assistant.validate import validate

from .corpus import expected_rule, load_corpus


def _one(report, rule):
    found = [f for f in report.findings if f.rule == rule]
    assert report.verdict == "fail" and found, [(f.rule, f.message) for f in report.findings]
    return found[0]


def test_bjcmast_is_unknown_and_points_to_the_jc_masters(sample_catalog):
    f = _one(
        validate("SELECT Contract, Description FROM bJCMast WHERE JCCo = 1", sample_catalog),
        "unknown-table",
    )
    assert "bJCMast" in f.message and "JCCM" in f.message and f.col == 35


def test_invoice_is_unknown_and_names_the_invoice_tables(sample_catalog):
    f = _one(
        validate("SELECT Invoice, Amount FROM Invoice WHERE ARCo = 1", sample_catalog),
        "unknown-table",
    )
    assert "ARTH" in f.message


def test_apth_status_suggests_openyn(sample_catalog):
    f = _one(validate("SELECT Status FROM APTH WHERE APCo = 1", sample_catalog), "unknown-column")
    assert f.suggestion == "OpenYN" and "APTH" in f.message and (f.line, f.col) == (1, 8)


def test_arth_amount_points_to_real_amount_columns(sample_catalog):
    f = _one(
        validate("SELECT t.Invoice, t.Amount FROM ARTH t WHERE t.ARCo = 1", sample_catalog),
        "unknown-column",
    )
    assert f.suggestion in ("AmountDue", "Invoiced") and "ARTL" in f.message


def test_apth_join_aptl_without_mth(sample_catalog):
    sql = (
        "SELECT h.APRef, l.APLine, l.GrossAmt\nFROM APTH h\n"
        "JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans\nWHERE h.APCo = 1"
    )
    report = validate(sql, sample_catalog)
    f = _one(report, "join-missing-key")
    assert "Mth" in f.message and (f.line, f.col) == (3, 6)
    assert report.corrected_sql.endswith(
        "AND l.APTrans = h.APTrans AND l.Mth = h.Mth\nWHERE h.APCo = 1"
    )


def test_jccm_join_jcci_without_jcco(sample_catalog):
    sql = "SELECT c.Contract, i.Item FROM JCCM c JOIN JCCI i ON i.Contract = c.Contract WHERE c.JCCo = 1"
    report = validate(sql, sample_catalog)
    f = _one(report, "join-missing-company")
    assert "JCCo" in f.message and f.suggestion == "i.JCCo = c.JCCo"
    assert validate(report.corrected_sql, sample_catalog).verdict == "pass"


def test_contract_status_a_lists_the_real_codes(sample_catalog):
    f = _one(
        validate(
            "SELECT Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus = 'A'", sample_catalog
        ),
        "invalid-value",
    )
    assert "0=" in f.message and "Open" in f.message


def test_yes_for_a_yn_column(sample_catalog):
    f = _one(
        validate(
            "SELECT Vendor FROM APVM WHERE VendorGroup = 1 AND ActiveYN = 'Yes'", sample_catalog
        ),
        "invalid-value",
    )
    assert f.suggestion == "Y"


def test_approved_examples_of_the_docs_pass(sample_catalog):
    import pytest

    if not sample_catalog.examples:
        pytest.skip("the sample docs carry no approved examples yet")
    rejected = [
        (e.path, [f.message for f in validate(e.sql, sample_catalog).errors])
        for e in sample_catalog.examples
        if validate(e.sql, sample_catalog).verdict == "fail"
    ]
    assert rejected == []


WRONG = load_corpus(pattern="wrong.sql")


def test_wrong_corpus_covers_every_class():
    from assistant.validate.mutants import CLASSES, rule_of

    rules = {expected_rule(c) for c in WRONG}
    assert {rule_of(k) for k in CLASSES} <= rules and len(WRONG) >= 40


import pytest  # noqa: E402


@pytest.mark.parametrize("case", WRONG, ids=lambda c: c.name)
def test_hand_written_wrong_query_is_rejected_by_its_rule(sample_catalog, case):
    rule = expected_rule(case)
    report = validate(case.sql, sample_catalog)
    assert report.verdict == "fail" and rule in report.rules(), [
        (f.rule, f.message) for f in report.findings
    ]
    finding = next(f for f in report.findings if f.rule == rule)
    assert finding.message and finding.line >= 1 and finding.col >= 1
