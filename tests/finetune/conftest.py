"""Fixtures for the fine-tuning tests: the real SmolLM2 (prepared once) and a tiny Alpaca dataset."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
TINY_DATASET = HERE / "data"


@pytest.fixture(scope="session")
def prepared_model(project_root: Path) -> Path:
    """The default model, prepared by the same code as `vgpt models prepare` (reused when already there)."""
    from assistant.settings import load_settings
    from finetune.prepare import default_model_dir, prepare_model

    target = os.environ.get("VGPT_TEST_MODEL_DIR") or default_model_dir(
        load_settings(project_root, env={}).models_dir
    )
    return prepare_model(Path(target)).path


@pytest.fixture()
def tiny_dataset(tmp_path: Path) -> Path:
    """A copy of the 19+4 record Alpaca dataset with its dataset_info.json."""
    target = tmp_path / "dataset"
    shutil.copytree(TINY_DATASET, target)
    return target


@pytest.fixture()
def project(tmp_path: Path):
    """Settings rooted in tmp_path, so relative paths in configs land there."""
    from assistant.settings import load_settings

    return load_settings(tmp_path, env={})
