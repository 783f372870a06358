"""GraphQL types of the forecourt."""

from __future__ import annotations

import uuid
from datetime import datetime

import strawberry

from api.core.guards import Info
from api.core.node import Node
from api.core.scalars import Long, Money, Volume
from api.pumps.live import LiveState, NozzleState, snapshot
from api.pumps.loaders import FuelGradeByIdLoader, NozzlesByDispenserIdLoader
from api.pumps.models import Dispenser, DispenserProtocol, FuelGrade, GradeKind, Nozzle

NozzleStateType = strawberry.enum(NozzleState, name="NozzleState", description=(
    "What a nozzle is doing: OFFLINE (no link), IDLE (hung up), CALLING (lifted), CARD_INSERTED, AUTHORIZED, "
    "FUELING, SUSPENDED, COMPLETED (sale ended, awaiting the next)."))
GradeKindType = strawberry.enum(GradeKind, name="GradeKind", description="Gasoline, diesel, CNG or LNG.")
ProtocolType = strawberry.enum(DispenserProtocol, name="DispenserProtocol",
                               description="The protocol a dispenser speaks on its serial line.")


@strawberry.type(name="FuelGrade", description="A fuel grade of the company (92#, 0# diesel...).")
class FuelGradeType(Node):
    pk: strawberry.Private[uuid.UUID]
    code: str = strawberry.field(description="National grade code the dispensers report (e.g. 1402).")
    name: str = strawberry.field(description="Name shown to users (92#).")
    kind: GradeKindType = strawberry.field(description="Gasoline, diesel, CNG or LNG.")  # type: ignore[valid-type]
    density_g_per_l: int | None = strawberry.field(description="Density in grams per litre.")

    @classmethod
    def of(cls, g: FuelGrade) -> FuelGradeType:
        return cls(pk=g.id, code=g.code, name=g.name, kind=g.kind, density_g_per_l=g.density_g_per_l)


@strawberry.type(name="NozzleLiveState", description="The latest state a nozzle reported.")
class NozzleLiveStateType:
    state: NozzleStateType = strawberry.field(description="What the nozzle is doing.")  # type: ignore[valid-type]
    amount: Money = strawberry.field(description="Running (or final) amount of the current sale.")
    volume: Volume = strawberry.field(description="Running (or final) volume of the current sale.")
    unit_price: Money = strawberry.field(description="Unit price per litre.")
    version: Long = strawberry.field(description="The station's live-state version of this update.")
    updated_at: datetime = strawberry.field(description="When the platform received it.")

    @classmethod
    def of(cls, live: LiveState) -> NozzleLiveStateType:
        return cls(state=live.state, amount=Money(fen=Long(live.amount_fen)), volume=Volume(ml=Long(live.volume_ml)),
                   unit_price=Money(fen=Long(live.unit_price_fen)), version=Long(live.version),
                   updated_at=live.updated_at)


@strawberry.type(name="Nozzle", description="A nozzle, numbered across its station. Requires VIEW_FORECOURT.")
class NozzleType(Node):
    pk: strawberry.Private[uuid.UUID]
    station_id: strawberry.Private[uuid.UUID]
    grade_id: strawberry.Private[uuid.UUID]
    number: int = strawberry.field(description="Nozzle number on the station (what the POS and drivers see).")
    side: str | None = strawberry.field(description="Side of the dispenser, if marked.")

    @strawberry.field(description="The grade this nozzle sells.")
    async def grade(self, info: Info) -> FuelGradeType:
        return FuelGradeType.of(await info.context.loader(FuelGradeByIdLoader).load(self.grade_id))

    @strawberry.field(description="The latest live state (OFFLINE when the nozzle never reported).")
    async def live_state(self, info: Info) -> NozzleLiveStateType:
        states = info.context.loaders.get(("live", self.station_id))
        if states is None:
            states = info.context.loaders[("live", self.station_id)] = await snapshot(info.context.redis,
                                                                                     self.station_id)
        return NozzleLiveStateType.of(states.get(self.number) or LiveState.offline(self.number))

    @classmethod
    def of(cls, n: Nozzle) -> NozzleType:
        return cls(pk=n.id, station_id=n.station_id, grade_id=n.grade_id, number=n.number, side=n.side)


@strawberry.type(description="The state of a dispenser's serial link.")
class DispenserLink:
    up: bool = strawberry.field(description="True when the station device talks to the dispenser.")
    since: datetime | None = strawberry.field(description="Since when (null: never reported).")


@strawberry.type(name="Dispenser", description="A dispenser on a hub port. Requires VIEW_FORECOURT.")
class DispenserType(Node):
    pk: strawberry.Private[uuid.UUID]
    station_id: strawberry.Private[uuid.UUID]
    number: int = strawberry.field(description="Dispenser number on the station.")
    name: str = strawberry.field(description="Name.")
    hub_port: int = strawberry.field(description="Port of the hub it is wired to.")
    protocol: ProtocolType = strawberry.field(description="Its serial protocol.")  # type: ignore[valid-type]

    @strawberry.field(description="Its link to the station device.")
    async def link(self, info: Info) -> DispenserLink:
        from api.pumps.links import link_states

        key = ("links", self.station_id)
        if key not in info.context.loaders:
            info.context.loaders[key] = await link_states(info.context.redis, self.station_id)
        state = info.context.loaders[key].get(self.number)
        return DispenserLink(up=state[0], since=state[1]) if state else DispenserLink(up=False, since=None)

    @strawberry.field(description="Its nozzles, by number.")
    async def nozzles(self, info: Info) -> list[NozzleType]:
        return [NozzleType.of(n) for n in await info.context.loader(NozzlesByDispenserIdLoader).load(self.pk)]

    @classmethod
    def of(cls, d: Dispenser) -> DispenserType:
        return cls(pk=d.id, station_id=d.station_id, number=d.number, name=d.name, hub_port=d.hub_port,
                   protocol=d.protocol)


@strawberry.type(description="One nozzle's state, as delivered to a subscriber.")
class NozzleStatus:
    nozzle: NozzleType = strawberry.field(description="The nozzle.")
    state: NozzleStateType = strawberry.field(description="What it is doing.")  # type: ignore[valid-type]
    amount: Money = strawberry.field(description="Running amount.")
    volume: Volume = strawberry.field(description="Running volume.")
    unit_price: Money = strawberry.field(description="Unit price per litre.")
    version: Long = strawberry.field(description="Version (per station) of this state; 0 = never reported.")
    updated_at: datetime = strawberry.field(description="When the platform received it.")

    @classmethod
    def of(cls, nozzle: NozzleType, live: LiveState) -> NozzleStatus:
        return cls(nozzle=nozzle, state=live.state, amount=Money(fen=Long(live.amount_fen)),
                   volume=Volume(ml=Long(live.volume_ml)), unit_price=Money(fen=Long(live.unit_price_fen)),
                   version=Long(live.version), updated_at=live.updated_at)
