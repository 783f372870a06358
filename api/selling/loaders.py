"""Loaders of orders' lines, payments and cashiers: one query per page, whatever its size."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from strawberry.dataloader import DataLoader

from api.core.loading import SessionOpener, by_key_loader, grouped_loader
from api.identity.models import StaffUser
from api.members.models import Member
from api.selling.history_model import OrderEvent
from api.selling.models import OrderDiscount, OrderLine, Payment, Refund


def LinesByOrderIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return grouped_loader(opener, lambda keys: select(OrderLine).where(OrderLine.order_id.in_(keys))
                          .order_by(OrderLine.position), lambda line: line.order_id)


def PaymentsByOrderIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return grouped_loader(opener, lambda keys: select(Payment).where(Payment.order_id.in_(keys))
                          .order_by(Payment.position), lambda p: p.order_id)


def StaffNameByIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(StaffUser).where(StaffUser.id.in_(keys)), lambda u: u.id)


def RefundsByOrderIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return grouped_loader(opener, lambda keys: select(Refund).where(Refund.order_id.in_(keys))
                          .order_by(Refund.created_at), lambda r: r.order_id)


def EventsByOrderIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return grouped_loader(opener, lambda keys: select(OrderEvent).where(OrderEvent.order_id.in_(keys))
                          .order_by(OrderEvent.created_at, OrderEvent.id), lambda e: e.order_id)


def DiscountsByOrderIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return grouped_loader(opener, lambda keys: select(OrderDiscount).where(OrderDiscount.order_id.in_(keys))
                          .order_by(OrderDiscount.position), lambda d: d.order_id)


def MemberByIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(Member).where(Member.id.in_(keys)), lambda m: m.id)
