"""The gate: a docs-grounded static validator for Vista T-SQL.

``validate(sql, catalog)`` parses the batch once, resolves every scope once,
runs each registered check over that shared analysis, and returns a
:class:`Report` with a verdict, findings sorted by position, a re-validated
corrected SQL when a fix is certain, and timings. It is pure: no I/O, no
global state, safe to call from many threads.
"""

from __future__ import annotations

import logging
import time
from typing import Callable, Iterable, Sequence

from ..catalog import Catalog
from .checks import CHECKS, Check
from .findings import Finding, Report, sort_findings
from .fixes import apply, collect
from .gate import is_read_only
from .scope import Analysis

log = logging.getLogger(__name__)

Stage = Callable[[str, Catalog], list[Finding]]

__all__ = ["validate", "is_read_only", "Report", "Finding", "CHECKS", "Check", "Stage", "Analysis"]


def validate(
    sql: str,
    catalog: Catalog,
    *,
    checks: Sequence[Check] = CHECKS,
    stages: Iterable[Stage] = (),
    strict: bool = False,
    fix: bool = True,
) -> Report:
    """Validate a T-SQL query or batch against the catalog.

    Errors fail the verdict; warnings and infos do not, unless ``strict`` (then
    warnings fail too). ``stages`` run after the static checks only when those
    found no error (the DuckDB dry run plugs in here); a stage that raises
    becomes an error finding, never an exception.
    """
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    findings: list[Finding] = []
    try:
        analysis = Analysis(sql, catalog)
    except RecursionError:
        findings.append(
            Finding("VG001", "parse-error", "error", "query nested too deeply to analyse")
        )
        analysis = None
    except (
        Exception
    ) as exc:  # our bug, not the user's: report it as a finding, never crash a caller
        log.exception("validator analysis failed")
        findings.append(
            Finding(
                "VG000", "internal-error", "error", f"the validator failed on this query: {exc!r}"
            )
        )
        analysis = None
    timings["parse"] = time.perf_counter() - t0
    if analysis is not None:
        t1 = time.perf_counter()
        for check in checks:
            try:
                findings.extend(check(analysis, catalog))
            except RecursionError:
                findings.append(
                    Finding("VG001", "parse-error", "error", "query nested too deeply to analyse")
                )
            except Exception as exc:
                log.exception("check %s failed", getattr(check, "__name__", check))
                findings.append(
                    Finding(
                        "VG000",
                        "internal-error",
                        "error",
                        f"check {getattr(check, 'rule', check)!s} failed on this query: {exc!r}",
                    )
                )
        timings["checks"] = time.perf_counter() - t1
    if not any(f.severity == "error" for f in findings):
        for stage in stages:
            t2 = time.perf_counter()
            name = getattr(stage, "__name__", type(stage).__name__)
            try:
                findings.extend(stage(sql, catalog) or ())
            except Exception as exc:
                findings.append(
                    Finding(
                        "VG900", "stage-error", "error", f"stage {name} failed: {exc}", source=name
                    )
                )
            timings[f"stage:{name}"] = time.perf_counter() - t2
    ordered = sort_findings(findings)
    corrected = None
    if fix:
        t3 = time.perf_counter()
        corrected = _corrected(sql, catalog, ordered, checks)
        timings["fix"] = time.perf_counter() - t3
    failing = {"error", "warning"} if strict else {"error"}
    verdict = "fail" if any(f.severity in failing for f in ordered) else "pass"
    timings["total"] = time.perf_counter() - t0
    return Report(sql, verdict, ordered, corrected, timings)


def _corrected(
    sql: str, catalog: Catalog, findings: Sequence[Finding], checks: Sequence[Check]
) -> str | None:
    """The text with every certain fix applied, if it then validates with fewer problems."""
    edits = collect(findings)
    if not edits:
        return None
    candidate = apply(sql, edits)
    if candidate == sql:
        return None
    again = validate(candidate, catalog, checks=checks, fix=False)
    before_errors = sum(f.severity == "error" for f in findings)
    after_errors = len(again.errors)
    before_warnings = sum(f.severity == "warning" for f in findings)
    if any(f.rule == "parse-error" for f in again.findings):
        return None
    if after_errors < before_errors or (
        after_errors == before_errors == 0 and len(again.warnings) < before_warnings
    ):
        return candidate
    return None
