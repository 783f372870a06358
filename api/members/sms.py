"""SMS verification codes for binding a phone.

A code is six digits, sent through the configured provider, and kept in Redis only as an HMAC (keyed with
the secret key) under the phone's keyed-hash index, never the number itself: it expires after five minutes
and allows five tries, after which it is gone. At most one code is sent per phone per minute.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Protocol

from redis.asyncio import Redis

from api.core.errors import DomainError
from api.core.personal_data import lookup_index
from api.members.errors import MemberPhoneBindErrorCode as Code
from api.settings import Settings

CODE_SECONDS = 300
MAX_TRIES = 5
RESEND_SECONDS = 60


class SmsProvider(Protocol):
    async def send(self, phone: str, text: str) -> None: ...


def sms_provider(settings: Settings) -> SmsProvider:
    """The provider named by `FORECOURT_SMS_PROVIDER`."""
    if settings.sms_provider == "fake":
        from api.members.fakes.sms import FAKE_SMS

        return FAKE_SMS
    raise ValueError(f"unknown SMS provider {settings.sms_provider!r}")


def _keys(settings: Settings, phone: str) -> tuple[str, str, str]:
    index = lookup_index(settings.data_key, phone)
    return f"forecourt:sms:code:{index}", f"forecourt:sms:sent:{index}", index


def _digest(settings: Settings, index: str, code: str) -> str:
    return hmac.new(settings.secret_key.encode(), f"{index}:{code}".encode(), hashlib.sha256).hexdigest()


async def send_code(redis: Redis, settings: Settings, phone: str) -> None:
    """Send a new code to `phone` (replacing any earlier one); refused within a minute of the last."""
    code_key, sent_key, index = _keys(settings, phone)
    if not await redis.set(sent_key, "1", nx=True, ex=RESEND_SECONDS):
        raise DomainError(Code.RATE_LIMITED, "验证码发送太频繁，请 1 分钟后再试", field="phone")
    code = f"{secrets.randbelow(10**6):06d}"
    pipe = redis.pipeline()
    pipe.delete(code_key)
    pipe.hset(code_key, mapping={"digest": _digest(settings, index, code), "tries": 0})
    pipe.expire(code_key, CODE_SECONDS)
    await pipe.execute()
    await sms_provider(settings).send(phone, f"【加油会员】您的验证码是 {code}，5 分钟内有效。请勿告诉他人。")


async def check_code(redis: Redis, settings: Settings, phone: str, code: str) -> None:
    """Accept `code` for `phone` once; a wrong code counts a try, the fifth wrong one voids the code."""
    code_key, _, index = _keys(settings, phone)
    stored = await redis.hget(code_key, "digest")
    if stored is None:
        raise DomainError(Code.CODE_EXPIRED, "验证码已过期，请重新获取", field="smsCode")
    expected = stored.decode() if isinstance(stored, bytes) else str(stored)
    if hmac.compare_digest(expected, _digest(settings, index, code.strip())):
        if not await redis.delete(code_key):  # taken by a concurrent request
            raise DomainError(Code.CODE_EXPIRED, "验证码已过期，请重新获取", field="smsCode")
        return
    pipe = redis.pipeline()
    pipe.hincrby(code_key, "tries", 1)
    pipe.ttl(code_key)
    tries, ttl = await pipe.execute()
    if ttl < 0:  # it expired between the two reads: the try made a key of its own
        await redis.delete(code_key)
        raise DomainError(Code.CODE_EXPIRED, "验证码已过期，请重新获取", field="smsCode")
    if int(tries) >= MAX_TRIES:
        await redis.delete(code_key)
        raise DomainError(Code.TOO_MANY_TRIES, "验证码错误次数过多，请重新获取", field="smsCode")
    raise DomainError(Code.INVALID_CODE, f"验证码错误，还可尝试 {MAX_TRIES - int(tries)} 次", field="smsCode")
