"""A driver pays a fueling with one of the member's own stored-value cards (`driverCardPay`): the card pays what
the order owes at once, in the station's open shift, and the POS hears of the paid order; each refusal names its
field and charges nothing (the password above the product's threshold, a wrong one, the balance, a frozen card,
another member's card, an order still waiting for WeChat Pay); a retry under the key returns the first result."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest
from sqlalchemy import func, select, update

from api.cards.models import Card
from api.core.db import Database
from api.core.ids import from_global_id, to_global_id
from api.core.permissions import Permission as P
from api.identity.passwords import hash_password
from api.selling.models import Order, Payment, PaymentStatus
from tests.driver.conftest import CHECKOUT, DriverStation, checkout_input
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.members import MemberClientFactory
from tests.support.graphql import GraphQLClient, websocket_session
from tests.support.live_server import LiveServer

PRODUCT = """mutation($input: CardProductSaveInput!) { cardProductSave(input: $input) { product { id }
  errors { field code message } } }"""
ACTIVATE = """mutation($input: CardActivateInput!) { cardActivate(input: $input) { card { id number }
  errors { field code message } } }"""
TOP_UP = """mutation($input: CardTopUpInput!) { cardTopUp(input: $input) { errors { field code message } } }"""
FREEZE = """mutation($id: ID!) { cardFreeze(input: {id: $id}) { card { state } errors { code } } }"""
PAY = """mutation($input: DriverCardPayInput!) { driverCardPay(input: $input) {
  order { id number status paidAt } payment { id status tender amount { fen } } replay
  card { id balance { total { fen } } } errors { field code message } } }"""
VIEWER_CARDS = """{ viewerCards { id number balance { total { fen } } product { passwordAbove { fen } } } }"""
ORDER_PAID = """subscription($s: ID!) { orderPaid(stationId: $s) { number status tags } }"""
PASSWORD = "135790"


@pytest.fixture
async def admin(staff_client: StaffClientFactory) -> GraphQLClient:
    return await staff_client(role_code="company_admin")


async def _card(station: DriverStation, admin: GraphQLClient, holder: GraphQLClient, *, balance: int = 50_000,
                database: Database) -> dict[str, Any]:
    """A named card of `holder`'s with `balance` fen of principal and the payment password above ¥50."""
    product = (await admin.execute(PRODUCT, {"input": {
        "name": f"卡{uuid.uuid4().hex[:6]}", "kind": "PHYSICAL", "named": True, "bonusTiers": [],
        "passwordAboveFen": 5_000}})).data["cardProductSave"]
    assert product["errors"] == [], product
    made = (await station.cashier.execute(ACTIVATE, {"input": {
        "stationId": station.station, "productId": product["product"]["id"], "number": str(uuid.uuid4().int)[:16],
        "memberId": to_global_id("Member", holder.member.id)}})).data["cardActivate"]  # type: ignore[attr-defined]
    assert made["errors"] == [], made
    card = made["card"]
    topped = (await station.cashier.execute(TOP_UP, {"input": {
        "cardId": card["id"], "stationId": station.station, "amountFen": balance, "method": "CASH",
        "idempotencyKey": uuid.uuid4().hex}})).data["cardTopUp"]
    assert topped["errors"] == [], topped
    async with database.transaction() as session:
        await session.execute(update(Card).where(Card.id == from_global_id(card["id"])[1])
                              .values(password_hash=hash_password(PASSWORD)))
    return card  # type: ignore[no-any-return]


def _pay(card: dict[str, Any], key: str, *, password: str | None = None, **target: Any) -> dict[str, Any]:
    return {"input": {"cardId": card["id"], "idempotencyKey": key, **({"password": password} if password else {}),
                      **target}}


async def _state(database: Database, card: dict[str, Any]) -> tuple[int, int, int]:
    """(the orders, the payments, what the card has spent): what a refusal must leave as it was."""
    async with database.session() as session:
        orders = await session.scalar(select(func.count()).select_from(Order))
        payments = await session.scalar(select(func.count()).select_from(Payment))
        spent = await session.scalar(select(Card.spent_fen).where(Card.id == from_global_id(card["id"])[1]))
    return int(orders or 0), int(payments or 0), int(spent or 0)


async def test_a_driver_pays_a_fueling_by_card(station: DriverStation, driver: GraphQLClient, admin: GraphQLClient,
                                               member_client: MemberClientFactory, live_server: LiveServer,
                                               database: Database) -> None:
    card = await _card(station, admin, driver, database=database)
    listed = (await driver.execute(VIEWER_CARDS)).data["viewerCards"]
    assert listed == [{"id": card["id"], "number": card["number"], "balance": {"total": {"fen": 50_000}},
                       "product": {"passwordAbove": {"fen": 5_000}}}]
    fueling = await station.fueling(20_000, nozzle=2)  # ¥146.00: above the password threshold
    sale = {"sale": {"stationId": station.station, "fuelingId": fueling["id"]}}
    before = await _state(database, card)

    # refusals name their field and charge nothing (the order made for the attempt included)
    for password, message in ((None, "须输入支付密码"), ("000000", "支付密码错误")):
        refused = (await driver.execute(PAY, _pay(card, "card-attempt-01", password=password, **sale)))
        errors = refused.data["driverCardPay"]["errors"]
        assert [(e["field"], e["code"]) for e in errors] == [("password", "INVALID")], errors
        assert message in errors[0]["message"]
    other = await member_client(openid="o" + uuid.uuid4().hex[:27])
    theirs = await _card(station, admin, other, database=database)
    refused = (await driver.execute(PAY, _pay(theirs, "card-attempt-01", password=PASSWORD, **sale)))
    assert refused.data["driverCardPay"]["errors"] == [
        {"field": "cardId", "code": "NOT_FOUND", "message": "储值卡不存在"}]
    assert await _state(database, card) == before

    async with websocket_session(live_server.ws_url, token=station.cashier.token) as pos:
        await pos.subscribe(ORDER_PAID, {"s": station.station})
        await asyncio.sleep(0.2)
        # the same key, now with the right password
        paid = (await driver.execute(PAY, _pay(card, "card-attempt-01", password=PASSWORD, **sale))).data[
            "driverCardPay"]
        assert paid["errors"] == [] and paid["replay"] is False
        assert paid["order"]["status"] == "PAID" and paid["order"]["paidAt"]
        assert paid["payment"] == {"id": paid["payment"]["id"], "status": "SUCCEEDED", "tender": "CARD",
                                   "amount": {"fen": 14_600}}
        assert paid["card"]["balance"] == {"total": {"fen": 50_000 - 14_600}}
        heard = (await asyncio.wait_for(pos.receive(), timeout=5))["payload"]["data"]["orderPaid"]
        assert heard == {"number": paid["order"]["number"], "status": "PAID", "tags": ["小程序"]}

    again = (await driver.execute(PAY, _pay(card, "card-attempt-01", password=PASSWORD, **sale))).data[
        "driverCardPay"]
    assert again["replay"] is True and again["order"] == paid["order"] and again["payment"] == paid["payment"]
    assert await _state(database, card) == (before[0] + 1, before[1] + 1, 14_600)
    conflict = (await driver.execute(PAY, _pay(theirs, "card-attempt-01", **sale))).data["driverCardPay"]
    assert [e["field"] for e in conflict["errors"]] == ["cardId"]  # not the member's: refused before the key
    reused = await _card(station, admin, driver, database=database)
    conflict = (await driver.execute(PAY, _pay(reused, "card-attempt-01", password=PASSWORD, **sale))).data[
        "driverCardPay"]
    assert [(e["field"], e["code"]) for e in conflict["errors"]] == [("idempotencyKey", "IDEMPOTENCY_CONFLICT")]


async def test_the_balance_and_a_frozen_card_are_refused_on_the_card(
        station: DriverStation, driver: GraphQLClient, admin: GraphQLClient, database: Database) -> None:
    card = await _card(station, admin, driver, balance=10_000, database=database)
    fueling = await station.fueling(20_000, nozzle=4)
    sale = {"sale": {"stationId": station.station, "fuelingId": fueling["id"]}}
    before = await _state(database, card)
    short = (await driver.execute(PAY, _pay(card, "card-short-0001", password=PASSWORD, **sale))).data["driverCardPay"]
    assert [e["field"] for e in short["errors"]] == ["cardId"] and "余额不足" in short["errors"][0]["message"]
    assert (await admin.execute(FREEZE, {"id": card["id"]})).data["cardFreeze"]["errors"] == []
    frozen = (await driver.execute(PAY, _pay(card, "card-frozen-001", password=PASSWORD, **sale))).data[
        "driverCardPay"]
    assert [e["field"] for e in frozen["errors"]] == ["cardId"] and "冻结" in frozen["errors"][0]["message"]
    assert await _state(database, card) == before


async def test_an_order_waiting_for_wechat_pay_then_paid_by_card(station: DriverStation, driver: GraphQLClient,
                                                                 admin: GraphQLClient, database: Database) -> None:
    card = await _card(station, admin, driver, database=database)
    fueling = await station.fueling(5_000, nozzle=6)  # ¥36.50: no password needed
    made = (await driver.execute(CHECKOUT, checkout_input(station, "wechat-first-01", fuelingId=fueling["id"])))
    order = made.data["driverCheckout"]["order"]
    pending = (await driver.execute(PAY, _pay(card, "card-after-0001", orderId=order["id"]))).data["driverCardPay"]
    assert [(e["field"], e["code"]) for e in pending["errors"]] == [("orderId", "PAYMENT_PENDING")]
    async with database.transaction() as session:  # the resolver closed the unpaid WeChat Pay payment
        await session.execute(update(Payment).where(Payment.order_id == from_global_id(order["id"])[1])
                              .values(status=PaymentStatus.CLOSED))
    paid = (await driver.execute(PAY, _pay(card, "card-after-0001", orderId=order["id"]))).data["driverCardPay"]
    assert paid["errors"] == [] and paid["order"]["status"] == "PAID"
    assert paid["payment"]["amount"] == {"fen": 3_650}


async def test_access(station: DriverStation, driver: GraphQLClient, admin: GraphQLClient, client: GraphQLClient,
                      staff_client: StaffClientFactory, member_client: MemberClientFactory,
                      database: Database) -> None:
    card = await _card(station, admin, driver, database=database)
    fueling = await station.fueling(5_000, nozzle=7)
    made = (await driver.execute(CHECKOUT, checkout_input(station, "access-order-01", fuelingId=fueling["id"])))
    order = {"orderId": made.data["driverCheckout"]["order"]["id"]}
    before = await _state(database, card)
    assert (await client.execute(PAY, _pay(card, "access-key-0001", **order))).error_codes == ["UNAUTHENTICATED"]
    manager = await staff_client(permissions=list(P))
    assert (await manager.execute(PAY, _pay(card, "access-key-0001", **order))).error_codes == ["FORBIDDEN"]
    other = await member_client(openid="o" + uuid.uuid4().hex[:27])
    theirs = await _card(station, admin, other, database=database)
    refused = (await other.execute(PAY, _pay(theirs, "access-key-0001", **order))).data["driverCardPay"]
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [("orderId", "NOT_FOUND")]  # not their order
    assert await _state(database, card) == before
