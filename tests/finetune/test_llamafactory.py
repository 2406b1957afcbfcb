"""The equivalent LLaMA-Factory YAML for users of `llamafactory-cli train`."""

from __future__ import annotations

import yaml
from click.testing import CliRunner

from finetune.config import CONFIG_DIR, load_config
from finetune.llamafactory import llamafactory_config, llamafactory_yaml

GPU = CONFIG_DIR / "llama3-8b-qlora.yaml"


def flat(text: str) -> dict:
    return yaml.safe_load(text)  # `### block` lines are comments: the file is one flat mapping


def test_llama3_qlora_emits_template_4bit_and_all_targets():
    emitted = flat(llamafactory_yaml(load_config(GPU)))
    assert emitted["template"] == "llama3"
    assert emitted["quantization_bit"] == 4 and emitted["quantization_method"] == "bnb"
    assert emitted["lora_target"] == "all" and emitted["finetuning_type"] == "lora"
    assert (emitted["lora_rank"], emitted["lora_alpha"]) == (16, 32)
    assert emitted["stage"] == "sft" and emitted["do_train"] is True


def test_emitted_dataset_is_ours_from_dataset_info():
    config = load_config(GPU)
    emitted = flat(llamafactory_yaml(config))
    assert emitted["dataset_dir"] == config.dataset_dir
    assert emitted["dataset"] == "vgpt_train" and emitted["eval_dataset"] == "vgpt_eval"
    assert emitted["train_on_prompt"] is False  # completion-only loss, as our trainer


def test_blocks_follow_llamafactory_examples():
    text = llamafactory_yaml(load_config(GPU))
    positions = [text.index(f"### {b}") for b in ("model", "method", "dataset", "output", "train")]
    assert positions == sorted(positions)


def test_gradient_checkpointing_off_becomes_disable_flag():
    blocks = llamafactory_config(load_config(GPU, ["gradient_checkpointing=false"]))
    assert blocks["model"]["disable_gradient_checkpointing"] is True
    assert "disable_gradient_checkpointing" not in llamafactory_config(load_config(GPU))["model"]


def test_unquantised_config_emits_no_quantisation():
    emitted = flat(llamafactory_yaml(load_config(CONFIG_DIR / "smollm2-135m-cpu.yaml")))
    assert "quantization_bit" not in emitted
    assert emitted["use_cpu"] is True and emitted["bf16"] is False


def test_cli_writes_the_file(tmp_path, project_root, monkeypatch):
    from cli.train import train

    monkeypatch.chdir(project_root)
    out = tmp_path / "llama3.yaml"
    result = CliRunner().invoke(
        train,
        [
            "--config",
            str(GPU),
            "--emit-llamafactory",
            str(out),
            "--set",
            "model_name_or_path=/models/llama3",
        ],
    )
    assert result.exit_code == 0, result.output
    assert flat(out.read_text())["model_name_or_path"] == "/models/llama3"
