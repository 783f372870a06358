"""Why the ledger refuses a transfer."""

from __future__ import annotations

from enum import StrEnum


class LedgerErrorCode(StrEnum):
    UNBALANCED = "UNBALANCED"
    INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS"
    IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT"
