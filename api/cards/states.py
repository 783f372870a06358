"""The states of a card and every transition, in one table.

A card is a PARENT (a card of its own, which may have children) or a CHILD (added under a parent). The
table below is the whole state machine: `TRANSITIONS[(role, state, event)]` is the state an event leads to;
a pair that is not in it is refused. `ALLOWS[(role, state)]` is what a card in that state may do.

    role    from            event         to
    both    active          FREEZE        frozen          冻结 (staff)
    both    frozen          UNFREEZE      active          解冻 (staff)
    both    active, frozen  REPORT_LOST   reported_lost   挂失 (holder or staff)
    both    reported_lost   UNREPORT      active          解除挂失 (holder with SMS, or staff)
    both    active          DISABLE       disabled        停用 (staff)
    both    disabled        ENABLE        active          启用 (staff)
    both    any but closed  CLOSE         closed          销户 (staff; a parent only once its children are closed)

    role    state           allows
    parent  active          spend, top up, allocate, take back, add child, set password, close
    child   active          spend, receive an allocation, give back (返款), set password, close
    both    frozen          close, set password            (no money moves in or out but the closing refund)
    both    reported_lost   close                          (the holder proves who they are at the station)
    both    disabled        close
    child   frozen, reported_lost, disabled: also give back (the parent takes its money back)
    both    closed          nothing

A child of a shared-mode parent spends the parent's money, so the parent must allow SPEND as well; a child
of an allocated-mode parent spends its own money and only its own state counts. A child is never topped up
directly: its money comes from its parent.
"""

from __future__ import annotations

from enum import StrEnum

from api.cards.models import CardState as S


class CardRole(StrEnum):
    PARENT = "parent"
    CHILD = "child"


class CardEvent(StrEnum):
    FREEZE = "freeze"
    UNFREEZE = "unfreeze"
    REPORT_LOST = "report_lost"
    UNREPORT = "unreport"
    DISABLE = "disable"
    ENABLE = "enable"
    CLOSE = "close"


class CardAction(StrEnum):
    SPEND = "spend"
    TOP_UP = "top_up"
    ALLOCATE = "allocate"  # a parent moves money to a child, or takes it back (返款)
    RECEIVE = "receive"  # a child is given money by its parent
    GIVE_BACK = "give_back"  # a child's money is taken back by its parent (返款), even when it is lost
    ADD_CHILD = "add_child"
    SET_PASSWORD = "set_password"
    CLOSE = "close"


_BOTH = (CardRole.PARENT, CardRole.CHILD)
_OPEN = (S.ACTIVE, S.FROZEN, S.REPORTED_LOST, S.DISABLED)

TRANSITIONS: dict[tuple[CardRole, S, CardEvent], S] = {
    **{(role, S.ACTIVE, CardEvent.FREEZE): S.FROZEN for role in _BOTH},
    **{(role, S.FROZEN, CardEvent.UNFREEZE): S.ACTIVE for role in _BOTH},
    **{(role, state, CardEvent.REPORT_LOST): S.REPORTED_LOST for role in _BOTH for state in (S.ACTIVE, S.FROZEN)},
    **{(role, S.REPORTED_LOST, CardEvent.UNREPORT): S.ACTIVE for role in _BOTH},
    **{(role, S.ACTIVE, CardEvent.DISABLE): S.DISABLED for role in _BOTH},
    **{(role, S.DISABLED, CardEvent.ENABLE): S.ACTIVE for role in _BOTH},
    **{(role, state, CardEvent.CLOSE): S.CLOSED for role in _BOTH for state in _OPEN},
}

A = CardAction
ALLOWS: dict[tuple[CardRole, S], frozenset[CardAction]] = {
    (CardRole.PARENT, S.ACTIVE): frozenset({A.SPEND, A.TOP_UP, A.ALLOCATE, A.ADD_CHILD, A.SET_PASSWORD, A.CLOSE}),
    (CardRole.CHILD, S.ACTIVE): frozenset({A.SPEND, A.RECEIVE, A.GIVE_BACK, A.SET_PASSWORD, A.CLOSE}),
    (CardRole.PARENT, S.FROZEN): frozenset({A.CLOSE, A.SET_PASSWORD}),
    (CardRole.CHILD, S.FROZEN): frozenset({A.GIVE_BACK, A.CLOSE, A.SET_PASSWORD}),
    (CardRole.PARENT, S.REPORTED_LOST): frozenset({A.CLOSE}),
    (CardRole.CHILD, S.REPORTED_LOST): frozenset({A.GIVE_BACK, A.CLOSE}),
    (CardRole.PARENT, S.DISABLED): frozenset({A.CLOSE}),
    (CardRole.CHILD, S.DISABLED): frozenset({A.GIVE_BACK, A.CLOSE}),
    **{(role, S.CLOSED): frozenset() for role in _BOTH},
}

STATE_LABELS = {S.ACTIVE: "正常", S.FROZEN: "已冻结", S.REPORTED_LOST: "已挂失", S.DISABLED: "已停用",
                S.CLOSED: "已销户"}
EVENT_LABELS = {CardEvent.FREEZE: "冻结", CardEvent.UNFREEZE: "解冻", CardEvent.REPORT_LOST: "挂失",
                CardEvent.UNREPORT: "解除挂失", CardEvent.DISABLE: "停用", CardEvent.ENABLE: "启用",
                CardEvent.CLOSE: "销户"}
ACTION_LABELS = {A.SPEND: "消费", A.TOP_UP: "充值", A.ALLOCATE: "划拨", A.RECEIVE: "接收划拨", A.ADD_CHILD: "添加子卡",
                 A.GIVE_BACK: "返款", A.SET_PASSWORD: "设置密码", A.CLOSE: "销户"}


def next_state(role: CardRole, state: S, event: CardEvent) -> S | None:
    """The state `event` leads to, or None when the table refuses it."""
    return TRANSITIONS.get((role, state, event))


def allows(role: CardRole, state: S, action: CardAction) -> bool:
    return action in ALLOWS[(role, state)]
