"""Why a shift or checkout operation was refused."""

from __future__ import annotations

from enum import StrEnum


class ShiftErrorCode(StrEnum):
    NOT_FOUND = "NOT_FOUND"
    ALREADY_OPEN = "ALREADY_OPEN"
    NOT_OPEN = "NOT_OPEN"
    INVALID = "INVALID"
    IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT"
    REASON_REQUIRED = "REASON_REQUIRED"
    DAY_CLOSED = "DAY_CLOSED"


class CheckoutErrorCode(StrEnum):
    NOT_FOUND = "NOT_FOUND"
    NO_OPEN_SHIFT = "NO_OPEN_SHIFT"
    ALREADY_PAID = "ALREADY_PAID"
    INVALID = "INVALID"
    AMOUNT_MISMATCH = "AMOUNT_MISMATCH"
    IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT"
    NO_MERCHANT = "NO_MERCHANT"
    NOT_PAYABLE = "NOT_PAYABLE"  # the order is not awaiting payment
    PAYMENT_PENDING = "PAYMENT_PENDING"  # a payment code of the order is still waiting for its payer
