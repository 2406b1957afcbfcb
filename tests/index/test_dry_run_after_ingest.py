"""`vgpt validate` right after `vgpt ingest` dry-runs the query in the shadow that ingest built
(issue 11, item 6): the shadow is not judged stale against the catalog ingest saved.
"""

from __future__ import annotations

import json
import logging

from click.testing import CliRunner

from cli.main import cli

# statically fine, but SQL Server (and the shadow) refuse an aggregate in WHERE
AGGREGATE_IN_WHERE = "SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND SUM(c.ContractAmt) > 0\n"


def test_validate_after_ingest_runs_the_dry_run(docs, tmp_path, monkeypatch, caplog):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("VGPT_DOCS_DIR", str(docs))
    monkeypatch.setenv("VGPT_EMBED_THREADS", "1")
    ingested = CliRunner().invoke(cli, ["ingest", "--json"])
    assert ingested.exit_code == 0, ingested.output
    assert any("shadow database up to date" in n for n in json.loads(ingested.stdout)["notes"])
    (tmp_path / "q.sql").write_text(AGGREGATE_IN_WHERE)
    with caplog.at_level(logging.WARNING):
        checked = CliRunner().invoke(cli, ["validate", "--json", "q.sql"])
    assert checked.exit_code == 1, checked.output
    assert [f["rule"] for f in json.loads(checked.stdout)["findings"]] == ["dry-run"]
    assert "stale" not in caplog.text
