"""Goods over GraphQL: the POS looks them up by barcode or name; inventory managers create and change them."""

from __future__ import annotations

from typing import Any

import strawberry
from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.guards import Info, needs, require
from api.core.node import Node, decode_input_id
from api.core.pagination import DEFAULT_PAGE, Connection, OrderKey, paginate
from api.core.permissions import Permission
from api.core.scalars import Long, Money
from api.core.user_errors import error_type, run_mutation
from api.selling.goods import GoodsErrorCode, GoodsFields, save_goods
from api.selling.models import GoodsItem

GoodsItemError = error_type("GoodsItem", GoodsErrorCode, "a goods item change")


@strawberry.type(name="GoodsItem", description="A non-fuel item sold at the POS.")
class GoodsItemType(Node):
    pk: strawberry.Private[Any]
    barcode: str = strawberry.field(description="EAN/UPC barcode.")
    name: str = strawberry.field(description="Name.")
    category: str = strawberry.field(description="Category.")
    unit: str = strawberry.field(description="Unit (瓶, 桶...).")
    price: Money = strawberry.field(description="Unit price.")
    tax_rate_bp: int = strawberry.field(description="Tax rate in basis points (1300 = 13%).")
    active: bool = strawberry.field(description="On sale.")

    @classmethod
    def of(cls, g: GoodsItem) -> GoodsItemType:
        return cls(pk=g.id, barcode=g.barcode, name=g.name, category=g.category, unit=g.unit,
                   price=Money(fen=Long(g.price_fen)), tax_rate_bp=g.tax_rate_bp, active=g.active)


@strawberry.input(description="Create (no id) or change a goods item.")
class GoodsItemSaveInput:
    id: strawberry.ID | None = strawberry.field(default=None, description="The item to change.")
    barcode: str = strawberry.field(description="6-20 digits.")
    name: str = strawberry.field(description="Name.")
    category: str = strawberry.field(description="Category.")
    unit: str = strawberry.field(description="Unit.")
    price_fen: Long = strawberry.field(description="Unit price in fen.")
    tax_rate_bp: int = strawberry.field(default=1300, description="Tax rate in basis points.")
    active: bool = strawberry.field(default=True, description="On sale.")


@strawberry.type(description="Result of saving a goods item.")
class GoodsItemPayload:
    goods_item: GoodsItemType | None = strawberry.field(default=None, description="The item.")
    errors: list[GoodsItemError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


@strawberry.type
class GoodsQuery:
    @strawberry.field(description=needs("Goods on sale, by barcode or name.", Permission.OPERATE_POS))
    async def goods_items(self, info: Info, search: str | None = None, first: int = DEFAULT_PAGE,
                          after: str | None = None) -> Connection[GoodsItemType]:
        actor = require(info, Permission.OPERATE_POS)
        stmt = select(GoodsItem).where(GoodsItem.company_id == actor.company_id, GoodsItem.active.is_(True))
        if search:
            stmt = stmt.where(or_(GoodsItem.barcode == search.strip(), GoodsItem.name.contains(search.strip())))
        return await paginate(info.context.session, stmt, order=OrderKey([GoodsItem.id]), first=first, after=after,
                              to_node=GoodsItemType.of)


@strawberry.type
class GoodsMutation:
    @strawberry.mutation(description=needs("Create or change a goods item; audited.", Permission.MANAGE_INVENTORY))
    async def goods_item_save(self, info: Info, input: GoodsItemSaveInput) -> GoodsItemPayload:
        actor = require(info, Permission.MANAGE_INVENTORY)

        async def work(session: AsyncSession) -> dict[str, Any]:
            fields = GoodsFields(input.barcode, input.name, input.category, input.unit, int(input.price_fen),
                                 input.tax_rate_bp, input.active)
            goods_id = decode_input_id(input.id, "GoodsItem", "id") if input.id else None
            return {"goods_item": GoodsItemType.of(await save_goods(session, actor, fields, goods_id))}

        return await run_mutation(info.context, work, GoodsItemPayload, GoodsItemError, GoodsErrorCode)
