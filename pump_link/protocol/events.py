"""Normalised events shared by every dispenser protocol (integers: fen, millilitres, fen per litre)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class NozzleState(StrEnum):
    OFFLINE = "offline"
    IDLE = "idle"
    CALLING = "calling"
    CARD_INSERTED = "card_inserted"
    AUTHORIZED = "authorized"
    FUELING = "fueling"
    SUSPENDED = "suspended"
    COMPLETED = "completed"


@dataclass(frozen=True)
class NozzleStateChanged:
    dispenser: int
    nozzle: int
    previous: NozzleState
    state: NozzleState


@dataclass(frozen=True)
class FuelingProgress:
    dispenser: int
    nozzle: int
    amount_fen: int
    volume_ml: int
    price_fen: int


@dataclass(frozen=True)
class FuelingCompleted:
    dispenser: int
    nozzle: int
    ttc: int
    grade_code: str
    volume_ml: int
    price_fen: int
    amount_fen: int
    totalizer_ml: int
    ended_at: datetime
    card_no: str | None
    raw_frame: str


@dataclass(frozen=True)
class TotalizersRead:
    dispenser: int
    volume_ml_by_nozzle: dict[int, int]


@dataclass(frozen=True)
class PriceApplied:
    dispenser: int
    nozzle: int
    price_fen: int


@dataclass(frozen=True)
class LinkUp:
    dispenser: int


@dataclass(frozen=True)
class LinkDown:
    dispenser: int


Event = (NozzleStateChanged | FuelingProgress | FuelingCompleted | TotalizersRead | PriceApplied | LinkUp
         | LinkDown)
