"""Issue 15 in a real browser: the landing page, no off-host requests, a draft streaming visibly with
its elapsed time and a working stop, copy, the settings default, a partial correction, and Mark correct
refusing to overwrite silently. The real Chainlit server, catalog, validator and SmolLM2 (see test_browser)."""

from __future__ import annotations

import json
import time
from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from ..helpers import headless_chromium, wait_clickable
from .test_browser import SHOTS, _open_chat, server  # noqa: F401 (the server fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
]

PARTLY = "SELECT h.Status, h.APRef FROM bAPTH h WHERE h.APCo = 1"  # a certain fix (bAPTH) and an uncertain error (Status)
GOOD = "SELECT Contract, Description FROM JCCM WHERE JCCo = 1"
QUESTION = "Contracts and their descriptions for company 1"


@pytest.fixture(scope="module")
def chrome(server):
    # the performance log holds every request the page makes
    with headless_chromium(logging_prefs={"performance": "ALL"}) as driver:
        driver.execute_cdp_cmd(
            "Browser.grantPermissions",
            {"origin": server, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
        )
        yield driver


def _body(driver) -> str:
    return driver.find_element(By.TAG_NAME, "body").text


def _send(driver, server, text: str):
    box = _open_chat(driver, server)
    box.click()
    for i, part in enumerate(text.split("\n")):
        if i:
            box.send_keys(Keys.SHIFT, Keys.ENTER)
        box.send_keys(part)
    box.send_keys(Keys.ENTER)
    return time.monotonic()


def _wait_text(driver, text: str, timeout: float) -> str:
    return WebDriverWait(driver, timeout, poll_frequency=0.2).until(
        lambda d: _body(d) if text in _body(d) else False
    )


def _wait_idle(driver, timeout: float) -> None:
    WebDriverWait(driver, timeout, poll_frequency=0.5).until(
        lambda d: d.find_elements(By.ID, "stop-button") == []
    )


def _shot(driver, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"first-hour-{name}.png"))


def _click_action(driver, label: str, timeout: float = 30) -> None:
    def button(d):
        found = [
            b
            for b in d.find_elements(By.TAG_NAME, "button")
            if b.text.strip() == label and b.is_displayed()
        ]
        return found[-1] if found else False

    target = WebDriverWait(driver, timeout, poll_frequency=0.5).until(button)
    driver.execute_script(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", target
    )


def test_landing_page_has_the_name_the_logo_and_the_welcome(server, chrome):
    _open_chat(chrome, server)
    welcome = WebDriverWait(chrome, 20).until(
        EC.presence_of_element_located((By.ID, "vgpt-welcome"))
    )
    _shot(chrome, "landing")
    assert chrome.title == "VGPT"
    assert (
        "Trimble Viewpoint Vista" in welcome.text
        and "never connects to your SQL Server" in welcome.text
    )
    body = _body(chrome)
    assert (
        "Open contracts with billed to date" in body
        and "Review a legacy query" in body
        and "Which table holds" in body
    )
    logo = chrome.execute_script("return fetch('/logo?theme=light').then(r => r.text())")
    assert "VGPT" in logo  # our logo, not Chainlit's


def test_settings_show_the_real_company_default(server, chrome):
    _open_chat(chrome, server)
    wait_clickable(chrome, "chat-settings-open-modal", timeout=20).click()
    company = WebDriverWait(chrome, 20).until(EC.presence_of_element_located((By.ID, "company")))
    _shot(chrome, "settings")
    assert company.get_attribute("value") == "1"
    company.send_keys(Keys.ESCAPE)


def test_a_pasted_query_with_one_uncertain_error_gets_a_partial_correction(server, chrome):
    _send(chrome, server, PARTLY)
    body = _wait_text(chrome, "No full correction offered", 120)
    _wait_idle(chrome, 30)
    _shot(chrome, "partial")
    assert (
        "✘ Rejected" in body and "Partly corrected SQL" in body and "Still to fix by hand" in body
    )
    assert "[-bAPTH-]{+APTH+}" in body  # the word-level diff
    assert "SELECT h.Status, h.APRef FROM APTH h WHERE h.APCo = 1" in body


def test_copy_puts_the_sql_on_the_clipboard(server, chrome):
    _send(chrome, server, GOOD)
    _wait_text(chrome, "✔ Validated", 120)
    _wait_idle(chrome, 30)
    assert not [
        b for b in chrome.find_elements(By.TAG_NAME, "button") if b.text.strip() == "Copy"
    ]  # no "Ready to copy" action
    clicked = chrome.execute_script(
        """
        const pres = [...document.querySelectorAll('pre')].filter(p => p.innerText.includes(arguments[0]));
        for (let node = pres[pres.length - 1]; node; node = node.parentElement) {
            const icon = node.querySelector('button svg.lucide-copy');
            if (icon) { icon.closest('button').click(); return true; }
        }
        return false;""",
        GOOD,
    )
    assert clicked, "the code block has a copy button"
    time.sleep(1)
    copied = chrome.execute_async_script(
        "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('ERROR ' + e));"
    )
    assert copied.strip() == GOOD


def test_mark_correct_asks_before_replacing_an_example_with_the_same_question(
    server, chrome, app_settings
):
    approved = app_settings.docs_path / "Experts_V2" / "approved"
    approved.mkdir(parents=True, exist_ok=True)
    earlier = approved / "900_earlier_example.sql"
    earlier.write_text(
        f"-- Question: {QUESTION}\nSELECT Contract FROM JCCM WHERE JCCo = 1\n", encoding="utf-8"
    )
    try:
        _send(chrome, server, GOOD)
        _wait_text(chrome, "✔ Validated", 120)
        _wait_idle(chrome, 30)
        _click_action(chrome, "Mark correct")
        _wait_text(chrome, "What question does this query answer?", 30)
        box = chrome.find_element(By.ID, "chat-input")
        box.send_keys(QUESTION)
        box.send_keys(Keys.ENTER)
        body = _wait_text(chrome, "already exists", 60)
        assert str(earlier) in body
        _shot(chrome, "mark-correct-ask")
        _click_action(chrome, "Keep the existing one")
        body = _wait_text(chrome, "is kept unchanged", 30)
        assert earlier.read_text(encoding="utf-8").endswith(
            "SELECT Contract FROM JCCM WHERE JCCo = 1\n"
        )
        assert sorted(
            p.name
            for p in approved.glob("*.sql")
            if QUESTION.lower() in p.read_text(encoding="utf-8").lower()
        ) == [earlier.name]
    finally:
        earlier.unlink(missing_ok=True)


def test_a_draft_streams_visibly_with_its_elapsed_time_and_stops(server, chrome):
    sent = _send(chrome, server, "list open contracts for company 1 with billed to date")
    _wait_text(chrome, "Drafting…", 30)
    # the stop button replaces send while the draft runs
    assert chrome.find_elements(By.ID, "stop-button")
    seen = time.monotonic() - sent
    _shot(chrome, "draft-streaming")
    assert seen <= 2.0, f"the draft became visible after {seen:.1f} s"
    first = _body(chrome)
    time.sleep(2.5)
    later = _body(chrome)
    assert later != first  # the elapsed time (and the draft) moves on
    chrome.find_element(By.ID, "stop-button").click()
    _wait_idle(chrome, 15)
    body = _wait_text(chrome, "Stopped after", 15)
    _shot(chrome, "draft-stopped")
    assert "Drafted SQL" not in body  # nothing unvalidated is left as an answer


def test_the_page_made_no_request_off_the_host(server, chrome):
    """Runs last: every request of every page above, from the performance log."""
    _open_chat(chrome, server)
    time.sleep(2)
    hosts = set()
    for entry in chrome.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if not url.startswith(("http:", "https:", "ws:", "wss:")):
                continue  # data:, blob: and the browser's own chrome:// pages
            hosts.add(urlparse(url).hostname)
    assert hosts == {"127.0.0.1"}, (
        f"requests off 127.0.0.1: {sorted(h for h in hosts if h != '127.0.0.1')}"
    )
