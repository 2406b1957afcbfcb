"""The dry-run stage: binder errors of the query fail it; what the translation cannot run is only an info."""

from __future__ import annotations

import pytest

from assistant.settings import load_settings
from assistant.shadow import dry_run_stage, stages_for
from assistant.shadow.mutants import semantic_mutants
from assistant.shadow.transpile import UNSUPPORTED
from assistant.validate import validate

from .conftest import load_corpus


@pytest.fixture(scope="module")
def stage(shadow_path):
    return dry_run_stage(shadow_path)


def dry(sql, catalog, stage):
    report = validate(sql, catalog, stages=(stage,))
    return report, [f for f in report.findings if f.source == "dry-run"]


# -- zero false rejects -------------------------------------------------------------------


def test_no_correct_corpus_query_is_rejected_by_the_dry_run(sample_catalog, stage):
    corpus = load_corpus()
    assert len(corpus) >= 150
    rejected, ran = [], 0
    for name, sql in corpus:
        report, found = dry(sql, sample_catalog, stage)
        if any(f.severity == "error" for f in found):
            rejected.append((name, [f.message for f in found]))
        ran += not found
    assert rejected == []
    assert ran >= 150  # and most of them really ran


def test_no_approved_expert_query_is_rejected_by_the_dry_run(sample_catalog, stage):
    assert len(sample_catalog.examples) >= 60
    rejected = []
    for example in sample_catalog.examples:
        if validate(example.sql, sample_catalog).verdict != "pass":
            continue  # the static gate's business
        _, found = dry(example.sql, sample_catalog, stage)
        rejected += [(example.path, f.message) for f in found if f.severity == "error"]
    assert rejected == []


# -- seeded semantic errors the static checks cannot see ------------------------------------------

SEEDED = [
    (
        "wrong-args",
        "SELECT c.Contract, REPLACE(c.Description, ' ') AS d FROM JCCM c WHERE c.JCCo = 1",
    ),
    (
        "aggregate-in-where",
        "SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND SUM(c.ContractAmt) > 0",
    ),
    (
        "two-column-subquery",
        "SELECT c.Contract, (SELECT TOP 1 i.Item, i.Description FROM JCCI i WHERE i.JCCo = c.JCCo "
        "AND i.Contract = c.Contract) AS x FROM JCCM c WHERE c.JCCo = 1",
    ),
    (
        "text-vs-money",
        "SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND c.Description = c.ContractAmt",
    ),
    (
        "sum-of-text",
        "SELECT c.JCCo, SUM(c.Description) AS s FROM JCCM c WHERE c.JCCo = 1 GROUP BY c.JCCo",
    ),
    (
        "union-width",
        "SELECT c.Contract, c.Description FROM JCCM c WHERE c.JCCo = 1 UNION ALL SELECT j.Job FROM JCJM j WHERE j.JCCo = 1",
    ),
    (
        "window-in-where",
        "SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND ROW_NUMBER() OVER (ORDER BY c.Contract) = 1",
    ),
]


@pytest.mark.parametrize("kind, sql", SEEDED, ids=[k for k, _ in SEEDED])
def test_dry_run_catches_what_sql_server_binder_rejects(kind, sql, sample_catalog, stage):
    assert validate(sql, sample_catalog).verdict == "pass"  # invisible to the static checks
    report, found = dry(sql, sample_catalog, stage)
    assert report.verdict == "fail"
    errors = [f for f in found if f.severity == "error"]
    assert [f.code for f in errors] == ["VG501"] and errors[0].rule == "dry-run"


def test_aggregate_in_where_points_at_the_aggregate(sample_catalog, stage):
    sql = "SELECT c.Contract FROM JCCM c\nWHERE c.JCCo = 1 AND SUM(c.ContractAmt) > 0"
    _, found = dry(sql, sample_catalog, stage)
    assert (found[0].line, found[0].col) == (2, 22)  # the S of SUM
    assert "HAVING" in found[0].message


def test_wrong_argument_count_names_the_function(sample_catalog, stage):
    _, found = dry(SEEDED[0][1], sample_catalog, stage)
    assert "REPLACE takes 3 argument(s), not 2" in found[0].message


def test_seeded_semantic_mutants_of_the_corpus_are_caught(sample_catalog, stage):
    caught = total = 0
    for _, sql in load_corpus()[:40]:
        for mutant in semantic_mutants(sql, sample_catalog):
            if validate(mutant.sql, sample_catalog).verdict == "fail":
                continue  # already the static gate's catch
            total += 1
            caught += validate(mutant.sql, sample_catalog, stages=(stage,)).verdict == "fail"
    assert total >= 100
    assert caught / total >= 0.9


# -- what the translation or the shadow cannot run: info, never an error ----------------------------

UNSUPPORTED_CASES = {
    "for-xml": "SELECT STUFF((SELECT ',' + c.Contract FROM JCCM c WHERE c.JCCo = 1 FOR XML PATH('')), 1, 1, '') AS list",
    "temp-table": "SELECT c.Contract INTO #c FROM JCCM c WHERE c.JCCo = 1; SELECT * FROM #c",
    "table-variable": "DECLARE @t TABLE (Contract varchar(10)); SELECT t.Contract FROM @t t",
    "system-variable": "SELECT @@ROWCOUNT AS n",
    "system-catalog": "SELECT name FROM sys.tables",
    "table-function": "SELECT c.Contract, f.x FROM JCCM c CROSS APPLY dbo.vfJCContractInfo(c.JCCo, c.Contract) f WHERE c.JCCo = 1",
    "user-function": "SELECT dbo.vfDateOnly() AS today",
    "remote-source": "SELECT * FROM OPENQUERY(VISTA, 'select 1')",
    "top-with-ties": "SELECT TOP 1 WITH TIES c.Contract FROM JCCM c WHERE c.JCCo = 1 ORDER BY c.ContractAmt DESC",
}


def test_every_unsupported_construct_has_a_case():
    assert set(UNSUPPORTED) - {"no-query", "transpile"} == set(UNSUPPORTED_CASES)


@pytest.mark.parametrize("construct", sorted(UNSUPPORTED_CASES))
def test_unsupported_construct_is_an_info_never_an_error(construct, sample_catalog, stage):
    found = stage(UNSUPPORTED_CASES[construct], sample_catalog)
    assert [f.severity for f in found] == ["info"]
    assert found[0].message.startswith("could not dry-run: ") and found[0].code == "VG509"
    assert UNSUPPORTED[construct].split(" (")[0] in found[0].message


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT HOST_NAME() AS host",  # a function DuckDB lacks
        "SELECT c.Contract FROM JCCM c LEFT MERGE JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract WHERE c.JCCo = 1",  # a join hint sqlglot cannot read
        "SELECT FORMAT(c.ContractAmt, 'C') FROM JCCM c WHERE c.JCCo = 1",  # sqlglot cannot translate this FORMAT
    ],
)
def test_dialect_gaps_are_infos(sql, sample_catalog, stage):
    assert [f.severity for f in stage(sql, sample_catalog)] == ["info"]


@pytest.mark.parametrize(
    "sql",
    [
        "DECLARE @JCCo bCompany = 1, @Mth bMonth\nSET @Mth = '2024-03-01'\nSELECT d.Mth, d.ActualCost FROM JCCD d WHERE d.JCCo = @JCCo AND d.Mth = @Mth",
        "SELECT LTRIM(RTRIM(j.Job)) + ' - ' + ISNULL(j.Description, '') AS JobName FROM dbo.JCJM j WITH (NOLOCK) WHERE j.JCCo = 1",
        "SELECT c.Contract, x.n FROM JCCM c OUTER APPLY (SELECT COUNT(*) AS n FROM JCCI i WHERE i.JCCo = c.JCCo AND i.Contract = c.Contract) x WHERE c.JCCo = 1",
        "SELECT [c].[Contract] FROM [dbo].[jccm] [c] WHERE [c].[JCCo] = 1 OPTION (RECOMPILE)",
        "SELECT CONVERT(varchar(10), c.StartMonth, 101) AS s, DATEADD(month, 1, c.StartMonth) AS n FROM JCCM c WHERE c.JCCo = 1",
        "SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND c.Contract COLLATE Latin1_General_CI_AS LIKE '%1%'",
        "CREATE VIEW dbo.udOpen AS SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1",
        "SELECT d.Mth FROM JCCD d WHERE d.JCCo = 1 AND d.Mth >= DATEADD(mm, DATEDIFF(mm, 0, GETDATE()), 0)",
        "SELECT d.Mth FROM JCCD d WHERE d.JCCo = 1 AND d.Mth BETWEEN '1/1/2024' AND '20241201'",
        "SELECT h.APRef, h.DueDate + 5 AS Grace FROM APTH h WHERE h.APCo = 1 AND h.DueDate < GETDATE() - 30",
    ],
)
def test_tsql_habits_run_in_the_shadow(sql, sample_catalog, stage):
    assert stage(sql, sample_catalog) == []


def test_stage_is_off_without_a_shadow(tmp_path):
    settings = load_settings(root=tmp_path, env={})
    assert stages_for(settings) == ()


def test_stage_is_on_with_a_shadow_and_off_on_request(tmp_path, shadow_path):
    import shutil

    settings = load_settings(root=tmp_path, env={})
    settings.shadow_path.parent.mkdir(parents=True)
    shutil.copy(shadow_path, settings.shadow_path)
    assert len(stages_for(settings)) == 1
    assert stages_for(settings, enabled=False) == ()
    assert stages_for(settings.with_(dry_run=False)) == ()


def test_a_runaway_query_times_out_as_an_info(sample_catalog, shadow_path):
    slow = dry_run_stage(shadow_path, timeout_s=0.2)
    sql = (
        "SELECT COUNT(*) FROM JCCD a CROSS JOIN JCCD b CROSS JOIN JCCD c CROSS JOIN JCCD d CROSS JOIN JCCD e "
        "CROSS JOIN JCCD f WHERE a.JCCo = 1 AND b.JCCo = 1 AND c.JCCo = 1 AND d.JCCo = 1 AND e.JCCo = 1 AND f.JCCo = 1"
    )
    found = slow(sql, sample_catalog)
    assert [(f.severity, f.message) for f in found] == [
        ("info", "could not dry-run: timed out in the shadow")
    ]


def test_a_stale_shadow_is_not_used(tmp_path, small_catalog, sample_catalog):
    from assistant.shadow import build_shadow

    settings = load_settings(root=tmp_path, env={})
    build_shadow(small_catalog, settings.shadow_path, rows=10)
    assert len(stages_for(settings, small_catalog)) == 1
    assert stages_for(settings, sample_catalog) == ()  # built from another catalog


def test_vgpt_validate_dry_runs_unless_told_not_to(
    tmp_path, monkeypatch, sample_catalog_path, shadow_path
):
    import json
    import shutil

    from click.testing import CliRunner

    from cli.main import cli

    monkeypatch.chdir(tmp_path)
    settings = load_settings(root=tmp_path, env={})
    settings.shadow_path.parent.mkdir(parents=True)
    shutil.copy(shadow_path, settings.shadow_path)
    query = tmp_path / "q.sql"
    query.write_text("SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND SUM(c.ContractAmt) > 0\n")
    args = ["validate", "--catalog", str(sample_catalog_path), "--json", str(query)]
    with_dry = CliRunner().invoke(cli, args)
    assert with_dry.exit_code == 1, with_dry.output
    assert [f["rule"] for f in json.loads(with_dry.stdout)["findings"]] == ["dry-run"]
    without = CliRunner().invoke(cli, args + ["--no-dry-run"])
    assert without.exit_code == 0 and json.loads(without.stdout)["verdict"] == "pass"


def test_the_shadow_connection_cannot_read_files_even_past_the_gate(shadow_path):
    """A second guard behind the allow-list gate: DuckDB's file functions are switched off."""
    import duckdb

    from assistant.shadow import open_shadow

    con = open_shadow(shadow_path)
    with pytest.raises(duckdb.PermissionException):
        con.execute("SELECT * FROM read_text('/etc/passwd')").fetchall()
