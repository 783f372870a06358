"""An on-account payment refunded goes back to its fleet: the credit it used first, then the granted
balance, then the prepaid one; refunding all of it restores exactly what it took."""

from __future__ import annotations

import uuid

from api.core.db import Database
from api.ledger import service as ledger
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.fleets.conftest import Fleets, plate
from tests.fleets.test_on_account import on_account
from tests.selling.pos import Pos
from tests.selling.test_refunds import refund


async def test_an_on_account_refund_restores_credit_then_granted_then_prepaid(
        pos: Pos, fleets: Fleets, staff_client: StaffClientFactory, forecourt: Forecourt, database: Database) -> None:
    await pos.open()
    fleet = await fleets.create()
    number = plate()
    await fleets.vehicle(fleet["id"], number)
    await fleets.top_up(fleet["id"], 3_000)
    await fleets.adjust(fleet["id"], "GRANTED", 2_000)
    await fleets.adjust(fleet["id"], "CREDIT_LIMIT", 20_000)
    fueling, amount = await pos.fueling(10_000)  # ¥73: ¥30 prepaid, ¥20 granted, ¥23 credit
    paid = await on_account(pos, [fueling], amount, plate_number=number)
    assert paid["errors"] == []
    credit_used = amount - 5_000
    supervisor = await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])
    payment = paid["order"]["payments"][0]["id"]
    assert (await refund(supervisor, payment, credit_used + 500))["errors"] == []
    partly = await fleets.balances(fleet["id"])
    assert (partly["creditUsed"], partly["granted"], partly["prepaid"]) == (0, 500, 0)
    rest = await refund(supervisor, payment, amount - credit_used - 500, key=uuid.uuid4().hex)
    assert rest["errors"] == [] and rest["order"]["status"] == "REFUNDED"
    restored = await fleets.balances(fleet["id"])
    assert (restored["creditUsed"], restored["granted"], restored["prepaid"]) == (0, 2_000, 3_000)
    async with database.session() as session:
        assert await ledger.verify(session) == []
