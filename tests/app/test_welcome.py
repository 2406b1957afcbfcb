"""The welcome page tells which docs were ingested and when."""

from assistant.app.welcome import END, START, render_welcome


def test_status_block_shows_docs_and_ingest_time(sample_catalog, project_root):
    template = (project_root / "chainlit.md").read_text(encoding="utf-8")
    page = render_welcome(
        template, sample_catalog, project_root / "data" / "viewpoint_documentation"
    )
    block = page[page.index(START) : page.index(END)]
    assert sample_catalog.built_at in block
    assert "697 base tables" in block
    assert "What it refuses" in page and "Try one of these" in page


def test_without_a_catalog_the_page_says_how_to_ingest(project_root):
    template = (project_root / "chainlit.md").read_text(encoding="utf-8")
    assert "run `vgpt ingest`" in render_welcome(template, None, project_root)
