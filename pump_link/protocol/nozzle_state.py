"""The nozzle state machine, one table for every protocol.

Observations (what a protocol saw on the wire) move a nozzle between states:

    state \\ observation   LINK_DOWN  ABSENT     CARD           LIFTED      FLOWING   PAUSED     AUTHORIZED  TRANSACTION
    OFFLINE               OFFLINE    IDLE       CARD_INSERTED  CALLING     FUELING   SUSPENDED  AUTHORIZED  COMPLETED
    IDLE                  OFFLINE    IDLE       CARD_INSERTED  CALLING     FUELING   SUSPENDED  AUTHORIZED  COMPLETED
    CALLING               OFFLINE    IDLE       CARD_INSERTED  CALLING     FUELING   SUSPENDED  AUTHORIZED  COMPLETED
    CARD_INSERTED         OFFLINE    IDLE       CARD_INSERTED  CALLING     FUELING   SUSPENDED  AUTHORIZED  COMPLETED
    AUTHORIZED            OFFLINE    IDLE       CARD_INSERTED  AUTHORIZED  FUELING   SUSPENDED  AUTHORIZED  COMPLETED
    FUELING               OFFLINE    COMPLETED  FUELING        FUELING     FUELING   SUSPENDED  FUELING     COMPLETED
    SUSPENDED             OFFLINE    COMPLETED  SUSPENDED      SUSPENDED   FUELING   SUSPENDED  SUSPENDED   COMPLETED
    COMPLETED             OFFLINE    IDLE       CARD_INSERTED  CALLING     FUELING   SUSPENDED  AUTHORIZED  COMPLETED

Rules behind it: a lost link always means OFFLINE; during a sale (FUELING, SUSPENDED) a card or lift
observation cannot restart it, and the nozzle dropping out of the live list ends it (COMPLETED until the
transaction record arrives); a lifted nozzle stays AUTHORIZED once authorised. 卡机联动 has no
"authorised" or "paused" on the wire (the DART protocol has both).
"""

from __future__ import annotations

from enum import StrEnum

from pump_link.protocol.events import NozzleState as S


class Observation(StrEnum):
    LINK_DOWN = "link_down"
    ABSENT = "absent"
    CARD = "card"
    LIFTED = "lifted"
    FLOWING = "flowing"
    PAUSED = "paused"
    AUTHORIZED = "authorized"
    TRANSACTION = "transaction"


Ob = Observation
_COLUMNS = (Ob.LINK_DOWN, Ob.ABSENT, Ob.CARD, Ob.LIFTED, Ob.FLOWING, Ob.PAUSED, Ob.AUTHORIZED, Ob.TRANSACTION)
_ROWS: dict[S, tuple[S, ...]] = {
    S.OFFLINE: (S.OFFLINE, S.IDLE, S.CARD_INSERTED, S.CALLING, S.FUELING, S.SUSPENDED, S.AUTHORIZED, S.COMPLETED),
    S.IDLE: (S.OFFLINE, S.IDLE, S.CARD_INSERTED, S.CALLING, S.FUELING, S.SUSPENDED, S.AUTHORIZED, S.COMPLETED),
    S.CALLING: (S.OFFLINE, S.IDLE, S.CARD_INSERTED, S.CALLING, S.FUELING, S.SUSPENDED, S.AUTHORIZED, S.COMPLETED),
    S.CARD_INSERTED: (S.OFFLINE, S.IDLE, S.CARD_INSERTED, S.CALLING, S.FUELING, S.SUSPENDED, S.AUTHORIZED,
                      S.COMPLETED),
    S.AUTHORIZED: (S.OFFLINE, S.IDLE, S.CARD_INSERTED, S.AUTHORIZED, S.FUELING, S.SUSPENDED, S.AUTHORIZED,
                   S.COMPLETED),
    S.FUELING: (S.OFFLINE, S.COMPLETED, S.FUELING, S.FUELING, S.FUELING, S.SUSPENDED, S.FUELING, S.COMPLETED),
    S.SUSPENDED: (S.OFFLINE, S.COMPLETED, S.SUSPENDED, S.SUSPENDED, S.FUELING, S.SUSPENDED, S.SUSPENDED,
                  S.COMPLETED),
    S.COMPLETED: (S.OFFLINE, S.IDLE, S.CARD_INSERTED, S.CALLING, S.FUELING, S.SUSPENDED, S.AUTHORIZED,
                  S.COMPLETED),
}
TRANSITIONS: dict[tuple[S, Observation], S] = {
    (state, column): target for state, row in _ROWS.items() for column, target in zip(_COLUMNS, row, strict=True)
}


def next_state(state: S, observation: Observation) -> S:
    return TRANSITIONS[(state, observation)]
