"""The discount rules of loyalty, registered with the pricing service (`api.selling.discounts`).

- `MemberPriceRule` (会员价): the member's tier gives so many fen off per litre of a grade.
- `CertifiedDriverRule` (网约车司机价): a member with an approved ride-hailing certification gets the
  programme's per-litre discount of the grade.

Stacking: the member price comes first. The certified drivers' discount stacks on it when the programme
says so (`certified_stacks`); otherwise a certified driver gets the better of the two on each line (the
certified rule takes only what it gives beyond the member price already taken on that line). Both are
posted to the station's member-discount account, a contra-revenue account like the manual discounts.
Each rule reads with one statement, and none when the basket has no member.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from fractions import Fraction

from sqlalchemy import exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.money import round_fen
from api.loyalty.models import Certification, CertificationStatus, LoyaltyProgram, MemberTier, Tier
from api.selling.discounts import Basket, BasketLine, Discount

MEMBER_PRICE = "member_price"
CERTIFIED_PRICE = "certified_driver_price"


def member_discounts(station_id: uuid.UUID) -> str:
    """Member prices and certified drivers' prices given at the station (a contra-revenue account)."""
    return f"revenue:member_discounts:{station_id}"


def _per_litre(line: BasketLine, fen_per_litre: int) -> int:
    return round_fen(Fraction((line.volume_ml or 0) * fen_per_litre, 1000)) if fen_per_litre > 0 else 0


class MemberPriceRule:
    name = MEMBER_PRICE

    async def discounts(self, session: AsyncSession, basket: Basket, taken: Sequence[Discount]) -> list[Discount]:
        if basket.member_id is None or not any(line.volume_ml for line in basket.lines):
            return []
        held = select(MemberTier.tier_id).where(MemberTier.member_id == basket.member_id).scalar_subquery()
        base = (select(Tier.id).where(Tier.company_id == basket.company_id).order_by(Tier.rank).limit(1)
                .scalar_subquery())
        grades = await session.scalar(select(Tier.grade_discounts).where(
            Tier.company_id == basket.company_id, Tier.id == func.coalesce(held, base)))
        if not grades:
            return []
        return [Discount(self.name, "会员价", amount, member_discounts(basket.station_id),
                         line=line.position)
                for line in basket.lines if line.grade_code and
                (amount := _per_litre(line, int(grades.get(line.grade_code, 0)))) > 0]


class CertifiedDriverRule:
    name = CERTIFIED_PRICE

    async def discounts(self, session: AsyncSession, basket: Basket, taken: Sequence[Discount]) -> list[Discount]:
        if basket.member_id is None or not any(line.volume_ml for line in basket.lines):
            return []
        approved = exists().where(Certification.member_id == basket.member_id,
                                  Certification.status == CertificationStatus.APPROVED)
        row = (await session.execute(select(LoyaltyProgram.certified_discounts, LoyaltyProgram.certified_stacks)
                                     .where(LoyaltyProgram.company_id == basket.company_id, approved))).first()
        if row is None or not row[0]:
            return []
        grades, stacks = row
        found = []
        for line in basket.lines:
            amount = _per_litre(line, int(grades.get(line.grade_code or "", 0)))
            if not stacks:
                amount -= sum(d.amount_fen for d in taken if d.line == line.position and d.rule == MEMBER_PRICE)
            if line.grade_code and amount > 0:
                found.append(Discount(self.name, "网约车司机价", amount,
                                      member_discounts(basket.station_id), line=line.position))
        return found


RULES = (MemberPriceRule(), CertifiedDriverRule())
