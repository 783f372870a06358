"""One-tap fueling over real HTTP: a driver picks a fueling completed just now on a nozzle, sees the price for
them, pays by WeChat Pay JSAPI on the local v3 server (the payment sheet stands in by paying the prepay), follows
the payment until final; the POS hears of the paid order at once; retries reuse the idempotency key."""

from __future__ import annotations

import asyncio
import json
import uuid

from sqlalchemy import func, select

from api.core.db import Database
from api.ledger.models import LedgerTransfer
from api.selling.models import Order
from tests.driver.conftest import CHECKOUT, PAYMENT, DriverStation, checkout_input
from tests.fixtures.members import MemberClientFactory
from tests.support.graphql import GraphQLClient, websocket_session
from tests.support.live_server import LiveServer

FUELINGS = """query($s: ID!, $n: Int!) { driverFuelings(stationId: $s, nozzleNumber: $n) { id amount { fen }
  volume { ml } gradeCode } }"""
NOZZLES = """query($s: ID!) { driverNozzles(stationId: $s) { number state grade { name price { fen } } } }"""
QUOTE = """query($input: DriverSaleInput!) { driverQuote(input: $input) { quote { fueling { id } payable { fen }
  total { fen } lines { description } } errors { field code message } } }"""
ORDER_PAID = """subscription($s: ID!) { orderPaid(stationId: $s) { number status payable { fen } tags
  member { number } } }"""


async def _sale_postings(database: Database, order_id: str) -> int:
    from api.core.ids import from_global_id

    async with database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(LedgerTransfer).where(
            LedgerTransfer.idempotency_key == f"order:{from_global_id(order_id)[1]}:sale")) or 0)


async def test_a_driver_pays_a_fueling_just_completed(station: DriverStation, driver: GraphQLClient,
                                                      live_server: LiveServer, database: Database) -> None:
    nozzles = (await driver.execute(NOZZLES, {"s": station.station})).data["driverNozzles"]
    assert [n["number"] for n in nozzles] == list(range(1, 9))
    assert nozzles[0]["grade"] == {"name": "92#", "price": {"fen": 730}} and nozzles[0]["state"] == "OFFLINE"
    old = await station.fueling(nozzle=1, minutes_ago=20)  # too long ago for the mini-program
    fueling = await station.fueling(20_000, nozzle=1)
    listed = (await driver.execute(FUELINGS, {"s": station.station, "n": 1})).data["driverFuelings"]
    assert [f["id"] for f in listed] == [fueling["id"]] and old["id"] not in json.dumps(listed)
    quoted = (await driver.execute(QUOTE, {"input": {"stationId": station.station, "fuelingId": fueling["id"]}}))
    assert quoted.data["driverQuote"]["quote"]["payable"] == {"fen": 14600}

    async with websocket_session(live_server.ws_url, token=station.cashier.token) as pos:
        op = await pos.subscribe(ORDER_PAID, {"s": station.station})
        await asyncio.sleep(0.2)  # subscribed before anything is paid
        made = (await driver.execute(CHECKOUT, checkout_input(station, "pay-attempt-0001",
                                                              fuelingId=fueling["id"]))).data["driverCheckout"]
        assert made["errors"] == []
        assert made["order"]["status"] == "AWAITING_PAYMENT" and made["payment"]["status"] == "PENDING"
        assert made["requestPayment"]["package"].startswith("prepay_id=")
        assert await _sale_postings(database, made["order"]["id"]) == 1
        state = (await driver.execute(PAYMENT, {"id": made["payment"]["id"]})).data["driverPayment"]
        assert state["final"] is False

        # the payment sheet: the driver pays in WeChat, which notifies the platform
        await station.v3.fake.pay(made["requestPayment"]["package"].removeprefix("prepay_id="))
        state = (await driver.execute(PAYMENT, {"id": made["payment"]["id"]})).data["driverPayment"]
        assert state["final"] is True and state["payment"]["status"] == "SUCCEEDED"
        assert state["order"]["status"] == "PAID"

        heard = await asyncio.wait_for(pos.receive(), timeout=5)
        assert heard["type"] == "next" and heard["id"] == op
        paid = heard["payload"]["data"]["orderPaid"]
        assert paid["number"] == made["order"]["number"] and paid["status"] == "PAID"
        assert paid["tags"] == ["小程序"] and paid["member"]["number"] == driver.member.number  # type: ignore[attr-defined]

    again = (await driver.execute(FUELINGS, {"s": station.station, "n": 1})).data["driverFuelings"]
    assert again == []  # paid: no longer offered


async def test_retries_reuse_the_key(station: DriverStation, driver: GraphQLClient, database: Database) -> None:
    fueling = await station.fueling(30_000, nozzle=3)
    body = checkout_input(station, "retry-key-0001", fuelingId=fueling["id"])
    results = await asyncio.gather(*(driver.execute(CHECKOUT, body) for _ in range(5)))
    payloads = [r.data["driverCheckout"] for r in results]
    assert all(p["errors"] == [] for p in payloads)
    assert len({p["order"]["id"] for p in payloads}) == 1
    assert len({json.dumps(p["requestPayment"], sort_keys=True) for p in payloads}) == 1
    assert await _sale_postings(database, payloads[0]["order"]["id"]) == 1

    other = await station.fueling(10_000, nozzle=3)
    conflict = (await driver.execute(CHECKOUT, checkout_input(station, "retry-key-0001", fuelingId=other["id"])))
    assert conflict.data["driverCheckout"]["errors"] == [
        {"field": "idempotencyKey", "code": "IDEMPOTENCY_CONFLICT", "message": "该幂等键已用于另一笔不同的支付"}]
    async with database.session() as session:
        orders = await session.scalar(select(func.count()).select_from(Order).where(
            Order.station_id == station.station_id))
    assert orders == 1


async def test_an_entered_amount_must_match_one_fueling_of_the_nozzle(station: DriverStation,
                                                                      driver: GraphQLClient) -> None:
    fueling = await station.fueling(20_000, nozzle=2)  # ¥146.00
    wrong = await driver.execute(CHECKOUT, checkout_input(station, "amount-key-0001", nozzleNumber=2,
                                                          amountFen=14500))
    assert wrong.data["driverCheckout"]["errors"][0]["code"] == "NOT_FOUND"
    assert wrong.data["driverCheckout"]["errors"][0]["field"] == "amountFen"
    made = (await driver.execute(CHECKOUT, checkout_input(station, "amount-key-0002", nozzleNumber=2,
                                                          amountFen=14600))).data["driverCheckout"]
    assert made["errors"] == [] and made["order"]["payable"] == {"fen": 14600}
    quoted = (await driver.execute(QUOTE, {"input": {"stationId": station.station, "fuelingId": fueling["id"]}}))
    assert quoted.data["driverQuote"]["errors"][0]["code"] == "ALREADY_PAID"  # in an order now


async def test_a_guest_binds_a_phone_before_paying(station: DriverStation, member_client: MemberClientFactory) -> None:
    guest = await member_client(registered=False, openid="o" + uuid.uuid4().hex[:27])
    fueling = await station.fueling(nozzle=4)
    refused = await guest.execute(CHECKOUT, checkout_input(station, "guest-key-0001", fuelingId=fueling["id"]))
    assert refused.data["driverCheckout"]["errors"][0]["code"] == "PHONE_REQUIRED"
