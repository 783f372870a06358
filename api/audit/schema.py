"""`auditLogs` and `auditActivity`."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import strawberry
from sqlalchemy import Date, Select, case, cast, func, select

from api.core.actors import Actor
from api.core.audit import AuditLog
from api.core.clock import utcnow
from api.core.guards import Info, needs, require
from api.core.node import decode_id
from api.core.pagination import DEFAULT_PAGE, BadInput, Connection, OrderKey, paginate
from api.core.permissions import Permission
from api.core.scalars import JSON
from api.stations.loaders import StationByIdLoader
from api.stations.types import StationType

BUSINESS_TZ = "Asia/Shanghai"
MAX_DAYS = 366


@strawberry.type(name="AuditLog", description="One sensitive operation. Requires VIEW_AUDIT_LOG.")
class AuditLogType:
    pk: strawberry.Private[uuid.UUID]
    station_id: strawberry.Private[uuid.UUID | None]
    occurred_at: datetime = strawberry.field(description="When it happened.")
    actor_type: str = strawberry.field(description="staff, partner, device, member or system.")
    actor_label: str | None = strawberry.field(description="Who: username, key or device name.")
    ip: str | None = strawberry.field(description="Client IP address.")
    request_id: str | None = strawberry.field(description="Request id, to find the request in the logs.")
    action: str = strawberry.field(description="What, e.g. station.update, staff.grants_set, auth.login.")
    object_type: str = strawberry.field(description="Type of the object acted on.")
    object_id: str | None = strawberry.field(description="Key of the object acted on.")
    before: JSON | None = strawberry.field(description="Audited values before.")
    after: JSON | None = strawberry.field(description="Audited values after.")
    reason: str | None = strawberry.field(description="The reason given, if any.")

    @strawberry.field(description="The row's ID.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self.pk))

    @strawberry.field(description="The station concerned, if any.")
    async def station(self, info: Info) -> StationType | None:
        if self.station_id is None:
            return None
        row = await info.context.loader(StationByIdLoader).load(self.station_id)
        return StationType.of(row) if row else None

    @classmethod
    def of(cls, row: AuditLog) -> AuditLogType:
        return cls(pk=row.id, station_id=row.station_id, occurred_at=row.occurred_at, actor_type=row.actor_type,
                   actor_label=row.actor_label, ip=row.ip, request_id=row.request_id, action=row.action,
                   object_type=row.object_type, object_id=row.object_id, before=JSON(row.before), after=JSON(row.after),
                   reason=row.reason)


@strawberry.input(description="Filters of the audit log.")
class AuditLogFilter:
    actor_id: strawberry.ID | None = strawberry.field(default=None, description="Only this staff user's actions.")
    action: str | None = strawberry.field(default=None, description="Only this action, or a prefix ending in '.'.")
    object_type: str | None = strawberry.field(default=None, description="Only this object type.")
    object_id: str | None = strawberry.field(default=None, description="Only this object key.")
    station_id: strawberry.ID | None = strawberry.field(default=None, description="Only this station.")
    from_: datetime | None = strawberry.field(default=None, name="from", description="From this time (inclusive).")
    to: datetime | None = strawberry.field(default=None, description="Until this time (exclusive).")


@strawberry.type(description="Activity of one business day.")
class AuditActivityDay:
    date: str = strawberry.field(description="The day (YYYY-MM-DD, Asia/Shanghai).")
    logins: int = strawberry.field(description="Successful sign-ins.")
    actions: int = strawberry.field(description="Other audited operations.")


def audit_scope(actor: Actor) -> Select[Any]:
    stmt = select(AuditLog).where(AuditLog.company_id == actor.company_id)
    allowed = actor.stations_for(Permission.VIEW_AUDIT_LOG)
    if allowed is not None:
        stmt = stmt.where(AuditLog.station_id.in_(allowed))
    return stmt


@strawberry.type
class AuditQuery:
    @strawberry.field(description=needs("The audit log in your scope, newest first.", Permission.VIEW_AUDIT_LOG))
    async def audit_logs(self, info: Info, first: int = DEFAULT_PAGE, after: str | None = None,
                         filter: AuditLogFilter | None = None) -> Connection[AuditLogType]:
        actor = require(info, Permission.VIEW_AUDIT_LOG)
        stmt = audit_scope(actor)
        if filter is not None:
            if filter.actor_id:
                stmt = stmt.where(AuditLog.actor_id == decode_id(filter.actor_id, "StaffUser", "filter.actorId"))
            if filter.action:
                stmt = stmt.where(AuditLog.action.startswith(filter.action) if filter.action.endswith(".")
                                  else AuditLog.action == filter.action)
            if filter.object_type:
                stmt = stmt.where(AuditLog.object_type == filter.object_type)
            if filter.object_id:
                stmt = stmt.where(AuditLog.object_id == filter.object_id)
            if filter.station_id:
                stmt = stmt.where(AuditLog.station_id == decode_id(filter.station_id, "Station", "filter.stationId"))
            if filter.from_:
                stmt = stmt.where(AuditLog.occurred_at >= filter.from_)
            if filter.to:
                stmt = stmt.where(AuditLog.occurred_at < filter.to)
        return await paginate(info.context.session, stmt, order=OrderKey([AuditLog.occurred_at, AuditLog.id]),
                              first=first, after=after, to_node=AuditLogType.of)

    @strawberry.field(description=needs("Sign-ins and other audited operations per day over the last `days` days "
                                        "(for the home dashboard).", Permission.VIEW_AUDIT_LOG))
    async def audit_activity(self, info: Info, days: int = 14) -> list[AuditActivityDay]:
        actor = require(info, Permission.VIEW_AUDIT_LOG)
        if not 1 <= days <= MAX_DAYS:
            raise BadInput(f"days 必须在 1 到 {MAX_DAYS} 之间", "days")
        since = utcnow() - timedelta(days=days + 1)
        scoped = audit_scope(actor).where(AuditLog.occurred_at >= since).subquery()
        day = cast(func.timezone(BUSINESS_TZ, scoped.c.occurred_at), Date).label("day")
        stmt = (select(day, func.count(case((scoped.c.action == "auth.login", 1))),
                       func.count(case((scoped.c.action != "auth.login", 1))))
                .group_by(day))
        async with info.context.session() as session:
            counts = {row[0]: (row[1], row[2]) for row in (await session.execute(stmt)).all()}
        today = datetime.now(tz=ZoneInfo(BUSINESS_TZ)).date()
        result = []
        for offset in range(days - 1, -1, -1):
            current: date = today - timedelta(days=offset)
            logins, actions = counts.get(current, (0, 0))
            result.append(AuditActivityDay(date=current.isoformat(), logins=logins, actions=actions))
        return result
