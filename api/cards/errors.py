"""Why a card or card product operation was refused."""

from __future__ import annotations

from enum import StrEnum


class CardProductErrorCode(StrEnum):
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"
    DUPLICATE = "DUPLICATE"


class CardErrorCode(StrEnum):
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"
    DUPLICATE = "DUPLICATE"
    STATE = "STATE"  # the card's state does not allow it (see api.cards.states)
    PRODUCT_INACTIVE = "PRODUCT_INACTIVE"
    AMOUNT_OUT_OF_RANGE = "AMOUNT_OUT_OF_RANGE"
    INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS"
    NO_OPEN_SHIFT = "NO_OPEN_SHIFT"
    IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT"
    MODE = "MODE"  # the parent's mode does not allow it (allocating in shared mode)
    CHILDREN_OPEN = "CHILDREN_OPEN"
    INVALID_CODE = "INVALID_CODE"  # an SMS code
    RATE_LIMITED = "RATE_LIMITED"
    NO_PHONE = "NO_PHONE"
