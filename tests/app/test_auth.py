"""Optional login: salted PBKDF2 users, on only with a secret and users."""

from assistant.app.auth import (
    add_user,
    auth_secret,
    hash_password,
    load_users,
    parse_users,
    verify_password,
)


def test_password_round_trip_and_wrong_password():
    encoded = hash_password("s3cret", iterations=1000)
    assert verify_password("s3cret", encoded)
    assert not verify_password("S3cret", encoded)


def test_plain_text_passwords_are_refused():
    assert parse_users("alice:hunter2\nbob:" + hash_password("x", iterations=1000)).keys() == {
        "bob"
    }


def test_users_file_is_private_and_replaces_a_user(tmp_path):
    path = tmp_path / "users.txt"
    add_user(path, "alice", "one")
    add_user(path, "alice", "two")
    users = load_users(tmp_path, env={"VGPT_USERS_FILE": str(path)})
    assert list(users) == ["alice"] and verify_password("two", users["alice"])
    assert path.stat().st_mode & 0o777 == 0o600


def test_secret_comes_from_vgpt_or_chainlit_variable():
    assert auth_secret({"VGPT_AUTH_SECRET": "a"}) == "a"
    assert auth_secret({"CHAINLIT_AUTH_SECRET": "b"}) == "b"
    assert auth_secret({}) == ""
