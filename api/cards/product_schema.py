"""`cardProductSave`: create or replace a card product (制卡规则), company-wide, audited."""

from __future__ import annotations

from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from api.cards import products
from api.cards.errors import CardProductErrorCode
from api.cards.models import CardKind
from api.cards.types import CardKindType, CardProductType
from api.core.guards import Info, needs, require
from api.core.node import decode_input_id
from api.core.permissions import Permission
from api.core.user_errors import error_type, run_mutation

CardProductError = error_type("CardProduct", CardProductErrorCode, "a card product")


@strawberry.input(description="A bonus tier: a top-up of at least minFen earns bonusFen.")
class CardBonusTierInput:
    min_fen: int = strawberry.field(description="Least top-up (fen).")
    bonus_fen: int = strawberry.field(description="Bonus (fen).")


@strawberry.input(description="A card product; without id a new one. Limits left out are unlimited.")
class CardProductSaveInput:
    id: strawberry.ID | None = strawberry.field(default=None, description="The product to replace.")
    name: str = strawberry.field(description="Name (unique in the company).")
    kind: CardKindType = strawberry.field(description="Virtual or physical (fixed once made).")  # type: ignore[valid-type]
    named: bool = strawberry.field(default=True, description="记名卡 (held by a member).")
    grade_codes: list[str] = strawberry.field(default_factory=list, description="Grades it pays for (empty: all).")
    allows_goods: bool = strawberry.field(default=True, description="It pays for goods.")
    goods_categories: list[str] = strawberry.field(default_factory=list, description="Goods categories (empty: "
                                                                                     "all).")
    station_ids: list[strawberry.ID] = strawberry.field(default_factory=list, description="Stations (empty: all).")
    top_up_min_fen: int = strawberry.field(default=100, description="Least top-up.")
    top_up_max_fen: int = strawberry.field(default=5_000_000, description="Most top-up.")
    bonus_tiers: list[CardBonusTierInput] = strawberry.field(default_factory=list, description="Bonus tiers.")
    per_transaction_limit_fen: int | None = strawberry.field(default=None, description="Most per payment.")
    daily_limit_fen: int | None = strawberry.field(default=None, description="Most per day.")
    monthly_limit_fen: int | None = strawberry.field(default=None, description="Most per month.")
    daily_count_limit: int | None = strawberry.field(default=None, description="Payments per day.")
    password_above_fen: int | None = strawberry.field(default=None, description="Password needed above this.")
    valid_days: int | None = strawberry.field(default=None, description="Days valid after issue.")
    active: bool = strawberry.field(default=True, description="New cards may be issued.")


@strawberry.type(description="Result of saving a card product.")
class CardProductPayload:
    product: CardProductType | None = strawberry.field(default=None, description="The product saved.")
    errors: list[CardProductError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


@strawberry.type
class CardProductMutation:
    @strawberry.mutation(description=needs("Create or replace a card product; company-wide only; audited.",
                                           Permission.MANAGE_CARD_PRODUCTS))
    async def card_product_save(self, info: Info, input: CardProductSaveInput) -> CardProductPayload:
        actor = require(info, Permission.MANAGE_CARD_PRODUCTS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            fields = products.ProductFields(
                name=input.name, kind=CardKind(input.kind), named=input.named, grade_codes=input.grade_codes,
                allows_goods=input.allows_goods, goods_categories=input.goods_categories,
                station_ids=[decode_input_id(s, "Station", f"stationIds.{i}") for i, s in enumerate(input.station_ids)],
                top_up_min_fen=input.top_up_min_fen, top_up_max_fen=input.top_up_max_fen,
                bonus_tiers=[products.BonusTier(t.min_fen, t.bonus_fen) for t in input.bonus_tiers],
                per_transaction_limit_fen=input.per_transaction_limit_fen, daily_limit_fen=input.daily_limit_fen,
                monthly_limit_fen=input.monthly_limit_fen, daily_count_limit=input.daily_count_limit,
                password_above_fen=input.password_above_fen, valid_days=input.valid_days, active=input.active)
            product_id = decode_input_id(input.id, "CardProduct", "id") if input.id else None
            product = await products.save_product(session, actor, product_id, fields)
            return {"product": CardProductType.of(product)}

        return await run_mutation(info.context, work, CardProductPayload, CardProductError, CardProductErrorCode)
