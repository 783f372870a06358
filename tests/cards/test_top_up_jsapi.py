"""A member tops up a card of their own by WeChat Pay in the mini-program, against the local v3 server over real
HTTP and the real notification inbox: nothing reaches the card until WeChat Pay confirms the payment; ten copies
of the notification at once with a query give one top-up, one transfer, the bonus once; the query alone finds a
missed notification; a retry with the same key gets the same prepay, another body is IDEMPOTENCY_CONFLICT;
forged notifications, another member's card and amounts out of the product's range change nothing; an unpaid
top-up is closed with the channel after five minutes."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from sqlalchemy import func, select

from api.cards.models import Card, CardTopUp
from api.cards.top_up_payment_models import CardTopUpPayment
from api.cards.top_up_payments import resolve_pending_top_ups
from api.core.clock import utcnow
from api.core.db import Database
from api.core.ids import from_global_id, to_global_id
from api.ledger import service as ledger
from api.ledger.models import LedgerTransfer
from api.settings import Settings
from tests.driver.conftest import DriverStation, driver, station  # noqa: F401  (fixtures)
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.members import MemberClientFactory
from tests.fixtures.pumps import Forecourt
from tests.fixtures.wechat import MINI_APP_ID
from tests.payments.test_jsapi_payments import _forgeries, _post, jsapi  # noqa: F401  (the merchant fixture)
from tests.support.graphql import GraphQLClient
from tests.support.live_server import LiveServer

PRODUCT = """mutation($input: CardProductSaveInput!) { cardProductSave(input: $input) { product { id }
  errors { field code message } } }"""
ACTIVATE = """mutation($input: CardActivateInput!) { cardActivate(input: $input) { card { id number }
  errors { field code message } } }"""
TOP_UP = """mutation($input: DriverCardTopUpInput!) { driverCardTopUp(input: $input) {
  topUp { id status final amount { fen } bonus { fen } stationId card { id } }
  requestPayment { appId timeStamp nonceStr package signType paySign } replay errors { field code message } } }"""
FOLLOW = """query($id: ID!) { driverTopUp(id: $id) { id status final amount { fen } bonus { fen }
  card { balance { principal { fen } bonus { fen } total { fen } } } } }"""


@pytest.fixture
async def admin(staff_client: StaffClientFactory) -> GraphQLClient:
    return await staff_client(role_code="company_admin")


async def _card(station: DriverStation, admin: GraphQLClient, holder: GraphQLClient) -> str:  # noqa: F811
    """A named card of `holder`'s sold at the station; its product tops up ¥100 to ¥5,000, 充500送50."""
    product = (await admin.execute(PRODUCT, {"input": {
        "name": f"卡{uuid.uuid4().hex[:6]}", "kind": "PHYSICAL", "named": True, "topUpMinFen": 10_000,
        "topUpMaxFen": 500_000, "bonusTiers": [{"minFen": 50_000, "bonusFen": 5_000}]}})).data["cardProductSave"]
    assert product["errors"] == [], product
    made = (await station.cashier.execute(ACTIVATE, {"input": {
        "stationId": station.station, "productId": product["product"]["id"], "number": str(uuid.uuid4().int)[:16],
        "memberId": to_global_id("Member", holder.member.id)}})).data["cardActivate"]  # type: ignore[attr-defined]
    assert made["errors"] == [], made
    return str(made["card"]["id"])


def _input(card: str, amount: int, key: str, **more: Any) -> dict[str, Any]:
    return {"input": {"cardId": card, "amountFen": amount, "idempotencyKey": key, **more}}


async def _state(database: Database, card: str) -> tuple[int, int, int, int]:
    """(principal in, bonus in, top-ups, top-up transfers) of the card."""
    card_id = from_global_id(card)[1]
    async with database.session() as session:
        row = await session.get(Card, card_id, populate_existing=True)
        assert row is not None
        top_ups = await session.scalar(select(func.count()).select_from(CardTopUp).where(CardTopUp.card_id == card_id))
        transfers = await session.scalar(select(func.count()).select_from(LedgerTransfer).where(
            LedgerTransfer.kind == "card_top_up", LedgerTransfer.reference == str(card_id)))
    return row.principal_in_fen, row.bonus_in_fen, int(top_ups or 0), int(transfers or 0)


def _prepay_id(payload: dict[str, Any]) -> str:
    return str(payload["requestPayment"]["package"]).removeprefix("prepay_id=")


async def test_ten_notifications_and_a_query_at_once_give_one_top_up_with_its_bonus(
        station: DriverStation, driver: GraphQLClient, admin: GraphQLClient, database: Database,  # noqa: F811
        live_server: LiveServer) -> None:
    card = await _card(station, admin, driver)
    first = await asyncio.gather(*(driver.execute(TOP_UP, _input(card, 50_000, "top-up-key-0001")) for _ in range(5)))
    made = next(r.data["driverCardTopUp"] for r in first if not r.data["driverCardTopUp"]["replay"])
    assert made["errors"] == [] and sum(not r.data["driverCardTopUp"]["replay"] for r in first) == 1
    assert {r.data["driverCardTopUp"]["requestPayment"]["paySign"] for r in first} == {made["requestPayment"]["paySign"]}
    top_up = made["topUp"]
    assert (top_up["status"], top_up["final"], top_up["amount"], top_up["bonus"], top_up["stationId"]) == (
        "PENDING", False, {"fen": 50_000}, {"fen": 5_000}, station.station)  # 充500送50 shown before paying
    assert made["requestPayment"]["appId"] == MINI_APP_ID and made["requestPayment"]["signType"] == "RSA"
    out_trade_no = from_global_id(top_up["id"])[1].hex  # our top-up payment is the out_trade_no
    assert list(station.v3.fake.orders) == [out_trade_no]  # one prepay at WeChat Pay (a concurrent retry may
    prepays = station.v3.fake.calls[f"prepay:{out_trade_no}"]  # send the same one again: the same prepay_id)
    prepay = station.v3.fake.orders[out_trade_no]
    assert prepay.prepay_id == _prepay_id(made) and prepay.fields["amount"] == {"total": 50_000, "currency": "CNY"}
    assert prepay.fields["notify_url"] == f"{live_server.url}/notify/wechatpay/v3/{station.station_id}"
    assert prepay.fields["payer"] == {"openid": driver.member.openid}  # type: ignore[attr-defined]
    assert await _state(database, card) == (0, 0, 0, 0)  # nothing on the card before WeChat Pay confirms

    pending = (await driver.execute(FOLLOW, {"id": top_up["id"]})).data["driverTopUp"]
    assert (pending["status"], pending["final"]) == ("PENDING", False)  # asked WeChat Pay: not paid yet

    fake = station.v3.fake
    await fake.pay(prepay.prepay_id, notify=False)  # the member pays; the notification and a query race
    body = fake.platform.body(fake._transaction(prepay))
    with time_machine.travel(utcnow() + timedelta(seconds=5)):  # the member's page asks again: WeChat Pay is asked
        answers, followed = await asyncio.gather(fake._deliver(str(prepay.fields["notify_url"]), body, 10),
                                                 driver.execute(FOLLOW, {"id": top_up["id"]}))
    assert answers == [204] * 10
    final = followed.data["driverTopUp"]
    assert (final["status"], final["final"]) == ("SUCCEEDED", True)
    assert final["card"]["balance"] == {"principal": {"fen": 50_000}, "bonus": {"fen": 5_000},
                                        "total": {"fen": 55_000}}
    assert await _state(database, card) == (50_000, 5_000, 1, 1)
    async with database.session() as session:
        row = await session.get(CardTopUpPayment, from_global_id(top_up["id"])[1])
        assert row is not None and row.transaction_id == prepay.transaction_id and row.fee_fen == 190  # 0.38%
        topped = await session.get(CardTopUp, row.card_top_up_id)
        assert topped is not None and topped.reference == prepay.transaction_id and topped.method.value == "wechat"
        transfer = await session.scalar(select(LedgerTransfer).where(
            LedgerTransfer.idempotency_key == f"card-top-up:wechat:{prepay.transaction_id}"))
        assert transfer is not None
        assert await ledger.verify(session) == []

    again = fake.platform.body(fake._transaction(prepay))  # re-sent later under another notification id
    assert (await _post(live_server, station.station_id, again, fake.platform.headers(again))).status_code == 204
    assert await _state(database, card) == (50_000, 5_000, 1, 1)

    replays = await asyncio.gather(*(driver.execute(TOP_UP, _input(card, 50_000, "top-up-key-0001"))
                                     for _ in range(5)))
    assert all(r.data["driverCardTopUp"]["replay"] for r in replays)
    assert {r.data["driverCardTopUp"]["requestPayment"]["paySign"] for r in replays} == {
        made["requestPayment"]["paySign"]}
    assert fake.calls[f"prepay:{out_trade_no}"] == prepays and len(fake.orders) == 1  # its prepay_id is kept
    conflict = (await driver.execute(TOP_UP, _input(card, 60_000, "top-up-key-0001"))).data["driverCardTopUp"]
    assert [(e["field"], e["code"]) for e in conflict["errors"]] == [("idempotencyKey", "IDEMPOTENCY_CONFLICT")]
    assert await _state(database, card) == (50_000, 5_000, 1, 1) and len(fake.orders) == 1


async def test_a_missed_notification_is_found_by_the_query_and_a_lost_prepay_answer_is_retried(
        station: DriverStation, driver: GraphQLClient, admin: GraphQLClient, database: Database) -> None:  # noqa: F811
    card = await _card(station, admin, driver)
    station.v3.fake.lose_answers = 1  # the prepay is made at WeChat Pay, its answer lost
    lost = (await driver.execute(TOP_UP, _input(card, 20_000, "top-up-key-0101"))).data["driverCardTopUp"]
    assert [(e["field"], e["code"]) for e in lost["errors"]] == [("idempotencyKey", "CHANNEL_UNAVAILABLE")]
    retried = (await driver.execute(TOP_UP, _input(card, 20_000, "top-up-key-0101"))).data["driverCardTopUp"]
    assert retried["errors"] == [] and retried["replay"] is True and retried["topUp"]["bonus"] == {"fen": 0}
    (out_trade_no, prepay), = station.v3.fake.orders.items()  # the same prepay, sent again
    assert station.v3.fake.calls[f"prepay:{out_trade_no}"] == 2 and _prepay_id(retried) == prepay.prepay_id

    await station.v3.fake.pay(prepay.prepay_id, notify=False)  # paid, but the notification never comes
    soon = (await driver.execute(FOLLOW, {"id": retried["topUp"]["id"]})).data["driverTopUp"]
    assert soon["status"] == "PENDING" and station.v3.fake.calls[f"query:{out_trade_no}"] == 0  # not asked twice a second
    with time_machine.travel(utcnow() + timedelta(seconds=3)):
        followed = (await driver.execute(FOLLOW, {"id": retried["topUp"]["id"]})).data["driverTopUp"]
    assert (followed["status"], followed["card"]["balance"]["total"]) == ("SUCCEEDED", {"fen": 20_000})
    assert await _state(database, card) == (20_000, 0, 1, 1)


async def test_forged_notifications_change_nothing(
        station: DriverStation, driver: GraphQLClient, admin: GraphQLClient, database: Database,  # noqa: F811
        live_server: LiveServer) -> None:
    card = await _card(station, admin, driver)
    made = (await driver.execute(TOP_UP, _input(card, 50_000, "top-up-key-0201"))).data["driverCardTopUp"]
    out_trade_no = from_global_id(made["topUp"]["id"])[1].hex
    for name, (body, headers) in _forgeries(station.v3, out_trade_no, 50_000).items():
        answer = await _post(live_server, station.station_id, body, headers)
        assert answer.status_code >= 400, name
        assert await _state(database, card) == (0, 0, 0, 0), name
    with time_machine.travel(utcnow() + timedelta(seconds=3)):
        followed = (await driver.execute(FOLLOW, {"id": made["topUp"]["id"]})).data["driverTopUp"]
    assert followed["status"] == "PENDING"  # WeChat Pay says NOTPAY: only the forgers said paid
    assert station.v3.fake.calls[f"query:{out_trade_no}"] == 1


async def test_another_members_card_and_amounts_out_of_range_are_refused_and_change_nothing(
        station: DriverStation, driver: GraphQLClient, admin: GraphQLClient, database: Database,  # noqa: F811
        member_client: MemberClientFactory, staff_client: StaffClientFactory) -> None:
    other = await member_client(openid="o" + uuid.uuid4().hex[:27])
    theirs = await _card(station, admin, other)
    refused = await driver.execute(TOP_UP, _input(theirs, 50_000, "top-up-key-0301"))
    assert refused.error_codes == ["FORBIDDEN"] and (refused.body.get("data") or {}).get("driverCardTopUp") is None
    mine = await _card(station, admin, driver)
    for amount in (9_999, 500_001):
        low = (await driver.execute(TOP_UP, _input(mine, amount, "top-up-key-0302"))).data["driverCardTopUp"]
        assert [(e["field"], e["code"]) for e in low["errors"]] == [("amountFen", "AMOUNT_OUT_OF_RANGE")]
    cashier = await staff_client(role_code="cashier", stations=[station.station_id])
    assert (await cashier.execute(TOP_UP, _input(mine, 50_000, "top-up-key-0303"))).error_codes == ["FORBIDDEN"]
    other_followed = (await other.execute(FOLLOW, {"id": to_global_id("CardTopUpPayment", uuid.uuid4())}))
    assert other_followed.data["driverTopUp"] is None
    async with database.session() as session:
        assert await session.scalar(select(func.count()).select_from(CardTopUpPayment).where(
            CardTopUpPayment.card_id.in_([from_global_id(theirs)[1], from_global_id(mine)[1]]))) == 0
    assert station.v3.fake.orders == {}
    assert await _state(database, theirs) == (0, 0, 0, 0) and await _state(database, mine) == (0, 0, 0, 0)
    # the key stays usable after a refusal
    fine = (await driver.execute(TOP_UP, _input(mine, 10_000, "top-up-key-0302"))).data["driverCardTopUp"]
    assert fine["errors"] == [] and fine["topUp"]["status"] == "PENDING"


async def test_an_unpaid_top_up_is_closed_with_the_channel_after_five_minutes(
        station: DriverStation, driver: GraphQLClient, admin: GraphQLClient, database: Database,  # noqa: F811
        settings: Settings) -> None:
    card = await _card(station, admin, driver)
    made = (await driver.execute(TOP_UP, _input(card, 50_000, "top-up-key-0401"))).data["driverCardTopUp"]
    out_trade_no = from_global_id(made["topUp"]["id"])[1].hex
    with time_machine.travel(utcnow() + timedelta(minutes=1)):
        await resolve_pending_top_ups(database.transaction, settings.data_key)
    assert station.v3.fake.calls[f"query:{out_trade_no}"] == 1
    assert station.v3.fake.calls[f"close:{out_trade_no}"] == 0  # never within five minutes of the prepay
    with time_machine.travel(utcnow() + timedelta(minutes=6)):
        await resolve_pending_top_ups(database.transaction, settings.data_key)
    assert station.v3.fake.calls[f"close:{out_trade_no}"] == 1
    assert station.v3.fake.orders[out_trade_no].state == "CLOSED"
    followed = (await driver.execute(FOLLOW, {"id": made["topUp"]["id"]})).data["driverTopUp"]
    assert (followed["status"], followed["final"]) == ("CLOSED", True)
    assert await _state(database, card) == (0, 0, 0, 0)
    replay = (await driver.execute(TOP_UP, _input(card, 50_000, "top-up-key-0401"))).data["driverCardTopUp"]
    assert replay["errors"] == [] and replay["topUp"]["status"] == "CLOSED"  # the key's first answer


async def test_the_station_taking_the_money_must_accept_the_card_and_have_wechat_pay(
        station: DriverStation, driver: GraphQLClient, admin: GraphQLClient, database: Database,  # noqa: F811
        forecourt: Forecourt) -> None:
    card = await _card(station, admin, driver)
    other = to_global_id("Station", forecourt.org.stations[1].id)  # no WeChat Pay merchant account
    refused = (await driver.execute(TOP_UP, _input(card, 20_000, "top-up-key-0501", stationId=other))).data[
        "driverCardTopUp"]
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [("stationId", "NO_MERCHANT")]
    product = (await admin.execute(PRODUCT, {"input": {
        "name": f"卡{uuid.uuid4().hex[:6]}", "kind": "PHYSICAL", "named": True, "bonusTiers": [],
        "stationIds": [other]}})).data["cardProductSave"]  # used at the other station only
    made = (await station.cashier.execute(ACTIVATE, {"input": {
        "stationId": station.station, "productId": product["product"]["id"], "number": str(uuid.uuid4().int)[:16],
        "memberId": to_global_id("Member", driver.member.id)}})).data["cardActivate"]  # type: ignore[attr-defined]
    elsewhere = made["card"]["id"]
    refused = (await driver.execute(TOP_UP, _input(elsewhere, 20_000, "top-up-key-0502"))).data["driverCardTopUp"]
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [("stationId", "INVALID")]
    named = (await driver.execute(TOP_UP, _input(card, 20_000, "top-up-key-0503", stationId=station.station))).data[
        "driverCardTopUp"]
    assert named["errors"] == [] and named["topUp"]["stationId"] == station.station
    assert await _state(database, card) == (0, 0, 0, 0)
