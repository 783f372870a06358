"""Paying an order in the mini-program with WeChat Pay JSAPI, against the local v3 server over real HTTP and
the real notification inbox: the prepay and its wx.requestPayment parameters, the driver paying in WeChat
(10 duplicate notifications at once, and again later, settle once and post once), replays with the same key,
forged notifications and answers, unpaid payments queried then closed after five minutes, a missed
notification found by the query, and refunds closed once by their REFUND.* notifications."""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
import time_machine
from sqlalchemy import func, select

from api.core.actors import Actor, ActorKind
from api.core.clock import utcnow
from api.core.db import Database
from api.core.errors import DomainError
from api.core.ids import from_global_id, to_global_id
from api.core.permissions import Permission as P
from api.ledger.models import LedgerTransfer
from api.payments.fakes.wechat_v3 import FakeWeChatNotifier
from api.payments.merchants import JsapiKeys, set_merchant
from api.selling.collect import advance
from api.selling.jsapi_payments import JsapiPaymentRequest, JsapiPaymentResult, create_jsapi_payment
from api.selling.models import Order, Payment, PaymentStatus, Refund
from api.selling.refunds import advance_refund
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.fixtures.wechat import API_KEY, APP_ID, MCH_ID, MERCHANT_SERIAL, MINI_APP_ID, WeChatV3
from tests.selling.pos import Pos
from tests.selling.test_payment_code import code_tender, fee_fen
from tests.support.graphql import GraphQLClient
from tests.support.live_server import LiveServer

OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
EXPIRED_CODE = "134567890123459999"  # the payment code at the POS expired: the driver pays in the mini-program
REFUND = """mutation($input: RefundCreateInput!) { refundCreate(input: $input) {
  refund { id status } errors { field code message } } }"""


@pytest.fixture
async def pos(client: GraphQLClient, forecourt: Forecourt, staff_client: StaffClientFactory) -> Pos:
    station = forecourt.org.stations[0].id
    cashier = await staff_client(role_code="cashier", stations=[station])
    return Pos(cashier, client.with_token(forecourt.device_token), to_global_id("Station", station))


@pytest.fixture
async def jsapi(wechat_v3: WeChatV3, forecourt: Forecourt, staff_client: StaffClientFactory, database: Database,
                settings: Settings) -> WeChatV3:
    """The station's WeChat merchant account with payment code (v2), notifications and JSAPI (v3)."""
    admin = await staff_client(permissions=[P.MANAGE_SETTINGS])
    actor = Actor(kind=ActorKind.STAFF, id=admin.user.id, company_id=forecourt.org.company.id,  # type: ignore[attr-defined]
                  label="管理员", scopes={P.MANAGE_SETTINGS: None}, visible_stations=None)
    async with database.transaction() as session:
        await set_merchant(session, actor, forecourt.org.stations[0].id, channel="wechat", mch_id=MCH_ID, app_id=APP_ID,
                           api_key=API_KEY, payee_name="石桥辅加油站", data_key=settings.data_key,
                           api_base_url=wechat_v3.merchant.api_base_url, api_v3_key=wechat_v3.api_v3_key,
                           platform_keys=dict(wechat_v3.merchant.platform_keys), fee_rate_bp=38,
                           jsapi=JsapiKeys(MINI_APP_ID, MERCHANT_SERIAL, wechat_v3.merchant.private_key_pem))
    return wechat_v3


def _driver(forecourt: Forecourt) -> Actor:
    return Actor(kind=ActorKind.MEMBER, id=uuid.uuid4(), company_id=forecourt.org.company.id, label="车主")


async def _awaiting(pos: Pos) -> tuple[uuid.UUID, int]:
    """An order awaiting payment with nothing paid or pending."""
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    order = (await pos.checkout([fueling], [code_tender(amount, EXPIRED_CODE)]))["order"]
    assert order["status"] == "AWAITING_PAYMENT" and order["payments"][0]["status"] == "FAILED"
    return from_global_id(order["id"])[1], amount


async def _create(database: Database, settings: Settings, server: LiveServer, actor: Actor, order_id: uuid.UUID,
                  key: str, openid: str = OPENID) -> JsapiPaymentResult:
    return await create_jsapi_payment(database.transaction, actor, JsapiPaymentRequest(order_id, openid, key),
                                      settings=settings.model_copy(update={"public_url": server.url}))


async def _state(database: Database, payment_id: uuid.UUID) -> tuple[str, str, int]:
    """(payment status, order status, ledger postings of the payment)."""
    async with database.session() as session:
        payment = await session.get(Payment, payment_id)
        assert payment is not None
        order = await session.get(Order, payment.order_id)
        assert order is not None
        postings = await session.scalar(select(func.count()).select_from(LedgerTransfer).where(
            LedgerTransfer.idempotency_key.like("wechat:%"), LedgerTransfer.reference == str(payment_id)))
    return payment.status.value, order.status.value, int(postings or 0)


async def _post(server: LiveServer, station: uuid.UUID, body: bytes, headers: dict[str, str]) -> httpx.Response:
    async with httpx.AsyncClient(base_url=server.url) as client:
        return await client.post(f"/notify/wechatpay/v3/{station}", content=body, headers=headers)


async def test_the_driver_pays_and_duplicate_notifications_settle_once(
        pos: Pos, jsapi: WeChatV3, forecourt: Forecourt, database: Database, settings: Settings,
        live_server: LiveServer) -> None:
    order_id, amount = await _awaiting(pos)
    driver, station = _driver(forecourt), forecourt.org.stations[0].id
    created = await _create(database, settings, live_server, driver, order_id, "jsapi-key-0001")
    sheet = created.request_payment.as_dict()
    assert (created.amount_fen, created.replay, sheet["appId"], sheet["signType"]) == (amount, False, MINI_APP_ID,
                                                                                       "RSA")
    prepay = jsapi.fake.orders[created.payment_id.hex]  # our payment id is the out_trade_no
    assert sheet["package"] == f"prepay_id={prepay.prepay_id}"
    assert prepay.fields["notify_url"] == f"{live_server.url}/notify/wechatpay/v3/{station}"
    assert prepay.fields["amount"] == {"total": amount, "currency": "CNY"}
    assert prepay.fields["payer"] == {"openid": OPENID} and prepay.fields["time_expire"].endswith("+08:00")
    assert await _state(database, created.payment_id) == ("pending", "awaiting_payment", 0)

    answers = await jsapi.fake.pay(prepay.prepay_id, copies=10)  # WeChat delivers the same notification 10x
    assert answers == [204] * 10
    assert await _state(database, created.payment_id) == ("succeeded", "paid", 1)
    async with database.session() as session:
        payment = await session.get(Payment, created.payment_id)
        assert payment is not None and payment.fee_fen == fee_fen(amount)
        assert payment.transaction_id == prepay.transaction_id
    later = jsapi.fake.platform.transaction(mch_id=MCH_ID, app_id=MINI_APP_ID, out_trade_no=created.payment_id.hex,
                                            total_fen=amount)
    again = jsapi.fake.platform.body(later)  # re-sent later under another notification id
    assert (await _post(live_server, station, again, jsapi.fake.platform.headers(again))).status_code == 204
    assert await _state(database, created.payment_id) == ("succeeded", "paid", 1)

    replays = await asyncio.gather(*(_create(database, settings, live_server, driver, order_id, "jsapi-key-0001")
                                     for _ in range(5)))
    assert {r.request_payment for r in replays} == {created.request_payment} and all(r.replay for r in replays)
    assert jsapi.fake.calls[f"prepay:{created.payment_id.hex}"] == 1
    with pytest.raises(DomainError) as conflict:
        await _create(database, settings, live_server, driver, order_id, "jsapi-key-0001", openid="oOtherDriver0001")
    assert conflict.value.code == "IDEMPOTENCY_CONFLICT"
    with pytest.raises(DomainError) as paid:
        await _create(database, settings, live_server, driver, order_id, "jsapi-key-0002")
    assert paid.value.code == "NOT_PAYABLE"


def _forgeries(v3: WeChatV3, out_trade_no: str, amount: int) -> dict[str, tuple[bytes, dict[str, str]]]:
    platform = v3.fake.platform
    good = platform.transaction(mch_id=MCH_ID, app_id=MINI_APP_ID, out_trade_no=out_trade_no, total_fen=amount)
    body = platform.body(good)
    stranger = FakeWeChatNotifier(api_v3_key=platform.api_v3_key, serial=platform.serial)

    def signed(resource: dict[str, Any], event_type: str = "TRANSACTION.SUCCESS") -> tuple[bytes, dict[str, str]]:
        raw = platform.body(resource, event_type=event_type)
        return raw, platform.headers(raw)

    refund = platform.refund(mch_id=MCH_ID, out_trade_no=out_trade_no, transaction_id="4200", out_refund_no=uuid.uuid4().hex,
                             refund_id="5030", total_fen=amount, refund_fen=amount)
    return {
        "bad signature": (body, stranger.headers(body)),
        "six minutes late": (body, platform.headers(body, at=time.time() - 360)),
        "unknown serial": (body, platform.headers(body, serial="PUB_KEY_ID_9999")),
        "the POS appid, not the mini-program's": signed({**good, "appid": APP_ID}),
        "wrong amount": signed({**good, "amount": {**good["amount"], "total": amount + 1}}),
        "wrong mchid": signed({**good, "mchid": "1900000999"}),
        "a refund we never asked for": signed(refund, "REFUND.SUCCESS"),
    }


async def test_forged_and_mismatched_notifications_change_nothing(
        pos: Pos, jsapi: WeChatV3, forecourt: Forecourt, database: Database, settings: Settings,
        live_server: LiveServer) -> None:
    order_id, amount = await _awaiting(pos)
    created = await _create(database, settings, live_server, _driver(forecourt), order_id, "jsapi-key-0101")
    for name, (body, headers) in _forgeries(jsapi, created.payment_id.hex, amount).items():
        answer = await _post(live_server, forecourt.org.stations[0].id, body, headers)
        assert answer.status_code >= 400 and answer.json()["code"] == "FAIL", name
        assert await _state(database, created.payment_id) == ("pending", "awaiting_payment", 0), name


async def test_an_unverified_prepay_answer_is_retried_with_the_same_key_and_gets_the_same_prepay(
        pos: Pos, jsapi: WeChatV3, forecourt: Forecourt, database: Database, settings: Settings,
        live_server: LiveServer) -> None:
    order_id, _ = await _awaiting(pos)
    driver = _driver(forecourt)
    jsapi.fake.answer_signer = FakeWeChatNotifier(api_v3_key=jsapi.fake.platform.api_v3_key,
                                                  serial=jsapi.fake.platform.serial)
    with pytest.raises(DomainError) as unavailable:
        await _create(database, settings, live_server, driver, order_id, "jsapi-key-0201")
    assert unavailable.value.code == "CHANNEL_UNAVAILABLE"
    (out_trade_no, made), = jsapi.fake.orders.items()  # the channel made it; we could not believe the answer
    assert await _state(database, uuid.UUID(hex=out_trade_no)) == ("pending", "awaiting_payment", 0)
    jsapi.fake.answer_signer = None
    retried = await _create(database, settings, live_server, driver, order_id, "jsapi-key-0201")
    assert retried.payment_id.hex == out_trade_no and retried.request_payment.package == f"prepay_id={made.prepay_id}"
    assert jsapi.fake.calls[f"prepay:{out_trade_no}"] == 2 and len(jsapi.fake.orders) == 1


async def test_unpaid_is_queried_then_closed_after_five_minutes_and_a_missed_notification_is_found(
        pos: Pos, jsapi: WeChatV3, forecourt: Forecourt, database: Database, settings: Settings,
        live_server: LiveServer) -> None:
    order_id, amount = await _awaiting(pos)
    driver = _driver(forecourt)
    first = await _create(database, settings, live_server, driver, order_id, "jsapi-key-0301")
    async with database.session() as session:
        payment = await session.get(Payment, first.payment_id)
    assert payment is not None
    with time_machine.travel(utcnow() + timedelta(minutes=1)):
        assert (await advance(database.transaction, payment, settings.data_key, close=True)).status.value == "pending"
    assert jsapi.fake.calls[f"close:{first.payment_id.hex}"] == 0  # never within five minutes of the prepay
    with time_machine.travel(utcnow() + timedelta(minutes=6)):
        closed = await advance(database.transaction, payment, settings.data_key, close=True)
    assert closed.status.value == "closed" and jsapi.fake.orders[first.payment_id.hex].state == "CLOSED"
    assert jsapi.fake.calls[f"query:{first.payment_id.hex}"] == 2 and jsapi.fake.calls[f"close:{first.payment_id.hex}"] == 1
    assert await _state(database, first.payment_id) == ("closed", "awaiting_payment", 0)

    second = await _create(database, settings, live_server, driver, order_id, "jsapi-key-0302")  # pays again
    assert second.payment_id != first.payment_id and second.amount_fen == amount
    prepay_id = second.request_payment.package.removeprefix("prepay_id=")
    await jsapi.fake.pay(prepay_id, notify=False)  # paid, but the notification never comes
    async with database.session() as session:
        pending = await session.get(Payment, second.payment_id)
    assert pending is not None
    with time_machine.travel(utcnow() + timedelta(seconds=30)):
        await advance(database.transaction, pending, settings.data_key)
    assert await _state(database, second.payment_id) == ("succeeded", "paid", 1)


async def _refund_state(database: Database, refund_id: uuid.UUID) -> tuple[str, str, int]:
    async with database.session() as session:
        refund = await session.get(Refund, refund_id)
        assert refund is not None
        order = await session.get(Order, refund.order_id)
        assert order is not None
        postings = await session.scalar(select(func.count()).select_from(LedgerTransfer).where(
            LedgerTransfer.idempotency_key == f"refund:{refund_id}"))
    return refund.status.value, order.status.value, int(postings or 0)


async def test_refunds_reuse_out_refund_no_and_their_notifications_close_them_once(
        pos: Pos, jsapi: WeChatV3, forecourt: Forecourt, database: Database, settings: Settings,
        live_server: LiveServer, staff_client: StaffClientFactory) -> None:
    order_id, amount = await _awaiting(pos)
    created = await _create(database, settings, live_server, _driver(forecourt), order_id, "jsapi-key-0401")
    await jsapi.fake.pay(created.request_payment.package.removeprefix("prepay_id="))
    supervisor = await staff_client(permissions=[P.REFUND_PAYMENTS], stations=[forecourt.org.stations[0].id])
    jsapi.fake.lose_answers = 1  # the refund is made at the channel, its answer lost: we ask where it stands
    result = await supervisor.execute(REFUND, {"input": {"paymentId": to_global_id("Payment", created.payment_id),
                                                         "amountFen": 3_000, "reason": "顾客多付",
                                                         "idempotencyKey": uuid.uuid4().hex}})
    assert result.data["refundCreate"]["errors"] == [] and result.data["refundCreate"]["refund"]["status"] == "PENDING"
    refund_id = from_global_id(result.data["refundCreate"]["refund"]["id"])[1]
    assert list(jsapi.fake.refunds) == [refund_id.hex]  # our refund id is the out_refund_no
    assert await _refund_state(database, refund_id) == ("pending", "paid", 0)
    await advance_refund(database.transaction, refund_id, settings.data_key)  # the resolver asks again: still on its way
    assert jsapi.fake.calls[f"refund:{refund_id.hex}"] == 1 and len(jsapi.fake.refunds) == 1

    assert await jsapi.fake.finish_refund(refund_id.hex, copies=10) == [204] * 10
    assert await _refund_state(database, refund_id) == ("succeeded", "partially_refunded", 1)
    refunded = jsapi.fake.refunds[refund_id.hex]
    later = jsapi.fake.platform.refund(mch_id=MCH_ID, out_trade_no=created.payment_id.hex, transaction_id="4200",
                                       out_refund_no=refund_id.hex, refund_id=refunded.refund_id, total_fen=amount,
                                       refund_fen=3_000)
    again = jsapi.fake.platform.body(later, event_type="REFUND.SUCCESS")
    station = forecourt.org.stations[0].id
    assert (await _post(live_server, station, again, jsapi.fake.platform.headers(again))).status_code == 204
    assert await _refund_state(database, refund_id) == ("succeeded", "partially_refunded", 1)
    wrong = jsapi.fake.platform.body({**later, "amount": {**later["amount"], "refund": 3_001}},
                                     event_type="REFUND.SUCCESS")
    assert (await _post(live_server, station, wrong, jsapi.fake.platform.headers(wrong))).status_code == 400

    rest = await supervisor.execute(REFUND, {"input": {"paymentId": to_global_id("Payment", created.payment_id),
                                                       "amountFen": amount - 3_000, "reason": "顾客退单",
                                                       "idempotencyKey": uuid.uuid4().hex}})
    rest_id = from_global_id(rest.data["refundCreate"]["refund"]["id"])[1]
    assert await jsapi.fake.finish_refund(rest_id.hex, status="ABNORMAL") == [204]  # a human must act
    assert await _refund_state(database, rest_id) == ("pending", "partially_refunded", 0)
    assert await jsapi.fake.finish_refund(rest_id.hex, status="CLOSED") == [204]
    assert await _refund_state(database, rest_id) == ("failed", "partially_refunded", 0)


async def test_five_concurrent_creates_with_one_key_make_one_payment_and_answer_alike(
        pos: Pos, jsapi: WeChatV3, forecourt: Forecourt, database: Database, settings: Settings,
        live_server: LiveServer) -> None:
    order_id, _ = await _awaiting(pos)
    driver = _driver(forecourt)
    results = await asyncio.gather(*(_create(database, settings, live_server, driver, order_id, "jsapi-key-0501")
                                     for _ in range(5)))
    assert len({r.payment_id for r in results}) == 1 and len({r.request_payment for r in results}) == 1
    assert sum(not r.replay for r in results) == 1 and len(jsapi.fake.orders) == 1
    async with database.session() as session:
        payments = await session.scalar(select(func.count()).select_from(Payment).where(
            Payment.order_id == order_id, Payment.status == PaymentStatus.PENDING))
    assert payments == 1
