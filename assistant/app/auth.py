"""Optional password login for a team: users from a file of salted PBKDF2 hashes.

Auth turns on only when both a secret (``VGPT_AUTH_SECRET`` or Chainlit's own
``CHAINLIT_AUTH_SECRET``) and users are configured. Users come from
``VGPT_USERS_FILE`` (default ``<state dir>/users.txt``) or ``VGPT_USERS``
(``name:hash`` pairs separated by commas or new lines). A line reads
``alice:pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>``; make one with
``vgpt chat --add-user alice``. Plain-text passwords are refused.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
import secrets
from pathlib import Path

ITERATIONS = 200_000


def hash_password(password: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt, digest = encoded.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        candidate = hashlib.pbkdf2_hmac(
            "sha256", password.encode("utf-8"), bytes.fromhex(salt), int(iterations)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


@functools.cache
def _stand_in_hash() -> str:
    """A hash no password matches in practice, to check an unknown user's password against."""
    return hash_password(secrets.token_hex(16))


def check_login(users: dict[str, str], name: str, password: str) -> bool:
    """Whether ``name`` may log in with ``password``.

    An unknown user costs the same PBKDF2 run as a known one, so the answer's timing
    does not tell an attacker which user names exist.
    """
    encoded = users.get(name)
    matched = verify_password(password, encoded or _stand_in_hash())
    return matched and encoded is not None


def parse_users(text: str) -> dict[str, str]:
    users = {}
    for raw in text.replace(",", "\n").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        name, encoded = line.split(":", 1)
        if encoded.strip().startswith("pbkdf2_sha256$"):
            users[name.strip()] = encoded.strip()
    return users


def users_file(state_dir: Path, env: dict[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    return Path(env.get("VGPT_USERS_FILE") or Path(state_dir) / "users.txt")


def load_users(state_dir: Path, env: dict[str, str] | None = None) -> dict[str, str]:
    env = os.environ if env is None else env
    users = parse_users(env.get("VGPT_USERS", ""))
    path = users_file(state_dir, env)
    if path.is_file():
        users.update(parse_users(path.read_text(encoding="utf-8")))
    return users


def auth_secret(env: dict[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    return env.get("VGPT_AUTH_SECRET") or env.get("CHAINLIT_AUTH_SECRET") or ""


def add_user(path: Path, name: str, password: str) -> None:
    """Add or replace a user's line in the users file (the file stays private: mode 600)."""
    if not name or ":" in name or not password:
        raise ValueError("a user needs a name without ':' and a non-empty password")
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    if path.exists():
        lines = [
            l for l in path.read_text(encoding="utf-8").splitlines() if not l.startswith(f"{name}:")
        ]
    lines.append(f"{name}:{hash_password(password)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.chmod(path, 0o600)
