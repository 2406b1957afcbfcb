"""TrainConfig: YAML configs as data, unknown keys refused, --set overrides coerced."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from assistant.errors import ConfigError
from finetune.config import (
    CONFIG_DIR,
    TrainConfig,
    coerce,
    config_from_dict,
    load_config,
    parse_overrides,
)

CPU = CONFIG_DIR / "smollm2-135m-cpu.yaml"
GPU = CONFIG_DIR / "llama3-8b-qlora.yaml"


def write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def test_cpu_config_trains_fp32_lora_on_cpu_without_trl_defaults():
    config = load_config(CPU)
    assert config.device == "cpu" and config.threads == 1
    assert config.compute_dtype == "float32" and config.quantization_bit is None
    # TRL 1.16 turns both on by default: the CPU config must say off
    assert config.bf16 is False and config.gradient_checkpointing is False
    assert config.model_name_or_path == "{models_dir}/smollm2-135m-instruct"


def test_gpu_config_is_qlora_nf4_double_quant_bf16_all_linear_r16_a32():
    config = load_config(GPU)
    assert (config.quantization_bit, config.quantization_type, config.double_quantization) == (
        4,
        "nf4",
        True,
    )
    assert config.compute_dtype == "bfloat16" and config.bf16 is True
    assert (config.lora_target, config.lora_rank, config.lora_alpha) == ("all", 16, 32)
    assert config.gradient_checkpointing is True and config.optim == "paged_adamw_8bit"
    assert config.template == "llama3"


def test_unknown_key_is_refused_with_a_suggestion(tmp_path):
    with pytest.raises(ConfigError, match=r"'lora_rnak' \(did you mean 'lora_rank'\?\)"):
        load_config(write(tmp_path, {"lora_rnak": 8}))


def test_unknown_set_key_is_refused():
    with pytest.raises(ConfigError, match="learning_rat"):
        load_config(CPU, ["learning_rat=1e-4"])


@pytest.mark.parametrize(
    ("pair", "key", "value"),
    [
        ("lora_rank=8", "lora_rank", 8),
        ("learning_rate=1e-4", "learning_rate", 1e-4),
        ("bf16=false", "bf16", False),
        ("gradient_checkpointing=yes", "gradient_checkpointing", True),
        ("quantization_bit=4", "quantization_bit", 4),
        ("quantization_bit=null", "quantization_bit", None),
        ("max_samples=none", "max_samples", None),
        ("tasks=generation,schema-qa", "tasks", "generation,schema-qa"),
        ("output_dir=out/a=b", "output_dir", "out/a=b"),
    ],
    ids=lambda v: str(v),
)
def test_set_overrides_are_coerced_to_the_field_type(pair, key, value):
    assert getattr(load_config(CPU, [pair]), key) == value


def test_set_without_equals_is_a_usage_error():
    with pytest.raises(ConfigError, match="key=value"):
        parse_overrides(["lora_rank"])


@pytest.mark.parametrize(
    ("key", "value"), [("lora_rank", "eight"), ("bf16", "maybe"), ("lora_rank", 1.5)]
)
def test_values_of_the_wrong_type_are_refused(key, value):
    with pytest.raises(ConfigError, match=key):
        coerce(key, value)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (["bf16=true"], "mixed precision"),
        (["optim=paged_adamw_8bit"], "needs CUDA"),
        (["quantization_bit=3"], "quantization_bit"),
        (["lora_rank=0"], "lora_rank"),
        (["compute_dtype=int8"], "compute_dtype"),
    ],
)
def test_bad_combinations_are_rejected_on_load(overrides, message):
    with pytest.raises(ConfigError, match=message):
        load_config(CPU, overrides)


def test_config_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        load_config(CPU).lora_rank = 4  # type: ignore[misc]


def test_saved_config_reloads_to_the_same_values(tmp_path):
    config = load_config(CPU, ["lora_rank=8", "max_samples=null", "learning_rate=2e-4"])
    path = config.save(tmp_path / "train_config.yaml")
    assert load_config(path) == config
    assert "### method" in path.read_text()  # LLaMA-Factory style blocks


def test_every_field_has_help():
    from dataclasses import fields

    assert all(f.metadata.get("help") for f in fields(TrainConfig))


def test_missing_config_file_names_the_shipped_ones(tmp_path):
    with pytest.raises(ConfigError, match="smollm2-135m-cpu.yaml"):
        load_config(tmp_path / "nope.yaml")


def test_cli_print_config_applies_set(project_root, monkeypatch):
    from cli.main import cli

    monkeypatch.chdir(project_root)
    result = CliRunner().invoke(
        cli, ["train", "--config", str(CPU), "--set", "lora_rank=4", "--print-config"]
    )
    assert result.exit_code == 0, result.output
    assert config_from_dict(yaml.safe_load(result.output)).lora_rank == 4


def test_cli_unknown_key_exits_2(project_root, monkeypatch):
    from cli.main import cli

    monkeypatch.chdir(project_root)
    result = CliRunner().invoke(
        cli, ["train", "--config", str(CPU), "--set", "lora_rnak=4", "--print-config"]
    )
    assert result.exit_code == 2
    assert "lora_rank" in result.output


def test_cli_list_keys_documents_every_key(project_root):
    from cli.main import cli

    result = CliRunner().invoke(cli, ["train", "--list-keys"])
    assert result.exit_code == 0
    assert "time_budget_minutes" in result.output and "quantization_bit" in result.output


def test_cli_accepts_a_shipped_config_by_name(tmp_path, monkeypatch):
    from cli.main import cli

    monkeypatch.chdir(tmp_path)  # works outside the repository too
    result = CliRunner().invoke(cli, ["train", "--config", "llama3-8b-qlora", "--print-config"])
    assert result.exit_code == 0, result.output
    assert config_from_dict(yaml.safe_load(result.output)).quantization_bit == 4
