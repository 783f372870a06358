"""One-tap fueling (一键加油): a driver pays a completed fueling in the mini-program.

Rules:
- A driver pays one completed, unpaid fueling of a station, chosen from the nozzle's last 15 minutes, or
  named by the amount the dispenser shows (`amount_fen` on a nozzle). An entered amount is never sold as
  a hand-entered line: it must match exactly one such fueling of the nozzle, which is then sold. A station
  owner wants every sale backed by a fueling the dispenser reported (no phantom revenue, nothing paid
  below what was pumped, no fueling sold twice); a driver whose amount matches nothing, or two fuelings,
  is sent to the cashier.
- The order is priced by the same pricing service as the POS's checkout, for this member and the tender
  it will be paid with (WeChat Pay, or a stored-value card: `driver_card_payments`), so the member's
  prices and the campaigns apply; it is created awaiting payment in the station's open shift (the shift's
  cashier answers for its takings, so the order is the shift's cashier's) and tagged 小程序.
- The idempotency key (per member) serialises requests that share it: the same key and request return
  the first order; the same key with another request is IDEMPOTENCY_CONFLICT and changes nothing.
- Ledger: the sale moves the amount from the station's fuel revenue (less its discounts) to its receivable
  in one transfer, as checkout does; the JSAPI payment clears the receivable when WeChat Pay confirms it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import Actor, ActorKind
from api.core.clock import utcnow
from api.core.errors import DomainError, Forbidden
from api.core.idempotency import request_hash
from api.core.locks import xact_lock
from api.fuelings.models import Fueling
from api.ledger import service as ledger
from api.ledger.service import Leg
from api.pumps.models import Nozzle
from api.selling import accounts, discounts
from api.selling.baskets import GoodsRequest, Lines, ManualFuelRequest, basket, sale_lines
from api.selling.checkout import next_order_number
from api.selling.discounts import Priced
from api.selling.errors import CheckoutErrorCode as Code
from api.selling.models import Order, OrderDiscount, OrderStatus, Shift, ShiftStatus, Tender
from api.stations.models import Station, StationStatus

RECENT = timedelta(minutes=15)  # how long a completed fueling is offered to drivers
MINI_PROGRAM_TAG = "小程序"


@dataclass(frozen=True)
class DriverSale:
    """What a driver pays: a fueling, or the amount the dispenser shows on a nozzle."""

    station_id: uuid.UUID
    fueling_id: uuid.UUID | None = None
    nozzle_number: int | None = None
    amount_fen: int | None = None
    vehicle_plate: str | None = None


@dataclass(frozen=True)
class _Lines:
    """The request `api.selling.baskets` sells: the one fueling, for the member."""

    station_id: uuid.UUID
    fueling_ids: list[uuid.UUID]
    member_id: uuid.UUID
    vehicle_plate: str | None = None
    goods: list[GoodsRequest] = field(default_factory=list)
    manual: list[ManualFuelRequest] = field(default_factory=list)
    make_up_reason: str | None = None
    discount_fen: int = 0
    discount_reason: str | None = None


@dataclass(frozen=True)
class DriverQuote:
    fueling: Fueling
    lines: Lines
    priced: Priced


def member_of(actor: Actor) -> tuple[uuid.UUID, uuid.UUID]:
    if actor.kind is not ActorKind.MEMBER or actor.id is None or actor.company_id is None:
        raise Forbidden("仅会员可用")
    return actor.company_id, actor.id


async def recent_fuelings(session: AsyncSession, company_id: uuid.UUID, station_id: uuid.UUID,
                          nozzle_number: int) -> list[Fueling]:
    """The nozzle's completed fuelings of the last 15 minutes not yet in an order, newest first."""
    return list((await session.scalars(
        select(Fueling).join(Nozzle, Nozzle.id == Fueling.nozzle_id)
        .where(Fueling.company_id == company_id, Fueling.station_id == station_id, Nozzle.number == nozzle_number,
               Fueling.order_id.is_(None), Fueling.ended_at >= utcnow() - RECENT)
        .order_by(Fueling.ended_at.desc(), Fueling.id.desc()).limit(20))).all())


async def _station(session: AsyncSession, company_id: uuid.UUID, station_id: uuid.UUID) -> Station:
    station = await session.get(Station, station_id)
    if station is None or station.company_id != company_id:
        raise DomainError(Code.NOT_FOUND, "加油站不存在", field="stationId")
    if station.status is not StationStatus.OPEN:
        raise DomainError(Code.INVALID, "该加油站暂停营业", field="stationId")
    return station


async def _fueling(session: AsyncSession, company_id: uuid.UUID, sale: DriverSale) -> Fueling:
    """The fueling the driver pays: the one chosen, or the only recent one of the nozzle with that amount."""
    if sale.fueling_id is not None:
        fueling = await session.get(Fueling, sale.fueling_id)
        if fueling is None or fueling.station_id != sale.station_id or fueling.company_id != company_id:
            raise DomainError(Code.NOT_FOUND, "加油记录不存在", field="fuelingId")
        if fueling.order_id is not None:
            raise DomainError(Code.ALREADY_PAID, "这笔加油已付款", field="fuelingId")
        if fueling.ended_at < utcnow() - RECENT:
            raise DomainError(Code.NOT_FOUND, "这笔加油已超过 15 分钟，请到收银台付款", field="fuelingId")
        return fueling
    if sale.nozzle_number is None or sale.amount_fen is None:
        raise DomainError(Code.INVALID, "请选择加油记录，或填写油枪号和金额", field="fuelingId")
    if not 1 <= sale.amount_fen <= 10_000_000:
        raise DomainError(Code.INVALID, "金额须在 0.01 到 100000 元之间", field="amountFen")
    matching = [f for f in await recent_fuelings(session, company_id, sale.station_id, sale.nozzle_number)
                if f.amount_fen == sale.amount_fen]
    if len(matching) != 1:
        message = ("没有找到这把油枪金额相符的加油记录，请核对油机显示的金额或到收银台付款" if not matching
                   else "这把油枪有多笔相同金额的加油，请在列表中选择")
        raise DomainError(Code.NOT_FOUND, message, field="amountFen")
    return matching[0]


async def quote_driver_sale(session: AsyncSession, actor: Actor, sale: DriverSale,
                            tender: Tender = Tender.WECHAT) -> DriverQuote:
    """What the driver would pay by `tender`, priced as `create_driver_order` will for it; reads only."""
    company_id, member_id = member_of(actor)
    station = await _station(session, company_id, sale.station_id)
    fueling = await _fueling(session, company_id, sale)
    request = _Lines(station.id, [fueling.id], member_id)
    lines = await sale_lines(session, company_id, request, lock=False)
    priced = await discounts.price(session, basket(company_id, station.id, lines, [tender], member_id))
    return DriverQuote(fueling, lines, priced)


async def _own_unpaid_order(session: AsyncSession, member_id: uuid.UUID, sale: DriverSale) -> Order | None:
    """The member's order of this fueling still awaiting payment (an earlier attempt whose payment sheet was
    closed or expired): paid again under the new key rather than refused as sold."""
    if sale.fueling_id is None:
        return None
    return await session.scalar(select(Order).join(Fueling, Fueling.order_id == Order.id).where(
        Fueling.id == sale.fueling_id, Order.member_id == member_id,
        Order.status == OrderStatus.AWAITING_PAYMENT).with_for_update(of=Order))


def member_key(member_id: uuid.UUID, key: str) -> str:
    """A key the mini-program made, as stored: the member's own (two members may pick the same)."""
    return f"mp:{member_id.hex}:{key}"


def check_key(idempotency_key: str) -> None:
    if not 8 <= len(idempotency_key) <= 64:
        raise DomainError(Code.INVALID, "幂等键须为 8 到 64 个字符", field="idempotencyKey")


async def create_driver_order(session: AsyncSession, actor: Actor, sale: DriverSale, *, idempotency_key: str,
                              tender: Tender = Tender.WECHAT) -> tuple[Order, bool]:
    """The driver's order awaiting payment, priced for `tender`; (the order, True when this replays an earlier
    request)."""
    company_id, member_id = member_of(actor)
    check_key(idempotency_key)
    key = member_key(member_id, idempotency_key)
    fingerprint = request_hash({"station": sale.station_id, "fueling": sale.fueling_id, "nozzle": sale.nozzle_number,
                                "amount": sale.amount_fen, "plate": sale.vehicle_plate,
                                **({} if tender is Tender.WECHAT else {"tender": tender.value})})
    await xact_lock(session, f"checkout:{company_id}:{key}")
    existing = await session.scalar(select(Order).where(Order.company_id == company_id, Order.idempotency_key == key))
    if existing is not None:
        if existing.request_hash != fingerprint:
            raise DomainError(Code.IDEMPOTENCY_CONFLICT, "该幂等键已用于另一笔不同的支付", field="idempotencyKey")
        return existing, True
    station = await _station(session, company_id, sale.station_id)
    unpaid = await _own_unpaid_order(session, member_id, sale)
    if unpaid is not None:
        return unpaid, False
    shift = await session.scalar(select(Shift).where(Shift.station_id == station.id, Shift.status == ShiftStatus.OPEN)
                                 .with_for_update(read=True))
    if shift is None:
        raise DomainError(Code.NO_OPEN_SHIFT, "本站暂未开班，请到收银台付款", field="stationId")
    fueling = await _fueling(session, company_id, sale)
    request = _Lines(station.id, [fueling.id], member_id, sale.vehicle_plate)
    lines = await sale_lines(session, company_id, request, lock=True)  # locked: a fueling is sold once
    priced = await discounts.price(session, basket(company_id, station.id, lines, [tender], member_id))
    now = utcnow()
    order = Order(company_id=company_id, station_id=station.id, shift_id=shift.id, cashier_id=shift.cashier_id,
                  number=await next_order_number(session, station, now), status=OrderStatus.AWAITING_PAYMENT,
                  total_fen=priced.total_fen, discount_fen=priced.discount_fen, payable_fen=priced.payable_fen,
                  tags=[MINI_PROGRAM_TAG], member_id=member_id, vehicle_plate=sale.vehicle_plate,
                  idempotency_key=key, request_hash=fingerprint)
    session.add(order)
    await session.flush()
    revenue: dict[str, int] = defaultdict(int)
    for position, (line, account) in enumerate(lines):
        line.company_id, line.order_id, line.position = company_id, order.id, position
        session.add(line)
        revenue[account] -= line.amount_fen
    for position, discount in enumerate(priced.discounts):
        revenue[discount.account] += discount.amount_fen
        session.add(OrderDiscount(company_id=company_id, station_id=station.id, order_id=order.id, position=position,
                                  rule=discount.rule, label=discount.label, amount_fen=discount.amount_fen,
                                  line_position=discount.line, account=discount.account, reason=discount.reason))
    await ledger.post(session, company_id, key=f"order:{order.id}:sale", kind="sale", reference=str(order.id),
                      legs=[Leg(accounts.receivable(station.id), priced.payable_fen),
                            *(Leg(account, amount) for account, amount in sorted(revenue.items()))])
    await session.execute(update(Fueling).where(Fueling.id == fueling.id)
                          .values(order_id=order.id, paid=False, updated_at=now))
    await session.flush()
    return order, False


def jsapi_key(member_id: uuid.UUID, idempotency_key: str) -> str:
    """The key of the order's JSAPI payment: the driver's key, per member."""
    return member_key(member_id, idempotency_key)
