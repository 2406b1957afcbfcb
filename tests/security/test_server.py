"""The running app, from outside (issue 11, item 5): a real Chainlit server, a real socket.io client.

- A page on a foreign origin cannot open the chat socket; the configured origin and the app's
  own address can, and get answers.
- Every response carries a Content-Security-Policy that admits the page's own scripts, plus
  X-Frame-Options: DENY and X-Content-Type-Options: nosniff.
- After 5 failed logins a user is refused from that address for a minute, with a clear
  message, even with the right password; other users are not.
"""

from __future__ import annotations

import threading
import uuid

import pytest
import requests

from assistant.app.security import inline_script_hashes

from .conftest import PROXY_ORIGIN

pytestmark = [pytest.mark.server, pytest.mark.slow]


def open_socket(
    url: str, origin: str | None, transport: str, *, cookie: str = ""
) -> tuple[bool, str, list[str]]:
    """Connect as Chainlit's page does; (connected, error, events the server sent within a few seconds)."""
    import socketio

    events: list[str] = []
    got_one = threading.Event()
    # the websocket client sends its own Origin header: name ours there, or none at all
    ws_options = {"origin": origin} if origin else {"suppress_origin": True}
    client = socketio.Client(reconnection=False, websocket_extra_options=ws_options)

    @client.on("*")
    def any_event(event, *args):
        events.append(event)
        got_one.set()

    headers = {"Origin": origin} if origin and transport == "polling" else {}
    if cookie:
        headers["Cookie"] = cookie
    auth = {
        "sessionId": str(uuid.uuid4()),
        "clientType": "webapp",
        "userEnv": "{}",
        "chatProfile": None,
        "threadId": None,
    }
    try:
        client.connect(
            url,
            socketio_path="/ws/socket.io",
            headers=headers,
            auth=auth,
            transports=[transport],
            wait_timeout=15,
        )
    except socketio.exceptions.ConnectionError as exc:
        return False, str(exc), events
    try:
        client.emit("connection_successful")
        got_one.wait(20)
        return True, "", events
    finally:
        client.disconnect()


@pytest.mark.parametrize("transport", ["websocket", "polling"])
def test_a_page_on_a_foreign_origin_cannot_open_the_chat_socket(open_app, transport):
    connected, error, events = open_socket(open_app.url, "https://evil.example.net", transport)
    assert not connected and events == []


@pytest.mark.parametrize("transport", ["websocket", "polling"])
def test_the_configured_origin_connects_and_gets_answers(open_app, transport):
    connected, error, events = open_socket(open_app.url, PROXY_ORIGIN, transport)
    assert connected, error
    assert events, "the server answered on the socket (chat settings, the not-ready notice)"


def test_the_apps_own_address_connects_on_whatever_port_it_serves(open_app):
    connected, error, _ = open_socket(
        open_app.url, f"http://localhost:{open_app.port}", "websocket"
    )
    assert connected, error
    connected, _, _ = open_socket(
        open_app.url, "http://localhost:8000", "websocket"
    )  # another port: another origin
    assert not connected


def test_the_socket_refusal_is_an_http_error_for_the_foreign_origin(open_app):
    import websocket

    got = requests.get(
        f"{open_app.url}/ws/socket.io/?EIO=4&transport=polling",
        headers={"Origin": "https://evil.example.net"},
        timeout=10,
    )
    assert got.status_code == 400 and "not an accepted origin" in got.text
    assert "access-control-allow-origin" not in {k.lower() for k in got.headers}
    ws_url = open_app.url.replace("http://", "ws://") + "/ws/socket.io/?EIO=4&transport=websocket"
    with pytest.raises(websocket.WebSocketBadStatusException) as refused:
        websocket.create_connection(ws_url, origin="https://evil.example.net", timeout=10)
    assert refused.value.status_code == 403
    websocket.create_connection(ws_url, origin=PROXY_ORIGIN, timeout=10).close()


def test_a_client_that_sends_no_origin_is_no_browser_page_and_connects(open_app):
    connected, error, _ = open_socket(open_app.url, None, "websocket")
    assert connected, error


def test_every_response_carries_the_security_headers(open_app):
    for path in ("/", "/project/settings?language=en-US", "/public/does-not-exist.svg"):
        got = requests.get(open_app.url + path, timeout=10)
        assert got.headers["X-Frame-Options"] == "DENY", path
        assert got.headers["X-Content-Type-Options"] == "nosniff", path
        csp = got.headers["Content-Security-Policy"]
        assert (
            "frame-ancestors 'none'" in csp
            and "object-src 'none'" in csp
            and "'unsafe-eval'" not in csp
        )


def test_the_policy_admits_the_pages_own_inline_scripts_and_nothing_inline_else(open_app):
    page = requests.get(open_app.url, timeout=10)
    csp = page.headers["Content-Security-Policy"]
    script_src = next(d for d in csp.split("; ") if d.startswith("script-src "))
    hashes = inline_script_hashes(page.text)
    assert hashes and all(h in script_src for h in hashes)
    assert "'unsafe-inline'" not in script_src


def _login(app, user: str, password: str) -> requests.Response:
    return requests.post(
        f"{app.url}/login", data={"username": user, "password": password}, timeout=30
    )


def test_failed_logins_are_refused_after_five_with_a_clear_message(login_app):
    assert _login(login_app, "alice", "right horse battery").status_code == 200
    for _ in range(5):
        assert _login(login_app, "alice", "wrong").status_code == 401
    refused = _login(login_app, "alice", "right horse battery")
    assert refused.status_code == 429
    assert (
        "Too many failed logins" in refused.json()["detail"]
        and "try again in" in refused.json()["detail"]
    )
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert _login(login_app, "bob", "guess").status_code == 401, (
        "another user name is not locked out"
    )


def test_a_logged_in_page_on_the_configured_origin_connects(login_app):
    session = requests.Session()
    login = session.post(
        f"{login_app.url}/login",
        data={"username": "dave", "password": "right horse battery"},
        timeout=30,
    )
    assert login.status_code == 200
    cookie = "; ".join(f"{c.name}={c.value}" for c in session.cookies)
    assert cookie, "the login set the session cookie"
    connected, error, _ = open_socket(login_app.url, PROXY_ORIGIN, "websocket", cookie=cookie)
    assert connected, error
    connected, _, _ = open_socket(
        login_app.url, "https://evil.example.net", "websocket", cookie=cookie
    )
    assert not connected, "a stolen cookie does not help a foreign page"
