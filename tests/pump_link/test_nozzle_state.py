"""The nozzle state table: complete, and the sale paths the capture shows."""

from __future__ import annotations

import itertools

from pump_link.protocol.events import NozzleState as S
from pump_link.protocol.nozzle_state import TRANSITIONS, next_state
from pump_link.protocol.nozzle_state import Observation as O


def test_the_table_is_complete() -> None:
    assert set(TRANSITIONS) == set(itertools.product(S, O))


def test_a_card_sale_as_captured() -> None:
    state = S.IDLE
    path = []
    for observation in (O.CARD, O.LIFTED, O.FLOWING, O.FLOWING, O.ABSENT, O.TRANSACTION, O.ABSENT):
        state = next_state(state, observation)
        path.append(state)
    assert path == [S.CARD_INSERTED, S.CALLING, S.FUELING, S.FUELING, S.COMPLETED, S.COMPLETED, S.IDLE]


def test_a_lost_link_always_means_offline_and_a_sale_cannot_restart() -> None:
    assert {next_state(s, O.LINK_DOWN) for s in S} == {S.OFFLINE}
    assert next_state(S.FUELING, O.CARD) is S.FUELING
    assert next_state(S.FUELING, O.LIFTED) is S.FUELING
    assert next_state(S.AUTHORIZED, O.LIFTED) is S.AUTHORIZED
