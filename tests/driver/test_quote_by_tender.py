"""The driver's quote is priced for the tender the driver means to pay with: a discount the company gives only to
card payments shows on the card quote and not on the WeChat Pay one, and driverCardPay charges the card quote."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.db import Database
from api.selling import discounts
from api.selling.discounts import Basket, Discount
from api.selling.models import Tender
from api.stations.models import Station
from tests.driver.conftest import DriverStation
from tests.driver.test_card_pay import PASSWORD, PAY, _card, _pay
from tests.fixtures.identity import StaffClientFactory
from tests.support.graphql import GraphQLClient

QUOTE = """query($input: DriverSaleInput!, $tender: DriverTender) { driverQuote(input: $input, tender: $tender) {
  quote { discounts { rule amount { fen } } payable { fen } } errors { field code } } }"""


@dataclass
class CardTenderOff:
    """Two per cent off the order for card payments, as a card product's promotion would give it."""

    company_id: uuid.UUID
    name: str = "test_card_two_percent"

    async def discounts(self, session: AsyncSession, basket: Basket, taken: Sequence[Discount]) -> list[Discount]:
        if basket.company_id != self.company_id or Tender.CARD not in basket.tenders:
            return []
        return [Discount(self.name, "储值卡支付 98 折", basket.total_fen * 2 // 100,
                         f"marketing:test:{basket.station_id}")]


@pytest.fixture
async def admin(staff_client: StaffClientFactory) -> GraphQLClient:
    return await staff_client(role_code="company_admin")


@pytest.fixture
async def card_rule(station: DriverStation, database: Database) -> AsyncIterator[CardTenderOff]:
    async with database.session() as session:
        company_id = (await session.get(Station, station.station_id)).company_id  # type: ignore[union-attr]
    rule = CardTenderOff(company_id)
    discounts.register_rule(rule)
    yield rule
    discounts.unregister_rule(rule)


async def test_the_card_quote_carries_the_card_discount_and_is_what_the_card_pays(
        station: DriverStation, driver: GraphQLClient, admin: GraphQLClient, card_rule: CardTenderOff,
        database: Database) -> None:
    card = await _card(station, admin, driver, database=database)
    fueling = await station.fueling(20_000, nozzle=2)  # ¥146.00
    sale = {"stationId": station.station, "fuelingId": fueling["id"]}

    async def quoted(tender: str | None) -> dict[str, object]:
        answer = (await driver.execute(QUOTE, {"input": sale, **({"tender": tender} if tender else {})})).data
        assert answer["driverQuote"]["errors"] == []
        return answer["driverQuote"]["quote"]  # type: ignore[no-any-return]

    by_default, by_wechat, by_card = await quoted(None), await quoted("WECHAT"), await quoted("CARD")
    assert by_default == by_wechat == {"discounts": [], "payable": {"fen": 14_600}}
    assert by_card == {"discounts": [{"rule": card_rule.name, "amount": {"fen": 292}}], "payable": {"fen": 14_308}}

    paid = (await driver.execute(PAY, _pay(card, uuid.uuid4().hex, password=PASSWORD, sale=sale))).data[
        "driverCardPay"]
    assert paid["errors"] == [] and paid["payment"]["amount"] == {"fen": 14_308}
