"""Top-ups (充值): the amount into the card's principal and the product's bonus into its bonus account, in
ONE ledger transfer under the request's idempotency key.

    cash at the POS     cash:{shift}            +amount   card:{id}:principal  -amount
    bank transfer       clearing:bank:{station} +amount
    a channel's payment clearing:{channel}:...  +amount   (keyed by the channel's transaction id)
    the bonus           bonus_expense:{station} +bonus    card:{id}:bonus      -bonus

The same key with the same request gives the first top-up back (nothing posted again); the same key with
another request is refused with IDEMPOTENCY_CONFLICT. Only a parent (or a card without children) is topped
up; children are funded by their parent.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.cards import accounts
from api.cards.cards import lock_cards, require_action, role
from api.cards.errors import CardErrorCode as Code
from api.cards.models import Card, CardProduct, CardTopUp, TopUpMethod
from api.cards.products import bonus_for
from api.cards.states import CardAction, CardRole
from api.core import audit
from api.core.actors import Actor
from api.core.errors import DomainError
from api.core.idempotency import request_hash
from api.core.permissions import Permission
from api.ledger import service as ledger
from api.ledger.service import Leg
from api.selling.models import Shift, ShiftStatus
from api.stations.service import require_stations_in_scope

PERMISSION = {TopUpMethod.CASH: Permission.TOP_UP_CARDS, TopUpMethod.BANK_TRANSFER: Permission.MANAGE_CARDS}


@dataclass(frozen=True)
class TopUpRequest:
    card_id: uuid.UUID
    amount_fen: int
    method: TopUpMethod
    idempotency_key: str
    station_id: uuid.UUID | None = None
    reference: str | None = None

    @property
    def fingerprint(self) -> str:
        return request_hash({"card": self.card_id, "amount": self.amount_fen, "method": self.method.value,
                             "station": self.station_id, "reference": self.reference})


async def _replay(session: AsyncSession, company_id: uuid.UUID, request: TopUpRequest) -> CardTopUp | None:
    existing = await session.scalar(select(CardTopUp).where(CardTopUp.company_id == company_id,
                                                            CardTopUp.idempotency_key == request.idempotency_key))
    if existing is not None and existing.request_hash != request.fingerprint:
        raise DomainError(Code.IDEMPOTENCY_CONFLICT, "该幂等键已用于另一笔不同的充值", field="idempotencyKey")
    return existing


async def _source(session: AsyncSession, actor: Actor, request: TopUpRequest) -> tuple[str, uuid.UUID | None]:
    """The account the money comes from (and the shift, for cash)."""
    if request.method in (TopUpMethod.WECHAT, TopUpMethod.ALIPAY):
        return accounts.channel_clearing(request.method.value, request.station_id), None
    if request.station_id is None:
        raise DomainError(Code.REQUIRED, "请选择油站", field="stationId")
    await require_stations_in_scope(session, actor, [request.station_id], PERMISSION[request.method],
                                    field="stationId")
    if request.method is TopUpMethod.BANK_TRANSFER:
        if not (request.reference or "").strip():
            raise DomainError(Code.REQUIRED, "请填写银行转账流水号", field="reference")
        return accounts.bank_clearing(request.station_id), None
    shift = await session.scalar(select(Shift).where(Shift.station_id == request.station_id,
                                                     Shift.status == ShiftStatus.OPEN).with_for_update(read=True))
    if shift is None:
        raise DomainError(Code.NO_OPEN_SHIFT, "本站没有进行中的班次，请先开班", field="stationId")
    return f"cash:{shift.id}", shift.id


async def top_up_card(session: AsyncSession, actor: Actor, request: TopUpRequest) -> tuple[CardTopUp, bool]:
    """Top up a card (see the module's rules); (the top-up, True when it replays an earlier request)."""
    company_id = actor.company_id
    assert company_id is not None
    if not 8 <= len(request.idempotency_key) <= 128:
        raise DomainError(Code.INVALID, "幂等键须为 8 到 128 个字符", field="idempotencyKey")
    source, shift_id = await _source(session, actor, request)
    card = (await lock_cards(session, company_id, [request.card_id]))[request.card_id]
    existing = await _replay(session, company_id, request)
    if existing is not None:
        return existing, True
    if role(card) is CardRole.CHILD:
        raise DomainError(Code.INVALID, "子卡由母卡划拨资金，不能直接充值", field="cardId")
    require_action(card, CardAction.TOP_UP)
    product = await session.get(CardProduct, card.product_id)
    assert product is not None
    if not product.top_up_min_fen <= request.amount_fen <= product.top_up_max_fen:
        raise DomainError(Code.AMOUNT_OUT_OF_RANGE, f"单次充值须在 {product.top_up_min_fen / 100:.2f} 至 "
                          f"{product.top_up_max_fen / 100:.2f} 元之间", field="amountFen")
    bonus = bonus_for(product, request.amount_fen)
    top_up = await credit(session, actor, card, Credit(
        amount_fen=request.amount_fen, bonus_fen=bonus, source=[Leg(source, request.amount_fen)],
        station_id=request.station_id, shift_id=shift_id, method=request.method, reference=request.reference,
        idempotency_key=request.idempotency_key, request_hash=request.fingerprint))
    return top_up, False


@dataclass(frozen=True)
class Credit:
    """What one top-up puts on a card, and where the money came from (`source`: legs summing to the amount)."""

    amount_fen: int
    bonus_fen: int
    source: list[Leg]
    station_id: uuid.UUID | None
    shift_id: uuid.UUID | None
    method: TopUpMethod
    reference: str | None
    idempotency_key: str
    request_hash: str


async def credit(session: AsyncSession, actor: Actor, card: Card, top_up: Credit) -> CardTopUp:
    """Post a top-up to a card locked by the caller: one ledger transfer keyed `card-top-up:{key}`, the top-up
    row and the card's counters, audited."""
    company_id = card.company_id
    assert sum(leg.amount for leg in top_up.source) == top_up.amount_fen
    legs = [*top_up.source, Leg(accounts.principal(card.id), -top_up.amount_fen)]
    if top_up.bonus_fen:
        legs += [Leg(accounts.bonus_expense(top_up.station_id), top_up.bonus_fen),
                 Leg(accounts.bonus(card.id), -top_up.bonus_fen)]
    posted = await ledger.post(session, company_id, key=f"card-top-up:{top_up.idempotency_key}", kind="card_top_up",
                               legs=legs, request=top_up.request_hash, reference=str(card.id))
    row = CardTopUp(company_id=company_id, card_id=card.id, station_id=top_up.station_id, shift_id=top_up.shift_id,
                    method=top_up.method, amount_fen=top_up.amount_fen, bonus_fen=top_up.bonus_fen,
                    reference=top_up.reference, idempotency_key=top_up.idempotency_key,
                    request_hash=top_up.request_hash, transfer_id=posted.transfer.id, actor_id=actor.id)
    session.add(row)
    card.principal_in_fen += top_up.amount_fen
    card.bonus_in_fen += top_up.bonus_fen
    await session.flush()
    await audit.record(session, actor, action="card.top_up", object_type="Card", object_id=card.id,
                       company_id=company_id, station_id=top_up.station_id, after={
                           "amount_fen": top_up.amount_fen, "bonus_fen": top_up.bonus_fen, "method": top_up.method,
                           "reference": top_up.reference, "transfer": str(posted.transfer.id)})
    return row


async def card_of(session: AsyncSession, top_up: CardTopUp) -> Card:
    card = await session.get(Card, top_up.card_id, populate_existing=True)
    assert card is not None
    return card
