"""The fleet administrator's own operations (车队自助, mini-program, member token only): the fleets you
administer with their balances and vehicles, a fleet's monthly statement, and your vehicles' limits, grades,
frozen state and plates. Every change goes through `api.fleets.service` with `administrator=True` and is
audited on the fleet with you as the actor; a member who does not administer the fleet is FORBIDDEN and
nothing changes. A staff, device or partner credential is FORBIDDEN here (staff use the fleet mutations)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.errors import DomainError
from api.core.guards import Info
from api.core.node import decode_id, decode_input_id
from api.core.pagination import BadInput
from api.core.scalars import Long
from api.core.user_errors import run_check
from api.driver import access
from api.fleets import administrators, service, statements
from api.fleets.errors import FleetErrorCode
from api.fleets.models import Fleet, FleetVehicle
from api.fleets.types import FleetVehicleType, ViewerFleetStatementType, ViewerFleetType
from api.fleets.user_errors import FleetError

MEMBER = "Requires a member token of one of the fleet's administrators (车队管理员); anyone else is FORBIDDEN."


def _doc(text: str) -> str:
    return f"{text} {MEMBER}"


def _limit(value: Any) -> int | None:
    return int(value) if value is not None else None


@strawberry.input(description="A vehicle's limits (null: no limit) and grades (empty: any).")
class ViewerFleetVehicleLimitsInput:
    id: strawberry.ID = strawberry.field(description="The vehicle.")
    grade_codes: list[str] = strawberry.field(default_factory=list, description="Grades it may buy; empty: any.")
    daily_amount_fen: Long | None = strawberry.field(default=None, description="Most on account per day, in fen.")
    daily_volume_ml: Long | None = strawberry.field(default=None, description="Most millilitres per day.")
    daily_count: int | None = strawberry.field(default=None, description="Most on-account payments per day.")


@strawberry.input(description="Whitelist a plate in a fleet you administer.")
class ViewerFleetVehicleAddInput:
    fleet_id: strawberry.ID = strawberry.field(description="The fleet (viewerFleets).")
    plate: str = strawberry.field(description="Plate number (京A12345).")
    driver_name: str | None = strawberry.field(default=None, description="The usual driver.")
    grade_codes: list[str] = strawberry.field(default_factory=list, description="Grades it may buy; empty: any.")
    daily_amount_fen: Long | None = strawberry.field(default=None, description="Most on account per day, in fen.")
    daily_volume_ml: Long | None = strawberry.field(default=None, description="Most millilitres per day.")
    daily_count: int | None = strawberry.field(default=None, description="Most on-account payments per day.")


@strawberry.input(description="Freeze or unfreeze a vehicle of a fleet you administer.")
class ViewerFleetVehicleStatusInput:
    id: strawberry.ID = strawberry.field(description="The vehicle.")
    reason: str | None = strawberry.field(default=None, description="Why (at most 200 characters; audited).")


@strawberry.input(description="Take a plate off the whitelist of a fleet you administer.")
class ViewerFleetVehicleRemoveInput:
    id: strawberry.ID = strawberry.field(description="The vehicle.")


@strawberry.type(description="Result of a fleet administrator's vehicle change.")
class ViewerFleetVehiclePayload:
    vehicle: FleetVehicleType | None = strawberry.field(default=None, description="The vehicle after the change "
                                                                                  "(null once removed).")
    fleet: ViewerFleetType | None = strawberry.field(default=None, description="Its fleet.")
    errors: list[FleetError] = strawberry.field(description="Why nothing changed.")


async def _fleet(session: AsyncSession, fleet_id: Any) -> ViewerFleetType:
    fleet = await session.get(Fleet, fleet_id)
    assert fleet is not None
    return ViewerFleetType.of(fleet)


async def _vehicle_change(info: Info, work_in: Any) -> ViewerFleetVehiclePayload:
    actor = access.member(info)

    async def work() -> dict[str, Any]:
        async with access.transaction(info, actor) as session:
            vehicle: FleetVehicle | None
            vehicle, fleet_id = await work_in(session, actor)
            return {"vehicle": FleetVehicleType.of(vehicle) if vehicle is not None else None,
                    "fleet": await _fleet(session, fleet_id)}

    return await run_check(work, ViewerFleetVehiclePayload, FleetError, FleetErrorCode)


@strawberry.type
class ViewerFleetQuery:
    @strawberry.field(description=_doc("The fleets you administer (empty when none), by name, with their balances "
                                       "and vehicles."))
    async def viewer_fleets(self, info: Info) -> list[ViewerFleetType]:
        actor = access.member(info)
        async with access.read(info, actor) as session:
            rows = await administrators.administered_fleets(session, actor)
        return [ViewerFleetType.of(f) for f in rows]

    @strawberry.field(description=_doc("One fleet you administer, with its balances and vehicles."))
    async def viewer_fleet(self, info: Info, id: strawberry.ID) -> ViewerFleetType:
        actor = access.member(info)
        pk = decode_id(id, "Fleet")
        async with access.read(info, actor) as session:
            try:
                fleet = await administrators.administered_fleet(session, actor, pk)
            except DomainError as error:
                raise BadInput(error.problems[0].message, "id") from error
        return ViewerFleetType.of(fleet)

    @strawberry.field(description=_doc("A fleet's monthly statement (month as 2026-01, in its station's time "
                                       "zone): balances at the start and end, orders paid on account, money "
                                       "received and adjustments."))
    async def viewer_fleet_statement(self, info: Info, fleet_id: strawberry.ID, month: str) -> ViewerFleetStatementType:
        actor = access.member(info)
        pk = decode_id(fleet_id, "Fleet", "fleetId")
        async with access.read(info, actor) as session:
            try:
                fleet = await administrators.administered_fleet(session, actor, pk)
                statement = await statements.build_statement(session, fleet, month)
            except DomainError as error:
                raise BadInput(error.problems[0].message, error.problems[0].field or "month") from error
        return ViewerFleetStatementType.of(statement)


@strawberry.type
class ViewerFleetMutation:
    @strawberry.mutation(description=_doc("Set a vehicle's daily limits and grades (audited with the values before "
                                          "and after); allowed while the fleet is frozen."))
    async def viewer_fleet_vehicle_limits_set(self, info: Info,
                                              input: ViewerFleetVehicleLimitsInput) -> ViewerFleetVehiclePayload:
        async def work(session: AsyncSession, actor: Any) -> tuple[FleetVehicle, Any]:
            vehicle_id = decode_input_id(input.id, "FleetVehicle", "id")
            vehicle = await service.change_vehicle(session, actor, vehicle_id, lambda f: replace(
                f, grade_codes=list(input.grade_codes), daily_amount_fen=_limit(input.daily_amount_fen),
                daily_volume_ml=_limit(input.daily_volume_ml), daily_count=input.daily_count), administrator=True)
            return vehicle, vehicle.fleet_id

        return await _vehicle_change(info, work)

    @strawberry.mutation(description=_doc("Freeze a vehicle (车辆冻结): it may no longer pay on account, e.g. its "
                                          "driver left. Audited with the reason."))
    async def viewer_fleet_vehicle_freeze(self, info: Info,
                                          input: ViewerFleetVehicleStatusInput) -> ViewerFleetVehiclePayload:
        return await _status(info, input, frozen=True)

    @strawberry.mutation(description=_doc("Unfreeze a vehicle. Audited with the reason."))
    async def viewer_fleet_vehicle_unfreeze(self, info: Info,
                                            input: ViewerFleetVehicleStatusInput) -> ViewerFleetVehiclePayload:
        return await _status(info, input, frozen=False)

    @strawberry.mutation(description=_doc("Whitelist a plate (a plate is in at most one fleet), with its limits; "
                                          "audited."))
    async def viewer_fleet_vehicle_add(self, info: Info,
                                       input: ViewerFleetVehicleAddInput) -> ViewerFleetVehiclePayload:
        async def work(session: AsyncSession, actor: Any) -> tuple[FleetVehicle, Any]:
            fleet_id = decode_input_id(input.fleet_id, "Fleet", "fleetId")
            vehicle = await service.save_vehicle(session, actor, fleet_id, None, service.VehicleFields(
                plate=input.plate, driver_name=input.driver_name, grade_codes=list(input.grade_codes),
                daily_amount_fen=_limit(input.daily_amount_fen), daily_volume_ml=_limit(input.daily_volume_ml),
                daily_count=input.daily_count), administrator=True)
            return vehicle, fleet_id

        return await _vehicle_change(info, work)

    @strawberry.mutation(description=_doc("Take a plate off the whitelist (one that has paid on account is frozen "
                                          "instead); audited."))
    async def viewer_fleet_vehicle_remove(self, info: Info,
                                          input: ViewerFleetVehicleRemoveInput) -> ViewerFleetVehiclePayload:
        async def work(session: AsyncSession, actor: Any) -> tuple[None, Any]:
            vehicle_id = decode_input_id(input.id, "FleetVehicle", "id")
            fleet = await service.remove_vehicle(session, actor, vehicle_id, administrator=True)
            return None, fleet.id

        return await _vehicle_change(info, work)


async def _status(info: Info, input: ViewerFleetVehicleStatusInput, *, frozen: bool) -> ViewerFleetVehiclePayload:
    async def work(session: AsyncSession, actor: Any) -> tuple[FleetVehicle, Any]:
        vehicle_id = decode_input_id(input.id, "FleetVehicle", "id")
        vehicle = await service.set_vehicle_frozen(session, actor, vehicle_id, frozen, input.reason,
                                                   administrator=True)
        return vehicle, vehicle.fleet_id

    return await _vehicle_change(info, work)
