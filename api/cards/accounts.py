"""The ledger accounts of stored-value cards. A card's money is two credits (holdings, guarded by the
ledger): principal and bonus, kept apart so that closing can forfeit the bonus. Bonus grants and their
forfeiture are per station, where the top-up was made and the card was closed."""

from __future__ import annotations

import uuid


def principal(card_id: uuid.UUID) -> str:
    return f"card:{card_id}:principal"


def bonus(card_id: uuid.UUID) -> str:
    return f"card:{card_id}:bonus"


def bonus_expense(station_id: uuid.UUID | None) -> str:
    """What bonuses granted on top-ups cost (充值赠送, an expense); company-level when no station."""
    return f"bonus_expense:{station_id or 'company'}"


def bonus_forfeit(station_id: uuid.UUID | None) -> str:
    """Bonus forfeited when a card is closed (a contra account of the bonus expense)."""
    return f"bonus_forfeit:{station_id or 'company'}"


def bank_clearing(station_id: uuid.UUID | None) -> str:
    """Bank transfers (对公转账) received or paid for cards, until reconciled with the bank."""
    return f"clearing:bank:{station_id or 'company'}"


def channel_clearing(channel: str, station_id: uuid.UUID | None) -> str:
    return f"clearing:{channel}:{station_id or 'company'}"
