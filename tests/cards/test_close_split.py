"""Reliability test 4: the closing split of any card history, with 1-fen edge cases, satisfies
`refund + forfeited bonus + consumed principal + consumed bonus == principal + bonus`, every part >= 0,
each consumed part within what was given, deterministic, and proportional within a fen."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from api.cards.close_split import allocate, split_close

FEN = st.integers(min_value=0, max_value=10**10)


@st.composite
def histories(draw: st.DrawFn) -> tuple[int, int, int]:
    principal = draw(st.one_of(st.integers(0, 3), FEN))
    bonus = draw(st.one_of(st.integers(0, 3), FEN))
    spent = draw(st.one_of(st.just(0), st.just(principal + bonus), st.integers(0, principal + bonus)))
    return principal, bonus, spent


@given(histories())
@example((1, 0, 1))
@example((0, 1, 1))
@example((1, 1, 1))
@example((50_000, 5_000, 1))
@example((50_000, 5_000, 54_999))
@example((50_000, 5_000, 55_000))
@example((1, 10**10, 1))
@example((0, 0, 0))
def test_the_split_adds_up(history: tuple[int, int, int]) -> None:
    principal, bonus, spent = history
    split = split_close(principal, bonus, spent)
    parts = (split.refund_fen, split.forfeited_bonus_fen, split.consumed_principal_fen, split.consumed_bonus_fen)
    assert sum(parts) == principal + bonus
    assert all(p >= 0 for p in parts)
    assert split.consumed_principal_fen + split.consumed_bonus_fen == spent
    assert split.consumed_principal_fen <= principal and split.consumed_bonus_fen <= bonus
    assert split.refund_fen == principal - split.consumed_principal_fen
    if principal + bonus:  # within one fen of the exact proportion
        assert abs(split.consumed_principal_fen * (principal + bonus) - spent * principal) < principal + bonus
    assert split_close(principal, bonus, spent) == split


def test_the_examples_of_the_rule() -> None:
    # 充500送50, spent 110: 100 of principal and 10 of bonus consumed; refund 400, 40 forfeited
    split = split_close(50_000, 5_000, 11_000)
    assert (split.refund_fen, split.forfeited_bonus_fen) == (40_000, 4_000)
    # 1 fen spent of 1 + 1: the tie goes to principal
    assert split_close(1, 1, 1).consumed_principal_fen == 1


@given(st.integers(0, 10**6), st.lists(st.integers(0, 10**6), min_size=1, max_size=5))
def test_allocate_is_exact(total: int, weights: list[int]) -> None:
    if sum(weights) == 0 or total > sum(weights):
        return
    shares = allocate(total, weights)
    assert sum(shares) == total and all(0 <= s <= w for s, w in zip(shares, weights, strict=True))


@pytest.mark.parametrize("history", [(-1, 0, 0), (0, -1, 0), (1, 1, 3), (0, 0, 1)])
def test_impossible_histories_are_refused(history: tuple[int, int, int]) -> None:
    with pytest.raises(ValueError):
        split_close(*history)
