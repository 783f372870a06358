"""The pricing service: rules registered by other domains (member prices, campaigns) discount lines or the
order; the quote the POS shows is exactly what checkout charges; discounts are itemised on the order, the
receipt and in the ledger; nothing takes a line or the order below zero."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.db import Database
from api.ledger import service as ledger
from api.selling import discounts
from api.selling.discounts import Basket, Discount
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import Pos

QUOTE = """query($input: CheckoutQuoteInput!) { checkoutQuote(input: $input) {
  quote { lines { description amount { fen } } discounts { rule label amount { fen } line }
          total { fen } discount { fen } payable { fen } }
  errors { field code message } } }"""
ORDER = """query($id: ID!) { node(id: $id) { ... on Order { payable { fen } discount { fen }
  discounts { rule label amount { fen } line } receipt(width: 32) } } }"""


@dataclass
class PerLitreOff:
    """A rule as a campaign would write it: so many fen off per litre of one grade, for one company."""

    company_id: uuid.UUID
    grade_code: str
    fen_per_litre: int
    name: str = "test_per_litre"

    async def discounts(self, session: AsyncSession, basket: Basket, taken: Sequence[Discount]) -> list[Discount]:
        if basket.company_id != self.company_id:
            return []
        return [Discount(self.name, f"{self.grade_code} 每升立减", (line.volume_ml or 0) * self.fen_per_litre // 1000,
                         f"marketing:test:{basket.station_id}", line=line.position)
                for line in basket.lines if line.grade_code == self.grade_code]


@pytest.fixture
async def rule(forecourt: Forecourt) -> AsyncIterator[PerLitreOff]:
    registered = PerLitreOff(forecourt.org.company.id, "1402", 50)
    discounts.register_rule(registered)
    yield registered
    discounts.unregister_rule(registered)


async def priced(pos: Pos, fuelings: list[str], **extra: Any) -> dict[str, Any]:
    result = await pos.cashier.execute(QUOTE, {"input": {"stationId": pos.station, "fuelingIds": fuelings, **extra}})
    return result.data["checkoutQuote"]  # type: ignore[no-any-return]


async def test_the_quote_is_what_checkout_charges_and_the_discount_is_itemised(
        pos: Pos, rule: PerLitreOff, forecourt: Forecourt, database: Database) -> None:
    await pos.open()
    first, amount_1 = await pos.fueling(20_000)
    second, amount_2 = await pos.fueling(10_000, nozzle=2)
    quote = (await priced(pos, [first, second], tenders=["CASH"]))["quote"]
    assert quote["total"] == {"fen": amount_1 + amount_2}
    assert quote["discounts"] == [{"rule": "test_per_litre", "label": "1402 每升立减", "amount": {"fen": 1_000}, "line": 0},
                                  {"rule": "test_per_litre", "label": "1402 每升立减", "amount": {"fen": 500}, "line": 1}]
    payable = amount_1 + amount_2 - 1_500
    assert quote["payable"] == {"fen": payable} and quote["discount"] == {"fen": 1_500}
    short = await pos.checkout([first, second], [{"tender": "CASH", "amountFen": amount_1 + amount_2}])
    assert short["errors"][0]["code"] == "AMOUNT_MISMATCH"  # the full price is not what is due
    paid = await pos.checkout([first, second], [{"tender": "CASH", "amountFen": payable}])
    assert paid["errors"] == [] and paid["order"]["payable"] == {"fen": payable}
    order = (await pos.cashier.execute(ORDER, {"id": paid["order"]["id"]})).data["node"]
    assert order["discounts"] == quote["discounts"] and order["discount"] == {"fen": 1_500}
    assert "1402 每升立减" in order["receipt"] and "-10.00" in order["receipt"]
    company, station = forecourt.org.company.id, forecourt.org.stations[0].id
    async with database.session() as session:
        assert await ledger.balance(session, company, f"marketing:test:{station}") == 1_500
        assert await ledger.balance(session, company, f"receivable:{station}") == 0
        assert await ledger.verify(session) == []


async def test_a_rule_never_takes_a_line_below_zero_and_the_manual_discount_comes_last(
        pos: Pos, rule: PerLitreOff, staff_client: StaffClientFactory, forecourt: Forecourt) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    rule.fen_per_litre = 100_000  # far more than the line
    quote = (await priced(pos, [fueling]))["quote"]
    assert quote["discounts"][0]["amount"] == {"fen": amount} and quote["payable"] == {"fen": 0}
    rule.fen_per_litre = 50
    manager = await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])
    manager_pos = Pos(manager, pos.pump, pos.station)
    too_much = await priced(manager_pos, [fueling], discountFen=amount, discountReason="老客户")
    assert [(e["field"], e["code"]) for e in too_much["errors"]] == [("discountFen", "INVALID")]  # 500 already off
    both = (await priced(manager_pos, [fueling], discountFen=100, discountReason="老客户"))["quote"]
    assert [(d["rule"], d["amount"]["fen"]) for d in both["discounts"]] == [("test_per_litre", 500), ("manual", 100)]
    assert both["payable"] == {"fen": amount - 600}


async def test_a_quote_refuses_what_checkout_would_refuse(pos: Pos, forecourt: Forecourt,
                                                          staff_client: StaffClientFactory) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    assert (await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount}]))["errors"] == []
    paid = await priced(pos, [fueling])
    assert paid["quote"] is None and [(e["field"], e["code"]) for e in paid["errors"]] == [("fuelingIds.0",
                                                                                            "ALREADY_PAID")]
    elsewhere = await staff_client(role_code="cashier", stations=[forecourt.org.stations[1].id])
    other = await elsewhere.execute(QUOTE, {"input": {"stationId": pos.station, "fuelingIds": [fueling]}})
    assert other.error_codes == ["FORBIDDEN"]
    nothing = await priced(pos, [])
    assert [e["field"] for e in nothing["errors"]] == ["fuelingIds"]


async def test_a_cashier_cannot_quote_a_manual_discount(pos: Pos) -> None:
    await pos.open()
    fueling, _ = await pos.fueling(10_000)
    result = await pos.cashier.execute(QUOTE, {"input": {"stationId": pos.station, "fuelingIds": [fueling],
                                                         "discountFen": 100, "discountReason": "老客户"}})
    assert result.error_codes == ["FORBIDDEN"]

