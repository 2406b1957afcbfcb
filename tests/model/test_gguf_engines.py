"""The llama.cpp engine runs what the transformers engine runs: the prepared model and a trained adapter,
written as F16 GGUFs, give the same greedy plans under the grammar.

The prepared model's GGUF is what backend "auto" runs on a CPU; an adapter from `vgpt train` is merged
and written beside itself on first use. Both are checked against the transformers backend, plan for plan.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.catalog import Catalog
from assistant.drafting.grammar import plan_grammar
from assistant.drafting.plan_prompt import listed_views, plan_messages
from assistant.settings import load_settings

pytestmark = pytest.mark.slow

MAX_NEW = 48
QUESTIONS = (
    ("Which contracts in company 1 are open, with their customer name?", ("JCCM", "ARCM")),
    ("Which vendors sent us the largest invoices this year?", ("APTH", "APVM")),
    ("Show actual job cost by phase for a job", ("JCCD", "JCJP", "JCJM")),
)


@pytest.fixture(scope="module")
def requests_(sample_catalog):
    out = []
    for question, names in QUESTIONS:
        views = listed_views(names, sample_catalog)
        out.append(
            (
                plan_messages(question, names, sample_catalog),
                plan_grammar(views, Catalog(tuple(views))),
            )
        )
    return out


def plans(backend, requests_) -> list[str]:
    return [
        backend.generate(messages, max_new_tokens=MAX_NEW, grammar=grammar)
        for messages, grammar in requests_
    ]


def test_the_prepared_models_gguf_gives_the_transformers_plans(
    prepared_model: Path, smol, requests_
):
    from assistant.backends.gguf_convert import PREPARED_GGUF, prepared_gguf
    from assistant.backends.llamacpp_backend import LlamaCppBackend

    gguf = prepared_gguf(prepared_model)
    assert gguf == prepared_model / PREPARED_GGUF
    assert plans(LlamaCppBackend(gguf, max_new_tokens=MAX_NEW), requests_) == plans(smol, requests_)


def test_auto_runs_the_prepared_gguf_on_llama_cpp_on_a_cpu(tmp_path: Path, prepared_model: Path):
    pytest.importorskip("llama_cpp")
    from assistant.backends import make_backend, resolved_backend

    settings = load_settings(tmp_path, env={}, state_dir=str(prepared_model.parent.parent))
    assert settings.backend == "auto" and resolved_backend(settings) == "llamacpp"
    assert make_backend(settings).name == "llamacpp:model.f16.gguf"
    # a model folder is a transformers model, whatever the engine default
    assert resolved_backend(settings.with_(model_path=str(prepared_model))) == "transformers"


@pytest.fixture(scope="module")
def trained_adapter(prepared_model: Path, tmp_path_factory) -> Path:
    """A LoRA adapter really trained by `vgpt train`'s code (a few steps at a high rate, so it moves the model)."""
    import shutil

    from finetune.config import CONFIG_DIR, load_config
    from finetune.train import train

    root = tmp_path_factory.mktemp("gguf-train")
    dataset = root / "dataset"
    shutil.copytree(Path(__file__).resolve().parents[1] / "finetune" / "data", dataset)
    config = load_config(
        CONFIG_DIR / "smollm2-135m-cpu.yaml",
        [
            f"model_name_or_path={prepared_model}",
            f"dataset_dir={dataset}",
            f"output_dir={root / 'adapter'}",
            "max_steps=4",
            "learning_rate=3.0e-3",
            "gradient_accumulation_steps=1",
            "save_steps=4",
            "logging_steps=1",
            "cutoff_len=1024",
            "eval_max_samples=2",
            "max_record_chars=null",
            "time_budget_minutes=null",
        ],
    )
    return train(config, load_settings(root, env={}), progress=False).output_dir


def test_a_trained_adapter_reaches_llama_cpp_with_the_same_plans(
    trained_adapter: Path, prepared_model: Path, tmp_path: Path, requests_
):
    from assistant.backends import default_gguf_path
    from assistant.backends.gguf_convert import ADAPTER_GGUF
    from assistant.backends.llamacpp_backend import LlamaCppBackend
    from assistant.backends.transformers_backend import TransformersBackend

    settings = load_settings(
        tmp_path, env={}, backend="llamacpp", adapter_path=str(trained_adapter)
    )
    gguf = default_gguf_path(settings)  # written on first use, beside the adapter
    assert gguf == trained_adapter / ADAPTER_GGUF and gguf.stat().st_size > 100_000_000
    assert default_gguf_path(settings).stat().st_mtime == gguf.stat().st_mtime  # then reused

    tuned = TransformersBackend(
        prepared_model, adapter_path=trained_adapter, max_new_tokens=MAX_NEW
    )
    base = TransformersBackend(prepared_model, max_new_tokens=MAX_NEW)
    messages = requests_[0][0]
    import torch

    ids = tuned.tokenizer.apply_chat_template(
        messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
    )
    with torch.no_grad():
        moved = (
            (tuned.model(**ids).logits[0, -1] - base.model(**ids).logits[0, -1]).abs().max().item()
        )
    assert (
        moved > 0.05
    )  # the adapter really changes the model: the comparison below means something
    assert plans(LlamaCppBackend(gguf, max_new_tokens=MAX_NEW), requests_) == plans(
        tuned, requests_
    )
