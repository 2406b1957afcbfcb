"""Server mode: the index in a real `chroma run` server on 127.0.0.1, started by the test."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.retrieval.retrieve import open_retriever
from assistant.retrieval.store import META_COLLECTION, open_store
from assistant.settings import load_settings
from ingest.index import ingest

from ..helpers import free_port, port_open, stop_process, wait_for_server

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory):
    exe = Path(sys.executable).parent / "chroma"
    if not exe.exists():
        exe = Path(shutil.which("chroma") or "chroma")
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    log = open(data / "server.log", "w")
    proc = subprocess.Popen(
        [str(exe), "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    try:
        wait_for_server(
            proc,
            port_open(port),
            what="chroma run",
            timeout=60,
            log=data / "server.log",
            interval=0.3,
        )
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_process(proc, timeout=20)
        log.close()


@pytest.fixture()
def server_settings(tmp_path: Path, docs: Path, chroma_server: str):
    return load_settings(root=tmp_path, env={}, docs_dir=str(docs), chroma_url=chroma_server)


def pointer(settings) -> str:
    store = open_store(settings)
    return store.version


def test_ingest_into_a_chroma_server_and_retrieve_from_it(server_settings, embedder, monkeypatch):
    monkeypatch.delenv("VGPT_CHROMA_URL", raising=False)
    result = ingest(server_settings, embedder=embedder)
    assert result.index == server_settings.chroma_url
    assert result.chunks_written == result.chunks_total > 0
    assert not server_settings.index_dir.exists()  # nothing written to the local index folder

    retriever = open_retriever(server_settings)
    context = retriever.retrieve("which vendors have unpaid invoices", k=6)
    assert {"APTH", "APVM"} <= set(context.table_names)
    assert context.examples  # the examples collection lives on the server too

    # an unchanged re-run does nothing; a changed rule page is carried into a new version
    assert ingest(server_settings, embedder=embedder).chunks_written == 0
    first = pointer(server_settings)
    (server_settings.docs_path / "_ai_orchestration" / "rules" / "40_server.md").write_text(
        "# Team server\nShared index.\n"
    )
    again = ingest(server_settings, embedder=embedder)
    assert again.chunks_written == 1
    assert pointer(server_settings) != first
    store = open_store(server_settings)
    assert store.count("schema") == sum(
        1 for _, (c, _) in store.manifest.chunks.items() if c == "schema"
    )


def test_a_failure_half_way_leaves_the_server_pointer_and_collections_as_they_were(
    server_settings, embedder, monkeypatch
):
    monkeypatch.delenv("VGPT_CHROMA_URL", raising=False)
    ingest(server_settings, embedder=embedder)
    before = pointer(server_settings)
    count_before = open_store(server_settings).count("schema")
    for name in ("header_detail.json", "master_lookups.json"):
        (
            server_settings.docs_path / "Viewpoint_Database" / "_Relationship_Validation" / name
        ).write_text(json.dumps({"relationships": []}))

    def fail(done: int, total: int) -> None:
        if done >= total // 2:
            raise RuntimeError("killed half-way")

    with pytest.raises(RuntimeError):
        ingest(server_settings, embedder=type(embedder)(threads=1, batch_size=4), on_batch=fail)
    assert pointer(server_settings) == before
    assert open_store(server_settings).count("schema") == count_before
    import chromadb

    client = chromadb.HttpClient(
        host="127.0.0.1", port=int(server_settings.chroma_url.rsplit(":", 1)[1])
    )
    names = {c.name for c in client.list_collections()}
    assert META_COLLECTION in names
    drafts = [
        n
        for n in names
        if n.startswith("vgpt-") and n != META_COLLECTION and not n.endswith(before)
    ]
    assert all(
        n.split("-", 2)[2] < before for n in drafts
    )  # only older kept versions, no half-written draft


def test_an_unreachable_server_is_a_clear_error(tmp_path: Path, docs: Path, embedder):
    from assistant.errors import IndexStoreError

    settings = load_settings(
        root=tmp_path, env={}, docs_dir=str(docs), chroma_url=f"http://127.0.0.1:{free_port()}"
    )
    with pytest.raises(IndexStoreError, match="cannot reach the Chroma server"):
        ingest(settings, embedder=embedder)
