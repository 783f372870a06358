"""Why a fleet operation was refused."""

from __future__ import annotations

from enum import StrEnum


class FleetErrorCode(StrEnum):
    """Saving, freezing a fleet; saving or removing a vehicle."""

    NOT_FOUND = "NOT_FOUND"
    INVALID = "INVALID"
    TAX_NUMBER_INVALID = "TAX_NUMBER_INVALID"
    DUPLICATE = "DUPLICATE"
    ALREADY = "ALREADY"  # already frozen / not frozen


class FleetFundsErrorCode(StrEnum):
    """Top-ups and payments received."""

    NOT_FOUND = "NOT_FOUND"
    INVALID = "INVALID"
    OVERPAID = "OVERPAID"
    IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT"
    UNBALANCED = "UNBALANCED"
    INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS"


class FleetAdjustmentErrorCode(StrEnum):
    """Requesting, approving or rejecting an adjustment."""

    NOT_FOUND = "NOT_FOUND"
    INVALID = "INVALID"
    NOT_PENDING = "NOT_PENDING"
    SAME_PERSON = "SAME_PERSON"
    IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT"
    UNBALANCED = "UNBALANCED"
    INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS"
