"""Which payments and refunds an actor may list, for reconciliation with the channels' statements.

Both lists follow the order list's rule: VIEW_ORDERS within the actor's station scope; naming a station out
of scope is FORBIDDEN, no station named means every station in scope. The totals of a filter are one
aggregate statement over the same select the page is cut from, so they always describe the listed rows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import Actor
from api.core.permissions import Permission
from api.selling.models import Order, Payment, PaymentStatus, Refund, RefundStatus, Tender

SEARCH_MAX = 64


@dataclass(frozen=True)
class PaymentTotals:
    count: int
    amount_fen: int
    fee_fen: int


@dataclass(frozen=True)
class RefundTotals:
    count: int
    amount_fen: int


def _contains(term: str) -> str:
    """A LIKE pattern matching `term` anywhere, its wildcards taken literally."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def visible_payments(actor: Actor, *, station_ids: list[uuid.UUID] | None = None, made_from: datetime | None = None,
                     made_to: datetime | None = None, tenders: list[Tender] | None = None,
                     statuses: list[PaymentStatus] | None = None, shift_id: uuid.UUID | None = None,
                     search: str | None = None) -> Select[Any]:
    """The payments (made in [made_from, made_to)) the actor may see; `search` finds a channel's transaction
    id or an order number (any part of either, case-insensitive)."""
    stmt = select(Payment).where(Payment.company_id == actor.company_id)
    allowed = actor.stations_for(Permission.VIEW_ORDERS)
    if allowed is not None:
        stmt = stmt.where(Payment.station_id.in_(allowed))
    if station_ids:
        actor.require_stations(station_ids, Permission.VIEW_ORDERS)
        stmt = stmt.where(Payment.station_id.in_(station_ids))
    if made_from is not None:
        stmt = stmt.where(Payment.created_at >= made_from)
    if made_to is not None:
        stmt = stmt.where(Payment.created_at < made_to)
    if tenders:
        stmt = stmt.where(Payment.tender.in_(tenders))
    if statuses:
        stmt = stmt.where(Payment.status.in_(statuses))
    if shift_id is not None:
        stmt = stmt.where(Payment.shift_id == shift_id)
    term = (search or "").strip()
    if term:
        pattern = _contains(term)
        numbered = select(Order.id).where(Order.company_id == actor.company_id,
                                          Order.number.ilike(pattern, escape="\\"))
        stmt = stmt.where(or_(Payment.transaction_id.ilike(pattern, escape="\\"), Payment.order_id.in_(numbered)))
    return stmt


def visible_refunds(actor: Actor, *, station_ids: list[uuid.UUID] | None = None, asked_from: datetime | None = None,
                    asked_to: datetime | None = None, statuses: list[RefundStatus] | None = None,
                    tenders: list[Tender] | None = None) -> Select[Any]:
    """The refunds (asked for in [asked_from, asked_to)) the actor may see; `tenders` are the refunded
    payments' tenders."""
    stmt = select(Refund).where(Refund.company_id == actor.company_id)
    allowed = actor.stations_for(Permission.VIEW_ORDERS)
    if allowed is not None:
        stmt = stmt.where(Refund.station_id.in_(allowed))
    if station_ids:
        actor.require_stations(station_ids, Permission.VIEW_ORDERS)
        stmt = stmt.where(Refund.station_id.in_(station_ids))
    if asked_from is not None:
        stmt = stmt.where(Refund.created_at >= asked_from)
    if asked_to is not None:
        stmt = stmt.where(Refund.created_at < asked_to)
    if statuses:
        stmt = stmt.where(Refund.status.in_(statuses))
    if tenders:
        stmt = stmt.where(Refund.payment_id.in_(select(Payment.id).where(Payment.tender.in_(tenders))))
    return stmt


async def payment_totals(session: AsyncSession, payments: Select[Any]) -> PaymentTotals:
    """Count, amount and channel fees of every payment `payments` selects, in one statement."""
    rows = payments.order_by(None).subquery()
    count, amount, fee = (await session.execute(select(
        func.count(), func.coalesce(func.sum(rows.c.amount_fen), 0), func.coalesce(func.sum(rows.c.fee_fen), 0),
    ).select_from(rows))).one()
    return PaymentTotals(count=int(count), amount_fen=int(amount), fee_fen=int(fee))


async def refund_totals(session: AsyncSession, refunds: Select[Any]) -> RefundTotals:
    """Count and amount of every refund `refunds` selects, in one statement."""
    rows = refunds.order_by(None).subquery()
    count, amount = (await session.execute(select(
        func.count(), func.coalesce(func.sum(rows.c.amount_fen), 0)).select_from(rows))).one()
    return RefundTotals(count=int(count), amount_fen=int(amount))
