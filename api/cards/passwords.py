"""A card's payment password: six digits, stored as an argon2id hash, set or changed only with an SMS code
sent to the card's bound mobile (the members' SMS adapter: five minutes, five tries, one code a minute).
Setting it clears the wrong tries and the lock after five of them (`api.cards.password_tries`) once committed."""

from __future__ import annotations

import functools
import re
import uuid

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from api.cards import password_tries
from api.cards.cards import lock_cards, parent_of, reach, require_action
from api.cards.errors import CardErrorCode as Code
from api.cards.models import Card
from api.cards.states import CardAction
from api.core import audit
from api.core.actors import Actor
from api.core.db import after_commit
from api.core.errors import DomainError
from api.core.permissions import Permission
from api.core.personal_data import decrypt
from api.identity.passwords import hash_password
from api.members import sms
from api.settings import Settings

PASSWORD = re.compile(r"^\d{6}$")
_SMS_CODES = {"rate_limited": Code.RATE_LIMITED}


def _phone(settings: Settings, card: Card) -> str:
    if card.phone_encrypted is None:
        raise DomainError(Code.NO_PHONE, "该卡未绑定手机号，请到油站绑定", field="cardId")
    return decrypt(settings.data_key, card.phone_encrypted)


def _translated(error: DomainError) -> DomainError:
    code = _SMS_CODES.get(error.code, Code.INVALID_CODE)
    return DomainError(code, str(error), field=error.field)


async def send_password_code(session: AsyncSession, redis: Redis, settings: Settings, actor: Actor,
                             card_id: uuid.UUID) -> None:
    """Send an SMS code to the card's bound mobile."""
    assert actor.company_id is not None
    card = (await lock_cards(session, actor.company_id, [card_id]))[card_id]
    reach(actor, card, Permission.MANAGE_CARDS, holder=await parent_of(session, card))
    require_action(card, CardAction.SET_PASSWORD)
    try:
        await sms.send_code(redis, settings, _phone(settings, card))
    except DomainError as error:
        raise _translated(error) from error


async def set_password(session: AsyncSession, redis: Redis, settings: Settings, actor: Actor, card_id: uuid.UUID,
                       *, password: str, sms_code: str) -> Card:
    """Set or change the payment password, with the SMS code; audited (without the password)."""
    assert actor.company_id is not None
    card = (await lock_cards(session, actor.company_id, [card_id]))[card_id]
    reach(actor, card, Permission.MANAGE_CARDS, holder=await parent_of(session, card))
    require_action(card, CardAction.SET_PASSWORD)
    if not PASSWORD.match(password):
        raise DomainError(Code.INVALID, "支付密码须为 6 位数字", field="password")
    if len(set(password)) == 1 or password in "0123456789" or password in "9876543210":
        raise DomainError(Code.INVALID, "支付密码过于简单", field="password")
    try:
        await sms.check_code(redis, settings, _phone(settings, card), sms_code)
    except DomainError as error:
        raise _translated(error) from error
    had = card.password_hash is not None
    locked = await password_tries.locked_until(redis, card.id)
    card.password_hash = hash_password(password)
    await audit.record(session, actor, action="card.password_set", object_type="Card", object_id=card.id,
                       company_id=actor.company_id, before={"password_set": had, "locked_until": locked},
                       after={"password_set": True, "locked_until": None})
    after_commit(session, functools.partial(password_tries.clear, redis, card.id))
    return card
