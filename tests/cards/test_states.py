"""The card state table, exhaustively: every role x state x event is either a listed transition or refused;
every role x state says what it allows, and the rules of the table's docstring hold over all of it."""

from __future__ import annotations

import itertools

import pytest

from api.cards.models import CardState as S
from api.cards.states import ALLOWS, TRANSITIONS, CardAction, CardEvent, CardRole, allows, next_state

EXPECTED = {
    (S.ACTIVE, CardEvent.FREEZE): S.FROZEN, (S.FROZEN, CardEvent.UNFREEZE): S.ACTIVE,
    (S.ACTIVE, CardEvent.REPORT_LOST): S.REPORTED_LOST, (S.FROZEN, CardEvent.REPORT_LOST): S.REPORTED_LOST,
    (S.REPORTED_LOST, CardEvent.UNREPORT): S.ACTIVE, (S.ACTIVE, CardEvent.DISABLE): S.DISABLED,
    (S.DISABLED, CardEvent.ENABLE): S.ACTIVE,
    **{(s, CardEvent.CLOSE): S.CLOSED for s in (S.ACTIVE, S.FROZEN, S.REPORTED_LOST, S.DISABLED)},
}
CASES = list(itertools.product(CardRole, S, CardEvent))


@pytest.mark.parametrize(("role", "state", "event"), CASES, ids=[f"{r}-{s}-{e}" for r, s, e in CASES])
def test_every_transition(role: CardRole, state: S, event: CardEvent) -> None:
    assert next_state(role, state, event) == EXPECTED.get((state, event))


def test_the_table_has_nothing_else() -> None:
    assert {(s, e) for (_, s, e) in TRANSITIONS} == set(EXPECTED)
    assert set(ALLOWS) == set(itertools.product(CardRole, S))


@pytest.mark.parametrize(("role", "state"), list(itertools.product(CardRole, S)))
def test_what_each_state_allows(role: CardRole, state: S) -> None:
    granted = {a for a in CardAction if allows(role, state, a)}
    if state is S.CLOSED:
        assert granted == set()  # closed is final: nothing, not even closing again
        assert all(next_state(role, state, e) is None for e in CardEvent)
        return
    assert CardAction.CLOSE in granted
    money_moves = {CardAction.SPEND, CardAction.TOP_UP, CardAction.ALLOCATE, CardAction.RECEIVE}
    assert bool(granted & money_moves) == (state is S.ACTIVE)  # only an active card moves money
    assert (CardAction.TOP_UP in granted) == (role is CardRole.PARENT and state is S.ACTIVE)  # children: never
    assert CardAction.ALLOCATE not in granted or role is CardRole.PARENT
    assert (CardAction.GIVE_BACK in granted) == (role is CardRole.CHILD)  # a parent may always take back


def test_every_open_state_can_return_to_active_or_close() -> None:
    for role, state in itertools.product(CardRole, (S.FROZEN, S.REPORTED_LOST, S.DISABLED)):
        assert any(next_state(role, state, e) is S.ACTIVE for e in CardEvent)
