"""Sign-in tokens.

Access tokens are short JWTs (HS256) naming the user, company and sign-in session; member access tokens
(`typ` member, mini-program sign-ins) name the company and the member session only, so that a session
moved to another member (a guest merged into the member registered with the same phone) follows it.
Refresh tokens,
API keys and device tokens are random secrets shown once and stored only as SHA-256 hashes (they carry
256 bits of entropy, so a slow hash adds nothing); each embeds a public id to find its row.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import jwt

from api.core.clock import utcnow

ALGORITHM = "HS256"
ISSUER = "forecourt"
REFRESH_PREFIX = "fcr"
API_KEY_PREFIX = "fck"
DEVICE_PREFIX = "fcd"
MEMBER_REFRESH_PREFIX = "fcm"


class InvalidToken(Exception):
    """The token is malformed, forged or expired."""


@dataclass(frozen=True)
class AccessClaims:
    user_id: uuid.UUID
    company_id: uuid.UUID
    session_id: uuid.UUID
    expires_at: datetime


def issue_access_token(secret: str, *, user_id: uuid.UUID, company_id: uuid.UUID, session_id: uuid.UUID,
                       minutes: int) -> str:
    now = utcnow()
    payload = {"iss": ISSUER, "typ": "access", "sub": str(user_id), "cid": str(company_id),
               "sid": str(session_id), "iat": now, "exp": now + timedelta(minutes=minutes)}
    return jwt.encode(payload, secret, algorithm=ALGORITHM)


def read_access_token(secret: str, token: str) -> AccessClaims:
    try:
        payload = jwt.decode(token, secret, algorithms=[ALGORITHM], issuer=ISSUER,
                             options={"require": ["exp", "sub", "cid", "sid", "typ"]})
        if payload["typ"] != "access":
            raise InvalidToken("not an access token")
        return AccessClaims(uuid.UUID(payload["sub"]), uuid.UUID(payload["cid"]), uuid.UUID(payload["sid"]),
                            datetime.fromtimestamp(payload["exp"]).astimezone())
    except (jwt.PyJWTError, ValueError, KeyError) as exc:
        raise InvalidToken(str(exc)) from exc


@dataclass(frozen=True)
class MemberClaims:
    company_id: uuid.UUID
    session_id: uuid.UUID


def issue_member_token(secret: str, *, company_id: uuid.UUID, session_id: uuid.UUID, minutes: int) -> str:
    now = utcnow()
    payload = {"iss": ISSUER, "typ": "member", "sub": str(session_id), "cid": str(company_id), "iat": now,
               "exp": now + timedelta(minutes=minutes)}
    return jwt.encode(payload, secret, algorithm=ALGORITHM)


def is_member_token(token: str) -> bool:
    """Whether `token` claims to be a member token (unverified: only to choose how to verify it)."""
    try:
        return jwt.decode(token, options={"verify_signature": False}).get("typ") == "member"
    except jwt.PyJWTError:
        return False


def read_member_token(secret: str, token: str) -> MemberClaims:
    try:
        payload = jwt.decode(token, secret, algorithms=[ALGORITHM], issuer=ISSUER,
                             options={"require": ["exp", "sub", "cid", "typ"]})
        if payload["typ"] != "member":
            raise InvalidToken("not a member token")
        return MemberClaims(uuid.UUID(payload["cid"]), uuid.UUID(payload["sub"]))
    except (jwt.PyJWTError, ValueError, KeyError) as exc:
        raise InvalidToken(str(exc)) from exc


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def hashes_match(stored: str, secret: str) -> bool:
    return hmac.compare_digest(stored, secret_hash(secret))


@dataclass(frozen=True)
class OpaqueToken:
    """`<kind>_<public id>_<secret>`: the id finds the row, the secret proves possession."""

    kind: str
    public_id: str
    secret: str

    def __str__(self) -> str:
        return f"{self.kind}_{self.public_id}_{self.secret}"

    @classmethod
    def new(cls, kind: str, public_id: str | None = None) -> OpaqueToken:
        return cls(kind, public_id or secrets.token_hex(6), secrets.token_urlsafe(32))

    @classmethod
    def parse(cls, value: str, kind: str) -> OpaqueToken:
        parts = value.split("_", 2)
        if len(parts) != 3 or parts[0] != kind or not parts[1] or not parts[2]:
            raise InvalidToken(f"not a {kind} token")
        return cls(*parts)
