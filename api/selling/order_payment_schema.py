"""`orderPay`: the rest of an order awaiting payment, taken at the POS with other tenders."""

from __future__ import annotations

from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.guards import Info, needs, require
from api.core.node import decode_input_id
from api.core.permissions import Permission
from api.core.user_errors import run_mutation
from api.selling.collect import collect
from api.selling.errors import CheckoutErrorCode
from api.selling.models import Order, OrderStatus
from api.selling.order_payments import OrderPayRequest, pay_order
from api.selling.schema import CheckoutError, CheckoutPayload, TenderInput
from api.selling.tenders import TenderRequest
from api.selling.types import OrderType


@strawberry.input(description="Pay what an order awaiting payment still owes.")
class OrderPayInput:
    order_id: strawberry.ID = strawberry.field(description="The order, awaiting payment.")
    idempotency_key: str = strawberry.field(description="Unique per attempt (8-128 characters); a retry with the "
                                                        "same key and body returns the first result.")
    tenders: list[TenderInput] = strawberry.field(description="How the rest is paid; the amounts add up to what "
                                                              "the order still owes.")


@strawberry.type
class OrderPaymentMutation:
    @strawberry.mutation(description=needs(
        "Pay the rest of an order awaiting payment (after a payment code failed or was closed) with one or more "
        "tenders; idempotent on idempotencyKey.", Permission.OPERATE_POS))
    async def order_pay(self, info: Info, input: OrderPayInput) -> CheckoutPayload:
        actor = require(info, Permission.OPERATE_POS)
        data_key = info.context.settings.data_key

        async def work(session: AsyncSession) -> dict[str, Any]:
            request = OrderPayRequest(
                order_id=decode_input_id(input.order_id, "Order", "orderId"), idempotency_key=input.idempotency_key,
                tenders=[TenderRequest(t.tender, int(t.amount_fen), int(t.given_fen) if t.given_fen is not None
                                       else None, t.reference, t.auth_code, t.password) for t in input.tenders])
            order, replay = await pay_order(session, actor, request, data_key, info.context.redis)
            return {"order": OrderType.of(order), "replay": replay}

        payload = await run_mutation(info.context, work, CheckoutPayload, CheckoutError, CheckoutErrorCode)
        if payload.order is not None and payload.order.status is OrderStatus.AWAITING_PAYMENT:
            await collect(info.context.transaction, payload.order.pk, data_key)  # the channel, outside the sale
            async with info.context.session() as session:
                order = await session.get(Order, payload.order.pk)
            assert order is not None
            payload.order = OrderType.of(order)
        return payload
