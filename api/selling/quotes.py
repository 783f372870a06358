"""A quote: what a sale would cost, priced exactly as checkout will price it, before anything is paid.

The POS shows it while the cashier picks fuelings and goods, the mini-program before the driver pays.
It reads the fuelings without locking them and writes nothing; checkout prices the same request again
in its own transaction, so a quote is never a promise (a fueling may be paid meanwhile).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import Actor
from api.core.errors import ValidationErrors
from api.core.permissions import Permission
from api.selling import discounts
from api.selling.baskets import GoodsRequest, Lines, ManualFuelRequest, basket, identified, sale_lines, validate_sale
from api.selling.discounts import ManualDiscount, Priced
from api.selling.models import Tender
from api.stations.service import require_stations_in_scope


@dataclass(frozen=True)
class QuoteRequest:
    station_id: uuid.UUID
    fueling_ids: list[uuid.UUID]
    goods: list[GoodsRequest] = field(default_factory=list)
    manual: list[ManualFuelRequest] = field(default_factory=list)
    make_up_reason: str | None = None
    discount_fen: int = 0
    discount_reason: str | None = None
    tenders: list[Tender] = field(default_factory=list)
    member_id: uuid.UUID | None = None
    vehicle_plate: str | None = None


@dataclass(frozen=True)
class Quote:
    lines: Lines
    priced: Priced


async def quote(session: AsyncSession, actor: Actor, request: QuoteRequest) -> Quote:
    company_id = actor.company_id
    assert company_id is not None
    await require_stations_in_scope(session, actor, [request.station_id], Permission.OPERATE_POS, field="stationId")
    problems = ValidationErrors()
    validate_sale(request, problems)
    problems.raise_if_any()
    if request.discount_fen:
        actor.require_station(request.station_id, Permission.MANAGE_ORDERS)
    member_id, plate = await identified(session, company_id, request)
    lines = await sale_lines(session, company_id, request, lock=False)
    priced = await discounts.price(
        session, basket(company_id, request.station_id, lines, request.tenders, member_id, plate),
        ManualDiscount(request.discount_fen, request.discount_reason))
    return Quote(lines, priced)
