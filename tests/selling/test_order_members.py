"""Orders of an identified driver: the member (found at the POS) and the vehicle are on the order, the
pricing rules see the member, and orders are found by member or plate."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Sequence
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.ids import to_global_id
from api.selling import discounts
from api.selling.discounts import Basket, Discount
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import CHECKOUT, Pos

REGISTER = """mutation($i: MemberRegisterInput!) { memberRegister(input: $i) { member { id phone }
  errors { field code message } } }"""
ORDERS = """query($f: OrderFilter) { orders(first: 10, filter: $f) { edges { node { number vehiclePlate
  member { number phone } discounts { rule amount { fen } } } } } }"""


class MemberPrice:
    """A member-only rule, as tiers will write it: 0.20 yuan off per litre for any identified member."""

    name = "test_member_price"

    def __init__(self, company_id: uuid.UUID) -> None:
        self.company_id = company_id

    async def discounts(self, session: AsyncSession, basket: Basket, taken: Sequence[Discount]) -> list[Discount]:
        if basket.member_id is None or basket.company_id != self.company_id:
            return []
        return [Discount(self.name, "会员价", (line.volume_ml or 0) * 20 // 1000, f"marketing:member:{basket.station_id}",
                         line=line.position) for line in basket.lines if line.volume_ml]


@pytest.fixture
async def member_price(forecourt: Forecourt) -> AsyncIterator[MemberPrice]:
    rule = MemberPrice(forecourt.org.company.id)
    discounts.register_rule(rule)
    yield rule
    discounts.unregister_rule(rule)


async def checkout(pos: Pos, fuelings: list[str], amount: int, **extra: Any) -> dict[str, Any]:
    result = await pos.cashier.execute(CHECKOUT, {"input": {
        "stationId": pos.station, "idempotencyKey": uuid.uuid4().hex, "fuelingIds": fuelings,
        "tenders": [{"tender": "CASH", "amountFen": amount}], **extra}})
    return result.data["checkoutCreate"]  # type: ignore[no-any-return]


async def test_a_members_order_carries_the_member_and_plate_and_gets_member_prices(
        pos: Pos, member_price: MemberPrice, staff_client: StaffClientFactory, forecourt: Forecourt) -> None:
    await pos.open()
    phone = "13912345" + str(uuid.uuid4().int % 1000).zfill(3)
    registered = (await pos.cashier.execute(REGISTER, {"i": {"phone": phone, "consent": True}})).data["memberRegister"]
    assert registered["errors"] == []
    member = registered["member"]["id"]
    fueling, amount = await pos.fueling(20_000)
    anonymous_fueling, anonymous_amount = await pos.fueling(10_000)
    paid = await checkout(pos, [fueling], amount - 400, memberId=member, vehiclePlate="川a12345")
    assert paid["errors"] == [], paid["errors"]
    plain = await checkout(pos, [anonymous_fueling], anonymous_amount)  # no member, no member price
    assert plain["errors"] == []
    manager = await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])
    found = (await manager.execute(ORDERS, {"f": {"memberIds": [member]}})).data["orders"]["edges"]
    assert [e["node"]["number"] for e in found] == [paid["order"]["number"]]
    node = found[0]["node"]
    assert node["vehiclePlate"] == "川A12345" and node["member"]["phone"] == f"{phone[:3]}****{phone[-4:]}"
    assert node["discounts"] == [{"rule": "test_member_price", "amount": {"fen": 400}}]
    by_plate = (await manager.execute(ORDERS, {"f": {"vehiclePlate": "川A12345"}})).data["orders"]["edges"]
    assert [e["node"]["number"] for e in by_plate] == [paid["order"]["number"]]


async def test_an_unknown_member_or_a_bad_plate_is_refused_with_its_field(pos: Pos) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    stranger = await checkout(pos, [fueling], amount, memberId=to_global_id("Member", uuid.uuid4()))
    assert [(e["field"], e["code"]) for e in stranger["errors"]] == [("memberId", "NOT_FOUND")]
    bad = await checkout(pos, [fueling], amount, vehiclePlate="ABC")
    assert [(e["field"], e["code"]) for e in bad["errors"]] == [("vehiclePlate", "INVALID")]
    quoted = (await pos.cashier.execute("""query($i: CheckoutQuoteInput!) { checkoutQuote(input: $i) {
      errors { field code } } }""", {"i": {"stationId": pos.station, "fuelingIds": [fueling], "vehiclePlate": "ABC"}}))
    assert quoted.data["checkoutQuote"]["errors"] == [{"field": "vehiclePlate", "code": "INVALID"}]
    assert (await checkout(pos, [fueling], amount))["errors"] == []  # nothing was held by the refusals
