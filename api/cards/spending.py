"""Paying with a card at checkout (the `CARD` tender, `api.cards.tender`), inside the checkout's transaction.

Checks, in order, each refusal naming the tender's field (`tenders.{i}.reference|password|amountFen`) so
that the whole checkout is refused and nothing is written:
1. the card (by number) is the company's; the presented card and, for a shared-mode child, its parent are
   locked (in the order of their ids) and both states allow SPEND (`api.cards.states`), unexpired;
2. the product's stations, grades and goods categories cover this station and every line of the order;
3. limits of the presented card (its product's, tightened by a child's own): per transaction, per day, per
   month (net of what refunds gave back) and spends per day, counted from `card_spends` (China time) under
   the card's lock;
4. the payment password (argon2id) when the amount is above the product's threshold, unless five wrong ones
   in a row locked it (`api.cards.password_tries`, counted outside the checkout's transaction);
5. the paying card holds enough.
The legs take principal first, then bonus (refunds do not depend on this order: `api.cards.close_split`),
debiting the paying card's accounts and crediting the station's receivable. A card is used once per order.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from api.cards import accounts
from api.cards import password_tries as tries
from api.cards.cards import holdings, lock_cards, role
from api.cards.models import Card, CardMode, CardProduct, CardSpend, CardState
from api.cards.states import STATE_LABELS, CardAction, allows
from api.core.clock import utcnow
from api.core.errors import DomainError
from api.core.locks import xact_lock
from api.identity.passwords import verify_password
from api.ledger.service import Leg
from api.selling import accounts as selling_accounts
from api.selling.errors import CheckoutErrorCode as Code
from api.selling.models import GoodsItem, OrderLine, Payment, Refund, RefundStatus, Tender
from api.selling.tenders import TenderContext, TenderRequest

CHINA = ZoneInfo("Asia/Shanghai")

def _refuse(context: TenderContext, message: str, part: str = "reference") -> DomainError:
    return DomainError(Code.INVALID, message, field=f"tenders.{context.index}.{part}")

def period_starts(now: datetime) -> tuple[datetime, datetime]:
    """The start of today and of this month, China time."""
    local = now.astimezone(CHINA)
    day = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return day, day.replace(day=1)

async def _cards(session: AsyncSession, request: TenderRequest, context: TenderContext) -> tuple[Card, Card]:
    """(the presented card, the card whose accounts pay), both locked."""
    parent_row = aliased(Card)
    found = (await session.execute(select(Card.id, Card.parent_id, parent_row.mode)
                                   .outerjoin(parent_row, parent_row.id == Card.parent_id).where(
        Card.company_id == context.company_id, Card.number == (request.reference or "").strip()))).one_or_none()
    if found is None:
        raise _refuse(context, "储值卡不存在，请核对卡号")
    if found.mode is CardMode.SHARED:  # the children of a shared parent line up for it (api.core.locks)
        await xact_lock(session, f"card-spend:{found.parent_id}")
    ids = [found.id, *([found.parent_id] if found.parent_id else [])]
    cards = await lock_cards(session, context.company_id, ids)
    card = cards[found.id]
    parent = cards.get(found.parent_id) if found.parent_id else None
    for checked in (card, parent) if parent is not None and parent.mode is CardMode.SHARED else (card,):
        if not allows(role(checked), checked.state, CardAction.SPEND):
            owner = "母卡" if checked is parent else "该卡"
            raise _refuse(context, f"{owner}{STATE_LABELS[checked.state]}，不能消费")
    if card.expires_at is not None and card.expires_at <= utcnow():
        raise _refuse(context, "该卡已过有效期")
    paying = parent if parent is not None and parent.mode is CardMode.SHARED else card
    return card, paying

async def _check_lines(session: AsyncSession, product: CardProduct, context: TenderContext) -> None:
    if product.station_ids and context.station_id not in product.station_ids:
        raise _refuse(context, "该卡不能在本站使用")
    await session.flush()  # the order's lines, added by checkout, are read back here
    lines = (await session.execute(select(OrderLine.grade_code, OrderLine.goods_id, GoodsItem.category)
                                   .outerjoin(GoodsItem, GoodsItem.id == OrderLine.goods_id)
                                   .where(OrderLine.order_id == context.order_id))).all()
    for grade, goods, category in lines:
        if grade is not None and product.grade_codes and grade not in product.grade_codes:
            raise _refuse(context, f"该卡不能用于购买油品 {grade}")
        if goods is not None and not product.allows_goods:
            raise _refuse(context, "该卡不能用于购买非油品")
        if goods is not None and product.goods_categories and category not in product.goods_categories:
            raise _refuse(context, f"该卡不能用于购买{category}类商品")

def _limit(product_value: int | None, card_value: int | None) -> int | None:
    values = [v for v in (product_value, card_value) if v is not None]
    return min(values) if values else None

async def _check_limits(session: AsyncSession, card: Card, product: CardProduct, amount: int,
                        context: TenderContext) -> None:
    per_transaction = _limit(product.per_transaction_limit_fen, card.per_transaction_limit_fen)
    if per_transaction is not None and amount > per_transaction:
        raise _refuse(context, f"超过单笔消费限额 {per_transaction / 100:.2f} 元", "amountFen")
    daily, monthly = _limit(product.daily_limit_fen, card.daily_limit_fen), _limit(product.monthly_limit_fen,
                                                                                    card.monthly_limit_fen)
    count = _limit(product.daily_count_limit, card.daily_count_limit)
    if daily is None and monthly is None and count is None:
        return
    day, month = period_starts(utcnow())
    today = CardSpend.created_at >= day
    refunded = (select(func.coalesce(func.sum(Refund.amount_fen), 0)).join(Payment, Payment.id == Refund.payment_id)
                .where(Payment.order_id == CardSpend.order_id, Payment.tender == Tender.CARD,
                       Payment.reference == card.number, Refund.status == RefundStatus.SUCCEEDED)
                .correlate(CardSpend).scalar_subquery())
    kept = CardSpend.amount_fen - refunded  # what a refund gave back no longer counts against the limits
    spent_today, spent_month, spends_today = (await session.execute(select(
        func.coalesce(func.sum(kept).filter(today), 0),
        func.coalesce(func.sum(kept), 0),
        func.count().filter(today)).where(CardSpend.card_id == card.id, CardSpend.created_at >= month))).one()
    if daily is not None and spent_today + amount > daily:
        raise _refuse(context, f"超过每日消费限额 {daily / 100:.2f} 元（今日已用 {spent_today / 100:.2f} 元）",
                      "amountFen")
    if monthly is not None and spent_month + amount > monthly:
        raise _refuse(context, f"超过每月消费限额 {monthly / 100:.2f} 元（本月已用 {spent_month / 100:.2f} 元）",
                      "amountFen")
    if count is not None and spends_today + 1 > count:
        raise _refuse(context, f"超过每日消费次数 {count} 次", "amountFen")

async def _check_password(session: AsyncSession, card: Card, product: CardProduct, request: TenderRequest,
                          context: TenderContext) -> None:
    if product.password_above_fen is None or request.amount_fen <= product.password_above_fen:
        return
    if card.password_hash is None:
        raise _refuse(context, "该卡未设置支付密码，请先设置", "password")
    redis = context.redis
    if redis is None:
        raise RuntimeError("a card payment that needs its password is settled without the request's Redis")
    until = await tries.locked_until(redis, card.id)
    if until is not None:
        raise _refuse(context, f"支付密码已锁定，请 {tries.minutes_left(until)} 分钟后再试，或通过短信验证重设密码",
                      "password")
    if not request.password:
        raise _refuse(context, f"消费超过 {product.password_above_fen / 100:.2f} 元须输入支付密码", "password")
    if not verify_password(card.password_hash, request.password):
        left, until = await tries.count_wrong(redis, card.id)
        if until is None:
            raise _refuse(context, f"支付密码错误，还可尝试 {left} 次", "password")
        tries.audit_lock_after(session, context.actor, card.id, context.company_id, until)
        raise _refuse(context, f"支付密码错误次数过多，已锁定 {tries.LOCK_MINUTES} 分钟，请稍后再试或通过短信验证"
                               "重设密码", "password")
    await tries.count_right(redis, card.id)

async def spend(session: AsyncSession, request: TenderRequest, context: TenderContext) -> list[Leg]:
    """Check and record one card payment (see the module's rules); the legs that pay it."""
    card, paying = await _cards(session, request, context)
    if await session.scalar(select(CardSpend.id).where(CardSpend.order_id == context.order_id,
                                                       CardSpend.card_id == card.id)):
        raise _refuse(context, "同一张卡在一笔订单中只能使用一次")
    product = await session.get(CardProduct, card.product_id)
    assert product is not None
    await _check_lines(session, product, context)
    amount = request.amount_fen
    await _check_limits(session, card, product, amount, context)
    await _check_password(session, card, product, request, context)
    principal, bonus = await holdings(session, context.company_id, paying.id)
    if amount > principal + bonus:
        raise _refuse(context, f"卡内余额不足（可用 {(principal + bonus) / 100:.2f} 元）", "amountFen")
    from_principal = min(amount, principal)
    from_bonus = amount - from_principal
    paying.spent_fen += amount
    session.add(CardSpend(company_id=context.company_id, card_id=card.id, paying_card_id=paying.id,
                          station_id=context.station_id, order_id=context.order_id, amount_fen=amount,
                          principal_fen=from_principal, bonus_fen=from_bonus))
    return [Leg(accounts.principal(paying.id), from_principal), Leg(accounts.bonus(paying.id), from_bonus),
            Leg(selling_accounts.receivable(context.station_id), -amount)]



async def refund_spend(session: AsyncSession, payment: Payment, amount_fen: int) -> list[Leg]:
    """Give part or all of a card payment back to the card that paid it: to its principal and bonus in the
    proportion the payment took them (cumulatively over the payment's refunds, so that refunding the whole
    payment returns exactly what it took); the card's spending history goes down by the same amount."""
    card = await session.scalar(select(Card).where(Card.company_id == payment.company_id,
                                                   Card.number == (payment.reference or "")))
    spent = None if card is None else await session.scalar(select(CardSpend).where(
        CardSpend.order_id == payment.order_id, CardSpend.card_id == card.id))
    if spent is None:
        raise DomainError(Code.INVALID, "找不到这笔储值卡支付的卡", field="paymentId")
    paying = (await lock_cards(session, payment.company_id, [spent.paying_card_id], field="paymentId"))[
        spent.paying_card_id]
    if paying.state is CardState.CLOSED:
        raise DomainError(Code.INVALID, "该卡已销户，无法原路退回，请改用现金退款", field="paymentId")
    before = int(await session.scalar(select(func.coalesce(func.sum(Refund.amount_fen), 0)).where(
        Refund.payment_id == payment.id, Refund.status == RefundStatus.SUCCEEDED)) or 0)

    def principal_share(refunded: int) -> int:
        return refunded * spent.principal_fen // spent.amount_fen

    to_principal = principal_share(before + amount_fen) - principal_share(before)
    paying.spent_fen -= amount_fen
    return [Leg(accounts.principal(paying.id), -to_principal),
            Leg(accounts.bonus(paying.id), to_principal - amount_fen)]
