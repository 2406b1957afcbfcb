"""The real thing: `chainlit run --headless` on a free loopback port, driven by Debian's headless
Chromium through selenium and the system chromedriver (no browser download). Real catalog,
validator, retrieval and SmolLM2. Screenshots go to artifacts/screenshots/.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from ..helpers import (
    ROOT,
    free_port,
    headless_chromium,
    http_ok,
    stop_process,
    wait_clickable,
    wait_for_server,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SHOTS = ROOT / "artifacts" / "screenshots"
VERDICTS = ("✔ Validated", "✘ Rejected")


@pytest.fixture(scope="module")
def server(app_settings, app_index):
    """The app as a user starts it, on 127.0.0.1 with the test state; stopped after the module."""
    yield from _serve(app_settings)


def _serve(app_settings, **extra: str):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "LITERAL_API_KEY"}  # no outbound connections
    env.update(
        VGPT_ROOT=str(ROOT),
        CHAINLIT_APP_ROOT=str(ROOT),
        VGPT_STATE_DIR=str(app_settings.state_dir),
        VGPT_DOCS_DIR=str(app_settings.docs_dir),
        VGPT_MODEL_PATH=str(app_settings.model_path),
        VGPT_MAX_NEW_TOKENS=str(app_settings.max_new_tokens),
        VGPT_MAX_ATTEMPTS=str(app_settings.max_attempts),
        **extra,
    )
    log = tempfile.NamedTemporaryFile(prefix="vgpt-chainlit-", suffix=".log", delete=False)
    argv = [
        sys.executable,
        "-m",
        "chainlit",
        "run",
        "assistant/app/main.py",
        "--headless",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_server(proc, http_ok(url), what="chainlit", timeout=120, log=Path(log.name))
        yield url
    finally:
        stop_process(proc, timeout=20)


@pytest.fixture(scope="module")
def browser():
    with headless_chromium() as driver:
        yield driver


def _open_chat(driver, url):
    """Load the page and wait for the chat input: before that, the page is blank white."""
    from selenium.webdriver.common.by import By

    driver.get(url)
    wait_clickable(driver, "chat-input")
    return driver.find_element(By.ID, "chat-input")


def _ask(driver, url, text: str, shot: str, timeout: float) -> str:
    """Type a message, wait for the answer's verdict, screenshot; return the answer's text."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    box = _open_chat(driver, url)
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"{shot}-0-start.png"))
    box.click()
    box.send_keys(text)
    box.send_keys(Keys.ENTER)

    def answered(d):
        body = d.find_element(By.TAG_NAME, "body").text
        return (
            body
            if any(v in body for v in VERDICTS) and d.find_elements(By.ID, "stop-button") == []
            else False
        )

    body = WebDriverWait(driver, timeout, poll_frequency=1).until(answered)
    time.sleep(1)  # let the last tokens and the action buttons render
    driver.save_screenshot(str(SHOTS / f"{shot}-1-answer.png"))
    return driver.find_element(By.TAG_NAME, "body").text or body


def _code_blocks(driver) -> list[str]:
    from selenium.webdriver.common.by import By

    return [
        e.text
        for e in driver.find_elements(By.CSS_SELECTOR, "pre, code")
        if "SELECT" in e.text.upper()
    ]


def test_welcome_page_shows_starters_and_what_the_docs_are(server, browser):
    from selenium.webdriver.common.by import By

    _open_chat(browser, server)
    time.sleep(1)
    SHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SHOTS / "welcome.png"))
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "Open contracts with billed to date" in body
    assert "Review a legacy query" in body and "Which table holds" in body
    browser.find_element(By.ID, "readme-button").click()
    time.sleep(2)
    browser.save_screenshot(str(SHOTS / "readme.png"))
    readme = browser.find_element(By.TAG_NAME, "body").text
    assert "What it knows" in readme and "ingested" in readme and "697 base tables" in readme
    assert "What it refuses" in readme


def test_pasted_apth_status_is_rejected_with_openyn_suggested(server, browser):
    body = _ask(browser, server, "SELECT Status FROM APTH", "review-apth-status", timeout=120)
    assert "✘ Rejected" in body
    (finding,) = [line for line in body.splitlines() if "unknown-column" in line]
    assert "line 1, col 8" in finding and "APTH" in finding and "'Status'" in finding
    assert "did you mean OpenYN" in finding
    assert any("SELECT Status FROM APTH" in block for block in _code_blocks(browser))


def test_question_gets_sql_through_the_validator_with_its_verdict(server, browser):
    body = _ask(
        browser,
        server,
        "list open contracts for company 1 with billed to date",
        "draft-open-contracts",
        timeout=540,
    )
    assert "Drafted SQL" in body
    assert any(v in body for v in VERDICTS)
    blocks = _code_blocks(browser)
    assert blocks, "the SQL is shown in a code block"
    assert (
        "Retrieve schema" in body and "Draft plan" in body and "Validate" in body
    )  # plan mode, the default
    _expand_steps(browser)
    steps = browser.find_element("tag name", "body").text
    assert "Attempt 1:" in steps  # the Draft plan step ends with the validated attempts
    assert "Verdict:" in steps  # the Validate step shows the validator's findings


def test_open_contracts_with_customer_name_join_the_customer_master_through_its_group(
    server, browser
):
    # the bundled model in plan mode: the grammar, the linked terms and the compiler do the rest
    body = _ask(
        browser,
        server,
        "Which contracts in company 1 are open, with their customer name?",
        "plan-open-contracts-customer",
        timeout=540,
    )
    assert "✔ Validated" in body
    _expand_steps(browser, shot="plan-open-contracts-customer-2-steps.png")
    assert (
        "Plan" in browser.find_element("tag name", "body").text
    )  # the plan is its own (collapsed) step
    sql = next(block for block in _code_blocks(browser) if "FROM JCCM" in block and "ARCM" in block)
    assert "ARCM.CustGroup = JCCM.CustGroup" in sql and "ARCM.Customer = JCCM.Customer" in sql
    assert "JCCM.ContractStatus = 1" in sql and "ARCM.Name" in sql


def _expand_steps(driver, shot: str = "draft-open-contracts-2-steps.png") -> None:
    """Open the collapsed steps (they are collapsed by default) and screenshot them."""
    from selenium.webdriver.common.by import By

    for name in ("Retrieve schema", "Draft plan", "Draft SQL", "Validate"):
        # Chainlit's step header (an accordion trigger) has the id "step-<name>"
        for toggle in driver.find_elements(By.ID, f"step-{name}"):
            driver.execute_script(
                "arguments[0].click();", toggle
            )  # a DOM click: nothing can be in the way
    time.sleep(1)
    driver.execute_script("window.scrollTo(0, 0);")
    driver.save_screenshot(str(SHOTS / shot))
