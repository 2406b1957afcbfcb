"""The validator gate: every SQL the dataset shows as correct must pass ``assistant.validate``.

Wrapped so that the build can count what it dropped, cache repeated queries,
and still run (and say so loudly) while the validator package is not there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from assistant.catalog import Catalog

Validate = Callable[..., Any]


@dataclass
class Gate:
    catalog: Catalog
    validate: Validate | None
    checked: int = 0
    passed: int = 0
    failed: Counter = field(default_factory=Counter)  # template -> count dropped
    reasons: Counter = field(default_factory=Counter)  # finding code -> count
    examples: list[str] = field(default_factory=list)  # a few failures, for the report
    _cache: dict[str, Any] = field(default_factory=dict)

    @property
    def available(self) -> bool:
        return self.validate is not None

    def report(self, sql: str) -> Any:
        """The validator's report on ``sql`` (cached), or None when there is no validator."""
        if self.validate is None:
            return None
        if sql not in self._cache:
            self._cache[sql] = self.validate(sql, self.catalog)
        return self._cache[sql]

    def admit(self, sql: str, template: str) -> bool:
        """Whether ``sql`` may appear as a correct answer; failures are counted by template and code."""
        self.checked += 1
        report = self.report(sql)
        if report is None or report.verdict == "pass":
            self.passed += 1
            return True
        self.failed[template] += 1
        for finding in report.errors:
            self.reasons[finding.code] += 1
        if len(self.examples) < 5:
            first = report.errors[0] if report.errors else None
            self.examples.append(
                f"[{template}] {first.code if first else '?'} {first.message if first else ''}"
            )
        return False

    def stats(self) -> dict[str, Any]:
        return {
            "validator": "assistant.validate" if self.available else "missing",
            "checked": self.checked,
            "passed": self.passed,
            "dropped": sum(self.failed.values()),
            "dropped_by_template": dict(sorted(self.failed.items())),
            "dropped_by_code": dict(sorted(self.reasons.items())),
            "pass_rate": round(self.passed / self.checked, 4) if self.checked else None,
        }
