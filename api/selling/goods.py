"""Goods sold at the POS: created and changed by inventory managers (audited), looked up by barcode or name."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor
from api.core.errors import DomainError, ValidationErrors
from api.core.permissions import Permission
from api.selling.models import GoodsItem


class GoodsErrorCode(StrEnum):
    NOT_FOUND = "NOT_FOUND"
    INVALID = "INVALID"
    DUPLICATE_BARCODE = "DUPLICATE_BARCODE"


Code = GoodsErrorCode


@dataclass(frozen=True)
class GoodsFields:
    barcode: str
    name: str
    category: str
    unit: str
    price_fen: int
    tax_rate_bp: int = 1300
    active: bool = True


def _check(fields: GoodsFields) -> None:
    problems = ValidationErrors()
    if not fields.barcode.isdigit() or not 6 <= len(fields.barcode) <= 20:
        problems.add(Code.INVALID, "条码须为 6 到 20 位数字", "barcode")
    if not 1 <= len(fields.name.strip()) <= 64:
        problems.add(Code.INVALID, "请填写商品名称（最多 64 个字）", "name")
    if not 1 <= len(fields.category.strip()) <= 32:
        problems.add(Code.INVALID, "请填写分类", "category")
    if not 1 <= len(fields.unit.strip()) <= 8:
        problems.add(Code.INVALID, "请填写单位（如 瓶、桶）", "unit")
    if not 1 <= fields.price_fen <= 10_000_000:
        problems.add(Code.INVALID, "售价须在 0.01 到 10 万元之间", "priceFen")
    if fields.tax_rate_bp not in (0, 100, 300, 600, 900, 1300):
        problems.add(Code.INVALID, "税率须为 0、1%、3%、6%、9% 或 13%", "taxRateBp")
    problems.raise_if_any()


def _snapshot(item: GoodsItem) -> dict[str, object]:
    return {"barcode": item.barcode, "name": item.name, "price_fen": item.price_fen, "active": item.active,
            "tax_rate_bp": item.tax_rate_bp}


async def save_goods(session: AsyncSession, actor: Actor, fields: GoodsFields,
                     goods_id: uuid.UUID | None = None) -> GoodsItem:
    actor.require(Permission.MANAGE_INVENTORY)
    _check(fields)
    clash = await session.scalar(select(GoodsItem.id).where(GoodsItem.company_id == actor.company_id,
                                                            GoodsItem.barcode == fields.barcode))
    if clash is not None and clash != goods_id:
        raise DomainError(Code.DUPLICATE_BARCODE, "该条码已有商品", field="barcode")
    if goods_id is None:
        item, before = GoodsItem(company_id=actor.company_id), None
        session.add(item)
    else:
        found = await session.get(GoodsItem, goods_id)
        if found is None or found.company_id != actor.company_id:
            raise DomainError(Code.NOT_FOUND, "商品不存在", field="id")
        item, before = found, _snapshot(found)
    item.barcode, item.name, item.category = fields.barcode, fields.name.strip(), fields.category.strip()
    item.unit, item.price_fen, item.tax_rate_bp, item.active = (fields.unit.strip(), fields.price_fen,
                                                                fields.tax_rate_bp, fields.active)
    await session.flush()
    await audit.record(session, actor, action="goods.save", object_type="GoodsItem", object_id=item.id,
                       company_id=item.company_id, before=before, after=_snapshot(item))
    return item
