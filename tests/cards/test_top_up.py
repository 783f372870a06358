"""Top-up with bonus: one ledger transfer under the request's key (充500送50 puts 500 on principal and 50 on
bonus, against the drawer and the bonus expense); a replay gives the first top-up back; the same key with
another amount is refused and changes nothing; out-of-range amounts and closed shifts are refused."""

from __future__ import annotations

import asyncio
import uuid

from sqlalchemy import func, select

from api.core.db import Database
from api.ledger import service as ledger
from api.ledger.models import LedgerTransfer
from tests.cards.conftest import Cards
from tests.fixtures.pumps import Forecourt


async def _transfers(database: Database, forecourt: Forecourt, key: str) -> int:
    async with database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(LedgerTransfer).where(
            LedgerTransfer.company_id == forecourt.org.company.id,
            LedgerTransfer.idempotency_key == f"card-top-up:{key}")) or 0)


async def test_a_top_up_with_bonus_is_one_transfer_replayed_and_guarded(
        cards: Cards, forecourt: Forecourt, database: Database) -> None:
    await cards.pos.open()
    card = await cards.card()
    key = uuid.uuid4().hex
    first = await cards.top_up(card["id"], 50_000, key)
    assert first["errors"] == [] and first["replay"] is False
    assert first["topUp"]["bonus"]["fen"] == 5_000
    assert first["card"]["balance"] == {"principal": {"fen": 50_000}, "bonus": {"fen": 5_000},
                                        "total": {"fen": 55_000}}
    replays = await asyncio.gather(*(cards.top_up(card["id"], 50_000, key) for _ in range(5)))
    assert all(r["replay"] and r["topUp"] == first["topUp"] for r in replays)
    conflict = await cards.top_up(card["id"], 40_000, key)
    assert [(e["field"], e["code"]) for e in conflict["errors"]] == [("idempotencyKey", "IDEMPOTENCY_CONFLICT")]
    assert await _transfers(database, forecourt, key) == 1
    assert (await cards.get(card["id"]))["balance"]["total"]["fen"] == 55_000
    small = await cards.top_up(card["id"], 49_999)
    assert small["errors"] == [] and small["topUp"]["bonus"]["fen"] == 0
    async with database.session() as session:
        assert await ledger.verify(session) == []


async def test_out_of_range_and_without_a_shift_nothing_is_written(cards: Cards) -> None:
    card = await cards.card(topUpMinFen=10_000)
    closed = await cards.top_up(card["id"], 20_000)
    assert [(e["field"], e["code"]) for e in closed["errors"]] == [("stationId", "NO_OPEN_SHIFT")]
    await cards.pos.open()
    low = await cards.top_up(card["id"], 9_999)
    assert [(e["field"], e["code"]) for e in low["errors"]] == [("amountFen", "AMOUNT_OUT_OF_RANGE")]
    assert (await cards.get(card["id"]))["principalToppedUp"]["fen"] == 0
