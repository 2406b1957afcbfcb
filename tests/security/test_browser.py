"""The hardened app in a real browser (headless Chromium): the page still works under its
Content-Security-Policy, and the login page says when a locked-out user may try again.
"""

from __future__ import annotations

import time

import pytest

from ..helpers import headless_chromium, wait_clickable

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.slow]

# Chainlit's page links Google Fonts and a KaTeX stylesheet from a CDN; the policy keeps the
# browser off third-party hosts, so those two (and only those) are refused.
THIRD_PARTY = ("fonts.googleapis.com", "fonts.gstatic.com", "cdn.jsdelivr.net")


@pytest.fixture(scope="module")
def browser():
    with headless_chromium(window="1200,1000", logging_prefs={"browser": "ALL"}) as driver:
        yield driver


def _body(driver) -> str:
    return driver.execute_script("return document.body ? document.body.innerText : ''") or ""


def _policy_violations(driver) -> list[str]:
    logs = [entry["message"] for entry in driver.get_log("browser")]
    return [
        m
        for m in logs
        if "Content Security Policy" in m and not any(host in m for host in THIRD_PARTY)
    ]


def test_the_page_runs_under_its_policy_and_the_socket_answers(open_app, browser):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(open_app.url)
    wait_clickable(browser, "chat-input")
    # the app's first message comes over the socket: the catalog is not ready in this empty state
    WebDriverWait(browser, 60, poll_frequency=1).until(lambda d: "not ready" in _body(d))
    assert _policy_violations(browser) == []


def test_the_login_page_says_when_a_locked_out_user_may_try_again(login_app, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    browser.delete_all_cookies()
    browser.get(login_app.url + "/login")
    for attempt in range(6):
        user = wait_clickable(browser, "email")
        password = browser.find_element(By.ID, "password")
        user.clear()
        user.send_keys("erin")
        password.clear()
        password.send_keys(f"wrong {attempt}", Keys.ENTER)
        time.sleep(1.5)
    WebDriverWait(browser, 20, poll_frequency=1).until(
        lambda d: "Too many failed logins" in _body(d)
    )
    assert "try again in" in _body(browser)
    assert _policy_violations(browser) == []
