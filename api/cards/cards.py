"""Cards: issuing (a virtual card claimed by a member, a physical card sold at the POS), child cards, state
changes by the table in `api.cards.states`, the bound mobile, and the checks every card operation shares.

Locking: an operation locks every card row it touches in one statement, in the order of their ids (a child
and its parent, a parent and its children), before it reads balances or posts; the ledger then locks the
accounts in its own order. Two operations over the same cards never deadlock.

Reach: a member touches only its own cards (a child through its parent's holder); staff reach a card with the
permission at the station that sold it (a virtual card, sold nowhere, needs the company-wide permission).
"""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.cards import accounts
from api.cards.errors import CardErrorCode as Code
from api.cards.models import Card, CardKind, CardMode, CardProduct, CardState
from api.cards.states import EVENT_LABELS, STATE_LABELS, CardAction, CardEvent, CardRole, allows, next_state
from api.core import audit
from api.core.actors import Actor, ActorKind
from api.core.clock import utcnow
from api.core.errors import DomainError, Forbidden
from api.core.permissions import Permission
from api.core.personal_data import decrypt, encrypt, is_mobile, lookup_index, mask_mobile
from api.ledger.models import LedgerAccount
from api.members.models import Member, MemberStatus

PHYSICAL_NUMBER = re.compile(r"^\d{8,20}$")
MAX_CHILDREN = 200


def role(card: Card) -> CardRole:
    return CardRole.CHILD if card.parent_id is not None else CardRole.PARENT


def require_action(card: Card, action: CardAction, field: str | None = "cardId") -> None:
    """Refuse unless the card's state allows `action` (and it has not expired, for money going out)."""
    if not allows(role(card), card.state, action):
        raise DomainError(Code.STATE, f"该卡{STATE_LABELS[card.state]}，不能办理此业务", field=field)
    if action is CardAction.SPEND and card.expires_at is not None and card.expires_at <= utcnow():
        raise DomainError(Code.STATE, "该卡已过有效期", field=field)


async def lock_cards(session: AsyncSession, company_id: uuid.UUID, ids: list[uuid.UUID],
                     field: str = "cardId") -> dict[uuid.UUID, Card]:
    """The cards, locked in the order of their ids; NOT_FOUND when one is not the company's."""
    rows = (await session.scalars(select(Card).where(Card.company_id == company_id, Card.id.in_(ids))
                                  .order_by(Card.id).with_for_update().execution_options(populate_existing=True))).all()
    found = {card.id: card for card in rows}
    if len(found) != len(set(ids)):
        raise DomainError(Code.NOT_FOUND, "储值卡不存在", field=field)
    return found


async def holdings(session: AsyncSession, company_id: uuid.UUID, card_id: uuid.UUID) -> tuple[int, int]:
    """What a card's principal and bonus accounts hold (read under the card's lock)."""
    codes = {accounts.principal(card_id): 0, accounts.bonus(card_id): 0}
    for code, balance in (await session.execute(select(LedgerAccount.code, LedgerAccount.balance).where(
            LedgerAccount.company_id == company_id, LedgerAccount.code.in_(list(codes))))).all():
        codes[code] = -int(balance)
    return codes[accounts.principal(card_id)], codes[accounts.bonus(card_id)]


def reach(actor: Actor, card: Card, permission: Permission, holder: Card | None = None) -> None:
    """FORBIDDEN unless the actor may act on `card` (see the module's rules); `holder` is the card whose
    holder a member must be (the parent, for a child)."""
    if actor.company_id != card.company_id:
        raise Forbidden("无权访问该储值卡")
    if actor.kind is ActorKind.MEMBER:
        if (holder or card).member_id != actor.id:
            raise Forbidden("只能操作本人的储值卡")
        return
    scope = actor.stations_for(permission)
    if scope is not None and (card.station_id is None or card.station_id not in scope):
        raise Forbidden("无权操作该储值卡")


MEMBER_EVENTS = frozenset({CardEvent.REPORT_LOST})  # what a holder does itself; the rest is done at the station


def transitions(actor: Actor, card: Card, parent: Card | None) -> list[tuple[CardEvent, CardState]]:
    """The state changes `actor` may make to `card` now (with where each leads), in the table's order: those
    the state table accepts from its state and role, that the actor reaches the card for (staff: MANAGE_CARDS
    at its station; a member: the holder, through `parent` for a child) and, for a member, only MEMBER_EVENTS.
    Closing a parent still needs its children closed first (`api.cards.closing` says so)."""
    try:
        reach(actor, card, Permission.MANAGE_CARDS, holder=parent)
    except Forbidden:
        return []
    found = [(event, target) for event in CardEvent
             if (target := next_state(role(card), card.state, event)) is not None]
    if actor.kind is ActorKind.MEMBER:
        return [(event, target) for event, target in found if event in MEMBER_EVENTS]
    return found


async def parent_of(session: AsyncSession, card: Card) -> Card | None:
    return None if card.parent_id is None else await session.get(Card, card.parent_id)


def _virtual_number() -> str:
    body = "9" + "".join(str(secrets.randbelow(10)) for _ in range(14))
    total = 0
    for i, digit in enumerate(reversed(body)):  # Luhn: every second digit from the right, doubled
        d = int(digit) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


@dataclass(frozen=True)
class IssueRequest:
    product_id: uuid.UUID
    member_id: uuid.UUID | None = None
    number: str | None = None  # a physical card's printed number
    station_id: uuid.UUID | None = None  # where a physical card is sold
    phone: str | None = None  # the mobile to bind (a bearer card's buyer)


async def _product(session: AsyncSession, company_id: uuid.UUID, product_id: uuid.UUID) -> CardProduct:
    product = await session.get(CardProduct, product_id)
    if product is None or product.company_id != company_id:
        raise DomainError(Code.NOT_FOUND, "制卡规则不存在", field="productId")
    if not product.active:
        raise DomainError(Code.PRODUCT_INACTIVE, "该制卡规则已停用", field="productId")
    return product


async def issue_card(session: AsyncSession, actor: Actor, data_key: str, request: IssueRequest, *,
                     parent: Card | None = None) -> Card:
    """A new active card: virtual (numbered here) or physical (its number entered at the POS)."""
    assert actor.company_id is not None
    product = await _product(session, actor.company_id, request.product_id)
    kind = product.kind
    if kind is CardKind.PHYSICAL:
        number = (request.number or "").strip()
        if not PHYSICAL_NUMBER.match(number):
            raise DomainError(Code.INVALID, "请刷卡或输入 8-20 位卡号", field="number")
        if await session.scalar(select(Card.id).where(Card.company_id == actor.company_id, Card.number == number)):
            raise DomainError(Code.DUPLICATE, "该卡号已售出", field="number")
    else:
        number = _virtual_number()
    member = None
    if request.member_id is not None:
        member = await session.get(Member, request.member_id)
        if member is None or member.company_id != actor.company_id or member.status is not MemberStatus.REGISTERED:
            raise DomainError(Code.NOT_FOUND, "会员不存在或尚未注册", field="memberId")
    elif product.named and parent is None:
        raise DomainError(Code.REQUIRED, "记名卡须指定持卡会员", field="memberId")
    phone = (request.phone or "").strip() or None
    if phone is not None and not is_mobile(phone):
        raise DomainError(Code.INVALID, "手机号格式不正确", field="phone")
    now = utcnow()
    card = Card(company_id=actor.company_id, number=number, product_id=product.id, kind=kind,
                member_id=member.id if member else (parent.member_id if parent else None),
                parent_id=parent.id if parent else None, station_id=request.station_id, state=CardState.ACTIVE,
                expires_at=now + timedelta(days=product.valid_days) if product.valid_days else None)
    encrypted = encrypt(data_key, phone) if phone else (member.phone_encrypted if member else None)
    if encrypted is not None:
        card.phone_encrypted = encrypted
        card.phone_index = lookup_index(data_key, decrypt(data_key, encrypted))
    session.add(card)
    await session.flush()
    await audit.record(session, actor, action="card.issue", object_type="Card", object_id=card.id,
                       company_id=actor.company_id, station_id=request.station_id, after={
                           "number": number, "kind": kind, "product": str(product.id),
                           "member": str(card.member_id) if card.member_id else None,
                           "parent": str(parent.id) if parent else None})
    return card


@dataclass(frozen=True)
class ChildLimits:
    per_transaction_limit_fen: int | None = None
    daily_limit_fen: int | None = None
    monthly_limit_fen: int | None = None
    daily_count_limit: int | None = None


async def add_child(session: AsyncSession, actor: Actor, data_key: str, parent_id: uuid.UUID, *, mode: CardMode,
                    limits: ChildLimits, number: str | None = None, product_id: uuid.UUID | None = None,
                    station_id: uuid.UUID | None = None) -> Card:
    """A child card under an active parent; the parent's mode is set by its first child and fixed after."""
    assert actor.company_id is not None
    parent = (await lock_cards(session, actor.company_id, [parent_id], "parentId"))[parent_id]
    reach(actor, parent, Permission.MANAGE_CARDS)
    if parent.parent_id is not None:
        raise DomainError(Code.INVALID, "子卡不能再添加子卡", field="parentId")
    require_action(parent, CardAction.ADD_CHILD, "parentId")
    if parent.mode is not None and parent.mode is not mode:
        raise DomainError(Code.MODE, "母卡的扣款模式已确定，不能更改", field="mode")
    count = len((await session.scalars(select(Card.id).where(Card.parent_id == parent.id))).all())
    if count >= MAX_CHILDREN:
        raise DomainError(Code.INVALID, f"一张母卡最多 {MAX_CHILDREN} 张子卡", field="parentId")
    for name, value in vars(limits).items():
        if value is not None and value <= 0:
            raise DomainError(Code.INVALID, "限额须大于 0（不限请留空）", field=_field(name))
    parent.mode = mode
    child = await issue_card(session, actor, data_key, IssueRequest(
        product_id=product_id or parent.product_id, number=number, station_id=station_id), parent=parent)
    for name, value in vars(limits).items():
        setattr(child, name, value)
    await session.flush()
    return child


def _field(name: str) -> str:
    return "".join(p if i == 0 else p.title() for i, p in enumerate(name.split("_")))


async def set_child_limits(session: AsyncSession, actor: Actor, child_id: uuid.UUID, limits: ChildLimits) -> Card:
    """Replace a child's own limits (None: none of its own, the product's alone count; 0: nothing allowed), by
    the parent's holder or staff reaching the parent; audited with the limits before and after."""
    assert actor.company_id is not None
    parent_id = await session.scalar(select(Card.parent_id).where(Card.company_id == actor.company_id,
                                                                  Card.id == child_id))
    cards = await lock_cards(session, actor.company_id, [child_id, *([parent_id] if parent_id else [])], "childId")
    child = cards[child_id]
    reach(actor, child if parent_id is None else cards[parent_id], Permission.MANAGE_CARDS)
    if parent_id is None:
        raise DomainError(Code.INVALID, "只有子卡可以设置自己的限额", field="childId")
    if child.state is CardState.CLOSED:
        raise DomainError(Code.STATE, "该卡已销户，不能设置限额", field="childId")
    for name, value in vars(limits).items():
        if value is not None and value < 0:
            raise DomainError(Code.INVALID, "限额不能为负数（不限请留空）", field=_field(name))
    before = {name: getattr(child, name) for name in vars(limits)}
    for name, value in vars(limits).items():
        setattr(child, name, value)
    await audit.record(session, actor, action="card.child_limits_set", object_type="Card", object_id=child.id,
                       company_id=actor.company_id, before=before, after=dict(vars(limits)))
    await session.flush()
    return child


async def change_state(session: AsyncSession, actor: Actor, card_id: uuid.UUID, event: CardEvent,
                       reason: str | None = None) -> Card:
    """Apply `event` by the state table; audited. Closing has its own service (`api.cards.closing`)."""
    assert actor.company_id is not None and event is not CardEvent.CLOSE
    card = (await lock_cards(session, actor.company_id, [card_id]))[card_id]
    parent = await parent_of(session, card)
    reach(actor, card, Permission.MANAGE_CARDS, holder=parent)
    if actor.kind is ActorKind.MEMBER and event not in MEMBER_EVENTS:
        raise Forbidden("请到油站办理")
    target = next_state(role(card), card.state, event)
    if target is None:
        raise DomainError(Code.STATE, f"{STATE_LABELS[card.state]}的卡不能{EVENT_LABELS[event]}", field="id")
    before = card.state
    card.state = target
    await audit.record(session, actor, action=f"card.{event.value}", object_type="Card", object_id=card.id,
                       company_id=actor.company_id, before={"state": before}, after={"state": target},
                       reason=reason)
    return card


async def change_phone(session: AsyncSession, actor: Actor, data_key: str, card_id: uuid.UUID, phone: str,
                       reason: str | None) -> Card:
    """Bind another mobile to a card (staff, at the holder's request); audited with masked numbers."""
    assert actor.company_id is not None
    card = (await lock_cards(session, actor.company_id, [card_id]))[card_id]
    reach(actor, card, Permission.MANAGE_CARDS)
    phone = phone.strip()
    if not is_mobile(phone):
        raise DomainError(Code.INVALID, "手机号格式不正确", field="phone")
    if not (reason or "").strip():
        raise DomainError(Code.REQUIRED, "请填写更换原因", field="reason")
    before = mask_mobile(decrypt(data_key, card.phone_encrypted)) if card.phone_encrypted else None
    card.phone_encrypted, card.phone_index = encrypt(data_key, phone), lookup_index(data_key, phone)
    await audit.record(session, actor, action="card.phone_change", object_type="Card", object_id=card.id,
                       company_id=actor.company_id, before={"phone": before}, after={"phone": mask_mobile(phone)},
                       reason=reason)
    return card
