"""Orders paid, announced at once to the station's POS screens (the `orderPaid` subscription), so that the
station prints and announces an order a driver paid in the mini-program.

Any flush that makes an order PAID (checkout, a channel's notification, the resolver, orderPay) is seen by
the order history's hook, which tells `note_paid_order`;
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

from sqlalchemy.orm import Session

from api.core.db import after_commit
from api.core.pubsub import PubSubHub
from api.selling.history import PAID_IN_FLUSH
from api.selling.models import Order

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


def note_paid_order(session: Session, order: Order) -> None:
    """Told by the order history's flush (`api.selling.history`) of an order becoming paid: announce it
    once the transaction commits."""
    if _hub and order.station_id is not None:
        after_commit(session, functools.partial(_announce, order, order.station_id))


PAID_IN_FLUSH.append(note_paid_order)


def _announce(order: Order, station_id: uuid.UUID) -> Awaitable[int] | None:
    return _publish(station_id, order.id)
