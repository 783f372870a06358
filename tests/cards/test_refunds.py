"""A card payment refunded goes back to the card that paid it, to its principal and bonus in the proportion
the payment took them (exactly, once the whole payment is refunded); a tender without a refund of its own
is refused rather than given back to the wrong account."""

from __future__ import annotations

import uuid

from api.core.db import Database
from api.ledger import service as ledger
from tests.cards.conftest import Cards
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.test_refunds import refund


async def test_a_card_payment_goes_back_to_the_card_in_proportion(
        cards: Cards, staff_client: StaffClientFactory, forecourt: Forecourt, database: Database) -> None:
    pos = cards.pos
    await pos.open()
    card = await cards.card()
    await cards.top_up(card["id"], 10_000)  # 100 principal, no bonus tier reached
    await cards.top_up(card["id"], 50_000)  # 500 principal + 50 bonus
    first, first_amount = await pos.fueling(80_000)  # about ¥584: principal 600 covers it
    assert first_amount < 60_000
    paid_first = await pos.checkout([first], [{"tender": "CARD", "amountFen": first_amount,
                                               "reference": card["number"]}])
    assert paid_first["errors"] == []
    left = 60_000 - first_amount
    second, second_amount = await pos.fueling(8_000)  # the rest of the principal, then bonus
    paid = await pos.checkout([second], [{"tender": "CARD", "amountFen": second_amount,
                                          "reference": card["number"]}])
    assert paid["errors"] == [] and second_amount > left
    from_bonus = second_amount - left
    payment = paid["order"]["payments"][0]["id"]
    supervisor = await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])
    half = second_amount // 2
    assert (await refund(supervisor, payment, half))["errors"] == []
    after_half = await cards.get(card["id"])
    principal_back = half * left // second_amount
    assert after_half["balance"]["principal"]["fen"] == principal_back
    assert after_half["balance"]["bonus"]["fen"] == 5_000 - from_bonus + (half - principal_back)
    rest = await refund(supervisor, payment, second_amount - half, key=uuid.uuid4().hex)
    assert rest["errors"] == [] and rest["order"]["status"] == "REFUNDED"
    restored = await cards.get(card["id"])
    assert restored["balance"] == {"principal": {"fen": left}, "bonus": {"fen": 5_000},
                                   "total": {"fen": left + 5_000}}  # exactly what the payment took
    assert restored["spent"]["fen"] == first_amount
    async with database.session() as session:
        assert await ledger.verify(session) == []


async def test_what_a_refund_gave_back_no_longer_counts_against_the_daily_limit(
        cards: Cards, staff_client: StaffClientFactory, forecourt: Forecourt) -> None:
    pos = cards.pos
    await pos.open()
    card = await cards.card(dailyLimitFen=20_000)
    await cards.top_up(card["id"], 50_000)
    first, amount = await pos.fueling(20_000)  # ¥146.00 of the ¥200.00 a day
    paid = await pos.checkout([first], [{"tender": "CARD", "amountFen": amount, "reference": card["number"]}])
    assert paid["errors"] == []
    second, second_amount = await pos.fueling(10_000)  # ¥73.00 more would pass the limit
    tenders = [{"tender": "CARD", "amountFen": second_amount, "reference": card["number"]}]
    refused = await pos.checkout([second], tenders)
    assert [e["field"] for e in refused["errors"]] == ["tenders.0.amountFen"]
    assert "今日已用 146.00 元" in refused["errors"][0]["message"]
    supervisor = await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])
    assert (await refund(supervisor, paid["order"]["payments"][0]["id"], 5_000))["errors"] == []
    assert (await pos.checkout([second], tenders))["errors"] == []  # ¥96.00 + ¥73.00 is within the day
