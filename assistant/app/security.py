"""Hardening around Chainlit's server: socket origins, security headers, login throttling, model choice.

Chainlit builds its socket.io server with ``cors_allowed_origins=[]``, which turns
python-engineio's origin check off: a page on any origin could open the chat
socket and get answers. :func:`enforce_socket_origins` gives that server a check
against ``allow_origins`` of ``.chainlit/config.toml`` plus the address the app
itself serves on. :class:`SecurityHeaders` and :class:`LoginThrottle` are plain
ASGI middlewares for Chainlit's FastAPI app; :func:`model_choices` is the only set
of models a chat user may pick.

Everything here is pure or takes what it acts on as an argument; the app module
wires it to Chainlit's objects at import.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import re
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any, Callable, Iterable
from urllib.parse import parse_qs

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")

# -- the socket's origin check -------------------------------------------------------


def served_origins(host: str, port: int, *, tls: bool = False) -> set[str]:
    """The origins of the app's own pages: ``scheme://host:port``, every loopback name for a loopback host.

    >>> sorted(served_origins("127.0.0.1", 8080))
    ['http://127.0.0.1:8080', 'http://[::1]:8080', 'http://localhost:8080']
    >>> sorted(served_origins("0.0.0.0", 8000))
    []
    """
    scheme = "https" if tls else "http"
    if host in ("", "0.0.0.0", "::"):
        return set()  # every interface: no one name is "ours"; list the real ones in allow_origins
    names = LOOPBACK_NAMES if _loopback(host) else (f"[{host}]" if ":" in host else host,)
    return {f"{scheme}://{name}:{port}" for name in names}


def allowed_origins(
    configured: Iterable[str], host: str, port: int, *, tls: bool = False
) -> frozenset[str] | None:
    """The origins that may open the socket; ``None`` means any (``"*"`` in ``allow_origins``)."""
    configured = [o.strip().rstrip("/") for o in configured if o and o.strip()]
    if "*" in configured:
        return None
    return frozenset(configured) | served_origins(host, port, tls=tls)


def origin_check(origins: frozenset[str] | None) -> Callable[[str | None], bool]:
    """engine.io's ``cors_allowed_origins`` callable: is a request's ``Origin`` header allowed?

    A request without an Origin header (not a browser) is not a cross-site request; engine.io
    does not call the check for it.
    """

    def allowed(origin: str | None, environ: dict | None = None) -> bool:
        return origins is None or (origin or "").rstrip("/") in origins

    return allowed


def enforce_socket_origins(sio: Any, origins: frozenset[str] | None) -> None:
    """Make a python-socketio server refuse a socket opened from a page on another origin."""
    sio.eio.cors_allowed_origins = origin_check(origins)


# -- security headers ------------------------------------------------------------------


def inline_script_hashes(html: str) -> list[str]:
    """CSP sources for the inline ``<script>`` blocks of a page, so they run without 'unsafe-inline'.

    >>> inline_script_hashes('<script>const global = globalThis;</script><script src="/a.js"></script>')
    ["'sha256-ivKZt7n1dtDruu0A4NKNpVoGWL9M8TE1yoPuekUvxFU='"]
    """
    out = []
    for body in re.findall(
        r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.DOTALL | re.IGNORECASE
    ):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        out.append(f"'sha256-{digest}'")
    return list(dict.fromkeys(out))


def content_security_policy(script_hashes: Iterable[str] = ()) -> str:
    """The app's CSP: its own scripts and sockets only, nothing framed, nothing fetched from elsewhere.

    Styles may be inline (the UI's components set style attributes); scripts may not,
    except the page's own inline blocks, named by hash. Third-party fonts and stylesheets
    that Chainlit's page links (Google Fonts, a KaTeX CDN) are not loaded: the app works
    offline and makes no outbound connections, the browser included.
    """
    scripts = " ".join(["'self'", *script_hashes])
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {scripts}",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' data: blob:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


def security_headers(csp: str) -> list[tuple[bytes, bytes]]:
    return [
        (b"content-security-policy", csp.encode()),
        (b"x-frame-options", b"DENY"),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"same-origin"),
    ]


class SecurityHeaders:
    """ASGI middleware: add the security headers to every HTTP response that does not set its own."""

    def __init__(self, app: Any, csp: str | Callable[[], str]) -> None:
        self.app = app
        self._csp = csp
        self._headers: list[tuple[bytes, bytes]] | None = None

    def headers(self) -> list[tuple[bytes, bytes]]:
        if self._headers is None:  # computed on first use: the page template is read then
            self._headers = security_headers(self._csp() if callable(self._csp) else self._csp)
        return self._headers

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        extra = self.headers()

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message = {
                    **message,
                    "headers": list(message.get("headers", []))
                    + [h for h in extra if h[0] not in present],
                }
            await send(message)

        await self.app(scope, receive, send_with_headers)


# -- failed logins -----------------------------------------------------------------------


class LoginLimiter:
    """At most ``attempts`` failed logins per (user name, client address) in ``window`` seconds.

    Thread-safe; keeps only recent failures, and at most ``max_keys`` keys (the oldest go).
    """

    def __init__(
        self,
        attempts: int = 5,
        window: float = 60.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 10_000,
    ) -> None:
        self.attempts, self.window, self.clock, self.max_keys = attempts, window, clock, max_keys
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        times = self._failures.get(key, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def retry_after(self, user: str, client: str) -> int:
        """Seconds until this user may try again from this client; 0 when a try is allowed now."""
        with self._lock:
            now = self.clock()
            times = self._recent((user, client), now)
            if len(times) < self.attempts:
                return 0
            return max(1, int(times[0] + self.window - now + 0.999))

    def failed(self, user: str, client: str) -> None:
        with self._lock:
            now = self.clock()
            key = (user, client)
            times = self._recent(key, now)
            times.append(now)
            self._failures.pop(key, None)
            self._failures[key] = times  # most recent last, so the oldest key is evicted first
            while len(self._failures) > self.max_keys:
                self._failures.pop(next(iter(self._failures)))

    def succeeded(self, user: str, client: str) -> None:
        with self._lock:
            self._failures.pop((user, client), None)


class LoginThrottle:
    """ASGI middleware in front of Chainlit's ``POST /login``: refuse a user's login from a client
    that failed ``limiter.attempts`` times within the window, with 429 and a message saying when
    to try again. The refused attempt never reaches the password check.
    """

    MAX_BODY = 64 * 1024

    def __init__(self, app: Any, limiter: LoginLimiter, path: str = "/login") -> None:
        self.app, self.limiter, self.path = app, limiter, path

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if (
            scope["type"] != "http"
            or scope.get("method") != "POST"
            or scope.get("path") != self.path
        ):
            return await self.app(scope, receive, send)
        body, more = b"", True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.MAX_BODY:
                return await _json(send, 413, "login form too large")
        user = login_name(body, dict(scope.get("headers") or []).get(b"content-type", b""))
        client = (scope.get("client") or ("unknown", 0))[0]
        wait = self.limiter.retry_after(user, client)
        if wait:
            return await _json(
                send,
                429,
                f"Too many failed logins for this user from your address: try again in {wait} s.",
                [(b"retry-after", str(wait).encode())],
            )
        replayed = False

        async def replay() -> dict:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        async def watch(message: dict) -> None:
            if message["type"] == "http.response.start":
                if message["status"] == 401:
                    self.limiter.failed(user, client)
                elif 200 <= message["status"] < 300:
                    self.limiter.succeeded(user, client)
            await send(message)

        await self.app(scope, replay, watch)


def login_name(body: bytes, content_type: bytes = b"") -> str:
    """The user name of a login form (urlencoded or multipart), '' when there is none.

    >>> login_name(b"username=alice&password=x")
    'alice'
    >>> login_name(b'--b\\r\\nContent-Disposition: form-data; name="username"\\r\\n\\r\\nbob\\r\\n--b--', b"multipart/form-data; boundary=b")
    'bob'
    """
    if content_type.startswith(b"multipart/"):
        m = re.search(
            rb'name="username"\r\n(?:[^\r\n]+\r\n)*\r\n(.*?)\r\n--', body, flags=re.DOTALL
        )
        return m.group(1).decode("utf-8", "replace") if m else ""
    values = parse_qs(body.decode("utf-8", "replace")).get("username", [""])
    return values[0]


async def _json(
    send: Callable, status: int, detail: str, headers: list[tuple[bytes, bytes]] = ()
) -> None:
    payload = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


# -- model choice ------------------------------------------------------------------------


def model_choices(settings: Any) -> dict[str, str]:
    """What a chat user may pick as the model: a label for each configured model, and its setting.

    "default" (the configured model), the ``model_path`` setting, each prepared model
    folder under the state folder's ``models/``, and the ``openai_model`` setting.
    Nothing else: a user cannot point the app at a folder of their choosing.
    """
    choices = {"default": ""}
    if settings.model_path:
        choices[str(settings.model_path)] = str(settings.model_path)
    models_dir = Path(settings.models_dir)
    if models_dir.is_dir():
        for folder in sorted(models_dir.iterdir()):
            if (folder / "config.json").is_file():
                choices.setdefault(folder.name, str(folder))
    if settings.openai_model:
        choices.setdefault(settings.openai_model, settings.openai_model)
    return choices


def chosen_model(value: Any, settings: Any) -> tuple[str, str | None]:
    """(the model setting to use, why the value was refused or None): unknown values fall back to the default."""
    label = str(value or "").strip()
    if label in ("", "default"):
        return "", None
    choices = model_choices(settings)
    if label in choices:
        return choices[label], None
    if label in choices.values():
        return label, None
    return "", (
        f"`{label[:80]}` is not one of the configured models ({', '.join(choices)}); "
        "using the default. Models are set in vgpt.toml (model_path, openai_model)."
    )


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
