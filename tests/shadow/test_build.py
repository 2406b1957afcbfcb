"""The shadow build: every documented object, typed, with rows that respect the catalog."""

from __future__ import annotations

import json
import os

import duckdb
import pytest
from click.testing import CliRunner

from assistant.catalog import Catalog
from assistant.settings import load_settings
from assistant.shadow import build_shadow, catalog_hash, ensure_shadow, read_meta
from assistant.shadow.schema import duck_type


def q(con, sql):
    return con.execute(sql).fetchall()


def test_every_table_and_view_of_the_sample_is_in_the_shadow(shadow_con, sample_catalog):
    names = {
        r[0].lower()
        for r in q(
            shadow_con,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'",
        )
    }
    assert {o.name.lower() for o in sample_catalog.tables} <= names
    assert {o.name.lower() for o in sample_catalog.views} <= names
    assert len(sample_catalog.tables) == 697


def test_columns_carry_resolved_base_types(shadow_con):
    types = dict(
        q(
            shadow_con,
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'bJCCM'",
        )
    )
    assert types["JCCo"] == "SMALLINT"  # bCompany → tinyint → SMALLINT
    assert types["ContractAmt"] == "DECIMAL(12,2)"  # bDollar
    assert types["StartMonth"] == "TIMESTAMP"  # bMonth → smalldatetime
    assert types["Contract"] == "VARCHAR"


@pytest.mark.parametrize(
    "base, duck",
    [
        ("tinyint", "SMALLINT"),
        ("bit", "TINYINT"),
        ("numeric(12,2)", "DECIMAL(12,2)"),
        ("smalldatetime", "TIMESTAMP"),
        ("char(1)", "VARCHAR"),
        ("varchar(max)", "VARCHAR"),
        ("uniqueidentifier", "UUID"),
        ("varbinary(max)", "BLOB"),
        ("money", "DECIMAL(19,4)"),
        ("image", "BLOB"),
        ("timestamp", "BLOB"),
    ],
)
def test_sql_server_types_map_to_duckdb_types_that_bind_alike(base, duck):
    assert duck_type(base) == duck


def test_bit_columns_compare_with_one_as_in_tsql():
    con = duckdb.connect()
    con.execute(f"CREATE TABLE t (Flag {duck_type('bit')})")
    con.execute("INSERT INTO t VALUES (1), (0)")
    assert q(con, "SELECT count(*) FROM t WHERE Flag = 1") == [(1,)]
    assert q(con, "SELECT sum(Flag + 0) FROM t") == [(1,)]


def test_view_with_documented_filter_applies_it(shadow_con):
    assert q(shadow_con, "SELECT count(*) FROM JCJM WHERE PCVisibleInJC <> 'Y'") == [(0,)]
    hidden = q(shadow_con, "SELECT count(*) FROM bJCJM WHERE PCVisibleInJC = 'N'")[0][0]
    shown = q(shadow_con, "SELECT count(*) FROM JCJM")[0][0]
    assert (
        0 < hidden < shown
    )  # the filter shows in results, yet most jobs are visible, as in a real database


def test_view_with_security_filter_is_recorded_but_shows_all_rows(shadow_con):
    applied, note, row_filter = q(
        shadow_con, "SELECT filter_applied, note, row_filter FROM vgpt.objects WHERE name = 'PREH'"
    )[0]
    assert not applied and "per-user" in note and "suser_sname" in row_filter.lower()
    assert q(shadow_con, "SELECT count(*) FROM PREH") == q(shadow_con, "SELECT count(*) FROM bPREH")


def test_sample_builds_with_few_empty_tables(shadow_info):
    assert shadow_info.tables == 697 and shadow_info.views >= 659
    assert len(shadow_info.empty_tables) <= 5, shadow_info.empty_tables
    assert shadow_info.total_rows > 20_000


def test_build_is_atomic_a_failed_build_keeps_the_previous_file(small_catalog, tmp_path):
    path = tmp_path / "shadow.duckdb"
    build_shadow(small_catalog, path, seed=0, rows=30)
    before = path.read_bytes()

    def boom(name):
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        build_shadow(small_catalog, path, seed=5, rows=30, progress=boom)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["shadow.duckdb"]


def _dump(path):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {
            t: q(con, f'SELECT * FROM "{t}" ORDER BY ALL')
            for t in ("bJCCM", "bJCJM", "bAPTH", "bAPTL", "bAPVM")
        }
    finally:
        con.close()


def test_same_seed_same_rows_other_seed_other_rows(small_catalog, tmp_path):
    a, b, c = tmp_path / "a.duckdb", tmp_path / "b.duckdb", tmp_path / "c.duckdb"
    build_shadow(small_catalog, a, seed=7, rows=40)
    build_shadow(small_catalog, b, seed=7, rows=40)
    build_shadow(small_catalog, c, seed=8, rows=40)
    assert _dump(a) == _dump(b)
    assert _dump(a) != _dump(c)


def test_rows_flag_sizes_the_main_tables(small_catalog, tmp_path):
    small = build_shadow(small_catalog, tmp_path / "s.duckdb", rows=20)
    large = build_shadow(small_catalog, tmp_path / "l.duckdb", rows=80)
    assert large.total_rows > 2 * small.total_rows


def test_ensure_shadow_rebuilds_only_when_the_catalog_changes(small_catalog, tmp_path):
    settings = load_settings(root=tmp_path, env={})
    path = ensure_shadow(settings, small_catalog, rows=20)
    assert read_meta(path)["catalog_hash"] == catalog_hash(small_catalog)
    stamp = os.stat(path).st_mtime_ns
    assert ensure_shadow(settings, small_catalog, rows=20) == path
    assert os.stat(path).st_mtime_ns == stamp  # unchanged catalog: not rebuilt
    fewer = Catalog(
        objects=tuple(o for o in small_catalog.objects if o.name not in ("bARTH", "ARTH")),
        join_paths=small_catalog.join_paths,
    )
    ensure_shadow(settings, fewer, rows=20)
    assert read_meta(path)["catalog_hash"] == catalog_hash(fewer) != catalog_hash(small_catalog)


def test_cli_build_prints_a_json_summary(sample_catalog_path, tmp_path, monkeypatch):
    from cli.main import cli

    monkeypatch.chdir(tmp_path)
    out = tmp_path / "shadow.duckdb"
    result = CliRunner().invoke(
        cli,
        [
            "shadow",
            "build",
            "--catalog",
            str(sample_catalog_path),
            "--out",
            str(out),
            "--rows",
            "20",
            "--seed",
            "3",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["tables"] == 697 and summary["seed"] == 3 and summary["seconds"] > 0
    assert read_meta(out)["seed"] == "3"


def test_cli_missing_docs_folder_is_a_usage_error(tmp_path, monkeypatch):
    from cli.main import cli

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        cli, ["shadow", "build", "--docs", str(tmp_path / "nope"), "--json"]
    )
    assert result.exit_code == 2
