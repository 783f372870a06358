"""A card topped up in cash puts the cash in the shift's drawer: the cash in drawer and the expected cash
at closing count it, so an honest count at hand-in shows no over/short."""

from __future__ import annotations

from tests.cards.conftest import Cards
from tests.selling.pos import CLOSE

DRAWER = "query($s: ID!) { currentShift(stationId: $s) { cashInDrawer { fen } } }"


async def test_a_cash_top_up_is_in_the_drawer(cards: Cards) -> None:
    pos = cards.pos
    shift = (await pos.open(cash=20_000))["shift"]
    card = await cards.card()
    topped = await cards.top_up(card["id"], 50_000)
    assert topped["errors"] == []
    drawer = (await pos.cashier.execute(DRAWER, {"s": pos.station})).data["currentShift"]["cashInDrawer"]
    assert drawer == {"fen": 70_000}
    fueling, amount = await pos.fueling(10_000)
    paid = await pos.checkout([fueling], [{"tender": "CARD", "amountFen": amount, "reference": card["number"]}])
    assert paid["errors"] == []  # paid by card: the drawer does not change
    closed = (await pos.cashier.execute(CLOSE, {"id": shift["id"], "counted": 70_000})).data["shiftClose"]
    assert closed["shift"]["expectedCash"] == {"fen": 70_000} and closed["shift"]["overShort"] == {"fen": 0}
