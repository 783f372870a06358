"""Orders paid, announced at once to the station's POS screens (the `orderPaid` subscription), so that the
station prints and announces an order a driver paid in the mini-program.

Any flush that makes an order PAID (checkout, a channel's notification, the resolver, orderPay) notes it;
once the transaction commits, the order's id is published on the station's channel through the API
process' hub. Like every live channel this is a hint, at most once: a screen that missed one finds the
order in the order list. Work committed in another thread (a worker resolving a payment) hands the
publish to the API's event loop; a process without a hub (a separate worker) publishes nothing, and
the order list stays the record.
"""

from __future__ import annotations

import asyncio
import functools
import uuid
from collections.abc import Awaitable
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from api.core.db import after_commit
from api.core.pubsub import PubSubHub
from api.selling.models import Order, OrderStatus

NOTED_KEY = "orders_paid_noted"
_hub: list[tuple[PubSubHub, asyncio.AbstractEventLoop]] = []


def channel(station_id: uuid.UUID) -> str:
    return f"forecourt:station:{station_id}:orders_paid"


def announce_through(hub: PubSubHub, loop: asyncio.AbstractEventLoop) -> None:
    """Publish paid orders through `hub` (running on `loop`) while it is open (each API app calls this as it
    starts; several apps in one process, as in tests, each add theirs: any of them reaches the same Redis)."""
    _hub.append((hub, loop))


def stop_announcing(hub: PubSubHub) -> None:
    """`hub` is closing: publish through the others, if any."""
    _hub[:] = [(h, loop) for h, loop in _hub if h is not hub]


def _publish(station_id: uuid.UUID, order_id: uuid.UUID) -> Awaitable[int] | None:
    if not _hub:
        return None
    try:
        running_loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
    except RuntimeError:
        running_loop = None
    # the hub of the loop doing the work when there is one (no hop between threads), else the newest
    hub, loop = next(((h, lp) for h, lp in _hub if lp is running_loop), _hub[-1])
    message = hub.publish(channel(station_id), str(order_id))
    if running_loop is loop:
        return message  # awaited by the unit of work's after-commit effects
    if loop.is_closed():
        message.close()
        return None
    asyncio.run_coroutine_threadsafe(message, loop)
    return None


def _became_paid(order: Order, is_new: bool) -> bool:
    if order.status is not OrderStatus.PAID:
        return False
    if is_new:
        return True
    history = inspect(order).attrs["status"].history
    return bool(history.has_changes() and history.deleted and history.deleted[0] is not OrderStatus.PAID)


@event.listens_for(Session, "before_flush")
def note_paid_orders(session: Session, _context: Any, _instances: Any) -> None:
    if not _hub:
        return
    noted: set[uuid.UUID] = session.info.setdefault(NOTED_KEY, set())
    for obj in [*session.new, *session.dirty]:
        if not (isinstance(obj, Order) and obj.station_id is not None and _became_paid(obj, obj in session.new)):
            continue
        if obj.id is None or obj.id not in noted:
            after_commit(session, functools.partial(_announce, obj, obj.station_id))
            if obj.id is not None:
                noted.add(obj.id)


def _announce(order: Order, station_id: uuid.UUID) -> Awaitable[int] | None:
    return _publish(station_id, order.id)
