"""The dataset card and its token statistics, on the tiny catalog."""

from __future__ import annotations

from ingest.dataset import build_dataset
from ingest.dataset.card import approx_tokens


def test_card_counts_match_the_records(tiny_catalog):
    build = build_dataset(tiny_catalog, seed=1, eval_share=0.3)
    stats = build.info["stats"]["splits"]
    for split, rows in build.splits.items():
        assert stats[split]["records"] == len(rows)
        assert sum(stats[split]["by_task"].values()) == len(rows)
        assert sum(stats[split]["by_module"].values()) == len(rows)
    card = build.card()
    assert (
        f"| **all** | {len(build.splits['train'])} | {len(build.splits['eval'])} | {len(build.records)} |"
        in card
    )


def test_token_lengths_use_the_given_counter_and_say_so(tiny_catalog):
    words = build_dataset(
        tiny_catalog, seed=1, count_tokens=lambda t: len(t.split()), token_method="whitespace words"
    )
    estimate = build_dataset(tiny_catalog, seed=1)
    assert "Tokens are whitespace words." in words.card()
    assert (
        words.info["stats"]["splits"]["train"]["tokens"]
        != estimate.info["stats"]["splits"]["train"]["tokens"]
    )


def test_estimate_is_about_two_and_a_half_characters_per_token():
    assert approx_tokens("SELECT cm.JCCo FROM JCCM cm") == 11
    assert approx_tokens("") == 0


def test_token_summary_orders_percentiles(tiny_catalog):
    tokens = build_dataset(tiny_catalog, seed=1).info["stats"]["splits"]["train"]["tokens"]["total"]
    assert 0 < tokens["p50"] <= tokens["p95"] <= tokens["max"]


def test_card_recommends_a_cutoff_that_keeps_every_record(tiny_catalog):
    build = build_dataset(tiny_catalog, seed=1, count_tokens=lambda t: 300, token_method="fixed")
    assert "The longest record is 1200 tokens" in build.card()  # 3 prompt parts + output, 300 each
    assert "of 2048 keeps every record whole" in build.card()
