"""The device's totalizer report (38H readings) and its poll of the platform's request for fresh ones."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.guards import Info, viewer
from api.core.scalars import Long
from api.core.user_errors import error_type, run_mutation
from api.pumps import totalizers
from api.pumps.errors import TotalizersReportErrorCode
from api.pumps.service import device_station

TotalizersReportError = error_type("TotalizersReport", TotalizersReportErrorCode, "a totalizer report")


@strawberry.input(description="One nozzle's electronic volume totalizer as the dispenser answered it (38H).")
class TotalizerReadingInput:
    nozzle_number: int = strawberry.field(description="Nozzle number on the station.")
    totalizer_ml: Long = strawberry.field(description="The volume totalizer in millilitres.")
    read_at: datetime = strawberry.field(description="When the device read it (with its zone).")


@strawberry.input(description="A batch of totalizer readings from a station device.")
class TotalizersReportInput:
    readings: list[TotalizerReadingInput] = strawberry.field(description="The readings (at most 256).")


@strawberry.type(description="Result of a totalizer report.")
class TotalizersReportPayload:
    stored: int = strawberry.field(default=0, description="How many readings were new (a replay stores nothing).")
    errors: list[TotalizersReportError] = strawberry.field(  # type: ignore[valid-type]
        description="Why the batch was refused (nothing stored).")


async def report(info: Info, input: TotalizersReportInput) -> TotalizersReportPayload:
    actor = viewer(info)
    device_station(actor)
    reports = [totalizers.TotalizerReport(r.nozzle_number, int(r.totalizer_ml), r.read_at) for r in input.readings]

    async def work(session: AsyncSession) -> dict[str, Any]:
        return {"stored": await totalizers.report_readings(session, actor, reports)}

    return await run_mutation(info.context, work, TotalizersReportPayload, TotalizersReportError,
                              TotalizersReportErrorCode)


async def wanted(info: Info) -> datetime | None:
    actor = viewer(info)
    device_station(actor)
    async with info.context.session() as session:
        return await totalizers.readings_wanted(session, actor)
