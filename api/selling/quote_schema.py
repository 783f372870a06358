"""`checkoutQuote`: what a sale would cost, priced as checkout prices it."""

from __future__ import annotations

from typing import Any

import strawberry

from api.core.guards import Info, needs, require
from api.core.node import decode_input_id
from api.core.permissions import Permission
from api.core.scalars import Long, Money
from api.core.user_errors import run_check
from api.selling.baskets import GoodsRequest, ManualFuelRequest
from api.selling.errors import CheckoutErrorCode
from api.selling.quotes import QuoteRequest, quote
from api.selling.schema import CheckoutError, GoodsLineInput, ManualFuelInput
from api.selling.types import OrderDiscountType, OrderLineType, TenderType


@strawberry.input(description="What would be sold: as in checkoutCreate, without the payment.")
class CheckoutQuoteInput:
    station_id: strawberry.ID = strawberry.field(description="The station.")
    fueling_ids: list[strawberry.ID] = strawberry.field(default_factory=list,
                                                        description="Completed, unpaid fuelings of the station.")
    goods: list[GoodsLineInput] = strawberry.field(default_factory=list, description="Goods sold with them.")
    manual: list[ManualFuelInput] = strawberry.field(default_factory=list, description="Make-up lines (补单).")
    make_up_reason: str | None = strawberry.field(default=None, description="Why the make-up lines.")
    discount_fen: Long = strawberry.field(default=Long(0), description="Manual discount in fen (needs MANAGE_ORDERS).")
    discount_reason: str | None = strawberry.field(default=None, description="Why the manual discount.")
    member_id: strawberry.ID | None = strawberry.field(default=None, description="The driver, when identified.")
    vehicle_plate: str | None = strawberry.field(default=None, description="The vehicle's plate, when known.")
    tenders: list[TenderType] = strawberry.field(  # type: ignore[valid-type]
        default_factory=list, description="The tenders the customer intends to use (some discounts depend on them).")


@strawberry.type(description="A sale priced before payment.")
class CheckoutQuote:
    lines: list[OrderLineType] = strawberry.field(description="Lines, in the order checkout makes them.")
    discounts: list[OrderDiscountType] = strawberry.field(description="Discounts, in the order they are taken.")
    total: Money = strawberry.field(description="Before discounts.")
    discount: Money = strawberry.field(description="All discounts.")
    payable: Money = strawberry.field(description="What the tenders must add up to.")


@strawberry.type(description="Result of a quote.")
class CheckoutQuotePayload:
    quote: CheckoutQuote | None = strawberry.field(default=None, description="The priced sale.")
    errors: list[CheckoutError] = strawberry.field(
        description="Why the sale cannot be priced (the same refusals checkout would give).")


@strawberry.type
class QuoteQuery:
    @strawberry.field(description=needs("Price a sale exactly as checkoutCreate will (lines, discounts, payable) "
                                        "without paying or holding anything.", Permission.OPERATE_POS))
    async def checkout_quote(self, info: Info, input: CheckoutQuoteInput) -> CheckoutQuotePayload:
        actor = require(info, Permission.OPERATE_POS)

        async def work() -> dict[str, Any]:
            request = QuoteRequest(
                station_id=decode_input_id(input.station_id, "Station", "stationId"),
                fueling_ids=[decode_input_id(f, "Fueling", f"fuelingIds.{i}") for i, f in enumerate(input.fueling_ids)],
                goods=[GoodsRequest(decode_input_id(g.goods_id, "GoodsItem", f"goods.{i}.goodsId"), g.quantity)
                       for i, g in enumerate(input.goods)],
                manual=[ManualFuelRequest(m.nozzle_number, int(m.volume_ml), m.unit_price_fen) for m in input.manual],
                make_up_reason=input.make_up_reason, discount_fen=int(input.discount_fen),
                discount_reason=input.discount_reason, tenders=list(input.tenders),
                member_id=decode_input_id(input.member_id, "Member", "memberId") if input.member_id else None,
                vehicle_plate=input.vehicle_plate)
            async with info.context.session() as session:
                priced = await quote(session, actor, request)
            return {"quote": CheckoutQuote(
                lines=[OrderLineType.of(line) for line, _ in priced.lines],
                discounts=[OrderDiscountType.of(d) for d in priced.priced.discounts],
                total=Money(fen=Long(priced.priced.total_fen)), discount=Money(fen=Long(priced.priced.discount_fen)),
                payable=Money(fen=Long(priced.priced.payable_fen)))}

        return await run_check(work, CheckoutQuotePayload, CheckoutError, CheckoutErrorCode)
