"""The shift list over GraphQL: newest first, keyset-paginated."""

from __future__ import annotations

from datetime import datetime

import strawberry

from api.core.guards import Info, needs, require
from api.core.node import decode_id
from api.core.pagination import DEFAULT_PAGE, Connection, OrderKey, paginate
from api.core.permissions import Permission
from api.selling.models import Shift, ShiftStatus
from api.selling.shift_list import visible_shifts
from api.selling.types import ShiftStatusType, ShiftType


@strawberry.input(description="Filters of the shift list.")
class ShiftFilter:
    station_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="Only these stations.")
    from_: datetime | None = strawberry.field(default=None, name="from", description="Opened at or after.")
    to: datetime | None = strawberry.field(default=None, description="Opened before.")
    status: ShiftStatusType | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Only OPEN or only CLOSED shifts.")
    cashier_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="Only these cashiers' "
                                                                                        "shifts.")


@strawberry.type
class ShiftListQuery:
    @strawberry.field(description=needs("Shifts, newest first: cashier, station, opening cash, expected and "
                                        "counted cash, over/short and its reason.", Permission.VIEW_ORDERS))
    async def shifts(self, info: Info, first: int = DEFAULT_PAGE, after: str | None = None,
                     filter: ShiftFilter | None = None) -> Connection[ShiftType]:
        actor = require(info, Permission.VIEW_ORDERS)
        given = filter or ShiftFilter()
        stmt = visible_shifts(
            actor,
            station_ids=[decode_id(s, "Station", "filter.stationIds") for s in given.station_ids or []],
            opened_from=given.from_, opened_to=given.to,
            status=ShiftStatus(given.status) if given.status is not None else None,
            cashier_ids=[decode_id(c, "StaffUser", "filter.cashierIds") for c in given.cashier_ids or []])
        return await paginate(info.context.session, stmt, order=OrderKey([Shift.opened_at, Shift.id]), first=first,
                              after=after, to_node=ShiftType.of)
