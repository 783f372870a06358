"""The stored-value card tender (`Tender.CARD`), registered with checkout when this module is imported
(`api.cards.schema` imports it, so the API process and every test that builds the schema have it)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from api.cards.cards import PHYSICAL_NUMBER
from api.cards.spending import refund_spend, spend
from api.core.errors import ValidationErrors
from api.ledger.service import Leg
from api.selling.errors import CheckoutErrorCode as Code
from api.selling.models import Payment, Tender
from api.selling.tenders import TenderContext, TenderRequest, register_tender


class CardTender:
    """Pays from a card of the company by its number (`reference`), with its password when needed."""

    def validate(self, request: TenderRequest, field: str, problems: ValidationErrors) -> None:
        if not PHYSICAL_NUMBER.match((request.reference or "").strip()):
            problems.add(Code.INVALID, "请刷卡或输入卡号", f"{field}.reference")

    async def settle(self, session: AsyncSession, request: TenderRequest, context: TenderContext) -> list[Leg]:
        return await spend(session, request, context)

    async def refund(self, session: AsyncSession, payment: Payment, amount_fen: int,
                     shift_id: uuid.UUID | None) -> list[Leg]:
        return await refund_spend(session, payment, amount_fen)


register_tender(Tender.CARD, CardTender())
