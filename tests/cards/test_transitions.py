"""`Card.transitions`: the state changes the viewer may make to a card now, from the state table for the
card's role and state, filtered by the viewer: staff with MANAGE_CARDS at the card's station get every change
the table accepts, staff elsewhere or without it none, the holder (a member token) only 挂失; a list of cards
costs the same SQL statements for 1 card as for 20."""

from __future__ import annotations

import itertools
import uuid
from typing import Any

import pytest

from api.cards.cards import transitions
from api.cards.models import Card, CardKind
from api.cards.models import CardState as S
from api.cards.states import TRANSITIONS, CardEvent, CardRole
from api.core.actors import Actor, ActorKind
from api.core.db import Database
from api.core.ids import from_global_id, to_global_id
from api.core.permissions import Permission as P
from tests.cards.conftest import ACTIVATE, Cards
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.members import MemberClientFactory
from tests.fixtures.pumps import Forecourt
from tests.support.sql_counter import StatementCounter

COMPANY, STATION, ELSEWHERE, MEMBER = (uuid.uuid4() for _ in range(4))
TRANSITIONS_QUERY = """query($id: ID!) { card(id: $id) { state transitions { event label to } } }"""
FREEZE = """mutation($id: ID!) { cardFreeze(input: {id: $id}) { card { state transitions { event } }
  errors { code } } }"""


def _staff(*stations: uuid.UUID | None, permission: P = P.MANAGE_CARDS) -> Actor:
    scope = None if stations == (None,) else frozenset(s for s in stations if s is not None)
    return Actor(ActorKind.STAFF, uuid.uuid4(), COMPANY, "staff", scopes={permission: scope})


def _cards(role: CardRole, state: S) -> tuple[Card, Card | None]:
    parent = Card(id=uuid.uuid4(), company_id=COMPANY, kind=CardKind.PHYSICAL, member_id=MEMBER, station_id=STATION,
                  state=S.ACTIVE)
    if role is CardRole.PARENT:
        parent.state = state
        return parent, None
    child = Card(id=uuid.uuid4(), company_id=COMPANY, kind=CardKind.PHYSICAL, member_id=MEMBER, parent_id=parent.id,
                 station_id=STATION, state=state)
    return child, parent


CASES = list(itertools.product(CardRole, S))


@pytest.mark.parametrize(("role", "state"), CASES, ids=[f"{r}-{s}" for r, s in CASES])
def test_staff_get_the_table_and_a_member_only_reports_a_loss(role: CardRole, state: S) -> None:
    card, parent = _cards(role, state)
    table = [(e, TRANSITIONS[(role, state, e)]) for e in CardEvent if (role, state, e) in TRANSITIONS]
    assert transitions(_staff(STATION), card, parent) == table
    assert transitions(_staff(None), card, parent) == table  # company-wide
    assert transitions(_staff(ELSEWHERE), card, parent) == []
    assert transitions(_staff(None, permission=P.VIEW_MEMBERS), card, parent) == []
    holder = Actor(ActorKind.MEMBER, MEMBER, COMPANY, "member")
    assert transitions(holder, card, parent) == [(e, t) for e, t in table if e is CardEvent.REPORT_LOST]
    stranger = Actor(ActorKind.MEMBER, uuid.uuid4(), COMPANY, "member")
    assert transitions(stranger, card, parent) == []
    other_company = Actor(ActorKind.STAFF, uuid.uuid4(), uuid.uuid4(), "staff", scopes={P.MANAGE_CARDS: None})
    assert transitions(other_company, card, parent) == []


def test_every_state_offers_a_way_on_but_closed() -> None:
    for role, state in CASES:
        card, parent = _cards(role, state)
        assert bool(transitions(_staff(None), card, parent)) == (state is not S.CLOSED)


async def test_the_api_tells_each_viewer_its_transitions(cards: Cards, staff_client: StaffClientFactory,
                                                         member_client: MemberClientFactory,
                                                         forecourt: Forecourt) -> None:
    holder = await member_client()
    made = (await cards.pos.cashier.execute(ACTIVATE, {"input": {
        "stationId": cards.station, "productId": await cards.product(named=True, bonusTiers=[]),
        "number": str(uuid.uuid4().int)[:16], "memberId": to_global_id("Member", holder.member.id)}})).data[  # type: ignore[attr-defined]
        "cardActivate"]
    card: dict[str, Any] = made["card"]
    a, b = forecourt.org.stations

    async def seen(client: Any) -> list[str]:
        return [t["event"] for t in (await client.execute(TRANSITIONS_QUERY, {"id": card["id"]})).data["card"][
            "transitions"]]

    shown = (await cards.admin.execute(TRANSITIONS_QUERY, {"id": card["id"]})).data["card"]
    assert shown == {"state": "ACTIVE", "transitions": [
        {"event": "FREEZE", "label": "冻结", "to": "FROZEN"},
        {"event": "REPORT_LOST", "label": "挂失", "to": "REPORTED_LOST"},
        {"event": "DISABLE", "label": "停用", "to": "DISABLED"},
        {"event": "CLOSE", "label": "销户", "to": "CLOSED"}]}
    assert await seen(await staff_client(permissions=[P.VIEW_MEMBERS, P.MANAGE_CARDS], stations=[a.id])) == [
        "FREEZE", "REPORT_LOST", "DISABLE", "CLOSE"]
    assert await seen(await staff_client(permissions=[P.VIEW_MEMBERS])) == []
    assert await seen(await staff_client(permissions=[P.VIEW_MEMBERS, P.MANAGE_CARDS], stations=[b.id])) == []
    assert await seen(holder) == ["REPORT_LOST"]

    frozen = (await cards.admin.execute(FREEZE, {"id": card["id"]})).data["cardFreeze"]
    assert frozen == {"card": {"state": "FROZEN", "transitions": [
        {"event": "UNFREEZE"}, {"event": "REPORT_LOST"}, {"event": "CLOSE"}]}, "errors": []}


LIST = """query($n: Int!) { cards(first: $n) { edges { node { transitions { event } passwordLocked
  perTransactionLimit { fen } children { transitions { event } passwordLocked } } } } }"""
VIEWER = """{ viewerCards { transitions { event } passwordLocked children { transitions { event } } } }"""


async def test_transitions_and_locks_cost_the_same_for_1_and_20_cards(
        cards: Cards, member_client: MemberClientFactory, database: Database, sql: StatementCounter) -> None:
    holder = await member_client()
    product = from_global_id(await cards.product(named=True, bonusTiers=[]))[1]

    async def families(member: Any, n: int) -> None:  # n parents of the member's, each with a child
        async with database.transaction() as session:
            for _ in range(n):
                parent = Card(company_id=member.company_id, number=str(uuid.uuid4().int)[:16], product_id=product,
                              kind=CardKind.PHYSICAL, member_id=member.id)
                session.add(parent)
                await session.flush()
                session.add(Card(company_id=parent.company_id, number=str(uuid.uuid4().int)[:16], product_id=product,
                                 kind=CardKind.PHYSICAL, member_id=member.id, parent_id=parent.id))

    await families(holder.member, 20)  # type: ignore[attr-defined]

    async def count(client: Any, query: str, variables: dict[str, Any]) -> int:
        with sql.counting():
            response = await client.execute(query, variables)
        assert not response.errors, response.errors
        return sql.count

    assert await count(cards.admin, LIST, {"n": 1}) == await count(cards.admin, LIST, {"n": 20})
    one = await member_client()
    await families(one.member, 1)  # type: ignore[attr-defined]
    assert await count(one, VIEWER, {}) == await count(holder, VIEWER, {})
