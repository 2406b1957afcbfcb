"""Real training runs of the CPU config on the tiny dataset, with the real SmolLM2-135M.

Slow (tens of seconds each on a busy 2-core machine); CI runs them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.errors import ConfigError
from finetune.config import CONFIG_DIR, load_config
from finetune.data import file_hash
from finetune.train import CARD_JSON, CARD_MD, CONFIG_NAME, checkpoints, train

pytestmark = pytest.mark.slow

CPU = CONFIG_DIR / "smollm2-135m-cpu.yaml"


def tiny_config(model: Path, dataset: Path, out: Path, *extra: str):
    return load_config(
        CPU,
        [
            f"model_name_or_path={model}",
            f"dataset_dir={dataset}",
            f"output_dir={out}",
            "max_steps=2",
            "gradient_accumulation_steps=1",
            "save_steps=1",
            "logging_steps=1",
            "cutoff_len=640",
            "eval_max_samples=2",
            "max_record_chars=null",
            "time_budget_minutes=null",
            *extra,
        ],
    )


@pytest.fixture(scope="module")
def run(prepared_model, tmp_path_factory):
    import shutil

    from assistant.settings import load_settings

    root = tmp_path_factory.mktemp("train")
    dataset = root / "dataset"
    shutil.copytree(Path(__file__).parent / "data", dataset)
    settings = load_settings(root, env={})
    config = tiny_config(prepared_model, dataset, root / "adapter")
    result = train(config, settings, progress=False)
    return settings, config, dataset, result


def test_two_step_run_saves_adapter_config_and_card(run):
    _, config, dataset, result = run
    out = result.output_dir
    assert (out / "adapter_model.safetensors").exists() and (out / "adapter_config.json").exists()
    assert (
        out / "tokenizer_config.json"
    ).exists()  # the adapter carries its tokenizer and chat template
    assert load_config(out / CONFIG_NAME) == config  # the resolved config, beside the adapter
    card = json.loads((out / CARD_JSON).read_text())
    assert card["metrics"]["global_step"] == 2
    assert card["metrics"]["train_loss"] > 0 and card["metrics"]["eval_loss"] > 0
    assert card["dataset"]["train"]["sha256"] == file_hash([dataset / "tiny_train.json"])
    assert card["dataset"]["train"]["used"] == 18  # tasks: generation drops the schema-qa record
    assert card["hardware"]["device"] == "cpu" and card["hardware"]["threads"] == 1
    assert card["duration_s"] > 0 and card["config"]["lora_rank"] == 16
    assert "## Metrics" in (out / CARD_MD).read_text()
    assert [p.name for p in checkpoints(out)] == ["checkpoint-1", "checkpoint-2"]


def test_a_cutoff_shorter_than_every_prompt_is_a_config_error_naming_it(
    prepared_model, tmp_path: Path
) -> None:
    import shutil

    from assistant.settings import load_settings

    dataset = tmp_path / "dataset"
    shutil.copytree(Path(__file__).parent / "data", dataset)
    config = tiny_config(prepared_model, dataset, tmp_path / "adapter", "cutoff_len=64")
    with pytest.raises(ConfigError, match="cutoff_len=64: every one of the 18 training records"):
        train(config, load_settings(tmp_path, env={}), progress=False)


def test_training_moved_the_lora_weights(run):
    from safetensors.torch import load_file

    weights = load_file(str(run[3].output_dir / "adapter_model.safetensors"))
    lora_b = [t for name, t in weights.items() if "lora_B" in name]
    assert lora_b and any(
        t.abs().sum() > 0 for t in lora_b
    )  # B starts at zero: non-zero means it trained


def test_adapter_loads_and_generates(run, prepared_model):
    from assistant.backends.transformers_backend import TransformersBackend

    backend = TransformersBackend(
        prepared_model, adapter_path=run[3].output_dir, threads=1, max_new_tokens=24
    )
    reply = backend.generate(
        [{"role": "user", "content": "List open contracts for company 1."}], stream=False
    )
    assert isinstance(reply, str) and reply.strip()


def test_resume_continues_from_the_newest_checkpoint(run):
    settings, config, _, first = run
    resumed = train(config.with_(max_steps=3), settings, resume=True, progress=False)
    assert resumed.metrics["global_step"] == 3
    assert resumed.card["resumed_from"].endswith("checkpoint-2")


def test_refuses_to_start_over_on_old_checkpoints(run):
    settings, config, _, _ = run
    with pytest.raises(ConfigError, match="--resume"):
        train(config, settings, progress=False)


def test_resume_without_checkpoints_is_an_error(prepared_model, tiny_dataset, project):
    config = tiny_config(prepared_model, tiny_dataset, project.root / "empty")
    with pytest.raises(ConfigError, match="no checkpoint"):
        train(config, project, resume=True, progress=False)


def test_qlora_4bit_nf4_trains_on_cpu(prepared_model, tiny_dataset, project):
    config = tiny_config(
        prepared_model,
        tiny_dataset,
        project.root / "qlora",
        "quantization_bit=4",
        "max_steps=1",
        "eval_dataset=",
    )
    result = train(config, project, progress=False)
    assert result.metrics["linear4bit_modules"] > 0  # really the bitsandbytes 4-bit layers
    assert result.metrics["global_step"] == 1 and result.metrics["train_loss"] > 0
    assert (
        json.loads((result.output_dir / CARD_JSON).read_text())["config"]["quantization_bit"] == 4
    )


def test_export_merges_into_fp16_weights_that_match_the_adapter(run, prepared_model, tmp_path):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from cli.main import cli

    adapter = run[3].output_dir
    out = tmp_path / "merged"
    result = CliRunner().invoke(
        cli, ["export", "--adapter", str(adapter), "--out", str(out), "--json"]
    )
    assert result.exit_code == 0, result.output
    # the runner mixes stderr progress bars into output: the JSON summary is the object after them
    summary = json.loads(result.output[result.output.index('{"adapter"') :].splitlines()[0])
    assert summary["dtype"] == "float16"
    assert json.loads((out / "config.json").read_text())["dtype"] == "float16"
    assert not (out / "adapter_config.json").exists()  # a plain model folder

    tok = AutoTokenizer.from_pretrained(out)
    ids = tok("SELECT JCCo, Contract FROM JCCM WHERE", return_tensors="pt")
    merged = AutoModelForCausalLM.from_pretrained(out, dtype=torch.float32)
    tuned = PeftModel.from_pretrained(
        AutoModelForCausalLM.from_pretrained(prepared_model, dtype=torch.float32), str(adapter)
    )
    with torch.no_grad():
        a = merged(**ids).logits[0, -1]
        b = tuned(**ids).logits[0, -1]
    assert a.argmax() == b.argmax()
    assert torch.allclose(a, b, atol=0.5)  # fp16 rounding only


def test_export_refuses_a_non_adapter_folder(tmp_path):
    from cli.main import cli

    (tmp_path / "x").mkdir()
    result = CliRunner().invoke(
        cli, ["export", "--adapter", str(tmp_path / "x"), "--out", str(tmp_path / "o")]
    )
    assert result.exit_code == 2 and "adapter_config.json" in result.output
