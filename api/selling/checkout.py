"""Checkout: completed fuelings paid at the POS in one transaction: the order, its lines, one payment per
tender, the ledger transfer, and the fuelings marked paid.

Rules:
- The idempotency key serialises requests that share it (an advisory lock): the same key with the same
  request returns the first order; the same key with another request is refused, and nothing changes.
- The station needs an open shift; it is held in share mode until commit (closing waits for us).
- The fuelings are locked; each must be this station's and not yet in an order (a fueling is paid once).
- The tenders add up to the amount due exactly; cash may be given in excess (the change is returned),
  a bank card needs the terminal's reference number.
- A WeChat payment code (scanned by the cashier) is a PENDING payment here: it goes to the channel after
  this transaction commits (`collect.py`), and the order is paid when every payment has succeeded.
- Ledger (`accounts.py`): the sale moves the amount from the station's fuel revenue to its receivable;
  each payment clears the receivable into the shift's cash or the station's clearing account of the
  tender (a payment code: when the channel confirms).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from redis.asyncio import Redis
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor
from api.core.clock import utcnow
from api.core.errors import DomainError, ValidationErrors
from api.core.idempotency import request_hash
from api.core.locks import xact_lock
from api.core.permissions import Permission
from api.fuelings.models import Fueling
from api.ledger import service as ledger
from api.ledger.service import Leg
from api.payments.merchants import payment_code_channel
from api.selling import accounts, discounts
from api.selling.baskets import GoodsRequest, ManualFuelRequest, basket, identified, sale_lines, validate_sale
from api.selling.discounts import ManualDiscount
from api.selling.errors import CheckoutErrorCode as Code
from api.selling.models import (
    Order,
    OrderDiscount,
    OrderStatus,
    Payment,
    PaymentStatus,
    Shift,
    ShiftStatus,
)
from api.selling.tenders import SoldLine, TenderContext, TenderRequest, in_station, validate_tenders
from api.stations.models import Station
from api.stations.service import require_stations_in_scope


@dataclass(frozen=True)
class CheckoutRequest:
    station_id: uuid.UUID
    idempotency_key: str
    fueling_ids: list[uuid.UUID]
    tenders: list[TenderRequest]
    remark: str | None = None
    goods: list[GoodsRequest] = field(default_factory=list)
    discount_fen: int = 0
    discount_reason: str | None = None
    tags: list[str] = field(default_factory=list)
    manual: list[ManualFuelRequest] = field(default_factory=list)
    make_up_reason: str | None = None
    member_id: uuid.UUID | None = None
    vehicle_plate: str | None = None
    fingerprint: str = field(init=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "fingerprint", request_hash({
            "station": self.station_id, "fuelings": sorted(map(str, self.fueling_ids)), "remark": self.remark,
            "goods": [(str(g.goods_id), g.quantity) for g in self.goods],
            "discount": (self.discount_fen, self.discount_reason), "tags": sorted(self.tags),
            "manual": [(m.nozzle_number, m.volume_ml, m.unit_price_fen) for m in self.manual],
            "make_up": self.make_up_reason, "member": self.member_id, "plate": self.vehicle_plate,
            "tenders": [(t.tender.value, t.amount_fen, t.given_fen, t.reference, t.auth_code) for t in self.tenders]}))


def _validate(request: CheckoutRequest) -> None:
    problems = ValidationErrors()
    if not 8 <= len(request.idempotency_key) <= 128:
        problems.add(Code.INVALID, "幂等键须为 8 到 128 个字符", "idempotencyKey")
    validate_sale(request, problems)
    validate_tenders(request.tenders, problems)
    if request.remark is not None and len(request.remark) > 200:
        problems.add(Code.INVALID, "备注最多 200 个字", "remark")
    check_tags(request.tags, problems)
    problems.raise_if_any()


def check_tags(tags: list[str], problems: ValidationErrors) -> None:
    if len(tags) > 5 or any(not 1 <= len(t.strip()) <= 16 for t in tags):
        problems.add(Code.INVALID, "标签最多 5 个，每个 1 到 16 个字", "tags")


async def _replay(session: AsyncSession, company_id: uuid.UUID, request: CheckoutRequest) -> Order | None:
    await xact_lock(session, f"checkout:{company_id}:{request.idempotency_key}")
    existing = await session.scalar(select(Order).where(Order.company_id == company_id,
                                                        Order.idempotency_key == request.idempotency_key))
    if existing is not None and existing.request_hash != request.fingerprint:
        raise DomainError(Code.IDEMPOTENCY_CONFLICT, "该幂等键已用于另一笔不同的结账", field="idempotencyKey")
    return existing


async def next_order_number(session: AsyncSession, station: Station, now: datetime) -> str:
    """S001-20261122-0007: the station's code, its local date, the day's sequence."""
    await xact_lock(session, f"order-number:{station.id}")
    day = now.astimezone(ZoneInfo(station.time_zone or "Asia/Shanghai")).strftime("%Y%m%d")
    prefix = f"{station.code}-{day}-"
    count = await session.scalar(select(func.count()).where(Order.station_id == station.id,
                                                             Order.number.startswith(prefix)))
    return f"{prefix}{int(count or 0) + 1:04d}"


async def _payments(session: AsyncSession, actor: Actor, order: Order, shift: Shift, request: CheckoutRequest,
                    sold: tuple[SoldLine, ...], redis: Redis | None) -> tuple[list[Payment], list[Leg]]:
    """One payment per tender, and the legs of those settled in the station (`api.selling.tenders`); a
    payment code waits as PENDING for the channel."""
    now = utcnow()
    payments, legs = [], []
    for position, tender in enumerate(request.tenders):
        change = (tender.given_fen - tender.amount_fen) if tender.given_fen is not None else None
        payments.append(Payment(
            company_id=order.company_id, station_id=order.station_id, order_id=order.id, shift_id=shift.id,
            position=position, tender=tender.tender, amount_fen=tender.amount_fen, given_fen=tender.given_fen,
            change_fen=change, reference=tender.reference, auth_code=tender.auth_code,
            status=PaymentStatus.PENDING if tender.tender.online else PaymentStatus.SUCCEEDED,
            settled_at=None if tender.tender.online else now))
        handler = in_station(tender.tender)
        if handler is not None:
            legs += await handler.settle(session, tender, TenderContext(
                actor, order.company_id, order.station_id, shift.id, order.id, position,
                vehicle_plate=order.vehicle_plate, lines=sold, redis=redis))
    return payments, legs


async def checkout(session: AsyncSession, actor: Actor, request: CheckoutRequest,
                   data_key: str, redis: Redis | None = None) -> tuple[Order, bool]:
    """Pay fuelings now; (the order, True when this was a replay of an earlier request)."""
    company_id = actor.company_id
    assert company_id is not None and actor.id is not None
    await require_stations_in_scope(session, actor, [request.station_id], Permission.OPERATE_POS, field="stationId")
    _validate(request)
    existing = await _replay(session, company_id, request)
    if existing is not None:
        return existing, True
    shift = await session.scalar(select(Shift).where(Shift.station_id == request.station_id,
                                                     Shift.status == ShiftStatus.OPEN).with_for_update(read=True))
    if shift is None:
        raise DomainError(Code.NO_OPEN_SHIFT, "本站没有进行中的班次，请先开班", field="stationId")
    if request.discount_fen:
        actor.require_station(request.station_id, Permission.MANAGE_ORDERS)  # a manual discount needs a supervisor
    if request.manual:
        actor.require_station(request.station_id, Permission.MAKE_UP_ORDERS)
    station = await session.get(Station, request.station_id)
    assert station is not None
    member_id, plate = await identified(session, company_id, request)
    lines = await sale_lines(session, company_id, request, lock=True)
    priced = await discounts.price(
        session, basket(company_id, station.id, lines, [t.tender for t in request.tenders], member_id, plate),
        ManualDiscount(request.discount_fen, request.discount_reason))
    total, due = priced.total_fen, priced.payable_fen
    paid = sum(t.amount_fen for t in request.tenders)
    if paid != due:
        raise DomainError(Code.AMOUNT_MISMATCH, f"应收 {due / 100:.2f} 元，支付合计 {paid / 100:.2f} 元",
                          field="tenders")
    online = [t for t in request.tenders if t.tender.online]
    for tender in online:  # refuse now rather than after the order exists
        await payment_code_channel(session, station.id, tender.tender.value, data_key)
    now = utcnow()
    order = Order(company_id=company_id, station_id=station.id, shift_id=shift.id, cashier_id=actor.id,
                  number=await next_order_number(session, station, now),
                  status=OrderStatus.AWAITING_PAYMENT if online else OrderStatus.PAID, total_fen=total,
                  discount_fen=priced.discount_fen, discount_reason=request.discount_reason,
                  payable_fen=due, paid_at=None if online else now, remark=request.remark,
                  tags=sorted({t.strip() for t in request.tags}), member_id=member_id, vehicle_plate=plate,
                  idempotency_key=request.idempotency_key, request_hash=request.fingerprint)
    session.add(order)
    await session.flush()
    revenue: dict[str, int] = defaultdict(int)
    for position, (line, account) in enumerate(lines):
        line.company_id, line.order_id, line.position = company_id, order.id, position
        session.add(line)
        revenue[account] -= line.amount_fen
    if request.manual:
        await audit.record(session, actor, action="order.make_up", object_type="Order", object_id=order.id,
                           company_id=company_id, station_id=station.id, before=None,
                           after={"lines": [{"nozzle": m.nozzle_number, "volume_ml": m.volume_ml,
                                             "unit_price_fen": m.unit_price_fen} for m in request.manual],
                                  "payable_fen": due}, reason=request.make_up_reason)
    for position, discount in enumerate(priced.discounts):
        revenue[discount.account] += discount.amount_fen
        session.add(OrderDiscount(company_id=company_id, station_id=station.id, order_id=order.id, position=position,
                                  rule=discount.rule, label=discount.label, amount_fen=discount.amount_fen,
                                  line_position=discount.line, account=discount.account, reason=discount.reason))
    if request.discount_fen:
        await audit.record(session, actor, action="order.discount", object_type="Order", object_id=order.id,
                           company_id=company_id, station_id=station.id, before={"total_fen": total},
                           after={"discount_fen": request.discount_fen, "payable_fen": due},
                           reason=request.discount_reason)
    payments, paid_here = await _payments(session, actor, order, shift, request,
                                          tuple(SoldLine.of(line) for line, _ in lines), redis)
    posted = await ledger.post(  # the sale and what was paid in the station, one transfer
        session, company_id, key=f"order:{order.id}:sale", kind="sale", reference=str(order.id),
        legs=[Leg(accounts.receivable(station.id), due), *paid_here,
              *(Leg(account, amount) for account, amount in sorted(revenue.items()))])
    for payment in payments:
        if payment.status is PaymentStatus.SUCCEEDED:
            payment.transfer_id = posted.transfer.id
    session.add_all(payments)
    await session.execute(update(Fueling).where(Fueling.id.in_(request.fueling_ids))
                          .values(order_id=order.id, paid=not online, updated_at=now))
    await session.flush()
    return order, False
