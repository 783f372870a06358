"""Which shifts an actor may list: its company's, within its station scope, filtered."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select

from api.core.actors import Actor
from api.core.permissions import Permission
from api.selling.models import Shift, ShiftStatus


def visible_shifts(actor: Actor, *, station_ids: list[uuid.UUID] | None = None, opened_from: datetime | None = None,
                   opened_to: datetime | None = None, status: ShiftStatus | None = None,
                   cashier_ids: list[uuid.UUID] | None = None) -> Select[Any]:
    """The shifts (opened in [opened_from, opened_to)) the actor may see with VIEW_ORDERS; naming a station
    out of scope is FORBIDDEN."""
    stmt = select(Shift).where(Shift.company_id == actor.company_id)
    allowed = actor.stations_for(Permission.VIEW_ORDERS)
    if allowed is not None:
        stmt = stmt.where(Shift.station_id.in_(allowed))
    if station_ids:
        actor.require_stations(station_ids, Permission.VIEW_ORDERS)
        stmt = stmt.where(Shift.station_id.in_(station_ids))
    if opened_from is not None:
        stmt = stmt.where(Shift.opened_at >= opened_from)
    if opened_to is not None:
        stmt = stmt.where(Shift.opened_at < opened_to)
    if status is not None:
        stmt = stmt.where(Shift.status == status)
    if cashier_ids:
        stmt = stmt.where(Shift.cashier_id.in_(cashier_ids))
    return stmt
