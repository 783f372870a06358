"""Closing a card (销户) and refunding it, by the split of `api.cards.close_split`.

- A parent (or a card without children) closes once its children are closed. Its two accounts are emptied
  in ONE transfer into the refund, paid out in cash from the open shift's drawer or by bank transfer, and
  the forfeited bonus:
      card:{id}:principal +p   card:{id}:bonus +b   cash:{shift} | clearing:bank:{station} -refund
      bonus_forfeit:{station} -forfeited                    (p + b == refund + forfeited)
- A child of an allocated-mode parent gives everything it holds back to the parent; a shared-mode child
  holds nothing. Neither is refunded.
- A physical card is handed back (recovered) unless it was reported lost.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.cards import accounts
from api.cards.cards import holdings, lock_cards, reach, require_action, role
from api.cards.close_split import CloseSplit, split_close
from api.cards.errors import CardErrorCode as Code
from api.cards.models import Card, CardKind, CardState, TopUpMethod
from api.cards.states import CardAction, CardRole
from api.cards.transfers import _move, prior_transfer
from api.core import audit
from api.core.actors import Actor
from api.core.clock import utcnow
from api.core.errors import DomainError
from api.core.idempotency import request_hash
from api.core.permissions import Permission
from api.ledger import service as ledger
from api.ledger.service import Leg
from api.selling.models import Shift, ShiftStatus
from api.stations.service import require_stations_in_scope


@dataclass(frozen=True)
class CloseRequest:
    card_id: uuid.UUID
    station_id: uuid.UUID
    payout: TopUpMethod  # CASH or BANK_TRANSFER
    recovered: bool
    idempotency_key: str
    reason: str | None = None


def quote_close(card: Card) -> CloseSplit:
    """What closing `card` would pay back and forfeit now (a child: nothing; its money returns to the parent)."""
    if role(card) is CardRole.CHILD:
        return CloseSplit(0, 0, 0, 0)
    return split_close(card.principal_in_fen, card.bonus_in_fen, card.spent_fen)


async def _payout(session: AsyncSession, actor: Actor, request: CloseRequest) -> str:
    await require_stations_in_scope(session, actor, [request.station_id], Permission.MANAGE_CARDS, field="stationId")
    if request.payout is TopUpMethod.BANK_TRANSFER:
        return accounts.bank_clearing(request.station_id)
    if request.payout is not TopUpMethod.CASH:
        raise DomainError(Code.INVALID, "退款方式须为现金或银行转账", field="payout")
    shift = await session.scalar(select(Shift).where(Shift.station_id == request.station_id,
                                                     Shift.status == ShiftStatus.OPEN).with_for_update(read=True))
    if shift is None:
        raise DomainError(Code.NO_OPEN_SHIFT, "本站没有进行中的班次，不能支付现金退款", field="stationId")
    return f"cash:{shift.id}"


async def close_card(session: AsyncSession, actor: Actor, request: CloseRequest) -> tuple[Card, CloseSplit]:
    """Close a card and refund what the split gives back (see the module's rules)."""
    company_id = actor.company_id
    assert company_id is not None
    payout = await _payout(session, actor, request)
    parent_id = await session.scalar(select(Card.parent_id).where(Card.id == request.card_id))  # never changes
    cards = await lock_cards(session, company_id, [request.card_id, *([parent_id] if parent_id else [])], "id")
    card = cards[request.card_id]
    parent = cards.get(card.parent_id) if card.parent_id else None
    reach(actor, card, Permission.MANAGE_CARDS)
    key = f"card-close:{request.idempotency_key}"
    fingerprint = request_hash({"card": card.id, "station": request.station_id, "payout": request.payout.value,
                                "recovered": request.recovered})
    if await prior_transfer(session, company_id, key, fingerprint):
        return card, quote_close(card)
    require_action(card, CardAction.CLOSE, "id")
    open_children = await session.scalar(select(func.count()).select_from(Card).where(
        Card.parent_id == card.id, Card.state != CardState.CLOSED))
    if open_children:
        raise DomainError(Code.CHILDREN_OPEN, f"还有 {open_children} 张子卡未销户", field="id")
    if card.kind is CardKind.PHYSICAL and card.state is not CardState.REPORTED_LOST and not request.recovered:
        raise DomainError(Code.REQUIRED, "请回收实体卡后再销户", field="recovered")
    principal, bonus = await holdings(session, company_id, card.id)
    split = quote_close(card)
    legs = [Leg(accounts.principal(card.id), principal), Leg(accounts.bonus(card.id), bonus)]
    if parent is not None:
        legs = _move(card, parent, principal + bonus, (principal, bonus))
    else:
        assert principal + bonus == split.refund_fen + split.forfeited_bonus_fen, "card history out of step"
        legs += [Leg(payout, -split.refund_fen), Leg(accounts.bonus_forfeit(request.station_id),
                                                     -split.forfeited_bonus_fen)]
    if principal + bonus:  # an empty card has nothing to post (closing it again is refused by its state)
        await ledger.post(session, company_id, key=key, kind="card_close", legs=legs, request=fingerprint,
                          reference=fingerprint)
    before = card.state
    card.state, card.closed_at, card.recovered = CardState.CLOSED, utcnow(), request.recovered
    await session.flush()
    await audit.record(session, actor, action="card.close", object_type="Card", object_id=card.id,
                       company_id=company_id, station_id=request.station_id, before={"state": before}, after={
                           "refund_fen": split.refund_fen, "forfeited_bonus_fen": split.forfeited_bonus_fen,
                           "consumed_principal_fen": split.consumed_principal_fen,
                           "consumed_bonus_fen": split.consumed_bonus_fen, "payout": request.payout,
                           "recovered": request.recovered}, reason=request.reason)
    return card, split
