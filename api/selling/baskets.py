"""What is sold: the lines of a checkout (or of a quote before it) built from the completed fuelings, the
hand-entered make-up sales and the goods named in the request, each with the revenue account it is
credited to, and the basket the pricing service (`api.selling.discounts`) prices.

Every fueling must be the station's and not yet in an order; when selling, the fuelings are locked
(`lock=True`) so that one is sold once; a quote only reads them.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.errors import DomainError, ValidationErrors
from api.core.money import amount_for_volume
from api.fuelings.models import Fueling
from api.members.models import Member
from api.members.plates import normalize_plate
from api.pumps.models import FuelGrade, Nozzle
from api.selling import accounts
from api.selling.discounts import Basket, BasketLine
from api.selling.errors import CheckoutErrorCode as Code
from api.selling.models import GoodsItem, OrderLine, Tender

MAX_FUELINGS = 20
MAX_GOODS = 30


@dataclass(frozen=True)
class GoodsRequest:
    goods_id: uuid.UUID
    quantity: int


@dataclass(frozen=True)
class ManualFuelRequest:
    """A sale the link did not capture, entered by hand (补单)."""

    nozzle_number: int
    volume_ml: int
    unit_price_fen: int


class Sale(Protocol):
    """The part of a request that says what is sold."""

    @property
    def station_id(self) -> uuid.UUID: ...
    @property
    def fueling_ids(self) -> list[uuid.UUID]: ...
    @property
    def goods(self) -> list[GoodsRequest]: ...
    @property
    def manual(self) -> list[ManualFuelRequest]: ...
    @property
    def make_up_reason(self) -> str | None: ...
    @property
    def discount_fen(self) -> int: ...
    @property
    def discount_reason(self) -> str | None: ...
    @property
    def member_id(self) -> uuid.UUID | None: ...
    @property
    def vehicle_plate(self) -> str | None: ...


def validate_sale(request: Sale, problems: ValidationErrors) -> None:
    """The sale's own checks (lines, discount), every problem naming its field."""
    for i, manual in enumerate(request.manual):
        if not 1 <= manual.volume_ml <= 2_000_000:
            problems.add(Code.INVALID, "升数须在 0.001 到 2000 升之间", f"manual.{i}.volumeMl")
        if not 1 <= manual.unit_price_fen <= 100_000:
            problems.add(Code.INVALID, "单价须在 0.01 到 1000 元之间", f"manual.{i}.unitPriceFen")
    if request.manual and not 2 <= len((request.make_up_reason or "").strip()) <= 200:
        problems.add(Code.INVALID, "补单须填写原因", "makeUpReason")
    if len(request.fueling_ids) > MAX_FUELINGS or not (request.fueling_ids or request.goods or request.manual):
        problems.add(Code.INVALID, f"请选择 1 到 {MAX_FUELINGS} 笔加油记录或商品", "fuelingIds")
    elif len(set(request.fueling_ids)) != len(request.fueling_ids):
        problems.add(Code.INVALID, "加油记录重复", "fuelingIds")
    if len(request.goods) > MAX_GOODS:
        problems.add(Code.INVALID, f"商品最多 {MAX_GOODS} 行", "goods")
    for i, goods in enumerate(request.goods):
        if not 1 <= goods.quantity <= 999:
            problems.add(Code.INVALID, "数量须在 1 到 999 之间", f"goods.{i}.quantity")
    if request.discount_fen < 0:
        problems.add(Code.INVALID, "优惠金额不能为负", "discountFen")
    if request.discount_fen and not 2 <= len((request.discount_reason or "").strip()) <= 200:
        problems.add(Code.INVALID, "手工优惠须填写原因", "discountReason")


async def _fuelings(session: AsyncSession, request: Sale, lock: bool) -> dict[uuid.UUID, tuple[Fueling, int]]:
    """The requested fuelings (locked to be sold), with their nozzle numbers: each the station's and not
    in an order."""
    query = (select(Fueling, Nozzle.number).join(Nozzle, Nozzle.id == Fueling.nozzle_id)
             .where(Fueling.id.in_(request.fueling_ids)).order_by(Fueling.id))
    rows = (await session.execute(query.with_for_update(of=Fueling) if lock else query)).all()
    found = {f.id: (f, number) for f, number in rows}
    for i, fueling_id in enumerate(request.fueling_ids):
        fueling = found.get(fueling_id, (None, 0))[0]
        if fueling is None or fueling.station_id != request.station_id:
            raise DomainError(Code.NOT_FOUND, "加油记录不存在", field=f"fuelingIds.{i}")
        if fueling.order_id is not None:
            raise DomainError(Code.ALREADY_PAID, f"交易序号 {fueling.ttc} 的加油记录已结账", field=f"fuelingIds.{i}")
    return found


async def _goods(session: AsyncSession, company_id: uuid.UUID, request: Sale) -> dict[uuid.UUID, GoodsItem]:
    wanted = {g.goods_id for g in request.goods}
    if not wanted:
        return {}
    items = {item.id: item for item in (await session.scalars(select(GoodsItem).where(
        GoodsItem.id.in_(wanted), GoodsItem.company_id == company_id, GoodsItem.active.is_(True)))).all()}
    for i, goods in enumerate(request.goods):
        if goods.goods_id not in items:
            raise DomainError(Code.NOT_FOUND, "商品不存在或已停售", field=f"goods.{i}.goodsId")
    return items


def _fuel_lines(request: Sale, found: dict[uuid.UUID, tuple[Fueling, int]],
                station_id: uuid.UUID) -> list[tuple[OrderLine, str]]:
    lines = []
    for fueling_id in request.fueling_ids:
        fueling, number = found[fueling_id]
        lines.append((OrderLine(station_id=station_id, fueling_id=fueling.id, grade_code=fueling.grade_code,
                                description=f"{number}号枪 {fueling.volume_ml / 1000:.2f} L",
                                quantity_ml=fueling.volume_ml, unit_price_fen=fueling.unit_price_fen,
                                amount_fen=fueling.amount_fen), accounts.fuel_revenue(station_id, fueling.grade_code)))
    return lines


async def _manual_lines(session: AsyncSession, request: Sale,
                        station_id: uuid.UUID) -> list[tuple[OrderLine, str]]:
    lines = []
    for i, manual in enumerate(request.manual):
        grade = await session.scalar(select(FuelGrade.code).join(Nozzle, Nozzle.grade_id == FuelGrade.id).where(
            Nozzle.station_id == station_id, Nozzle.number == manual.nozzle_number))
        if grade is None:
            raise DomainError(Code.NOT_FOUND, f"本站没有 {manual.nozzle_number} 号油枪",
                              field=f"manual.{i}.nozzleNumber")
        amount = amount_for_volume(manual.volume_ml, manual.unit_price_fen)
        lines.append((OrderLine(station_id=station_id, grade_code=grade, quantity_ml=manual.volume_ml,
                                description=f"补单 {manual.nozzle_number}号枪 {manual.volume_ml / 1000:.2f} L",
                                unit_price_fen=manual.unit_price_fen, amount_fen=amount),
                      accounts.fuel_revenue(station_id, grade)))
    return lines


def _goods_lines(request: Sale, items: dict[uuid.UUID, GoodsItem],
                 station_id: uuid.UUID) -> list[tuple[OrderLine, str]]:
    lines = []
    for goods in request.goods:
        item = items[goods.goods_id]
        lines.append((OrderLine(station_id=station_id, goods_id=item.id, quantity=goods.quantity,
                                description=f"{item.name} x{goods.quantity}{item.unit}", unit_price_fen=item.price_fen,
                                amount_fen=item.price_fen * goods.quantity), accounts.goods_revenue(station_id)))
    return lines


Lines = list[tuple[OrderLine, str]]  # each line with the revenue account it is credited to


async def sale_lines(session: AsyncSession, company_id: uuid.UUID, request: Sale, *, lock: bool) -> Lines:
    """The lines of the sale, in order: fuelings, make-up sales, goods."""
    found = await _fuelings(session, request, lock)
    goods = await _goods(session, company_id, request)
    return [*_fuel_lines(request, found, request.station_id),
            *await _manual_lines(session, request, request.station_id),
            *_goods_lines(request, goods, request.station_id)]


def basket(company_id: uuid.UUID, station_id: uuid.UUID, lines: Lines, tenders: Sequence[Tender] = (),
           member_id: uuid.UUID | None = None, vehicle_plate: str | None = None) -> Basket:
    return Basket(company_id, station_id, tuple(
        BasketLine(position=i, amount_fen=line.amount_fen, unit_price_fen=line.unit_price_fen,
                   grade_code=line.grade_code, volume_ml=line.quantity_ml, goods_id=line.goods_id,
                   units=line.quantity) for i, (line, _) in enumerate(lines)), member_id=member_id,
                  tenders=tuple(tenders), vehicle_plate=vehicle_plate)


async def identified(session: AsyncSession, company_id: uuid.UUID,
                     request: Sale) -> tuple[uuid.UUID | None, str | None]:
    """The member the sale is for (found at the POS by phone, plate or member code) and the vehicle's plate,
    both checked: a member of this company, a plate as China issues them."""
    plate = None
    if request.vehicle_plate is not None and request.vehicle_plate.strip():
        plate = normalize_plate(request.vehicle_plate)
        if plate is None:
            raise DomainError(Code.INVALID, "车牌号格式不正确", field="vehiclePlate")
    if request.member_id is None:
        return None, plate
    member = await session.scalar(select(Member.id).where(Member.id == request.member_id,
                                                          Member.company_id == company_id))
    if member is None:
        raise DomainError(Code.NOT_FOUND, "会员不存在", field="memberId")
    return member, plate
