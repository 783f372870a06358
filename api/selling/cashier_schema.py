"""The staff who may take over a station's till, for the POS's hand-over dialog."""

from __future__ import annotations

import strawberry

from api.core.guards import Info, needs, require
from api.core.ids import to_global_id
from api.core.node import decode_id
from api.core.permissions import Permission
from api.identity.models import StaffUser
from api.selling.cashiers import station_cashiers


@strawberry.type(description="Someone who may run a station's till: enough to hand a shift over to them.")
class StationCashier:
    id: strawberry.ID = strawberry.field(description="The staff user's id (a StaffUser global id).")
    name: str = strawberry.field(description="Full name.")
    username: str = strawberry.field(description="Sign-in name.")

    @classmethod
    def of(cls, user: StaffUser) -> StationCashier:
        return cls(id=strawberry.ID(to_global_id("StaffUser", user.id)), name=user.name, username=user.username)


@strawberry.type
class CashierQuery:
    @strawberry.field(description=needs("The active staff who hold OPERATE_POS at the station, by name: whom a "
                                        "shift can be handed over to.", Permission.MANAGE_SHIFTS))
    async def station_cashiers(self, info: Info, station_id: strawberry.ID) -> list[StationCashier]:
        actor = require(info, Permission.MANAGE_SHIFTS)
        async with info.context.session() as session:
            users = await station_cashiers(session, actor, decode_id(station_id, "Station", "stationId"))
        return [StationCashier.of(u) for u in users]
