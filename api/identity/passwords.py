"""Password hashing: argon2id (m = 19 MiB, t = 2, p = 1: OWASP's minimum), rehash on sign-in when weaker."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from api.core.errors import ValidationErrors

_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# A constant hash to verify against when the user does not exist, so timing does not reveal usernames.
_DUMMY = _HASHER.hash("forecourt-dummy-password")

MIN_LENGTH = 8
MAX_LENGTH = 128


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash or _DUMMY, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _HASHER.check_needs_rehash(password_hash)


def check_password_strength(password: str, errors: ValidationErrors, field: str, code: str) -> None:
    """At least 8 characters mixing letters and digits."""
    if not MIN_LENGTH <= len(password) <= MAX_LENGTH:
        errors.add(code, f"密码长度须为 {MIN_LENGTH}-{MAX_LENGTH} 位", field)
    elif not (re.search(r"[A-Za-z]", password) and re.search(r"\d", password)):
        errors.add(code, "密码须同时包含字母和数字", field)
