"""Questions written from plans: business words only, faithful to the plan, paraphrased, seeded."""

from __future__ import annotations

import random
import re

import pytest

from assistant.catalog import Catalog, Column, DbObject
from assistant.drafting.plan import parse_plan
from ingest.dataset.verbalize import NameGuard, Verbalizer, plural_nouns

OPEN_WITH_CUSTOMER = (
    "SELECT JCCM.Contract, JCCM.Description, ARCM.Name\nWHERE JCCM.ContractStatus = 1"
)


def names_pattern(catalog: Catalog) -> re.Pattern:
    names = sorted({o.name for o in catalog.objects}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def verbalizer(tiny_catalog):
    return Verbalizer(tiny_catalog)


def test_questions_name_no_table_or_view(tiny_catalog, verbalizer):
    pattern = names_pattern(tiny_catalog)
    for text in (
        OPEN_WITH_CUSTOMER,
        "SELECT APVM.Name, SUM(APTH.InvTotal)\nWHERE APTH.Mth DURING 2024",
        "SELECT APTH.APTrans, APTL.APLine, APTL.GrossAmt, APVM.Name\nWHERE APTH.OpenYN = 'Y'",
    ):
        for question in verbalizer.paraphrases(parse_plan(text), random.Random(0), 6):
            assert not pattern.search(question), question


def test_a_documented_code_is_said_by_its_meaning_and_a_master_by_its_noun(verbalizer):
    questions = verbalizer.paraphrases(parse_plan(OPEN_WITH_CUSTOMER), random.Random(1), 4)
    assert questions
    for q in questions:
        assert "open" in q.lower()
        assert re.search(r"customer|client", q.lower()), q
        assert "ContractStatus" not in q and " 1" not in q


def test_paraphrases_differ_and_follow_the_seed(verbalizer):
    plan = parse_plan(OPEN_WITH_CUSTOMER)
    first = verbalizer.paraphrases(plan, random.Random(5), 4)
    assert len(first) == 4
    assert len({q.lower() for q in first}) == 4
    assert verbalizer.paraphrases(plan, random.Random(5), 4) == first
    assert verbalizer.paraphrases(plan, random.Random(6), 4) != first


@pytest.mark.parametrize(
    "period, words",
    [
        ("2024", "2024"),
        ("2024-05", "May 2024"),
        ("2024-01 TO 2024-06", "January"),
        ("YTD", "year"),
    ],
)
def test_a_month_period_is_said_in_words(verbalizer, period, words):
    plan = parse_plan(
        f"SELECT APTH.Mth, SUM(APTH.InvTotal)\nWHERE APTH.Mth DURING {period}\nORDER BY APTH.Mth"
    )
    for q in verbalizer.paraphrases(plan, random.Random(2), 3):
        assert words in q, q
        assert "DURING" not in q and "Mth" not in q


def test_totals_per_master_say_total_and_per(verbalizer):
    plan = parse_plan(
        "SELECT APVM.Name, SUM(APTL.GrossAmt)\nWHERE APTH.Mth DURING 2024\nORDER BY SUM(APTL.GrossAmt) DESC"
    )
    for q in verbalizer.paraphrases(plan, random.Random(3), 4):
        assert re.search(r"total|sum", q.lower()), q
        assert re.search(r"vendor|supplier", q.lower()), q


def test_a_named_company_is_said_and_no_company_is_not(verbalizer):
    plan = parse_plan("SELECT JCCM.Contract\nCOMPANY 5")
    assert all(
        re.search(r"\b5\b", q) and "co" in q.lower()
        for q in verbalizer.paraphrases(plan, random.Random(0), 3)
    )
    plain = parse_plan("SELECT JCCM.Contract")
    assert not any(
        "company" in q.lower() for q in verbalizer.paraphrases(plain, random.Random(0), 3)
    )


def test_a_view_without_a_business_name_gives_no_question():
    bare = DbObject(
        "APRH",
        "view",
        module="AP",
        columns=(Column("APCo", "bCompany", "tinyint"), Column("InvId", "char(10)", "char(10)")),
        business_key=("APCo", "InvId"),
        company_column="APCo",
    )
    catalog = Catalog((bare,))
    assert plural_nouns(bare) == []
    assert Verbalizer(catalog).paraphrases(parse_plan("SELECT APRH.InvId"), random.Random(0)) == []


def test_name_guard_matches_whole_words_only(tiny_catalog):
    guard = NameGuard(tiny_catalog)
    assert guard("list every jccm row") and guard("from bAPTH")
    assert not guard("the JCCMs of APTHX")
    assert guard.names_in("APVM and arcm") == ["APVM", "ARCM"]
