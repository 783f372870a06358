"""A company's loyalty programme settings, tiers and points rules: reading them and saving them.

Saving changes the whole company's rules, so it needs MANAGE_LOYALTY over the whole company (a grant
limited to some stations is refused). Every save is audited.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor
from api.core.clock import ensure_aware
from api.core.errors import DomainError, Forbidden, ValidationErrors
from api.core.permissions import Permission
from api.loyalty.errors import LoyaltyErrorCode as Code
from api.loyalty.models import LoyaltyProgram, PointsBasis, PointsRule, PointsRuleKind, PointsTarget, Tier

MAX_TIERS = 10
MAX_FEN_PER_LITRE = 300  # ¥3 off a litre at most


def defaults(company_id: uuid.UUID) -> LoyaltyProgram:
    """The programme of a company that saved none (not added to any session)."""
    return LoyaltyProgram(company_id=company_id, tier_window_days=365, points_validity_days=730,
                          redeem_points_per_yuan=100, redeem_min_points=100, redeem_max_share_pct=50,
                          certified_discounts={}, certified_stacks=False)


async def programme(session: AsyncSession, company_id: uuid.UUID) -> LoyaltyProgram:
    saved = await session.scalar(select(LoyaltyProgram).where(LoyaltyProgram.company_id == company_id))
    return saved or defaults(company_id)


async def tiers(session: AsyncSession, company_id: uuid.UUID) -> list[Tier]:
    """The ladder, lowest first."""
    return list((await session.scalars(select(Tier).where(Tier.company_id == company_id).order_by(Tier.rank))).all())


def _company_wide(actor: Actor) -> uuid.UUID:
    actor.require(Permission.MANAGE_LOYALTY)
    if actor.stations_for(Permission.MANAGE_LOYALTY) is not None:
        raise Forbidden("会员等级与积分规则适用于全公司，需要全公司范围的权限")
    assert actor.company_id is not None
    return actor.company_id


def _grade_amounts(values: dict[str, int], problems: ValidationErrors, name: str) -> dict[str, int]:
    for grade, fen in values.items():
        if not grade.strip() or len(grade) > 8:
            problems.add(Code.INVALID, "油品编码无效", name)
        if not 0 < fen <= MAX_FEN_PER_LITRE:
            problems.add(Code.INVALID, f"每升优惠须在 0.01 到 {MAX_FEN_PER_LITRE / 100:.2f} 元之间", name)
    return {g.strip(): f for g, f in values.items()}


@dataclass(frozen=True)
class ProgrammeFields:
    tier_window_days: int
    points_validity_days: int
    redeem_points_per_yuan: int
    redeem_min_points: int
    redeem_max_share_pct: int
    certified_discounts: dict[str, int] = field(default_factory=dict)
    certified_stacks: bool = False


async def save_programme(session: AsyncSession, actor: Actor, fields: ProgrammeFields) -> LoyaltyProgram:
    company_id = _company_wide(actor)
    problems = ValidationErrors()
    if not 30 <= fields.tier_window_days <= 730:
        problems.add(Code.INVALID, "定级周期须在 30 到 730 天之间", "tierWindowDays")
    if not 30 <= fields.points_validity_days <= 3650:
        problems.add(Code.INVALID, "积分有效期须在 30 到 3650 天之间", "pointsValidityDays")
    if not 1 <= fields.redeem_points_per_yuan <= 10_000:
        problems.add(Code.INVALID, "抵扣比例须为每元 1 到 10000 积分", "redeemPointsPerYuan")
    if not 0 <= fields.redeem_min_points <= 1_000_000:
        problems.add(Code.INVALID, "最低抵扣积分须在 0 到 1000000 之间", "redeemMinPoints")
    if not 1 <= fields.redeem_max_share_pct <= 100:
        problems.add(Code.INVALID, "抵扣上限须为订单应付的 1% 到 100%", "redeemMaxSharePct")
    discounts = _grade_amounts(fields.certified_discounts, problems, "certifiedDiscounts")
    problems.raise_if_any()
    saved = await session.scalar(select(LoyaltyProgram).where(LoyaltyProgram.company_id == company_id)
                                 .with_for_update())
    before = _programme_snapshot(saved) if saved else None
    if saved is None:
        saved = defaults(company_id)
        session.add(saved)
    saved.tier_window_days, saved.points_validity_days = fields.tier_window_days, fields.points_validity_days
    saved.redeem_points_per_yuan, saved.redeem_min_points = fields.redeem_points_per_yuan, fields.redeem_min_points
    saved.redeem_max_share_pct, saved.certified_discounts = fields.redeem_max_share_pct, discounts
    saved.certified_stacks = fields.certified_stacks
    await session.flush()
    await audit.record(session, actor, action="loyalty.programme_save", object_type="LoyaltyProgram",
                       object_id=saved.id, company_id=company_id, before=before, after=_programme_snapshot(saved))
    return saved


def _programme_snapshot(p: LoyaltyProgram) -> dict[str, object]:
    return {"tier_window_days": p.tier_window_days, "points_validity_days": p.points_validity_days,
            "redeem_points_per_yuan": p.redeem_points_per_yuan, "redeem_min_points": p.redeem_min_points,
            "redeem_max_share_pct": p.redeem_max_share_pct, "certified_discounts": dict(p.certified_discounts),
            "certified_stacks": p.certified_stacks}


@dataclass(frozen=True)
class TierFields:
    name: str
    rank: int
    min_spend_fen: int | None
    min_volume_ml: int | None
    points_multiplier_pct: int
    grade_discounts: dict[str, int] = field(default_factory=dict)


async def save_tier(session: AsyncSession, actor: Actor, tier_id: uuid.UUID | None, fields: TierFields) -> Tier:
    """Create or change a tier. Rank 0 is the base tier (no threshold); higher ranks need a threshold."""
    company_id = _company_wide(actor)
    problems = ValidationErrors()
    name = fields.name.strip()
    if not 1 <= len(name) <= 16:
        problems.add(Code.INVALID, "等级名称须为 1 到 16 个字", "name")
    if not 0 <= fields.rank < MAX_TIERS:
        problems.add(Code.INVALID, f"等级序号须在 0 到 {MAX_TIERS - 1} 之间", "rank")
    for value, name_ in ((fields.min_spend_fen, "minSpendFen"), (fields.min_volume_ml, "minVolumeMl")):
        if value is not None and not 0 < value <= 10**11:
            problems.add(Code.INVALID, "门槛须大于 0", name_)
    if fields.rank == 0 and (fields.min_spend_fen is not None or fields.min_volume_ml is not None):
        problems.add(Code.INVALID, "基础等级（序号 0）不设门槛", "rank")
    if fields.rank > 0 and fields.min_spend_fen is None and fields.min_volume_ml is None:
        problems.add(Code.INVALID, "请设置消费金额或加油升数门槛", "minSpendFen")
    if not 100 <= fields.points_multiplier_pct <= 1000:
        problems.add(Code.INVALID, "积分倍率须在 1 到 10 倍之间", "pointsMultiplierPct")
    discounts = _grade_amounts(fields.grade_discounts, problems, "gradeDiscounts")
    problems.raise_if_any()
    ladder = {t.id: t for t in (await session.scalars(select(Tier).where(Tier.company_id == company_id)
                                                       .with_for_update())).all()}
    tier = ladder.get(tier_id) if tier_id else None
    if tier_id is not None and tier is None:
        raise DomainError(Code.NOT_FOUND, "等级不存在", field="id")
    others = [t for t in ladder.values() if t is not tier]
    if any(t.rank == fields.rank for t in others):
        raise DomainError(Code.DUPLICATE, f"序号 {fields.rank} 已被其他等级使用", field="rank")
    if any(t.name == name for t in others):
        raise DomainError(Code.DUPLICATE, "等级名称已存在", field="name")
    before = _tier_snapshot(tier) if tier else None
    if tier is None:
        tier = Tier(company_id=company_id)
        session.add(tier)
    tier.name, tier.rank = name, fields.rank
    tier.min_spend_fen, tier.min_volume_ml = fields.min_spend_fen, fields.min_volume_ml
    tier.points_multiplier_pct, tier.grade_discounts = fields.points_multiplier_pct, discounts
    await session.flush()
    await audit.record(session, actor, action="loyalty.tier_save", object_type="Tier", object_id=tier.id,
                       company_id=company_id, before=before, after=_tier_snapshot(tier))
    return tier


def _tier_snapshot(t: Tier) -> dict[str, object]:
    return {"name": t.name, "rank": t.rank, "min_spend_fen": t.min_spend_fen, "min_volume_ml": t.min_volume_ml,
            "points_multiplier_pct": t.points_multiplier_pct, "grade_discounts": dict(t.grade_discounts)}


@dataclass(frozen=True)
class PointsRuleFields:
    name: str
    kind: PointsRuleKind
    target: PointsTarget
    grade_code: str | None = None
    basis: PointsBasis | None = None
    points: int | None = None
    multiplier_pct: int | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    active: bool = True


def _check_rule(f: PointsRuleFields, problems: ValidationErrors) -> None:
    if not 1 <= len(f.name.strip()) <= 32:
        problems.add(Code.INVALID, "规则名称须为 1 到 32 个字", "name")
    if f.target is PointsTarget.GOODS and f.grade_code:
        problems.add(Code.INVALID, "商品规则不指定油品", "gradeCode")
    if f.kind is PointsRuleKind.BASE:
        if f.basis is None:
            problems.add(Code.INVALID, "请选择按金额或按升数积分", "basis")
        elif f.basis is PointsBasis.PER_LITRE and f.target is PointsTarget.GOODS:
            problems.add(Code.INVALID, "商品只能按金额积分", "basis")
        if f.points is None or not 1 <= f.points <= 1000:
            problems.add(Code.INVALID, "每元或每升积分须在 1 到 1000 之间", "points")
    else:
        if f.multiplier_pct is None or not 101 <= f.multiplier_pct <= 1000:
            problems.add(Code.INVALID, "活动倍率须大于 1 倍、不超过 10 倍", "multiplierPct")
        if f.starts_at is None or f.ends_at is None:
            problems.add(Code.INVALID, "活动须设置开始和结束时间", "startsAt")
        elif ensure_aware(f.ends_at) <= ensure_aware(f.starts_at):
            problems.add(Code.INVALID, "结束时间须晚于开始时间", "endsAt")


async def save_points_rule(session: AsyncSession, actor: Actor, rule_id: uuid.UUID | None,
                           fields: PointsRuleFields) -> PointsRule:
    company_id = _company_wide(actor)
    problems = ValidationErrors()
    _check_rule(fields, problems)
    problems.raise_if_any()
    rule = None
    if rule_id is not None:
        rule = await session.scalar(select(PointsRule).where(PointsRule.id == rule_id,
                                                             PointsRule.company_id == company_id).with_for_update())
        if rule is None:
            raise DomainError(Code.NOT_FOUND, "积分规则不存在", field="id")
    before = _rule_snapshot(rule) if rule else None
    if rule is None:
        rule = PointsRule(company_id=company_id)
        session.add(rule)
    base = fields.kind is PointsRuleKind.BASE
    rule.name, rule.kind, rule.target, rule.active = fields.name.strip(), fields.kind, fields.target, fields.active
    rule.grade_code = (fields.grade_code or "").strip() or None
    rule.basis, rule.points = (fields.basis, fields.points) if base else (None, None)
    rule.multiplier_pct = None if base else fields.multiplier_pct
    rule.starts_at = ensure_aware(fields.starts_at) if fields.starts_at else None
    rule.ends_at = ensure_aware(fields.ends_at) if fields.ends_at else None
    await session.flush()
    await audit.record(session, actor, action="loyalty.points_rule_save", object_type="PointsRule", object_id=rule.id,
                       company_id=company_id, before=before, after=_rule_snapshot(rule))
    return rule


def _rule_snapshot(r: PointsRule) -> dict[str, object]:
    return {"name": r.name, "kind": r.kind.value, "target": r.target.value, "grade_code": r.grade_code,
            "basis": r.basis.value if r.basis else None, "points": r.points, "multiplier_pct": r.multiplier_pct,
            "starts_at": r.starts_at.isoformat() if r.starts_at else None,
            "ends_at": r.ends_at.isoformat() if r.ends_at else None, "active": r.active}
