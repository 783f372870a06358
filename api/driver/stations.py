"""What a driver sees of the company's stations: the nearest ones (distance computed in SQL), whether each is
open now by its opening hours, today's price of each grade from the price book, the payee name of its
WeChat merchant account, and its nozzles with their live state. Reads only; every query is bounded by
the member's company, whatever the number of stations shown (three statements for a page)."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, time
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from redis.asyncio import Redis
from sqlalchemy import ColumnElement, Float, Select, cast, func, literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.clock import utcnow
from api.payments.models import PaymentMerchant
from api.pricing.models import StationPrice
from api.pumps.live import LiveState, snapshot
from api.pumps.models import FuelGrade, Nozzle
from api.stations.models import Station, StationStatus

EARTH_RADIUS_M = 6_371_000
MAX_STATIONS = 50
MAX_RADIUS_M = 200_000
HOURS = re.compile(r"(\d{1,2}):(\d{2})\s*[-~－至]\s*(\d{1,2}):(\d{2})")


@dataclass(frozen=True)
class Location:
    latitude: Decimal
    longitude: Decimal


@dataclass(frozen=True)
class GradePrice:
    code: str
    name: str
    price_fen: int


@dataclass(frozen=True)
class StationView:
    station: Station
    distance_m: int | None
    open_now: bool | None
    grades: list[GradePrice]
    payee_name: str | None


@dataclass(frozen=True)
class NozzleView:
    number: int
    grade: GradePrice
    live: LiveState


def open_now(opening_hours: str | None, time_zone: str, now: datetime) -> bool | None:
    """Open at `now` by hours such as `06:00-22:00`, `00:00-24:00` or `22:00-06:00, 08:00-12:00` (China time
    of the station); None when the hours are unknown or unreadable."""
    ranges = HOURS.findall(opening_hours or "")
    if not ranges:
        return None
    local = now.astimezone(ZoneInfo(time_zone or "Asia/Shanghai")).time()
    for h1, m1, h2, m2 in ranges:
        start = time(int(h1) % 24, int(m1))
        end = time(23, 59, 59, 999999) if int(h2) >= 24 else time(int(h2), int(m2))
        overnight = start > end and (local >= start or local <= end)
        if start == end or (start < end and start <= local <= end) or overnight:
            return True
    return False


def _distance(location: Location) -> ColumnElement[float]:
    """Great-circle distance in metres from `location` to a station (haversine), in SQL."""
    lat, lng = literal(float(location.latitude)), literal(float(location.longitude))
    s_lat, s_lng = cast(Station.latitude, Float), cast(Station.longitude, Float)
    a = (func.power(func.sin(func.radians(s_lat - lat) / 2), 2)
         + func.cos(func.radians(lat)) * func.cos(func.radians(s_lat))
         * func.power(func.sin(func.radians(s_lng - lng) / 2), 2))
    return 2 * EARTH_RADIUS_M * func.asin(func.sqrt(func.least(a, 1.0)))


def _stations(company_id: uuid.UUID, near: Location | None, radius_m: int, first: int) -> Select[Station, Any]:
    if near is None:
        return (select(Station, literal(None)).where(Station.company_id == company_id)
                .order_by(Station.code).limit(first))
    distance = _distance(near)
    return (select(Station, distance).where(Station.company_id == company_id, Station.latitude.is_not(None),
                                            Station.longitude.is_not(None), distance <= radius_m)
            .order_by(distance, Station.code).limit(first))


async def _grades(session: AsyncSession, station_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[GradePrice]]:
    rows = (await session.execute(
        select(StationPrice.station_id, FuelGrade.code, FuelGrade.name, StationPrice.price_fen)
        .join(FuelGrade, FuelGrade.id == StationPrice.grade_id).where(StationPrice.station_id.in_(station_ids))
        .order_by(StationPrice.station_id, FuelGrade.kind, FuelGrade.code))).all()
    grades: dict[uuid.UUID, list[GradePrice]] = defaultdict(list)
    for station_id, code, name, price in rows:
        grades[station_id].append(GradePrice(code, name, price))
    return grades


async def _payees(session: AsyncSession, station_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    rows = (await session.execute(select(PaymentMerchant.station_id, PaymentMerchant.payee_name).where(
        PaymentMerchant.station_id.in_(station_ids), PaymentMerchant.channel == "wechat"))).all()
    return {station_id: payee for station_id, payee in rows}


async def nearby_stations(session: AsyncSession, company_id: uuid.UUID, *, near: Location | None,
                          radius_m: int = 50_000, first: int = 20) -> list[StationView]:
    """The company's stations nearest to `near` within `radius_m` (all, by code, without a location)."""
    rows = (await session.execute(_stations(company_id, near, min(radius_m, MAX_RADIUS_M),
                                            min(first, MAX_STATIONS)))).all()
    return await _views(session, [(row[0], row[1]) for row in rows])


async def station_view(session: AsyncSession, company_id: uuid.UUID, station_id: uuid.UUID) -> StationView | None:
    station = await session.get(Station, station_id)
    if station is None or station.company_id != company_id:
        return None
    return (await _views(session, [(station, None)]))[0]


async def _views(session: AsyncSession, rows: list[tuple[Station, float | None]]) -> list[StationView]:
    ids = [station.id for station, _ in rows]
    grades, payees = (await _grades(session, ids), await _payees(session, ids)) if ids else ({}, {})
    now = utcnow()
    return [StationView(station, None if distance is None else round(distance),
                        False if station.status is not StationStatus.OPEN
                        else open_now(station.opening_hours, station.time_zone, now),
                        grades.get(station.id, []), payees.get(station.id)) for station, distance in rows]


async def station_nozzles(session: AsyncSession, redis: Redis, company_id: uuid.UUID,
                          station_id: uuid.UUID) -> list[NozzleView]:
    """The station's nozzles with their grade, today's price and live state (offline when never reported)."""
    rows = (await session.execute(
        select(Nozzle.number, FuelGrade.code, FuelGrade.name, StationPrice.price_fen)
        .join(FuelGrade, FuelGrade.id == Nozzle.grade_id)
        .outerjoin(StationPrice, (StationPrice.station_id == Nozzle.station_id)
                   & (StationPrice.grade_id == Nozzle.grade_id))
        .where(Nozzle.station_id == station_id, Nozzle.company_id == company_id).order_by(Nozzle.number))).all()
    if not rows:
        return []
    live = await snapshot(redis, station_id)
    return [NozzleView(number, GradePrice(code, name, price or 0), live.get(number) or LiveState.offline(number))
            for number, code, name, price in rows]
