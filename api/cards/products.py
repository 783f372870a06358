"""Card products (制卡规则): validation, saving (audited), and the rules cards read from them.

Bonus tiers: the highest tier whose `min_fen` the top-up reaches gives its `bonus_fen` (充500送50:
`{min_fen: 50000, bonus_fen: 5000}`); tiers have distinct minimums and a bonus below the minimum.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.cards.errors import CardProductErrorCode as Code
from api.cards.models import CardKind, CardProduct
from api.core import audit
from api.core.actors import Actor
from api.core.errors import DomainError, Forbidden, ValidationErrors
from api.core.permissions import Permission
from api.stations.models import Station

MAX_TIERS = 10
MAX_TOP_UP_FEN = 100_000_000  # ¥1,000,000


@dataclass(frozen=True)
class BonusTier:
    min_fen: int
    bonus_fen: int


@dataclass(frozen=True)
class ProductFields:
    name: str
    kind: CardKind
    named: bool = True
    grade_codes: list[str] = field(default_factory=list)
    allows_goods: bool = True
    goods_categories: list[str] = field(default_factory=list)
    station_ids: list[uuid.UUID] = field(default_factory=list)
    top_up_min_fen: int = 100
    top_up_max_fen: int = 5_000_000
    bonus_tiers: list[BonusTier] = field(default_factory=list)
    per_transaction_limit_fen: int | None = None
    daily_limit_fen: int | None = None
    monthly_limit_fen: int | None = None
    daily_count_limit: int | None = None
    password_above_fen: int | None = None
    valid_days: int | None = None
    active: bool = True


def bonus_for(product: CardProduct, amount_fen: int) -> int:
    """The bonus a top-up of `amount_fen` earns on `product`."""
    reached = [t for t in product.bonus_tiers if amount_fen >= int(t["min_fen"])]
    return max((int(t["bonus_fen"]) for t in reached), default=0)


def _check(fields: ProductFields, problems: ValidationErrors) -> None:
    if not 1 <= len(fields.name.strip()) <= 32:
        problems.add(Code.REQUIRED, "请填写卡名称（最多 32 个字）", "name")
    if not 1 <= fields.top_up_min_fen <= fields.top_up_max_fen <= MAX_TOP_UP_FEN:
        problems.add(Code.INVALID, "充值下限须大于 0 且不高于上限（上限最多 100 万元）", "topUpMinFen")
    minimums = [t.min_fen for t in fields.bonus_tiers]
    if len(fields.bonus_tiers) > MAX_TIERS or len(set(minimums)) != len(minimums):
        problems.add(Code.INVALID, f"赠送档位最多 {MAX_TIERS} 个，且起充金额不能重复", "bonusTiers")
    for i, tier in enumerate(fields.bonus_tiers):
        if tier.min_fen <= 0 or not 0 < tier.bonus_fen < tier.min_fen:
            problems.add(Code.INVALID, "赠送金额须大于 0 且低于起充金额", f"bonusTiers.{i}.bonusFen")
    for name in ("per_transaction_limit_fen", "daily_limit_fen", "monthly_limit_fen", "daily_count_limit",
                 "valid_days"):
        value = getattr(fields, name)
        if value is not None and value <= 0:
            camel = "".join(p if i == 0 else p.title() for i, p in enumerate(name.split("_")))
            problems.add(Code.INVALID, "限额须大于 0（不限请留空）", camel)
    if fields.password_above_fen is not None and fields.password_above_fen < 0:
        problems.add(Code.INVALID, "免密额度不能为负", "passwordAboveFen")
    if any(not 1 <= len(c) <= 8 for c in fields.grade_codes):
        problems.add(Code.INVALID, "油品编码无效", "gradeCodes")


def _values(fields: ProductFields) -> dict[str, Any]:
    return {"name": fields.name.strip(), "kind": fields.kind, "named": fields.named,
            "grade_codes": sorted(set(fields.grade_codes)), "allows_goods": fields.allows_goods,
            "goods_categories": sorted({c.strip() for c in fields.goods_categories if c.strip()}),
            "station_ids": sorted(set(fields.station_ids)), "top_up_min_fen": fields.top_up_min_fen,
            "top_up_max_fen": fields.top_up_max_fen,
            "bonus_tiers": [{"min_fen": t.min_fen, "bonus_fen": t.bonus_fen}
                            for t in sorted(fields.bonus_tiers, key=lambda t: t.min_fen)],
            "per_transaction_limit_fen": fields.per_transaction_limit_fen,
            "daily_limit_fen": fields.daily_limit_fen, "monthly_limit_fen": fields.monthly_limit_fen,
            "daily_count_limit": fields.daily_count_limit, "password_above_fen": fields.password_above_fen,
            "valid_days": fields.valid_days, "active": fields.active}


def _snapshot(product: CardProduct) -> dict[str, Any]:
    return {k: (list(map(str, v)) if k == "station_ids" else v) for k, v in {
        c: getattr(product, c) for c in ("name", "kind", "named", "grade_codes", "allows_goods", "goods_categories",
                                         "station_ids", "top_up_min_fen", "top_up_max_fen", "bonus_tiers",
                                         "per_transaction_limit_fen", "daily_limit_fen", "monthly_limit_fen",
                                         "daily_count_limit", "password_above_fen", "valid_days", "active")}.items()}


async def save_product(session: AsyncSession, actor: Actor, product_id: uuid.UUID | None,
                       fields: ProductFields) -> CardProduct:
    """Create (no id) or replace a card product of the actor's company; audited with before and after."""
    if actor.stations_for(Permission.MANAGE_CARD_PRODUCTS) is not None:
        raise Forbidden("制卡规则对全公司生效，需要全公司范围的权限")
    assert actor.company_id is not None
    problems = ValidationErrors()
    _check(fields, problems)
    if fields.station_ids:
        found = await session.scalar(select(func.count()).select_from(Station).where(
            Station.company_id == actor.company_id, Station.id.in_(fields.station_ids)))
        if found != len(set(fields.station_ids)):
            problems.add(Code.NOT_FOUND, "适用油站不存在", "stationIds")
    problems.raise_if_any()
    product = None
    if product_id is not None:
        product = await session.get(CardProduct, product_id, with_for_update=True)
        if product is None or product.company_id != actor.company_id:
            raise DomainError(Code.NOT_FOUND, "制卡规则不存在", field="id")
    taken = await session.scalar(select(CardProduct.id).where(
        CardProduct.company_id == actor.company_id, CardProduct.name == fields.name.strip()))
    if taken is not None and taken != product_id:
        raise DomainError(Code.DUPLICATE, "已有同名的制卡规则", field="name")
    before = _snapshot(product) if product is not None else None
    values = _values(fields)
    if product is None:
        product = CardProduct(company_id=actor.company_id, **values)
        session.add(product)
    else:
        if product.kind != fields.kind:
            raise DomainError(Code.INVALID, "卡类型（电子卡/实体卡）建立后不能修改", field="kind")
        for key, value in values.items():
            setattr(product, key, value)
    await session.flush()
    await audit.record(session, actor, action="card_product.save", object_type="CardProduct", object_id=product.id,
                       company_id=actor.company_id, before=before, after=_snapshot(product))
    return product
