"""The join checks as specifications: company equality, partial keys, tautologies, and what stays silent.

A small catalog: the tiny one of tests/catalogs.py plus the satellites and masters
these rules are about (JCJP, JCCH, JCTN, PREC, PRTH, PREH) and their documented
paths, with the real columns of the Vista facts.
"""

from __future__ import annotations

import pytest

from assistant.catalog import Catalog, Column, DbObject, Index, JoinPath
from assistant.validate import validate

from ..catalogs import TYPES

EXTRA = {
    "bJCJP": (
        "JCJP",
        "JC",
        ("JCCo", "Job", "PhaseGroup", "Phase"),
        "JCCo:bCompany Job:bJob PhaseGroup:bGroup Phase:bPhase Description:bItemDesc Contract:bContract "
        "Item:bContractItem ProjMinPct:bPct ActiveYN:bYN InsCode:bInsCode KeyID:bigint",
    ),
    "bJCCH": (
        "JCCH",
        "JC",
        ("JCCo", "Job", "PhaseGroup", "Phase", "CostType"),
        "JCCo:bCompany Job:bJob PhaseGroup:bGroup Phase:bPhase CostType:bJCCType UM:bUM BillFlag:char(1) "
        "ItemUnitFlag:bYN PhaseUnitFlag:bYN BuyOutYN:bYN Plugged:bYN ActiveYN:bYN OrigHours:bHrs OrigUnits:bUnits "
        "OrigCost:bDollar SourceStatus:char(1) KeyID:bigint",
    ),
    "bJCTN": (
        "JCTN",
        "JC",
        ("JCCo", "InsTemplate"),
        "JCCo:bCompany InsTemplate:smallint Description:bDesc KeyID:bigint",
    ),
    "bPREC": (
        "PREC",
        "PR",
        ("PRCo", "EarnCode"),
        "PRCo:bCompany EarnCode:bEDLCode Description:bDesc Method:char(1) Factor:bRate TrueEarns:bYN "
        "JCCostType:bJCCType VendorGroup:bGroup Vendor:bVendor GLCo:bCompany GLAcct:bGLAcct KeyID:bigint",
    ),
    "bPREH": (
        "PREH",
        "PR",
        ("PRCo", "Employee"),
        "PRCo:bCompany Employee:bEmployee LastName:varchar(30) FirstName:varchar(30) PRGroup:bGroup "
        "Craft:bCraft Class:bClass JCCo:bCompany Job:bJob EarnCode:bEDLCode HrlyRate:bUnitCost ActiveYN:bYN KeyID:bigint",
    ),
    "bPRTH": (
        "PRTH",
        "PR",
        ("PRCo", "PRGroup", "PREndDate", "Employee", "PaySeq", "PostSeq"),
        "PRCo:bCompany PRGroup:bGroup PREndDate:bDate Employee:bEmployee PaySeq:tinyint PostSeq:smallint "
        "Type:char(1) PostDate:bDate JCCo:bCompany Job:bJob PhaseGroup:bGroup Phase:bPhase EarnCode:bEDLCode "
        "Hours:bHrs Rate:bUnitCost Amt:bDollar KeyID:bigint",
    ),
}

PATHS = (
    JoinPath("bARTL", "bJCCM", (("JCCo", "JCCo"), ("Contract", "Contract")), "master-lookup"),
    JoinPath("bAPTL", "bJCJM", (("JCCo", "JCCo"), ("Job", "Job")), "master-lookup"),
    JoinPath("bJCJM", "bJCJP", (("JCCo", "JCCo"), ("Job", "Job")), "header-detail"),
    JoinPath(
        "bJCJP",
        "bJCCH",
        (("JCCo", "JCCo"), ("Job", "Job"), ("PhaseGroup", "PhaseGroup"), ("Phase", "Phase")),
        "header-detail",
    ),
    JoinPath("bJCJP", "bJCCM", (("JCCo", "JCCo"), ("Contract", "Contract")), "master-lookup"),
    JoinPath("bJCJP", "bJCPM", (("PhaseGroup", "PhaseGroup"), ("Phase", "Phase")), "master-lookup"),
    JoinPath(
        "bHQCO", "bAPVM", (("VendorGroup", "VendorGroup"), ("Vendor", "Vendor")), "master-lookup"
    ),
    JoinPath(
        "bPREC", "bAPVM", (("VendorGroup", "VendorGroup"), ("Vendor", "Vendor")), "master-lookup"
    ),
)


def _columns(spec: str) -> tuple[Column, ...]:
    return tuple(
        Column(n, t, TYPES.get(t, t)) for n, t in (part.split(":", 1) for part in spec.split())
    )


def _catalog(tiny: Catalog) -> Catalog:
    objects = list(tiny.objects)
    for table, (view, module, key, spec) in EXTRA.items():
        columns = _columns(spec)
        groups = tuple(c.name for c in columns if c.vista_type == "bGroup")
        company = key[0]
        index = (
            Index(f"bi{view}", key, unique=True, clustered=True),
            Index("biKeyID", ("KeyID",), unique=True),
        )
        objects.append(
            DbObject(
                table,
                "table",
                module,
                view,
                columns,
                key,
                index,
                company_column=company,
                group_columns=groups,
                view=view,
            )
        )
        objects.append(
            DbObject(
                view,
                "view",
                module,
                view,
                columns,
                key,
                company_column=company,
                group_columns=groups,
                base_table=table,
            )
        )
    return Catalog(objects=tuple(objects), join_paths=tiny.join_paths + PATHS)


@pytest.fixture(scope="module", autouse=True)
def cat(tiny):
    global CAT
    CAT = _catalog(tiny)
    return CAT


CAT: Catalog


def findings(sql: str, code: str | None = None):
    report = validate(sql, CAT)
    return [f for f in report.findings if code is None or f.code == code]


def errors(sql: str):
    return [(f.code, f.line, f.col) for f in validate(sql, CAT).errors]


# -- company equality over equivalence classes (VG201) ----------------------------------------------


def test_company_shared_through_a_third_table_is_not_judged_between_the_ends():
    sql = (
        "SELECT h.Invoice, c.Description FROM ARTH h\n"
        "JOIN ARTL l ON l.ARCo = h.ARCo AND l.Mth = h.Mth AND l.ARTrans = h.ARTrans\n"
        "JOIN JCCM c ON c.JCCo = l.JCCo AND c.Contract = l.Contract\n"
        "WHERE h.ARCo = 1"
    )
    assert errors(sql) == []


def test_ap_header_line_and_job_each_keep_their_own_company():
    sql = (
        "SELECT h.APRef, j.Description FROM APTH h\n"
        "JOIN APTL l ON l.APCo = h.APCo AND l.Mth = h.Mth AND l.APTrans = h.APTrans\n"
        "JOIN JCJM j ON j.JCCo = l.JCCo AND j.Job = l.Job\n"
        "WHERE h.APCo = @APCo"
    )
    assert errors(sql) == []


def test_companies_pinned_to_one_parameter_are_equal():
    sql = "SELECT i.Item FROM JCCM c JOIN JCCI i ON i.Contract = c.Contract WHERE c.JCCo = @JCCo AND i.JCCo = @JCCo"
    assert findings(sql, "VG201") == []


def test_companies_pinned_to_one_literal_are_equal():
    sql = "SELECT i.Item FROM JCCM c JOIN JCCI i ON i.Contract = c.Contract AND i.JCCo = 1 WHERE c.JCCo = 1"
    assert findings(sql, "VG201") == []


def test_each_side_pinned_to_its_own_value_cannot_fan_out_across_companies():
    sql = "SELECT c.Description FROM ARTL l JOIN JCCM c ON c.Contract = l.Contract WHERE l.JCCo = @JCCo AND c.JCCo = @Co"
    assert findings(sql, "VG201") == []


def test_join_through_an_ar_line_must_equate_its_jcco_not_arco():
    sql = "SELECT c.Description FROM ARTL l\nJOIN JCCM c ON c.Contract = l.Contract AND c.JCCo = l.ARCo\nWHERE l.ARCo = 1"
    [f] = findings(sql, "VG201")
    assert (f.line, f.col) == (2, 6) and f.suggestion == "c.JCCo = l.JCCo"


def test_join_through_an_ap_line_must_equate_its_jcco():
    sql = "SELECT j.Description FROM APTL l JOIN JCJM j ON j.Job = l.Job AND j.JCCo = l.APCo WHERE l.APCo = 1"
    [f] = findings(sql, "VG201")
    assert f.suggestion == "j.JCCo = l.JCCo"
    report = validate(sql, CAT)
    assert validate(report.corrected_sql, CAT).verdict == "pass"


def test_one_parameter_for_a_company_the_other_side_does_not_pin_is_still_missing():
    sql = "SELECT c.Description FROM ARTL l JOIN JCCM c ON c.Contract = l.Contract WHERE l.ARCo = @Co AND c.JCCo = @Co"
    [f] = findings(sql, "VG201")
    assert f.suggestion == "c.JCCo = l.JCCo"


def test_company_tables_related_only_through_a_group_keyed_master_must_agree_on_company():
    sql = (
        "SELECT h.APRef, l.APLine FROM APTH h\n"
        "JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor\n"
        "JOIN ARTH a ON a.CustGroup = v.CustGroup AND a.Customer = v.Customer\n"
        "JOIN APTL l ON l.APCo = h.APCo AND l.Mth = h.Mth AND l.APTrans = h.APTrans\n"
        "WHERE h.APCo = 1"
    )
    [f] = findings(sql, "VG201")
    assert (f.line, f.col) == (3, 6) and f.suggestion == "a.ARCo = h.APCo"
    assert (
        findings(sql.replace("WHERE h.APCo = 1", "WHERE h.APCo = @Co AND a.ARCo = @Co"), "VG201")
        == []
    )


def test_company_tables_with_no_join_between_them_must_agree_on_company():
    [f] = findings(
        "SELECT c.Contract, h.Name FROM JCCM c CROSS JOIN HQCO h WHERE c.JCCo = 1", "VG201"
    )
    assert (f.line, f.col) == (1, 50) and f.suggestion == "h.HQCo = c.JCCo"
    assert (
        findings(
            "SELECT c.Contract, h.Name FROM JCCM c CROSS JOIN HQCO h WHERE c.JCCo = 1 AND h.HQCo = 1",
            "VG201",
        )
        == []
    )


def test_tables_referencing_one_master_must_agree_on_its_company_not_their_own(sample_catalog):
    sql = "SELECT m.MO, s.SL FROM INMO m\nJOIN SLHD s ON s.SLCo = m.INCo AND s.Job = m.Job\nWHERE m.INCo = @INCo"
    [f] = [f for f in validate(sql, sample_catalog).findings if f.code == "VG201"]
    assert (f.line, f.col) == (2, 6) and f.suggestion == "s.JCCo = m.JCCo"


def test_inmo_joined_to_po_and_sl_through_the_job_path_passes(sample_catalog):
    sql = (
        "SELECT m.MO, p.PO, s.SL FROM INMO m\n"
        "JOIN POHD p ON p.INCo = m.INCo AND p.JCCo = m.JCCo AND p.Job = m.Job\n"
        "JOIN SLHD s ON s.JCCo = m.JCCo AND s.Job = m.Job\n"
        "WHERE m.INCo = @INCo"
    )
    assert validate(sql, sample_catalog).errors == ()


# -- key columns carried through ISNULL, LTRIM/RTRIM, CAST -------------------------------------------


def test_a_key_compared_through_isnull_is_still_equated():
    sql = (
        "SELECT l.APLine FROM APTH h JOIN APTL l\n"
        "ON l.APCo = h.APCo AND ISNULL(l.Mth, '19000101') = ISNULL(h.Mth, '19000101') AND l.APTrans = h.APTrans\n"
        "WHERE h.APCo = 1"
    )
    assert errors(sql) == []


def test_a_key_compared_through_ltrim_rtrim_is_still_equated():
    sql = "SELECT d.ActualCost FROM JCJM j JOIN JCCD d ON d.JCCo = j.JCCo AND LTRIM(RTRIM(d.Job)) = LTRIM(RTRIM(j.Job)) WHERE j.JCCo = 1"
    assert errors(sql) == []


def test_a_cte_that_reshapes_a_key_column_still_carries_it():
    cte = "WITH h AS (SELECT APCo, ISNULL(Mth, '19000101') AS Mth, APTrans FROM APTH WHERE APCo = 1)\n"
    bad = cte + "SELECT l.APLine FROM h JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans"
    [f] = findings(bad, "VG202")
    assert (f.line, f.col) == (2, 29) and f.suggestion == "l.Mth = h.Mth"
    good = (
        cte
        + "SELECT l.APLine FROM h JOIN APTL l ON l.APCo = h.APCo AND l.Mth = h.Mth AND l.APTrans = h.APTrans"
    )
    assert errors(good) == []


def test_pm_change_order_ctes_with_isnull_keys_pass(sample_catalog):
    sql = (
        "WITH items AS (\n"
        "    SELECT i.PMCo, i.Project, ISNULL(i.PCOType, '') AS PCOType, ISNULL(i.PCO, '') AS PCO, i.PCOItem,\n"
        "           ISNULL(i.ACO, '') AS ACO, ISNULL(i.ACOItem, '') AS ACOItem, i.Description\n"
        "    FROM PMOI i WHERE i.PMCo = @PMCo)\n"
        "SELECT items.Description, SUM(l.EstCost) AS EstCost\n"
        "FROM items JOIN PMOL l ON l.PMCo = items.PMCo AND l.Project = items.Project\n"
        "  AND ISNULL(l.PCOType, '') = items.PCOType AND ISNULL(l.PCO, '') = items.PCO AND l.PCOItem = items.PCOItem\n"
        "  AND ISNULL(l.ACO, '') = items.ACO AND ISNULL(l.ACOItem, '') = items.ACOItem\n"
        "GROUP BY items.Description"
    )
    assert validate(sql, sample_catalog).errors == ()


# -- partial keys to masters and satellites (VG202) ------------------------------------------------------


def test_vendor_master_joined_on_its_group_without_the_vendor_is_a_partial_key():
    sql = (
        "SELECT v.Name FROM APTH h\nJOIN APVM v ON v.VendorGroup = h.VendorGroup\nWHERE h.APCo = 1"
    )
    [f] = findings(sql, "VG202")
    assert (f.line, f.col) == (2, 6) and f.suggestion == "v.Vendor = h.Vendor"
    report = validate(sql, CAT)
    assert report.corrected_sql.endswith(
        "ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor\nWHERE h.APCo = 1"
    )
    assert validate(report.corrected_sql, CAT).verdict == "pass"


def test_contract_master_joined_on_company_alone_is_a_partial_key():
    [f] = findings(
        "SELECT c.Description FROM JCJM j JOIN JCCM c ON c.JCCo = j.JCCo WHERE j.JCCo = 1", "VG202"
    )
    assert f.col == 39 and f.suggestion == "c.Contract = j.Contract"


def test_job_phase_joined_without_phase_group_and_phase_is_a_partial_key():
    [f] = findings(
        "SELECT h.CostType FROM JCCH h JOIN JCJP p ON p.JCCo = h.JCCo AND p.Job = h.Job WHERE h.JCCo = 1",
        "VG202",
    )
    assert f.col == 36 and f.suggestion == "p.PhaseGroup = h.PhaseGroup AND p.Phase = h.Phase"


def test_earnings_code_joined_without_the_code_is_a_partial_key():
    [f] = findings(
        "SELECT e.Description FROM PRTH t JOIN PREC e ON e.PRCo = t.PRCo WHERE t.PRCo = 1", "VG202"
    )
    assert f.col == 39 and f.suggestion == "e.EarnCode = t.EarnCode"


def test_insurance_template_joined_without_the_template_is_a_partial_key(sample_catalog):
    sql = "SELECT t.Description FROM JCJM j JOIN JCTN t ON t.JCCo = j.JCCo WHERE j.JCCo = 1"
    [f] = [f for f in validate(sql, sample_catalog).findings if f.code == "VG202"]
    assert f.col == 39 and f.suggestion == "t.InsTemplate = j.InsTemplate"


def test_the_whole_key_passes():
    sql = (
        "SELECT e.Description, v.Name FROM PRTH t JOIN PREC e ON e.PRCo = t.PRCo AND e.EarnCode = t.EarnCode\n"
        "LEFT JOIN APVM v ON v.VendorGroup = e.VendorGroup AND v.Vendor = e.Vendor WHERE t.PRCo = 1"
    )
    assert errors(sql) == []


def test_missing_key_column_pinned_to_a_parameter_passes():
    assert (
        errors(
            "SELECT v.Name FROM APTH h JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Vendor = @Vendor "
            "WHERE h.APCo = 1"
        )
        == []
    )


def test_missing_key_column_pinned_to_one_value_on_both_sides_passes():
    sql = (
        "SELECT l.APLine FROM APTH h JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans\n"
        "WHERE h.APCo = 1 AND h.Mth = @Mth AND l.Mth = @Mth"
    )
    assert errors(sql) == []


def test_missing_key_column_pinned_on_one_side_only_is_still_missing():
    sql = "SELECT l.APLine FROM APTH h JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans WHERE h.APCo = 1 AND h.Mth = @Mth"
    [f] = findings(sql, "VG202")
    assert f.suggestion == "l.Mth = h.Mth"


def test_a_first_row_subquery_binds_the_rest_of_the_key():
    sql = (
        "SELECT c.Contract, i.Item FROM JCCM c JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract\n"
        "AND i.Item = (SELECT MIN(x.Item) FROM JCCI x WHERE x.JCCo = c.JCCo AND x.Contract = c.Contract) WHERE c.JCCo = 1"
    )
    assert errors(sql) == []


def test_an_anti_join_on_part_of_the_key_is_still_judged():
    # it multiplies nothing, but it answers another question: headers with no line in *any* month
    sql = "SELECT h.APRef FROM APTH h LEFT JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans WHERE h.APCo = 1 AND l.APLine IS NULL"
    [f] = findings(sql, "VG202")
    assert f.suggestion == "l.Mth = h.Mth"


def test_a_lookup_on_a_non_key_column_is_another_relationship():
    sql = "SELECT v.Name FROM APTH h JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Name = h.PayName WHERE h.APCo = 1"
    assert findings(sql, "VG202") == []


def test_a_company_row_joined_on_its_group_lists_the_group_not_a_partial_key():
    sql = "SELECT v.Vendor, v.Name FROM HQCO hq JOIN APVM v ON v.VendorGroup = hq.VendorGroup WHERE hq.HQCo = @Co"
    assert errors(sql) == []


def test_an_in_subquery_equates_its_column_with_the_outer_one():
    sql = (
        "SELECT h.APRef FROM APTH h WHERE h.APCo = 1 AND h.APTrans IN\n"
        "(SELECT l.APTrans FROM APTL l WHERE l.APCo = h.APCo AND l.Mth = h.Mth AND l.JCCo = 1)"
    )
    assert errors(sql) == []
    assert [f.suggestion for f in findings(sql.replace(" AND l.Mth = h.Mth", ""), "VG202")] == [
        "l.Mth = h.Mth"
    ]


@pytest.mark.parametrize(
    "condition", ["p.Phase LIKE h.Phase + '%'", "(p.Phase = h.Phase OR h.Phase IS NULL)"]
)
def test_a_key_column_compared_some_other_way_is_not_judged(condition):
    sql = (
        f"SELECT h.CostType FROM JCCH h JOIN JCJP p ON p.JCCo = h.JCCo AND p.Job = h.Job AND p.PhaseGroup = h.PhaseGroup "
        f"AND {condition} WHERE h.JCCo = 1"
    )
    assert findings(sql, "VG202") == []


def test_a_pivot_output_is_not_judged_as_the_table_it_reads():
    sql = (
        "SELECT * FROM (SELECT JCCo, Job, PhaseGroup, Phase, CostType, ActualCost FROM JCCP WHERE JCCo = 1) s\n"
        "PIVOT (SUM(ActualCost) FOR CostType IN ([1], [2])) pv\n"
        "JOIN JCCH h ON h.JCCo = pv.JCCo AND h.Job = pv.Job AND h.PhaseGroup = pv.PhaseGroup AND h.Phase = pv.Phase"
    )
    assert errors(sql) == []


def test_a_cte_aggregated_to_another_grain_is_not_judged():
    sql = (
        "WITH t AS (SELECT JCCo, Job, SUM(ActualCost) AS Cost FROM JCCD WHERE JCCo = 1 GROUP BY JCCo, Job)\n"
        "SELECT p.Phase, t.Cost FROM JCJP p JOIN t ON t.JCCo = p.JCCo AND t.Job = p.Job"
    )
    assert errors(sql) == []


# -- join findings survive other errors ------------------------------------------------------------------


def test_join_findings_survive_an_unknown_column():
    sql = (
        "SELECT h.APRef FROM bAPTH h JOIN bAPTL l ON h.APCo = l.APCo "
        "JOIN APVM v ON v.Vendor = h.Vendor WHERE h.Status = 'A'"
    )
    assert errors(sql) == [("VG202", 1, 34), ("VG201", 1, 66), ("VG102", 1, 104)]
    [key] = findings(sql, "VG202")
    assert key.suggestion == "l.Mth = h.Mth AND l.APTrans = h.APTrans"


def test_a_typo_in_a_join_condition_sets_aside_only_that_join():
    sql = (
        "SELECT h.APRef FROM APTH h JOIN APTL l ON l.APCo = h.APCo AND l.Mthh = h.Mth AND l.APTrans = h.APTrans "
        "JOIN APVM v ON v.Vendor = h.Vendor WHERE h.APCo = 1"
    )
    assert errors(sql) == [("VG102", 1, 65), ("VG201", 1, 109)]


def test_an_unbound_qualifier_sets_aside_the_joins_it_could_belong_to():
    sql = "SELECT c.Description FROM JCJM j JOIN JCCM c ON c.JCCo = j.JCCo AND c.Contract = x.Contract WHERE j.JCCo = 1"
    assert [code for code, _, _ in errors(sql)] == ["VG101"]


# -- tautologies (VG203) -----------------------------------------------------------------------------------


def test_a_column_compared_with_itself_in_a_join_is_an_error_with_the_intended_column():
    sql = "SELECT h.Job FROM JCCM c\nJOIN JCJM h ON c.JCCo = h.JCCo AND h.Contract = h.Contract\nWHERE c.JCCo = 1"
    [f] = findings(sql, "VG203")
    assert (
        (f.line, f.col) == (2, 36)
        and f.rule == "tautology"
        and f.suggestion == "h.Contract = c.Contract"
    )
    report = validate(sql, CAT)
    assert "AND h.Contract = c.Contract" in report.corrected_sql
    assert validate(report.corrected_sql, CAT).verdict == "pass"


def test_a_column_compared_with_itself_in_where_is_an_error():
    sql = "SELECT i.Item FROM JCCM c, JCCI i WHERE i.JCCo = c.JCCo AND c.Contract = c.Contract AND c.JCCo = 1"
    [f] = findings(sql, "VG203")
    assert f.col == 61 and f.suggestion == "c.Contract = i.Contract"


def test_a_constant_true_join_condition_is_an_error():
    [f] = findings("SELECT i.Item FROM JCCM c JOIN JCCI i ON 1 = 1 WHERE c.JCCo = 1", "VG203")
    assert f.col == 42


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT c.Contract FROM JCCM c WHERE 1 = 1 AND c.JCCo = 1",
        "SELECT c.Contract, p.Co FROM JCCM c JOIN (SELECT 1 AS Co) p ON 1 = 1 WHERE c.JCCo = p.Co",
        "SELECT a.Job FROM JCJM a JOIN JCJM b ON b.JCCo = a.JCCo AND b.Contract = a.Contract WHERE a.JCCo = 1",
    ],
)
def test_idioms_and_comparisons_of_two_tables_are_not_tautologies(sql):
    assert findings(sql, "VG203") == []
