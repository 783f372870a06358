"""Paying by WeChat payment code at the POS, against the local WeChat Pay server: paid at once, the payer
confirming with a password (USERPAYING, then queried), lost answers resolved by the worker, stale payments
reversed, duplicates settled once, and the merchant account's key never shown."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import func, select

from api.core.clock import utcnow
from api.core.db import Database
from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from api.ledger import service as ledger
from api.ledger.models import LedgerTransfer
from api.payments.fakes.wechat_v2 import FakeWeChatPay
from api.payments.wechat_v2 import WeChatMerchant
from api.selling.collect import advance, resolve_pending
from api.selling.models import Order, Payment
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import Pos

SET_MERCHANT = """mutation($input: PaymentMerchantSetInput!) { paymentMerchantSet(input: $input) {
  merchant { mchId appId payeeName } errors { field code message } } }"""
REFRESH = """mutation($id: ID!) { paymentRefresh(paymentId: $id) { status payments { tender status channelState } } }"""
PAID = "134567890123451234"
CONFIRMING, LOST, EXPIRED = "134567890123450000", "134567890123457777", "134567890123459999"


@pytest.fixture
async def merchant(wechat: tuple[FakeWeChatPay, WeChatMerchant], forecourt: Forecourt,
                   staff_client: StaffClientFactory) -> FakeWeChatPay:
    fake, account = wechat
    admin = await staff_client(permissions=[P.MANAGE_SETTINGS])
    result = await admin.execute(SET_MERCHANT, {"input": {
        "stationId": to_global_id("Station", forecourt.org.stations[0].id), "mchId": account.mch_id,
        "appId": account.app_id, "apiKey": account.api_key, "payeeName": "石桥辅加油站",
        "apiBaseUrl": account.api_base_url, "feeRateBp": 38}})
    assert result.data["paymentMerchantSet"]["errors"] == []
    assert account.api_key not in str(result.body)
    return fake


def fee_fen(amount: int, rate_bp: int = 38) -> int:
    """0.38%, rounded half-up to the fen per transaction."""
    return (amount * rate_bp + 5_000) // 10_000


def code_tender(amount: int, code: str) -> dict[str, object]:
    return {"tender": "WECHAT", "amountFen": amount, "authCode": code}


async def test_cash_and_a_payment_code_pay_the_order_at_once(pos: Pos, merchant: FakeWeChatPay, database: Database,
                                                             forecourt: Forecourt) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(20_000)
    paid = await pos.checkout([fueling], [{"tender": "CASH", "amountFen": 5_000}, code_tender(amount - 5_000, PAID)])
    order = paid["order"]
    assert paid["errors"] == [] and order["status"] == "PAID"
    wechat = order["payments"][1]
    assert (wechat["status"], wechat["channelState"]) == ("SUCCEEDED", "success") and wechat["transactionId"]
    company, station = forecourt.org.company.id, forecourt.org.stations[0].id
    fee = fee_fen(amount - 5_000)
    async with database.session() as session:
        assert await ledger.balance(session, company, f"clearing:wechat:{station}") == amount - 5_000 - fee
        assert await ledger.balance(session, company, f"fee:wechat:{station}") == fee > 0
        assert await ledger.balance(session, company, f"receivable:{station}") == 0
        assert await ledger.verify(session) == []


async def test_the_payer_confirms_with_a_password_and_the_pos_asks_again(pos: Pos, merchant: FakeWeChatPay) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    key = uuid.uuid4().hex
    waiting = (await pos.checkout([fueling], [code_tender(amount, CONFIRMING)], key=key))["order"]
    assert waiting["status"] == "AWAITING_PAYMENT"
    payment = waiting["payments"][0]
    assert (payment["status"], payment["channelState"]) == ("PENDING", "userpaying")
    retried = await pos.checkout([fueling], [code_tender(amount, CONFIRMING)], key=key)  # the POS retries:
    assert retried["replay"] is True and retried["order"]["status"] == "AWAITING_PAYMENT"  # queried, not paid again
    done = (await pos.cashier.execute(REFRESH, {"id": payment["id"]})).data["paymentRefresh"]
    assert done == {"status": "PAID", "payments": [{"tender": "WECHAT", "status": "SUCCEEDED",
                                                   "channelState": "success"}]}
    assert sum(n for k, n in merchant.calls.items() if k.startswith("micropay:")) == 1  # sent once, then queried


async def test_an_expired_code_fails_and_the_fueling_stays_unpaid(pos: Pos, merchant: FakeWeChatPay) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    order = (await pos.checkout([fueling], [code_tender(amount, EXPIRED)]))["order"]
    assert order["status"] == "AWAITING_PAYMENT"
    assert order["payments"][0]["status"] == "FAILED" and order["payments"][0]["channelState"] == "failed"


async def test_the_worker_resolves_lost_answers_and_reverses_stale_payments(
        pos: Pos, merchant: FakeWeChatPay, database: Database, settings: Settings, forecourt: Forecourt) -> None:
    await pos.open()
    lost_fueling, lost_amount = await pos.fueling(10_000)
    lost = (await pos.checkout([lost_fueling], [code_tender(lost_amount, LOST)]))["order"]
    assert lost["payments"][0]["channelState"] == "unknown"
    merchant.confirm_after = 1000  # this payer never confirms
    stale_fueling, stale_amount = await pos.fueling(12_000, nozzle=2)
    stale = (await pos.checkout([stale_fueling], [code_tender(stale_amount, CONFIRMING)]))["order"]
    with time_machine.travel(utcnow() + timedelta(seconds=30)):
        await resolve_pending(database.transaction, settings.data_key)  # queried: the lost one was paid
    with time_machine.travel(utcnow() + timedelta(minutes=6)):
        await resolve_pending(database.transaction, settings.data_key)  # five minutes on: reversed
    async with database.session() as session:
        rows = (await session.execute(select(Order.number, Payment.status, Payment.id).join(
            Payment, Payment.order_id == Order.id).where(Order.number.in_([lost["number"], stale["number"]]),
                                                         Order.company_id == forecourt.org.company.id))).all()
    outcome = {number: (status.value, payment_id) for number, status, payment_id in rows}
    assert outcome[lost["number"]][0] == "succeeded" and outcome[stale["number"]][0] == "closed"
    assert merchant.calls[f"reverse:{outcome[stale['number']][1].hex}"] == 1
    assert merchant.calls[f"micropay:{outcome[lost['number']][1].hex}"] == 1  # the lost answer was not paid again


async def test_concurrent_refreshes_settle_once(pos: Pos, merchant: FakeWeChatPay, database: Database,
                                               settings: Settings, forecourt: Forecourt) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    order = (await pos.checkout([fueling], [code_tender(amount, LOST)]))["order"]
    async with database.session() as session:
        payment = (await session.scalars(select(Payment).join(Order, Order.id == Payment.order_id).where(
            Order.number == order["number"], Order.company_id == forecourt.org.company.id))).one()
    assert payment is not None and order["status"] == "AWAITING_PAYMENT"
    await asyncio.gather(*(advance(database.transaction, payment, settings.data_key) for _ in range(10)))
    async with database.session() as session:
        settled = await session.get(Payment, payment.id)
        assert settled is not None and settled.status.value == "succeeded"
        postings = await session.scalar(select(func.count()).select_from(LedgerTransfer).where(
            LedgerTransfer.reference == str(payment.id)))
        assert postings == 1
        assert await ledger.verify(session) == []


async def test_no_merchant_account_refuses_before_anything_is_written(pos: Pos, wechat: object,
                                                                      database: Database) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    refused = await pos.checkout([fueling], [code_tender(amount, PAID)])
    assert refused["errors"] == [{"field": "tenders", "code": "NO_MERCHANT", "message": "本站未配置该支付渠道的商户号"}]
    bad_code = await pos.checkout([fueling], [code_tender(amount, "2800001111")])
    assert bad_code["errors"][0]["field"] == "tenders.0.authCode"


async def test_an_alipay_code_pays_and_a_refund_goes_back(
        pos: Pos, alipay: tuple[object, object], forecourt: Forecourt, staff_client: StaffClientFactory,
        database: Database) -> None:
    from api.payments.alipay import AlipayMerchant
    from tests.fixtures.alipay import ALIPAY_PID

    _, account = alipay
    assert isinstance(account, AlipayMerchant)
    admin = await staff_client(permissions=[P.MANAGE_SETTINGS, P.REFUND_PAYMENTS])
    station = forecourt.org.stations[0].id
    result = await admin.execute(SET_MERCHANT, {"input": {
        "stationId": to_global_id("Station", station), "channel": "alipay", "mchId": ALIPAY_PID,
        "appId": account.app_id, "apiKey": account.app_private_key_pem, "payeeName": "石桥辅加油站",
        "apiBaseUrl": account.gateway, "platformKeys": [{"serial": "alipay", "pem": account.alipay_public_key_pem}]}})
    assert result.data["paymentMerchantSet"]["errors"] == []
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    order = (await pos.checkout([fueling], [{"tender": "ALIPAY", "amountFen": amount,
                                             "authCode": "287634438256641234"}]))["order"]
    assert order["status"] == "PAID" and order["payments"][0]["transactionId"]
    refund = await admin.execute("""mutation($input: RefundCreateInput!) { refundCreate(input: $input) {
      refund { status } errors { message } } }""", {"input": {
        "paymentId": order["payments"][0]["id"], "amountFen": 300, "reason": "少加了油",
        "idempotencyKey": uuid.uuid4().hex}})
    assert refund.data["refundCreate"]["refund"]["status"] == "SUCCEEDED"
    async with database.session() as session:
        assert await ledger.balance(session, forecourt.org.company.id, f"clearing:alipay:{station}") == amount - 300
        assert await ledger.verify(session) == []
