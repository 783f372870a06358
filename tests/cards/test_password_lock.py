"""Five wrong payment passwords in a row lock a card's password for thirty minutes, at the POS and in the
mini-program alike: each wrong one is counted although its checkout rolls back, a right one starts the count
again, the lock refuses even the right password (on the `password` field, with the minutes left), is shown to
staff as `passwordLocked` and audited; a new password set with the SMS code lifts it."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from redis.asyncio import Redis
from sqlalchemy import func, select, update

from api.cards import password_tries
from api.cards.models import Card
from api.core.audit import AuditLog
from api.core.clock import utcnow
from api.core.db import Database
from api.core.ids import from_global_id, to_global_id
from api.identity.passwords import hash_password
from api.members.fakes.sms import FakeSms
from api.selling.models import Order
from api.settings import Settings
from tests.cards.conftest import ACTIVATE, Cards
from tests.driver.conftest import DriverStation
from tests.fixtures.members import MemberClientFactory, new_phone
from tests.support.graphql import GraphQLClient

PASSWORD = "135790"
LOCKED = """query($id: ID!) { card(id: $id) { hasPassword passwordLocked } }"""
CODE_SEND = """mutation($id: ID!) { cardPasswordCodeSend(input: {cardId: $id}) { errors { field code message } } }"""
PASSWORD_SET = """mutation($id: ID!, $p: String!, $c: String!) { cardPasswordSet(input: {cardId: $id, password: $p,
  smsCode: $c}) { card { hasPassword passwordLocked } errors { field code message } } }"""
PAY = """mutation($input: DriverCardPayInput!) { driverCardPay(input: $input) { order { status }
  errors { field code message } } }"""


@pytest.fixture
async def redis(settings: Settings) -> AsyncIterator[Redis]:
    assert settings.redis_url is not None
    client = Redis.from_url(settings.redis_url)
    yield client
    await client.aclose()


async def _card(cards: Cards, database: Database, *, phone: str | None = None,
                member: GraphQLClient | None = None) -> dict[str, Any]:
    """A card with ¥1,000 whose payments above ¥20 need the password (set to PASSWORD)."""
    product = await cards.product(passwordAboveFen=2_000, bonusTiers=[], named=member is not None)
    holder = {"memberId": to_global_id("Member", member.member.id)} if member else {}  # type: ignore[attr-defined]
    made = (await cards.pos.cashier.execute(ACTIVATE, {"input": {
        "stationId": cards.station, "productId": product, "number": str(uuid.uuid4().int)[:16],
        **({"phone": phone} if phone else {}), **holder}})).data["cardActivate"]
    assert made["errors"] == [], made
    assert (await cards.top_up(made["card"]["id"], 100_000))["errors"] == []
    async with database.transaction() as session:
        await session.execute(update(Card).where(Card.id == from_global_id(made["card"]["id"])[1])
                              .values(password_hash=hash_password(PASSWORD)))
    return made["card"]  # type: ignore[no-any-return]


async def _orders(database: Database) -> int:
    async with database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(Order)) or 0)


async def _lock_audits(database: Database, card: dict[str, Any], *, wait: bool = False) -> list[dict[str, Any]]:
    """The card's `card.password_lock` audit rows (written once the refused checkout has ended)."""
    for _ in range(100 if wait else 1):
        async with database.session() as session:
            rows = (await session.scalars(select(AuditLog.after).where(
                AuditLog.action == "card.password_lock",
                AuditLog.object_id == str(from_global_id(card["id"])[1])))).all()
        if rows or not wait:
            return list(rows)
        await asyncio.sleep(0.05)
    return []


async def test_five_wrong_passwords_at_the_pos_lock_it(cards: Cards, database: Database, redis: Redis) -> None:
    pos = cards.pos
    await pos.open()
    card = await _card(cards, database)
    card_id = from_global_id(card["id"])[1]

    async def pay(password: str) -> dict[str, Any]:
        fueling, amount = await pos.fueling(5_000)  # about ¥36.50: above ¥20, the password is needed
        return await pos.checkout([fueling], [{"tender": "CARD", "amountFen": amount, "reference": card["number"],
                                               "password": password}])

    def refused(result: dict[str, Any], words: str) -> None:
        assert [(e["field"], e["code"]) for e in result["errors"]] == [("tenders.0.password", "INVALID")], result
        assert words in result["errors"][0]["message"], result["errors"]

    orders = await _orders(database)
    for left in (4, 3, 2, 1):
        refused(await pay("000000"), f"支付密码错误，还可尝试 {left} 次")
    # the checkouts rolled back, the count did not
    assert await _orders(database) == orders
    assert int(await redis.get(f"forecourt:card:{card_id}:password:tries") or 0) == 4

    assert (await pay(PASSWORD))["errors"] == []  # a right one starts the count again
    assert await redis.get(f"forecourt:card:{card_id}:password:tries") is None
    for left in (4, 3, 2, 1):
        refused(await pay("000000"), f"支付密码错误，还可尝试 {left} 次")
    assert await _lock_audits(database, card) == []
    refused(await pay("000000"), "支付密码错误次数过多，已锁定 30 分钟")
    refused(await pay(PASSWORD), "支付密码已锁定，请 30 分钟后再试")
    assert await _orders(database) == orders + 1

    shown = (await cards.admin.execute(LOCKED, {"id": card["id"]})).data["card"]
    until = await password_tries.locked_until(redis, card_id)
    assert until is not None and 29 * 60 < (until - utcnow()).total_seconds() <= 30 * 60
    assert shown == {"hasPassword": True, "passwordLocked": until.isoformat()}
    assert await _lock_audits(database, card, wait=True) == [{"locked_until": until.isoformat(), "wrong_tries": 5}]

    # below the threshold no password is asked for: the lock does not stop it
    fueling, amount = await pos.fueling(2_000)
    assert amount <= 2_000
    assert (await pos.checkout([fueling], [{"tender": "CARD", "amountFen": amount,
                                            "reference": card["number"]}]))["errors"] == []


async def test_a_new_password_by_sms_lifts_the_lock(cards: Cards, database: Database, redis: Redis,
                                                    sms_outbox: FakeSms) -> None:
    await cards.pos.open()
    phone = new_phone()
    card = await _card(cards, database, phone=phone)
    card_id = from_global_id(card["id"])[1]
    for _ in range(5):
        await password_tries.count_wrong(redis, card_id)
    assert (await cards.admin.execute(LOCKED, {"id": card["id"]})).data["card"]["passwordLocked"] is not None

    assert (await cards.admin.execute(CODE_SEND, {"id": card["id"]})).data["cardPasswordCodeSend"]["errors"] == []
    code = sms_outbox.last_code(phone)
    assert code is not None
    wrong = (await cards.admin.execute(PASSWORD_SET, {"id": card["id"], "p": "246801", "c": "000000" if code != "000000"
                                                      else "111111"})).data["cardPasswordSet"]
    assert [e["field"] for e in wrong["errors"]] == ["smsCode"]
    assert await password_tries.locked_until(redis, card_id) is not None  # refused: still locked
    done = (await cards.admin.execute(PASSWORD_SET, {"id": card["id"], "p": "246801", "c": code})).data[
        "cardPasswordSet"]
    assert done["errors"] == []
    assert (await cards.admin.execute(LOCKED, {"id": card["id"]})).data["card"] == {
        "hasPassword": True, "passwordLocked": None}
    assert await redis.exists(f"forecourt:card:{card_id}:password:tries", f"forecourt:card:{card_id}:password:locked"
                              ) == 0
    async with database.session() as session:
        logged = await session.scalar(select(AuditLog).where(
            AuditLog.action == "card.password_set", AuditLog.object_id == str(card_id)))
    assert logged is not None and logged.before["locked_until"] is not None
    assert logged.after == {"password_set": True, "locked_until": None}


async def test_the_mini_program_counts_the_same_tries(cards: Cards, database: Database,
                                                      member_client: MemberClientFactory) -> None:
    pos = cards.pos
    await pos.open()
    driver = await member_client(openid="o" + uuid.uuid4().hex[:27])
    card = await _card(cards, database, member=driver)

    recent = DriverStation(cards.station, from_global_id(cards.station)[1], pos.cashier, pos.pump, None)  # type: ignore[arg-type]

    async def pay(password: str) -> dict[str, Any]:
        fueling = await recent.fueling(5_000)  # just now, as the mini-program pays it
        result = await driver.execute(PAY, {"input": {
            "cardId": card["id"], "idempotencyKey": uuid.uuid4().hex, "password": password,
            "sale": {"stationId": cards.station, "fuelingId": fueling["id"]}}})
        return result.data["driverCardPay"]  # type: ignore[no-any-return]

    for left in (4, 3):
        wrong = await pay("000000")
        assert [(e["field"], e["message"]) for e in wrong["errors"]] == [("password", f"支付密码错误，还可尝试 {left} 次")]
    fueling, amount = await pos.fueling(5_000)  # the POS counts towards the same five
    at_pos = await pos.checkout([fueling], [{"tender": "CARD", "amountFen": amount, "reference": card["number"],
                                             "password": "000000"}])
    assert "还可尝试 2 次" in at_pos["errors"][0]["message"]
    for _ in range(2):
        await pay("000000")
    locked = await pay(PASSWORD)
    assert [e["field"] for e in locked["errors"]] == ["password"]
    assert locked["errors"][0]["message"].startswith("支付密码已锁定，请 30 分钟后再试")
    # a member token does not see the lock
    assert (await driver.execute(LOCKED, {"id": card["id"]})).data["card"]["passwordLocked"] is None
    assert len(await _lock_audits(database, card, wait=True)) == 1
