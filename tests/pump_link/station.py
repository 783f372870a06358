"""What the end-to-end tests compare: the station's layout as the platform holds it, the fuelings it
recorded, and the sales the simulated dispensers made."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable

from sqlalchemy import select

from api.core.db import Database
from api.fuelings.models import Anomaly, Fueling
from api.pricing.models import StationPrice
from api.pumps.models import Dispenser, FuelGrade, Nozzle
from pump_link.simulator.forecourt import SimulatedLine
from pump_link.simulator.station import NozzleSpec

Sale = tuple[int, int, int, int, int]  # dispenser number, TTC, volume ml, amount fen, totalizer ml


async def layout(database: Database, station_id: uuid.UUID) -> list[NozzleSpec]:
    async with database.session() as session:
        rows = (await session.execute(
            select(Nozzle.number, Dispenser.number, FuelGrade.code, StationPrice.price_fen)
            .join(Dispenser, Dispenser.id == Nozzle.dispenser_id).join(FuelGrade, FuelGrade.id == Nozzle.grade_id)
            .join(StationPrice, (StationPrice.grade_id == Nozzle.grade_id) & (StationPrice.station_id == station_id))
            .where(Nozzle.station_id == station_id))).all()
    return [NozzleSpec(*row) for row in rows]


async def recorded(database: Database, station_id: uuid.UUID) -> list[Sale]:
    async with database.session() as session:
        rows = (await session.execute(
            select(Dispenser.number, Fueling.ttc, Fueling.volume_ml, Fueling.amount_fen, Fueling.totalizer_ml)
            .join(Dispenser, Dispenser.id == Fueling.dispenser_id).where(Fueling.station_id == station_id))).all()
    return sorted(tuple(row) for row in rows)  # type: ignore[misc]


async def anomalies(database: Database, station_id: uuid.UUID) -> list[tuple[str, int]]:
    async with database.session() as session:
        rows = (await session.execute(
            select(Anomaly.kind, Dispenser.number).join(Fueling, Fueling.id == Anomaly.fueling_id)
            .join(Dispenser, Dispenser.id == Fueling.dispenser_id).where(Anomaly.station_id == station_id))).all()
    return sorted((kind.name, number) for kind, number in rows)


def made(lines: list[SimulatedLine]) -> list[Sale]:
    return sorted((sim.address, s.ttc, s.volume_ml, s.amount_fen, s.totalizer_ml)
                  for line in lines for sim in line.dispensers for s in sim.ledger)


def settled(lines: list[SimulatedLine]) -> bool:
    """Nothing pumping, nothing waiting for a confirmation."""
    return all(not sim.unconfirmed and all(n.phase == "idle" for n in sim.nozzles.values())
               for line in lines for sim in line.dispensers)


def stop_selling(lines: list[SimulatedLine]) -> None:
    for line in lines:
        line.plan = None


async def until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    for _ in range(int(timeout_s / 0.1)):
        if condition():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")
