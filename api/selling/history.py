"""Every change of an order is recorded as it is flushed, whichever service made it.

A `before_flush` hook of every session looks at the orders, payments and refunds being inserted or
updated and adds one `OrderEvent` per status that appeared or changed (and per change of an order's
tags), written right after the rows it refers to in the same flush, so the history commits or rolls back
with the change itself. Nothing is
written when a status is set to what it already was. The actor is the one the unit of work runs for
(`SESSION_ACTOR_KEY` in the session's info, set by the request context); work without one (a worker resolving
a payment, a channel's notification) is recorded as the system's.

An order becoming paid also writes the outbox message of `api.selling.events` in the same flush.

Changes made by bulk `UPDATE` statements bypass the hook; services change these rows through the ORM.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from api.core.actors import SESSION_ACTOR_KEY, Actor
from api.core.clock import utcnow
from api.core.ids import uuid7
from api.core.tasks import enqueue_durably
from api.selling.events import ORDER_PAID_ACTOR
from api.selling.history_model import OrderEvent, OrderEventKind
from api.selling.models import Order, OrderStatus, Payment, Refund

SYSTEM_LABEL = "系统"
PAID_IN_FLUSH: list[Callable[[Session, Order], None]] = []  # told, in the flush, of each order becoming paid
PENDING_KEY = "order_events"


def _value(value: Any) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def _change(obj: Any, attribute: str, is_new: bool) -> tuple[str | None, str] | None:
    """(before, after) of an attribute that changed in this flush, or None."""
    now = _value(getattr(obj, attribute))
    if now is None:
        return None
    if is_new:
        return None, now
    history = inspect(obj).attrs[attribute].history
    if not history.has_changes():
        return None
    before = _value(history.deleted[0]) if history.deleted else None
    return None if before == now else (before, now)


def _tags(order: Order, is_new: bool) -> tuple[str | None, str] | None:
    if is_new:
        return None
    history = inspect(order).attrs["tags"].history
    if not history.has_changes() or not history.deleted:
        return None
    before, after = ",".join(history.deleted[0] or []), ",".join(order.tags or [])
    return None if before == after else (before, after)


def _events(session: Session, obj: Any, is_new: bool) -> list[dict[str, Any]]:
    changes: list[tuple[OrderEventKind, tuple[str | None, str]]] = []
    if isinstance(obj, Order):
        if obj.id is None:
            obj.id = uuid7()  # the event refers to it within this flush
        status = _change(obj, "status", is_new)
        if status is not None:
            changes.append((OrderEventKind.ORDER, status))
            if status[1] == OrderStatus.PAID.value:  # other domains act on it (`api.selling.events`)
                enqueue_durably(session, ORDER_PAID_ACTOR, order_id=str(obj.id))
                for noticed in PAID_IN_FLUSH:
                    noticed(session, obj)
        tags = _tags(obj, is_new)
        if tags is not None:
            changes.append((OrderEventKind.TAGS, tags))
        order_id, extra = obj.id, {}
    else:
        status = _change(obj, "status", is_new)
        if status is None:
            return []
        if obj.id is None:
            obj.id = uuid7()
        kind = OrderEventKind.PAYMENT if isinstance(obj, Payment) else OrderEventKind.REFUND
        changes.append((kind, status))
        order_id = obj.order_id
        payment = obj if isinstance(obj, Payment) else session.identity_map.get(identity_key(Payment, obj.payment_id))
        extra = {"payment_id": obj.id if isinstance(obj, Payment) else obj.payment_id,
                 "refund_id": obj.id if isinstance(obj, Refund) else None,
                 "tender": _value(getattr(payment, "tender", None)), "amount_fen": obj.amount_fen}
    actor: Actor | None = session.info.get(SESSION_ACTOR_KEY)
    who = {"actor_kind": actor.kind.value if actor else "system", "actor_id": actor.id if actor else None,
           "actor_label": actor.label if actor else SYSTEM_LABEL}
    now = utcnow()
    return [{"id": uuid7(), "created_at": now, "updated_at": now, "company_id": obj.company_id,
             "station_id": obj.station_id, "order_id": order_id, "kind": kind, "from_value": before,
             "to_value": after, "payment_id": None, "refund_id": None, "tender": None, "amount_fen": None,
             **extra, **who}
            for kind, (before, after) in changes]


@event.listens_for(Session, "before_flush")
def collect_order_events(session: Session, _context: Any, _instances: Any) -> None:
    """Note the changes about to be flushed (their attribute histories are gone after the flush)."""
    events: list[dict[str, Any]] = session.info.setdefault(PENDING_KEY, [])
    for obj in list(session.new):
        if isinstance(obj, Order | Payment | Refund):
            events += _events(session, obj, is_new=True)
    for obj in list(session.dirty):
        if isinstance(obj, Order | Payment | Refund) and session.is_modified(obj, include_collections=False):
            events += _events(session, obj, is_new=False)


@event.listens_for(Session, "after_flush")
def write_order_events(session: Session, _context: Any) -> None:
    """Insert the noted events once the rows they refer to are written, in the same transaction."""
    events = session.info.pop(PENDING_KEY, None)
    if events:
        session.connection().execute(insert(OrderEvent), events)

