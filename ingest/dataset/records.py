"""The dataset's unit: one Alpaca record, plus what the split and the card need to know."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

Task = Literal["generation", "validation", "schema-qa"]
TASKS: tuple[Task, ...] = ("generation", "validation", "schema-qa")

GENERATION_SYSTEM = (
    "You are VGPT, an expert on Trimble Viewpoint Vista's SQL Server database. "
    "Answer with one read-only T-SQL query and nothing else. Use only the tables and columns in the schema given; "
    "read the views, not the b-tables; filter on the company column; join on every key column, the month included; "
    "join masters through their group columns."
)
VALIDATION_SYSTEM = (
    "You are VGPT's reviewer for Trimble Viewpoint Vista T-SQL. Check the query against the schema given and answer "
    "in three parts: the verdict (pass or fail), the findings, and the corrected SQL."
)
SCHEMA_QA_SYSTEM = "You are VGPT, an expert on Trimble Viewpoint Vista's database schema. Answer briefly and exactly from the schema given."


@dataclass(frozen=True)
class Record:
    """One training example.

    ``objects`` are the catalog objects the record is about (they decide its
    family, hence its split); ``sql`` is the SQL in the output, if any, which the
    build checks with the validator; ``plan`` is the query plan that compiles to it
    (``docs/plan.md``), when there is one, which the plan-mode rows answer with.
    """

    task: Task
    template: str
    instruction: str
    input: str
    output: str
    system: str
    objects: tuple[str, ...]
    module: str
    sql: str | None = None
    meta: tuple[tuple[str, str], ...] = field(default=())
    plan: str | None = (
        None  # generation records: the query plan whose compiled SQL is ``sql`` (plan mode's answer)
    )

    @property
    def id(self) -> str:
        digest = hashlib.sha1(
            f"{self.task}\0{self.instruction}\0{self.input}\0{self.output}".encode()
        ).hexdigest()
        return f"{self.task}-{digest[:12]}"

    def to_alpaca(self, split: str, families: list[str]) -> dict[str, Any]:
        """The JSON row: Alpaca's four columns first, then our metadata (LLaMA-Factory ignores it)."""
        return {
            "instruction": self.instruction,
            "input": self.input,
            "output": self.output,
            "system": self.system,
            "id": self.id,
            "task": self.task,
            "template": self.template,
            "module": self.module,
            "split": split,
            "families": families,
            "objects": list(self.objects),
            "sql": self.sql or "",
            "plan": self.plan or "",
        }

    def meta_value(self, key: str, default: str = "") -> str:
        return dict(self.meta).get(key, default)
