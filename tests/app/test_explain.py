"""The one-paragraph business explanation, derived from the catalog alone."""

from assistant.app.explain import explain


def test_explanation_names_the_view_company_and_status_meaning(sample_catalog):
    e = explain(
        "SELECT c.Contract, c.Description, c.BilledAmt FROM JCCM c WHERE c.JCCo = 1 AND c.ContractStatus = 1 ORDER BY c.Contract",
        sample_catalog,
    )
    assert "JCCM (JC Contract Master)" in e.paragraph
    assert "the company (JCCo) is 1" in e.paragraph
    assert "ContractStatus is 1 (Open)" in e.paragraph
    assert "Contract (Contract code)" in e.paragraph
    assert "ordered by c.Contract" in e.paragraph


def test_explanation_describes_joins_and_totals(sample_catalog):
    e = explain(
        "SELECT h.Vendor, SUM(l.GrossAmt) AS total FROM APTH h JOIN APTL l ON l.APCo = h.APCo AND l.Mth = h.Mth "
        "AND l.APTrans = h.APTrans WHERE h.APCo = 1 GROUP BY h.Vendor",
        sample_catalog,
    )
    assert "APTL is matched (join) on APCo, APTrans and Mth" in e.paragraph
    assert "the total of GrossAmt" in e.paragraph and "for each Vendor" in e.paragraph


def test_in_list_values_get_their_meanings(sample_catalog):
    e = explain(
        "SELECT Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus IN (1, 2)", sample_catalog
    )
    assert "ContractStatus is one of 1 (Open) or 2 (Soft Close)" in e.paragraph


def test_a_write_is_explained_as_refused(sample_catalog):
    assert "not a read query (DELETE)" in explain("DELETE FROM APTH", sample_catalog).paragraph


def test_unparsable_sql_says_so(sample_catalog):
    assert "could not be parsed" in explain("SELEC x FRM", sample_catalog).paragraph


def test_comments_and_parameters_read_naturally(sample_catalog):
    e = explain(
        "SELECT Contract FROM JCCM WHERE JCCo = @JCCo AND ContractStatus = 1 -- 1 = Open",
        sample_catalog,
    )
    assert "the company (JCCo) is the parameter @JCCo" in e.paragraph
    assert (
        "ContractStatus is 1 (Open)" in e.paragraph
        and "--" not in e.paragraph
        and "/*" not in e.paragraph
    )
