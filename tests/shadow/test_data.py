"""The synthetic rows respect the catalog: links resolve, keys are unique, domains and conventions hold."""

from __future__ import annotations

import pytest

from assistant.shadow.data import COMPANIES, GROUPS, business_key
from assistant.shadow.schema import quote


def q(con, sql):
    return con.execute(sql).fetchall()


def test_every_documented_link_and_foreign_key_resolves(shadow_con):
    links = q(
        shadow_con,
        "SELECT child, parent, child_cols, parent_cols, kind FROM vgpt.links WHERE NOT cut",
    )
    assert len(links) > 1000
    kinds = {k for *_, k in links}
    assert {"header-detail", "master-lookup", "company", "foreign-key"} <= kinds
    broken = []
    for child, parent, ccols, pcols, kind in links:
        cc, pc = ccols.split(","), pcols.split(",")
        set_ = " AND ".join(f"c.{quote(c)} IS NOT NULL" for c in cc)
        match = " AND ".join(f"p.{quote(p)} = c.{quote(c)}" for c, p in zip(cc, pc))
        n = q(
            shadow_con,
            f"SELECT count(*) FROM {quote(child)} c WHERE {set_} AND NOT EXISTS "
            f"(SELECT 1 FROM {quote(parent)} p WHERE {match})",
        )[0][0]
        if n:
            broken.append((child, parent, kind, n))
    assert broken == []


def test_links_are_used_not_only_nulled(shadow_con):
    # APTL lines really hang under APTH headers, with the month in the key
    n = q(
        shadow_con,
        "SELECT count(*) FROM APTL l JOIN APTH h ON h.APCo = l.APCo AND h.Mth = l.Mth AND h.APTrans = l.APTrans",
    )
    assert n[0][0] == q(shadow_con, "SELECT count(*) FROM APTL")[0][0] > 0


def test_business_keys_are_unique(shadow_con, sample_catalog):
    dupes = []
    for obj in sample_catalog.tables:
        key = business_key(obj)
        if not key:
            continue
        cols = ", ".join(quote(k) for k in key)
        n = q(
            shadow_con,
            f"SELECT count(*) FROM (SELECT {cols} FROM {quote(obj.name)} GROUP BY ALL HAVING count(*) > 1)",
        )[0][0]
        if n:
            dupes.append(obj.name)
    assert dupes == []


def test_every_closed_domain_is_respected(shadow_con, sample_catalog):
    outside = []
    checked = 0
    for obj, col in sample_catalog.domains():
        if not col.domain.closed:
            continue
        checked += 1
        for (value,) in q(
            shadow_con,
            f"SELECT DISTINCT {quote(col.name)} FROM {quote(obj.name)} WHERE {quote(col.name)} IS NOT NULL",
        ):
            text = (
                str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
            )
            if not col.domain.allows(text):
                outside.append((obj.name, col.name, value))
    assert checked > 500
    assert outside == []


def test_status_codes_use_their_documented_values(shadow_con):
    assert {r[0] for r in q(shadow_con, "SELECT DISTINCT ContractStatus FROM JCCM")} <= {0, 1, 2, 3}
    assert {
        r[0] for r in q(shadow_con, "SELECT DISTINCT Status FROM ARCM WHERE Status IS NOT NULL")
    } <= {"A", "H", "I"}


def test_yn_columns_hold_only_y_or_n(shadow_con, sample_catalog):
    bad = []
    for obj in sample_catalog.tables:
        for col in obj.columns:
            if col.vista_type == "bYN":
                values = {
                    r[0]
                    for r in q(
                        shadow_con, f"SELECT DISTINCT {quote(col.name)} FROM {quote(obj.name)}"
                    )
                }
                if not values <= {"Y", "N", None}:
                    bad.append((obj.name, col.name, values))
    assert bad == []


def test_months_are_first_of_the_month(shadow_con, sample_catalog):
    bad = []
    for obj in sample_catalog.tables:
        for col in obj.columns:
            if col.vista_type == "bMonth":
                n = q(
                    shadow_con,
                    f"SELECT count(*) FROM {quote(obj.name)} WHERE day({quote(col.name)}) <> 1 "
                    f"OR hour({quote(col.name)}) <> 0",
                )[0][0]
                if n:
                    bad.append((obj.name, col.name))
    assert bad == []


def test_companies_come_from_hqco_with_their_groups(shadow_con):
    assert q(shadow_con, "SELECT HQCo FROM HQCO ORDER BY HQCo") == [(c,) for c in COMPANIES]
    for company, groups in GROUPS.items():
        row = q(
            shadow_con,
            f"SELECT VendorGroup, CustGroup, PhaseGroup FROM HQCO WHERE HQCo = {company}",
        )[0]
        assert row == (groups["VendorGroup"], groups["CustGroup"], groups["PhaseGroup"])
    # a transaction's group is its company's group
    assert q(
        shadow_con,
        "SELECT count(*) FROM APTH t JOIN HQCO c ON c.HQCo = t.APCo WHERE t.VendorGroup <> c.VendorGroup",
    ) == [(0,)]
    assert q(
        shadow_con,
        "SELECT count(*) FROM JCJP p JOIN HQCO c ON c.HQCo = p.JCCo WHERE p.PhaseGroup <> c.PhaseGroup",
    ) == [(0,)]
    assert q(shadow_con, "SELECT count(DISTINCT JCCo) FROM JCCM") == [(len(COMPANIES),)]


@pytest.mark.parametrize("table, column", [("JCJM", "Job"), ("JCCM", "Contract")])
def test_job_and_contract_codes_are_formatted_with_leading_spaces(shadow_con, table, column):
    values = [r[0] for r in q(shadow_con, f"SELECT {column} FROM {table} LIMIT 20")]
    assert values and all(
        v.startswith(" ") and v.endswith("-") and v.strip("- ").isdigit() for v in values
    )
    # why real code writes LTRIM(RTRIM(Job)) in its output
