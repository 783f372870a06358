"""Day close (日结) over GraphQL: the mutation and the recorded close."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.guards import Info, needs, require
from api.core.node import decode_input_id
from api.core.permissions import Permission
from api.core.scalars import Long, Money, Volume
from api.core.user_errors import error_type, run_mutation
from api.selling.day_close import DayCloseErrorCode, DayCloseRequest, close_day
from api.selling.day_close_model import DayClose
from api.selling.loaders import StaffNameByIdLoader
from api.selling.report_schema import ReportRowType

DayCloseError = error_type("DayClose", DayCloseErrorCode, "a day close")


def _rows(rows: list[dict[str, Any]]) -> list[ReportRowType]:
    return [ReportRowType(key=r["key"], count=r["count"], volume=Volume(ml=Long(r["volume_ml"])),
                          amount=Money(fen=Long(r["amount_fen"]))) for r in rows]


@strawberry.type(name="DayClose", description="A station's business day closed (日结): who closed it, when, and "
                                             "the day's totals as recorded then (they never change).")
class DayCloseType:
    closed_by_id: strawberry.Private[uuid.UUID]
    business_date: date = strawberry.field(description="The business day, in the station's time zone.")
    closed_at: datetime = strawberry.field(description="When it was closed.")
    remark: str | None = strawberry.field(description="Remark given at closing.")
    shift_count: int = strawberry.field(description="Shifts of the day.")
    orders: int = strawberry.field(description="Orders sold.")
    sales: Money = strawberry.field(description="Sales.")
    refunds: Money = strawberry.field(description="Refunds.")
    drive_offs: int = strawberry.field(description="Drive-offs (逃单).")
    drive_off_amount: Money = strawberry.field(description="Amount driven off.")
    expected_cash: Money = strawberry.field(description="Expected cash of the day's shifts.")
    counted_cash: Money = strawberry.field(description="Cash counted at the day's shift closes.")
    over_short: Money = strawberry.field(description="Cash over (positive) or short (negative), summed.")
    by_tender: list[ReportRowType] = strawberry.field(description="Per tender.")
    refunds_by_tender: list[ReportRowType] = strawberry.field(description="Refunds per tender.")
    by_grade: list[ReportRowType] = strawberry.field(description="Per grade.")
    by_nozzle: list[ReportRowType] = strawberry.field(description="Per nozzle.")

    @strawberry.field(description="Who closed it.")
    async def closed_by_name(self, info: Info) -> str | None:
        user = await info.context.loader(StaffNameByIdLoader).load(self.closed_by_id)
        return str(user.name) if user is not None else None

    @classmethod
    def of(cls, c: DayClose) -> DayCloseType:
        parts = c.breakdown
        return cls(closed_by_id=c.closed_by_id, business_date=c.business_date, closed_at=c.closed_at,
                   remark=c.remark, shift_count=c.shift_count, orders=c.orders, sales=Money(fen=Long(c.sales_fen)),
                   refunds=Money(fen=Long(c.refunds_fen)), drive_offs=c.drive_offs,
                   drive_off_amount=Money(fen=Long(c.drive_off_fen)),
                   expected_cash=Money(fen=Long(c.expected_cash_fen)),
                   counted_cash=Money(fen=Long(c.counted_cash_fen)), over_short=Money(fen=Long(c.over_short_fen)),
                   by_tender=_rows(parts["tenders"]), refunds_by_tender=_rows(parts["refunds"]),
                   by_grade=_rows(parts["grades"]), by_nozzle=_rows(parts["nozzles"]))


@strawberry.input(description="Close a station's business day.")
class DayCloseInput:
    station_id: strawberry.ID = strawberry.field(description="The station.")
    business_date: date = strawberry.field(description="The business day, in the station's time zone (not in "
                                                       "the future).")
    idempotency_key: str = strawberry.field(description="Unique per day close (8-128 characters); a retry with the "
                                                        "same key and body returns the first result.")
    remark: str | None = strawberry.field(default=None, description="Remark (at most 200 characters).")


@strawberry.type(description="Result of a day close.")
class DayClosePayload:
    day_close: DayCloseType | None = strawberry.field(default=None, description="The recorded close.")
    replay: bool = strawberry.field(default=False, description="True when this key was already used: the first "
                                                               "result is returned, nothing was done again.")
    errors: list[DayCloseError] = strawberry.field(description="Why the day was not closed.")  # type: ignore[valid-type]


@strawberry.type
class DayCloseMutation:
    @strawberry.mutation(description=needs("Close a station's business day (日结) once every shift of it is handed "
                                           "in: its totals are recorded and never change, no shift opens on it "
                                           "again; once per station and day; idempotent on idempotencyKey; "
                                           "audited.", Permission.MANAGE_SHIFTS, Permission.VIEW_REPORTS))
    async def day_close(self, info: Info, input: DayCloseInput) -> DayClosePayload:
        actor = require(info, Permission.MANAGE_SHIFTS, Permission.VIEW_REPORTS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            request = DayCloseRequest(station_id=decode_input_id(input.station_id, "Station", "stationId"),
                                      business_date=input.business_date, idempotency_key=input.idempotency_key,
                                      remark=input.remark)
            close, replay = await close_day(session, actor, request)
            return {"day_close": DayCloseType.of(close), "replay": replay}

        return await run_mutation(info.context, work, DayClosePayload, DayCloseError, DayCloseErrorCode)
