"""Plan mode in training: the chat a plan row becomes is the one the backends serve, and the plan config loads."""

from __future__ import annotations

import pytest

from assistant.drafting.plan_prompt import PLAN_SYSTEM, plan_messages
from finetune.config import CONFIG_DIR, load_config
from finetune.data import select, to_example, to_plan_messages
from ingest.dataset.plan_records import plan_row
from ingest.dataset.records import Record

from ..catalogs import build_tiny


@pytest.fixture(scope="module")
def tiny_catalog():
    return build_tiny()


QUESTION = "Which contracts are open, with their customer name?"
PLAN = "SELECT JCCM.Contract, JCCM.Description, ARCM.Name\nWHERE JCCM.ContractStatus = 1"


def row(tiny_catalog) -> dict:
    """A plan row as ``vgpt dataset build`` writes it, for the listing plan_prompt makes of two views."""
    from assistant.drafting.linking import links_line, question_links
    from assistant.drafting.plan_prompt import listed_views, schema_listing

    listing = schema_listing(["JCCM", "ARCM"], tiny_catalog)
    terms = links_line(question_links(QUESTION, listed_views(["JCCM", "ARCM"], tiny_catalog)))
    record = Record(
        "generation",
        "lookup-names",
        QUESTION,
        "",
        "SELECT 1;",
        "",
        ("JCCM", "ARCM"),
        "JC",
        sql="SELECT 1;",
        plan=PLAN,
        meta=(
            ("question", QUESTION),
            ("listing", listing),
            ("terms", terms),
            ("group", "g"),
            ("views", "JCCM,ARCM"),
        ),
    )
    return plan_row(record, "train", ["ARC", "JCC"])


def test_a_plan_row_trains_on_exactly_the_served_chat(tiny_catalog):
    example = to_plan_messages(row(tiny_catalog))
    served = plan_messages(QUESTION, ["JCCM", "ARCM"], tiny_catalog)
    assert example["prompt"] == served
    assert (
        "Terms: open = JCCM.ContractStatus = 1; customer name = ARCM.Name" in served[-1]["content"]
    )
    assert example["prompt"][0]["content"] == PLAN_SYSTEM
    assert example["completion"] == [{"role": "assistant", "content": PLAN}]


def test_the_plan_format_leaves_other_tasks_in_alpaca_form(tiny_catalog):
    other = {
        "instruction": "What is the key of JCCM?",
        "input": "",
        "output": "JCCo, Contract",
        "task": "schema-qa",
    }
    assert to_example(other, "plan")["prompt"] == [
        {"role": "user", "content": "What is the key of JCCM?"}
    ]
    assert to_example(row(tiny_catalog), "plan") == to_plan_messages(row(tiny_catalog))


def test_the_plan_task_filter_keeps_plan_rows(tiny_catalog):
    rows = [row(tiny_catalog), {"instruction": "q", "output": "SELECT 1", "task": "generation"}]
    assert select(rows, tasks=("plan",)) == rows[:1]


def test_the_plan_cpu_config_loads_and_trains_on_the_plan_datasets():
    config = load_config(CONFIG_DIR / "smollm2-135m-plan-cpu.yaml")
    assert (config.dataset, config.eval_dataset, config.prompt_format) == (
        "vgpt_plan_train",
        "vgpt_plan_eval",
        "plan",
    )
    assert config.task_filter == ("plan",)
    assert config.device == "cpu" and not config.bf16
    assert config.output_dir == "artifacts/adapters/smollm2-plan"
