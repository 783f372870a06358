"""Mutations of the forecourt configuration: grades, tanks, dispensers, nozzles (create and update)."""

from __future__ import annotations

from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.errors import DomainError
from api.core.guards import Info, needs, require
from api.core.ids import InvalidGlobalId, from_global_id
from api.core.node import decode_input_id
from api.core.permissions import Permission
from api.core.user_errors import error_type, run_mutation
from api.pumps import config
from api.pumps.errors import ForecourtConfigErrorCode
from api.pumps.models import Dispenser, FuelGrade, Nozzle, Parity, Tank
from api.pumps.types import DispenserType, FuelGradeType, GradeKindType, NozzleType, ProtocolType

ForecourtConfigError = error_type("ForecourtConfig", ForecourtConfigErrorCode, "a forecourt configuration change")
ParityType = strawberry.enum(Parity, name="SerialParity", description="Serial line parity.")


@strawberry.type(name="Tank", description="An underground tank. Requires VIEW_FORECOURT.")
class TankType:
    grade_id: strawberry.Private[Any]
    number: int = strawberry.field(description="Tank number on the station.")
    capacity_ml: int = strawberry.field(description="Capacity in millilitres.")
    gauge_id: str | None = strawberry.field(description="Tank gauge probe id.")
    id: strawberry.ID = strawberry.field(description="The tank's ID.")

    @strawberry.field(description="The grade it holds.")
    async def grade(self, info: Info) -> FuelGradeType:
        from api.pumps.loaders import FuelGradeByIdLoader

        return FuelGradeType.of(await info.context.loader(FuelGradeByIdLoader).load(self.grade_id))

    @classmethod
    def of(cls, t: Tank) -> TankType:
        from api.core.ids import to_global_id

        return cls(grade_id=t.grade_id, number=t.number, capacity_ml=t.capacity_ml, gauge_id=t.gauge_id,
                   id=strawberry.ID(to_global_id("Tank", t.id)))


@strawberry.input(description="A fuel grade; on update, omitted fields stay as they are.")
class FuelGradeInput:
    id: strawberry.ID | None = strawberry.field(default=None, description="The grade (update only).")
    code: str | None = strawberry.field(default=None, description="National grade code (digits).")
    name: str | None = strawberry.field(default=None, description="Name, e.g. 92#.")
    kind: GradeKindType | None = strawberry.field(default=None, description="Kind.")  # type: ignore[valid-type]
    density_g_per_l: int | None = strawberry.field(default=None, description="Density, g/L.")


@strawberry.input(description="A dispenser; on update, omitted fields stay as they are.")
class DispenserInput:
    id: strawberry.ID | None = strawberry.field(default=None, description="The dispenser (update only).")
    station_id: strawberry.ID | None = strawberry.field(default=None, description="Its station (create only).")
    number: int | None = strawberry.field(default=None, description="Number on the station, 1-99.")
    name: str | None = strawberry.field(default=None, description="Name.")
    hub_port: int | None = strawberry.field(default=None, description="Hub port, 1-64.")
    protocol: ProtocolType | None = strawberry.field(default=None, description="Protocol.")  # type: ignore[valid-type]
    address: int | None = strawberry.field(default=None, description="Bus address, 0-255.")
    baud: int | None = strawberry.field(default=None, description="Baud rate.")
    parity: ParityType | None = strawberry.field(default=None, description="Parity.")  # type: ignore[valid-type]
    data_bits: int | None = strawberry.field(default=None, description="Data bits, 7 or 8.")
    stop_bits: int | None = strawberry.field(default=None, description="Stop bits, 1 or 2.")


@strawberry.input(description="A tank; on update, omitted fields stay as they are.")
class TankInput:
    id: strawberry.ID | None = strawberry.field(default=None, description="The tank (update only).")
    station_id: strawberry.ID | None = strawberry.field(default=None, description="Its station (create only).")
    number: int | None = strawberry.field(default=None, description="Number on the station.")
    grade_id: strawberry.ID | None = strawberry.field(default=None, description="Grade it holds.")
    capacity_ml: int | None = strawberry.field(default=None, description="Capacity in ml.")
    gauge_id: str | None = strawberry.field(default=None, description="Tank gauge probe id.")


@strawberry.input(description="A nozzle; on update, omitted fields stay as they are.")
class NozzleInput:
    id: strawberry.ID | None = strawberry.field(default=None, description="The nozzle (update only).")
    dispenser_id: strawberry.ID | None = strawberry.field(default=None, description="Its dispenser (create only).")
    number: int | None = strawberry.field(default=None, description="Number on the station, 1-99.")
    side: str | None = strawberry.field(default=None, description="Side of the dispenser.")
    grade_id: strawberry.ID | None = strawberry.field(default=None, description="Grade it sells.")
    tank_id: strawberry.ID | None = strawberry.field(default=None, description="Tank it draws from (same grade).")


@strawberry.input(description="The grade, tank, dispenser or nozzle to delete.")
class ForecourtConfigDeleteInput:
    id: strawberry.ID = strawberry.field(description="Its ID.")


@strawberry.type(description="Result of a forecourt configuration change.")
class ForecourtConfigPayload:
    grade: FuelGradeType | None = strawberry.field(default=None, description="The grade, for grade mutations.")
    dispenser: DispenserType | None = strawberry.field(default=None, description="The dispenser, for dispensers.")
    tank: TankType | None = strawberry.field(default=None, description="The tank, for tank mutations.")
    nozzle: NozzleType | None = strawberry.field(default=None, description="The nozzle, for nozzle mutations.")
    errors: list[ForecourtConfigError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


def _id(value: strawberry.ID | None, type_name: str, field: str) -> Any:
    return decode_input_id(value, type_name, field) if value else None


@strawberry.type
class ForecourtConfigMutation:
    @strawberry.mutation(description=needs("Create or update (with `id`) a fuel grade; company-wide; audited.",
                                           Permission.MANAGE_PUMPS))
    async def fuel_grade_save(self, info: Info, input: FuelGradeInput) -> ForecourtConfigPayload:
        actor = require(info, Permission.MANAGE_PUMPS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            fields = config.GradeFields(code=input.code, name=input.name, kind=input.kind,
                                        density_g_per_l=input.density_g_per_l)
            grade = await config.save_grade(session, actor, _id(input.id, "FuelGrade", "id"), fields)
            return {"grade": FuelGradeType.of(grade)}

        return await run_mutation(info.context, work, ForecourtConfigPayload, ForecourtConfigError,
                                  ForecourtConfigErrorCode)

    @strawberry.mutation(description=needs("Create or update (with `id`) a dispenser; audited.",
                                           Permission.MANAGE_PUMPS))
    async def dispenser_save(self, info: Info, input: DispenserInput) -> ForecourtConfigPayload:
        actor = require(info, Permission.MANAGE_PUMPS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            fields = config.DispenserFields(
                number=input.number, name=input.name, hub_port=input.hub_port, protocol=input.protocol,
                address=input.address, baud=input.baud, parity=input.parity, data_bits=input.data_bits,
                stop_bits=input.stop_bits)
            dispenser = await config.save_dispenser(session, actor, _id(input.id, "Dispenser", "id"),
                                                    _id(input.station_id, "Station", "stationId"), fields)
            return {"dispenser": DispenserType.of(dispenser)}

        return await run_mutation(info.context, work, ForecourtConfigPayload, ForecourtConfigError,
                                  ForecourtConfigErrorCode)

    @strawberry.mutation(description=needs("Create or update (with `id`) a tank; audited.", Permission.MANAGE_PUMPS))
    async def tank_save(self, info: Info, input: TankInput) -> ForecourtConfigPayload:
        actor = require(info, Permission.MANAGE_PUMPS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            fields = config.TankFields(number=input.number, grade_id=_id(input.grade_id, "FuelGrade", "gradeId"),
                                       capacity_ml=input.capacity_ml, gauge_id=input.gauge_id)
            tank = await config.save_tank(session, actor, _id(input.id, "Tank", "id"),
                                          _id(input.station_id, "Station", "stationId"), fields)
            return {"tank": TankType.of(tank)}

        return await run_mutation(info.context, work, ForecourtConfigPayload, ForecourtConfigError,
                                  ForecourtConfigErrorCode)

    @strawberry.mutation(description=needs("Create or update (with `id`) a nozzle; audited.", Permission.MANAGE_PUMPS))
    async def nozzle_save(self, info: Info, input: NozzleInput) -> ForecourtConfigPayload:
        actor = require(info, Permission.MANAGE_PUMPS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            fields = config.NozzleFields(number=input.number, side=input.side,
                                         grade_id=_id(input.grade_id, "FuelGrade", "gradeId"),
                                         tank_id=_id(input.tank_id, "Tank", "tankId"))
            nozzle = await config.save_nozzle(session, actor, _id(input.id, "Nozzle", "id"),
                                              _id(input.dispenser_id, "Dispenser", "dispenserId"), fields)
            return {"nozzle": NozzleType.of(nozzle)}

        return await run_mutation(info.context, work, ForecourtConfigPayload, ForecourtConfigError,
                                  ForecourtConfigErrorCode)


_DELETABLE = {"FuelGrade": FuelGrade, "Tank": Tank, "Dispenser": Dispenser, "Nozzle": Nozzle}


@strawberry.type
class ForecourtConfigDeleteMutation:
    @strawberry.mutation(description=needs("Delete a grade, tank, dispenser or nozzle that nothing refers to any more "
                                           "(a nozzle with sales, a dispenser with nozzles... is refused); audited.",
                                           Permission.MANAGE_PUMPS))
    async def forecourt_config_delete(self, info: Info, input: ForecourtConfigDeleteInput) -> ForecourtConfigPayload:
        actor = require(info, Permission.MANAGE_PUMPS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            try:
                type_name, pk = from_global_id(str(input.id), tuple(_DELETABLE))
            except InvalidGlobalId:
                raise DomainError(ForecourtConfigErrorCode.NOT_FOUND, "对象不存在或 ID 无效", field="id") from None
            await config.delete_config(session, actor, _DELETABLE[type_name], pk)
            return {}

        return await run_mutation(info.context, work, ForecourtConfigPayload, ForecourtConfigError,
                                  ForecourtConfigErrorCode)
