"""The demo's WeChat Pay sandbox: one local server for the payment code (v2) and JSAPI (v3) with the demo
station's merchant account configured for both, so that a driver's mini-program pays an order against the
demo and the notification settles it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import select

from api.core.actors import Actor, ActorKind
from api.core.db import Database
from api.core.ids import from_global_id, to_global_id, uuid7
from api.demo import wechat_sandbox
from api.demo.seed import DemoStation
from api.payments.merchants import jsapi_configured
from api.payments.models import PaymentMerchant
from api.selling.jsapi_payments import JsapiPaymentRequest, create_jsapi_payment
from api.selling.models import Payment, PaymentStatus
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import Pos
from tests.selling.test_payment_code import code_tender
from tests.support.graphql import GraphQLClient
from tests.support.live_server import LiveServer

EXPIRED, OPENID = "134567890123459999", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"


@pytest.fixture
def sandbox(forecourt: Forecourt, database: Database, settings: Settings) -> Iterator[wechat_sandbox.Sandbox]:
    station = DemoStation(forecourt.org.company.id, forecourt.org.stations[0].id, [])
    running = wechat_sandbox.start(database, station, settings.data_key)
    try:
        yield running
    finally:
        running.stop()


async def test_a_driver_pays_an_order_against_the_demo_sandbox(
        sandbox: wechat_sandbox.Sandbox, forecourt: Forecourt, client: GraphQLClient,
        staff_client: StaffClientFactory, database: Database, settings: Settings, live_server: LiveServer) -> None:
    station = forecourt.org.stations[0].id
    async with database.session() as session:
        merchant = await session.scalar(select(PaymentMerchant).where(PaymentMerchant.station_id == station))
        assert merchant is not None and jsapi_configured(merchant)
        assert merchant.mini_program_app_id == wechat_sandbox.MINI_PROGRAM_APP_ID
    cashier = await staff_client(role_code="cashier", stations=[station])
    pos = Pos(cashier, client.with_token(forecourt.device_token), to_global_id("Station", station))
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    order = (await pos.checkout([fueling], [code_tender(amount, EXPIRED)]))["order"]  # the v2 side answers too
    assert order["status"] == "AWAITING_PAYMENT" and order["payments"][0]["status"] == "FAILED"

    driver = Actor(kind=ActorKind.MEMBER, id=uuid7(), company_id=forecourt.org.company.id, label="车主")
    created = await create_jsapi_payment(
        database.transaction, driver, JsapiPaymentRequest(from_global_id(order["id"])[1], OPENID, "demo-pay-0001"),
        settings=settings.model_copy(update={"public_url": live_server.url}))
    sheet = created.request_payment.as_dict()
    assert sheet["appId"] == wechat_sandbox.MINI_PROGRAM_APP_ID and sheet["package"].startswith("prepay_id=")
    prepay_id = sheet["package"].removeprefix("prepay_id=")
    async with httpx.AsyncClient(base_url=sandbox.url) as http:
        assert (await http.post("sandbox/pay/unknown")).status_code == 404
        paid = await http.post(f"sandbox/pay/{prepay_id}")  # the driver confirms the payment sheet
        assert paid.json() == {"paid": True, "notification_answers": [204]}
        assert (await http.post(f"sandbox/pay/{prepay_id}")).status_code == 409  # paid once
    async with database.session() as session:
        payment = await session.get(Payment, created.payment_id)
        assert payment is not None and payment.status is PaymentStatus.SUCCEEDED and payment.amount_fen == amount
