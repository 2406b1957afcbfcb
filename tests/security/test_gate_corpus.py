"""The gate corpus end to end: every payload fails with VG002, every read-only batch passes,
through ``validate()`` and through the real ``vgpt validate`` command."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from assistant.validate import validate
from cli.main import cli

from .gate_corpus import counts, kind, must_fail, must_pass

FAIL = must_fail()
PASS = must_pass()
CLASSES = (
    "exec",
    "bare",
    "sysproc",
    "write",
    "into",
    "print",
    "rowset",
    "admin",
    "perms",
    "ddl",
    "function",
    "tran",
    "cursor",
    "control",
    "setopt",
    "evasion",
)


def test_the_corpus_is_large_and_covers_every_class():
    assert len(FAIL) >= 150 and len(PASS) >= 40
    assert len({c.name for c in FAIL}) == len(FAIL) and len({c.name for c in PASS}) == len(PASS)
    by_class = counts(FAIL)
    assert set(by_class) == set(CLASSES), by_class
    assert all(by_class[k] >= 2 for k in CLASSES), by_class


@pytest.mark.parametrize("case", FAIL, ids=lambda c: c.name)
def test_a_payload_is_refused_by_the_gate(sample_catalog, case):
    report = validate(case.sql, sample_catalog, fix=False)
    gate = [f for f in report.findings if f.code == "VG002"]
    assert report.verdict == "fail" and gate, (
        kind(case),
        [(f.code, f.message) for f in report.findings],
    )
    assert all(f.severity == "error" and f.line >= 1 and f.col >= 1 for f in gate)


@pytest.mark.parametrize("case", PASS, ids=lambda c: c.name)
def test_a_read_only_batch_passes(sample_catalog, case):
    report = validate(case.sql, sample_catalog, fix=False)
    assert report.verdict == "pass", [(f.code, f.line, f.col, f.message) for f in report.errors]


def _cli(tmp_path, catalog_path, cases):
    files = []
    for i, case in enumerate(cases):
        path = tmp_path / f"{i:03d}.sql"
        path.write_text(case.sql, encoding="utf-8")
        files.append(str(path))
    env = {"VGPT_STATE_DIR": str(tmp_path / "state")}
    result = CliRunner().invoke(
        cli, ["validate", "--json", "--catalog", str(catalog_path), *files], env=env
    )
    lines = result.stdout.strip().splitlines()
    assert len(lines) == len(cases), result.output
    return result.exit_code, [json.loads(line) for line in lines]


def test_vgpt_validate_refuses_every_payload(tmp_path, sample_catalog_path):
    code, reports = _cli(tmp_path, sample_catalog_path, FAIL)
    assert code == 1
    missed = [
        case.name
        for case, report in zip(FAIL, reports)
        if report["verdict"] != "fail"
        or "write-statement" not in {f["rule"] for f in report["findings"]}
    ]
    assert missed == []


def test_vgpt_validate_passes_every_read_only_batch(tmp_path, sample_catalog_path):
    code, reports = _cli(tmp_path, sample_catalog_path, PASS)
    failed = [
        (case.name, report["findings"])
        for case, report in zip(PASS, reports)
        if report["verdict"] != "pass"
    ]
    assert failed == [] and code == 0
