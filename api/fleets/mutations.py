"""Mutations of fleets: the fleet, its vehicles and its administrators (MANAGE_FLEETS), money received
(MANAGE_FLEETS), and adjustments requested (MANAGE_FLEETS) then approved or rejected by another person
(ADJUST_BALANCES), each within the fleet's responsible station; and the administrators' own vehicle changes
(`api.fleets.viewer`, member token)."""

from __future__ import annotations

from datetime import date
from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.guards import Info, needs, require
from api.core.node import decode_input_id
from api.core.permissions import Permission
from api.core.scalars import Long
from api.core.user_errors import run_mutation
from api.fleets import administrators, funds, service
from api.fleets.errors import FleetAdjustmentErrorCode, FleetErrorCode, FleetFundsErrorCode
from api.fleets.models import Fleet, FleetAdjustmentKind, FleetReceiptKind, FleetStatus
from api.fleets.types import (
    FleetAdjustmentKindType,
    FleetAdjustmentType,
    FleetReceiptType,
    FleetType,
    FleetVehicleType,
)
from api.fleets.user_errors import FleetAdjustmentError, FleetError, FleetFundsError
from api.fleets.viewer import ViewerFleetMutation


@strawberry.input(description="A contact person.")
class FleetContactInput:
    name: str = strawberry.field(description="Name.")
    phone: str | None = strawberry.field(default=None, description="Phone (stored encrypted).")
    title: str | None = strawberry.field(default=None, description="Position.")


@strawberry.input(description="Create a fleet (no id) or change one; the credit limit and balances change only "
                              "through adjustments.")
class FleetSaveInput:
    name: str = strawberry.field(description="Company name (2-100 characters).")
    tax_number: str = strawberry.field(description="Unified social credit code: 18 characters with its check "
                                                   "character.")
    station_id: strawberry.ID = strawberry.field(description="The responsible station.")
    id: strawberry.ID | None = strawberry.field(default=None, description="The fleet to change.")
    contacts: list[FleetContactInput] | None = strawberry.field(default=None, description="Contacts (at most 5; "
                                                                                         "replaces the list).")
    remark: str | None = strawberry.field(default=None, description="Remark.")


@strawberry.input(description="Freeze or unfreeze a fleet.")
class FleetStatusInput:
    id: strawberry.ID = strawberry.field(description="The fleet.")
    reason: str = strawberry.field(description="Why (2-200 characters; audited).")


@strawberry.input(description="Whitelist a vehicle (no id) or change one; a limit left null is no limit.")
class FleetVehicleSaveInput:
    fleet_id: strawberry.ID = strawberry.field(description="The fleet.")
    plate: str = strawberry.field(description="Plate number.")
    id: strawberry.ID | None = strawberry.field(default=None, description="The vehicle to change.")
    driver_name: str | None = strawberry.field(default=None, description="The usual driver.")
    grade_codes: list[str] | None = strawberry.field(default=None, description="Grades it may buy; empty: any.")
    daily_amount_fen: Long | None = strawberry.field(default=None, description="Most on account per day, in fen.")
    daily_volume_ml: Long | None = strawberry.field(default=None, description="Most millilitres per day.")
    daily_count: int | None = strawberry.field(default=None, description="Most on-account payments per day.")
    frozen: bool = strawberry.field(default=False, description="Frozen: may not pay on account.")


@strawberry.input(description="Take a vehicle off the whitelist.")
class FleetVehicleRemoveInput:
    id: strawberry.ID = strawberry.field(description="The vehicle.")


@strawberry.input(description="Name a member, by the phone they registered with, an administrator of a fleet.")
class FleetAdministratorAddInput:
    fleet_id: strawberry.ID = strawberry.field(description="The fleet.")
    phone: str = strawberry.field(description="The member's mobile number.")


@strawberry.input(description="Remove an administrator of a fleet.")
class FleetAdministratorRemoveInput:
    id: strawberry.ID = strawberry.field(description="The administrator (Fleet.administrators).")


@strawberry.input(description="Money received from a fleet by bank transfer.")
class FleetReceiptInput:
    fleet_id: strawberry.ID = strawberry.field(description="The fleet.")
    amount_fen: Long = strawberry.field(description="Amount, in fen.")
    bank_reference: str = strawberry.field(description="The bank's transaction number.")
    received_on: date = strawberry.field(description="When the bank received it.")
    idempotency_key: str = strawberry.field(description="Unique per receipt (8-128 characters); a retry with the "
                                                        "same key and body returns the first result.")
    remark: str | None = strawberry.field(default=None, description="Remark.")


@strawberry.input(description="Ask for an adjustment; it is applied once another person approves it.")
class FleetAdjustmentRequestInput:
    fleet_id: strawberry.ID = strawberry.field(description="The fleet.")
    kind: FleetAdjustmentKindType = strawberry.field(description="What to adjust.")  # type: ignore[valid-type]
    amount_fen: Long = strawberry.field(description="CREDIT_LIMIT: the new limit; PREPAID/GRANTED: the signed "
                                                    "correction, in fen.")
    reason: str = strawberry.field(description="Why (2-200 characters).")
    idempotency_key: str = strawberry.field(description="Unique per request (8-128 characters).")


@strawberry.input(description="Approve or reject a pending adjustment (not your own).")
class FleetAdjustmentDecisionInput:
    id: strawberry.ID = strawberry.field(description="The adjustment.")
    note: str | None = strawberry.field(default=None, description="A note (required to reject).")


@strawberry.type(description="Result of a fleet change.")
class FleetPayload:
    fleet: FleetType | None = strawberry.field(default=None, description="The fleet after the change.")
    errors: list[FleetError] = strawberry.field(description="Why nothing changed.")


@strawberry.type(description="Result of a vehicle change.")
class FleetVehiclePayload:
    vehicle: FleetVehicleType | None = strawberry.field(default=None, description="The vehicle.")
    fleet: FleetType | None = strawberry.field(default=None, description="Its fleet.")
    errors: list[FleetError] = strawberry.field(description="Why nothing changed.")


@strawberry.type(description="Result of recording money received.")
class FleetReceiptPayload:
    receipt: FleetReceiptType | None = strawberry.field(default=None, description="The receipt recorded.")
    fleet: FleetType | None = strawberry.field(default=None, description="The fleet, with its new balances.")
    errors: list[FleetFundsError] = strawberry.field(description="Why nothing changed.")


@strawberry.type(description="Result of an adjustment request or decision.")
class FleetAdjustmentPayload:
    adjustment: FleetAdjustmentType | None = strawberry.field(default=None, description="The adjustment.")
    fleet: FleetType | None = strawberry.field(default=None, description="The fleet, with its balances.")
    replay: bool = strawberry.field(default=False, description="True when this repeated an earlier request.")
    errors: list[FleetAdjustmentError] = strawberry.field(
        description="Why nothing changed.")


async def _fleet(session: AsyncSession, fleet_id: Any) -> FleetType:
    fleet = await session.get(Fleet, fleet_id)
    assert fleet is not None
    return FleetType.of(fleet)


async def _receipt(info: Info, input: FleetReceiptInput, kind: FleetReceiptKind) -> FleetReceiptPayload:
    actor = require(info, Permission.MANAGE_FLEETS)

    async def work(session: AsyncSession) -> dict[str, Any]:
        fleet_id = decode_input_id(input.fleet_id, "Fleet", "fleetId")
        row = await funds.record_receipt(session, actor, fleet_id, funds.Receipt(
            kind=kind, amount_fen=int(input.amount_fen), bank_reference=input.bank_reference,
            received_on=input.received_on, idempotency_key=input.idempotency_key, remark=input.remark))
        return {"receipt": FleetReceiptType.of(row), "fleet": await _fleet(session, row.fleet_id)}

    return await run_mutation(info.context, work, FleetReceiptPayload, FleetFundsError, FleetFundsErrorCode)


async def _decide(info: Info, input: FleetAdjustmentDecisionInput, approve: bool) -> FleetAdjustmentPayload:
    actor = require(info, Permission.ADJUST_BALANCES)

    async def work(session: AsyncSession) -> dict[str, Any]:
        adjustment_id = decode_input_id(input.id, "FleetAdjustment", "id")
        decide = funds.approve_adjustment if approve else funds.reject_adjustment
        row = await decide(session, actor, adjustment_id, input.note)
        return {"adjustment": FleetAdjustmentType.of(row), "fleet": await _fleet(session, row.fleet_id)}

    return await run_mutation(info.context, work, FleetAdjustmentPayload, FleetAdjustmentError,
                              FleetAdjustmentErrorCode)


async def _status(info: Info, input: FleetStatusInput, status: FleetStatus) -> FleetPayload:
    actor = require(info, Permission.MANAGE_FLEETS)

    async def work(session: AsyncSession) -> dict[str, Any]:
        fleet_id = decode_input_id(input.id, "Fleet", "id")
        return {"fleet": FleetType.of(await service.set_fleet_status(session, actor, fleet_id, status,
                                                                     input.reason))}

    return await run_mutation(info.context, work, FleetPayload, FleetError, FleetErrorCode)


@strawberry.type
class FleetMutation(ViewerFleetMutation):
    @strawberry.mutation(description=needs("Create or change a fleet (audited with the values before and after).",
                                           Permission.MANAGE_FLEETS))
    async def fleet_save(self, info: Info, input: FleetSaveInput) -> FleetPayload:
        actor = require(info, Permission.MANAGE_FLEETS)
        data_key = info.context.settings.data_key

        async def work(session: AsyncSession) -> dict[str, Any]:
            fleet_id = decode_input_id(input.id, "Fleet", "id") if input.id else None
            fields = service.FleetFields(
                name=input.name, tax_number=input.tax_number,
                station_id=decode_input_id(input.station_id, "Station", "stationId"),
                contacts=[service.Contact(c.name, c.phone, c.title) for c in input.contacts or []],
                remark=input.remark)
            return {"fleet": FleetType.of(await service.save_fleet(session, actor, data_key, fleet_id, fields))}

        return await run_mutation(info.context, work, FleetPayload, FleetError, FleetErrorCode)

    @strawberry.mutation(description=needs("Freeze a fleet: its vehicles may no longer pay on account.",
                                           Permission.MANAGE_FLEETS))
    async def fleet_freeze(self, info: Info, input: FleetStatusInput) -> FleetPayload:
        return await _status(info, input, FleetStatus.FROZEN)

    @strawberry.mutation(description=needs("Unfreeze a fleet.", Permission.MANAGE_FLEETS))
    async def fleet_unfreeze(self, info: Info, input: FleetStatusInput) -> FleetPayload:
        return await _status(info, input, FleetStatus.NORMAL)

    @strawberry.mutation(description=needs("Whitelist a vehicle or change its limits or frozen state (audited on "
                                           "the fleet).", Permission.MANAGE_FLEETS))
    async def fleet_vehicle_save(self, info: Info, input: FleetVehicleSaveInput) -> FleetVehiclePayload:
        actor = require(info, Permission.MANAGE_FLEETS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            fleet_id = decode_input_id(input.fleet_id, "Fleet", "fleetId")
            vehicle_id = decode_input_id(input.id, "FleetVehicle", "id") if input.id else None
            vehicle = await service.save_vehicle(session, actor, fleet_id, vehicle_id, service.VehicleFields(
                plate=input.plate, driver_name=input.driver_name, grade_codes=list(input.grade_codes or []),
                daily_amount_fen=int(input.daily_amount_fen) if input.daily_amount_fen is not None else None,
                daily_volume_ml=int(input.daily_volume_ml) if input.daily_volume_ml is not None else None,
                daily_count=input.daily_count, frozen=input.frozen))
            return {"vehicle": FleetVehicleType.of(vehicle), "fleet": await _fleet(session, fleet_id)}

        return await run_mutation(info.context, work, FleetVehiclePayload, FleetError, FleetErrorCode)

    @strawberry.mutation(description=needs("Take a vehicle off the whitelist (one that has spent on account is "
                                           "frozen instead).", Permission.MANAGE_FLEETS))
    async def fleet_vehicle_remove(self, info: Info, input: FleetVehicleRemoveInput) -> FleetPayload:
        actor = require(info, Permission.MANAGE_FLEETS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            vehicle_id = decode_input_id(input.id, "FleetVehicle", "id")
            return {"fleet": FleetType.of(await service.remove_vehicle(session, actor, vehicle_id))}

        return await run_mutation(info.context, work, FleetPayload, FleetError, FleetErrorCode)

    @strawberry.mutation(description=needs("Name a registered member (by phone) an administrator of a fleet "
                                           "(车队管理员): from the mini-program they see its balances, vehicles "
                                           "and statements and set its vehicles' limits (audited).",
                                           Permission.MANAGE_FLEETS))
    async def fleet_administrator_add(self, info: Info, input: FleetAdministratorAddInput) -> FleetPayload:
        actor = require(info, Permission.MANAGE_FLEETS)
        data_key = info.context.settings.data_key

        async def work(session: AsyncSession) -> dict[str, Any]:
            fleet_id = decode_input_id(input.fleet_id, "Fleet", "fleetId")
            await administrators.add_administrator(session, actor, data_key, fleet_id, input.phone)
            return {"fleet": await _fleet(session, fleet_id)}

        return await run_mutation(info.context, work, FleetPayload, FleetError, FleetErrorCode)

    @strawberry.mutation(description=needs("Remove an administrator of a fleet (audited).", Permission.MANAGE_FLEETS))
    async def fleet_administrator_remove(self, info: Info, input: FleetAdministratorRemoveInput) -> FleetPayload:
        actor = require(info, Permission.MANAGE_FLEETS)
        data_key = info.context.settings.data_key

        async def work(session: AsyncSession) -> dict[str, Any]:
            administrator_id = decode_input_id(input.id, "FleetAdministrator", "id")
            return {"fleet": FleetType.of(await administrators.remove_administrator(session, actor, data_key,
                                                                                     administrator_id))}

        return await run_mutation(info.context, work, FleetPayload, FleetError, FleetErrorCode)

    @strawberry.mutation(description=needs("Record a bank transfer into a fleet's prepaid balance (idempotent on "
                                           "its key).", Permission.MANAGE_FLEETS))
    async def fleet_top_up(self, info: Info, input: FleetReceiptInput) -> FleetReceiptPayload:
        return await _receipt(info, input, FleetReceiptKind.TOP_UP)

    @strawberry.mutation(description=needs("Record a payment received against a fleet's credit used (at most what "
                                           "is used; idempotent on its key).", Permission.MANAGE_FLEETS))
    async def fleet_payment_record(self, info: Info, input: FleetReceiptInput) -> FleetReceiptPayload:
        return await _receipt(info, input, FleetReceiptKind.PAYMENT)

    @strawberry.mutation(description=needs("Ask for a change of a fleet's credit limit or balance; nothing moves "
                                           "until another person approves it.", Permission.MANAGE_FLEETS))
    async def fleet_adjustment_request(self, info: Info, input: FleetAdjustmentRequestInput) -> FleetAdjustmentPayload:
        actor = require(info, Permission.MANAGE_FLEETS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            fleet_id = decode_input_id(input.fleet_id, "Fleet", "fleetId")
            row, replay = await funds.request_adjustment(
                session, actor, fleet_id, kind=FleetAdjustmentKind(input.kind), amount_fen=int(input.amount_fen),
                reason=input.reason, idempotency_key=input.idempotency_key)
            return {"adjustment": FleetAdjustmentType.of(row), "fleet": await _fleet(session, fleet_id),
                    "replay": replay}

        return await run_mutation(info.context, work, FleetAdjustmentPayload, FleetAdjustmentError,
                                  FleetAdjustmentErrorCode)

    @strawberry.mutation(description=needs("Approve someone else's pending adjustment: it is applied through the "
                                           "ledger, once.", Permission.ADJUST_BALANCES))
    async def fleet_adjustment_approve(self, info: Info, input: FleetAdjustmentDecisionInput) -> FleetAdjustmentPayload:
        return await _decide(info, input, approve=True)

    @strawberry.mutation(description=needs("Reject someone else's pending adjustment, with a note: nothing moves.",
                                           Permission.ADJUST_BALANCES))
    async def fleet_adjustment_reject(self, info: Info, input: FleetAdjustmentDecisionInput) -> FleetAdjustmentPayload:
        return await _decide(info, input, approve=False)
