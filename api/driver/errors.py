"""Why a driver's operation was refused."""

from __future__ import annotations

from enum import StrEnum


class DriverCheckoutErrorCode(StrEnum):
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"
    PHONE_REQUIRED = "PHONE_REQUIRED"  # a guest binds a phone before the first payment
    NO_OPEN_SHIFT = "NO_OPEN_SHIFT"
    ALREADY_PAID = "ALREADY_PAID"
    IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT"
    NO_MERCHANT = "NO_MERCHANT"
    NOT_PAYABLE = "NOT_PAYABLE"
    CHANNEL_UNAVAILABLE = "CHANNEL_UNAVAILABLE"
    CHANNEL_REFUSED = "CHANNEL_REFUSED"


class DriverCardPayErrorCode(StrEnum):
    INVALID = "INVALID"  # the card refused it (state, limits, balance: field cardId), the password, the input
    NOT_FOUND = "NOT_FOUND"  # no such order or card of yours
    NO_OPEN_SHIFT = "NO_OPEN_SHIFT"
    ALREADY_PAID = "ALREADY_PAID"
    NOT_PAYABLE = "NOT_PAYABLE"
    PAYMENT_PENDING = "PAYMENT_PENDING"  # a WeChat Pay payment of the order has not ended yet
    AMOUNT_MISMATCH = "AMOUNT_MISMATCH"
    NO_MERCHANT = "NO_MERCHANT"
    IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT"
