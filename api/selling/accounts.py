"""The ledger accounts of selling. Revenue, clearing and receivable are per station: a station's sales
never wait on another station's row locks, and the station's books read straight from its accounts."""

from __future__ import annotations

import uuid

from api.selling.models import Tender


def receivable(station_id: uuid.UUID) -> str:
    return f"receivable:{station_id}"


def fuel_revenue(station_id: uuid.UUID, grade_code: str) -> str:
    return f"revenue:fuel:{grade_code}:{station_id}"


def tender_account(tender: Tender, station_id: uuid.UUID, shift_id: uuid.UUID) -> str:
    """Cash goes to the shift's drawer; every other tender to the station's clearing account for its channel."""
    return f"cash:{shift_id}" if tender is Tender.CASH else f"clearing:{tender.value}:{station_id}"


def refunds(station_id: uuid.UUID) -> str:
    """Sales returns: money given back reduces the station's sales (a contra-revenue account)."""
    return f"revenue:refunds:{station_id}"


def drive_off_losses(station_id: uuid.UUID) -> str:
    """Fuel driven off without paying (逃单): a loss of the station."""
    return f"loss:drive_off:{station_id}"


def goods_revenue(station_id: uuid.UUID) -> str:
    return f"revenue:goods:{station_id}"


def discounts(station_id: uuid.UUID) -> str:
    """Manual discounts given at the POS (a contra-revenue account)."""
    return f"revenue:discounts:{station_id}"


def safe(station_id: uuid.UUID) -> str:
    """Cash dropped from the drawers into the station's safe (投款), until it is banked."""
    return f"safe:{station_id}"


def channel_fees(tender: Tender, station_id: uuid.UUID) -> str:
    """What the payment channel keeps of each transaction (an expense of the station)."""
    return f"fee:{tender.value}:{station_id}"
