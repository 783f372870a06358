"""Plugs loyalty into selling: the order-paid handler, the discount rules, the points tender and the points
of refunds and voids.

Imported by the GraphQL schema (`api.loyalty.schema`) and by the worker's actors (`workers.loyalty`), so
that the API and the worker both price, settle and award the same way.
"""

from __future__ import annotations

from api.loyalty.earning import handle_order_paid
from api.loyalty.pricing import RULES
from api.loyalty.receipt_lines import points_lines
from api.loyalty.redemption import PointsTender
from api.loyalty.refunds import give_back_on_void, on_refund
from api.selling import discounts, events, receipts, refunds, tenders, voids
from api.selling.models import Tender


def register() -> None:
    """Idempotent: registering twice registers once."""
    events.on_order_paid(handle_order_paid)
    for rule in RULES:
        if rule not in discounts.RULES:
            discounts.register_rule(rule)
    tenders.register_tender(Tender.POINTS, PointsTender())
    receipts.on_receipt(points_lines)
    refunds.on_refund(on_refund)
    voids.reverse_on_void(Tender.POINTS, give_back_on_void)


register()
