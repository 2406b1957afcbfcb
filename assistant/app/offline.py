"""The page makes no request off its own host: links to other hosts are taken out of the served HTML.

Chainlit's ``index.html`` links Google Fonts and a KaTeX stylesheet on a CDN. The CSP
already refuses them, but the browser still tries (and fails, offline); this ASGI
middleware removes those ``<link>`` tags from every HTML response, so the page asks
for nothing but its own host. The page then uses the system's fonts.
"""

from __future__ import annotations

import gzip
import re
from typing import Any, Callable

_OFFHOST_LINK = re.compile(
    r"<link\b[^>]*\bhref=[\"'](?:https?:)?//[^\"']*[\"'][^>]*/?>\s*", re.IGNORECASE
)


def strip_offhost_links(html: str) -> str:
    """Remove ``<link>`` tags whose href is on another host; everything else stays.

    >>> strip_offhost_links('<head><link rel="preconnect" href="https://fonts.googleapis.com"><link rel="icon" href="/favicon" /></head>')
    '<head><link rel="icon" href="/favicon" /></head>'
    """
    return _OFFHOST_LINK.sub("", html)


_READABLE = (b"identity", b"gzip")


def _gzipped(start: dict) -> bool:
    return any(
        k.lower() == b"content-encoding" and v == b"gzip" for k, v in start.get("headers", [])
    )


def _filtered(raw: bytes, *, zipped: bool) -> bytes:
    """The body with its off-host links removed, in the encoding it came in."""
    text = (gzip.decompress(raw) if zipped else raw).decode("utf-8", "replace")
    html = strip_offhost_links(text).encode("utf-8")
    return gzip.compress(html, mtime=0) if zipped else html


class StripOffhostLinks:
    """ASGI middleware: HTML responses lose their off-host ``<link>`` tags (Content-Length is recomputed)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        start: dict | None = None
        body: list[bytes] = []

        async def buffered(message: dict) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = {k.lower(): v for k, v in message.get("headers", [])}
                # Chainlit gzips its pages; another encoding would pass untouched (the CSP still
                # blocks what it links to).
                encoding = headers.get(b"content-encoding", b"identity")
                if b"text/html" in headers.get(b"content-type", b"") and encoding in _READABLE:
                    start = message
                    return
            elif message["type"] == "http.response.body" and start is not None:
                body.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                html = _filtered(b"".join(body), zipped=_gzipped(start))
                headers = [
                    (k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"
                ]
                headers.append((b"content-length", str(len(html)).encode()))
                await send({**start, "headers": headers})
                await send({"type": "http.response.body", "body": html})
                return
            await send(message)

        await self.app(scope, receive, buffered)
