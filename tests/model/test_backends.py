"""Backends: choosing one from settings, and the transformers backend with the real SmolLM2 (+ a LoRA adapter)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.backends import make_backend
from assistant.errors import BackendError, ConfigError
from assistant.settings import load_settings

MESSAGES = [
    {"role": "system", "content": "You write T-SQL for Viewpoint Vista."},
    {
        "role": "user",
        "content": "Write a SQL query listing the contracts in table JCCM for company 1.",
    },
]


def test_backend_none_means_static_checks_only(tmp_path: Path) -> None:
    assert make_backend(load_settings(tmp_path, env={}, backend="none")) is None


def test_unknown_backend_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown backend"):
        make_backend(load_settings(tmp_path, env={}, backend="gpt5"))


def test_openai_backend_needs_a_base_url(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="openai_base_url"):
        make_backend(load_settings(tmp_path, env={}, backend="openai"))


def test_missing_local_model_says_to_prepare_it(tmp_path: Path) -> None:
    with pytest.raises(BackendError, match="vgpt models prepare"):
        make_backend(load_settings(tmp_path, env={}, backend="transformers"))


@pytest.mark.slow  # needs the prepared model (converted on first use)
def test_missing_adapter_is_named(tmp_path: Path, prepared_model: Path) -> None:
    settings = load_settings(
        tmp_path, env={}, model_path=str(prepared_model), adapter_path=str(tmp_path / "nope")
    )
    with pytest.raises(BackendError, match="no LoRA adapter"):
        make_backend(settings)


@pytest.mark.slow
def test_local_model_answers_and_streams_the_same_text(smol) -> None:
    text = smol.generate(MESSAGES, max_new_tokens=64)
    assert isinstance(text, str) and "SELECT" in text.upper()
    assert text.rstrip().endswith("```")  # stopped when the code block closed, before any chatter
    assert smol.last_stats["new_tokens"] > 0
    pieces = list(smol.generate(MESSAGES, stream=True, max_new_tokens=64))
    assert len(pieces) > 1  # really streamed, not one final chunk
    assert "".join(pieces) == text  # greedy: the same answer either way


@pytest.mark.slow
def test_make_backend_loads_the_prepared_default(tmp_path: Path, prepared_model: Path) -> None:
    settings = load_settings(
        tmp_path, env={}, model_path=str(prepared_model), threads=1, max_new_tokens=8
    )
    backend = make_backend(settings)
    assert backend.name == f"transformers:{prepared_model.name}"
    assert backend.quantization == "none"  # no CUDA here: plain float32 on the CPU
    assert isinstance(backend.generate(MESSAGES), str)


@pytest.fixture(scope="module")
def random_adapter(prepared_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random-init LoRA on the prepared model, saved as training would save it."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    base = AutoModelForCausalLM.from_pretrained(
        prepared_model, dtype=torch.float32, local_files_only=True
    )
    # init_lora_weights=False: B is random too, so the adapter really changes the output
    config = LoraConfig(
        r=4,
        lora_alpha=8,
        target_modules=["q_proj", "v_proj"],
        init_lora_weights=False,
        task_type="CAUSAL_LM",
    )
    model = get_peft_model(base, config)
    out = tmp_path_factory.mktemp("adapter") / "lora"
    model.save_pretrained(out)
    return out


@pytest.mark.slow
def test_adapter_loads_reloads_and_changes_the_answer(
    smol, random_adapter: Path, prepared_model: Path
) -> None:
    import torch
    from peft import PeftModel
    from safetensors.torch import load_file

    from assistant.backends.transformers_backend import TransformersBackend

    tuned = TransformersBackend(
        prepared_model, adapter_path=random_adapter, threads=1, max_new_tokens=16
    )
    assert isinstance(tuned.model, PeftModel)
    assert tuned.name.endswith("+lora")
    saved = load_file(random_adapter / "adapter_model.safetensors")
    loaded = {k: v for k, v in tuned.model.state_dict().items() if "lora_" in k}
    assert len(saved) == len(loaded) > 0
    # every saved LoRA tensor is back in the model, unchanged
    for name, tensor in saved.items():
        match = [v for k, v in loaded.items() if k.replace(".default", "") == name]
        assert match and torch.equal(match[0].float(), tensor.float()), name
    text = tuned.generate(MESSAGES, max_new_tokens=16)
    assert isinstance(text, str)
    # the adapter is live: same prompt, different next-token distribution than the base model
    inputs = tuned.tokenizer.apply_chat_template(
        MESSAGES, add_generation_prompt=True, return_tensors="pt", return_dict=True
    )
    with torch.inference_mode():
        tuned_logits = tuned.model(**inputs).logits[0, -1]
        base_logits = smol.model(**inputs).logits[0, -1]
    assert not torch.allclose(tuned_logits, base_logits, atol=1e-3)


@pytest.mark.slow
def test_adapter_alone_finds_the_local_base_it_was_trained_on(
    tmp_path: Path, random_adapter: Path, prepared_model: Path
) -> None:
    # no model_path and no default model under this root: the adapter's own record names the base
    backend = make_backend(
        load_settings(
            tmp_path,
            env={},
            backend="transformers",
            adapter_path=str(random_adapter),
            max_new_tokens=4,
        )
    )
    assert backend.model_path == prepared_model and backend.adapter_path == random_adapter


@pytest.mark.parametrize(
    "setting, value", [("draft_mode", "prose"), ("openai_grammar", "xgrammar")]
)
def test_a_mode_or_grammar_outside_its_choices_is_a_config_error(
    tmp_path: Path, setting: str, value: str
) -> None:
    with pytest.raises(ConfigError, match=setting):
        load_settings(tmp_path, env={f"VGPT_{setting.upper()}": value})


def test_plan_mode_and_the_auto_engine_are_the_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path, env={})
    assert (
        settings.draft_mode == "plan"
        and settings.backend == "auto"
        and settings.openai_grammar == "none"
    )


def test_auto_means_transformers_for_a_model_folder(tmp_path: Path) -> None:
    from assistant.backends import resolved_backend

    assert (
        resolved_backend(load_settings(tmp_path, env={}, model_path=str(tmp_path)))
        == "transformers"
    )
    assert (
        resolved_backend(
            load_settings(tmp_path, env={}, backend="llamacpp", model_path=str(tmp_path))
        )
        == "llamacpp"
    )


def test_llamacpp_needs_a_gguf_for_a_model_folder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="gguf_path"):
        make_backend(load_settings(tmp_path, env={}, backend="llamacpp", model_path=str(tmp_path)))


def test_a_server_grammar_goes_in_the_field_the_server_reads(tmp_path: Path) -> None:
    from assistant.backends.openai_backend import OpenAIBackend

    messages = [{"role": "user", "content": "q"}]
    for kind, field in (("llamacpp", "grammar"), ("vllm", "structured_outputs"), ("none", None)):
        backend = OpenAIBackend(
            "http://127.0.0.1:9", model="m", grammar=kind
        )  # a model name: no /models call
        payload = backend._payload(messages, False, 8, 'root ::= "x"')
        assert backend.grammar_mode == kind
        assert (
            (field in payload) if field else not ({"grammar", "structured_outputs"} & set(payload))
        )
