"""The ledger's rules on real PostgreSQL: balanced transfers, guarded balances, idempotency keys with the
request's hash, sorted locking under concurrency, and `verify` finding nothing wrong afterwards."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter

import pytest
from hypothesis import Phase, given
from hypothesis import settings as examples
from hypothesis import strategies as st

from api.core.db import Database
from api.core.errors import DomainError
from api.ledger import service as ledger
from api.ledger.service import Leg
from api.settings import Settings
from tests.fixtures.org import Org

CARDS = ("card:a:principal", "card:b:principal", "card:c:principal")


def codes(error: DomainError) -> list[str]:
    return [p.code for p in error.problems]


async def test_a_transfer_must_balance_and_a_holding_never_pays_out_more_than_it_holds(database: Database,
                                                                                      org: Org) -> None:
    company = org.company.id
    async with database.transaction() as session:
        with pytest.raises(DomainError) as unbalanced:
            await ledger.post(session, company, key="k0", kind="sale", legs=[Leg("cash:x", 100), Leg("revenue", -99)])
        assert codes(unbalanced.value) == ["UNBALANCED"]
        await ledger.post(session, company, key="k1", kind="top_up", legs=[
            Leg("clearing:wechat", 5_000), Leg("card:a:principal", -5_000)])  # topped up: the card holds 5,000
    with pytest.raises(DomainError) as short:
        async with database.transaction() as session:
            await ledger.post(session, company, key="k2", kind="spend", legs=[
                Leg("card:a:principal", 5_001), Leg("revenue:fuel:1402", -5_001)])
    assert codes(short.value) == ["INSUFFICIENT_FUNDS"]
    async with database.session() as session:
        assert await ledger.held(session, company, "card:a:principal") == 5_000
        assert await ledger.balance(session, company, "card:a:principal") == -5_000  # what we owe: a credit
        assert await ledger.balance(session, company, "clearing:wechat") == 5_000
        assert await ledger.verify(session) == []


async def test_a_key_replayed_concurrently_posts_once_and_another_body_is_refused(database: Database,
                                                                                  org: Org) -> None:
    company = org.company.id

    async def top_up(amount: int) -> tuple[uuid.UUID, bool] | str:
        try:
            async with database.transaction() as session:
                posted = await ledger.post(session, company, key="order:1", kind="top_up", request={"card": "a"},
                                           legs=[Leg("clearing:cash", amount), Leg("card:a:principal", -amount)])
                return posted.transfer.id, posted.replay
        except DomainError as error:
            return codes(error)[0]

    results = await asyncio.gather(*(top_up(1_000) for _ in range(5)))
    assert len({r[0] for r in results if isinstance(r, tuple)}) == 1
    assert sorted(r[1] for r in results if isinstance(r, tuple)) == [False, True, True, True, True]
    assert await top_up(2_000) == "IDEMPOTENCY_CONFLICT"
    async with database.session() as session:
        assert await ledger.held(session, company, "card:a:principal") == 1_000


async def test_200_concurrent_spends_on_1000_yuan_exactly_100_succeed(database: Database, org: Org) -> None:
    company = org.company.id
    async with database.transaction() as session:
        await ledger.post(session, company, key="fund", kind="top_up", legs=[
            Leg("clearing:bank", 100_000), Leg("fleet:f1:pool", -100_000)])

    async def spend(i: int) -> str:
        try:
            async with database.transaction() as session:
                await ledger.post(session, company, key=f"spend:{i}", kind="spend", legs=[
                    Leg("fleet:f1:pool", 1_000), Leg(f"revenue:fuel:{'1402' if i % 2 else '1405'}", -1_000)])
        except DomainError as error:
            return codes(error)[0]
        return "ok"

    outcome = Counter(await asyncio.gather(*(spend(i) for i in range(200))))
    assert outcome == {"ok": 100, "INSUFFICIENT_FUNDS": 100}
    async with database.session() as session:
        assert await ledger.balance(session, company, "fleet:f1:pool") == 0
        assert await ledger.verify(session) == []


operations = st.lists(st.tuples(st.sampled_from(["top_up", "spend", "move", "replay", "conflict"]),
                                st.integers(0, 2), st.integers(0, 2), st.integers(1, 30_000)),
                      min_size=5, max_size=25)


@examples(max_examples=20, deadline=None, phases=[Phase.generate])
@given(operations)
def test_random_operations_keep_every_invariant(settings: Settings, ops: list[tuple[str, int, int, int]]) -> None:
    asyncio.run(_run_operations(str(settings.database_url), ops))


async def _run_operations(url: str, ops: list[tuple[str, int, int, int]]) -> None:
    from tests.fixtures.org import make_org

    database = Database(url, pool_size=1)
    try:
        company = (await make_org(database)).company.id
        model: Counter[str] = Counter()
        done: list[tuple[str, list[Leg]]] = []
        accepted = 0
        ops = [("top_up", i, i, 50_000) for i in range(len(CARDS))] + ops  # money to move: most operations pass
        for step, (op, a, b, amount) in enumerate(ops):
            conflicting = op == "conflict" and bool(done)
            if op in ("replay", "conflict") and done:
                key, legs = done[amount % len(done)]
                if conflicting:
                    legs = [Leg(leg.account, leg.amount * 2) for leg in legs]
            else:
                key = f"op:{step}"
                legs = {"top_up": [Leg(CARDS[a], -amount), Leg("clearing:wechat", amount)],
                        "spend": [Leg(CARDS[a], amount), Leg("revenue:fuel:1402", -amount)],
                        "move": [Leg(CARDS[a], amount), Leg(CARDS[b if b != a else (a + 1) % 3], -amount)]}.get(op, [
                            Leg(CARDS[a], -amount), Leg("clearing:cash", amount)])
            try:
                async with database.transaction() as session:
                    posted = await ledger.post(session, company, key=key, kind="test", legs=legs)
            except DomainError as error:
                assert codes(error)[0] in ("INSUFFICIENT_FUNDS", "IDEMPOTENCY_CONFLICT", "UNBALANCED")
                if conflicting:
                    assert codes(error) == ["IDEMPOTENCY_CONFLICT"]
                continue
            assert not conflicting
            if not posted.replay:
                accepted += 1
                done.append((key, legs))
                for leg in legs:
                    model[leg.account] += leg.amount
            async with database.session() as session:
                for account in {leg.account for leg in legs}:
                    assert await ledger.balance(session, company, account) == model[account]
        async with database.session() as session:
            assert await ledger.verify(session) == []
            for card in CARDS:
                assert await ledger.balance(session, company, card) == model[card] <= 0
        fresh = sum(1 for op, *_ in ops if op not in ("replay", "conflict"))
        assert accepted * 2 >= fresh  # most new operations are accepted: the test never passes by refusing
    finally:
        await database.dispose()


async def test_the_verify_command_reports_a_tampered_balance(database: Database, org: Org, settings: Settings,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner
    from sqlalchemy import update

    from api.cli import cli
    from api.ledger.models import LedgerAccount

    company = org.company.id
    async with database.transaction() as session:
        await ledger.post(session, company, key="t1", kind="top_up", legs=[
            Leg("clearing:cash", 700), Leg("card:z:principal", -700)])
    monkeypatch.setenv("FORECOURT_DATABASE_URL", str(settings.database_url))
    monkeypatch.setenv("FORECOURT_REDIS_URL", str(settings.redis_url))
    healthy = await asyncio.to_thread(CliRunner().invoke, cli, ["ledger", "verify"])
    assert healthy.exit_code == 0, healthy.output
    assert "every invariant holds" in healthy.output
    tampered = update(LedgerAccount).where(LedgerAccount.company_id == company,
                                           LedgerAccount.code == "card:z:principal")
    async with database.transaction() as session:
        await session.execute(tampered.values(balance=LedgerAccount.balance - 1))
    try:
        broken = await asyncio.to_thread(CliRunner().invoke, cli, ["ledger", "verify"])
        assert broken.exit_code == 1
        assert "account card:z:principal: balance -701 but entries sum to -700" in broken.output
    finally:
        async with database.transaction() as session:
            await session.execute(tampered.values(balance=LedgerAccount.balance + 1))
