"""Moving money between a parent card and its children (allocated mode only): allocation (划拨) to one or
many children at once, and taking it back (返款). Each is ONE ledger transfer under the request's key.

Principal moves first, then bonus, so that a card's history stays `held = principal_in + bonus_in - spent`
on both sides: the giving card's `principal_in`/`bonus_in` go down by what left each account, the receiving
card's go up. A parent holding nothing cannot allocate (母账金额为 0 时不可划拨).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.cards import accounts
from api.cards.cards import holdings, lock_cards, reach, require_action
from api.cards.errors import CardErrorCode as Code
from api.cards.models import Card, CardMode
from api.cards.states import CardAction
from api.core import audit
from api.core.actors import Actor
from api.core.errors import DomainError
from api.core.idempotency import request_hash
from api.core.permissions import Permission
from api.ledger import service as ledger
from api.ledger.models import LedgerTransfer
from api.ledger.service import Leg

MAX_AT_ONCE = 100


async def prior_transfer(session: AsyncSession, company_id: uuid.UUID, key: str, fingerprint: str) -> bool:
    """True when `key` already posted this request; IDEMPOTENCY_CONFLICT when it posted another."""
    if not 8 <= len(key) - key.index(":") - 1 <= 128:
        raise DomainError(Code.INVALID, "幂等键须为 8 到 128 个字符", field="idempotencyKey")
    existing = await session.scalar(select(LedgerTransfer.reference).where(
        LedgerTransfer.company_id == company_id, LedgerTransfer.idempotency_key == key))
    if existing is not None and existing != fingerprint:
        raise DomainError(Code.IDEMPOTENCY_CONFLICT, "该幂等键已用于另一笔不同的请求", field="idempotencyKey")
    return existing is not None


def _split(amount: int, principal: int, bonus: int) -> tuple[int, int]:
    from_principal = min(amount, principal)
    return from_principal, amount - from_principal


def _move(giver: Card, taker: Card, amount: int, held: tuple[int, int]) -> list[Leg]:
    p, b = _split(amount, *held)
    giver.principal_in_fen -= p
    giver.bonus_in_fen -= b
    taker.principal_in_fen += p
    taker.bonus_in_fen += b
    return [Leg(accounts.principal(giver.id), p), Leg(accounts.principal(taker.id), -p),
            Leg(accounts.bonus(giver.id), b), Leg(accounts.bonus(taker.id), -b)]


def _children(cards: dict[uuid.UUID, Card], parent: Card, ids: list[uuid.UUID]) -> list[Card]:
    if parent.parent_id is not None:
        raise DomainError(Code.INVALID, "只有母卡可以划拨", field="parentId")
    if parent.mode is not CardMode.ALLOCATED:
        raise DomainError(Code.MODE, "共享扣款模式的母卡不需要划拨：子卡直接使用母卡余额", field="parentId")
    children = [cards[i] for i in ids]
    for i, child in enumerate(children):
        if child.parent_id != parent.id:
            raise DomainError(Code.NOT_FOUND, "不是该母卡的子卡", field=f"allocations.{i}.childId")
    return children


@dataclass(frozen=True)
class Allocation:
    child_id: uuid.UUID
    amount_fen: int


async def allocate(session: AsyncSession, actor: Actor, parent_id: uuid.UUID, allocations: list[Allocation], *,
                   idempotency_key: str) -> Card:
    """Move money from the parent to each child, in one transfer."""
    company_id = actor.company_id
    assert company_id is not None
    if not 1 <= len(allocations) <= MAX_AT_ONCE or len({a.child_id for a in allocations}) != len(allocations):
        raise DomainError(Code.INVALID, f"一次划拨给 1 到 {MAX_AT_ONCE} 张不同的子卡", field="allocations")
    for i, a in enumerate(allocations):
        if a.amount_fen <= 0:
            raise DomainError(Code.INVALID, "划拨金额须大于 0", field=f"allocations.{i}.amountFen")
    key = f"card-allocate:{idempotency_key}"
    fingerprint = request_hash({"parent": parent_id, "allocations": [(a.child_id, a.amount_fen) for a in allocations]})
    cards = await lock_cards(session, company_id, [parent_id, *(a.child_id for a in allocations)], "allocations")
    parent = cards[parent_id]
    reach(actor, parent, Permission.MANAGE_CARDS)
    if await prior_transfer(session, company_id, key, fingerprint):
        return parent
    children = _children(cards, parent, [a.child_id for a in allocations])
    require_action(parent, CardAction.ALLOCATE, "parentId")
    for i, child in enumerate(children):
        require_action(child, CardAction.RECEIVE, f"allocations.{i}.childId")
    principal, bonus = await holdings(session, company_id, parent.id)
    if principal + bonus == 0:
        raise DomainError(Code.INSUFFICIENT_FUNDS, "母卡余额为 0，不能划拨", field="parentId")
    if sum(a.amount_fen for a in allocations) > principal + bonus:
        raise DomainError(Code.INSUFFICIENT_FUNDS, f"母卡余额 {(principal + bonus) / 100:.2f} 元，不足划拨",
                          field="allocations")
    legs: list[Leg] = []
    for child, a in zip(children, allocations, strict=True):
        moved = _move(parent, child, a.amount_fen, (principal, bonus))
        principal, bonus = principal - moved[0].amount, bonus - moved[2].amount
        legs += moved
    await ledger.post(session, company_id, key=key, kind="card_allocate", legs=legs, request=fingerprint,
                      reference=fingerprint)
    await audit.record(session, actor, action="card.allocate", object_type="Card", object_id=parent.id,
                       company_id=company_id, after={"allocations": [
                           {"child": str(a.child_id), "amount_fen": a.amount_fen} for a in allocations]})
    await session.flush()
    return parent


async def take_back(session: AsyncSession, actor: Actor, parent_id: uuid.UUID, child_id: uuid.UUID, *,
                    amount_fen: int | None, idempotency_key: str) -> Card:
    """Move money from a child back to its parent (all of it when no amount is given)."""
    company_id = actor.company_id
    assert company_id is not None
    key = f"card-take-back:{idempotency_key}"
    fingerprint = request_hash({"parent": parent_id, "child": child_id, "amount": amount_fen})
    cards = await lock_cards(session, company_id, [parent_id, child_id], "childId")
    parent = cards[parent_id]
    reach(actor, parent, Permission.MANAGE_CARDS)
    if await prior_transfer(session, company_id, key, fingerprint):
        return parent
    (child,) = _children(cards, parent, [child_id])
    require_action(parent, CardAction.ALLOCATE, "parentId")
    require_action(child, CardAction.GIVE_BACK, "childId")
    principal, bonus = await holdings(session, company_id, child.id)
    amount = principal + bonus if amount_fen is None else amount_fen
    if amount <= 0:
        raise DomainError(Code.INVALID if amount_fen is not None else Code.INSUFFICIENT_FUNDS,
                          "返款金额须大于 0", field="amountFen")
    if amount > principal + bonus:
        raise DomainError(Code.INSUFFICIENT_FUNDS, f"子卡余额 {(principal + bonus) / 100:.2f} 元，不足返款",
                          field="amountFen")
    legs = _move(child, parent, amount, (principal, bonus))
    await ledger.post(session, company_id, key=key, kind="card_take_back", legs=legs, request=fingerprint,
                      reference=fingerprint)
    await audit.record(session, actor, action="card.take_back", object_type="Card", object_id=parent.id,
                       company_id=company_id, after={"child": str(child.id), "amount_fen": amount})
    await session.flush()
    return parent
