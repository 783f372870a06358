"""The payment-notification inbox (WeChat Pay v3), as `RELIABILITY.md` describes it:

1. the raw body is verified (signature by serial, five-minute window) and decrypted, with the keys of the
   station's merchant account named in the notification URL; anything else gets a 401 and changes nothing;
2. in one transaction: the notification is inserted by its id (a duplicate finds the row and changes
   nothing: 204, or 400 again if it was refused), then
   - TRANSACTION.*: the payment named by `out_trade_no` is locked and checked against the notification
     (mchid, appid: the mini-program's for a JSAPI payment, amount), and settled (the ledger posting is
     keyed by the channel's transaction id, so even a second notification id for the same payment posts
     nothing twice); an out_trade_no that is no order's payment may be a card's top-up payment, checked and
     settled the same way by `api.cards.top_up_payments`;
   - REFUND.*: the refund named by `out_refund_no` is locked and checked (mchid, out_trade_no, refund and
     total amounts); REFUND.SUCCESS finishes it (posted once, keyed by the refund), REFUND.CLOSED fails it,
     REFUND.ABNORMAL (the money could not reach the payer) leaves it pending for a human, logged;
3. 204 with no body. A mismatch is recorded with its reason and answered 400 (a human looks at it).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import structlog
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.clock import utcnow
from api.core.db import Database
from api.core.personal_data import decrypt
from api.payments.channels import ChannelResult, ChannelState, RefundResult, RefundState
from api.payments.models import PaymentMerchant, PaymentNotification
from api.payments.wechat_v3 import Notification, NotificationRejected, NotifyVerifier, load_public_key
from api.selling.collect import settle
from api.selling.jsapi_models import JsapiPayment
from api.selling.models import Payment, PaymentStatus, Refund, RefundStatus, Tender
from api.selling.refunds import settle_refund

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Answer:
    status: int
    reason: str


OK, MISMATCH = Answer(204, "ok"), Answer(400, "mismatch")


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(hex=str(value))
    except ValueError:
        return None


def _fen(amount: Any, name: str) -> int:
    try:
        return int((amount or {}).get(name, -1))
    except (TypeError, ValueError, AttributeError):
        return -1


def _check_transaction(resource: dict[str, Any], merchant: PaymentMerchant, payment: Payment | None,
                       app_id: str) -> str | None:
    if payment is None or payment.station_id != merchant.station_id or payment.tender is not Tender.WECHAT:
        return "unknown out_trade_no"
    if resource.get("mchid") != merchant.mch_id or resource.get("appid") != app_id:
        return "mchid/appid do not match the merchant"
    if _fen(resource.get("amount"), "total") != payment.amount_fen:
        return "amount does not match the payment"
    return None


async def _transaction_event(session: AsyncSession, notification: Notification,
                             merchant: PaymentMerchant) -> tuple[str, Answer]:
    resource = notification.resource
    payment_id = _uuid(resource.get("out_trade_no"))
    payment = None if payment_id is None else await session.scalar(
        select(Payment).where(Payment.id == payment_id).with_for_update())
    if payment is None and payment_id is not None:  # a card's top-up paid in the mini-program?
        from api.cards.top_up_payments import transaction_notified

        top_up = await transaction_notified(session, resource, merchant, payment_id)
        if top_up is not None:
            if not top_up[1]:
                log.error("wechat_notification_mismatch", reason=top_up[0], notification=notification.id)
            return top_up[0], OK if top_up[1] else MISMATCH
    jsapi_app_id = None if payment is None else await session.scalar(
        select(JsapiPayment.app_id).where(JsapiPayment.payment_id == payment.id))
    problem = _check_transaction(resource, merchant, payment, jsapi_app_id or merchant.app_id)
    if problem is not None or payment is None:
        log.error("wechat_notification_mismatch", reason=problem, notification=notification.id)
        return f"refused: {problem}", MISMATCH
    trade_state = resource.get("trade_state")
    if payment.status is PaymentStatus.PENDING and trade_state == "SUCCESS":
        await settle(session, payment.id, ChannelResult(ChannelState.SUCCESS,
                                                        transaction_id=str(resource["transaction_id"]),
                                                        amount_fen=_fen(resource.get("amount"), "total")))
        return "settled", OK
    if trade_state == "SUCCESS" and payment.status is not PaymentStatus.SUCCEEDED:
        log.error("wechat_paid_after_close", payment=str(payment.id), status=payment.status.value)
    return f"no change ({payment.status.value}, {trade_state})", OK


def _check_refund(resource: dict[str, Any], merchant: PaymentMerchant, refund: Refund | None,
                  payment: Payment | None) -> str | None:
    if refund is None or payment is None or refund.station_id != merchant.station_id:
        return "unknown out_refund_no"
    if resource.get("mchid") != merchant.mch_id:
        return "mchid does not match the merchant"
    if resource.get("out_trade_no") != payment.id.hex:
        return "out_trade_no does not match the refund"
    amount = resource.get("amount")
    if _fen(amount, "refund") != refund.amount_fen or _fen(amount, "total") != payment.amount_fen:
        return "amount does not match the refund"
    return None


async def _refund_event(session: AsyncSession, notification: Notification,
                        merchant: PaymentMerchant) -> tuple[str, Answer]:
    resource = notification.resource
    refund_id = _uuid(resource.get("out_refund_no"))
    refund = None if refund_id is None else await session.scalar(
        select(Refund).where(Refund.id == refund_id).with_for_update())
    payment = None if refund is None else await session.get(Payment, refund.payment_id)
    problem = _check_refund(resource, merchant, refund, payment)
    status = str(resource.get("refund_status", ""))
    if problem is None and notification.event_type != f"REFUND.{status}":
        problem = "event type does not match the refund status"
    if problem is not None or refund is None:
        log.error("wechat_notification_mismatch", reason=problem, notification=notification.id)
        return f"refused: {problem}", MISMATCH
    if refund.status is not RefundStatus.PENDING:
        return f"no change ({refund.status.value}, {status})", OK
    if status == "SUCCESS":
        await settle_refund(session, refund.id, RefundResult(RefundState.SUCCESS,
                                                             refund_id=str(resource.get("refund_id") or "") or None))
        return "refunded", OK
    if status == "CLOSED":
        await settle_refund(session, refund.id, RefundResult(RefundState.FAILED, code=status))
        return "refund closed", OK
    log.error("wechat_refund_abnormal", refund=str(refund.id), status=status)
    return f"no change ({status}: needs a human)", OK


async def handle_wechat_v3(database: Database, station_id: uuid.UUID, headers: Mapping[str, str], body: bytes,
                           data_key: str) -> Answer:
    async with database.session() as session:
        merchant = await session.scalar(select(PaymentMerchant).where(PaymentMerchant.station_id == station_id,
                                                                      PaymentMerchant.channel == "wechat"))
    if merchant is None or merchant.api_v3_key_encrypted is None or not merchant.platform_keys:
        log.warning("wechat_notification_rejected", reason="no v3 merchant", station=str(station_id))
        return Answer(401, "not configured")
    verifier = NotifyVerifier({serial: load_public_key(pem) for serial, pem in merchant.platform_keys.items()},
                              decrypt(data_key, merchant.api_v3_key_encrypted).encode())
    try:
        notification = verifier.verify(headers, body)
    except NotificationRejected as exc:
        log.warning("wechat_notification_rejected", reason=str(exc), station=str(station_id))
        return Answer(401, "rejected")
    resource = notification.resource
    async with database.transaction() as session:
        inserted = await session.scalar(insert(PaymentNotification).values(
            id=uuid.uuid4(), company_id=merchant.company_id, station_id=station_id, channel="wechat",
            notification_id=notification.id, event_type=notification.event_type[:32],
            out_trade_no=str(resource.get("out_trade_no", ""))[:64], resource=resource,
            raw_body=body.decode(errors="replace"), outcome="received")
            .on_conflict_do_nothing(index_elements=["channel", "notification_id"]).returning(PaymentNotification.id))
        if inserted is None:  # delivered before: answered as then, nothing else
            outcome = await session.scalar(select(PaymentNotification.outcome).where(
                PaymentNotification.channel == "wechat", PaymentNotification.notification_id == notification.id))
            return MISMATCH if (outcome or "").startswith("refused") else Answer(204, "duplicate")
        row = await session.get(PaymentNotification, inserted)
        assert row is not None
        row.processed_at = utcnow()
        event = _refund_event if notification.event_type.startswith("REFUND.") else _transaction_event
        row.outcome, answer = await event(session, notification, merchant)
    return answer
