"""Finding a member at the POS: by whole phone number, by plate, by a live member code (used once), or by the
number of a stored-value card the member holds (a child card names its own holder, else its parent's). A card
reported lost or closed identifies nobody: whoever presents it is not taken for its holder."""

from __future__ import annotations

import uuid

from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.cards.models import Card, CardState
from api.core.actors import Actor
from api.core.errors import DomainError
from api.core.permissions import Permission
from api.core.personal_data import is_mobile
from api.members import member_codes
from api.members.errors import MemberLookupErrorCode as Code
from api.members.models import Member, MemberStatus, MemberVehicle
from api.members.plates import normalize_plate
from api.members.service import member_by_phone


async def lookup_members(session: AsyncSession, redis: Redis, actor: Actor, data_key: str, *,
                         phone: str | None = None, plate: str | None = None,
                         member_code: str | None = None, card_number: str | None = None) -> list[Member]:
    """Registered members of the actor's company matching exactly one of the keys given."""
    actor.require(Permission.VIEW_MEMBERS)
    assert actor.company_id is not None
    given = [k for k, v in (("phone", phone), ("plate", plate), ("memberCode", member_code),
                            ("cardNumber", card_number)) if (v or "").strip()]
    if len(given) != 1:
        raise DomainError(Code.REQUIRED, "请输入手机号、车牌号、会员码或卡号中的一项",
                          field=given[1] if given else None)
    if card_number and card_number.strip():
        return await _card_holder(session, actor.company_id, card_number.strip())
    if phone and phone.strip():
        if not is_mobile(phone.strip()):
            raise DomainError(Code.INVALID, "手机号格式不正确", field="phone")
        found = await member_by_phone(session, actor.company_id, data_key, phone.strip())
        return [found] if found is not None and found.status is MemberStatus.REGISTERED else []
    if plate and plate.strip():
        normalized = normalize_plate(plate)
        if normalized is None:
            raise DomainError(Code.PLATE_INVALID, "车牌号格式不正确", field="plate")
        rows = await session.scalars(
            select(Member).join(MemberVehicle, MemberVehicle.member_id == Member.id)
            .where(MemberVehicle.company_id == actor.company_id, MemberVehicle.plate == normalized,
                   Member.status == MemberStatus.REGISTERED).order_by(Member.registered_at.desc()).limit(20))
        return list(rows.unique().all())
    member_id = await member_codes.use_code(redis, company_id=actor.company_id, code=(member_code or "").strip())
    if member_id is None:
        raise DomainError(Code.CODE_INVALID, "会员码无效或已过期，请让车主刷新会员码", field="memberCode")
    member = await session.get(Member, member_id)
    return [member] if member is not None and member.company_id == actor.company_id else []


UNIDENTIFYING = (CardState.REPORTED_LOST, CardState.CLOSED)


async def _card_holder(session: AsyncSession, company_id: uuid.UUID, number: str) -> list[Member]:
    if not number.isdigit() or len(number) > 20:
        raise DomainError(Code.INVALID, "卡号应为不超过 20 位的数字", field="cardNumber")
    card = await session.scalar(select(Card).where(Card.company_id == company_id, Card.number == number))
    if card is None or card.state in UNIDENTIFYING:
        return []
    holder_id = card.member_id
    if holder_id is None and card.parent_id is not None:
        holder_id = await session.scalar(select(Card.member_id).where(Card.id == card.parent_id))
    member = None if holder_id is None else await session.get(Member, holder_id)
    return [member] if member is not None and member.status is MemberStatus.REGISTERED else []
