"""Loaders of fleets: balances, vehicles, adjustments and history of many fleets, one query per batch."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from strawberry.dataloader import DataLoader

from api.core.audit import AuditLog
from api.core.loading import SessionOpener, by_key_loader, grouped_loader
from api.fleets import accounts
from api.fleets.funds import Balances
from api.fleets.models import Fleet, FleetAdjustment, FleetAdministrator, FleetReceipt, FleetSpend, FleetVehicle
from api.ledger.models import LedgerAccount
from api.members.models import Member
from api.pumps.models import FuelGrade

HISTORY_ROWS = 200


def FleetByIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(Fleet).where(Fleet.id.in_(keys)), lambda f: f.id)


def FleetBalancesByFleetIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    async def load(keys: Sequence[Any]) -> list[Balances]:
        codes = [code for key in keys for code in accounts.codes(key)]
        async with opener() as session:
            rows = dict((await session.execute(select(LedgerAccount.code, LedgerAccount.balance)
                                               .where(LedgerAccount.code.in_(codes)))).all())
        return [Balances.of(key, rows) for key in keys]

    return DataLoader(load_fn=load)


def VehiclesByFleetIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return grouped_loader(opener, lambda keys: select(FleetVehicle).where(FleetVehicle.fleet_id.in_(keys))
                          .order_by(FleetVehicle.plate), lambda v: v.fleet_id)


def VehicleCountByFleetIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    async def load(keys: Sequence[Any]) -> list[int]:
        async with opener() as session:
            rows = dict((await session.execute(select(FleetVehicle.fleet_id, func.count()).where(
                FleetVehicle.fleet_id.in_(keys)).group_by(FleetVehicle.fleet_id))).all())
        return [int(rows.get(key, 0)) for key in keys]

    return DataLoader(load_fn=load)


def AdjustmentsByFleetIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return grouped_loader(opener, lambda keys: select(FleetAdjustment).where(FleetAdjustment.fleet_id.in_(keys))
                          .order_by(FleetAdjustment.created_at.desc(), FleetAdjustment.id.desc()),
                          lambda a: a.fleet_id)


def ReceiptsByFleetIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return grouped_loader(opener, lambda keys: select(FleetReceipt).where(FleetReceipt.fleet_id.in_(keys))
                          .order_by(FleetReceipt.created_at.desc(), FleetReceipt.id.desc()), lambda r: r.fleet_id)


def HistoryByFleetIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    """The newest audit rows of each fleet (its change history)."""
    return grouped_loader(opener, lambda keys: select(AuditLog).where(
        AuditLog.object_type == "Fleet", AuditLog.object_id.in_([str(k) for k in keys]))
        .order_by(AuditLog.seq.desc()).limit(HISTORY_ROWS * len(keys)), lambda row: uuid.UUID(row.object_id))


def AdministratorsByFleetIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    """(administrator, member) rows of each fleet, in the order they were named."""
    def query(keys: Sequence[Any]) -> Select[Any]:
        stmt: Select[Any] = select(FleetAdministrator, Member)  # type: ignore[assignment]
        return (stmt.join(Member, Member.id == FleetAdministrator.member_id)
                .where(FleetAdministrator.fleet_id.in_(keys))
                .order_by(FleetAdministrator.created_at, FleetAdministrator.id))

    return grouped_loader(opener, query, lambda row: row[0].fleet_id, scalars=False)


def UsageByVehicleDayLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    """What each vehicle spent on account on a local day, keyed by (vehicle id, day): (count, fen, ml)."""
    async def load(keys: Sequence[tuple[uuid.UUID, date]]) -> list[tuple[int, int, int]]:
        days = {day for _, day in keys}
        async with opener() as session:
            rows = (await session.execute(
                select(FleetSpend.vehicle_id, FleetSpend.local_day, func.count(), func.sum(FleetSpend.amount_fen),
                       func.sum(FleetSpend.volume_ml))
                .where(FleetSpend.vehicle_id.in_({v for v, _ in keys}), FleetSpend.local_day.in_(days))
                .group_by(FleetSpend.vehicle_id, FleetSpend.local_day))).all()
        found = {(v, d): (int(n), int(fen or 0), int(ml or 0)) for v, d, n, fen, ml in rows}
        return [found.get(key, (0, 0, 0)) for key in keys]

    return DataLoader(load_fn=load)


def GradesByCompanyIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    """The fuel grades of each company, by code (what a vehicle may be limited to)."""
    return grouped_loader(opener, lambda keys: select(FuelGrade).where(FuelGrade.company_id.in_(keys))
                          .order_by(FuelGrade.code), lambda g: g.company_id)
