"""Payment channels behind one interface. A payment-code (付款码) channel takes the code the cashier scanned
and answers one of: paid, the payer is still confirming (USERPAYING: query again), failed, or unknown (a
timeout or an unreadable answer: query again, never pay twice). Our payment id is the channel's
`out_trade_no`, so a query or a retry always speaks of the same payment; likewise our refund id is the
`out_refund_no` (a retried refund reuses it: the channel's idempotency key)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class ChannelState(StrEnum):
    SUCCESS = "success"
    USERPAYING = "userpaying"  # the payer is entering the password: query again
    NOTPAY = "notpay"  # the channel has it but nothing was paid
    FAILED = "failed"  # refused for good (expired code, insufficient balance...)
    CLOSED = "closed"  # closed or reversed
    UNKNOWN = "unknown"  # no trustworthy answer (timeout, bad signature): query again


@dataclass(frozen=True)
class ChannelResult:
    state: ChannelState
    transaction_id: str | None = None
    amount_fen: int | None = None
    code: str | None = None  # the channel's error code
    message: str | None = None


class RefundState(StrEnum):
    SUCCESS = "success"
    PROCESSING = "processing"  # accepted: the money is on its way back (query again)
    FAILED = "failed"  # refused for good, or closed by the channel
    UNKNOWN = "unknown"  # no trustworthy answer: query again (the same out_refund_no, never a new one)


@dataclass(frozen=True)
class RefundResult:
    state: RefundState
    refund_id: str | None = None
    code: str | None = None
    message: str | None = None


class RefundChannel(Protocol):
    """What a refund needs of a channel: ask (again, with the same out_refund_no) and ask where it stands."""

    async def refund(self, out_trade_no: str, out_refund_no: str, total_fen: int, refund_fen: int) -> RefundResult: ...

    async def refund_query(self, out_trade_no: str, out_refund_no: str) -> RefundResult: ...


class PaymentCodeChannel(Protocol):
    name: str

    async def pay(self, out_trade_no: str, amount_fen: int, auth_code: str, description: str) -> ChannelResult: ...

    async def query(self, out_trade_no: str) -> ChannelResult: ...

    async def reverse(self, out_trade_no: str) -> ChannelResult: ...

    async def refund(self, out_trade_no: str, out_refund_no: str, total_fen: int, refund_fen: int) -> RefundResult: ...

    async def refund_query(self, out_trade_no: str, out_refund_no: str) -> RefundResult: ...
