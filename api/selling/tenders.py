"""Tenders settled in the station, inside the checkout's own transaction.

Each such tender checks its part of the request (`validate`, problems naming the field) and, once the
order exists, says which ledger legs pay it (`settle`): a debit where the money now is (the shift's cash
drawer, the station's bank card clearing account; a stored-value card, a member's points, a coupon or a
fleet's credit line as the members issue registers them) and the matching credit of the station's
receivable. A tender may refuse (an exhausted balance, a frozen card) with a `DomainError` naming its
field: the whole checkout is then refused and nothing is written.

Payment-code and JSAPI tenders are not here: they stay PENDING until their channel confirms
(`api.selling.collect`).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import Actor
from api.core.errors import ValidationErrors
from api.ledger.service import Leg
from api.selling import accounts
from api.selling.errors import CheckoutErrorCode as Code
from api.selling.models import OrderLine, Payment, Tender


@dataclass(frozen=True)
class TenderRequest:
    tender: Tender
    amount_fen: int
    given_fen: int | None = None
    reference: str | None = None  # a bank card's terminal reference; a stored-value card's or fleet's number
    auth_code: str | None = None
    password: str | None = field(default=None, repr=False)  # a card's payment password: never stored or hashed


@dataclass(frozen=True)
class SoldLine:
    """A line of the order being paid, as a tender that limits what it pays for (a fleet's vehicle limited
    to some grades and litres a day) sees it."""

    grade_code: str | None  # None for goods
    volume_ml: int | None
    amount_fen: int

    @classmethod
    def of(cls, line: OrderLine) -> SoldLine:
        return cls(line.grade_code, line.quantity_ml, line.amount_fen)


@dataclass(frozen=True)
class TenderContext:
    """What a tender knows when it settles: the order being paid and where the request put it."""

    actor: Actor
    company_id: uuid.UUID
    station_id: uuid.UUID
    shift_id: uuid.UUID
    order_id: uuid.UUID
    index: int  # the tender's position in the request (`tenders.{index}` in errors)
    vehicle_plate: str | None = None  # the order's vehicle, normalised (checkout's `vehiclePlate`)
    lines: tuple[SoldLine, ...] = ()  # what the order sells
    redis: Redis | None = None  # the request's Redis (a card's password tries are counted there)


class InStationTender(Protocol):
    def validate(self, request: TenderRequest, field: str, problems: ValidationErrors) -> None: ...

    async def settle(self, session: AsyncSession, request: TenderRequest, context: TenderContext) -> list[Leg]: ...


class RefundableTender(InStationTender, Protocol):
    """An in-station tender that gives money back the way it came (a refund of one of its payments)."""

    async def refund(self, session: AsyncSession, payment: Payment, amount_fen: int,
                     shift_id: uuid.UUID | None) -> list[Leg]:
        """The credit legs returning `amount_fen` of `payment` to where it came from (the refund service
        debits the station's refunds account with the same amount, in the same transfer); may refuse with a
        `DomainError`. `shift_id` is the open shift's, for a tender given back from a drawer."""
        ...


class CashTender:
    """Cash into the shift's drawer; what is given beyond the amount is returned as change. A refund is
    given from the open shift's drawer."""

    def validate(self, request: TenderRequest, field: str, problems: ValidationErrors) -> None:
        if request.given_fen is not None and request.given_fen < request.amount_fen:
            problems.add(Code.INVALID, "实收现金不足", f"{field}.givenFen")

    async def settle(self, session: AsyncSession, request: TenderRequest, context: TenderContext) -> list[Leg]:
        return _into(accounts.tender_account(Tender.CASH, context.station_id, context.shift_id), request, context)

    async def refund(self, session: AsyncSession, payment: Payment, amount_fen: int,
                     shift_id: uuid.UUID | None) -> list[Leg]:
        return [Leg(accounts.tender_account(Tender.CASH, payment.station_id, shift_id or payment.shift_id),
                    -amount_fen)]


class BankCardTender:
    """A bank card on the station's own terminal, confirmed there: its reference number is the proof."""

    def validate(self, request: TenderRequest, field: str, problems: ValidationErrors) -> None:
        if not (request.reference or "").strip():
            problems.add(Code.INVALID, "请填写银行卡交易参考号", f"{field}.reference")

    async def settle(self, session: AsyncSession, request: TenderRequest, context: TenderContext) -> list[Leg]:
        return _into(accounts.tender_account(Tender.UNIONPAY, context.station_id, context.shift_id), request,
                     context)

    async def refund(self, session: AsyncSession, payment: Payment, amount_fen: int,
                     shift_id: uuid.UUID | None) -> list[Leg]:
        return [Leg(accounts.tender_account(Tender.UNIONPAY, payment.station_id, payment.shift_id), -amount_fen)]


def _into(account: str, request: TenderRequest, context: TenderContext) -> list[Leg]:
    return [Leg(account, request.amount_fen), Leg(accounts.receivable(context.station_id), -request.amount_fen)]


MAX_TENDERS = 5
AUTH_CODES = {Tender.WECHAT: re.compile(r"^1[0-5]\d{16}$"), Tender.ALIPAY: re.compile(r"^(2[5-9]|30)\d{14,22}$")}


def validate_tenders(tenders: Sequence[TenderRequest], problems: ValidationErrors) -> None:
    """The tenders of one payment request: 1 to `MAX_TENDERS`, each positive and well formed, at most one
    payment code (a payer confirms one at a time)."""
    if not 1 <= len(tenders) <= MAX_TENDERS:
        problems.add(Code.INVALID, f"请使用 1 到 {MAX_TENDERS} 种支付方式", "tenders")
    for i, tender in enumerate(tenders):
        if tender.amount_fen <= 0:
            problems.add(Code.INVALID, "支付金额须大于 0", f"tenders.{i}.amountFen")
        handler = in_station(tender.tender)
        if handler is not None:
            handler.validate(tender, f"tenders.{i}", problems)
        pattern = AUTH_CODES.get(tender.tender)
        if pattern is not None and not pattern.match(tender.auth_code or ""):
            problems.add(Code.INVALID, "付款码无效，请顾客刷新后重新扫码", f"tenders.{i}.authCode")
        if handler is None and pattern is None:
            problems.add(Code.INVALID, "该支付方式不能在收银台结账", f"tenders.{i}.tender")
    if sum(t.tender.online for t in tenders) > 1:
        problems.add(Code.INVALID, "一笔结账最多使用一个扫码支付", "tenders")


IN_STATION: dict[Tender, InStationTender] = {Tender.CASH: CashTender(), Tender.UNIONPAY: BankCardTender()}


def register_tender(tender: Tender, handler: InStationTender) -> None:
    """Make `tender` payable at checkout, settled by `handler` in the checkout's transaction."""
    if tender.online:
        raise ValueError(f"{tender} is settled by its channel, not in the station")
    IN_STATION[tender] = handler


def in_station(tender: Tender) -> InStationTender | None:
    return IN_STATION.get(tender)


def refundable(tender: Tender) -> RefundableTender | None:
    """The in-station tender's refund, when it has one (None: not in the station, or no refund yet)."""
    handler = IN_STATION.get(tender)
    return handler if handler is not None and hasattr(handler, "refund") else None  # type: ignore[return-value]
