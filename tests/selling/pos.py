"""A POS at the test forecourt: a cashier of its first station, the station's device, and helpers."""

from __future__ import annotations

import uuid
from typing import Any

from tests.pumps.test_fuelings import RECORD, sale
from tests.support.graphql import GraphQLClient

OPEN = """mutation($s: ID!, $cash: Long!) { shiftOpen(input: {stationId: $s, openingCashFen: $cash}) {
  shift { id number status openingCash { fen } } errors { field code message } } }"""
CLOSE = """mutation($id: ID!, $counted: Long!, $reason: String) { shiftClose(input: {shiftId: $id,
  countedCashFen: $counted, reason: $reason}) { shift { status expectedCash { fen } countedCash { fen }
  overShort { fen } tenderTotals { tender count amount { fen } } } errors { field code message } } }"""
CHECKOUT = """mutation($input: CheckoutCreateInput!) { checkoutCreate(input: $input) { replay
  order { id number status payable { fen } lines { description amount { fen } }
    payments { id tender status amount { fen } given { fen } change { fen } reference channelState transactionId } }
  errors { field code message } } }"""
ORDERS = """query($n: Int!) { orders(first: $n) { edges { node { number cashierName station { code }
  lines { amount { fen } } payments { tender amount { fen } } history { kind toValue } } } } }"""


class Pos:
    def __init__(self, cashier: GraphQLClient, pump: GraphQLClient, station: str) -> None:
        self.cashier, self.pump, self.station = cashier, pump, station
        self.ttc = 5_000

    async def fueling(self, volume_ml: int, nozzle: int = 1) -> tuple[str, int]:
        self.ttc += 1
        totalizer = 50_000_000 + self.ttc * 100_000
        result = await self.pump.execute(RECORD, {"input": sale(self.ttc, volume_ml, totalizer, nozzle=nozzle,
                                                                minutes=self.ttc - 5_000)})
        fueling = result.data["fuelingRecord"]["fueling"]
        return fueling["id"], int(fueling["amount"]["fen"])

    async def open(self, cash: int = 50_000) -> dict[str, Any]:
        return (await self.cashier.execute(OPEN, {"s": self.station, "cash": cash})).data["shiftOpen"]  # type: ignore[no-any-return]

    async def checkout(self, fuelings: list[str], tenders: list[dict[str, Any]], key: str | None = None,
                       station: str | None = None) -> dict[str, Any]:
        result = await self.cashier.execute(CHECKOUT, {"input": {
            "stationId": station or self.station, "idempotencyKey": key or uuid.uuid4().hex,
            "fuelingIds": fuelings, "tenders": tenders}})
        return result.data["checkoutCreate"]  # type: ignore[no-any-return]
