"""Member codes (会员码): what the mini-program shows as a QR code and a barcode, for the POS to identify the
driver. A code is 18 digits starting 88, random (about 53 bits), valid for `member_code_seconds` (60 s by
default; the client asks for a new one before then) and used once: the POS lookup takes it out of Redis.
Redis holds only its SHA-256, with the member and company it names.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from redis.asyncio import Redis

from api.core.clock import utcnow

PREFIX = "88"
LENGTH = 18


@dataclass(frozen=True)
class MemberCode:
    code: str
    expires_at: datetime


def _key(code: str) -> str:
    return f"forecourt:member_code:{hashlib.sha256(code.encode()).hexdigest()}"


def looks_like_code(value: str) -> bool:
    return len(value) == LENGTH and value.isdigit() and value.startswith(PREFIX)


async def create_code(redis: Redis, *, company_id: uuid.UUID, member_id: uuid.UUID, seconds: int) -> MemberCode:
    code = PREFIX + "".join(str(secrets.randbelow(10)) for _ in range(LENGTH - len(PREFIX)))
    await redis.set(_key(code), f"{company_id}:{member_id}", ex=seconds)
    return MemberCode(code, utcnow() + timedelta(seconds=seconds))


async def use_code(redis: Redis, *, company_id: uuid.UUID, code: str) -> uuid.UUID | None:
    """The member a live code of the company names, once; None when unknown, expired, used or another's."""
    if not looks_like_code(code):
        return None
    value = await redis.getdel(_key(code))
    if value is None:
        return None
    owner, _, member = (value.decode() if isinstance(value, bytes) else str(value)).partition(":")
    return uuid.UUID(member) if owner == str(company_id) else None
