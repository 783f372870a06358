"""The pricing service: what a basket costs once its discounts are taken off.

Checkout and the quote the POS (and the mini-program) shows before payment ask the same function, so
what is shown is what is charged. A basket goes through the registered rules in order (`RULES`); each
rule sees the lines and the discounts already taken and returns its own, on one line or on the whole
order, each with the label the receipt prints and the ledger account it is posted to (a contra-revenue
account of the station, or a campaign's budget). The service holds every rule to these invariants:

- a discount is a positive amount of fen;
- no line is taken below zero, nor the order: a rule's discount beyond what is left is capped to it;
- rules read what they need (a member's tier, a campaign) and change nothing.

The manual discount (a supervisor's, with a reason, audited by checkout) is applied last, on what is
left, and is refused, not capped, when it exceeds it. Member prices by tier and the marketing engine's
campaigns register their rules here (`register_rule`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from api.core.errors import DomainError
from api.selling import accounts
from api.selling.errors import CheckoutErrorCode as Code
from api.selling.models import Tender

MANUAL = "manual"


@dataclass(frozen=True)
class BasketLine:
    position: int
    amount_fen: int
    unit_price_fen: int
    grade_code: str | None = None  # fuel
    volume_ml: int | None = None
    goods_id: uuid.UUID | None = None  # goods
    units: int | None = None


@dataclass(frozen=True)
class Basket:
    company_id: uuid.UUID
    station_id: uuid.UUID
    lines: tuple[BasketLine, ...]
    member_id: uuid.UUID | None = None
    tenders: tuple[Tender, ...] = ()  # the tenders the customer intends to use, when known
    vehicle_plate: str | None = None

    @property
    def total_fen(self) -> int:
        return sum(line.amount_fen for line in self.lines)


@dataclass(frozen=True)
class Discount:
    rule: str
    label: str  # what the receipt prints, e.g. 会员价 92# / 手工优惠
    amount_fen: int
    account: str  # the ledger account it is posted to
    line: int | None = None  # the line's position; None: on the whole order
    reason: str | None = None


class DiscountRule(Protocol):
    name: str

    async def discounts(self, session: AsyncSession, basket: Basket, taken: Sequence[Discount]) -> list[Discount]: ...


@dataclass(frozen=True)
class ManualDiscount:
    amount_fen: int
    reason: str | None


@dataclass(frozen=True)
class Priced:
    basket: Basket
    discounts: tuple[Discount, ...] = field(default_factory=tuple)

    @property
    def total_fen(self) -> int:
        return self.basket.total_fen

    @property
    def discount_fen(self) -> int:
        return sum(d.amount_fen for d in self.discounts)

    @property
    def payable_fen(self) -> int:
        return self.total_fen - self.discount_fen


RULES: list[DiscountRule] = []


def register_rule(rule: DiscountRule) -> None:
    RULES.append(rule)


def unregister_rule(rule: DiscountRule) -> None:
    RULES.remove(rule)


def _left(basket: Basket, taken: Sequence[Discount], line: int | None) -> int:
    """What a discount on `line` (None: the order) may still take."""
    order_left = basket.total_fen - sum(d.amount_fen for d in taken)
    if line is None:
        return order_left
    amount = next(b.amount_fen for b in basket.lines if b.position == line)
    return min(order_left, amount - sum(d.amount_fen for d in taken if d.line == line))


async def price(session: AsyncSession, basket: Basket, manual: ManualDiscount | None = None) -> Priced:
    """The basket with every rule's discounts, then the manual one."""
    positions = {line.position for line in basket.lines}
    taken: list[Discount] = []
    for rule in RULES:
        for discount in await rule.discounts(session, basket, tuple(taken)):
            if discount.line is not None and discount.line not in positions:
                raise ValueError(f"rule {rule.name} discounted line {discount.line}, not in the basket")
            amount = min(discount.amount_fen, _left(basket, taken, discount.line))
            if amount > 0:
                taken.append(Discount(rule.name, discount.label, amount, discount.account, discount.line,
                                      discount.reason))
    if manual is not None and manual.amount_fen:
        if manual.amount_fen > _left(basket, taken, None):
            raise DomainError(Code.INVALID, "优惠不能超过合计金额", field="discountFen")
        taken.append(Discount(MANUAL, "手工优惠", manual.amount_fen, accounts.discounts(basket.station_id),
                              reason=manual.reason))
    return Priced(basket, tuple(taken))
