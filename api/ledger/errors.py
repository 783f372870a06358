"""Why the ledger refuses a transfer."""

from __future__ import annotations

from enum import StrEnum


class LedgerErrorCode(StrEnum):
    UNBALANCED = "UNBALANCED"
    INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS"
    IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT"
    HOLD_NOT_FOUND = "HOLD_NOT_FOUND"
    HOLD_CLOSED = "HOLD_CLOSED"  # voided, expired, or posted already
    EXCEEDS_HOLD = "EXCEEDS_HOLD"  # posting would take more than the hold reserved
