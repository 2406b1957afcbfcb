"""An outsized docs page is cut at ``max_chunks_per_page`` with a warning naming it (issue 11, item 4).

A 50 MB prose page once made 49,278 chunks, about 45 minutes of embedding. Now such a page
costs at most the cap, and ingest says which page it cut.
"""

from __future__ import annotations

import pytest

from assistant.errors import ConfigError
from assistant.settings import load_settings
from ingest.build import build_catalog
from ingest.chunks import chunk_catalog
from ingest.index import ingest

REL = "_ai_orchestration/reference/99_everything.md"


def plant_big_page(docs, sections: int = 40):
    text = "# Everything\n\n" + "".join(
        f"## Part {n}\n\nRetainage note {n}. " + "words " * 30 + "\n\n" for n in range(sections)
    )
    (docs / REL).write_text(text, encoding="utf-8")


def page_chunks(chunks):
    return [c for c in chunks if c.metadata.get("source") == REL]


def test_chunks_of_one_page_are_capped(docs):
    plant_big_page(docs)
    catalog = build_catalog(docs)
    assert len(page_chunks(chunk_catalog(catalog))) == 41
    capped = page_chunks(chunk_catalog(catalog, max_chunks_per_page=5))
    assert [c.id for c in capped] == [f"doc:{REL}#{n}" for n in range(1, 6)]


def test_ingest_warns_naming_the_outsized_page_and_indexes_only_the_cap(docs, tmp_path, embedder):
    plant_big_page(docs)
    settings = load_settings(root=tmp_path, env={}, docs_dir=str(docs), max_chunks_per_page=5)
    result = ingest(settings, embedder=embedder)
    (warning,) = [w for w in result.warnings if "max_chunks_per_page" in w]
    assert warning.startswith(f"{REL}: ") and "only its first 5 are indexed" in warning
    from assistant.retrieval.store import open_store

    store = open_store(settings, embedder=embedder)
    try:
        ids = store.collection("docs").get(include=[])["ids"]
    finally:
        store.close()
    assert sorted(i for i in ids if REL in i) == sorted(f"doc:{REL}#{n}" for n in range(1, 6))


def test_an_ordinary_page_is_not_cut(docs, settings):
    catalog = build_catalog(docs)
    assert chunk_catalog(catalog) == chunk_catalog(
        catalog, max_chunks_per_page=settings.max_chunks_per_page
    )


@pytest.mark.parametrize("name", ["max_query_bytes", "max_chunks_per_page"])
def test_a_limit_below_one_is_a_configuration_error(tmp_path, name):
    with pytest.raises(ConfigError, match=name):
        load_settings(root=tmp_path, env={f"VGPT_{name.upper()}": "0"})


def test_limits_come_from_the_environment(tmp_path):
    settings = load_settings(
        root=tmp_path, env={"VGPT_MAX_QUERY_BYTES": "1000", "VGPT_MAX_CHUNKS_PER_PAGE": "7"}
    )
    assert (settings.max_query_bytes, settings.max_chunks_per_page) == (1000, 7)
    assert load_settings(root=tmp_path, env={}).max_query_bytes == 262_144
