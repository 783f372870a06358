"""The points of refunds, as arithmetic (hypothesis, with 1-fen and 1-point edges): over any sequence of
partial refunds, each refund gives (or takes) a non-negative number of points, all of them together never
more than the payment redeemed (or the order earned), and exactly that once everything is refunded."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from api.loyalty.refunds import share


@st.composite
def refunds(draw: st.DrawFn) -> tuple[int, int, list[int]]:
    """(points, amount paid in fen, the refunds in fen: some of the amount, possibly all of it)."""
    amount = draw(st.integers(1, 1_000_000))
    points = draw(st.integers(0, 10_000_000))
    parts, left = [], amount
    for _ in range(draw(st.integers(1, 8))):
        if left == 0:
            break
        part = draw(st.one_of(st.just(1), st.just(left), st.integers(1, left)))
        parts.append(part)
        left -= part
    return points, amount, parts


@given(refunds())
def test_refunds_never_give_more_than_the_whole_and_all_of_them_give_exactly_it(
        case: tuple[int, int, list[int]]) -> None:
    points, amount, parts = case
    refunded = given_back = 0
    for part in parts:
        step = share(points, refunded + part, amount) - share(points, refunded, amount)
        assert step >= 0
        refunded += part
        given_back += step
        assert given_back == share(points, refunded, amount) <= points
    assert (given_back == points) == (refunded == amount or points == 0)


def test_the_edges() -> None:
    assert share(5_000, 1, 3_333) == 1  # 1.5 points: rounded down
    assert share(5_000, 3_333, 3_333) == 5_000
    assert share(146, 14_601, 14_600) == 146  # more than the whole counts as the whole
    assert share(146, 1, 0) == 0  # nothing paid otherwise: nothing to take back
