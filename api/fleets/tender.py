"""The on-account tender (挂账): a whitelisted vehicle of a fleet pays from the fleet's accounts at checkout.

The vehicle is the plate in the tender's `reference`, else the order's plate (`vehiclePlate`). In the
checkout's transaction, with the fleet's row locked (so that two spends of one fleet never both see the same
balances or daily counts):
1. the fleet must be NORMAL and the vehicle whitelisted and not frozen (refused naming the field that named
   the vehicle), the order's fuel grades among the vehicle's (when it is limited to some);
2. the vehicle's spends of the station's local day, with this one, stay within its daily amount, litres and
   count (refused naming `tenders.N.amountFen`);
3. the amount is taken from the prepaid balance first, then the granted balance, then the credit available
   (refused when the three together fall short; the ledger's guard on `credit:{id}` backs this up);
4. one `FleetSpend` row records the split, one per order (a second on-account tender is refused).
A refusal raises a `DomainError`: the whole checkout is refused and nothing is written.

A refund gives the money back to the fleet in the reverse order: the credit it used first, then the
granted balance, then the prepaid one, counted over all the payment's refunds so that refunding all of
it restores exactly the split it took. The vehicle's daily counts are left as they were (a refunded
sale still happened at the pump).
"""

from __future__ import annotations

import uuid
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.clock import utcnow
from api.core.errors import DomainError, ValidationErrors
from api.core.locks import xact_lock
from api.fleets import accounts
from api.fleets.funds import fleet_balances
from api.fleets.models import Fleet, FleetSpend, FleetStatus, FleetVehicle, FleetVehicleStatus, money_queue
from api.ledger.service import Leg
from api.members.plates import normalize_plate
from api.selling import accounts as selling_accounts
from api.selling.errors import CheckoutErrorCode as Code
from api.selling.models import Payment, Refund, RefundStatus, Tender
from api.selling.tenders import TenderContext, TenderRequest, register_tender
from api.stations.models import Station


class OnAccountTender:
    async def refund(self, session: AsyncSession, payment: Payment, amount_fen: int,
                     shift_id: uuid.UUID | None) -> list[Leg]:
        return await refund_spend(session, payment, amount_fen)

    def validate(self, request: TenderRequest, field: str, problems: ValidationErrors) -> None:
        if (request.reference or "").strip() and normalize_plate(request.reference or "") is None:
            problems.add(Code.INVALID, "挂账请填写车队车辆的车牌号", f"{field}.reference")

    async def settle(self, session: AsyncSession, request: TenderRequest, context: TenderContext) -> list[Leg]:
        here = f"tenders.{context.index}"
        if (request.reference or "").strip():
            plate, named_by = normalize_plate(request.reference or ""), f"{here}.reference"
        else:
            plate, named_by = context.vehicle_plate, "vehiclePlate"
        if plate is None:
            raise DomainError(Code.INVALID, "挂账须提供车队车辆的车牌号", field=f"{here}.reference")
        vehicle = await session.scalar(select(FleetVehicle).where(FleetVehicle.company_id == context.company_id,
                                                                  FleetVehicle.plate == plate))
        if vehicle is None:
            raise DomainError(Code.NOT_FOUND, f"车辆 {plate} 不在车队白名单中", field=named_by)
        await xact_lock(session, money_queue(vehicle.fleet_id))
        fleet = await session.scalar(select(Fleet).where(Fleet.id == vehicle.fleet_id).with_for_update())
        assert fleet is not None
        if fleet.status is FleetStatus.FROZEN:
            raise DomainError(Code.INVALID, f"车队「{fleet.name}」已冻结，不能挂账", field=named_by)
        if vehicle.status is FleetVehicleStatus.FROZEN:
            raise DomainError(Code.INVALID, f"车辆 {plate} 已冻结，不能挂账", field=named_by)
        if await session.scalar(select(FleetSpend.id).where(FleetSpend.order_id == context.order_id)) is not None:
            raise DomainError(Code.INVALID, "一笔订单只能挂账一次", field=f"{here}.tender")
        grades = sorted({line.grade_code for line in context.lines if line.grade_code})
        refused = [g for g in grades if vehicle.grade_codes and g not in vehicle.grade_codes]
        if refused:
            raise DomainError(Code.INVALID, f"车辆 {plate} 不能挂账加 {'、'.join(refused)}", field=named_by)
        station = await session.get(Station, context.station_id)
        assert station is not None
        day = utcnow().astimezone(ZoneInfo(station.time_zone or "Asia/Shanghai")).date()
        volume = sum(line.volume_ml or 0 for line in context.lines if line.grade_code)
        await _within_limits(session, vehicle, day, request.amount_fen, volume, f"{here}.amountFen")
        balances = await fleet_balances(session, fleet)
        if request.amount_fen > balances.spendable_fen:
            raise DomainError(Code.INVALID, f"车队可用额度不足：可用 {balances.spendable_fen / 100:.2f} 元",
                              field=f"{here}.amountFen")
        prepaid = min(request.amount_fen, balances.prepaid_fen)
        granted = min(request.amount_fen - prepaid, balances.granted_fen)
        credit = request.amount_fen - prepaid - granted
        session.add(FleetSpend(company_id=fleet.company_id, fleet_id=fleet.id, vehicle_id=vehicle.id,
                               station_id=context.station_id, order_id=context.order_id, plate=plate, local_day=day,
                               amount_fen=request.amount_fen, volume_ml=volume, prepaid_fen=prepaid,
                               granted_fen=granted, credit_fen=credit))
        await session.flush()
        legs = [Leg(account, amount) for account, amount in ((accounts.pool(fleet.id), prepaid),
                                                            (accounts.granted(fleet.id), granted),
                                                            (accounts.credit(fleet.id), credit)) if amount]
        return [*legs, Leg(selling_accounts.receivable(context.station_id), -request.amount_fen)]


async def _within_limits(session: AsyncSession, vehicle: FleetVehicle, day: date, amount_fen: int,
                         volume_ml: int, field: str) -> None:
    """The vehicle's spends of `day` with this one stay within its daily limits (read under the fleet's lock)."""
    count, amount, volume = (await session.execute(
        select(func.count(), func.coalesce(func.sum(FleetSpend.amount_fen), 0),
               func.coalesce(func.sum(FleetSpend.volume_ml), 0))
        .where(FleetSpend.vehicle_id == vehicle.id, FleetSpend.local_day == day))).one()
    if vehicle.daily_count is not None and count + 1 > vehicle.daily_count:
        raise DomainError(Code.INVALID, f"车辆 {vehicle.plate} 今日已挂账 {count} 次，"
                                        f"每日最多 {vehicle.daily_count} 次", field=field)
    if vehicle.daily_amount_fen is not None and amount + amount_fen > vehicle.daily_amount_fen:
        left = max(vehicle.daily_amount_fen - amount, 0)
        raise DomainError(Code.INVALID, f"车辆 {vehicle.plate} 今日挂账金额超限：还可挂账 {left / 100:.2f} 元",
                          field=field)
    if vehicle.daily_volume_ml is not None and volume + volume_ml > vehicle.daily_volume_ml:
        left = max(vehicle.daily_volume_ml - volume, 0)
        raise DomainError(Code.INVALID, f"车辆 {vehicle.plate} 今日加油升数超限：还可加 {left / 1000:.2f} L",
                          field=field)


async def refund_spend(session: AsyncSession, payment: Payment, amount_fen: int) -> list[Leg]:
    """The credit legs giving `amount_fen` of an on-account payment back to its fleet (see above)."""
    spend = await session.scalar(select(FleetSpend).where(FleetSpend.order_id == payment.order_id))
    if spend is None:
        raise DomainError(Code.INVALID, "找不到这笔挂账支付的车队", field="paymentId")
    await xact_lock(session, money_queue(spend.fleet_id))
    await session.scalar(select(Fleet.id).where(Fleet.id == spend.fleet_id).with_for_update())
    before = int(await session.scalar(select(func.coalesce(func.sum(Refund.amount_fen), 0)).where(
        Refund.payment_id == payment.id, Refund.status == RefundStatus.SUCCEEDED)) or 0)

    def back(refunded: int) -> tuple[int, int, int]:
        credit = min(refunded, spend.credit_fen)
        granted = min(refunded - credit, spend.granted_fen)
        return credit, granted, refunded - credit - granted

    now, then = back(before + amount_fen), back(before)
    parts = zip((accounts.credit(spend.fleet_id), accounts.granted(spend.fleet_id), accounts.pool(spend.fleet_id)),
                now, then, strict=True)
    return [Leg(account, -(after - earlier)) for account, after, earlier in parts if after != earlier]


def register() -> None:
    """Make ON_ACCOUNT payable at checkout (called where the API's schema is built)."""
    register_tender(Tender.ON_ACCOUNT, OnAccountTender())
