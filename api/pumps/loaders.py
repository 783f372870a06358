"""Loaders of the forecourt."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from strawberry.dataloader import DataLoader

from api.core.loading import SessionOpener, by_key_loader, grouped_loader
from api.pumps.models import Dispenser, FuelGrade, Nozzle


def FuelGradeByIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(FuelGrade).where(FuelGrade.id.in_(keys)), lambda g: g.id)


def NozzleByIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(Nozzle).where(Nozzle.id.in_(keys)), lambda n: n.id)


def DispensersByStationIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return grouped_loader(opener, lambda keys: select(Dispenser).where(Dispenser.station_id.in_(keys))
                          .order_by(Dispenser.number), lambda d: d.station_id)


def NozzlesByDispenserIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return grouped_loader(opener, lambda keys: select(Nozzle).where(Nozzle.dispenser_id.in_(keys))
                          .order_by(Nozzle.number), lambda n: n.dispenser_id)
