"""The hardening rules on their own (issue 11, item 5): which origins may open the socket, how
failed logins are counted, that login costs the same for unknown users, which models a chat
user may choose.
"""

from __future__ import annotations

import hashlib

import pytest

from assistant.app import auth
from assistant.app.security import (
    LoginLimiter,
    allowed_origins,
    chosen_model,
    model_choices,
    origin_check,
)
from assistant.settings import load_settings


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_configured_origins_and_the_apps_own_address_may_open_the_socket():
    allowed = origin_check(allowed_origins(["https://vgpt.example.com"], "127.0.0.1", 8123))
    assert allowed("https://vgpt.example.com") and allowed("https://vgpt.example.com/")
    assert allowed("http://127.0.0.1:8123") and allowed("http://localhost:8123")
    assert not allowed("http://localhost:8000"), "another port is another origin"
    assert not allowed("https://evil.example.net") and not allowed("null") and not allowed("")


def test_an_app_on_every_interface_allows_only_the_listed_origins():
    allowed = origin_check(allowed_origins(["https://vgpt.example.com"], "0.0.0.0", 8000))
    assert allowed("https://vgpt.example.com") and not allowed("http://0.0.0.0:8000")


def test_a_star_in_allow_origins_allows_any_page():
    assert allowed_origins(["*"], "127.0.0.1", 8000) is None
    assert origin_check(None)("https://anything.example")


def test_five_failed_logins_lock_that_user_out_from_that_client_for_the_window():
    clock = Clock()
    limiter = LoginLimiter(attempts=5, window=60, clock=clock)
    for _ in range(5):
        assert limiter.retry_after("alice", "10.0.0.1") == 0
        limiter.failed("alice", "10.0.0.1")
        clock.now += 1
    assert (
        limiter.retry_after("alice", "10.0.0.1") == 55
    )  # the first failure leaves the window in 55 s
    assert limiter.retry_after("alice", "10.0.0.2") == 0, "another client is not locked out"
    assert limiter.retry_after("bob", "10.0.0.1") == 0, "another user is not locked out"
    clock.now += 55
    assert limiter.retry_after("alice", "10.0.0.1") == 0, "the oldest failure left the window"


def test_a_successful_login_clears_the_failures():
    limiter = LoginLimiter(attempts=2, window=60, clock=Clock())
    limiter.failed("alice", "c")
    limiter.succeeded("alice", "c")
    limiter.failed("alice", "c")
    assert limiter.retry_after("alice", "c") == 0


def test_the_limiter_forgets_the_oldest_keys_beyond_its_size():
    limiter = LoginLimiter(attempts=1, window=60, clock=Clock(), max_keys=3)
    for n in range(5):
        limiter.failed(f"user{n}", "c")
    assert limiter.retry_after("user0", "c") == 0 and limiter.retry_after("user4", "c") > 0


def test_login_runs_the_same_password_hash_for_unknown_and_known_users(monkeypatch):
    users = {"alice": auth.hash_password("right horse battery")}
    auth.check_login(users, "nobody", "x")  # the stand-in hash exists from now on
    runs: list[int] = []
    real = hashlib.pbkdf2_hmac

    def counted(name, password, salt, iterations, *args):
        runs.append(iterations)
        return real(name, password, salt, iterations, *args)

    monkeypatch.setattr(auth.hashlib, "pbkdf2_hmac", counted)
    assert auth.check_login(users, "alice", "right horse battery") is True
    assert auth.check_login(users, "alice", "wrong") is False
    assert auth.check_login(users, "mallory", "right horse battery") is False
    assert runs == [auth.ITERATIONS] * 3


@pytest.fixture
def settings(tmp_path):
    models = tmp_path / ".vgpt" / "models" / "smollm2-135m-instruct"
    models.mkdir(parents=True)
    (models / "config.json").write_text("{}")
    (tmp_path / ".vgpt" / "models" / "half-copied").mkdir()  # no config.json: not a model
    return load_settings(
        root=tmp_path, env={}, model_path="/srv/models/tuned", openai_model="vgpt-tuned"
    )


def test_the_model_choices_are_the_configured_models_only(settings):
    assert list(model_choices(settings)) == [
        "default",
        "/srv/models/tuned",
        "smollm2-135m-instruct",
        "vgpt-tuned",
    ]


@pytest.mark.parametrize(
    "value",
    ["/etc", "../../etc/passwd", "/tmp/evil-model", "smollm2-135m-instruct/../../x", "half-copied"],
)
def test_a_model_that_is_not_configured_is_refused_and_the_default_kept(settings, value):
    model, refused = chosen_model(value, settings)
    assert model == "" and "not one of the configured models" in refused


@pytest.mark.parametrize(
    "value, expected",
    [
        ("", ""),
        ("default", ""),
        ("/srv/models/tuned", "/srv/models/tuned"),
        ("vgpt-tuned", "vgpt-tuned"),
    ],
)
def test_a_configured_model_is_accepted(settings, value, expected):
    assert chosen_model(value, settings) == (expected, None)


def test_a_prepared_model_is_chosen_by_its_folder_name(settings):
    model, refused = chosen_model("smollm2-135m-instruct", settings)
    assert refused is None and model == str(settings.models_dir / "smollm2-135m-instruct")
