"""Execution match (Spider/BIRD, test-suite style) and the chat preview."""

from __future__ import annotations

import pytest

from assistant.shadow import Shadows, execution_match, preview
from assistant.shadow.execmatch import Run, same_result


@pytest.fixture(scope="module")
def shadows(shadow_path, shadow_seed1_path):
    opened = Shadows.open([shadow_path, shadow_seed1_path])
    yield opened
    opened.close()


GOLD = "SELECT c.Contract, c.Description FROM JCCM c WHERE c.JCCo = 1 AND c.ContractStatus = 1"

EQUIVALENT = [
    "SELECT Description, Contract FROM dbo.JCCM WITH (NOLOCK) WHERE ContractStatus = 1 AND JCCo = 1",  # columns swapped
    "SELECT c.Contract, c.Description FROM JCCM c WHERE c.JCCo = 1 AND c.ContractStatus IN (1)",
    "DECLARE @JCCo bCompany = 1\nSELECT c.Contract, c.Description FROM JCCM c WHERE c.JCCo = @JCCo AND c.ContractStatus = 1",
    "SELECT c.Contract, c.Description FROM bJCCM c WHERE c.JCCo = 1 AND c.ContractStatus BETWEEN 1 AND 1 ORDER BY c.Description",
]
DIFFERENT = [
    "SELECT c.Contract, c.Description FROM JCCM c WHERE c.JCCo = 1",  # status filter dropped
    "SELECT c.Contract, c.Description FROM JCCM c WHERE c.ContractStatus = 1",  # company filter dropped
    "SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND c.ContractStatus = 1",  # a column short
    "SELECT c.Contract, c.Description FROM JCCM c JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract "
    "WHERE c.JCCo = 1 AND c.ContractStatus = 1",  # rows multiplied by the join
]


@pytest.mark.parametrize("pred", EQUIVALENT)
def test_equivalent_queries_match_on_every_shadow(pred, shadows):
    result = execution_match(GOLD, pred, shadows)
    assert result.match is True and result.per_db == (True, True)


@pytest.mark.parametrize("pred", DIFFERENT)
def test_different_queries_do_not_match(pred, shadows):
    assert execution_match(GOLD, pred, shadows).match is False


def test_a_query_right_by_accident_on_one_shadow_is_caught_on_another(shadows):
    # a filter that happens to remove nothing from seed 0's rows, but does on seed 1's
    top = (
        shadows.cons[0]
        .execute("SELECT max(ContractAmt) FROM JCCM WHERE JCCo = 1 AND ContractStatus = 1")
        .fetchone()[0]
    )
    pred = f"SELECT c.Contract, c.Description FROM JCCM c WHERE c.JCCo = 1 AND c.ContractStatus = 1 AND c.ContractAmt <= {top}"
    over = (
        shadows.cons[1]
        .execute(
            f"SELECT count(*) FROM JCCM WHERE JCCo = 1 AND ContractStatus = 1 AND ContractAmt > {top}"
        )
        .fetchone()[0]
    )
    assert over > 0  # the second shadow does hold such rows
    result = execution_match(GOLD, pred, shadows)
    assert result.per_db == (True, False) and result.match is False


def test_order_matters_only_when_the_gold_orders(shadows):
    ordered = GOLD + " ORDER BY c.Contract"
    assert execution_match(ordered, GOLD + " ORDER BY c.Contract DESC", shadows).match is False
    assert execution_match(GOLD, GOLD + " ORDER BY c.Contract DESC", shadows).match is True


def test_a_generated_query_that_fails_does_not_match(shadows):
    result = execution_match(
        GOLD, "SELECT c.Contract FROM JCCM c WHERE SUM(c.ContractAmt) > 0", shadows
    )
    assert result.match is False and "generated" in result.reason


def test_a_gold_that_cannot_run_is_not_scored(shadows):
    result = execution_match("SELECT name FROM sys.tables", GOLD, shadows)
    assert result.match is None


def test_multisets_count_duplicates():
    gold = Run(("a",), ((1.0,), (1.0,), (2.0,)))
    assert not same_result(gold, Run(("a",), ((1.0,), (2.0,), (2.0,))))
    assert same_result(gold, Run(("b",), ((2.0,), (1.0,), (1.0,))))


def test_preview_shows_the_first_rows_on_sample_data(shadow_con):
    columns, rows = preview(
        "SELECT TOP 50 c.Contract, c.ContractAmt AS Amount FROM dbo.JCCM c WHERE c.JCCo = 1 ORDER BY c.Contract",
        shadow_con,
        rows=5,
    )
    assert columns == ["Contract", "Amount"]
    assert len(rows) == 5 and rows[0][0].startswith(" ")


def test_preview_of_a_query_the_shadow_cannot_run_says_why(shadow_con):
    with pytest.raises(ValueError, match="FOR XML"):
        preview("SELECT c.Contract FROM JCCM c FOR XML PATH('')", shadow_con)


def test_eval_shadows_are_built_once_per_seed_beside_the_main_one(tmp_path, small_catalog):
    import os

    from assistant.settings import load_settings
    from assistant.shadow import open_eval_shadows

    settings = load_settings(root=tmp_path, env={})
    shadows = open_eval_shadows(settings, small_catalog, seeds=(0, 1), rows=20)
    files = sorted(p.name for p in settings.shadow_path.parent.glob("*.duckdb"))
    assert files == ["shadow.duckdb", "shadow.seed1.duckdb"]
    assert execution_match(
        "SELECT JCCo, Contract FROM JCCM", "SELECT Contract, JCCo FROM bJCCM", shadows
    ).per_db == (True, True)
    shadows.close()
    stamp = os.stat(settings.shadow_path).st_mtime_ns
    open_eval_shadows(settings, small_catalog, seeds=(0, 1), rows=20).close()
    assert os.stat(settings.shadow_path).st_mtime_ns == stamp


def test_text_compares_case_insensitively_as_under_sql_server_collation(shadows):
    gold = "SELECT v.Vendor FROM APVM v WHERE v.VendorGroup = 1 AND v.ActiveYN = 'Y'"
    assert execution_match(gold, gold.replace("'Y'", "'y'"), shadows).match is True
