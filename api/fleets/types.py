"""GraphQL types of fleets. A fleet and what hangs off it are shown to VIEW_FLEETS at its responsible
station; contacts' phones are masked unless the viewer holds VIEW_PHONE_NUMBERS."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import strawberry

from api.audit.schema import AuditLogType
from api.core.actors import ActorKind
from api.core.clock import utcnow
from api.core.guards import Info
from api.core.ids import to_global_id
from api.core.node import Node
from api.core.permissions import Permission
from api.core.personal_data import mask_mobile
from api.core.scalars import Long, Money, Volume
from api.driver import access
from api.fleets import statements
from api.fleets.funds import Balances
from api.fleets.loaders import (
    AdjustmentsByFleetIdLoader,
    AdministratorsByFleetIdLoader,
    FleetBalancesByFleetIdLoader,
    FleetByIdLoader,
    GradesByCompanyIdLoader,
    HistoryByFleetIdLoader,
    ReceiptsByFleetIdLoader,
    UsageByVehicleDayLoader,
    VehicleCountByFleetIdLoader,
    VehiclesByFleetIdLoader,
)
from api.fleets.models import (
    Fleet,
    FleetAdjustment,
    FleetAdjustmentKind,
    FleetAdjustmentStatus,
    FleetAdministrator,
    FleetReceipt,
    FleetReceiptKind,
    FleetStatus,
    FleetVehicle,
    FleetVehicleStatus,
)
from api.fleets.service import contact_view
from api.members.loaders import StaffUserByIdLoader
from api.members.models import Member
from api.members.service import phone_of
from api.stations.loaders import StationByIdLoader
from api.stations.types import StationType

FleetStatusType = strawberry.enum(FleetStatus, name="FleetStatus",
                                  description="NORMAL, or FROZEN (no spending on account).")
FleetVehicleStatusType = strawberry.enum(FleetVehicleStatus, name="FleetVehicleStatus",
                                         description="ACTIVE, or FROZEN (may not pay on account).")
FleetAdjustmentKindType = strawberry.enum(FleetAdjustmentKind, name="FleetAdjustmentKind", description=(
    "CREDIT_LIMIT: set the credit line to the amount; PREPAID / GRANTED: correct that balance by the signed "
    "amount (GRANTED also grants rebates)."))
FleetAdjustmentStatusType = strawberry.enum(FleetAdjustmentStatus, name="FleetAdjustmentStatus",
                                            description="PENDING approval, APPROVED (applied) or REJECTED.")
FleetReceiptKindType = strawberry.enum(FleetReceiptKind, name="FleetReceiptKind",
                                       description="TOP_UP (into the prepaid balance) or PAYMENT (of credit used).")


def money(fen: int) -> Money:
    return Money(fen=Long(fen))


def load(info: Info, factory: Callable[[Any], Any]) -> Any:
    """The request's loader: over the member's company for a member token (the fleet's administrator),
    under the actor's row scope otherwise."""
    actor = info.context.actor
    if actor is not None and actor.kind is ActorKind.MEMBER:
        return access.loader(info, actor, factory)
    return info.context.loader(factory)


async def local_today(info: Info, fleet_id: uuid.UUID) -> date:
    """Today at the fleet's responsible station."""
    fleet = await load(info, FleetByIdLoader).load(fleet_id)
    station = await load(info, StationByIdLoader).load(fleet.station_id) if fleet is not None else None
    return utcnow().astimezone(ZoneInfo((station.time_zone if station else None) or "Asia/Shanghai")).date()


def _volume(ml: int | None) -> Volume | None:
    return None if ml is None else Volume(ml=Long(ml))


async def _staff_name(info: Info, user_id: uuid.UUID | None) -> str | None:
    if user_id is None:
        return None
    user = await info.context.loader(StaffUserByIdLoader).load(user_id)
    return str(user.name) if user is not None else None


@strawberry.type(name="FleetBalances", description="A fleet's money, from the ledger.")
class FleetBalancesType:
    prepaid: Money = strawberry.field(description="Prepaid balance (预存余额), spent first.")
    granted: Money = strawberry.field(description="Granted balance (赠送余额, e.g. rebates), spent second.")
    credit_limit: Money = strawberry.field(description="Credit line (授信额度).")
    credit_available: Money = strawberry.field(description="Credit still available (剩余可欠款).")
    credit_used: Money = strawberry.field(description="Credit used, owed by the fleet (欠款).")
    spendable: Money = strawberry.field(description="What its vehicles may still spend on account.")

    @classmethod
    def of(cls, b: Balances) -> FleetBalancesType:
        return cls(prepaid=money(b.prepaid_fen), granted=money(b.granted_fen), credit_limit=money(b.credit_limit_fen),
                   credit_available=money(b.credit_available_fen), credit_used=money(b.credit_used_fen),
                   spendable=money(b.spendable_fen))


@strawberry.type(name="FleetContact", description="A contact person of a fleet.")
class FleetContactType:
    name: str = strawberry.field(description="Name.")
    title: str | None = strawberry.field(description="Position (职务).")
    phone: str | None = strawberry.field(description="Phone, masked unless you hold VIEW_PHONE_NUMBERS.")


@strawberry.type(name="FleetVehicleUsage", description="What a vehicle spent on account in a day.")
class FleetVehicleUsageType:
    count: int = strawberry.field(description="On-account payments.")
    amount: Money = strawberry.field(description="Amount paid on account.")
    volume: Volume = strawberry.field(description="Litres of fuel.")


@strawberry.type(name="FleetAdministrator", description="A member who administers a fleet from the mini-program "
                                                        "(车队管理员).")
class FleetAdministratorType(Node):
    pk: strawberry.Private[uuid.UUID]
    stored_phone: strawberry.Private[str | None]
    member_number: str = strawberry.field(description="The member's number.")
    name: str | None = strawberry.field(description="The member's name.")
    created_at: datetime = strawberry.field(description="When they were named.")

    @strawberry.field(description="The member's phone, masked unless you hold VIEW_PHONE_NUMBERS.")
    def phone(self, info: Info) -> str | None:
        actor = info.context.actor
        if self.stored_phone is None or (actor is not None and actor.has(Permission.VIEW_PHONE_NUMBERS)):
            return self.stored_phone
        return mask_mobile(self.stored_phone)

    @classmethod
    def of(cls, data_key: str, row: FleetAdministrator, member: Member) -> FleetAdministratorType:
        return cls(pk=row.id, stored_phone=phone_of(data_key, member), member_number=member.number,
                   name=member.name, created_at=row.created_at)


@strawberry.type(name="FleetVehicle", description="A whitelisted vehicle of a fleet with its limits (null: none).")
class FleetVehicleType(Node):
    pk: strawberry.Private[uuid.UUID]
    fleet_id: strawberry.Private[uuid.UUID]
    plate: str = strawberry.field(description="Plate number, normalised.")
    driver_name: str | None = strawberry.field(description="The usual driver.")
    status: FleetVehicleStatusType = strawberry.field(description="ACTIVE or FROZEN.")  # type: ignore[valid-type]
    grade_codes: list[str] = strawberry.field(description="Grades it may buy on account; empty: any.")
    daily_amount: Money | None = strawberry.field(description="Most it may spend on account per day.")
    daily_volume: Volume | None = strawberry.field(description="Most litres it may take per day on account.")
    daily_count: int | None = strawberry.field(description="Most on-account payments per day.")

    @strawberry.field(description="What it spent on account today (the responsible station's day).")
    async def today(self, info: Info) -> FleetVehicleUsageType:
        day = await local_today(info, self.fleet_id)
        count, fen, ml = await load(info, UsageByVehicleDayLoader).load((self.pk, day))
        return FleetVehicleUsageType(count=count, amount=money(fen), volume=Volume(ml=Long(ml)))

    @classmethod
    def of(cls, v: FleetVehicle) -> FleetVehicleType:
        return cls(pk=v.id, fleet_id=v.fleet_id, plate=v.plate, driver_name=v.driver_name, status=v.status,
                   grade_codes=list(v.grade_codes or []),
                   daily_amount=money(v.daily_amount_fen) if v.daily_amount_fen is not None else None,
                   daily_volume=_volume(v.daily_volume_ml), daily_count=v.daily_count)


@strawberry.type(name="FleetReceipt", description="Money received from a fleet by bank transfer.")
class FleetReceiptType(Node):
    pk: strawberry.Private[uuid.UUID]
    kind: FleetReceiptKindType = strawberry.field(description="Top-up or payment.")  # type: ignore[valid-type]
    amount: Money = strawberry.field(description="Amount.")
    bank_reference: str = strawberry.field(description="The bank's transaction number.")
    received_on: date = strawberry.field(description="When the bank received it.")
    remark: str | None = strawberry.field(description="Remark.")
    created_at: datetime = strawberry.field(description="When it was recorded.")

    @classmethod
    def of(cls, r: FleetReceipt) -> FleetReceiptType:
        return cls(pk=r.id, kind=r.kind, amount=money(r.amount_fen), bank_reference=r.bank_reference,
                   received_on=r.received_on, remark=r.remark, created_at=r.created_at)


@strawberry.type(name="FleetAdjustment", description="A requested change of a fleet's credit limit or balance, "
                                                     "applied once another person approves it.")
class FleetAdjustmentType(Node):
    pk: strawberry.Private[uuid.UUID]
    fleet_id: strawberry.Private[uuid.UUID]
    requested_by_id: strawberry.Private[uuid.UUID]
    decided_by_id: strawberry.Private[uuid.UUID | None]
    kind: FleetAdjustmentKindType = strawberry.field(description="What is adjusted.")  # type: ignore[valid-type]
    amount: Money = strawberry.field(description="The new credit limit, or the signed correction.")
    reason: str = strawberry.field(description="Why.")
    status: FleetAdjustmentStatusType = strawberry.field(description="Where it stands.")  # type: ignore[valid-type]
    requested_at: datetime = strawberry.field(description="When it was requested.")
    decided_at: datetime | None = strawberry.field(description="When it was approved or rejected.")
    decision_note: str | None = strawberry.field(description="The approver's note, or why it was rejected.")
    before: Money | None = strawberry.field(description="The limit or balance when approved.")
    after: Money | None = strawberry.field(description="The limit or balance after approval.")

    @strawberry.field(description="Who requested it.")
    async def requested_by(self, info: Info) -> str | None:
        return await _staff_name(info, self.requested_by_id)

    @strawberry.field(description="Who approved or rejected it.")
    async def decided_by(self, info: Info) -> str | None:
        return await _staff_name(info, self.decided_by_id)

    @strawberry.field(description="The fleet.")
    async def fleet(self, info: Info) -> FleetType | None:
        row = await info.context.loader(FleetByIdLoader).load(self.fleet_id)
        return FleetType.of(row) if row is not None else None

    @classmethod
    def of(cls, a: FleetAdjustment) -> FleetAdjustmentType:
        return cls(pk=a.id, fleet_id=a.fleet_id, requested_by_id=a.requested_by, decided_by_id=a.decided_by,
                   kind=a.kind, amount=money(a.amount_fen), reason=a.reason, status=a.status,
                   requested_at=a.created_at, decided_at=a.decided_at, decision_note=a.decision_note,
                   before=money(a.before_fen) if a.before_fen is not None else None,
                   after=money(a.after_fen) if a.after_fen is not None else None)


@strawberry.type(name="Fleet", description="An enterprise customer (大客户 / 车队). Requires VIEW_FLEETS at its "
                                            "responsible station.")
class FleetType(Node):
    pk: strawberry.Private[uuid.UUID]
    station_id: strawberry.Private[uuid.UUID]
    stored_contacts: strawberry.Private[list[dict[str, object]]]
    number: str = strawberry.field(description="Customer code (客户编码), unique in the company.")
    name: str = strawberry.field(description="Company name.")
    tax_number: str = strawberry.field(description="Unified social credit code (统一社会信用代码).")
    status: FleetStatusType = strawberry.field(description="NORMAL or FROZEN.")  # type: ignore[valid-type]
    remark: str | None = strawberry.field(description="Remark.")
    created_at: datetime = strawberry.field(description="When it was created.")

    @strawberry.field(description="The responsible station (责任站点).")
    async def station(self, info: Info) -> StationType | None:
        row = await info.context.loader(StationByIdLoader).load(self.station_id)
        return StationType.of(row) if row is not None else None

    @strawberry.field(description="Contact persons.")
    def contacts(self, info: Info) -> list[FleetContactType]:
        actor = info.context.actor
        full = actor is not None and actor.has(Permission.VIEW_PHONE_NUMBERS)
        shown = [contact_view(info.context.settings.data_key, c) for c in self.stored_contacts]
        return [FleetContactType(name=str(c["name"]), title=c["title"], phone=c["phone"] if full else c["masked"])
                for c in shown]

    @strawberry.field(description="Balances and credit, from the ledger.")
    async def balances(self, info: Info) -> FleetBalancesType:
        return FleetBalancesType.of(await info.context.loader(FleetBalancesByFleetIdLoader).load(self.pk))

    @strawberry.field(description="How many vehicles are whitelisted.")
    async def vehicle_count(self, info: Info) -> int:
        return int(await info.context.loader(VehicleCountByFleetIdLoader).load(self.pk))

    @strawberry.field(description="The whitelisted vehicles, by plate.")
    async def vehicles(self, info: Info) -> list[FleetVehicleType]:
        return [FleetVehicleType.of(v) for v in await info.context.loader(VehiclesByFleetIdLoader).load(self.pk)]

    @strawberry.field(description="The members who administer it from the mini-program (车队管理员).")
    async def administrators(self, info: Info) -> list[FleetAdministratorType]:
        rows = await info.context.loader(AdministratorsByFleetIdLoader).load(self.pk)
        return [FleetAdministratorType.of(info.context.settings.data_key, row, member) for row, member in rows]

    @strawberry.field(description="Adjustments requested, newest first.")
    async def adjustments(self, info: Info) -> list[FleetAdjustmentType]:
        return [FleetAdjustmentType.of(a) for a in await info.context.loader(AdjustmentsByFleetIdLoader).load(self.pk)]

    @strawberry.field(description="Money received (top-ups and payments), newest first.")
    async def receipts(self, info: Info) -> list[FleetReceiptType]:
        return [FleetReceiptType.of(r) for r in await info.context.loader(ReceiptsByFleetIdLoader).load(self.pk)]

    @strawberry.field(description="Change history (the audit log of the fleet), newest first.")
    async def history(self, info: Info) -> list[AuditLogType]:
        rows = await info.context.loader(HistoryByFleetIdLoader).load(self.pk)
        return [AuditLogType.of(row) for row in rows]

    @classmethod
    def of(cls, f: Fleet) -> FleetType:
        return cls(pk=f.id, station_id=f.station_id, stored_contacts=list(f.contacts or []), number=f.number,
                   name=f.name, tax_number=f.tax_number, status=f.status, remark=f.remark, created_at=f.created_at)


@strawberry.type(name="FleetStatementBalances", description="A fleet's balances at one instant.")
class FleetStatementBalancesType:
    prepaid: Money = strawberry.field(description="Prepaid balance.")
    granted: Money = strawberry.field(description="Granted balance.")
    credit_limit: Money = strawberry.field(description="Credit line.")
    credit_used: Money = strawberry.field(description="Credit used (owed).")

    @classmethod
    def of(cls, b: Balances) -> FleetStatementBalancesType:
        return cls(prepaid=money(b.prepaid_fen), granted=money(b.granted_fen), credit_limit=money(b.credit_limit_fen),
                   credit_used=money(b.credit_used_fen))


@strawberry.type(name="FleetStatementOrder", description="An order paid on account in the month.")
class FleetStatementOrderType:
    at: datetime = strawberry.field(description="When it was paid.")
    order_id: strawberry.ID = strawberry.field(description="The order's ID.")
    order_number: str = strawberry.field(description="Order number.")
    station_name: str = strawberry.field(description="Where.")
    plate: str = strawberry.field(description="The vehicle.")
    grades: list[str] = strawberry.field(description="Grades bought.")
    volume: Volume = strawberry.field(description="Litres of fuel.")
    amount: Money = strawberry.field(description="Paid on account.")
    prepaid: Money = strawberry.field(description="Of which from the prepaid balance.")
    granted: Money = strawberry.field(description="Of which from the granted balance.")
    credit: Money = strawberry.field(description="Of which on credit.")


@strawberry.type(name="FleetStatementReceipt", description="Money received in the month.")
class FleetStatementReceiptType:
    at: datetime = strawberry.field(description="When it was recorded.")
    kind: FleetReceiptKindType = strawberry.field(description="Top-up or payment.")  # type: ignore[valid-type]
    amount: Money = strawberry.field(description="Amount.")
    bank_reference: str = strawberry.field(description="The bank's transaction number.")
    received_on: date = strawberry.field(description="When the bank received it.")


@strawberry.type(name="FleetStatementAdjustment", description="An adjustment approved in the month.")
class FleetStatementAdjustmentType:
    at: datetime = strawberry.field(description="When it was approved.")
    kind: FleetAdjustmentKindType = strawberry.field(description="What was adjusted.")  # type: ignore[valid-type]
    before: Money = strawberry.field(description="Before.")
    after: Money = strawberry.field(description="After.")
    reason: str = strawberry.field(description="Why.")
    requested_by: str = strawberry.field(description="Who asked.")
    approved_by: str = strawberry.field(description="Who approved.")


@strawberry.type(name="FleetStatement", description="A fleet's monthly statement (月结对账单), in its responsible "
                                                     "station's time zone.")
class FleetStatementType:
    statement: strawberry.Private[statements.Statement]
    month: str = strawberry.field(description="The month (2026-01).")
    fleet: FleetType = strawberry.field(description="The fleet.")
    opening: FleetStatementBalancesType = strawberry.field(description="Balances when the month began.")
    closing: FleetStatementBalancesType = strawberry.field(description="Balances when it ended (or now).")
    orders: list[FleetStatementOrderType] = strawberry.field(description="Orders paid on account, oldest first.")
    receipts: list[FleetStatementReceiptType] = strawberry.field(description="Money received.")
    adjustments: list[FleetStatementAdjustmentType] = strawberry.field(description="Adjustments approved.")
    spent: Money = strawberry.field(description="Total paid on account.")
    volume: Volume = strawberry.field(description="Total litres.")
    topped_up: Money = strawberry.field(description="Total topped up.")
    paid: Money = strawberry.field(description="Total paid against credit.")

    @strawberry.field(description="The statement as an Excel workbook (.xlsx), base64-encoded.")
    def xlsx(self) -> str:
        return base64.b64encode(statements.xlsx(self.statement)).decode()

    @strawberry.field(description="A file name for the download.")
    def filename(self) -> str:
        return f"fleet-{self.statement.fleet.number}-{self.month}.xlsx"

    @classmethod
    def of(cls, s: statements.Statement) -> FleetStatementType:
        return cls(
            statement=s, month=s.month, fleet=FleetType.of(s.fleet), opening=FleetStatementBalancesType.of(s.opening),
            closing=FleetStatementBalancesType.of(s.closing), orders=statement_orders(s),
            receipts=statement_receipts(s),
            adjustments=[FleetStatementAdjustmentType(at=a.at, kind=a.kind, before=money(a.before_fen),
                                                      after=money(a.after_fen), reason=a.reason,
                                                      requested_by=a.requested_by, approved_by=a.approved_by)
                         for a in s.adjustments],
            spent=money(s.spent_fen), volume=Volume(ml=Long(s.volume_ml)),
            topped_up=money(s.total(FleetReceiptKind.TOP_UP)), paid=money(s.total(FleetReceiptKind.PAYMENT)))


def statement_orders(s: statements.Statement) -> list[FleetStatementOrderType]:
    return [FleetStatementOrderType(
        at=o.at, order_id=strawberry.ID(to_global_id("Order", o.order_id)), order_number=o.order_number,
        station_name=o.station_name, plate=o.plate, grades=o.grades, volume=Volume(ml=Long(o.volume_ml)),
        amount=money(o.amount_fen), prepaid=money(o.prepaid_fen), granted=money(o.granted_fen),
        credit=money(o.credit_fen)) for o in s.spends]


def statement_receipts(s: statements.Statement) -> list[FleetStatementReceiptType]:
    return [FleetStatementReceiptType(at=r.at, kind=r.kind, amount=money(r.amount_fen),
                                      bank_reference=r.bank_reference, received_on=r.received_on)
            for r in s.receipts]


@strawberry.type(name="FleetGrade", description="A fuel grade, as a vehicle's limits name it.")
class FleetGradeType:
    code: str = strawberry.field(description="National code (gradeCodes hold these).")
    name: str = strawberry.field(description="Name (92#).")


@strawberry.type(name="ViewerFleet", description="A fleet you administer (车队管理员), as its administrator sees "
                                                  "it in the mini-program.")
class ViewerFleetType:
    pk: strawberry.Private[uuid.UUID]
    company_id: strawberry.Private[uuid.UUID]
    id: strawberry.ID = strawberry.field(description="The fleet's global ID (a Fleet's).")
    number: str = strawberry.field(description="Customer code (客户编码).")
    name: str = strawberry.field(description="Company name.")
    status: FleetStatusType = strawberry.field(description="NORMAL, or FROZEN (no spending on account; its "  # type: ignore[valid-type]
                                                           "administrator still sets limits).")

    @strawberry.field(description="Balances and credit, from the ledger.")
    async def balances(self, info: Info) -> FleetBalancesType:
        return FleetBalancesType.of(await load(info, FleetBalancesByFleetIdLoader).load(self.pk))

    @strawberry.field(description="How many vehicles are whitelisted.")
    async def vehicle_count(self, info: Info) -> int:
        return int(await load(info, VehicleCountByFleetIdLoader).load(self.pk))

    @strawberry.field(description="The whitelisted vehicles with their limits and today's use, by plate.")
    async def vehicles(self, info: Info) -> list[FleetVehicleType]:
        return [FleetVehicleType.of(v) for v in await load(info, VehiclesByFleetIdLoader).load(self.pk)]

    @strawberry.field(description="The fuel grades a vehicle may be limited to, by code.")
    async def grades(self, info: Info) -> list[FleetGradeType]:
        return [FleetGradeType(code=g.code, name=g.name)
                for g in await load(info, GradesByCompanyIdLoader).load(self.company_id)]

    @classmethod
    def of(cls, f: Fleet) -> ViewerFleetType:
        return cls(pk=f.id, company_id=f.company_id, id=strawberry.ID(to_global_id("Fleet", f.id)), number=f.number,
                   name=f.name, status=f.status)


@strawberry.type(name="ViewerFleetStatementAdjustment", description="An adjustment of the fleet's account "
                                                                     "approved in the month.")
class ViewerFleetStatementAdjustmentType:
    at: datetime = strawberry.field(description="When it was applied.")
    kind: FleetAdjustmentKindType = strawberry.field(description="What was adjusted.")  # type: ignore[valid-type]
    before: Money = strawberry.field(description="Before.")
    after: Money = strawberry.field(description="After.")
    reason: str = strawberry.field(description="Why.")


@strawberry.type(name="ViewerFleetStatement", description="The monthly statement (月结对账单) of a fleet you "
                                                           "administer, in its station's time zone.")
class ViewerFleetStatementType:
    month: str = strawberry.field(description="The month (2026-01).")
    opening: FleetStatementBalancesType = strawberry.field(description="Balances when the month began.")
    closing: FleetStatementBalancesType = strawberry.field(description="Balances when it ended (or now).")
    orders: list[FleetStatementOrderType] = strawberry.field(description="Orders paid on account, oldest first.")
    receipts: list[FleetStatementReceiptType] = strawberry.field(description="Money received.")
    adjustments: list[ViewerFleetStatementAdjustmentType] = strawberry.field(description="Adjustments applied.")
    spent: Money = strawberry.field(description="Total paid on account.")
    volume: Volume = strawberry.field(description="Total litres.")
    topped_up: Money = strawberry.field(description="Total topped up.")
    paid: Money = strawberry.field(description="Total paid against credit.")

    @classmethod
    def of(cls, s: statements.Statement) -> ViewerFleetStatementType:
        return cls(
            month=s.month, opening=FleetStatementBalancesType.of(s.opening),
            closing=FleetStatementBalancesType.of(s.closing), orders=statement_orders(s),
            receipts=statement_receipts(s),
            adjustments=[ViewerFleetStatementAdjustmentType(at=a.at, kind=a.kind, before=money(a.before_fen),
                                                            after=money(a.after_fen), reason=a.reason)
                         for a in s.adjustments],
            spent=money(s.spent_fen), volume=Volume(ml=Long(s.volume_ml)),
            topped_up=money(s.total(FleetReceiptKind.TOP_UP)), paid=money(s.total(FleetReceiptKind.PAYMENT)))
