"""The served page links nothing off its host, whether or not the response is gzipped."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import HTMLResponse
from fastapi.testclient import TestClient

from assistant.app.offline import StripOffhostLinks

PAGE = (
    "<html><head>"
    '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/katex@0.16.22/dist/katex.min.css">'
    '<link rel="icon" href="/favicon" />'
    "</head><body>" + "VGPT " * 400 + "</body></html>"  # long enough for GZip to compress it
)


def client() -> TestClient:
    app = FastAPI()

    @app.get("/")
    def page() -> HTMLResponse:
        return HTMLResponse(PAGE)

    # as in Chainlit: our middleware outside its gzip one, so it sees compressed bodies
    app.add_middleware(GZipMiddleware)
    app.add_middleware(StripOffhostLinks)
    return TestClient(app)


def test_a_gzipped_page_loses_its_cdn_link_and_keeps_the_rest() -> None:
    response = client().get("/", headers={"Accept-Encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert "cdn.jsdelivr.net" not in response.text
    assert '<link rel="icon" href="/favicon" />' in response.text and "VGPT VGPT" in response.text


def test_a_plain_page_loses_its_cdn_link() -> None:
    response = client().get("/", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in response.headers
    assert "cdn.jsdelivr.net" not in response.text and response.text.endswith("</html>")
