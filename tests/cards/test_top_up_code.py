"""A card topped up at the POS with the payer's WeChat payment code, against the local WeChat Pay server over real
HTTP: credited at once when paid (with its bonus, the channel's fee to the station), only once the payer confirmed
(USERPAYING, then asked again), never when the code is refused; the code is sent once and a lost answer is queried;
a payer who never confirms is reversed after five minutes; a replay gives the first answer and another body under
the key is IDEMPOTENCY_CONFLICT; amounts out of range and a closed shift are refused on their field."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta
from typing import Any

import time_machine
from sqlalchemy import func, select

from api.cards.models import Card, CardTopUp
from api.cards.top_up_payments import resolve_pending_top_ups
from api.core.clock import utcnow
from api.core.db import Database
from api.core.ids import from_global_id, to_global_id
from api.core.permissions import Permission as P
from api.ledger import service as ledger
from api.payments.fakes.wechat_v2 import FakeWeChatPay
from api.settings import Settings
from tests.cards.conftest import Cards
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.test_payment_code import CONFIRMING, EXPIRED, LOST, PAID, fee_fen, merchant  # noqa: F401

BY_CODE = """mutation($input: CardTopUpByCodeInput!) { cardTopUpByCode(input: $input) {
  topUp { id status final kind channel amount { fen } bonus { fen } message card { balance { total { fen } } } }
  replay errors { field code message } } }"""
REFRESH = """mutation($id: ID!) { cardTopUpPaymentRefresh(id: $id) { id status final
  card { balance { principal { fen } bonus { fen } total { fen } } } } }"""


def _input(cards: Cards, card: str, amount: int, code: str, key: str | None = None, **more: Any) -> dict[str, Any]:
    return {"input": {"cardId": card, "stationId": cards.station, "amountFen": amount, "method": "WECHAT",
                      "authCode": code, "idempotencyKey": key or uuid.uuid4().hex, **more}}  # more: e.g. method


async def _held(database: Database, card: str) -> tuple[int, int, int]:
    """(principal in, bonus in, top-ups) of the card."""
    card_id = from_global_id(card)[1]
    async with database.session() as session:
        row = await session.get(Card, card_id, populate_existing=True)
        assert row is not None
        count = await session.scalar(select(func.count()).select_from(CardTopUp).where(CardTopUp.card_id == card_id))
    return row.principal_in_fen, row.bonus_in_fen, int(count or 0)


async def test_a_paid_code_credits_the_card_with_its_bonus_once(
        cards: Cards, merchant: FakeWeChatPay, database: Database, forecourt: Forecourt) -> None:  # noqa: F811
    await cards.pos.open()
    card = (await cards.card())["id"]
    key = uuid.uuid4().hex
    paid = (await cards.pos.cashier.execute(BY_CODE, _input(cards, card, 50_000, PAID, key))).data["cardTopUpByCode"]
    assert paid["errors"] == [] and paid["replay"] is False
    top_up = paid["topUp"]
    assert (top_up["status"], top_up["final"], top_up["kind"], top_up["channel"]) == (
        "SUCCEEDED", True, "PAYMENT_CODE", "wechat")
    assert top_up["bonus"] == {"fen": 5_000} and top_up["card"]["balance"]["total"] == {"fen": 55_000}
    again = (await cards.pos.cashier.execute(BY_CODE, _input(cards, card, 50_000, PAID, key))).data["cardTopUpByCode"]
    assert again["replay"] is True and again["topUp"]["id"] == top_up["id"]
    other = (await cards.pos.cashier.execute(BY_CODE, _input(cards, card, 40_000, PAID, key))).data["cardTopUpByCode"]
    assert [(e["field"], e["code"]) for e in other["errors"]] == [("idempotencyKey", "IDEMPOTENCY_CONFLICT")]
    assert await _held(database, card) == (50_000, 5_000, 1)
    assert sum(n for k, n in merchant.calls.items() if k.startswith("micropay:")) == 1
    key = uuid.uuid4().hex  # the POS sends one top-up five times at once
    results = await asyncio.gather(*(cards.pos.cashier.execute(BY_CODE, _input(cards, card, 10_000, PAID, key))
                                     for _ in range(5)))
    payloads = [r.data["cardTopUpByCode"] for r in results]
    assert len({p["topUp"]["id"] for p in payloads}) == 1 and sum(not p["replay"] for p in payloads) == 1
    assert {p["topUp"]["status"] for p in payloads} <= {"SUCCEEDED", "PENDING"}
    assert await _held(database, card) == (60_000, 5_000, 2)
    assert sum(n for k, n in merchant.calls.items() if k.startswith("micropay:")) == 2
    company, station = forecourt.org.company.id, forecourt.org.stations[0].id
    async with database.session() as session:
        assert await ledger.balance(session, company, f"fee:wechat:{station}") >= fee_fen(50_000) > 0
        assert await ledger.verify(session) == []


async def test_the_payer_confirms_and_the_pos_asks_again_refused_codes_credit_nothing(
        cards: Cards, merchant: FakeWeChatPay, database: Database) -> None:  # noqa: F811
    await cards.pos.open()
    card = (await cards.card())["id"]
    waiting = (await cards.pos.cashier.execute(BY_CODE, _input(cards, card, 20_000, CONFIRMING))).data[
        "cardTopUpByCode"]["topUp"]
    assert (waiting["status"], waiting["final"]) == ("PENDING", False)
    assert await _held(database, card) == (0, 0, 0)  # nothing before the channel says paid
    answers = [(await cards.pos.cashier.execute(REFRESH, {"id": waiting["id"]})).data["cardTopUpPaymentRefresh"]
               for _ in range(2)]  # the POS asks again while the payer enters the password
    assert [a["status"] for a in answers] == ["PENDING", "SUCCEEDED"]
    assert answers[1]["card"]["balance"]["total"] == {"fen": 20_000}
    again = (await cards.pos.cashier.execute(REFRESH, {"id": waiting["id"]})).data["cardTopUpPaymentRefresh"]
    assert again["status"] == "SUCCEEDED" and await _held(database, card) == (20_000, 0, 1)
    out_trade_no = from_global_id(waiting["id"])[1].hex
    assert merchant.calls[f"micropay:{out_trade_no}"] == 1  # sent once, then queried

    refused = (await cards.pos.cashier.execute(BY_CODE, _input(cards, card, 20_000, EXPIRED))).data[
        "cardTopUpByCode"]["topUp"]
    assert (refused["status"], refused["final"]) == ("FAILED", True) and refused["message"]
    low = (await cards.pos.cashier.execute(BY_CODE, _input(cards, card, 50, PAID))).data["cardTopUpByCode"]
    assert [(e["field"], e["code"]) for e in low["errors"]] == [("amountFen", "AMOUNT_OUT_OF_RANGE")]
    assert await _held(database, card) == (20_000, 0, 1)


async def test_a_lost_answer_is_queried_and_a_payer_who_never_confirms_is_reversed(
        cards: Cards, merchant: FakeWeChatPay, database: Database, settings: Settings) -> None:  # noqa: F811
    await cards.pos.open()
    card = (await cards.card())["id"]
    lost = (await cards.pos.cashier.execute(BY_CODE, _input(cards, card, 30_000, LOST))).data[
        "cardTopUpByCode"]["topUp"]
    assert lost["status"] == "PENDING"
    merchant.confirm_after = 1000  # this payer never confirms
    stale = (await cards.pos.cashier.execute(BY_CODE, _input(cards, card, 10_000, CONFIRMING))).data[
        "cardTopUpByCode"]["topUp"]
    with time_machine.travel(utcnow() + timedelta(seconds=30)):
        await resolve_pending_top_ups(database.transaction, settings.data_key)  # queried: the lost one was paid
    with time_machine.travel(utcnow() + timedelta(minutes=6)):
        await resolve_pending_top_ups(database.transaction, settings.data_key)  # five minutes on: reversed
    states = {}
    for row in (lost, stale):
        states[row["id"]] = (await cards.pos.cashier.execute(REFRESH, {"id": row["id"]})).data[
            "cardTopUpPaymentRefresh"]["status"]
    assert states == {lost["id"]: "SUCCEEDED", stale["id"]: "CLOSED"}
    assert merchant.calls[f"micropay:{from_global_id(lost['id'])[1].hex}"] == 1  # lost, queried, never re-paid
    assert merchant.calls[f"reverse:{from_global_id(stale['id'])[1].hex}"] == 1
    assert await _held(database, card) == (30_000, 0, 1)


async def test_without_an_open_shift_nothing_is_sent(cards: Cards, merchant: FakeWeChatPay,  # noqa: F811
                                                     database: Database) -> None:
    card = (await cards.card())["id"]
    closed = (await cards.pos.cashier.execute(BY_CODE, _input(cards, card, 20_000, PAID))).data["cardTopUpByCode"]
    assert [(e["field"], e["code"]) for e in closed["errors"]] == [("stationId", "NO_OPEN_SHIFT")]
    assert not any(k.startswith("micropay:") for k in merchant.calls) and await _held(database, card) == (0, 0, 0)


async def test_another_stations_cashier_cannot_follow_or_make_a_top_up_here(
        cards: Cards, merchant: FakeWeChatPay, database: Database, forecourt: Forecourt,  # noqa: F811
        staff_client: StaffClientFactory) -> None:
    await cards.pos.open()
    card = (await cards.card())["id"]
    waiting = (await cards.pos.cashier.execute(BY_CODE, _input(cards, card, 20_000, CONFIRMING))).data[
        "cardTopUpByCode"]["topUp"]
    elsewhere = await staff_client(role_code="cashier", stations=[forecourt.org.stations[1].id])
    assert (await elsewhere.execute(REFRESH, {"id": waiting["id"]})).error_codes == ["FORBIDDEN"]
    assert (await elsewhere.execute(BY_CODE, _input(cards, card, 20_000, PAID))).error_codes == ["FORBIDDEN"]
    out_trade_no = from_global_id(waiting["id"])[1].hex
    assert merchant.calls[f"query:{out_trade_no}"] == 0 and await _held(database, card) == (0, 0, 0)


async def test_an_alipay_code_tops_up_once_the_payer_confirms(
        cards: Cards, alipay: tuple[object, object], forecourt: Forecourt, staff_client: StaffClientFactory,
        database: Database) -> None:
    from api.payments.alipay import AlipayMerchant
    from api.payments.fakes.alipay import FakeAlipay
    from tests.fixtures.alipay import ALIPAY_PID
    from tests.selling.test_payment_code import SET_MERCHANT

    fake, account = alipay
    assert isinstance(account, AlipayMerchant) and isinstance(fake, FakeAlipay)
    admin = await staff_client(permissions=[P.MANAGE_SETTINGS])
    station = forecourt.org.stations[0].id
    result = await admin.execute(SET_MERCHANT, {"input": {
        "stationId": to_global_id("Station", station), "channel": "alipay", "mchId": ALIPAY_PID,
        "appId": account.app_id, "apiKey": account.app_private_key_pem, "payeeName": "石桥辅加油站",
        "apiBaseUrl": account.gateway, "platformKeys": [{"serial": "alipay", "pem": account.alipay_public_key_pem}]}})
    assert result.data["paymentMerchantSet"]["errors"] == []
    await cards.pos.open()
    card = (await cards.card())["id"]
    waiting = (await cards.pos.cashier.execute(BY_CODE, _input(cards, card, 50_000, "287634438256640000",
                                                               method="ALIPAY"))).data["cardTopUpByCode"]["topUp"]
    assert (waiting["status"], waiting["channel"]) == ("PENDING", "alipay")  # WAIT_BUYER_PAY
    assert await _held(database, card) == (0, 0, 0)
    for _ in range(3):  # the POS asks again until the payer confirmed
        done = (await cards.pos.cashier.execute(REFRESH, {"id": waiting["id"]})).data["cardTopUpPaymentRefresh"]
        if done["final"]:
            break
    assert done["status"] == "SUCCEEDED" and done["card"]["balance"]["total"] == {"fen": 55_000}
    async with database.session() as session:
        assert await ledger.balance(session, forecourt.org.company.id, f"clearing:alipay:{station}") == 50_000
        assert await ledger.verify(session) == []
