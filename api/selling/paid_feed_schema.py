"""`orderPaid`: the POS hears of each order of its station the moment it is paid (`api.selling.paid_feed`)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncGenerator

import strawberry
from sqlalchemy import select

from api.core.errors import Forbidden
from api.core.guards import Info, needs, require
from api.core.node import decode_id
from api.core.permissions import Permission
from api.core.pubsub import RESYNC
from api.selling.models import Order
from api.selling.paid_feed import channel
from api.selling.types import OrderType


@strawberry.type
class OrderPaidSubscription:
    @strawberry.subscription(description=needs(
        "Orders of a station as they become paid (a driver paying in the mini-program, a payment code "
        "confirmed...), for the POS to print and announce. An event stream without a first snapshot: the "
        "order list is the record, and a message lost on the way is not sent again.", Permission.OPERATE_POS))
    async def order_paid(self, info: Info, station_id: strawberry.ID) -> AsyncGenerator[OrderType]:
        actor = require(info, Permission.OPERATE_POS)
        station = decode_id(station_id, "Station", "stationId")
        if not actor.can_see_station(station, Permission.OPERATE_POS):
            raise Forbidden("无权访问该站点")
        async with info.context.hub.subscribe(channel(station)) as queue:
            while True:
                message = await queue.get()
                if message == RESYNC:
                    continue
                try:
                    order_id = uuid.UUID(message.decode())
                except ValueError:
                    continue
                context = info.context.fresh()
                async with context.session() as session:
                    order = await session.scalar(select(Order).where(Order.id == order_id,
                                                                     Order.station_id == station))
                if order is not None:
                    info.context.loaders.clear()  # each event resolves with fresh loaders
                    yield OrderType.of(order)
