"""A child card's own limits (`cardChildLimitsSet`): set by the parent's holder (member token) or by staff
reaching the parent's station, validated field by field, audited with before and after; refused (and nothing
changed) without a token, without the permission, for another member's or another station's card. The limits
set are those checkout enforces: per payment, per day, per month, payments per day."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from api.cards.models import Card
from api.core.audit import AuditLog
from api.core.db import Database
from api.core.ids import from_global_id, to_global_id
from api.core.permissions import Permission as P
from tests.cards.conftest import ACTIVATE, Cards
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.members import MemberClientFactory
from tests.fixtures.pumps import Forecourt
from tests.support.graphql import GraphQLClient

SET = """mutation($input: CardChildLimitsSetInput!) { cardChildLimitsSet(input: $input) { card { id
  perTransactionLimit { fen } dailyLimit { fen } monthlyLimit { fen } dailyCountLimit } errors { field code message } } }"""
LIMITS = ("per_transaction_limit_fen", "daily_limit_fen", "monthly_limit_fen", "daily_count_limit")


async def _family(cards: Cards, holder: GraphQLClient | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """(a parent sold at station A, held by `holder` when given, and a shared-mode child of it)."""
    product = await cards.product(named=holder is not None, bonusTiers=[])
    made = (await cards.pos.cashier.execute(ACTIVATE, {"input": {
        "stationId": cards.station, "productId": product, "number": str(uuid.uuid4().int)[:16],
        **({"memberId": to_global_id("Member", holder.member.id)} if holder else {})}})).data[  # type: ignore[attr-defined]
        "cardActivate"]
    assert made["errors"] == [], made
    return made["card"], await cards.child(made["card"]["id"], "SHARED")


async def _limits(database: Database, card: dict[str, Any]) -> tuple[int | None, ...]:
    async with database.session() as session:
        row = await session.get(Card, from_global_id(card["id"])[1])
        assert row is not None
        return tuple(getattr(row, name) for name in LIMITS)


def _input(child: dict[str, Any], **limits: int | None) -> dict[str, Any]:
    return {"input": {"childId": child["id"], **limits}}


async def test_the_holder_sets_a_childs_limits(cards: Cards, member_client: MemberClientFactory,
                                               database: Database) -> None:
    holder = await member_client()
    _, child = await _family(cards, holder)
    result = (await holder.execute(SET, _input(child, perTransactionLimitFen=20_000, dailyLimitFen=50_000,
                                                monthlyLimitFen=300_000, dailyCountLimit=3))).data["cardChildLimitsSet"]
    assert result == {"card": {"id": child["id"], "perTransactionLimit": {"fen": 20_000}, "dailyLimit": {"fen": 50_000},
                               "monthlyLimit": {"fen": 300_000}, "dailyCountLimit": 3}, "errors": []}
    # null removes a limit of the child's own; 0 allows nothing
    result = (await holder.execute(SET, _input(child, dailyLimitFen=0))).data["cardChildLimitsSet"]
    assert result["errors"] == [] and result["card"]["perTransactionLimit"] is None
    assert await _limits(database, child) == (None, 0, None, None)
    async with database.session() as session:
        logged = (await session.scalars(select(AuditLog).where(
            AuditLog.action == "card.child_limits_set", AuditLog.object_id == str(from_global_id(child["id"])[1]))
            .order_by(AuditLog.seq))).all()
    assert [(a.before, a.after) for a in logged] == [
        ({n: None for n in LIMITS}, dict(zip(LIMITS, (20_000, 50_000, 300_000, 3), strict=True))),
        (dict(zip(LIMITS, (20_000, 50_000, 300_000, 3), strict=True)), dict(zip(LIMITS, (None, 0, None, None),
                                                                                  strict=True)))]


async def test_each_invalid_limit_is_named(cards: Cards, database: Database) -> None:
    parent, child = await _family(cards)
    for field in ("perTransactionLimitFen", "dailyLimitFen", "monthlyLimitFen", "dailyCountLimit"):
        result = (await cards.admin.execute(SET, _input(child, **{field: -1}))).data["cardChildLimitsSet"]
        assert [(e["field"], e["code"]) for e in result["errors"]] == [(field, "INVALID")]
    result = (await cards.admin.execute(SET, {"input": {"childId": parent["id"], "dailyLimitFen": 1}})).data[
        "cardChildLimitsSet"]
    assert [(e["field"], e["code"]) for e in result["errors"]] == [("childId", "INVALID")]
    assert await _limits(database, child) == (None, None, None, None)


async def test_access(cards: Cards, client: GraphQLClient, staff_client: StaffClientFactory,
                      member_client: MemberClientFactory, forecourt: Forecourt, database: Database) -> None:
    holder = await member_client()
    _, child = await _family(cards, holder)
    a, b = forecourt.org.stations
    change = _input(child, dailyLimitFen=1_000)
    assert (await client.execute(SET, change)).error_codes == ["UNAUTHENTICATED"]
    viewer = await staff_client(permissions=[P.VIEW_MEMBERS], stations=[a.id])
    assert (await viewer.execute(SET, change)).error_codes == ["FORBIDDEN"]
    elsewhere = await staff_client(permissions=list(P), stations=[b.id])
    assert (await elsewhere.execute(SET, change)).error_codes == ["FORBIDDEN"]
    stranger = await member_client()
    assert (await stranger.execute(SET, change)).error_codes == ["FORBIDDEN"]
    assert await _limits(database, child) == (None, None, None, None)
    here = await staff_client(permissions=[P.MANAGE_CARDS], stations=[a.id])
    assert (await here.execute(SET, change)).data["cardChildLimitsSet"]["errors"] == []
    assert await _limits(database, child) == (None, 1_000, None, None)


async def test_checkout_enforces_the_childs_limits(cards: Cards) -> None:
    pos = cards.pos
    await pos.open()
    parent, child = await _family(cards)
    await cards.top_up(parent["id"], 100_000)

    async def pay(volume_ml: int) -> dict[str, Any]:
        fueling, amount = await pos.fueling(volume_ml)
        return await pos.checkout([fueling], [{"tender": "CARD", "amountFen": amount, "reference": child["number"]}])

    def refused(result: dict[str, Any], words: str) -> None:
        assert [e["field"] for e in result["errors"]] == ["tenders.0.amountFen"], result["errors"]
        assert words in result["errors"][0]["message"]

    async def limit(**limits: int | None) -> None:
        assert (await cards.admin.execute(SET, _input(child, **limits))).data["cardChildLimitsSet"]["errors"] == []

    await limit(perTransactionLimitFen=5_000)
    refused(await pay(10_000), "单笔消费限额 50.00")  # about ¥73
    assert (await pay(5_000))["errors"] == []  # about ¥36.50
    await limit(dailyLimitFen=5_000)
    refused(await pay(2_000), "每日消费限额 50.00")
    await limit(monthlyLimitFen=5_000)
    refused(await pay(2_000), "每月消费限额 50.00")
    await limit(dailyCountLimit=1)
    refused(await pay(1_000), "每日消费次数 1 次")
    await limit(dailyLimitFen=0)
    refused(await pay(1_000), "每日消费限额 0.00")
    await limit()
    assert (await pay(1_000))["errors"] == []
