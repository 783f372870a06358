"""The payment-notification inbox (WeChat Pay v3), as `RELIABILITY.md` describes it:

1. the raw body is verified (signature by serial, five-minute window) and decrypted, with the keys of the
   station's merchant account named in the notification URL; anything else gets a 401 and changes nothing;
2. in one transaction: the notification is inserted by its id (a duplicate finds the row: 204, nothing
   else), the payment named by `out_trade_no` is locked and checked against the notification (mchid,
   appid, amount), and settled (the ledger posting is keyed by the channel's transaction id, so even a
   second notification id for the same payment posts nothing twice);
3. 204 with no body. A mismatch is recorded with its reason and answered 400 (the sender retries; a human
   looks at it).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

import structlog
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert

from api.core.clock import utcnow
from api.core.db import Database
from api.core.personal_data import decrypt
from api.payments.channels import ChannelResult, ChannelState
from api.payments.models import PaymentMerchant, PaymentNotification
from api.payments.wechat_v3 import Notification, NotificationRejected, NotifyVerifier, load_public_key
from api.selling.collect import settle
from api.selling.models import Payment, PaymentStatus

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Answer:
    status: int
    reason: str


def _check(notification: Notification, merchant: PaymentMerchant, payment: Payment | None) -> str | None:
    resource = notification.resource
    if payment is None or payment.station_id != merchant.station_id:
        return "unknown out_trade_no"
    if resource.get("mchid") != merchant.mch_id or resource.get("appid") != merchant.app_id:
        return "mchid/appid do not match the merchant"
    if int(resource.get("amount", {}).get("total", -1)) != payment.amount_fen:
        return "amount does not match the payment"
    return None


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
    out_trade_no = str(resource.get("out_trade_no", ""))
    async with database.transaction() as session:
        inserted = await session.scalar(insert(PaymentNotification).values(
            id=uuid.uuid4(), company_id=merchant.company_id, station_id=station_id, channel="wechat",
            notification_id=notification.id, event_type=notification.event_type, out_trade_no=out_trade_no,
            resource=resource, raw_body=body.decode(errors="replace"), outcome="received")
            .on_conflict_do_nothing(index_elements=["channel", "notification_id"]).returning(PaymentNotification.id))
        if inserted is None:
            return Answer(204, "duplicate")
        try:
            payment_id = uuid.UUID(hex=out_trade_no)
        except ValueError:
            payment_id = None
        payment = None if payment_id is None else await session.scalar(
            select(Payment).where(Payment.id == payment_id).with_for_update())
        problem = _check(notification, merchant, payment)
        row = await session.get(PaymentNotification, inserted)
        assert row is not None
        row.processed_at = utcnow()
        if problem is not None or payment is None:
            row.outcome = f"refused: {problem}"
            log.error("wechat_notification_mismatch", reason=problem, notification=notification.id)
            return Answer(400, "mismatch")
        state = ChannelState.SUCCESS if resource.get("trade_state") == "SUCCESS" else ChannelState.UNKNOWN
        if payment.status is PaymentStatus.PENDING and state is ChannelState.SUCCESS:
            await settle(session, payment.id, ChannelResult(state, transaction_id=str(resource["transaction_id"]),
                                                            amount_fen=int(resource["amount"]["total"])))
            row.outcome = "settled"
        else:
            row.outcome = f"no change ({payment.status.value}, {resource.get('trade_state')})"
    return Answer(204, "ok")
