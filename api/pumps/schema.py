"""Queries, the device's report mutation and the live subscription of the forecourt."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.errors import Forbidden
from api.core.guards import Info, needs, require, viewer
from api.core.node import decode_id
from api.core.permissions import Permission
from api.core.pubsub import RESYNC
from api.core.scalars import Long
from api.core.shared_streams import LiveMode, shareable
from api.core.user_errors import error_type, run_check, run_mutation
from api.pumps import service, totalizer_schema
from api.pumps.errors import NozzleStatesReportErrorCode
from api.pumps.links import LinkReport, report_links
from api.pumps.live import LiveState, channel, decode_message, snapshot
from api.pumps.loaders import DispensersByStationIdLoader
from api.pumps.models import FuelGrade
from api.pumps.types import DispenserType, FuelGradeType, NozzleStateType, NozzleStatus, NozzleType

if TYPE_CHECKING:
    from api.pumps.mutations import TankType

NozzleStatesReportError = error_type("NozzleStatesReport", NozzleStatesReportErrorCode, "a state report")


@strawberry.type
class PumpQuery:
    @strawberry.field(description=needs("The company's fuel grades.", Permission.VIEW_FORECOURT))
    async def fuel_grades(self, info: Info) -> list[FuelGradeType]:
        actor = require(info, Permission.VIEW_FORECOURT)
        async with info.context.session() as session:
            rows = await session.scalars(select(FuelGrade).where(FuelGrade.company_id == actor.company_id)
                                         .order_by(FuelGrade.code))
            return [FuelGradeType.of(g) for g in rows.all()]

    @strawberry.field(description=needs("A station's tanks.", Permission.VIEW_FORECOURT))
    async def tanks(self, info: Info, station_id: strawberry.ID) -> list[
            Annotated[TankType, strawberry.lazy("api.pumps.mutations")]]:
        from api.pumps.models import Tank
        from api.pumps.mutations import TankType as Tanks

        actor = require(info, Permission.VIEW_FORECOURT)
        station = decode_id(station_id, "Station", "stationId")
        actor.require_station(station, Permission.VIEW_FORECOURT)
        async with info.context.session() as session:
            rows = await session.scalars(select(Tank).where(Tank.station_id == station).order_by(Tank.number))
            return [Tanks.of(t) for t in rows.all()]

    @strawberry.field(description=needs("A station's dispensers with their nozzles and live states.",
                                        Permission.VIEW_FORECOURT))
    async def dispensers(self, info: Info, station_id: strawberry.ID) -> list[DispenserType]:
        actor = require(info, Permission.VIEW_FORECOURT)
        station = decode_id(station_id, "Station", "stationId")
        actor.require_station(station, Permission.VIEW_FORECOURT)
        rows = await info.context.loader(DispensersByStationIdLoader).load(station)
        return [DispenserType.of(d) for d in rows]

    @strawberry.field(description="When the platform asked this station for fresh totalizer readings (a shift "
                                  "opened or closed), null when nothing is asked. Requires a station device token; "
                                  "the next `totalizersReport` answers the request.")
    async def totalizers_wanted(self, info: Info) -> datetime | None:
        return await totalizer_schema.wanted(info)


@strawberry.input(description="One nozzle's state as the dispenser reports it.")
class NozzleStateInput:
    nozzle_number: int = strawberry.field(description="Nozzle number on the station.")
    state: NozzleStateType = strawberry.field(description="What the nozzle is doing.")  # type: ignore[valid-type]
    amount_fen: int = strawberry.field(default=0, description="Running amount in fen.")
    volume_ml: int = strawberry.field(default=0, description="Running volume in millilitres.")
    unit_price_fen: int = strawberry.field(default=0, description="Unit price in fen per litre.")
    sequence: Long = strawberry.field(description="The device's monotonic sequence (microseconds since the epoch "
                                                  "keep it increasing across restarts); older states are dropped.")
    device_time: datetime | None = strawberry.field(default=None, description="The device's clock at the reading.")


@strawberry.input(description="A batch of live nozzle states from a station device.")
class NozzleStatesReportInput:
    states: list[NozzleStateInput] = strawberry.field(description="The states (at most 256).")


@strawberry.type(description="Result of a state report.")
class NozzleStatesReportPayload:
    accepted: int = strawberry.field(default=0, description="How many states were newer than stored and applied.")
    errors: list[NozzleStatesReportError] = strawberry.field(  # type: ignore[valid-type]
        description="Why the batch was refused (nothing applied).")


@strawberry.type
class PumpMutation:
    @strawberry.mutation(description="Report live nozzle states. Requires a station device token (pump_link); "
                                     "send several times a second, over HTTP or the WebSocket.")
    async def nozzle_states_report(self, info: Info, input: NozzleStatesReportInput) -> NozzleStatesReportPayload:
        actor = viewer(info)
        service.device_station(actor)
        reports = [service.StateReport(s.nozzle_number, s.state, s.amount_fen, s.volume_ml, s.unit_price_fen,
                                       s.sequence, s.device_time) for s in input.states]

        async def work() -> dict[str, Any]:
            return {"accepted": await service.report_states(info.context.session, info.context.redis, actor,
                                                            reports)}

        return await run_check(work, NozzleStatesReportPayload, NozzleStatesReportError, NozzleStatesReportErrorCode)

    @strawberry.mutation(description="Report the dispensers' electronic volume totalizers (38H readings), kept as "
                                     "history for meter audits. Requires a station device token; a bad batch is "
                                     "refused whole, a replayed reading is stored once.")
    async def totalizers_report(self, info: Info, input: totalizer_schema.TotalizersReportInput,
                                ) -> totalizer_schema.TotalizersReportPayload:
        return await totalizer_schema.report(info, input)


@strawberry.input(description="A dispenser's link going up or down.")
class DispenserLinkInput:
    dispenser_number: int = strawberry.field(description="Dispenser number on the station.")
    up: bool = strawberry.field(description="True when the link is up.")
    sequence: Long = strawberry.field(description="The device's monotonic sequence (as for nozzle states).")


@strawberry.input(description="Link changes of the station's dispensers.")
class DispenserLinksReportInput:
    links: list[DispenserLinkInput] = strawberry.field(description="One entry per dispenser that changed.")


@strawberry.type(description="Result of a link report.")
class DispenserLinksReportPayload:
    changed: int = strawberry.field(default=0, description="How many links changed state.")
    errors: list[NozzleStatesReportError] = strawberry.field(  # type: ignore[valid-type]
        description="Why nothing was applied.")


@strawberry.type
class PumpLinkMutation:
    @strawberry.mutation(description="Report dispensers' links going up or down. Requires a station device token; "
                                     "a link going down turns its nozzles OFFLINE and opens an offline period.")
    async def dispenser_links_report(self, info: Info, input: DispenserLinksReportInput) -> DispenserLinksReportPayload:
        actor = viewer(info)
        service.device_station(actor)
        reports = [LinkReport(link.dispenser_number, link.up, link.sequence) for link in input.links]

        async def work(session: AsyncSession) -> dict[str, Any]:
            return {"changed": await report_links(session, info.context.redis, actor, reports)}

        return await run_mutation(info.context, work, DispenserLinksReportPayload, NozzleStatesReportError,
                                  NozzleStatesReportErrorCode)


@strawberry.type
class PumpSubscription:
    # A status' nozzle is loaded when the subscription starts and its grade read through the stream's
    # loaders: within a stream, what is selected under `nozzle` depends only on which nozzle it is.
    @strawberry.subscription(name=shareable("nozzleStatusChanged", fixed=("nozzle",)), description=needs(
        "Live states of a station's nozzles: first the current state of every nozzle, then each change. "
        "After a lost message the changed nozzles are sent again from the current state.",
        Permission.VIEW_FORECOURT))
    async def nozzle_status_changed(self, info: Info, station_id: strawberry.ID) -> AsyncGenerator[NozzleStatus]:
        actor = require(info, Permission.VIEW_FORECOURT)
        station = decode_id(station_id, "Station", "stationId")
        if not actor.can_see_station(station, Permission.VIEW_FORECOURT):
            raise Forbidden("无权访问该站点")
        context = info.context.fresh()
        async with context.session() as session:
            nozzles = {n.number: NozzleType.of(n) for n in await service.station_nozzles(session, station)}
        seen: dict[int, int] = {}

        def pending(states: dict[int, LiveState], all_nozzles: bool) -> list[NozzleStatus]:
            out = []
            for number, nozzle in nozzles.items():
                live = states.get(number)
                if live is None:
                    if all_nozzles:
                        out.append(NozzleStatus.of(nozzle, LiveState.offline(number)))
                    continue
                if live.version > seen.get(number, -1):
                    seen[number] = live.version
                    out.append(NozzleStatus.of(nozzle, live))
            return out

        async with context.hub.subscribe(channel(station)) as queue:
            for status in pending(await snapshot(context.redis, station), all_nozzles=True):
                yield status
            if context.live_mode == LiveMode.SNAPSHOT:
                return
            while True:
                message = await queue.get()
                if message == RESYNC:
                    fresh = await snapshot(context.redis, station)
                else:
                    fresh = {s.nozzle_number: s for s in decode_message(message)}
                for status in pending(fresh, all_nozzles=False):
                    yield status
